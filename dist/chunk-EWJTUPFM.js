import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  ProviderError
} from "./chunk-FIBZ7MMC.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import {
  errorMessage
} from "./chunk-4KYU7GAX.js";

// lib/deploy/promote.js
var PROMOTE_TUNING = {
  pollMs: 200,
  settleMs: 1500,
  requestSliceMs: 15e3,
  maxRequests: 4,
  retryDelayMs: 500
};
function isNewer(live, than) {
  return live !== void 0 && live.id !== than.id && live.createdAt > 0 && than.createdAt > 0 && live.createdAt > than.createdAt;
}
function deploymentLookupKey(input) {
  const trimmed = input.trim();
  if (!/^https?:\/\//i.test(trimmed))
    return trimmed;
  try {
    return new URL(trimmed).host;
  } catch {
    return trimmed;
  }
}
async function promoteWithCas(provider, args) {
  const { expectedCurrentId, deadline, logger, signal } = args;
  const stopped = () => {
    throw new ProviderError(`promote of ${args.deploymentId} stopped: the release was cancelled`);
  };
  const clock = args.clock ?? systemClock;
  const tuning = { ...PROMOTE_TUNING, ...args.tuning };
  const [first, target] = await Promise.all([
    provider.production(),
    args.target ?? provider.get(deploymentLookupKey(args.deploymentId))
  ]);
  const id = target.id;
  const previousDeploymentId = first?.id;
  const ordered = target.createdAt > 0;
  let requests = 0;
  let inFlight = 0;
  const result = (outcome, reason) => ({
    outcome,
    deploymentId: id,
    previousDeploymentId,
    reason,
    requests,
    abandoned: inFlight > 0
  });
  let expected = null;
  const read = async (live2) => {
    if (live2?.id === id)
      return { kind: "self" };
    const newer = isNewer(live2, target);
    if (expectedCurrentId !== void 0 && live2?.id !== expectedCurrentId) {
      if (live2 && !newer && ordered && live2.createdAt > 0) {
        if (expected === null)
          expected = await provider.get(expectedCurrentId).catch(() => void 0);
        if (expected && expected.createdAt > 0 && live2.createdAt > expected.createdAt)
          return { kind: "go", live: live2 };
      }
      return {
        kind: newer ? "newer" : "moved",
        reason: `production moved to ${live2?.id ?? "nothing"} since ${expectedCurrentId} was recorded; ${id} was not promoted`
      };
    }
    if (newer && live2) {
      return {
        kind: "newer",
        reason: `production serves ${live2.id}, newer than ${id}; an older deployment is not promoted over it`
      };
    }
    return { kind: "go", live: live2 };
  };
  let reading = await read(first);
  if (reading.kind === "self")
    return result("noop", `production already serves ${id}`);
  if (reading.kind !== "go")
    return result("superseded", reading.reason);
  if (target.state !== "ready")
    throw new ProviderError(`deployment ${id} is ${target.state}, not ready; not promoted`);
  if (!target.production && provider.name === "vercel") {
    throw new ProviderError(`deployment ${id} is a preview build; promote a production (staged) deployment`);
  }
  const write = async (before) => {
    requests++;
    inFlight++;
    let settled;
    const call = provider.promote(id, Math.min(deadline, clock.now() + tuning.requestSliceMs)).then(() => {
      settled = {};
    }, (error2) => {
      settled = { error: error2 };
    });
    void call.finally(() => inFlight--);
    if (!ordered) {
      await call;
    } else {
      let newer;
      let newerSince = 0;
      while (!settled) {
        await Promise.race([call, clock.sleep(tuning.pollMs)]);
        if (settled)
          break;
        const live3 = await provider.production().catch(() => void 0);
        if (settled)
          break;
        if (live3?.id === id) {
          if (newer)
            break;
          return { kind: "confirmed" };
        }
        if (live3 && isNewer(live3, target)) {
          if (newer?.id !== live3.id)
            [newer, newerSince] = [live3, clock.now()];
          if (clock.now() - newerSince >= tuning.settleMs)
            return { kind: "newer", live: live3 };
          continue;
        }
        if (!newer && live3 && live3.id !== before?.id && isNewer(target, live3))
          return { kind: "older", live: live3 };
      }
      if (newer)
        return { kind: "newer", live: await putBack(newer) };
    }
    if (settled?.error === void 0)
      return { kind: "confirmed" };
    const error = settled.error;
    const live2 = await provider.production().catch(() => void 0);
    if (live2?.id === id)
      return { kind: "confirmed" };
    if (live2 && isNewer(live2, target))
      return { kind: "newer", live: live2 };
    return { kind: "failed", error };
  };
  const putBack = async (newer) => {
    if (signal?.aborted)
      return newer;
    const live2 = await provider.production().catch(() => void 0);
    if (live2?.id !== id)
      return newer;
    logger.warning(`${id} went live after the newer ${newer.id}; promoting ${newer.id} again`);
    try {
      await provider.promote(newer.id, Math.min(deadline, clock.now() + tuning.requestSliceMs));
    } catch (error) {
      logger.warning(`could not put ${newer.id} back: ${errorMessage(error)}`);
    }
    return newer;
  };
  const superseded = (live2) => result("superseded", `production moved on to ${live2.id}, newer than ${id}, while ${id} was being promoted; the newer one stays live`);
  let live = reading.live;
  let failures = 0;
  for (; ; ) {
    if (signal?.aborted)
      stopped();
    logger.info(requests === 0 ? `promoting ${id} (production was ${live?.id ?? "empty"})` : `promoting ${id} again (request ${requests + 1} of at most ${tuning.maxRequests}; production is ${live?.id ?? "unknown"})`);
    const written = await write(live);
    if (written.kind === "newer")
      return superseded(written.live);
    if (written.kind === "failed") {
      failures++;
      const wait = tuning.retryDelayMs * 2 ** (failures - 1);
      if (requests >= tuning.maxRequests || clock.now() + wait >= deadline) {
        throw written.error instanceof Error ? written.error : new ProviderError(errorMessage(written.error));
      }
      logger.warning(`promote request ${requests} for ${id} failed (${errorMessage(written.error)}); retrying`);
      await clock.sleep(wait);
      if (signal?.aborted)
        stopped();
      let now;
      try {
        now = await provider.production();
      } catch {
        throw written.error instanceof Error ? written.error : new ProviderError(errorMessage(written.error));
      }
      reading = await read(now);
      if (reading.kind !== "go" && reading.kind !== "self")
        return result("superseded", reading.reason);
      if (reading.kind === "go") {
        live = reading.live;
        continue;
      }
    }
    if (written.kind === "older") {
      logger.warning(`${written.live.id} (older) replaced the promote of ${id}; promoting ${id} again`);
      if (requests >= tuning.maxRequests)
        throw new ProviderError(`production serves ${written.live.id}, older than ${id}, after ${requests} promote requests; gave up`);
      live = written.live;
      continue;
    }
    const slipped = ordered ? await settle() : void 0;
    if (!slipped)
      return result("promoted", `production now serves ${id}`);
    if (isNewer(slipped, target))
      return superseded(slipped);
    if (signal?.aborted)
      stopped();
    if (!first || !isNewer(slipped, first))
      return result("superseded", `production was moved back to ${slipped.id} after ${id} was promoted (a rollback); left alone`);
    logger.warning(`${slipped.id} (older) went live after ${id} was promoted; promoting ${id} again`);
    if (requests >= tuning.maxRequests)
      throw new ProviderError(`production serves ${slipped.id}, older than ${id}, after ${requests} promote requests; gave up`);
    live = slipped;
  }
  async function settle() {
    const until = clock.now() + tuning.settleMs;
    while (clock.now() < until && !signal?.aborted) {
      await clock.sleep(Math.min(tuning.pollMs, Math.max(0, until - clock.now())));
      const now = await provider.production().catch(() => void 0);
      if (now && now.id !== id && now.createdAt > 0)
        return now;
    }
    return void 0;
  }
}

// lib/release/rolled-back.js
async function wasRolledBackFrom(provider, records, deploymentId) {
  if (await records.wasRolledBack())
    return true;
  return await provider.rolledBackFrom?.(deploymentId) ?? false;
}

export {
  isNewer,
  deploymentLookupKey,
  promoteWithCas,
  wasRolledBackFrom
};
