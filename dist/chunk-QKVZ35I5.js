import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  commandInputs,
  providerInputs
} from "./chunk-BFITUC6B.js";
import {
  CONTENT_KEY_META
} from "./chunk-FIBZ7MMC.js";
import {
  defineAction,
  input
} from "./chunk-PWNCWC4J.js";
import {
  DURATION_LIMITS,
  HOSTNAME,
  quoteValue,
  showValue
} from "./chunk-3564UZ2R.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import {
  require_node_fs
} from "./chunk-5LQ3PGOO.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/inputs/workspace.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function isWithin(parent, child) {
  const rel = (0, import_node_path.relative)(parent, child);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path.sep}`) && !(0, import_node_path.isAbsolute)(rel);
}
function resolveDeployPath(raw, o) {
  const cwd = o.cwd ?? process.cwd();
  const shown = showValue(raw);
  let real;
  try {
    real = (0, import_node_fs.realpathSync)((0, import_node_path.resolve)(cwd, raw));
  } catch {
    throw new ConfigurationError(`input 'path': expected an existing directory, got ${shown} (not found)`);
  }
  if (!(0, import_node_fs.statSync)(real).isDirectory()) {
    throw new ConfigurationError(`input 'path': expected a directory, got ${shown} (not a directory)`);
  }
  const inside = o.allowOutsideWorkspace ? void 0 : workspaceOf(o.env, cwd);
  if (inside !== void 0 && !isWithin(inside, real)) {
    throw new ConfigurationError(`input 'path': expected a directory inside the workspace ${quoteValue(inside)} (or allow-outside-workspace: true), got ${shown}`);
  }
  if (o.requireBuildOutput) {
    let output;
    try {
      output = (0, import_node_fs.realpathSync)((0, import_node_path.join)(real, ".vercel", "output"));
    } catch {
      output = void 0;
    }
    if (output === void 0 || !(0, import_node_fs.statSync)(output).isDirectory()) {
      throw new ConfigurationError(`input 'path': expected a directory holding .vercel/output (prebuilt is true; run vercel build first), got ${shown}`);
    }
    if (inside !== void 0 && !isWithin(inside, output)) {
      throw new ConfigurationError(`input 'path': expected .vercel/output inside the workspace ${quoteValue(inside)} (or allow-outside-workspace: true), got ${shown} whose .vercel/output links outside it`);
    }
  }
  return real;
}
function workspaceOf(env, cwd) {
  const given = env.GITHUB_WORKSPACE?.trim() || void 0;
  try {
    return (0, import_node_fs.realpathSync)((0, import_node_path.resolve)(cwd, given ?? "."));
  } catch {
    throw new ConfigurationError(`input 'path': expected the workspace ${quoteValue(given ?? cwd)} (GITHUB_WORKSPACE) to exist`);
  }
}

// lib/actions/deploy.inputs.js
function refineDeployPath(values, env) {
  const path = resolveDeployPath(values.path, {
    env,
    allowOutsideWorkspace: values["allow-outside-workspace"],
    // With provider command, prebuilt is only passed on (GREENLIGHT_PREBUILT); its tree is the command's.
    requireBuildOutput: values.prebuilt && values.provider === "vercel"
  });
  return { ...values, path };
}
var deploySpec = defineAction({
  name: "deploy",
  inputs: {
    ...providerInputs,
    environment: input.choice(["preview", "staging", "production"], {
      description: "preview, staging (a preview build, optionally aliased) or production.",
      default: "preview"
    }),
    path: input.string({
      description: "Directory to deploy: a static build, or the project root holding .vercel/output when prebuilt. Must lie inside the workspace (GITHUB_WORKSPACE) after resolving symlinks.",
      default: "."
    }),
    prebuilt: input.boolean({
      description: "Deploy a Build Output API tree (.vercel/output, e.g. from `vercel build`) without building.",
      default: "false"
    }),
    "allow-outside-workspace": input.boolean({
      description: "Allow a path outside the workspace (GITHUB_WORKSPACE), e.g. a build in RUNNER_TEMP.",
      default: "false"
    }),
    staged: input.boolean({
      description: "Production only: build without moving the production domains, for a blue-green promote later. Defaults to true for production."
    }),
    timeout: input.duration({
      description: "Deadline for the whole deploy; on expiry the deployment is cancelled and the step fails naming it.",
      default: "15m",
      max: DURATION_LIMITS.deadline
    }),
    alias: input.string({
      description: "A domain to point at the new deployment, e.g. staging.example.com.",
      pattern: HOSTNAME,
      expected: "a hostname such as staging.example.com (no scheme, path or port)"
    }),
    "deploy-command": commandInputs["deploy-command"],
    "production-command": commandInputs["production-command"]
  },
  outputs: {
    "deployment-id": "Id of the deployment (new, or reused: a ready one with the same content).",
    url: "Unique URL of the deployment (use it for smoke tests before promotion).",
    "previous-deployment-id": "Production deployment live before this deploy (production only; empty when none). Pass it to promote and rollback.",
    environment: "The environment deployed to.",
    reused: "'true' when a ready deployment of the same content (a re-run, or another run of the same build) was reused instead of deploying again."
  },
  refine: refineDeployPath
});

// lib/deploy/step.js
function runMeta(env, environment) {
  const meta = { greenlightEnvironment: environment };
  const put = (key, value) => {
    if (value)
      meta[key] = value;
  };
  put("githubCommitSha", env.GITHUB_SHA);
  put("githubRunId", env.GITHUB_RUN_ID);
  put("githubRunAttempt", env.GITHUB_RUN_ATTEMPT);
  put("githubRepo", env.GITHUB_REPOSITORY);
  put("githubCommitRef", env.GITHUB_REF_NAME);
  return meta;
}
var sameRun = (deployment, meta) => meta.githubRunId !== void 0 && deployment.meta.githubRunId === meta.githubRunId;
async function deployStep(provider, args) {
  await provider.checkDeployPath?.(args.path, args.prebuilt);
  const [preparing, reading] = await Promise.allSettled([
    provider.prepareDeploy?.(args.path, args.prebuilt),
    args.environment === "production" ? provider.production() : void 0
  ]);
  if (preparing.status === "rejected")
    throw preparing.reason;
  const prepared = preparing.value;
  try {
    if (reading.status === "rejected")
      throw reading.reason;
    return await deployOrReuse(provider, args, prepared, reading.value);
  } finally {
    prepared?.discard();
  }
}
async function deployOrReuse(provider, args, prepared, live) {
  const { environment, logger } = args;
  const key = prepared?.contentKey;
  const meta = key ? { ...args.meta, [CONTENT_KEY_META]: key } : args.meta;
  let reused = await provider.findReusable(meta, environment);
  if (reused && live && reused.id !== live.id && !sameRun(reused, meta) && reused.createdAt > 0 && reused.createdAt < live.createdAt) {
    logger.info(`${reused.id} has the same content but is older than production (${live.id}); deploying anew`);
    reused = void 0;
  }
  const previous = reused && live?.id === reused.id ? await provider.previousProduction(reused.id) : live;
  let uploadedFiles = 0;
  let uploadedBytes = 0;
  let deployment;
  if (reused) {
    logger.info(`reusing ${reused.id}: already ready with the same content (${CONTENT_KEY_META} ${key})`);
    deployment = reused;
    if (environment === "production" && !args.staged && live?.id !== reused.id)
      await provider.promote(reused.id, args.deadline);
  } else {
    const request = { environment, staged: args.staged, meta, deadline: args.deadline };
    const result = prepared ? await prepared.deploy(request) : await provider.deploy({ ...request, path: args.path, prebuilt: args.prebuilt });
    ({ deployment, uploadedFiles, uploadedBytes } = result);
  }
  if (args.alias) {
    logger.info(`pointing ${args.alias} at ${deployment.id}`);
    await provider.assignAlias(deployment.id, args.alias, args.deadline);
  }
  return { deployment, previous, reused: reused !== void 0, uploadedFiles, uploadedBytes };
}

export {
  refineDeployPath,
  deploySpec,
  runMeta,
  deployStep
};
