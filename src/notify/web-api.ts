/**
 * Notices through Slack's Web API with a bot token (`@slack/web-api`'s `WebClient`): `chat.postMessage`
 * for a new message; with the `ts` of an earlier one, `chat.update` of that parent in place and a
 * thread reply (`thread_ts`) for this stage.
 *
 * Retries (see ./delivery.ts): the client's own are off (`retryConfig: { retries: 0 }`), because it
 * would resend after a 5xx or a reset connection — a second message when Slack had posted the first.
 * With `rejectRateLimitedCalls: true` a 429 rejects at once with `WebAPIRateLimitedError` and its
 * `retryAfter`, which {@link callSlack} honours once; a request refused before it was sent is sent
 * again. https://docs.slack.dev/tools/node-slack-sdk/web-api/#handle-errors,
 * https://docs.slack.dev/tools/node-slack-sdk/web-api/#rate-limits
 */
import {
  type ChatPostMessageArguments,
  type ChatUpdateArguments,
  ErrorCode,
  LogLevel,
  type Logger as SlackLogger,
  SlackError,
  type WebAPICallError,
  WebClient,
} from '@slack/web-api';
import type { Logger } from '../runtime/logger.js';
import type { NoticeMessage } from './block-kit.js';
import {
  type Delivery,
  SEND_DEFAULTS,
  type SendOptions,
  type SlackFailure,
  neverSent,
  noAnswerFailure,
  witnessFetch,
} from './delivery.js';
import type { UserPayload } from './payload.js';

/** Slack's Web API root, the `WebClient` default. */
export const SLACK_API_URL = 'https://slack.com/api/';

/** Where a bot-token notice goes. */
export interface BotTarget {
  /** A bot token (`xoxb-…`) with the `chat:write` scope. */
  token: string;
  /** A channel id (`C0123456789`) or, for a new message, a name (`#deploys`); `chat.update` needs the id. */
  channel: string;
  /** The parent message's timestamp: update it and reply in its thread instead of posting anew. */
  ts?: string | undefined;
  /** The Web API root (`slackApiUrl`), default {@link SLACK_API_URL}. */
  apiUrl?: string | undefined;
}

/** Characters kept of each of Slack's `response_metadata.messages` in a failure. */
const SLACK_MESSAGE_CHARS = 200;

/**
 * `@slack/logger`'s `Logger` writing every line at debug level to `logger`: the action reports a
 * failure itself, once. The client logs URLs and bodies with tokens redacted; the action's logger
 * scrubs secrets besides.
 */
function debugLogger(logger: Logger): SlackLogger {
  let level = LogLevel.DEBUG;
  const write = (args: unknown[]): void =>
    logger.debug(
      `@slack/web-api: ${args.map((arg) => (typeof arg === 'string' ? arg : String(arg))).join(' ')}`,
    );
  return {
    debug: (...args: unknown[]) => write(args),
    info: (...args: unknown[]) => write(args),
    warn: (...args: unknown[]) => write(args),
    error: (...args: unknown[]) => write(args),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/**
 * A `WebClient` that never retries on its own and rejects a 429 at once (see the module comment).
 * `fetch` counts requests and records answers (./delivery.ts `witnessFetch`).
 */
export function createWebClient(
  target: Pick<BotTarget, 'token' | 'apiUrl'>,
  options: Pick<SendOptions, 'logger' | 'timeoutMs'>,
  fetch: ReturnType<typeof witnessFetch>['fetch'],
): WebClient {
  return new WebClient(target.token, {
    slackApiUrl: target.apiUrl ?? SLACK_API_URL,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? SEND_DEFAULTS.timeoutMs,
    logger: debugLogger(options.logger),
    allowAbsoluteUrls: false,
    fetch,
  });
}

/** A call's result, or why it failed. */
type Outcome<T> = { ok: true; result: T } | { ok: false; failure: SlackFailure };

/**
 * Runs one Web API call with the notice's retry rules: a `WebAPIRateLimitedError` is retried once
 * after its `retryAfter` (when within `maxRetryAfterMs`), a `WebAPIRequestError` raised before the
 * request was sent is retried after each of `notSentRetryDelaysMs`; everything else ends the call.
 * @param call the method's name, for the failure.
 * @param lastStatus the last HTTP status seen (to tell a 429 without `Retry-After`, which the
 *   client rejects with a plain `Error`).
 * @returns the result, or a {@link SlackFailure} with Slack's `data.error` (`invalid_auth` …),
 *   `rate_limited`, `HTTP <status>`, `timeout` or `network_error`; never rejects.
 */
export async function callSlack<T>(
  call: string,
  send: () => Promise<T>,
  options: SendOptions,
  lastStatus: () => number | undefined,
): Promise<Outcome<T>> {
  const maxRetryAfterMs = options.maxRetryAfterMs ?? SEND_DEFAULTS.maxRetryAfterMs;
  const notSentDelays = options.notSentRetryDelaysMs ?? SEND_DEFAULTS.notSentRetryDelaysMs;
  let rateLimitRetries = 0;
  let notSentRetries = 0;
  for (;;) {
    try {
      return { ok: true, result: await send() };
    } catch (error) {
      if (!(error instanceof SlackError)) {
        // A 429 without a usable Retry-After is rejected with a plain Error by the client.
        if (lastStatus() === 429)
          return {
            ok: false,
            failure: { code: 'rate_limited', call, detail: 'HTTP 429 without Retry-After' },
          };
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, failure: { code: 'unexpected_error', call, detail } };
      }
      const coded = error as WebAPICallError;
      switch (coded.code) {
        case ErrorCode.PlatformError: {
          const messages = coded.data.response_metadata?.messages ?? [];
          const detail = messages
            .slice(0, 2)
            .map((message) => message.slice(0, SLACK_MESSAGE_CHARS))
            .join(' ');
          return { ok: false, failure: { code: coded.data.error, call, detail: detail || undefined } };
        }
        case ErrorCode.RateLimitedError: {
          const waitMs = coded.retryAfter * 1000;
          if (rateLimitRetries === 0 && waitMs <= maxRetryAfterMs) {
            rateLimitRetries++;
            options.logger.info(
              `Slack rate-limited ${call}; retrying once after ${coded.retryAfter} s (Retry-After)`,
            );
            await options.clock.sleep(waitMs);
            continue;
          }
          return {
            ok: false,
            failure: { code: 'rate_limited', call, detail: `HTTP 429, Retry-After ${coded.retryAfter} s` },
          };
        }
        case ErrorCode.HTTPError:
          return {
            ok: false,
            failure: {
              code: `HTTP ${coded.statusCode}`,
              call,
              detail: coded.statusCode >= 500 ? 'not retried: Slack may have posted it' : undefined,
            },
          };
        case ErrorCode.RequestError: {
          const delay = notSentDelays[notSentRetries];
          if (neverSent(coded.original) && delay !== undefined) {
            notSentRetries++;
            options.logger.info(`${call}: the request never reached Slack; sending it again in ${delay} ms`);
            await options.clock.sleep(delay);
            continue;
          }
          return {
            ok: false,
            failure: noAnswerFailure(coded.original, call, options.timeoutMs ?? SEND_DEFAULTS.timeoutMs),
          };
        }
        default:
          return { ok: false, failure: { code: 'unexpected_error', call, detail: error.message } };
      }
    }
  }
}

/**
 * Sends a notice with a bot token: without `target.ts`, one `chat.postMessage` whose `ts` and
 * `channel` (the id) are returned; with it, `chat.update` of that parent, then a `chat.postMessage`
 * reply in its thread (`thread_ts`), returning the parent's `ts` and the channel id. The first
 * failed call ends the notice (a reply under a parent that could not be updated is not sent); the
 * parent's `ts` and the channel are returned even then, so later notices can still thread.
 * @param message the built notice or the user's payload; `channel`, `ts`, `thread_ts` are added here.
 * @returns never rejects: a failure is in {@link Delivery.failure}.
 */
export async function sendWithBot(
  target: BotTarget,
  message: NoticeMessage | UserPayload,
  options: SendOptions,
): Promise<Delivery> {
  const witness = witnessFetch();
  const client = createWebClient(target, options, witness.fetch);
  const lastStatus = (): number | undefined => witness.last?.status;
  if (!target.ts) {
    const posted = await callSlack(
      'chat.postMessage',
      () => client.chat.postMessage({ ...message, channel: target.channel } as ChatPostMessageArguments),
      options,
      lastStatus,
    );
    if (!posted.ok) return { ok: false, failure: posted.failure };
    return { ok: true, ts: posted.result.ts, channel: posted.result.channel };
  }
  const parent = target.ts;
  const updated = await callSlack(
    'chat.update',
    () => client.chat.update({ ...message, channel: target.channel, ts: parent } as ChatUpdateArguments),
    options,
    lastStatus,
  );
  if (!updated.ok) return { ok: false, ts: parent, channel: target.channel, failure: updated.failure };
  const channel = updated.result.channel ?? target.channel;
  const reply = await callSlack(
    'chat.postMessage',
    () => client.chat.postMessage({ ...message, channel, thread_ts: parent } as ChatPostMessageArguments),
    options,
    lastStatus,
  );
  if (!reply.ok) return { ok: false, ts: parent, channel, failure: reply.failure };
  options.logger.debug(`thread reply ${reply.result.ts ?? '?'} under ${parent}`);
  return { ok: true, ts: parent, channel };
}
