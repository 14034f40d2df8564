/**
 * One blue-green release, as the root action runs it in a single step:
 * deploy staged → smoke-test the unique URL (pre-promotion analysis) → promote with
 * compare-and-swap → health-check production (post-promotion analysis) → when not healthy, roll
 * back to the deployment recorded before the deploy, confirm it, report.
 *
 * Outcomes (DESIGN "The release path"): `promoted`, `superseded` (a newer release won; nothing
 * changed), `smoke_failed` (production never touched), `rolled_back`, `rollback_failed`.
 */
import { deployStep } from '../actions/release-steps.js';
import { promoteWithCas } from '../deploy/promote.js';
import { convergeRollback, type RollbackResult } from '../deploy/rollback.js';
import type { DeployProvider, DeploymentInfo } from '../deploy/types.js';
import type { ReleaseRecords } from '../github/release-records.js';
import type { AnalysisLimits } from '../health/analysis.js';
import { type HealthCheckResult, runHealthCheck } from '../health/runner.js';
import type { ScheduleOptions } from '../health/schedule.js';
import type { HttpClient } from '../http/client.js';
import type { Check } from '../probes/check.js';
import { type SmokeTestReport, smokeTestReport } from '../probes/report.js';
import { runChecks } from '../probes/run.js';
import { parseStatusSet } from '../probes/status.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import { type Stage, Timeline } from './stages.js';

export type ReleaseOutcome = 'promoted' | 'superseded' | 'smoke_failed' | 'rolled_back' | 'rollback_failed';

export interface ReleaseOptions {
  provider: DeployProvider;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  records: ReleaseRecords;
  deploy: { path: string; prebuilt: boolean; meta: Record<string, string>; timeoutMs: number };
  smoke: { checks: readonly Check[]; protectionBypass: string | undefined };
  health: {
    url: URL;
    checks: readonly Check[];
    schedule: ScheduleOptions;
    limits: Partial<AnalysisLimits>;
    progressDeadlineMs: number;
  };
  /** Promote even a commit that was rolled back before. */
  force: boolean;
  promoteTimeoutMs: number;
  rollbackTimeoutMs: number;
}

export interface ReleaseResult {
  outcome: ReleaseOutcome;
  reason: string;
  deployment: DeploymentInfo;
  previous: DeploymentInfo | undefined;
  /** From the first failed health probe to production confirmed restored, ms. */
  timeToRollbackMs: number | undefined;
  stages: Stage[];
  smoke: SmokeTestReport | undefined;
  health: HealthCheckResult | undefined;
  rollback: RollbackResult | undefined;
}

/** Warm-up statuses a fresh deployment may answer for a moment. */
const SMOKE_RETRY_ON = parseStatusSet('404, 429, 5xx');

/**
 * Runs the release.
 * @throws ProviderError / ConfigurationError when the deploy itself fails (production untouched) or
 *   the promote is refused; every later problem ends in an outcome instead.
 */
export async function release(o: ReleaseOptions): Promise<ReleaseResult> {
  const { provider, clock, logger, records } = o;
  const timeline = new Timeline(clock);
  const base = { timeToRollbackMs: undefined, smoke: undefined, health: undefined, rollback: undefined };

  const deployed = await timeline.run('deploy', async () => {
    const r = await deployStep(provider, {
      path: o.deploy.path,
      environment: 'production',
      staged: true,
      prebuilt: o.deploy.prebuilt,
      meta: o.deploy.meta,
      deadline: clock.now() + o.deploy.timeoutMs,
      alias: undefined,
      logger,
    });
    return {
      ...r,
      outcome: r.reused ? 'reused' : 'ready',
      detail: `${r.deployment.id} ${r.deployment.url} (staged)`,
    };
  });
  const { deployment, previous } = deployed;
  const done = (
    outcome: ReleaseOutcome,
    reason: string,
    extra: Partial<ReleaseResult> = {},
  ): ReleaseResult => ({
    ...base,
    outcome,
    reason,
    deployment,
    previous,
    stages: timeline.stages,
    ...extra,
  });

  if (!o.force && ((await records.wasRolledBack()) || (await provider.rolledBackFrom?.(deployment.id)))) {
    const reason = `this commit (${deployment.id}) was rolled back earlier; it is not promoted again unless force is true`;
    timeline.add({
      stage: 'promote',
      startedAt: clock.now(),
      durationMs: 0,
      outcome: 'refused',
      detail: reason,
    });
    return done('rolled_back', reason);
  }
  // Recorded only now: the check above reads this commit's latest GitHub status, which this would change.
  await records.deployed(deployment, 'production', true);

  const smoke = await timeline.run('smoke test', async () => {
    const results = await runChecks(
      o.smoke.checks,
      {
        baseUrl: new URL(deployment.url),
        timeoutMs: 10_000,
        retries: 3,
        retryOnStatus: SMOKE_RETRY_ON,
        retryOnAssertion: false,
        followRedirects: true,
        protectionBypass: o.smoke.protectionBypass,
      },
      o.http,
      { concurrency: 8, failFast: false },
    );
    const report = smokeTestReport(deployment.url, results);
    return {
      report,
      outcome: report.passed ? 'passed' : 'failed',
      detail: `${report.total - report.failed}/${report.total} checks passed`,
    };
  });
  if (!smoke.report.passed) {
    const failed = smoke.report.checks
      .filter((c) => c.outcome !== 'passed')
      .map((c) => `${c.name}: ${c.reasons.join('; ')}`);
    return done(
      'smoke_failed',
      `smoke test failed on ${deployment.url}; production untouched (${failed.slice(0, 3).join(' | ')})`,
      { smoke: smoke.report },
    );
  }

  const promoted = await timeline.run('promote', async () => {
    const r = await promoteWithCas(provider, {
      deploymentId: deployment.id,
      expectedCurrentId: previous?.id,
      deadline: clock.now() + o.promoteTimeoutMs,
      logger,
    });
    return { ...r, detail: r.reason };
  });
  if (promoted.outcome === 'superseded') return done('superseded', promoted.reason, { smoke: smoke.report });
  if (promoted.outcome === 'promoted') await records.promoted(deployment);

  let firstFailureAt: number | undefined;
  const health = await timeline.run('health check', async () => {
    const r = await runHealthCheck({
      checks: o.health.checks,
      probe: { baseUrl: o.health.url, protectionBypass: o.smoke.protectionBypass },
      schedule: o.health.schedule,
      limits: o.health.limits,
      progressDeadlineMs: o.health.progressDeadlineMs,
      http: o.http,
      clock,
      logger,
      onMeasurement: (m) => {
        if (m.outcome !== 'passed') firstFailureAt ??= m.startedAt;
      },
    });
    return { result: r, outcome: r.verdict, detail: r.reason };
  });
  if (health.result.healthy)
    return done('promoted', `production serves ${deployment.id} and is healthy`, {
      smoke: smoke.report,
      health: health.result,
    });

  const why = `health check ${health.result.verdict}: ${health.result.reason}`;
  const noticedAt = firstFailureAt ?? clock.now();
  const rollback = await timeline.run('rollback', async () => {
    const r = await convergeRollback(provider, {
      toDeploymentId: previous?.id,
      reason: why,
      deadline: clock.now() + o.rollbackTimeoutMs,
      clock,
      logger,
    });
    return { ...r, detail: r.reason };
  });
  const extra = { smoke: smoke.report, health: health.result, rollback };
  if (rollback.outcome === 'rollback_failed') {
    await records.rollbackFailed(deployment, rollback.reason);
    return done('rollback_failed', `${why}; ${rollback.reason}`, extra);
  }
  if (previous) await records.rolledBack(deployment, previous, why);
  return done('rolled_back', `${why}; production serves ${rollback.toDeploymentId} again`, {
    ...extra,
    timeToRollbackMs: clock.now() - noticedAt,
  });
}
