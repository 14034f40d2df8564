import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  backoffMs
} from "./chunk-OCGFKFY4.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-4KYU7GAX.js";

// lib/deploy/rollback.js
function permanentFailure(error) {
  if (error instanceof ConfigurationError)
    return error.message;
  if (!(error instanceof Error))
    return void 0;
  const marked = error;
  if (marked.permanent !== true)
    return void 0;
  return typeof marked.input === "string" ? `input '${marked.input}': ${error.message}` : error.message;
}
async function convergeRollback(provider, args) {
  const { clock, logger, deadline } = args;
  const random = args.random ?? Math.random;
  let from;
  let firstRead = true;
  let target = args.toDeploymentId;
  let attempts = 0;
  let lastError;
  for (let round = 1; ; round++) {
    try {
      const live = await provider.production();
      if (firstRead)
        from = live?.id;
      firstRead = false;
      if (target === void 0) {
        const done = await provider.lastRollback?.();
        if (done && live?.id === done.toId) {
          return {
            outcome: "noop",
            toDeploymentId: done.toId,
            fromDeploymentId: from,
            attempts,
            reason: `production was already rolled back from ${done.fromId} to ${done.toId}; nothing to roll back (give to-deployment-id to go further back)`
          };
        }
        target = (await provider.previousProduction(live?.id))?.id;
      }
      if (!target) {
        return {
          outcome: "rollback_failed",
          toDeploymentId: void 0,
          fromDeploymentId: from,
          attempts,
          reason: "no earlier production deployment to roll back to"
        };
      }
      if (live?.id === target) {
        return attempts === 0 ? {
          outcome: "noop",
          toDeploymentId: target,
          fromDeploymentId: from,
          attempts,
          reason: `production already serves ${target}`
        } : {
          outcome: "rolled_back",
          toDeploymentId: target,
          fromDeploymentId: from,
          attempts,
          reason: `production serves ${target} again`
        };
      }
      attempts++;
      logger.info(`rolling back production from ${live?.id ?? "unknown"} to ${target} (attempt ${attempts})`);
      await provider.rollback(target, Math.min(deadline, clock.now() + (args.attemptMs ?? 6e4)), args.reason);
      continue;
    } catch (error) {
      const permanent = permanentFailure(error);
      if (permanent !== void 0) {
        return {
          outcome: "rollback_failed",
          toDeploymentId: target,
          fromDeploymentId: from,
          attempts,
          reason: permanent
        };
      }
      lastError = errorMessage(error);
      logger.warning(`rollback attempt ${attempts} did not hold: ${lastError}`);
    }
    const wait = backoffMs(round, 1e3, 1e4, random);
    if (clock.now() + wait >= deadline)
      break;
    await clock.sleep(wait);
  }
  return {
    outcome: "rollback_failed",
    toDeploymentId: target,
    fromDeploymentId: from,
    attempts,
    reason: `production could not be moved back to ${target}: ${lastError ?? "the deadline passed"}`
  };
}

export {
  convergeRollback
};
