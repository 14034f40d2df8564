/**
 * Rollback as a desired state (Argo Rollouts, Flagger): production must serve the target again.
 * The rollback is requested and confirmed, retried with backoff until it holds or the deadline
 * passes; already serving the target is a no-op. "Requested" is never reported as "done".
 *
 * Only transient failures are retried (5xx, 408/409/425/429, resets, timeouts, an alias job that
 * failed or was not confirmed). A permanent one — a {@link ConfigurationError} (a missing command,
 * a bad input) or a provider error marked `permanent` (Vercel refused the request: bad token,
 * unknown or ineligible deployment; see vercel/provider.ts) — ends the rollback at once.
 */
import { backoffMs } from '../http/retry-after.js';
import type { Clock } from '../runtime/clock.js';
import { ConfigurationError, errorMessage } from '../runtime/errors.js';
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
 * What a provider may tell about its last production move (Vercel: the project's
 * `lastAliasRequest`). Optional: providers without such a record leave it out.
 */
export interface RollbackHistory {
  /**
   * `{ fromId, toId }` when production's last move was a rollback from `fromId` to `toId` that
   * holds (production serves `toId`); undefined otherwise.
   */
  lastRollback(): Promise<{ fromId: string; toId: string } | undefined>;
}

/**
 * When `error` is permanent (repeating the request cannot help), the one line to report, naming
 * the input to fix when the error names one (`input '<name>': …`); undefined for a transient error.
 * Permanent: a {@link ConfigurationError} (its message already names the input), or an error with
 * `permanent: true` and an optional `input` (see `VercelRefusal`).
 */
export function permanentFailure(error: unknown): string | undefined {
  if (error instanceof ConfigurationError) return error.message;
  if (!(error instanceof Error)) return undefined;
  const marked = error as Error & { permanent?: unknown; input?: unknown };
  if (marked.permanent !== true) return undefined;
  return typeof marked.input === 'string' ? `input '${marked.input}': ${error.message}` : error.message;
}

/**
 * Converges production back to `toDeploymentId`.
 *
 * Without `toDeploymentId` the target is the production deployment before the live one, as the
 * provider tells (`previousProduction`: never newer than the live one, never one production was
 * rolled back away from). When the provider reports that production's last move was a rollback
 * that still holds ({@link RollbackHistory}), production is already rolled back: the outcome is
 * `noop` and nothing is requested — a re-run of a rollback, or a second rollback in a row, never
 * moves production again (to go further back, name `toDeploymentId`).
 *
 * @param deadline absolute ms on `clock` after which it gives up with `rollback_failed`.
 * @param attemptMs time allowed to one request + confirmation (default 60 s, capped by the deadline).
 * Never throws for provider failures: they end in `rollback_failed` with the last error as reason —
 * at once for a permanent failure ({@link permanentFailure}), after retries with backoff until the
 * deadline for a transient one.
 */
export async function convergeRollback(
  provider: DeployProvider & Partial<RollbackHistory>,
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
      if (target === undefined) {
        const done = await provider.lastRollback?.();
        if (done && live?.id === done.toId) {
          return {
            outcome: 'noop',
            toDeploymentId: done.toId,
            fromDeploymentId: from,
            attempts,
            reason: `production was already rolled back from ${done.fromId} to ${done.toId}; nothing to roll back (give to-deployment-id to go further back)`,
          };
        }
        target = (await provider.previousProduction(live?.id))?.id;
      }
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
      const permanent = permanentFailure(error);
      if (permanent !== undefined) {
        return {
          outcome: 'rollback_failed',
          toDeploymentId: target,
          fromDeploymentId: from,
          attempts,
          reason: permanent,
        };
      }
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
