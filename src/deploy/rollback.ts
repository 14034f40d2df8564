/**
 * Rollback as a desired state (Argo Rollouts, Flagger): production must serve the target again.
 * The rollback is requested and confirmed, retried with backoff until it holds or the deadline
 * passes; already serving the target is a no-op. "Requested" is never reported as "done".
 */
import { backoffMs } from '../http/retry-after.js';
import type { Clock } from '../runtime/clock.js';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { DeployProvider } from './types.js';

export type RollbackOutcome = 'rolled_back' | 'noop' | 'rollback_failed';

export interface RollbackResult {
  outcome: RollbackOutcome;
  /** The deployment production should serve (undefined when none could be found). */
  toDeploymentId: string | undefined;
  /** What production served when the rollback began. */
  fromDeploymentId: string | undefined;
  /** Rollback requests made. */
  attempts: number;
  reason: string;
}

/**
 * Converges production back to `toDeploymentId` (default: the production deployment before the
 * live one, as the provider tells).
 * @param deadline absolute ms on `clock` after which it gives up with `rollback_failed`.
 * @param attemptMs time allowed to one request + confirmation (default 60 s, capped by the deadline).
 * Never throws for provider failures: they end in `rollback_failed` with the last error as reason.
 */
export async function convergeRollback(
  provider: DeployProvider,
  args: {
    toDeploymentId: string | undefined;
    reason: string | undefined;
    deadline: number;
    clock: Clock;
    logger: Logger;
    random?: () => number;
    attemptMs?: number;
  },
): Promise<RollbackResult> {
  const { clock, logger, deadline } = args;
  const random = args.random ?? Math.random;
  let from: string | undefined;
  let firstRead = true;
  let target = args.toDeploymentId;
  let attempts = 0;
  let lastError: string | undefined;
  for (let round = 1; ; round++) {
    try {
      const live = await provider.production();
      if (firstRead) from = live?.id;
      firstRead = false;
      target ??= (await provider.previousProduction(live?.id))?.id;
      if (!target) {
        return {
          outcome: 'rollback_failed',
          toDeploymentId: undefined,
          fromDeploymentId: from,
          attempts,
          reason: 'no earlier production deployment to roll back to',
        };
      }
      if (live?.id === target) {
        return attempts === 0
          ? {
              outcome: 'noop',
              toDeploymentId: target,
              fromDeploymentId: from,
              attempts,
              reason: `production already serves ${target}`,
            }
          : {
              outcome: 'rolled_back',
              toDeploymentId: target,
              fromDeploymentId: from,
              attempts,
              reason: `production serves ${target} again`,
            };
      }
      attempts++;
      logger.info(`rolling back production from ${live?.id ?? 'unknown'} to ${target} (attempt ${attempts})`);
      await provider.rollback(
        target,
        Math.min(deadline, clock.now() + (args.attemptMs ?? 60_000)),
        args.reason,
      );
      continue; // read back before declaring success
    } catch (error) {
      lastError = errorMessage(error);
      logger.warning(`rollback attempt ${attempts} did not hold: ${lastError}`);
    }
    const wait = backoffMs(round, 1000, 10_000, random);
    if (clock.now() + wait >= deadline) break;
    await clock.sleep(wait);
  }
  return {
    outcome: 'rollback_failed',
    toDeploymentId: target,
    fromDeploymentId: from,
    attempts,
    reason: `production could not be moved back to ${target}: ${lastError ?? 'the deadline passed'}`,
  };
}
