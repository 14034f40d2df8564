import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  deploySpec,
  deployStep,
  runMeta
} from "./chunk-QKVZ35I5.js";
import {
  ReleaseRecords,
  makeProvider
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
import "./chunk-PWNCWC4J.js";
import "./chunk-3564UZ2R.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import "./chunk-RIBDMVJD.js";
import "./chunk-OCGFKFY4.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import "./chunk-5LQ3PGOO.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/actions/deploy.js
var import_node_path = __toESM(require_node_path(), 1);
async function run() {
  await runActionBody(deploySpec, async (inputs, ctx) => {
    const environment = inputs.environment;
    const staged = inputs.staged ?? environment === "production";
    if (staged && environment !== "production") {
      throw new ConfigurationError(`input 'staged': only production deployments can be staged, got environment '${environment}'`);
    }
    if (inputs.alias && inputs.provider === "command") {
      throw new ConfigurationError("input 'alias': not supported with provider 'command'; point domains in your deploy command");
    }
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    const records = await ReleaseRecords.create(inputs["github-token"], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger
    });
    const started = systemClock.now();
    const result = await deployStep(provider, {
      path: (0, import_node_path.resolve)(inputs.path),
      environment,
      staged,
      prebuilt: inputs.prebuilt,
      meta: runMeta(ctx.env, environment),
      deadline: started + inputs.timeout,
      alias: inputs.alias,
      logger: ctx.logger
    });
    await records.deployed(result.deployment, environment, staged);
    const d = result.deployment;
    ctx.setOutput("deployment-id", d.id);
    ctx.setOutput("url", d.url);
    ctx.setOutput("previous-deployment-id", result.previous?.id ?? "");
    ctx.setOutput("environment", environment);
    ctx.setOutput("reused", result.reused);
    const how = result.reused ? "reused (same content)" : `${result.uploadedFiles} file(s), ${result.uploadedBytes} bytes uploaded`;
    ctx.summary(`### \u2705 Deployed to ${environment}${staged ? " (staged: production not moved)" : ""}

` + markdownTable(["Deployment", "URL", "Previous production", "Upload", "Time"], [[d.id, d.url, result.previous?.id ?? "\u2014", how, formatDuration(systemClock.now() - started)]]));
  });
}
export {
  run
};
