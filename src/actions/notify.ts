/**
 * notify entry: inputs → a Block Kit notice (or the user's payload) → Slack through an incoming
 * webhook or a bot token → outputs `ok`, `ts`, `channel`. A notice that cannot be sent is a warning
 * naming Slack's error, and the step succeeds, unless `fail-on-error`.
 */
import { describeFailure } from '../notify/delivery.js';
import { buildNoticeMessage, runContext } from '../notify/message.js';
import { type NoticeTransport, sendNotice } from '../notify/notify.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ReportedFailure } from '../runtime/errors.js';
import { type NotifyInputs, notifySpec } from './notify.inputs.js';

/** The transport the inputs chose (the input layer made sure there is exactly one). */
function transportOf(inputs: NotifyInputs): NoticeTransport {
  if (inputs['webhook-url'] !== undefined) return { kind: 'webhook', url: inputs['webhook-url'] };
  return {
    kind: 'bot',
    token: inputs['slack-bot-token'] as string,
    channel: inputs.channel as string,
    ts: inputs.ts,
    apiUrl: inputs['slack-api-url'].href,
  };
}

/**
 * Runs the notify action as the runner does (`INPUT_*` in, `GITHUB_OUTPUT` out): exit 0 with `ok`
 * false and a warning when Slack refuses or is unreachable, exit 1 (one line) only for an input
 * mistake or, with `fail-on-error`, a failed notice.
 */
export async function run(): Promise<void> {
  await runActionBody(notifySpec, async (inputs, ctx) => {
    const transport = transportOf(inputs);
    const message =
      inputs.payload ??
      buildNoticeMessage(
        {
          status: inputs.status as NonNullable<NotifyInputs['status']>,
          environment: inputs.environment,
          url: inputs.url?.href,
          stage: inputs.stage,
          reason: inputs.reason,
          durationMs: inputs.duration,
          deployment: inputs.deployment,
          previousDeployment: inputs['previous-deployment'],
          flag: inputs.flag,
          flagChange: inputs['flag-change'],
        },
        runContext(ctx.env),
      );
    const how =
      transport.kind === 'webhook'
        ? 'an incoming webhook'
        : transport.ts
          ? `chat.update of ${transport.ts} and a thread reply`
          : 'chat.postMessage';
    ctx.logger.info(`Sending the Slack notice${inputs.status ? ` (${inputs.status})` : ''} through ${how}`);
    const delivery = await sendNotice(transport, message, { logger: ctx.logger, clock: systemClock });

    ctx.setOutput('ok', delivery.ok);
    ctx.setOutput('ts', delivery.ts ?? '');
    ctx.setOutput('channel', delivery.channel ?? '');
    if (delivery.ok) {
      ctx.logger.info(
        delivery.ts
          ? `Slack notice sent (channel ${delivery.channel}, ts ${delivery.ts})`
          : 'Slack notice sent',
      );
      return;
    }
    const line = `Slack notice not sent: ${describeFailure(delivery.failure ?? { code: 'unknown', call: how })}`;
    if (inputs['fail-on-error']) throw new ReportedFailure(`notify: ${line}`);
    ctx.annotate('warning', [
      { title: 'notify', message: `${line}; the step continues (fail-on-error: true fails it)` },
    ]);
  });
}
