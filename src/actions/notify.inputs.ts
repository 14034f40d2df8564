import { DURATION_LIMITS, ValueError, parseBoundedDuration, parseHttpUrl } from '../inputs/parse.js';
import { type InputValues, defineAction, input } from '../inputs/spec.js';
import { NOTICE_STATUSES } from '../notify/message.js';
import { parsePayload } from '../notify/payload.js';
import { ConfigurationError } from '../runtime/errors.js';

/**
 * Reads the `duration` input: a duration such as `1m30s`, `90s` or `1500ms` (see `parseDuration`),
 * or a whole number of milliseconds such as `90000`; above 0 and at most 24h, like every duration
 * input.
 * @returns milliseconds.
 * @throws ValueError "expected a duration like 1m30s, 90s or 90000 (ms)", or naming the range
 *   ("a duration above 0 and at most 24h, like 1m30s").
 */
export function parseNoticeDuration(raw: string): number {
  const text = /^\d+$/.test(raw) ? `${raw}ms` : raw;
  try {
    return parseBoundedDuration(text, { max: DURATION_LIMITS.deadline, example: '1m30s' });
  } catch (error) {
    if (error instanceof ValueError && error.expected.startsWith('a duration like')) {
      throw new ValueError('a duration like 1m30s, 90s or 90000 (ms)');
    }
    throw error;
  }
}

/**
 * Reads the `webhook-url` input: an absolute http(s) URL, kept exactly as given (it is a secret,
 * masked as written, so it is never re-spelt).
 * @throws ValueError from `parseHttpUrl` (the value itself is never shown: the input is secret).
 */
function webhookUrl(raw: string): string {
  parseHttpUrl(raw);
  return raw;
}

/** What an action calls the inputs of a Slack transport (notify: `webhook-url`; release: `slack-webhook-url` …). */
export interface SlackInputNames {
  webhook: string;
  token: string;
  channel: string;
}

/**
 * The transport checks the notify and release actions share: not both an incoming webhook and a
 * bot token, a bot token with a channel, and — when `required` — one of the two.
 * @throws ConfigurationError with one line naming the inputs by `names`.
 */
export function checkSlackTransport(
  values: { webhook: string | undefined; token: string | undefined; channel: string | undefined },
  names: SlackInputNames,
  required: boolean,
): void {
  const webhook = values.webhook !== undefined;
  const bot = values.token !== undefined;
  if (required && !webhook && !bot) {
    throw new ConfigurationError(
      `inputs '${names.webhook}' and '${names.token}': expected one Slack transport (an incoming webhook URL, or a bot token with channel), got neither`,
    );
  }
  if (webhook && bot) {
    throw new ConfigurationError(
      `inputs '${names.webhook}' and '${names.token}': expected one Slack transport, got both; keep the bot token to thread notices`,
    );
  }
  if (bot && values.channel === undefined) {
    throw new ConfigurationError(
      `input '${names.channel}': required with '${names.token}' (a channel id like C0123456789, or #name for a new message)`,
    );
  }
}

/**
 * The checks across inputs: exactly one transport and a bot token with a channel
 * ({@link checkSlackTransport}); `channel` and `ts` only with a bot token (a webhook cannot thread
 * or update); `status` unless `payload`.
 * @throws ConfigurationError with one line naming the inputs.
 */
export function refineNotifyInputs<
  V extends {
    'webhook-url': string | undefined;
    'slack-bot-token': string | undefined;
    channel: string | undefined;
    ts: string | undefined;
    status: string | undefined;
    payload: unknown;
  },
>(values: V): V {
  checkSlackTransport(
    { webhook: values['webhook-url'], token: values['slack-bot-token'], channel: values.channel },
    { webhook: 'webhook-url', token: 'slack-bot-token', channel: 'channel' },
    true,
  );
  const webhook = values['webhook-url'] !== undefined;
  if (webhook) {
    for (const name of ['channel', 'ts'] as const) {
      if (values[name] !== undefined) {
        throw new ConfigurationError(
          `input '${name}': only with slack-bot-token; an incoming webhook posts to its own channel and cannot update a message or reply in a thread`,
        );
      }
    }
  }
  if (values.payload === undefined && values.status === undefined) {
    throw new ConfigurationError(
      `input 'status': required unless payload is given (one of ${NOTICE_STATUSES.join(', ')})`,
    );
  }
  return values;
}

/** The notify action's interface; `actions/notify/action.yml` repeats it (checked by a test). */
export const notifySpec = defineAction({
  name: 'notify',
  inputs: {
    'webhook-url': input.custom(webhookUrl, {
      description:
        'Slack incoming-webhook URL (a secret; masked). One message per notice: a webhook cannot update a message or thread. Give this or slack-bot-token.',
      secret: true,
    }),
    'slack-bot-token': input.string({
      description:
        'Slack bot token (xoxb-…, scope chat:write; a secret, masked), used with channel through the Web API: posts, and with ts updates the parent and replies in its thread.',
      secret: true,
    }),
    channel: input.string({
      description:
        'Channel for slack-bot-token: an id (C0123456789) or #name. With ts it must be the id, e.g. the channel output of the notice that started the thread.',
    }),
    ts: input.string({
      description:
        "Timestamp of an earlier notice's message (its ts output): update that message in place and reply in its thread. Bot token only.",
      pattern: /^\d+\.\d+$/,
      expected: 'a Slack message timestamp like 1700000000.123456 (the ts output of an earlier notify step)',
    }),
    status: input.choice(NOTICE_STATUSES, {
      description: `What happened: ${NOTICE_STATUSES.join(', ')}. Sets the header and the colour. Required unless payload.`,
    }),
    environment: input.string({ description: 'Environment, e.g. production.' }),
    url: input.url({ description: "The deployment's URL." }),
    stage: input.string({
      description: 'The stage the notice is about; for failed, the stage that failed (e.g. smoke-test).',
    }),
    reason: input.string({
      description: 'Why it failed or was rolled back; a long text is cut to fit, marked with …',
    }),
    duration: input.custom(parseNoticeDuration, {
      description: 'How long it took: a duration like 1m30s, or milliseconds like 90000 (at most 24h).',
    }),
    deployment: input.string({
      description: "The deployment released, e.g. the release action's deployment-id output.",
    }),
    'previous-deployment': input.string({
      description:
        'What production served before (the rollback target), e.g. previous-deployment-id; shown as previous → deployment, or deployment → previous after a rollback.',
    }),
    flag: input.string({ description: 'Feature flag key, for flag_changed (e.g. new-checkout).' }),
    'flag-change': input.string({ description: 'The flag change, e.g. rollout new-checkout 10%→25%.' }),
    payload: input.custom(parsePayload, {
      description:
        'Your own Slack message as JSON (text, blocks, attachments …), sent instead of the built notice; channel and ts come from the inputs.',
    }),
    'fail-on-error': input.boolean({
      description:
        "Fail the step when the notice cannot be sent. Otherwise (default) a failure is a warning naming Slack's error, and the step succeeds.",
      default: 'false',
    }),
    'slack-api-url': input.url({
      description: 'Slack Web API root for slack-bot-token, e.g. https://slack-gov.com/api/ for GovSlack.',
      default: 'https://slack.com/api/',
    }),
  },
  outputs: {
    ok: "'true' when the notice was sent, else 'false'.",
    ts: "The message's timestamp (bot token only): pass it as ts to later notices to update it and reply in its thread.",
    channel: 'The channel id (bot token only), to pass as channel with ts.',
  },
  refine: (values) => refineNotifyInputs(values),
});

/** The parsed inputs of the notify action. */
export type NotifyInputs = InputValues<typeof notifySpec.inputs>;
