/**
 * release entry (the root action.yml): the whole blue-green release in one step, with automatic,
 * confirmed rollback. The logic is in src/release/run.ts.
 *
 * Outputs are written as soon as they are known (`deployment-id`, `previous-deployment-id` and `url`
 * right after the deploy), because a job's outputs are what its steps wrote to `GITHUB_OUTPUT`, also
 * when the step is killed later. `outcome` is always written. On the runner's SIGINT/SIGTERM (run
 * cancelled, job timed out) the release is aborted, production restored when needed, the outputs and
 * summary written, and the process exits at once with code 1 (abandoned work must not keep it alive).
 */
import { resolve } from 'node:path';
import { ReleaseRecords } from '../github/release-records.js';
import { healthMarkdown } from '../health/report.js';
import { formatDuration } from '../format/duration.js';
import type { InputValues } from '../inputs/spec.js';
import { parseChecks } from '../probes/check.js';
import { resultsTable } from '../probes/report.js';
import { type ReleaseOutcome, type ReleaseResult, release } from '../release/release.js';
import { timelineMarkdown } from '../release/stages.js';
import { type ActionContext, runActionBody } from '../runtime/action-run.js';
import { type RunnerCancellation, watchRunnerCancellation } from '../runtime/cancellation.js';
import { systemClock } from '../runtime/clock.js';
import { ReportedFailure, errorMessage } from '../runtime/errors.js';
import { healthMetrics, healthWindow } from '../health/window-inputs.js';
import { describeFailure } from '../notify/delivery.js';
import { type Notice, type NoticeStatus, buildNoticeMessage, runContext } from '../notify/message.js';
import { type NoticeTransport, sendNotice } from '../notify/notify.js';
import { makeProvider } from './provider.js';
import { releaseSpec } from './release.inputs.js';
import { runMeta } from '../deploy/step.js';

const HEAD: Record<ReleaseOutcome, string> = {
  promoted: '✅ Released',
  superseded: '⏭️ Superseded',
  smoke_failed: '❌ Smoke test failed (production untouched)',
  rolled_back: '↩️ Rolled back',
  rollback_failed: '🚨 Rollback failed',
  failed: '❌ Release failed (production not changed)',
};
const RED: ReadonlySet<ReleaseOutcome> = new Set([
  'smoke_failed',
  'rolled_back',
  'rollback_failed',
  'failed',
]);

export async function run(): Promise<void> {
  let cancellation: RunnerCancellation | undefined;
  try {
    await runActionBody(releaseSpec, async (inputs, ctx) => {
      cancellation = watchRunnerCancellation(ctx.logger);
      await releaseBody(inputs, ctx, cancellation.signal);
    });
  } finally {
    // After a cancel the abandoned stages (a health check's timers, requests in flight) would keep
    // the process alive past the runner's kill; everything the step owes is written by now.
    if (cancellation?.signal.aborted) process.exit();
    cancellation?.dispose();
  }
}

/** What each release outcome is in a Slack notice. */
const NOTICE_STATUS: Record<ReleaseOutcome, NoticeStatus> = {
  promoted: 'promoted',
  superseded: 'succeeded',
  smoke_failed: 'failed',
  rolled_back: 'rolled_back',
  rollback_failed: 'rollback_failed',
  failed: 'failed',
};

/** The notice a finished release posts: its outcome, deployments, the failed stage and why. */
function releaseNotice(result: ReleaseResult, durationMs: number): Notice {
  const failedStage = result.stages.find(
    (stage) => !['ready', 'passed', 'promoted', 'healthy', 'reused'].includes(stage.outcome),
  );
  return {
    status: NOTICE_STATUS[result.outcome],
    environment: 'production',
    ...(result.deployment ? { url: result.deployment.url, deployment: result.deployment.id } : {}),
    ...(result.previous ? { previousDeployment: result.previous.id } : {}),
    ...(result.outcome !== 'promoted' ? { reason: result.reason } : {}),
    ...(RED.has(result.outcome) && failedStage ? { stage: failedStage.stage } : {}),
    durationMs,
  };
}

/**
 * Slack notices of this release, when a Slack input is given: `send` posts the first one (a bot
 * token's message `ts` becomes the `slack-ts` output) and updates it with a thread reply after.
 * A notice that cannot be sent is a warning; it never changes the release. The inputs name one
 * transport (checked when they are read, release.inputs.ts).
 */
function releaseNotices(
  inputs: InputValues<typeof releaseSpec.inputs>,
  ctx: ActionContext<keyof typeof releaseSpec.outputs>,
): { send(notice: Notice): Promise<void> } {
  const webhook = inputs['slack-webhook-url'];
  const token = inputs['slack-bot-token'];
  let ts = inputs['slack-ts'];
  return {
    async send(notice) {
      if (!webhook && !token) return;
      const transport: NoticeTransport = webhook
        ? { kind: 'webhook', url: webhook }
        : {
            kind: 'bot',
            token: token as string,
            channel: inputs['slack-channel'] as string,
            ...(ts ? { ts } : {}),
            apiUrl: inputs['slack-api-url'].href,
          };
      const delivery = await sendNotice(transport, buildNoticeMessage(notice, runContext(ctx.env)), {
        logger: ctx.logger,
        clock: systemClock,
      });
      if (delivery.ok && delivery.ts) {
        ts = delivery.ts;
        ctx.setOutput('slack-ts', delivery.ts);
      }
      if (!delivery.ok && delivery.failure)
        ctx.annotate('warning', [
          {
            title: 'Slack notice not sent',
            message: `${notice.status}: ${describeFailure(delivery.failure)}`,
          },
        ]);
    },
  };
}

/** Parses the inputs, runs the release, and writes outputs, summary and annotations. */
async function releaseBody(
  inputs: InputValues<typeof releaseSpec.inputs>,
  ctx: ActionContext<keyof typeof releaseSpec.outputs>,
  signal: AbortSignal,
): Promise<void> {
  const smokeChecks = parseChecks(
    inputs['smoke-checks'] ?? '[/]',
    inputs['smoke-checks'] ? "input 'smoke-checks'" : 'default smoke checks',
  );
  const healthChecks = parseChecks(
    inputs['health-checks'] ?? '[/]',
    inputs['health-checks'] ? "input 'health-checks'" : 'default health checks',
  );
  // `timeout` here is the deploy's deadline; health probes keep their default timeout.
  const notices = releaseNotices(inputs, ctx);
  const { schedule, limits } = healthWindow({ ...inputs, timeout: undefined });
  const metrics = healthMetrics(inputs);
  const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
  const records = await ReleaseRecords.create(inputs['github-token'], ctx.env, {
    http,
    clock: systemClock,
    logger: ctx.logger,
  });
  let deployedWritten = false;
  let result: ReleaseResult;
  const started = systemClock.now();
  await notices.send({ status: 'started', environment: 'production', url: inputs['production-url'].href });
  try {
    result = await release({
      provider,
      http,
      clock: systemClock,
      logger: ctx.logger,
      records,
      deploy: {
        path: resolve(inputs.path),
        prebuilt: inputs.prebuilt,
        meta: runMeta(ctx.env, 'production'),
        timeoutMs: inputs.timeout,
      },
      smoke: { checks: smokeChecks, protectionBypass: inputs['protection-bypass'] },
      health: {
        url: inputs['production-url'],
        checks: healthChecks,
        schedule,
        limits,
        progressDeadlineMs: inputs['progress-deadline'],
        ...metrics,
      },
      force: inputs.force,
      promoteTimeoutMs: 5 * 60_000,
      rollbackTimeoutMs: inputs['rollback-timeout'],
      signal,
      onDeployed: ({ deployment, previous }) => {
        ctx.setOutput('deployment-id', deployment.id);
        ctx.setOutput('previous-deployment-id', previous?.id ?? '');
        ctx.setOutput('url', deployment.url);
        deployedWritten = true;
      },
    });
  } catch (error) {
    // Only before anything touched production (see release()); the outcome is still owed.
    ctx.setOutput('outcome', 'failed');
    await notices.send({
      status: 'failed',
      environment: 'production',
      reason: errorMessage(error),
      durationMs: systemClock.now() - started,
    });
    throw error;
  }
  await notices.send(releaseNotice(result, systemClock.now() - started));

  ctx.setOutput('outcome', result.outcome);
  if (!deployedWritten) {
    ctx.setOutput('deployment-id', '');
    ctx.setOutput('previous-deployment-id', result.previous?.id ?? '');
    ctx.setOutput('url', '');
  }
  ctx.setOutput(
    'time-to-rollback-ms',
    result.timeToRollbackMs === undefined ? '' : Math.round(result.timeToRollbackMs),
  );
  const cancelled = result.cancelled ? '🛑 Cancelled — ' : '';
  const parts = [
    `### ${cancelled}${HEAD[result.outcome]}: ${result.deployment?.id ?? 'no deployment'}`,
    result.reason,
    timelineMarkdown(result.stages),
  ];
  if (result.timeToRollbackMs !== undefined) {
    parts.push(
      `Time from the first failed probe to production restored: **${formatDuration(result.timeToRollbackMs)}**`,
    );
  }
  if (result.smoke && result.deployment)
    parts.push(`#### Smoke test of ${result.deployment.url}\n\n${resultsTable(result.smoke.checks)}`);
  if (result.health) parts.push(healthMarkdown(result.health));
  ctx.summary(parts.join('\n\n'));
  if (result.outcome === 'superseded')
    ctx.annotate('warning', [{ title: 'release superseded', message: result.reason }]);
  if (RED.has(result.outcome)) {
    ctx.annotate('error', [{ title: `release ${result.outcome}`, message: result.reason }]);
    throw new ReportedFailure(`release ${result.outcome}: ${result.reason}`);
  }
}
