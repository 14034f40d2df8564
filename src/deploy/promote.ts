/**
 * Promote with compare-and-swap: production moves to a deployment only if it still serves what the
 * caller saw before deploying (or an older release that raced ahead of this one), and never to a
 * deployment older than the one live — a newer release that got there first wins, and the late one
 * is `superseded` without touching anything.
 *
 * Promotion is an asynchronous alias job on Vercel (`POST /v10/projects/{idOrName}/promote/{deploymentId}`,
 * https://vercel.com/docs/rest-api/reference/endpoints/projects): the request starts a job, a newer
 * request replaces a pending one, and there is no conditional (compare-and-swap) form. So the check
 * and the write cannot be one atomic step, and two racing runs can both pass their check. Releases
 * are therefore ordered by deployment `createdAt` (monotonic per project on Vercel and the sandbox),
 * and each run: resolves its input (id, URL or alias) to a deployment once; re-reads production right
 * before every write; after the write watches production until it serves this deployment (confirmed),
 * a NEWER one has stayed live for {@link PromoteTuning.settleMs} or our call settled (`superseded`;
 * if our own stale write landed over the newer one, that one is promoted again), or an OLDER one
 * other than the one live before the write appears (an older run's write replaced ours: promote
 * again); and after confirming keeps watching for `settleMs`, promoting again when an older
 * deployment slipped in and ending `superseded` at once when a newer one did. Every promote request
 * counts against {@link PromoteTuning.maxRequests}; a request that fails (5xx after the HTTP client's
 * own retries, a failed alias job, no confirmation within {@link PromoteTuning.requestSliceMs}) is
 * retried after production is read again, never when a newer deployment is live.
 *
 * Why two racing runs converge on the newer deployment N (the older one is O): neither run ever
 * writes O over a newer deployment it has seen, and every write of O that lands over N is undone —
 * by N, which promotes N again whenever it sees anything older live until N has stayed live for
 * `settleMs` after its last confirmed write, or by O, which keeps watching while its own request is
 * unresolved and puts N back if its stale write lands after N. So O's write can only win if it lands
 * after N's settle window closed and after O stopped watching, i.e. if O's request took longer than
 * `settleMs` both after N was confirmed and after O saw N live; each O request is bounded by
 * `requestSliceMs`, and O ends `superseded` as soon as it has seen N live for `settleMs`.
 */
import { type Clock, systemClock } from '../runtime/clock.js';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { type DeployProvider, type DeploymentInfo, ProviderError } from './types.js';

export type PromoteOutcome = 'promoted' | 'noop' | 'superseded';

export interface PromoteResult {
  outcome: PromoteOutcome;
  /** The deployment promoted: the input (id, URL or alias) resolved to its id. */
  deploymentId: string;
  /** What production served before (undefined when nothing did or the provider cannot tell). */
  previousDeploymentId: string | undefined;
  /** One line for the log and summary. */
  reason: string;
  /** Promote requests sent (0 for `noop` and for `superseded` before any write). */
  requests: number;
  /**
   * True when a provider promote call was left running (its confirmation polls until its request
   * slice ends, at most {@link PromoteTuning.requestSliceMs}): an entry should exit rather than wait.
   */
  abandoned: boolean;
}

/** Timing and bounds of {@link promoteWithCas}; all durations in ms. */
export interface PromoteTuning {
  /** Between production reads while a promote is confirmed and while it settles (default 200). */
  pollMs: number;
  /** How long production is watched after a confirmed promote for a racing write (default 1500). */
  settleMs: number;
  /** Deadline given to one provider promote call, request and confirmation (default 15 000). */
  requestSliceMs: number;
  /** Promote requests at most: the first, retries after failures, repairs after a race (default 4). */
  maxRequests: number;
  /** Before the first retry after a failed request; doubles per retry (default 500). */
  retryDelayMs: number;
}

export const PROMOTE_TUNING: PromoteTuning = {
  pollMs: 200,
  settleMs: 1500,
  requestSliceMs: 15_000,
  maxRequests: 4,
  retryDelayMs: 500,
};

/**
 * True when `live` is a different deployment created after `than` (both creation times known;
 * `createdAt` 0 means unknown, as the command provider may report).
 */
export function isNewer(live: DeploymentInfo | undefined, than: DeploymentInfo): boolean {
  return (
    live !== undefined &&
    live.id !== than.id &&
    live.createdAt > 0 &&
    than.createdAt > 0 &&
    live.createdAt > than.createdAt
  );
}

/**
 * What `provider.get` is asked for: an id or hostname as given, a URL's hostname (Vercel's
 * `GET /v13/deployments/{idOrUrl}` takes an id or a hostname).
 */
export function deploymentLookupKey(input: string): string {
  const trimmed = input.trim();
  if (!/^https?:\/\//i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed).host;
  } catch {
    return trimmed;
  }
}

/** What a read of production means for promoting `target`. */
type Reading =
  | { kind: 'self' }
  | { kind: 'newer' | 'moved'; reason: string }
  | { kind: 'go'; live: DeploymentInfo | undefined };

/** What one promote request came to. */
type Written =
  | { kind: 'confirmed' }
  | { kind: 'newer'; live: DeploymentInfo }
  | { kind: 'older'; live: DeploymentInfo }
  | { kind: 'failed'; error: unknown };

/**
 * @param deploymentId the deployment to put live: its id, unique URL or an alias of it (resolved
 *   once with `provider.get`; ids are compared from then on).
 * @param expectedCurrentId production as recorded before the deploy; when production is something
 *   else now — other than an older release that raced ahead (created after it, before ours) — the
 *   outcome is `superseded`.
 * @param deadline absolute ms on `clock` for the promote, its retries and its confirmation.
 * @param clock default {@link systemClock}; `tuning` overrides {@link PROMOTE_TUNING}.
 * @throws ProviderError when the deployment cannot be read or is not a ready production build, or
 *   when every request (at most `maxRequests`) failed or production could not be read back after a
 *   failure (the last failure's message).
 */
export async function promoteWithCas(
  provider: DeployProvider,
  args: {
    deploymentId: string;
    expectedCurrentId: string | undefined;
    deadline: number;
    logger: Logger;
    clock?: Clock;
    tuning?: Partial<PromoteTuning>;
    /**
     * Once aborted (the release was cancelled and is rolling back), no further promote request is
     * sent — no retry, no repair, no put-back — so a rollback is never undone by this call.
     */
    signal?: AbortSignal | undefined;
    /** The deployment `deploymentId` names, when the caller already read it (saves a request). */
    target?: DeploymentInfo;
  },
): Promise<PromoteResult> {
  const { expectedCurrentId, deadline, logger, signal } = args;
  const stopped = (): never => {
    throw new ProviderError(`promote of ${args.deploymentId} stopped: the release was cancelled`);
  };
  const clock = args.clock ?? systemClock;
  const tuning: PromoteTuning = { ...PROMOTE_TUNING, ...args.tuning };
  const [first, target] = await Promise.all([
    provider.production(),
    args.target ?? provider.get(deploymentLookupKey(args.deploymentId)),
  ]);
  const id = target.id;
  const previousDeploymentId = first?.id;
  // createdAt 0 means unknown (the command provider cannot always tell): no age ordering then, and
  // nothing to race-watch by.
  const ordered = target.createdAt > 0;
  let requests = 0;
  let inFlight = 0;
  const result = (outcome: PromoteOutcome, reason: string): PromoteResult => ({
    outcome,
    deploymentId: id,
    previousDeploymentId,
    reason,
    requests,
    abandoned: inFlight > 0,
  });

  let expected: DeploymentInfo | undefined | null = null; // null: not read yet
  const read = async (live: DeploymentInfo | undefined): Promise<Reading> => {
    if (live?.id === id) return { kind: 'self' };
    const newer = isNewer(live, target);
    if (expectedCurrentId !== undefined && live?.id !== expectedCurrentId) {
      // Production moved since it was recorded. An older release than ours that raced ahead
      // (created after the recorded one) is promoted over; anything else is left alone.
      if (live && !newer && ordered && live.createdAt > 0) {
        if (expected === null) expected = await provider.get(expectedCurrentId).catch(() => undefined);
        if (expected && expected.createdAt > 0 && live.createdAt > expected.createdAt)
          return { kind: 'go', live };
      }
      return {
        kind: newer ? 'newer' : 'moved',
        reason: `production moved to ${live?.id ?? 'nothing'} since ${expectedCurrentId} was recorded; ${id} was not promoted`,
      };
    }
    if (newer && live) {
      return {
        kind: 'newer',
        reason: `production serves ${live.id}, newer than ${id}; an older deployment is not promoted over it`,
      };
    }
    return { kind: 'go', live };
  };

  let reading = await read(first);
  if (reading.kind === 'self') return result('noop', `production already serves ${id}`);
  if (reading.kind !== 'go') return result('superseded', reading.reason);
  if (target.state !== 'ready')
    throw new ProviderError(`deployment ${id} is ${target.state}, not ready; not promoted`);
  if (!target.production && provider.name === 'vercel') {
    throw new ProviderError(`deployment ${id} is a preview build; promote a production (staged) deployment`);
  }

  /**
   * Sends one promote request and watches production until it is decided. Seeing a newer deployment
   * live does not end the watch at once while our call is still running: our request may still land
   * over it (a newer request replaces a pending job). The watch ends when production has stayed
   * newer for `settleMs`, or our call settles; if ours then serves, our stale write landed over the
   * newer deployment and it is put back.
   */
  const write = async (before: DeploymentInfo | undefined): Promise<Written> => {
    requests++;
    inFlight++;
    let settled: { error?: unknown } | undefined;
    const call = provider.promote(id, Math.min(deadline, clock.now() + tuning.requestSliceMs)).then(
      () => {
        settled = {};
      },
      (error: unknown) => {
        settled = { error };
      },
    );
    void call.finally(() => inFlight--);
    if (!ordered) {
      await call;
    } else {
      let newer: DeploymentInfo | undefined;
      let newerSince = 0;
      while (!settled) {
        await Promise.race([call, clock.sleep(tuning.pollMs)]);
        if (settled) break;
        const live = await provider.production().catch(() => undefined);
        if (settled) break;
        if (live?.id === id) {
          if (newer) break; // ours landed over the newer one: put it back below
          return { kind: 'confirmed' };
        }
        if (live && isNewer(live, target)) {
          if (newer?.id !== live.id) [newer, newerSince] = [live, clock.now()];
          if (clock.now() - newerSince >= tuning.settleMs) return { kind: 'newer', live };
          continue;
        }
        // Something older than ours that was not live before our write: an older run's write
        // replaced our pending job (or landed after it).
        if (!newer && live && live.id !== before?.id && isNewer(target, live)) return { kind: 'older', live };
      }
      if (newer) return { kind: 'newer', live: await putBack(newer) };
    }
    if (settled?.error === undefined) return { kind: 'confirmed' };
    // The call failed: its request may still have taken effect, or a newer one may be live.
    const error = settled.error;
    const live = await provider.production().catch(() => undefined);
    if (live?.id === id) return { kind: 'confirmed' };
    if (live && isNewer(live, target)) return { kind: 'newer', live };
    return { kind: 'failed', error };
  };

  /**
   * After a newer deployment was seen live: when production serves ours (our write landed after the
   * newer one), promotes the newer one again — once, best effort; its own run repairs too. Returns it.
   */
  const putBack = async (newer: DeploymentInfo): Promise<DeploymentInfo> => {
    if (signal?.aborted) return newer;
    const live = await provider.production().catch(() => undefined);
    if (live?.id !== id) return newer;
    logger.warning(`${id} went live after the newer ${newer.id}; promoting ${newer.id} again`);
    try {
      await provider.promote(newer.id, Math.min(deadline, clock.now() + tuning.requestSliceMs));
    } catch (error) {
      logger.warning(`could not put ${newer.id} back: ${errorMessage(error)}`);
    }
    return newer;
  };

  const superseded = (live: DeploymentInfo): PromoteResult =>
    result(
      'superseded',
      `production moved on to ${live.id}, newer than ${id}, while ${id} was being promoted; the newer one stays live`,
    );
  let live = reading.live;
  let failures = 0;
  for (;;) {
    if (signal?.aborted) stopped();
    logger.info(
      requests === 0
        ? `promoting ${id} (production was ${live?.id ?? 'empty'})`
        : `promoting ${id} again (request ${requests + 1} of at most ${tuning.maxRequests}; production is ${live?.id ?? 'unknown'})`,
    );
    const written = await write(live);
    if (written.kind === 'newer') return superseded(written.live);
    if (written.kind === 'failed') {
      failures++;
      const wait = tuning.retryDelayMs * 2 ** (failures - 1);
      if (requests >= tuning.maxRequests || clock.now() + wait >= deadline) {
        throw written.error instanceof Error ? written.error : new ProviderError(errorMessage(written.error));
      }
      logger.warning(
        `promote request ${requests} for ${id} failed (${errorMessage(written.error)}); retrying`,
      );
      await clock.sleep(wait);
      if (signal?.aborted) stopped();
      // Re-read right before the retry: never promote over a newer deployment.
      let now: DeploymentInfo | undefined;
      try {
        now = await provider.production();
      } catch {
        throw written.error instanceof Error ? written.error : new ProviderError(errorMessage(written.error));
      }
      reading = await read(now);
      if (reading.kind !== 'go' && reading.kind !== 'self') return result('superseded', reading.reason);
      if (reading.kind === 'go') {
        live = reading.live;
        continue;
      }
      // `self`: the failed request took effect after all; settle below.
    }
    if (written.kind === 'older') {
      logger.warning(`${written.live.id} (older) replaced the promote of ${id}; promoting ${id} again`);
      if (requests >= tuning.maxRequests)
        throw new ProviderError(
          `production serves ${written.live.id}, older than ${id}, after ${requests} promote requests; gave up`,
        );
      live = written.live;
      continue;
    }
    // Confirmed: watch for a racing write that lands after ours.
    const slipped = ordered ? await settle() : undefined;
    if (!slipped) return result('promoted', `production now serves ${id}`);
    if (isNewer(slipped, target)) return superseded(slipped);
    if (signal?.aborted) stopped();
    // Back on what served before our promote, or older: a rollback (a person's, or this release's
    // own after a cancel), not a racing older release (whose deployment is newer than what we
    // replaced). A rollback is never undone.
    if (!first || !isNewer(slipped, first))
      return result(
        'superseded',
        `production was moved back to ${slipped.id} after ${id} was promoted (a rollback); left alone`,
      );
    logger.warning(`${slipped.id} (older) went live after ${id} was promoted; promoting ${id} again`);
    if (requests >= tuning.maxRequests)
      throw new ProviderError(
        `production serves ${slipped.id}, older than ${id}, after ${requests} promote requests; gave up`,
      );
    live = slipped;
  }

  /** Watches production for `settleMs`; returns the deployment that replaced ours, if any. */
  async function settle(): Promise<DeploymentInfo | undefined> {
    const until = clock.now() + tuning.settleMs;
    while (clock.now() < until && !signal?.aborted) {
      await clock.sleep(Math.min(tuning.pollMs, Math.max(0, until - clock.now())));
      const now = await provider.production().catch(() => undefined);
      if (now && now.id !== id && now.createdAt > 0) return now;
    }
    return undefined;
  }
}
