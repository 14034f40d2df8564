import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  deploymentLookupKey,
  promoteWithCas,
  wasRolledBackFrom
} from "./chunk-EWJTUPFM.js";
import {
  ReleaseRecords,
  VercelRefusal,
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
  DURATION_LIMITS,
  HOSTNAME
} from "./chunk-3564UZ2R.js";
import "./chunk-BB4YEEFY.js";
import "./chunk-RIBDMVJD.js";
import "./chunk-OCGFKFY4.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  ConfigurationError,
  ReportedFailure
} from "./chunk-4KYU7GAX.js";
import "./chunk-5LQ3PGOO.js";
import "./chunk-G7PDO2DP.js";
import "./chunk-TTC2ININ.js";

// lib/actions/promote.inputs.js
var promoteSpec = defineAction({
  name: "promote",
  inputs: {
    ...providerInputs,
    "deployment-id": input.string({
      description: "The staged production deployment to put live (deploy output deployment-id).",
      required: true
    }),
    "expected-current-deployment-id": input.string({
      description: "Compare-and-swap: promote only if production still serves this deployment (deploy output previous-deployment-id). If production moved, the outcome is superseded and nothing changes."
    }),
    alias: input.string({
      description: "Instead of moving production, point this domain at the deployment (e.g. the staging domain once the deployment passed its smoke test). A hostname such as staging.example.com; compare-and-swap and force do not apply.",
      pattern: HOSTNAME,
      expected: "a hostname such as staging.example.com (no scheme, path or port)"
    }),
    timeout: input.duration({
      description: "Deadline for the promote and its confirmation.",
      default: "5m",
      max: DURATION_LIMITS.deadline
    }),
    force: input.boolean({
      description: "Promote this deployment even if production was rolled back away from it before (by default a re-run does not promote a rolled-back deployment again).",
      default: "false"
    }),
    "promote-command": commandInputs["promote-command"],
    "production-command": commandInputs["production-command"]
  },
  outputs: {
    outcome: "promoted (with alias: the domain now points at the deployment), noop (already live), superseded (production moved on; nothing changed) or refused (the deployment was rolled back earlier and force is false; nothing changed, the step fails).",
    "previous-deployment-id": "Production deployment live before the promote (the rollback target)."
  }
});

// lib/actions/promote.js
var HEAD = { promoted: "\u2705 Promoted", noop: "\u2705 Already live", superseded: "\u23ED\uFE0F Superseded" };
async function run() {
  let abandoned = false;
  try {
    await promoteBody((value) => abandoned = value);
  } finally {
    if (abandoned)
      process.exit();
  }
}
async function promoteBody(noteAbandoned) {
  await runActionBody(promoteSpec, async (inputs, ctx) => {
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    if (!inputs.alias)
      provider.checkExpectedCurrent?.(inputs["expected-current-deployment-id"]);
    const records = await ReleaseRecords.create(inputs["github-token"], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger
    });
    const input2 = inputs["deployment-id"];
    const alias = inputs.alias;
    if (alias) {
      const id2 = input2;
      await provider.assignAlias(id2, alias, systemClock.now() + inputs.timeout);
      ctx.logger.info(`${alias} now points at ${id2}`);
      ctx.setOutput("outcome", "promoted");
      ctx.setOutput("previous-deployment-id", "");
      ctx.summary(`### \u2705 Aliased: ${alias} \u2192 ${id2}

` + markdownTable(["Deployment", "Domain"], [[id2, alias]]));
      return;
    }
    const resolved = await provider.get(deploymentLookupKey(input2)).catch((error) => {
      if (error instanceof VercelRefusal && error.status === 404)
        throw new ConfigurationError(`input 'deployment-id': no deployment '${input2}' in this project (the Vercel API answered 404)`);
      throw error;
    });
    const id = resolved.id;
    if (!inputs.force && await wasRolledBackFrom(provider, records, id)) {
      const reason = `deployment ${id} was rolled back earlier; it is not promoted again unless force is true`;
      ctx.setOutput("outcome", "refused");
      ctx.setOutput("previous-deployment-id", "");
      ctx.summary(`### \u26D4 Refused: ${id}

${reason}`);
      throw new ReportedFailure(reason);
    }
    const result = await promoteWithCas(provider, {
      deploymentId: id,
      expectedCurrentId: inputs["expected-current-deployment-id"],
      deadline: systemClock.now() + inputs.timeout,
      logger: ctx.logger,
      target: resolved
    });
    noteAbandoned(result.abandoned);
    ctx.logger.info(`${result.outcome}: ${result.reason}`);
    if (result.outcome === "promoted")
      await records.promoted(resolved);
    if (result.outcome === "superseded")
      ctx.annotate("warning", [{ title: "promote superseded", message: result.reason }]);
    ctx.setOutput("outcome", result.outcome);
    ctx.setOutput("previous-deployment-id", result.previousDeploymentId ?? "");
    ctx.summary(`### ${HEAD[result.outcome]}: ${id}

${result.reason}

` + markdownTable(["Deployment", "Outcome", "Previous production"], [[id, result.outcome, result.previousDeploymentId ?? "\u2014"]]));
  });
}
export {
  run
};
