/**
 * What became of a release, as production tells it. Runs after the release job whatever happened to
 * it (a workflow job with `if: always()`): the release step may have been killed by the runner
 * (cancel, timeout) before it could roll back or even report, so this reads production back first
 * and repairs what was left on a deployment that was not confirmed healthy.
 *
 * Decision table (P = what production serves, read back first; "confirmed" = release outcome
 * `promoted` or `noop` and release job result `success`, or `cancelled` after the step confirmed):
 *
 * | case                                     | outcome                                                           |
 * | ---------------------------------------- | ----------------------------------------------------------------- |
 * | no deployment id                         | `failed` (the release stopped before a deployment existed)         |
 * | P = deployment, confirmed                | `promoted` / `noop`                                               |
 * | P = deployment, not confirmed            | roll back to previous while P is still the deployment (re-read):  |
 * |                                          | `rolled_back` / `rollback_failed` (no previous: `rollback_failed`) |
 * | P = previous, release `smoke_failed`     | `smoke_failed`                                                    |
 * | P = previous, release `superseded`       | `superseded`                                                      |
 * | P = previous, the promote happened¹      | `rolled_back`                                                     |
 * | P = previous, otherwise                  | `failed` (production untouched)                                   |
 * | P = anything else                        | `superseded` (production moved on)                                |
 *
 * ¹ release outcome `rolled_back`, `rollback_failed`, `promoted` or `noop`, or the provider says
 * its last production move was a rollback away from the deployment.
 *
 * When production cannot be read before `rollbackTimeoutMs`: no deployment → `failed`; confirmed, or
 * a release outcome the release step confirmed by reading production itself (`smoke_failed`,
 * `superseded`, `failed`, `rolled_back`) → that outcome, with a warning; otherwise `rollback_failed`
 * (fail closed: production may still serve an unconfirmed deployment).
 */
import { convergeRollback, type RollbackResult } from '../deploy/rollback.js';
import type { DeployProvider, DeploymentInfo } from '../deploy/types.js';
import type { ReleaseRecords } from '../github/release-records.js';
import { backoffMs } from '../http/retry-after.js';
import type { Clock } from '../runtime/clock.js';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

export type FinalOutcome =
  'promoted' | 'noop' | 'superseded' | 'smoke_failed' | 'rolled_back' | 'rollback_failed' | 'failed';

/** Outcomes that leave the step green (`superseded` with a warning); the rest fail it. */
export const GREEN_OUTCOMES: ReadonlySet<FinalOutcome> = new Set(['promoted', 'noop', 'superseded']);

/**
 * Release outcomes that stand when production cannot be read: the release step confirmed them by
 * reading production itself (besides `promoted`/`noop` with job result `success`).
 */
const STANDS_UNREAD: ReadonlySet<string> = new Set(['smoke_failed', 'superseded', 'failed', 'rolled_back']);

/** The release job results GitHub reports (`needs.<job>.result`). */
export const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'] as const;

export interface ReleaseOutcomeOptions {
  provider: DeployProvider;
  clock: Clock;
  logger: Logger;
  /** Where a rollback is recorded (GitHub Deployments); every method is a no-op without a token. */
  records: Pick<ReleaseRecords, 'rolledBack' | 'rollbackFailed'>;
  /** This release's deployment (the release step's `deployment-id`); '' or undefined when there is none. */
  deploymentId: string | undefined;
  /** Production before the release (the rollback target); '' or undefined when unknown or none. */
  previousDeploymentId: string | undefined;
  /** The release step's `outcome` output; '' or undefined when the step never wrote it. */
  releaseOutcome: string | undefined;
  /** The release job's result: success, failure, cancelled or skipped; '' or undefined when unknown. */
  releaseResult: string | undefined;
  /** Why, for the rollback's record (default: built from the release's result and outcome). */
  reason: string | undefined;
  /** ms for reading production back (retried with backoff), and again for converging a rollback. */
  rollbackTimeoutMs: number;
  /** Backoff jitter source (default Math.random). */
  random?: () => number;
}

export interface ReleaseOutcomeReport {
  outcome: FinalOutcome;
  /** One line: what production serves and why. */
  explanation: string;
  /** What production served when first read: an id, null for nothing, undefined when unreadable. */
  productionAtStart: string | null | undefined;
  /** What production serves at the end, read back: an id, null for nothing, undefined when unknown. */
  productionAtEnd: string | null | undefined;
  /** The rollback this made, when it made one. */
  rollback: RollbackResult | undefined;
}

type ProductionRead = { readable: true; id: string | null } | { readable: false; error: string };

/**
 * Reads production back, decides the release's final outcome by the table above, and when
 * production serves this release's deployment without it being confirmed healthy, converges it back
 * to the previous deployment (as the rollback action does: confirmed by reading back, recorded).
 * Never throws for provider failures: they end in an outcome (`rollback_failed` when production may
 * be left on an unconfirmed deployment).
 */
export async function reconcileReleaseOutcome(options: ReleaseOutcomeOptions): Promise<ReleaseOutcomeReport> {
  const { logger } = options;
  const deploymentId = options.deploymentId || undefined;
  const previousRaw = options.previousDeploymentId || undefined;
  // A "previous" equal to the release itself is nothing to go back to.
  const previousId = previousRaw === deploymentId ? undefined : previousRaw;
  const releaseOutcome = options.releaseOutcome || undefined;
  const releaseResult = options.releaseResult || undefined;
  if (releaseResult && !(JOB_RESULTS as readonly string[]).includes(releaseResult)) {
    logger.warning(
      `release-result '${releaseResult}' is not one of ${JOB_RESULTS.join(', ')}; treated as not successful`,
    );
  }
  // The release step writes `promoted` only once its health check confirmed production healthy, so a
  // job cancelled after that (its result `cancelled`) is still confirmed.
  const confirmed =
    (releaseOutcome === 'promoted' || releaseOutcome === 'noop') &&
    (releaseResult === 'success' || releaseResult === 'cancelled');
  const releaseSaid = `release job ${releaseResult ?? 'result unknown'}, outcome ${releaseOutcome ?? 'none'}`;
  const report = (
    outcome: FinalOutcome,
    explanation: string,
    productionAtStart: string | null | undefined,
    extra: Partial<ReleaseOutcomeReport> = {},
  ): ReleaseOutcomeReport => ({
    outcome,
    explanation,
    productionAtStart,
    productionAtEnd: productionAtStart,
    rollback: undefined,
    ...extra,
  });
  const serves = (id: string | null): string => (id === null ? 'nothing' : id);

  const first = await readProduction(options, options.clock.now() + options.rollbackTimeoutMs);
  if (!first.readable) {
    const unread = `production could not be read back (${first.error})`;
    if (!deploymentId)
      return report('failed', `the release stopped before a deployment existed; ${unread}`, undefined);
    // The release step read production itself for these (promote confirmed healthy, or production
    // untouched / confirmed back): its word stands, with a warning.
    const reported = confirmed || STANDS_UNREAD.has(releaseOutcome ?? '') ? releaseOutcome : undefined;
    if (reported) {
      logger.warning(`${unread}; trusting the release step, which reported ${reported}`);
      return report(
        reported as FinalOutcome,
        `${unread}; the release step reported ${reported} for ${deploymentId} (${releaseSaid})`,
        undefined,
      );
    }
    return report(
      'rollback_failed',
      `${unread}; it may still serve ${deploymentId}, which was not confirmed healthy (${releaseSaid})`,
      undefined,
    );
  }
  const atStart = first.id;
  if (!deploymentId) {
    return report(
      'failed',
      `the release stopped before a deployment existed (${releaseSaid}); production untouched, serves ${serves(atStart)}`,
      atStart,
    );
  }

  /** Production is not on this release's deployment: say why, touching nothing. */
  const classify = async (live: string | null, extra: Partial<ReleaseOutcomeReport> = {}) => {
    if (live !== (previousId ?? null)) {
      return report(
        'superseded',
        `production moved on: it serves ${serves(live)}, not ${deploymentId} nor the previous ${previousId ?? 'nothing'} (${releaseSaid})`,
        atStart,
        { productionAtEnd: live, ...extra },
      );
    }
    const onPrevious = `production serves the previous ${serves(live)}`;
    if (releaseOutcome === 'smoke_failed')
      return report(
        'smoke_failed',
        `${onPrevious}: ${deploymentId} failed its smoke test and was never promoted`,
        atStart,
        { productionAtEnd: live, ...extra },
      );
    if (releaseOutcome === 'superseded')
      return report(
        'superseded',
        `${onPrevious}: ${deploymentId} was superseded before its promote`,
        atStart,
        { productionAtEnd: live, ...extra },
      );
    const promoteHappened =
      releaseOutcome === 'rolled_back' ||
      releaseOutcome === 'rollback_failed' ||
      releaseOutcome === 'promoted' ||
      releaseOutcome === 'noop' ||
      extra.rollback !== undefined ||
      (await rolledBackFrom(options, deploymentId));
    if (promoteHappened)
      return report(
        'rolled_back',
        `${onPrevious} again: ${deploymentId} was rolled back (${releaseSaid})`,
        atStart,
        {
          productionAtEnd: live,
          ...extra,
        },
      );
    return report(
      'failed',
      `${onPrevious}, untouched: ${deploymentId} was never promoted (${releaseSaid})`,
      atStart,
      { productionAtEnd: live, ...extra },
    );
  };

  if (atStart !== deploymentId) return classify(atStart);
  if (confirmed) {
    return report(
      releaseOutcome as 'promoted' | 'noop',
      `production serves ${deploymentId}, confirmed healthy by the release (${releaseSaid})`,
      atStart,
    );
  }
  const why = options.reason ?? `${deploymentId} was not confirmed healthy (${releaseSaid})`;
  if (!previousId) {
    const line = `production serves ${deploymentId}, which was not confirmed healthy (${releaseSaid}), and there is nothing to roll back to: previous-deployment-id is empty`;
    await options.records.rollbackFailed(await lookup(options.provider, deploymentId), line);
    return report('rollback_failed', line, atStart);
  }
  // Only while production still serves this release: a newer release may have taken over since.
  const again = await readProduction(options, options.clock.now() + options.rollbackTimeoutMs);
  if (again.readable && again.id !== deploymentId) return classify(again.id);
  logger.info(`production serves ${deploymentId}, not confirmed healthy: rolling back to ${previousId}`);
  const rollback = await convergeRollback(options.provider, {
    toDeploymentId: previousId,
    reason: why,
    deadline: options.clock.now() + options.rollbackTimeoutMs,
    clock: options.clock,
    logger,
    ...(options.random ? { random: options.random } : {}),
  });
  const from = await lookup(options.provider, deploymentId);
  if (rollback.outcome === 'rollback_failed') {
    await options.records.rollbackFailed(from, rollback.reason);
    const after = await readProduction(options, options.clock.now());
    return report(
      'rollback_failed',
      `production was left on an unconfirmed deployment: ${rollback.reason} (${why})`,
      atStart,
      {
        rollback,
        productionAtEnd: after.readable ? after.id : undefined,
      },
    );
  }
  if (rollback.outcome === 'noop') {
    // Someone else moved production back in the meantime.
    return classify(previousId, { rollback });
  }
  const to = await lookup(options.provider, previousId);
  if (to) await options.records.rolledBack(from, to, why);
  return report('rolled_back', `production serves the previous ${previousId} again: ${why}`, atStart, {
    rollback,
    productionAtEnd: previousId,
  });
}

/**
 * Reads production, retried with backoff (1 s doubling, at most 10 s, full jitter) until `deadline`
 * (absolute ms on the clock); at least one attempt is made.
 */
async function readProduction(
  o: Pick<ReleaseOutcomeOptions, 'provider' | 'clock' | 'logger' | 'random'>,
  deadline: number,
): Promise<ProductionRead> {
  for (let round = 1; ; round++) {
    try {
      const live = await o.provider.production();
      return { readable: true, id: live?.id ?? null };
    } catch (error) {
      const message = errorMessage(error);
      o.logger.warning(`could not read production (attempt ${round}): ${message}`);
      const wait = backoffMs(round, 1000, 10_000, o.random ?? Math.random);
      if (o.clock.now() + wait >= deadline) return { readable: false, error: message };
      await o.clock.sleep(wait);
    }
  }
}

/** Whether the provider says production was rolled back away from `deploymentId`; unreadable → no. */
async function rolledBackFrom(
  options: Pick<ReleaseOutcomeOptions, 'provider' | 'logger'>,
  deploymentId: string,
) {
  try {
    return (await options.provider.rolledBackFrom?.(deploymentId)) ?? false;
  } catch (error) {
    options.logger.warning(`could not tell whether ${deploymentId} was rolled back: ${errorMessage(error)}`);
    return false;
  }
}

/** `provider.get(id)`, or undefined when it cannot be read. */
function lookup(provider: DeployProvider, id: string): Promise<DeploymentInfo | undefined> {
  return provider.get(id).catch(() => undefined);
}
