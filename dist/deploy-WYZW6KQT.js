import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  deploySpec,
  deployStep,
  runMeta
} from "./chunk-3XCZR7EQ.js";
import {
  ReleaseRecords,
  makeProvider
} from "./chunk-ANBAVCUU.js";
import "./chunk-7SZDJFME.js";
import "./chunk-LCRQ4S62.js";
import "./chunk-ZQN4HMSX.js";
import "./chunk-HLKY72FP.js";
import "./chunk-WYV3CQVO.js";
import {
  runActionBody
} from "./chunk-VSDRSBS2.js";
import {
  markdownTable
} from "./chunk-BA2AZJKK.js";
import "./chunk-PWNCWC4J.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import "./chunk-3564UZ2R.js";
import "./chunk-3DFAUON2.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-4RWF3PEB.js";
import "./chunk-QY2HSHUU.js";
import "./chunk-OCGFKFY4.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import "./chunk-6OSMCISV.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-XXZBBZZL.js";
import {
  __toESM
} from "./chunk-UWARJ5PC.js";

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
