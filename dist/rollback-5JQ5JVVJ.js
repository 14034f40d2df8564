import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  convergeRollback
} from "./chunk-NHROQS4T.js";
import {
  CommandProvider,
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
import "./chunk-OCGFKFY4.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  ReportedFailure
} from "./chunk-4KYU7GAX.js";
import "./chunk-5LQ3PGOO.js";
import "./chunk-G7PDO2DP.js";
import "./chunk-TTC2ININ.js";

// lib/actions/rollback.inputs.js
var rollbackSpec = defineAction({
  name: "rollback",
  inputs: {
    ...providerInputs,
    "to-deployment-id": input.string({
      description: "Deployment to put back in production. Default: the production deployment before the live one."
    }),
    reason: input.string({
      description: "Why: recorded with the rollback (Vercel description, GitHub status, summary)."
    }),
    timeout: input.duration({
      description: "Deadline for converging: the rollback is retried with backoff and confirmed by reading production back.",
      default: "5m",
      max: DURATION_LIMITS.deadline
    }),
    "rollback-command": commandInputs["rollback-command"],
    "production-command": commandInputs["production-command"]
  },
  outputs: {
    outcome: "rolled_back, noop (already serving the target) or rollback_failed (the step fails).",
    "to-deployment-id": "The deployment production serves after a successful rollback.",
    "from-deployment-id": "The deployment production served when the rollback began."
  }
});

// lib/actions/rollback.js
var HEAD = {
  rolled_back: "\u21A9\uFE0F Rolled back",
  noop: "\u2705 Nothing to roll back",
  rollback_failed: "\u{1F6A8} Rollback failed"
};
function lookup(provider, id) {
  return id ? provider.get(id).catch(() => void 0) : Promise.resolve(void 0);
}
async function run() {
  await runActionBody(rollbackSpec, async (inputs, ctx) => {
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    if (provider instanceof CommandProvider)
      provider.requireCommand("rollback");
    const records = await ReleaseRecords.create(inputs["github-token"], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger
    });
    const reason = inputs.reason ?? `manual rollback by ${ctx.env.GITHUB_ACTOR ?? "an operator"}`;
    const result = await convergeRollback(provider, {
      toDeploymentId: inputs["to-deployment-id"],
      reason,
      deadline: systemClock.now() + inputs.timeout,
      clock: systemClock,
      logger: ctx.logger
    });
    ctx.setOutput("outcome", result.outcome);
    ctx.setOutput("to-deployment-id", result.outcome === "rollback_failed" ? "" : result.toDeploymentId ?? "");
    ctx.setOutput("from-deployment-id", result.fromDeploymentId ?? "");
    ctx.summary(`### ${HEAD[result.outcome]}

${result.reason}

` + markdownTable(["From", "To", "Attempts", "Reason given"], [[result.fromDeploymentId ?? "\u2014", result.toDeploymentId ?? "\u2014", String(result.attempts), reason]]));
    if (result.outcome === "noop")
      return;
    const from = await lookup(provider, result.fromDeploymentId);
    if (result.outcome === "rolled_back") {
      const to = await lookup(provider, result.toDeploymentId);
      if (to)
        await records.rolledBack(from, to, reason);
    } else {
      await records.rollbackFailed(from, result.reason);
      throw new ReportedFailure(`rollback failed: ${result.reason}`);
    }
  });
}
export {
  run
};
