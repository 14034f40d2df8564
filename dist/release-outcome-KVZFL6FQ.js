import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  convergeRollback
} from "./chunk-NHROQS4T.js";
import {
  ReleaseRecords,
  commandInputs,
  makeProvider,
  providerInputs
} from "./chunk-BFITUC6B.js";
import "./chunk-JVNNI34W.js";
import "./chunk-WYBCRY7A.js";
import "./chunk-DXBS64VD.js";
import "./chunk-DTPFYEBS.js";
import "./chunk-FIBZ7MMC.js";
import "./chunk-W775HOUI.js";
import {
  runActionBody
} from "./chunk-O6CT3JMY.js";
import {
  markdownTable
} from "./chunk-BA2AZJKK.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import {
  defineAction,
  input
} from "./chunk-PWNCWC4J.js";
import {
  DURATION_LIMITS
} from "./chunk-3564UZ2R.js";
import "./chunk-BB4YEEFY.js";
import "./chunk-RIBDMVJD.js";
import {
  backoffMs
} from "./chunk-OCGFKFY4.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  ReportedFailure,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import "./chunk-5LQ3PGOO.js";
import "./chunk-G7PDO2DP.js";
import "./chunk-TTC2ININ.js";

// lib/release/outcome.js
var GREEN_OUTCOMES = /* @__PURE__ */ new Set(["promoted", "noop", "superseded"]);
var STANDS_UNREAD = /* @__PURE__ */ new Set(["smoke_failed", "superseded", "failed", "rolled_back"]);
var JOB_RESULTS = ["success", "failure", "cancelled", "skipped"];
async function reconcileReleaseOutcome(options) {
  const { logger } = options;
  const deploymentId = options.deploymentId || void 0;
  const previousRaw = options.previousDeploymentId || void 0;
  const previousId = previousRaw === deploymentId ? void 0 : previousRaw;
  const releaseOutcome = options.releaseOutcome || void 0;
  const releaseResult = options.releaseResult || void 0;
  if (releaseResult && !JOB_RESULTS.includes(releaseResult)) {
    logger.warning(`release-result '${releaseResult}' is not one of ${JOB_RESULTS.join(", ")}; treated as not successful`);
  }
  const confirmed = (releaseOutcome === "promoted" || releaseOutcome === "noop") && (releaseResult === "success" || releaseResult === "cancelled");
  const releaseSaid = `release job ${releaseResult ?? "result unknown"}, outcome ${releaseOutcome ?? "none"}`;
  const report = (outcome, explanation, productionAtStart, extra = {}) => ({
    outcome,
    explanation,
    productionAtStart,
    productionAtEnd: productionAtStart,
    rollback: void 0,
    ...extra
  });
  const serves = (id) => id === null ? "nothing" : id;
  const first = await readProduction(options, options.clock.now() + options.rollbackTimeoutMs);
  if (!first.readable) {
    const unread = `production could not be read back (${first.error})`;
    if (!deploymentId)
      return report("failed", `the release stopped before a deployment existed; ${unread}`, void 0);
    const reported = confirmed || STANDS_UNREAD.has(releaseOutcome ?? "") ? releaseOutcome : void 0;
    if (reported) {
      logger.warning(`${unread}; trusting the release step, which reported ${reported}`);
      return report(reported, `${unread}; the release step reported ${reported} for ${deploymentId} (${releaseSaid})`, void 0);
    }
    return report("rollback_failed", `${unread}; it may still serve ${deploymentId}, which was not confirmed healthy (${releaseSaid})`, void 0);
  }
  const atStart = first.id;
  if (!deploymentId) {
    return report("failed", `the release stopped before a deployment existed (${releaseSaid}); production untouched, serves ${serves(atStart)}`, atStart);
  }
  const classify = async (live, extra = {}) => {
    if (live !== (previousId ?? null)) {
      return report("superseded", `production moved on: it serves ${serves(live)}, not ${deploymentId} nor the previous ${previousId ?? "nothing"} (${releaseSaid})`, atStart, { productionAtEnd: live, ...extra });
    }
    const onPrevious = `production serves the previous ${serves(live)}`;
    if (releaseOutcome === "smoke_failed")
      return report("smoke_failed", `${onPrevious}: ${deploymentId} failed its smoke test and was never promoted`, atStart, { productionAtEnd: live, ...extra });
    if (releaseOutcome === "superseded")
      return report("superseded", `${onPrevious}: ${deploymentId} was superseded before its promote`, atStart, { productionAtEnd: live, ...extra });
    const promoteHappened = releaseOutcome === "rolled_back" || releaseOutcome === "rollback_failed" || releaseOutcome === "promoted" || releaseOutcome === "noop" || extra.rollback !== void 0 || await rolledBackFrom(options, deploymentId);
    if (promoteHappened)
      return report("rolled_back", `${onPrevious} again: ${deploymentId} was rolled back (${releaseSaid})`, atStart, {
        productionAtEnd: live,
        ...extra
      });
    return report("failed", `${onPrevious}, untouched: ${deploymentId} was never promoted (${releaseSaid})`, atStart, { productionAtEnd: live, ...extra });
  };
  if (atStart !== deploymentId)
    return classify(atStart);
  if (confirmed) {
    return report(releaseOutcome, `production serves ${deploymentId}, confirmed healthy by the release (${releaseSaid})`, atStart);
  }
  const why = options.reason ?? `${deploymentId} was not confirmed healthy (${releaseSaid})`;
  if (!previousId) {
    const line = `production serves ${deploymentId}, which was not confirmed healthy (${releaseSaid}), and there is nothing to roll back to: previous-deployment-id is empty`;
    await options.records.rollbackFailed(await lookup(options.provider, deploymentId), line);
    return report("rollback_failed", line, atStart);
  }
  const again = await readProduction(options, options.clock.now() + options.rollbackTimeoutMs);
  if (again.readable && again.id !== deploymentId)
    return classify(again.id);
  logger.info(`production serves ${deploymentId}, not confirmed healthy: rolling back to ${previousId}`);
  const rollback = await convergeRollback(options.provider, {
    toDeploymentId: previousId,
    reason: why,
    deadline: options.clock.now() + options.rollbackTimeoutMs,
    clock: options.clock,
    logger,
    ...options.random ? { random: options.random } : {}
  });
  const from = await lookup(options.provider, deploymentId);
  if (rollback.outcome === "rollback_failed") {
    await options.records.rollbackFailed(from, rollback.reason);
    const after = await readProduction(options, options.clock.now());
    return report("rollback_failed", `production was left on an unconfirmed deployment: ${rollback.reason} (${why})`, atStart, {
      rollback,
      productionAtEnd: after.readable ? after.id : void 0
    });
  }
  if (rollback.outcome === "noop") {
    return classify(previousId, { rollback });
  }
  const to = await lookup(options.provider, previousId);
  if (to)
    await options.records.rolledBack(from, to, why);
  return report("rolled_back", `production serves the previous ${previousId} again: ${why}`, atStart, {
    rollback,
    productionAtEnd: previousId
  });
}
async function readProduction(o, deadline) {
  for (let round = 1; ; round++) {
    try {
      const live = await o.provider.production();
      return { readable: true, id: live?.id ?? null };
    } catch (error) {
      const message = errorMessage(error);
      o.logger.warning(`could not read production (attempt ${round}): ${message}`);
      const wait = backoffMs(round, 1e3, 1e4, o.random ?? Math.random);
      if (o.clock.now() + wait >= deadline)
        return { readable: false, error: message };
      await o.clock.sleep(wait);
    }
  }
}
async function rolledBackFrom(options, deploymentId) {
  try {
    return await options.provider.rolledBackFrom?.(deploymentId) ?? false;
  } catch (error) {
    options.logger.warning(`could not tell whether ${deploymentId} was rolled back: ${errorMessage(error)}`);
    return false;
  }
}
function lookup(provider, id) {
  return provider.get(id).catch(() => void 0);
}

// lib/actions/release-outcome.inputs.js
var releaseOutcomeSpec = defineAction({
  name: "release-outcome",
  inputs: {
    ...providerInputs,
    "deployment-id": input.string({
      description: "This release's deployment: the release step's deployment-id output. Empty when the release stopped before it had one."
    }),
    "previous-deployment-id": input.string({
      description: "Production before the release (the release step's previous-deployment-id output): what a rollback goes back to."
    }),
    "release-outcome": input.string({
      description: "The release step's outcome output; empty when the step never got to write it."
    }),
    "release-result": input.string({
      description: "The release job's result (needs.<job>.result): success, failure, cancelled or skipped. Only success with outcome promoted or noop counts as confirmed healthy."
    }),
    reason: input.string({
      description: "Why, recorded with a rollback (Vercel description, GitHub status, summary). Default: from the release result and outcome."
    }),
    "rollback-timeout": input.duration({
      description: "Deadline for reading production back (retried with backoff), and again for converging a rollback.",
      default: "2m",
      max: DURATION_LIMITS.deadline
    }),
    "rollback-command": commandInputs["rollback-command"],
    "production-command": commandInputs["production-command"]
  },
  outputs: {
    outcome: "promoted, noop, superseded, smoke_failed, rolled_back, rollback_failed or failed: what became of the release, as production tells it. Only promoted, noop and superseded leave the step green.",
    "production-deployment-id": "What production serves at the end, read back (empty when it serves nothing or could not be read)."
  }
});

// lib/actions/release-outcome.js
var HEAD = {
  promoted: "\u2705 Released",
  noop: "\u2705 Released (production already served it)",
  superseded: "\u23ED\uFE0F Superseded",
  smoke_failed: "\u274C Smoke test failed (production untouched)",
  rolled_back: "\u21A9\uFE0F Rolled back",
  rollback_failed: "\u{1F6A8} Rollback failed",
  failed: "\u274C Release failed (production untouched)"
};
var cell = (id) => id === void 0 ? "unknown" : id ?? "nothing";
async function run() {
  await runActionBody(releaseOutcomeSpec, async (inputs, ctx) => {
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    const records = await ReleaseRecords.create(inputs["github-token"], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger
    });
    const report = await reconcileReleaseOutcome({
      provider,
      clock: systemClock,
      logger: ctx.logger,
      records,
      deploymentId: inputs["deployment-id"],
      previousDeploymentId: inputs["previous-deployment-id"],
      releaseOutcome: inputs["release-outcome"],
      releaseResult: inputs["release-result"],
      reason: inputs.reason,
      rollbackTimeoutMs: inputs["rollback-timeout"]
    });
    ctx.setOutput("outcome", report.outcome);
    ctx.setOutput("production-deployment-id", report.productionAtEnd ?? "");
    ctx.summary(`### ${HEAD[report.outcome]}

${report.explanation}

` + markdownTable(["", "Deployment or value"], [
      ["This release", inputs["deployment-id"] ?? "\u2014"],
      ["Production before the release", inputs["previous-deployment-id"] ?? "\u2014"],
      ["Production when checked (read back)", cell(report.productionAtStart)],
      ["Production now (read back)", cell(report.productionAtEnd)],
      ["Release step outcome", inputs["release-outcome"] ?? "\u2014"],
      ["Release job result", inputs["release-result"] ?? "\u2014"],
      ...report.rollback ? [["Rollback", `${report.rollback.outcome}: ${report.rollback.reason}`]] : []
    ]));
    if (report.outcome === "superseded")
      ctx.annotate("warning", [{ title: "release superseded", message: report.explanation }]);
    if (!GREEN_OUTCOMES.has(report.outcome))
      throw new ReportedFailure(`release ${report.outcome}: ${report.explanation}`);
  });
}
export {
  run
};
