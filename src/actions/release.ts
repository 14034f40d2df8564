/**
 * release entry (the root action.yml): the whole blue-green release in one step, with automatic,
 * confirmed rollback. The logic is in src/release/run.ts.
 */
import { resolve } from 'node:path';
import { ReleaseRecords } from '../github/release-records.js';
import { healthMarkdown } from '../health/report.js';
import { formatDuration } from '../inputs/parse.js';
import { parseChecks } from '../probes/check.js';
import { resultsTable } from '../probes/report.js';
import { type ReleaseOutcome, release } from '../release/run.js';
import { timelineMarkdown } from '../release/stages.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ReportedFailure } from '../runtime/errors.js';
import { healthWindow } from './health-check.js';
import { makeProvider } from './provider.js';
import { releaseSpec } from './release.inputs.js';
import { runMeta } from './release-steps.js';

const HEAD: Record<ReleaseOutcome, string> = {
  promoted: '✅ Released',
  superseded: '⏭️ Superseded',
  smoke_failed: '❌ Smoke test failed (production untouched)',
  rolled_back: '↩️ Rolled back',
  rollback_failed: '🚨 Rollback failed',
};
const RED: ReadonlySet<ReleaseOutcome> = new Set(['smoke_failed', 'rolled_back', 'rollback_failed']);

export async function run(): Promise<void> {
  await runActionBody(releaseSpec, async (inputs, ctx) => {
    const smokeChecks = parseChecks(
      inputs['smoke-checks'] ?? '[/]',
      inputs['smoke-checks'] ? "input 'smoke-checks'" : 'default smoke checks',
    );
    const healthChecks = parseChecks(
      inputs['health-checks'] ?? '[/]',
      inputs['health-checks'] ? "input 'health-checks'" : 'default health checks',
    );
    // `timeout` here is the deploy's deadline; health probes keep their default timeout.
    const { schedule, limits } = healthWindow({ ...inputs, timeout: undefined });
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    const records = ReleaseRecords.create(inputs['github-token'], ctx.env, http, ctx.logger);
    const result = await release({
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
      },
      force: inputs.force,
      promoteTimeoutMs: 5 * 60_000,
      rollbackTimeoutMs: inputs['rollback-timeout'],
    });

    ctx.setOutput('outcome', result.outcome);
    ctx.setOutput('deployment-id', result.deployment.id);
    ctx.setOutput('previous-deployment-id', result.previous?.id ?? '');
    ctx.setOutput('url', result.deployment.url);
    ctx.setOutput(
      'time-to-rollback-ms',
      result.timeToRollbackMs === undefined ? '' : Math.round(result.timeToRollbackMs),
    );
    const parts = [
      `### ${HEAD[result.outcome]}: ${result.deployment.id}`,
      result.reason,
      timelineMarkdown(result.stages),
    ];
    if (result.timeToRollbackMs !== undefined) {
      parts.push(
        `Time from the first failed probe to production restored: **${formatDuration(result.timeToRollbackMs)}**`,
      );
    }
    if (result.smoke)
      parts.push(`#### Smoke test of ${result.deployment.url}\n\n${resultsTable(result.smoke.checks)}`);
    if (result.health) parts.push(healthMarkdown(result.health));
    ctx.summary(parts.join('\n\n'));
    if (result.outcome === 'superseded')
      ctx.annotate('warning', [{ title: 'release superseded', message: result.reason }]);
    if (RED.has(result.outcome)) {
      ctx.annotate('error', [{ title: `release ${result.outcome}`, message: result.reason }]);
      throw new ReportedFailure(`release ${result.outcome}: ${result.reason}`);
    }
  });
}
