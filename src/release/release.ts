/**
 * One blue-green release, as the root action runs it in a single step:
 * deploy staged → smoke-test the unique URL (pre-promotion analysis) → promote with
 * compare-and-swap → health-check production (post-promotion analysis) → when not healthy, roll
 * back to the deployment recorded before the deploy, confirm it, report.
 *
 * Outcomes (docs/release.md): `promoted`, `superseded` (a newer release won; nothing
 * changed), `smoke_failed` (production never touched), `rolled_back`, `rollback_failed`, and
 * `failed` (the release stopped before production changed: the deploy failed, the release was
 * cancelled before the promote, or the promote failed and production, read back, still serves the
 * previous deployment).
 *
 * The promote ({@link promoteWithCas}) orders racing releases by deployment creation time, retries
 * a failed request a bounded number of times (re-reading production first), and ends `superseded`
 * as soon as a newer deployment is live. A promote that still fails is not trusted to have done
 * nothing: production is read back, and unless it still serves the previous deployment (or a newer
 * release's), it is converged back to it (fail-closed when it cannot be read).
 *
 * A newer release may promote over this one while this one is health-checking production; then,
 * whatever the verdict, this release ends `superseded` and rolls nothing back (production is read
 * once more after the health check for that).
 *
 * Cancellation (`signal`, aborted by the entry on the runner's SIGINT/SIGTERM): before the promote
 * the release stops (`failed`, production untouched). From the promote until the health check has
 * confirmed production healthy, the running stage is abandoned at once and production is converged
 * back to the previous deployment within {@link CANCEL_BUDGET_MS}.
 */
import { isNewer, promoteWithCas, type PromoteResult } from '../deploy/promote.js';
import { convergeRollback, type RollbackResult } from '../deploy/rollback.js';
import type { DeployProvider, DeploymentInfo } from '../deploy/types.js';
import type { ReleaseRecords } from '../github/release-records.js';
import type { AnalysisLimits } from '../health/analysis.js';
import type { MetricQuery, MetricsSource } from '../health/metrics.js';
import { type HealthCheckResult, runHealthCheck } from '../health/runner.js';
import type { ScheduleOptions } from '../health/schedule.js';
import type { HttpClient } from '../http/client.js';
import { formatDuration } from '../format/duration.js';
import type { Check } from '../probes/check.js';
import { type SmokeTestReport, smokeTestReport } from '../probes/report.js';
import { runChecks } from '../probes/engine.js';
import { parseStatusSet } from '../probes/status.js';
import type { Clock } from '../runtime/clock.js';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { deployStep } from '../deploy/step.js';
import { abortReason, boundAfterAbort, settleWithin, untilAborted } from './cancel.js';
import { wasRolledBackFrom } from './rolled-back.js';
import { type Stage, StageCancelled, Timeline } from './stages.js';

export type ReleaseOutcome =
  'promoted' | 'superseded' | 'smoke_failed' | 'rolled_back' | 'rollback_failed' | 'failed';

/**
 * After a cancel, production must be confirmed back within this, ms: the runner sends SIGTERM 7.5 s
 * after SIGINT and kills the step 2.5 s later, and the outputs and summary still have to be written.
 */
export const CANCEL_BUDGET_MS = 6000;
/** Of that budget, how long a promote in flight may take to land before the rollback reads production, ms. */
const PROMOTE_SETTLE_MS = 2000;
/** A rollback not back by the budget's end plus this is reported `rollback_failed`, ms (a request can hang past its deadline). */
const CUTOFF_SLACK_MS = 500;
/** GitHub records written after a cancel get at most this, ms (notices only; the step must end in time). */
const RECORDS_AFTER_CANCEL_MS = 1000;

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
    /** Metric queries each measurement also runs, and their API (see `runHealthCheck`). */
    metricQueries?: readonly MetricQuery[] | undefined;
    metrics?: MetricsSource | undefined;
  };
  /** Promote even a commit that was rolled back before. */
  force: boolean;
  promoteTimeoutMs: number;
  rollbackTimeoutMs: number;
  /**
   * Aborted when the run is cancelled or the job times out (the entry aborts it on the runner's
   * SIGINT/SIGTERM; its reason's message, e.g. `received SIGINT`, is quoted in the outcome's reason).
   */
  signal?: AbortSignal | undefined;
  /**
   * Hears the deployment and the production deployment recorded before it as soon as the deploy
   * stage ends (before anything touches production), e.g. to write the step's outputs early.
   */
  onDeployed?: (deployed: { deployment: DeploymentInfo; previous: DeploymentInfo | undefined }) => void;
  /** After a cancel, ms to get production confirmed back (default {@link CANCEL_BUDGET_MS}). */
  cancelBudgetMs?: number;
}

export interface ReleaseResult {
  outcome: ReleaseOutcome;
  reason: string;
  /** The deployment this release built or reused; undefined when the deploy failed or was cancelled. */
  deployment: DeploymentInfo | undefined;
  previous: DeploymentInfo | undefined;
  /** True when the release ended early because `signal` aborted. */
  cancelled: boolean;
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
 * Runs the release. Every stage's failure ends in an outcome; nothing after the promote request
 * leaves production on an unconfirmed deployment without trying to move it back.
 * @throws ProviderError only when the check for an earlier rollback or the GitHub record before the
 *   smoke test fails unexpectedly (production untouched then).
 */
export async function release(options: ReleaseOptions): Promise<ReleaseResult> {
  const { signal } = options;
  let cancelledAt: number | undefined;
  const noteCancel = (): void => {
    cancelledAt ??= options.clock.now();
  };
  if (signal?.aborted) noteCancel();
  else signal?.addEventListener('abort', noteCancel, { once: true });
  try {
    return await releaseSteps(options, () => cancelledAt);
  } finally {
    signal?.removeEventListener('abort', noteCancel);
  }
}

async function releaseSteps(
  options: ReleaseOptions,
  cancelledAt: () => number | undefined,
): Promise<ReleaseResult> {
  const { provider, clock, logger, records, signal } = options;
  const timeline = new Timeline(clock, undefined, logger);
  const cancelBudgetMs = options.cancelBudgetMs ?? CANCEL_BUDGET_MS;
  let deployment: DeploymentInfo | undefined;
  let previous: DeploymentInfo | undefined;
  const done = (
    outcome: ReleaseOutcome,
    reason: string,
    extra: Partial<ReleaseResult> = {},
  ): ReleaseResult => ({
    outcome,
    reason,
    deployment,
    previous,
    cancelled: false,
    timeToRollbackMs: undefined,
    stages: timeline.stages,
    smoke: undefined,
    health: undefined,
    rollback: undefined,
    ...extra,
  });
  const cancelledBeforePromote = (extra: Partial<ReleaseResult> = {}): ReleaseResult =>
    done(
      'failed',
      `cancelled before production changed (${signal ? abortReason(signal) : 'cancelled'}); production still serves ${previous?.id ?? 'what it served before'}`,
      { ...extra, cancelled: true },
    );
  /** A GitHub record; after a cancel it gets {@link RECORDS_AFTER_CANCEL_MS} at most. */
  const record = (work: Promise<void>): Promise<void> =>
    boundAfterAbort(
      work,
      signal,
      () => RECORDS_AFTER_CANCEL_MS,
      clock,
      () => undefined,
    );

  /**
   * Converges production back to `previous` after `why`. `mayBeUnchanged`: the promote may not have
   * taken effect, so production already serving `previous` means nothing changed (`failed`).
   */
  const restore = async (
    why: string,
    details: { mayBeUnchanged: boolean; noticedAt?: number; extra: Partial<ReleaseResult> },
  ): Promise<ReleaseResult> => {
    const budgetEnd = (): number => (cancelledAt() ?? clock.now()) + cancelBudgetMs;
    const deadline = signal?.aborted ? budgetEnd() : clock.now() + options.rollbackTimeoutMs;
    const target = previous?.id;
    const rollback = await timeline.run('rollback', async () => {
      const result = await boundAfterAbort(
        convergeRollback(provider, { toDeploymentId: target, reason: why, deadline, clock, logger }),
        signal,
        () => budgetEnd() + CUTOFF_SLACK_MS - clock.now(),
        clock,
        (): RollbackResult => ({
          outcome: 'rollback_failed',
          toDeploymentId: target,
          fromDeploymentId: undefined,
          attempts: 0,
          reason: `production was not confirmed back on ${target ?? 'the previous deployment'} within ${formatDuration(cancelBudgetMs)} of the cancel`,
        }),
      );
      return { ...result, detail: result.reason };
    });
    const restoredAt = clock.now();
    const extra: Partial<ReleaseResult> = { ...details.extra, rollback, cancelled: signal?.aborted === true };
    if (rollback.outcome === 'noop' && details.mayBeUnchanged) {
      return done('failed', `${why}; production still serves ${rollback.toDeploymentId} (read back)`, extra);
    }
    if (rollback.outcome === 'rollback_failed') {
      await record(records.rollbackFailed(deployment, rollback.reason));
      return done('rollback_failed', `${why}; ${rollback.reason}`, extra);
    }
    if (previous) await record(records.rolledBack(deployment, previous, why));
    return done('rolled_back', `${why}; production serves ${rollback.toDeploymentId} again`, {
      ...extra,
      timeToRollbackMs: details.noticedAt === undefined ? undefined : restoredAt - details.noticedAt,
    });
  };

  try {
    ({ deployment, previous } = await timeline.run('deploy', () =>
      untilAborted(signal, async () => {
        const r = await deployStep(provider, {
          path: options.deploy.path,
          environment: 'production',
          staged: true,
          prebuilt: options.deploy.prebuilt,
          meta: options.deploy.meta,
          deadline: clock.now() + options.deploy.timeoutMs,
          alias: undefined,
          logger,
        });
        return {
          ...r,
          outcome: r.reused ? 'reused' : 'ready',
          detail: `${r.deployment.id} ${r.deployment.url} (staged)`,
        };
      }),
    ));
  } catch (error) {
    if (error instanceof StageCancelled) return cancelledBeforePromote();
    return done('failed', `deploy failed: ${errorMessage(error)}; production untouched`);
  }
  options.onDeployed?.({ deployment, previous });

  if (signal?.aborted) return cancelledBeforePromote();
  if (!options.force && (await wasRolledBackFrom(provider, records, deployment.id))) {
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

  let smoke: SmokeTestReport;
  try {
    ({ report: smoke } = await timeline.run('smoke test', () =>
      untilAborted(signal, async () => {
        const results = await runChecks(
          options.smoke.checks,
          {
            baseUrl: new URL(deployment.url),
            timeoutMs: 10_000,
            retries: 3,
            retryOnStatus: SMOKE_RETRY_ON,
            retryOnAssertion: false,
            followRedirects: true,
            protectionBypass: options.smoke.protectionBypass,
            clock,
          },
          options.http,
          { concurrency: 8, failFast: false },
        );
        const report = smokeTestReport(deployment.url, results);
        return {
          report,
          outcome: report.passed ? 'passed' : 'failed',
          detail: `${report.total - report.failed}/${report.total} checks passed`,
        };
      }),
    ));
  } catch (error) {
    if (error instanceof StageCancelled) return cancelledBeforePromote();
    return done('failed', `smoke test could not run: ${errorMessage(error)}; production untouched`);
  }
  if (!smoke.passed) {
    const failed = smoke.checks
      .filter((c) => c.outcome !== 'passed')
      .map((c) => `${c.name}: ${c.reasons.join('; ')}`);
    return done(
      'smoke_failed',
      `smoke test failed on ${deployment.url}; production untouched (${failed.slice(0, 3).join(' | ')})`,
      { smoke },
    );
  }
  if (signal?.aborted) return cancelledBeforePromote({ smoke });

  let promoteCall: Promise<PromoteResult> | undefined;
  let promoteSettled: PromoteResult | undefined;
  let promoted: PromoteResult;
  try {
    promoted = await timeline.run('promote', async () => {
      const r = await untilAborted(signal, () => {
        promoteCall = promoteWithCas(provider, {
          deploymentId: deployment.id,
          expectedCurrentId: previous?.id,
          deadline: clock.now() + options.promoteTimeoutMs,
          logger,
          clock,
          signal,
          target: deployment,
        });
        promoteCall.then(
          (settled) => (promoteSettled = settled),
          () => undefined,
        );
        return promoteCall;
      });
      return { ...r, detail: r.reason };
    });
  } catch (error) {
    if (error instanceof StageCancelled) {
      if (!promoteCall) return cancelledBeforePromote({ smoke });
      // The promote request may be on its way: let it land (briefly), then converge back.
      await settleWithin(promoteCall, PROMOTE_SETTLE_MS, clock);
      // It found production moved on and changed nothing: nothing of ours to take back.
      if (promoteSettled?.outcome === 'superseded')
        return done('superseded', promoteSettled.reason, { smoke, cancelled: true });
      return restore(`cancelled during the promote (${error.message})`, {
        mayBeUnchanged: true,
        extra: { smoke },
      });
    }
    return afterFailedPromote(`promote failed: ${errorMessage(error)}`);
  }
  if (promoted.outcome === 'superseded') return done('superseded', promoted.reason, { smoke });
  if (promoted.outcome === 'promoted') await record(records.promoted(deployment));

  let firstFailureAt: number | undefined;
  let health: HealthCheckResult;
  try {
    ({ result: health } = await timeline.run('health check', () =>
      untilAborted(signal, async () => {
        const r = await runHealthCheck({
          checks: options.health.checks,
          probe: { baseUrl: options.health.url, protectionBypass: options.smoke.protectionBypass },
          schedule: options.health.schedule,
          limits: options.health.limits,
          progressDeadlineMs: options.health.progressDeadlineMs,
          metricQueries: options.health.metricQueries,
          metrics: options.health.metrics,
          http: options.http,
          clock,
          logger,
          onMeasurement: (m) => {
            if (m.outcome !== 'passed') firstFailureAt ??= m.startedAt;
          },
        });
        return { result: r, outcome: r.verdict, detail: r.reason };
      }),
    ));
  } catch (error) {
    if (error instanceof StageCancelled)
      return restore(`cancelled during the health check (${error.message})`, {
        mayBeUnchanged: false,
        extra: { smoke },
      });
    const newer = await newerLive();
    if (newer)
      return done(
        'superseded',
        `health check could not run (${errorMessage(error)}), and a newer release (${newer.id}) serves production now; nothing was rolled back`,
        { smoke },
      );
    return restore(`health check could not run: ${errorMessage(error)}`, {
      mayBeUnchanged: false,
      noticedAt: clock.now(),
      extra: { smoke },
    });
  }
  // A newer release may have promoted over this one during the health check: it owns production now
  // (and what was measured may have been it), so this release neither claims it nor rolls it back.
  const live = await provider.production().catch(() => undefined);
  if (isNewer(live, deployment))
    return done(
      'superseded',
      `a newer release (${live?.id}) took over production during the health check (${health.verdict}); ${deployment.id} is not live and nothing was rolled back`,
      { smoke, health },
    );
  // Someone rolled production back during the health check: what was measured was not this release.
  if (health.healthy && live && live.id !== deployment.id)
    return done(
      'rolled_back',
      `production was moved back to ${live.id} during the health check (a rollback); ${deployment.id} is not live`,
      { smoke, health },
    );
  if (health.healthy)
    return done('promoted', `production serves ${deployment.id} and is healthy`, { smoke, health });

  return restore(`health check ${health.verdict}: ${health.reason}`, {
    mayBeUnchanged: false,
    noticedAt: firstFailureAt ?? clock.now(),
    extra: { smoke, health },
  });

  /** The deployment production serves when it is newer than this release's; undefined otherwise or when unreadable. */
  async function newerLive(): Promise<DeploymentInfo | undefined> {
    if (!deployment) return undefined;
    const live = await provider.production().catch(() => undefined);
    return isNewer(live, deployment) ? live : undefined;
  }

  /**
   * The promote threw (refused, failed, or not confirmed — its request may still have taken effect):
   * read production back; unless it still serves `previous`, converge back to it (also when it cannot
   * be read).
   */
  async function afterFailedPromote(why: string): Promise<ReleaseResult> {
    try {
      const live = await untilAborted(signal, () => provider.production());
      if (deployment && isNewer(live, deployment))
        return done(
          'superseded',
          `${why}; production serves ${live?.id}, a newer release, so nothing is rolled back`,
          { smoke },
        );
      if (live?.id === previous?.id)
        return done('failed', `${why}; production still serves ${previous?.id ?? 'nothing'} (read back)`, {
          smoke,
        });
      logger.warning(
        `${why}; production serves ${live?.id ?? 'nothing'} now: rolling back to ${previous?.id}`,
      );
    } catch (error) {
      if (!(error instanceof StageCancelled))
        logger.warning(`${why}; production could not be read back (${errorMessage(error)}): rolling back`);
    }
    return restore(why, { mayBeUnchanged: true, extra: { smoke } });
  }
}
