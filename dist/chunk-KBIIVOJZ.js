import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  require_promises as require_promises2
} from "./chunk-DTPFYEBS.js";
import {
  require_node_os
} from "./chunk-UQCJ7XO3.js";
import {
  require_node_crypto
} from "./chunk-RIBDMVJD.js";
import {
  consoleLogger,
  silentLogger
} from "./chunk-MN7KZA7R.js";
import {
  require_dist
} from "./chunk-TGSPGS3T.js";
import {
  require_ajv
} from "./chunk-V24XHRWZ.js";
import {
  require_promises
} from "./chunk-QNM66WSQ.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import {
  require_node_fs
} from "./chunk-5LQ3PGOO.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TTC2ININ.js";

// builtin:node:stream
var require_node_stream = __commonJS({
  "builtin:node:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:stream/promises
var require_promises3 = __commonJS({
  "builtin:node:stream/promises"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

// builtin:node:events
var require_node_events = __commonJS({
  "builtin:node:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

// builtin:node:http
var require_node_http = __commonJS({
  "builtin:node:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin:node:https
var require_node_https = __commonJS({
  "builtin:node:https"(exports, module) {
    module.exports = __require("node:https");
  }
});

// builtin:node:net
var require_node_net = __commonJS({
  "builtin:node:net"(exports, module) {
    module.exports = __require("node:net");
  }
});

// lib/sandbox/server.js
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// lib/sandbox/api/handler.js
var import_promises2 = __toESM(require_promises2(), 1);

// lib/sandbox/types.js
var TEAM_ID = "team_greenlight";
var TEAM_SLUG = "greenlight";
var USER_ID = "usr_greenlight";
var PROJECT_ID = "prj_greenlight";
var PROJECT_NAME = "greenlight-sandbox";
var PRODUCTION_DOMAIN = `${PROJECT_NAME}.vercel.app`;
var STAGING_DOMAIN = `staging.${PROJECT_NAME}.vercel.app`;
var STAGING_ENVIRONMENT_ID = "env_staging";

// lib/sandbox/api/http-io.js
var ApiError = class extends Error {
  status;
  code;
  extra;
  headers;
  constructor(status, code, message, extra = {}, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
    this.headers = headers;
  }
};
function reply(status, body, headers) {
  return { status, body, headers };
}
function errorBody(error) {
  return { error: { code: error.code, message: error.message, ...error.extra } };
}
function sendReply(res, result) {
  if (res.headersSent || res.destroyed)
    return;
  const headers = { ...result.headers };
  let payload;
  if (result.body !== void 0) {
    payload = JSON.stringify(result.body);
    headers["content-type"] = "application/json; charset=utf-8";
    headers["content-length"] = String(Buffer.byteLength(payload));
  } else {
    headers["content-length"] = "0";
  }
  res.writeHead(result.status, headers);
  res.end(payload);
}
var MAX_JSON_BYTES = 64 * 1024 * 1024;
async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_JSON_BYTES)
      throw new ApiError(413, "payload_too_large", "The JSON body is larger than 64 MiB");
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "")
    return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "bad_request", "Invalid JSON body");
  }
}
async function readJsonObject(req) {
  const body = await readJson(req);
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new ApiError(400, "bad_request", "The request body must be a JSON object");
  return body;
}
var Router = class {
  routes = [];
  add(spec, handler) {
    const [method = "", path = ""] = spec.split(" ");
    this.routes.push({ method, segments: split(path), handler });
    return this;
  }
  match(method, path) {
    const got = split(path);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== got.length)
        continue;
      const params = {};
      const ok = route.segments.every((segment, i) => {
        const value = got[i] ?? "";
        if (segment.startsWith(":")) {
          if (value === "")
            return false;
          try {
            params[segment.slice(1)] = decodeURIComponent(value);
          } catch {
            return false;
          }
          return true;
        }
        return segment === value;
      });
      if (ok)
        return { handler: route.handler, params };
    }
    return void 0;
  }
};
function split(path) {
  return path.replace(/^\/+|\/+$/g, "").split("/");
}

// lib/sandbox/api/account.js
var TEAM_NAME = "Greenlight Sandbox";
function getUser() {
  return reply(200, {
    user: {
      id: USER_ID,
      uid: USER_ID,
      email: "sandbox@greenlight.invalid",
      name: TEAM_NAME,
      username: "greenlight-user",
      avatar: null,
      defaultTeamId: TEAM_ID,
      createdAt: 0,
      softBlock: null,
      limited: false,
      billing: { plan: "pro", status: "active" }
    }
  });
}
function teamJson() {
  return {
    id: TEAM_ID,
    slug: TEAM_SLUG,
    name: TEAM_NAME,
    avatar: null,
    createdAt: 0,
    creatorId: USER_ID,
    membership: { uid: USER_ID, role: "OWNER", confirmed: true, createdAt: 0 },
    billing: { plan: "pro", status: "active" }
  };
}
function getTeam(_services, ctx) {
  const id = ctx.params.teamId;
  if (id !== TEAM_ID && id !== TEAM_SLUG)
    throw new ApiError(404, "not_found", `Team "${id ?? ""}" was not found`);
  return reply(200, teamJson());
}
function listTeams() {
  return reply(200, { teams: [teamJson()], pagination: { count: 1, next: null, prev: null } });
}

// lib/sandbox/views.js
function deploymentUrl(ctx, deployment) {
  return `${ctx.host}:${deployment.port}`;
}
function readySubstate(deployment) {
  if (deployment.target !== "production" || deployment.readyState !== "READY")
    return void 0;
  return deployment.promotedAt !== null ? "PROMOTED" : "STAGED";
}
function customEnvironmentJson() {
  return {
    id: STAGING_ENVIRONMENT_ID,
    slug: "staging",
    type: "preview",
    description: "Staging (sandbox)",
    branchMatcher: null,
    domains: [{ name: STAGING_DOMAIN, apexName: STAGING_DOMAIN, projectId: PROJECT_ID, verified: true }],
    createdAt: 0,
    updatedAt: 0
  };
}
function deploymentJson(ctx, deployment) {
  const failed = deployment.readyState === "ERROR";
  return {
    id: deployment.id,
    name: deployment.name,
    url: deploymentUrl(ctx, deployment),
    inspectorUrl: `${ctx.api}/v13/deployments/${deployment.id}`,
    version: 2,
    type: "LAMBDAS",
    public: false,
    plan: "pro",
    ownerId: TEAM_ID,
    team: { id: TEAM_ID, name: "Greenlight Sandbox", slug: TEAM_SLUG },
    creator: { uid: USER_ID, username: TEAM_SLUG },
    projectId: deployment.projectId,
    project: { id: deployment.projectId, name: PROJECT_NAME, framework: null },
    target: deployment.target,
    customEnvironment: deployment.customEnvironment ? customEnvironmentJson() : void 0,
    source: deployment.source,
    readyState: deployment.readyState,
    readySubstate: readySubstate(deployment),
    status: deployment.readyState,
    createdAt: deployment.createdAt,
    createdIn: "iad1",
    buildingAt: deployment.buildingAt ?? void 0,
    bootedAt: deployment.createdAt,
    ready: deployment.readyState === "READY" ? deployment.readyAt ?? void 0 : void 0,
    canceledAt: deployment.canceledAt ?? void 0,
    regions: ["iad1"],
    alias: ctx.store.aliasesOf(deployment.id).map((a) => a.alias),
    aliasAssigned: deployment.aliasAssignedAt !== null,
    aliasAssignedAt: deployment.aliasAssignedAt,
    aliasError: null,
    autoAssignCustomDomains: deployment.autoAssignCustomDomains,
    isInConcurrentBuildsQueue: false,
    meta: deployment.meta,
    gitSource: void 0,
    routes: null,
    ...deployment.projectSettings ? { projectSettings: deployment.projectSettings } : {},
    env: [],
    build: { env: [] },
    errorCode: failed ? deployment.errorCode ?? "BUILD_FAILED" : void 0,
    errorMessage: failed ? deployment.errorMessage ?? "The build failed." : void 0
  };
}
function deploymentListItem(ctx, deployment) {
  const live = ctx.store.production()?.id === deployment.id;
  return {
    uid: deployment.id,
    name: deployment.name,
    url: deploymentUrl(ctx, deployment),
    created: deployment.createdAt,
    createdAt: deployment.createdAt,
    buildingAt: deployment.buildingAt ?? void 0,
    ready: deployment.readyState === "READY" ? deployment.readyAt ?? void 0 : void 0,
    state: deployment.readyState,
    readyState: deployment.readyState,
    readySubstate: readySubstate(deployment),
    type: "LAMBDAS",
    creator: { uid: USER_ID, username: TEAM_SLUG },
    inspectorUrl: `${ctx.api}/v13/deployments/${deployment.id}`,
    meta: deployment.meta,
    target: deployment.target,
    projectId: deployment.projectId,
    source: deployment.source,
    aliasAssigned: deployment.aliasAssignedAt,
    aliasError: null,
    isRollbackCandidate: deployment.target === "production" && deployment.readyState === "READY" && deployment.promotedAt !== null && !live,
    customEnvironment: deployment.customEnvironment ? { id: STAGING_ENVIRONMENT_ID, slug: "staging" } : void 0
  };
}
function projectDeploymentJson(ctx, deployment) {
  return {
    id: deployment.id,
    name: deployment.name,
    url: deploymentUrl(ctx, deployment),
    alias: ctx.store.aliasesOf(deployment.id).map((a) => a.alias),
    aliasAssigned: deployment.aliasAssignedAt,
    aliasError: null,
    createdAt: deployment.createdAt,
    createdIn: "iad1",
    creator: { uid: USER_ID, username: TEAM_SLUG },
    deploymentHostname: deploymentUrl(ctx, deployment),
    readyState: deployment.readyState,
    readySubstate: readySubstate(deployment),
    target: deployment.target,
    type: "LAMBDAS",
    meta: deployment.meta,
    userId: USER_ID,
    plan: "pro",
    previewCommentsEnabled: false
  };
}
function projectJson(ctx) {
  const { state } = ctx.store;
  const production = ctx.store.production();
  return {
    id: PROJECT_ID,
    name: PROJECT_NAME,
    accountId: TEAM_ID,
    createdAt: state.project.createdAt,
    updatedAt: state.project.updatedAt,
    framework: null,
    nodeVersion: "22.x",
    live: false,
    autoAssignCustomDomains: state.project.autoAssignCustomDomains,
    autoExposeSystemEnvs: true,
    buildCommand: null,
    devCommand: null,
    installCommand: null,
    outputDirectory: null,
    rootDirectory: null,
    directoryListing: false,
    serverlessFunctionRegion: "iad1",
    sourceFilesOutsideRootDirectory: true,
    env: [],
    rollingRelease: null,
    lastRollbackTarget: null,
    lastAliasRequest: state.lastAliasRequest,
    latestDeployments: ctx.store.newestFirst().slice(0, 5).map((d) => projectDeploymentJson(ctx, d)),
    targets: production ? { production: projectDeploymentJson(ctx, production) } : {}
  };
}

// lib/sandbox/api/aliases.js
function timestampParam(query, name) {
  const raw = query.get(name);
  if (raw === null || raw === "")
    return void 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ApiError(400, "bad_request", `Query parameter \`${name}\` must be a timestamp in milliseconds`);
  return value;
}
function listAllAliases(services, ctx) {
  const { query } = ctx;
  const limit = Number(query.get("limit") ?? "20");
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ApiError(400, "bad_request", "Query parameter `limit` must be an integer from 1 to 100");
  const until = timestampParam(query, "until");
  const since = timestampParam(query, "since") ?? timestampParam(query, "from");
  const domains = query.getAll("domain").flatMap((value) => value.split(",")).map((name) => name.trim().toLowerCase()).filter(Boolean);
  const projectId = query.get("projectId");
  const projectMatches = projectId === null || projectId === PROJECT_ID || projectId === PROJECT_NAME;
  const matching = services.store.state.aliases.map((alias, index) => ({ alias, index })).sort((left, right) => right.alias.createdAt - left.alias.createdAt || right.index - left.index).map(({ alias }) => alias).filter((alias) => projectMatches && (domains.length === 0 || domains.includes(alias.alias)) && (until === void 0 || alias.createdAt < until) && (since === void 0 || alias.createdAt > since));
  const page = matching.slice(0, limit).map((alias) => {
    const deployment = services.store.deployment(alias.deploymentId);
    return {
      uid: alias.uid,
      alias: alias.alias,
      created: new Date(alias.createdAt).toISOString(),
      createdAt: alias.createdAt,
      updatedAt: alias.createdAt,
      deploymentId: alias.deploymentId,
      deployment: deployment ? { id: deployment.id, url: deploymentUrl(services.view, deployment), meta: deployment.meta } : null,
      projectId: PROJECT_ID,
      redirect: null,
      redirectStatusCode: null,
      creator: { uid: USER_ID, email: "sandbox@greenlight.invalid", username: TEAM_SLUG }
    };
  });
  const more = matching.length > limit;
  return reply(200, {
    aliases: page,
    pagination: {
      count: page.length,
      next: more ? page.at(-1)?.createdAt ?? null : null,
      prev: page[0]?.createdAt ?? null
    }
  });
}

// lib/sandbox/services.js
function findDeployment(services, idOrUrl) {
  const { store } = services;
  const byId = store.deployment(idOrUrl);
  if (byId)
    return byId;
  const host = idOrUrl.trim().replace(/^[a-z]+:\/\//i, "").replace(/[/?#].*$/, "").toLowerCase();
  const port = /:(\d+)$/.exec(host)?.[1];
  if (port !== void 0) {
    const portNumber = Number(port);
    if (portNumber === services.domainPorts.production)
      return store.production();
    if (portNumber === services.domainPorts.staging)
      return store.staging();
    return store.state.deployments.find((d) => d.port === portNumber);
  }
  if (host === PRODUCTION_DOMAIN)
    return store.production();
  if (host === STAGING_DOMAIN)
    return store.staging();
  const alias = store.alias(host);
  return alias ? store.deployment(alias.deploymentId) : void 0;
}

// lib/sandbox/api/deployments.js
function requireDeployment(services, idOrUrl) {
  const deployment = idOrUrl === void 0 ? void 0 : findDeployment(services, idOrUrl);
  if (!deployment)
    throw new ApiError(404, "not_found", `The deployment "${idOrUrl ?? ""}" could not be found`);
  return deployment;
}
function getDeployment(services, ctx) {
  return reply(200, deploymentJson(services.view, requireDeployment(services, ctx.params.idOrUrl)));
}
function cancelDeployment(services, ctx) {
  const deployment = requireDeployment(services, ctx.params.id);
  if (!services.lifecycle.cancel(deployment))
    throw new ApiError(400, "deployment_not_cancelable", `The deployment ${deployment.id} is ${deployment.readyState} and can no longer be canceled`);
  return reply(200, deploymentJson(services.view, deployment));
}
function intParam(query, name, min, max) {
  const raw = query.get(name);
  if (raw === null || raw === "")
    return void 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ApiError(400, "bad_request", `Query parameter \`${name}\` must be an integer from ${min} to ${max}`);
  return value;
}
function listDeployments(services, ctx) {
  const query = ctx.query;
  const limit = intParam(query, "limit", 1, 100) ?? 20;
  const until = intParam(query, "until", 0, Number.MAX_SAFE_INTEGER);
  const since = intParam(query, "since", 0, Number.MAX_SAFE_INTEGER);
  const projectId = query.get("projectId") ?? query.get("app");
  const target = query.get("target");
  const states = query.get("state")?.split(",").map((s) => s.trim().toUpperCase()).filter(Boolean);
  const meta = [...query.entries()].filter(([k]) => k.startsWith("meta-")).map(([k, v]) => [k.slice(5), v]);
  const rollbackCandidate = query.get("rollbackCandidate") === "true";
  const matching = services.store.newestFirst().filter((d) => {
    if (projectId && projectId !== PROJECT_ID && projectId !== PROJECT_NAME)
      return false;
    if (target === "production" && d.target !== "production")
      return false;
    if (target === "preview" && d.target !== null)
      return false;
    if (states && states.length > 0 && !states.includes(d.readyState))
      return false;
    if (until !== void 0 && d.createdAt >= until)
      return false;
    if (since !== void 0 && d.createdAt <= since)
      return false;
    if (meta.some(([k, v]) => d.meta[k] !== v))
      return false;
    return true;
  });
  const items = matching.map((d) => deploymentListItem(services.view, d));
  const filtered = rollbackCandidate ? items.filter((i) => i.isRollbackCandidate === true) : items;
  const page = filtered.slice(0, limit);
  const more = filtered.length > limit;
  return reply(200, {
    deployments: page,
    pagination: {
      count: page.length,
      next: more ? page.at(-1)?.created ?? null : null,
      prev: page[0]?.created ?? null
    }
  });
}
async function assignAlias(services, ctx) {
  const deployment = requireDeployment(services, ctx.params.id);
  const body = await readJsonObject(ctx.req);
  const alias = typeof body.alias === "string" ? body.alias.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, "") : "";
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?$/.test(alias))
    throw new ApiError(400, "invalid_alias", "The `alias` must be a host name such as staging.example.com");
  if (deployment.readyState !== "READY")
    throw new ApiError(400, "deployment_not_ready", `The deployment ${deployment.id} is ${deployment.readyState}; only READY deployments can be aliased`);
  const now = Date.now();
  const { record, oldDeploymentId } = services.store.setAlias(alias, deployment.id, now);
  if (alias === PRODUCTION_DOMAIN)
    services.lifecycle.goLive(deployment, now);
  deployment.aliasAssignedAt ??= now;
  services.store.save();
  services.lifecycle.emit("change", deployment.id);
  return reply(200, {
    uid: record.uid,
    alias: record.alias,
    created: new Date(now).toISOString(),
    oldDeploymentId
  });
}
function listAliases(services, ctx) {
  const deployment = requireDeployment(services, ctx.params.id);
  const aliases = services.store.aliasesOf(deployment.id).map((a) => ({
    uid: a.uid,
    alias: a.alias,
    created: new Date(a.createdAt).toISOString(),
    redirect: null
  }));
  return reply(200, { aliases });
}
function removeDeployment(services, ctx) {
  const url = ctx.query.get("url");
  const deployment = requireDeployment(services, url !== null && url !== "" ? url : ctx.params.id);
  if (services.store.production()?.id === deployment.id)
    throw new ApiError(400, "deployment_is_production", `The deployment ${deployment.id} is the current production deployment of ${PROJECT_NAME} and cannot be removed; promote or roll back to another deployment first`);
  services.lifecycle.cancel(deployment);
  services.store.removeDeployment(deployment.id);
  services.store.save();
  services.lifecycle.emit("change", deployment.id);
  return reply(200, { uid: deployment.id, state: "DELETED" });
}

// lib/sandbox/api/builds.js
var BUILD_OUTPUT = ".vercel/output/";
var STATIC_DIR = `${BUILD_OUTPUT}static/`;
function listBuilds(services, ctx) {
  const deployment = requireDeployment(services, ctx.params.id);
  const buildOutput = Object.hasOwn(deployment.files, `${BUILD_OUTPUT}config.json`);
  const output = Object.entries(deployment.files).filter(([path]) => !buildOutput || path.startsWith(STATIC_DIR)).map(([path, file]) => ({
    type: "file",
    path: buildOutput ? path.slice(STATIC_DIR.length) : path,
    size: file.size,
    digest: file.sha,
    mode: file.mode
  })).sort((left, right) => left.path.localeCompare(right.path));
  const finished = deployment.readyState === "READY" || deployment.readyState === "ERROR";
  return reply(200, {
    builds: [
      {
        id: `bld_${deployment.id.replace(/^dpl_/, "")}`,
        deploymentId: deployment.id,
        entrypoint: buildOutput ? ".vercel/output" : ".",
        readyState: deployment.readyState,
        createdAt: deployment.buildingAt ?? deployment.createdAt,
        readyStateAt: finished ? deployment.readyAt ?? void 0 : void 0,
        output
      }
    ]
  });
}

// lib/sandbox/api/control.js
async function addFault(services, ctx) {
  const body = await readJson(ctx.req);
  const fault = services.faults.add(body);
  if (fault.kind === "build" && fault.deployment !== null) {
    const deployment = requireOrForget(services, fault.id, fault.deployment);
    fault.deployment = deployment.id;
    if (!services.lifecycle.applyBuildFault(deployment, fault.build, fault.message)) {
      services.faults.remove(fault.id);
      throw new ApiError(409, "deployment_finished", `Deployment ${deployment.id} is already ${deployment.readyState}; a build fault needs a QUEUED or BUILDING deployment (or use "nextDeployment")`);
    }
  }
  if (fault.kind === "serve")
    fault.deployment = requireOrForget(services, fault.id, fault.deployment).id;
  const listed = services.faults.list().find((f) => f.id === fault.id);
  return reply(201, listed ?? { id: fault.id });
}
function requireOrForget(services, faultId, deploymentId) {
  try {
    return requireDeployment(services, deploymentId);
  } catch (error) {
    services.faults.remove(faultId);
    throw error;
  }
}
function listFaults(services) {
  return reply(200, { faults: services.faults.list() });
}
function clearFaults(services) {
  return reply(200, { cleared: services.faults.clear() });
}
function removeFault(services, ctx) {
  if (!services.faults.remove(ctx.params.id ?? ""))
    throw new ApiError(404, "not_found", `Fault "${ctx.params.id ?? ""}" was not found`);
  return reply(200, { removed: ctx.params.id });
}
function listRequests(services) {
  return reply(200, { requests: services.requests.list() });
}
function clearRequests(services) {
  return reply(200, { cleared: services.requests.clear() });
}

// lib/sandbox/blobs.js
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);
var import_promises = __toESM(require_promises3(), 1);

// lib/sandbox/atomic-file.js
var import_node_fs = __toESM(require_node_fs(), 1);

// lib/sandbox/ids.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
function randomId(length) {
  const bytes = (0, import_node_crypto.randomBytes)(length);
  let out = "";
  for (const byte of bytes)
    out += ALPHABET[byte % ALPHABET.length];
  return out;
}
function newId(prefix) {
  return `${prefix}_${randomId(24)}`;
}

// lib/sandbox/atomic-file.js
function writeFileAtomic(path, data) {
  const temp = `${path}.tmp-${randomId(8)}`;
  (0, import_node_fs.writeFileSync)(temp, data);
  (0, import_node_fs.renameSync)(temp, path);
}

// lib/sandbox/blobs.js
var SHA1_HEX = /^[0-9a-f]{40}$/;
var BlobMismatchError = class extends Error {
  code;
  constructor(code, message) {
    super(message);
    this.code = code;
  }
};
var BlobStore = class {
  dir;
  known = /* @__PURE__ */ new Set();
  /** `dir` is created when missing; blobs already in it are known at once. */
  constructor(dir) {
    this.dir = dir;
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true });
    for (const name of (0, import_node_fs2.readdirSync)(dir))
      if (SHA1_HEX.test(name))
        this.known.add(name);
  }
  static isSha1(value) {
    return SHA1_HEX.test(value);
  }
  has(sha) {
    return this.known.has(sha);
  }
  /** The bytes of a stored blob; throws when it is missing. */
  read(sha) {
    return (0, import_node_fs2.readFileSync)((0, import_node_path.join)(this.dir, sha));
  }
  /** Stores `data` under its own SHA-1 and returns that digest. */
  putBuffer(data) {
    const sha = (0, import_node_crypto2.createHash)("sha1").update(data).digest("hex");
    if (!this.known.has(sha)) {
      writeFileAtomic((0, import_node_path.join)(this.dir, sha), data);
      this.known.add(sha);
    }
    return sha;
  }
  /**
   * Streams `body` into the store, checking that its SHA-1 is `expectedSha` and, when given, its
   * length is `expectedSize` bytes. Throws {@link BlobMismatchError} (nothing is kept) otherwise.
   * Returns the number of bytes received.
   */
  async putStream(body, expectedSha, expectedSize) {
    const temp = (0, import_node_path.join)(this.dir, `.tmp-${randomId(12)}`);
    const hash = (0, import_node_crypto2.createHash)("sha1");
    let size = 0;
    const counter = new import_node_stream.Transform({
      transform(chunk, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      }
    });
    try {
      await (0, import_promises.pipeline)(body, counter, (0, import_node_fs2.createWriteStream)(temp));
      const actual = hash.digest("hex");
      if (expectedSize !== void 0 && size !== expectedSize) {
        throw new BlobMismatchError("size_mismatch", `The body has ${size} bytes but the declared size is ${expectedSize}`);
      }
      if (actual !== expectedSha) {
        throw new BlobMismatchError("digest_mismatch", `The SHA-1 of the body is ${actual}, not the declared digest ${expectedSha}`);
      }
      (0, import_node_fs2.renameSync)(temp, (0, import_node_path.join)(this.dir, expectedSha));
      this.known.add(expectedSha);
      return size;
    } finally {
      if ((0, import_node_fs2.existsSync)(temp))
        (0, import_node_fs2.rmSync)(temp, { force: true });
    }
  }
};

// lib/sandbox/site.js
var import_routing_utils = __toESM(require_dist(), 1);
var import_ajv = __toESM(require_ajv(), 1);

// lib/sandbox/build-output-config.js
var PHASES = /* @__PURE__ */ new Set(["filesystem", "miss", "rewrite", "hit", "error", "resource"]);
function parseBuildOutputConfig(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`.vercel/output/config.json is not valid JSON: ${error.message}`, {
      cause: error
    });
  }
  if (typeof json !== "object" || json === null)
    throw new Error(".vercel/output/config.json must be an object");
  const config = json;
  if (config.version !== 3)
    throw new Error('.vercel/output/config.json must have "version": 3');
  const rawRoutes = config.routes ?? [];
  if (!Array.isArray(rawRoutes))
    throw new Error('.vercel/output/config.json "routes" must be an array');
  const routes2 = compileRoutes(rawRoutes);
  const overrides = {};
  if (typeof config.overrides === "object" && config.overrides !== null) {
    for (const [file, o] of Object.entries(config.overrides)) {
      if (typeof o !== "object" || o === null)
        continue;
      const { path, contentType } = o;
      overrides[file] = {
        path: typeof path === "string" ? path : void 0,
        contentType: typeof contentType === "string" ? contentType : void 0
      };
    }
  }
  return { routes: routes2, overrides };
}
function compileRoutes(raw) {
  return raw.map((route, index) => compileRoute(route, index));
}
function compileRoute(raw, index) {
  if (typeof raw !== "object" || raw === null)
    throw new Error(`routes[${index}] must be an object`);
  const fields = raw;
  if (fields.handle !== void 0) {
    if (typeof fields.handle !== "string" || !PHASES.has(fields.handle))
      throw new Error(`routes[${index}].handle "${String(fields.handle)}" is unknown`);
    return { kind: "handle", handle: fields.handle };
  }
  if (typeof fields.src !== "string")
    throw new Error(`routes[${index}] needs "src" or "handle"`);
  const headers = typeof fields.headers === "object" && fields.headers !== null ? Object.fromEntries(Object.entries(fields.headers).map(([k, v]) => [k, String(v)])) : void 0;
  return {
    kind: "source",
    src: compilePattern(fields.src, fields.caseSensitive === true, `routes[${index}].src`),
    dest: typeof fields.dest === "string" ? fields.dest : void 0,
    headers,
    methods: Array.isArray(fields.methods) ? fields.methods.map((m) => String(m).toUpperCase()) : void 0,
    continue: fields.continue === true,
    check: fields.check === true,
    status: typeof fields.status === "number" ? fields.status : void 0,
    has: conditions(fields.has, `routes[${index}].has`),
    missing: conditions(fields.missing, `routes[${index}].missing`)
  };
}
function compilePattern(src, caseSensitive, where) {
  let pattern = src.replace(/\(\?P<([A-Za-z_]\w*)>/g, "(?<$1>");
  if (!pattern.startsWith("^"))
    pattern = `^${pattern}`;
  if (!pattern.endsWith("$"))
    pattern = `${pattern}$`;
  try {
    return new RegExp(pattern, caseSensitive ? "" : "i");
  } catch (error) {
    throw new Error(`${where} is not a valid pattern: ${error.message}`, { cause: error });
  }
}
function conditions(raw, where) {
  if (!Array.isArray(raw))
    return [];
  return raw.map((c, i) => {
    const { type, key, value } = c ?? {};
    if (type !== "header" && type !== "cookie" && type !== "query" && type !== "host")
      throw new Error(`${where}[${i}].type must be header, cookie, query or host`);
    return {
      type,
      key: typeof key === "string" ? key : void 0,
      value: typeof value === "string" ? compilePattern(value, type !== "host", `${where}[${i}].value`) : void 0
    };
  });
}

// lib/sandbox/site.js
var OUTPUT = ".vercel/output/";
var STATIC = `${OUTPUT}static/`;
var HTML = /\.html$/;
var ROUTING_PROPERTIES = [
  "cleanUrls",
  "trailingSlash",
  "redirects",
  "rewrites",
  "headers",
  "routes"
];
var CONFIG_FILES = /* @__PURE__ */ new Set(["vercel.json", "now.json"]);
function buildSite(deployment, blobs) {
  const config = deployment.files[`${OUTPUT}config.json`];
  if (!config)
    return plainSite(deployment, blobs);
  const files = /* @__PURE__ */ new Map();
  for (const [path, f] of Object.entries(deployment.files)) {
    if (path.startsWith(STATIC))
      files.set(path.slice(STATIC.length), { path: path.slice(STATIC.length), sha: f.sha });
  }
  try {
    const parsed = parseBuildOutputConfig(blobs.read(config.sha).toString("utf8"));
    for (const [from, override] of Object.entries(parsed.overrides)) {
      const file = files.get(from);
      if (!file)
        continue;
      const to = (override.path ?? from).replace(/^\/+/, "");
      files.delete(from);
      files.set(to, { path: from, sha: file.sha, contentType: override.contentType ?? file.contentType });
    }
    return { kind: "build-output", files, routes: parsed.routes };
  } catch (error) {
    return { kind: "build-output", files, routes: [], configError: error.message };
  }
}
function routingConfigOf(deployment, blobs) {
  return {
    ...pick(uploadedVercelJson(deployment, blobs), ROUTING_PROPERTIES),
    ...deployment.routing ?? {}
  };
}
function uploadedVercelJson(deployment, blobs) {
  const uploaded = deployment.files["vercel.json"];
  if (!uploaded)
    return {};
  let json;
  try {
    json = JSON.parse(blobs.read(uploaded.sha).toString("utf8"));
  } catch (error) {
    throw new Error(`vercel.json is not valid JSON: ${error.message}`, { cause: error });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new Error("vercel.json must hold a JSON object");
  return json;
}
function pick(object, keys) {
  return Object.fromEntries(keys.filter((key) => object[key] !== void 0).map((key) => [key, object[key]]));
}
var BUILD_PROPERTIES = ["buildCommand", "installCommand", "framework", "outputDirectory", "builds"];
function buildSettingsOf(deployment, blobs) {
  let file = {};
  try {
    file = uploadedVercelJson(deployment, blobs);
  } catch {
  }
  return { ...deployment.projectSettings ?? {}, ...pick(file, BUILD_PROPERTIES) };
}
function servedRootOf(files, settings) {
  const output = settings.outputDirectory;
  if (output === "")
    return "";
  const used = `${typeof output === "string" && output !== "" ? output.replace(/^\.?\/+|\/+$/g, "") : "public"}/`;
  for (const path of files)
    if (path.startsWith(used))
      return used;
  return "";
}
var ROUTING_SCHEMAS = {
  cleanUrls: import_routing_utils.cleanUrlsSchema,
  trailingSlash: import_routing_utils.trailingSlashSchema,
  redirects: import_routing_utils.redirectsSchema,
  rewrites: import_routing_utils.rewritesSchema,
  headers: import_routing_utils.headersSchema,
  routes: import_routing_utils.routesSchema
};
var routingValidators = /* @__PURE__ */ new Map();
function routingSchemaError(config) {
  const present = Object.keys(ROUTING_SCHEMAS).filter((key) => config[key] !== void 0);
  if (present.length === 0)
    return void 0;
  const cacheKey = present.join(",");
  let validate2 = routingValidators.get(cacheKey);
  if (!validate2) {
    validate2 = new import_ajv.Ajv({ strict: false, code: { optimize: false } }).compile({
      type: "object",
      properties: Object.fromEntries(present.map((key) => [key, ROUTING_SCHEMAS[key]]))
    });
    routingValidators.set(cacheKey, validate2);
  }
  if (validate2(config))
    return void 0;
  const issue = validate2.errors?.[0];
  const where = (issue?.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
  return `${where || "routing"}: ${issue?.message ?? "invalid"}`;
}
function routesOfConfig(config) {
  const schemaError = routingSchemaError(config);
  if (schemaError !== void 0)
    throw new Error(schemaError);
  const mixed = ROUTING_PROPERTIES.filter((key) => key !== "routes" && config[key] !== void 0);
  if (config.routes !== void 0 && mixed.length > 0)
    throw new Error(`routes cannot be used together with ${mixed.join(", ")}`);
  const transformed = (0, import_routing_utils.getTransformedRoutes)(config);
  if (transformed.error)
    throw new Error(transformed.error.message.replace(/\s+/g, " ").trim());
  return compileRoutes(transformed.routes ?? []);
}
function plainSite(deployment, blobs) {
  const files = /* @__PURE__ */ new Map();
  let config = {};
  let configError;
  let routes2 = [];
  try {
    config = routingConfigOf(deployment, blobs);
    routes2 = routesOfConfig(config);
  } catch (error) {
    configError = error.message;
  }
  const cleanUrls = config.cleanUrls === true;
  const root = servedRootOf(Object.keys(deployment.files), buildSettingsOf(deployment, blobs));
  for (const [uploaded, f] of Object.entries(deployment.files)) {
    if (CONFIG_FILES.has(uploaded) || !uploaded.startsWith(root))
      continue;
    const path = uploaded.slice(root.length);
    const served = cleanUrls && HTML.test(path) ? path.replace(HTML, "") : path;
    files.set(served, {
      path,
      sha: f.sha,
      ...served !== path ? { contentType: "text/html; charset=utf-8" } : {}
    });
  }
  return { kind: "static", files, routes: routes2, ...configError !== void 0 ? { configError } : {} };
}
function outputLookup(site, pathname, rewritten = false) {
  const relative = pathname.replace(/^\/+/, "");
  const bare = relative.replace(/\/+$/, "");
  const directory = bare === "" ? "" : `${bare}/`;
  const candidates = relative.endsWith("/") || relative === "" ? [] : [relative];
  candidates.push(`${directory}index.html`, `${directory}index`);
  for (const candidate of candidates) {
    const file = site.files.get(candidate);
    if (file)
      return file;
  }
  if (rewritten && HTML.test(relative)) {
    const renamed = site.files.get(relative.replace(HTML, ""));
    if (renamed?.path === relative)
      return renamed;
  }
  return void 0;
}

// lib/sandbox/api/create-deployment.js
var REGULAR_FILE_MODE = 33188;
function bad(message) {
  throw new ApiError(400, "bad_request", message);
}
async function createDeployment(services, ctx) {
  const body = await readJsonObject(ctx.req);
  const project = body.project;
  if (project !== void 0 && project !== PROJECT_ID && project !== PROJECT_NAME)
    throw new ApiError(404, "not_found", `Project "${String(project)}" was not found (the sandbox hosts only ${PROJECT_NAME} / ${PROJECT_ID})`);
  if (body.name !== void 0 && typeof body.name !== "string")
    bad("`name` must be a string");
  const source = body.deploymentId === void 0 ? void 0 : redeploySource(services, body.deploymentId);
  const name = body.name ?? source?.name ?? (project !== void 0 ? PROJECT_NAME : void 0);
  if (!name)
    bad("Missing required property `name`");
  const { target, customEnvironment } = parseTarget(body.target, body.customEnvironmentSlugOrId);
  if (body.autoAssignCustomDomains !== void 0 && typeof body.autoAssignCustomDomains !== "boolean")
    bad("`autoAssignCustomDomains` must be a boolean");
  const meta = parseMeta(body.meta);
  let files;
  if (source && body.files === void 0) {
    files = { ...source.files };
  } else {
    files = collectFiles(services.blobs, body.files);
  }
  const prebuilt = ctx.query.get("prebuilt") === "1" || (source?.prebuilt ?? false);
  const routing = parseRouting(body, source);
  if (!files[".vercel/output/config.json"])
    checkRouting(services, { files, routing });
  const projectSettings = isObject(body.projectSettings) ? body.projectSettings : source?.projectSettings;
  const unbuilt = prebuilt ? void 0 : wouldBuild(services, files, buildSettingsOf({ files, projectSettings }, services.blobs));
  const fault = unbuilt ? { build: "error", message: unbuilt } : services.faults.takeNextBuild();
  const id = newId("dpl");
  const port = await services.origins.bind({ kind: "deployment", deploymentId: id });
  const record = {
    id,
    name,
    projectId: PROJECT_ID,
    target,
    customEnvironment,
    autoAssignCustomDomains: body.autoAssignCustomDomains !== false,
    meta,
    gitMetadata: body.gitMetadata ?? null,
    source: typeof body.source === "string" ? body.source : "api",
    files,
    prebuilt,
    port,
    createdAt: Date.now(),
    buildingAt: null,
    readyAt: null,
    canceledAt: null,
    readyState: "QUEUED",
    errorCode: null,
    errorMessage: fault?.build === "error" ? fault.message ?? null : null,
    buildFault: fault?.build ?? null,
    aliasAssignedAt: null,
    promotedAt: null,
    ...routing ? { routing } : {},
    ...projectSettings ? { projectSettings } : {}
  };
  services.store.addDeployment(record);
  services.store.save();
  services.lifecycle.startBuild(record);
  services.logger.debug(`sandbox: created ${id} (${target ?? "preview"}, ${Object.keys(files).length} files)`);
  return reply(200, deploymentJson(services.view, record));
}
function parseRouting(body, source) {
  const routing = {};
  for (const key of ROUTING_PROPERTIES)
    if (body[key] !== void 0)
      routing[key] = body[key];
  if (Object.keys(routing).length > 0)
    return routing;
  return source?.routing;
}
function checkRouting(services, deployment) {
  try {
    routesOfConfig(routingConfigOf(deployment, services.blobs));
  } catch (error) {
    throw new ApiError(400, "invalid_vercel_config", error.message);
  }
}
function wouldBuild(services, files, settings) {
  const advice = 'The sandbox does not build. Deploy the build output with projectSettings {buildCommand: ""} (what Greenlight\'s deploy sends for a directory without package.json), or a `vercel build` tree with prebuilt.';
  if (Array.isArray(settings.builds) && settings.builds.length > 0)
    return `Vercel would run the "builds" of this upload's vercel.json. ${advice}`;
  if (settings.buildCommand === "" || settings.outputDirectory === "")
    return void 0;
  if (typeof settings.buildCommand === "string")
    return `Vercel would run the build command "${settings.buildCommand}" on this upload. ${advice}`;
  if (typeof settings.framework === "string" && settings.framework !== "")
    return `Vercel would build this upload with the ${settings.framework} framework preset. ${advice}`;
  const manifest = files["package.json"];
  if (!manifest)
    return void 0;
  let scripts;
  try {
    scripts = JSON.parse(services.blobs.read(manifest.sha).toString("utf8")).scripts;
  } catch {
    return `Vercel cannot read this upload's package.json. ${advice}`;
  }
  if (typeof scripts?.build === "string")
    return `Vercel would run this upload's package.json "build" script. ${advice}`;
  return `Vercel refuses a package.json without a "build" script (missing_build_script). ${advice}`;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function redeploySource(services, deploymentId) {
  if (typeof deploymentId !== "string")
    bad("`deploymentId` must be a string");
  const found = findDeployment(services, deploymentId);
  if (!found)
    throw new ApiError(404, "not_found", `Deployment "${deploymentId}" was not found`);
  return found;
}
function parseTarget(target, environment) {
  let slug = environment;
  if (target === "production") {
    if (environment !== void 0 && environment !== null)
      bad("`customEnvironmentSlugOrId` cannot be used with target production");
    return { target: "production", customEnvironment: null };
  }
  if (target !== void 0 && target !== null && target !== "preview") {
    if (typeof target !== "string")
      bad('`target` must be "production", "preview" or a custom environment');
    slug ??= target;
  }
  if (slug === void 0 || slug === null || slug === "preview")
    return { target: null, customEnvironment: null };
  if (slug === "staging" || slug === STAGING_ENVIRONMENT_ID)
    return { target: null, customEnvironment: "staging" };
  throw new ApiError(404, "custom_environment_not_found", `Custom environment "${String(slug)}" was not found (the sandbox has only "staging")`);
}
function parseMeta(meta) {
  if (meta === void 0 || meta === null)
    return {};
  if (typeof meta !== "object" || Array.isArray(meta))
    bad("`meta` must be an object of strings");
  const out = {};
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value !== "string")
      bad(`\`meta.${key}\` must be a string`);
    out[key] = value;
  }
  return out;
}
function collectFiles(blobs, list) {
  if (!Array.isArray(list))
    bad("Missing required property `files` (an array)");
  const files = {};
  const missing = /* @__PURE__ */ new Set();
  for (const [i, raw] of list.entries()) {
    if (typeof raw !== "object" || raw === null)
      bad(`\`files[${i}]\` must be an object`);
    const entry = raw;
    const path = normalizePath(entry.file, i);
    const mode = typeof entry.mode === "number" ? entry.mode : REGULAR_FILE_MODE;
    if (entry.data !== void 0) {
      if (typeof entry.data !== "string")
        bad(`\`files[${i}].data\` must be a string`);
      const encoding = entry.encoding ?? "utf-8";
      if (encoding !== "base64" && encoding !== "utf-8")
        bad(`\`files[${i}].encoding\` must be "base64" or "utf-8"`);
      const data = Buffer.from(entry.data, encoding === "base64" ? "base64" : "utf8");
      files[path] = { sha: blobs.putBuffer(data), size: data.length, mode };
    } else if (entry.sha !== void 0) {
      if (typeof entry.sha !== "string" || !BlobStore.isSha1(entry.sha))
        bad(`\`files[${i}].sha\` must be a SHA-1 hex digest`);
      if (!blobs.has(entry.sha))
        missing.add(entry.sha);
      files[path] = { sha: entry.sha, size: typeof entry.size === "number" ? entry.size : 0, mode };
    }
  }
  if (missing.size > 0)
    throw new ApiError(400, "missing_files", "Missing files", { missing: [...missing] });
  return files;
}
function normalizePath(file, index) {
  if (typeof file !== "string" || file === "")
    bad(`\`files[${index}].file\` must be a non-empty path`);
  const path = file.replace(/\\/g, "/").replace(/^\.\//, "");
  const segments = path.split("/");
  if (path.startsWith("/") || segments.some((s) => s === ".." || s === ""))
    bad(`\`files[${index}].file\` must be a relative path without ".." (got "${file}")`);
  return path;
}

// lib/sandbox/api/domains.js
var VERCEL_NAMESERVERS = ["ns1.vercel-dns.com", "ns2.vercel-dns.com"];
function listDomains(services, ctx) {
  const { query } = ctx;
  const limit = Number(query.get("limit") ?? "20");
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ApiError(400, "bad_request", "Query parameter `limit` must be an integer from 1 to 100");
  const createdAt = services.store.state.project.createdAt;
  const until = query.get("until");
  const since = query.get("since");
  const inRange = (until === null || createdAt < Number(until)) && (since === null || createdAt > Number(since));
  const named = [
    { id: "dom_production", name: PRODUCTION_DOMAIN },
    { id: "dom_staging", name: STAGING_DOMAIN }
  ];
  const domains = (inRange ? named : []).slice(0, limit).map(({ id, name }) => ({
    id,
    name,
    serviceType: "zeit.world",
    verified: true,
    nameservers: VERCEL_NAMESERVERS,
    intendedNameservers: VERCEL_NAMESERVERS,
    customNameservers: [],
    creator: { id: USER_ID, username: TEAM_SLUG, email: "sandbox@greenlight.invalid" },
    teamId: TEAM_ID,
    userId: USER_ID,
    createdAt,
    boughtAt: null,
    expiresAt: null,
    transferredAt: null,
    transferStartedAt: null,
    orderedAt: null,
    renew: false
  }));
  return reply(200, {
    domains,
    pagination: { count: domains.length, next: null, prev: domains.length > 0 ? createdAt : null }
  });
}

// lib/sandbox/api/edge-config.js
var import_node_crypto3 = __toESM(require_node_crypto(), 1);
var ID = /^ecfg_[A-Za-z0-9]+$/;
var KEY = /^[\w-]+$/;
var MAX_KEY_LENGTH = 256;
var MAX_DESCRIPTION_LENGTH = 512;
var SANDBOX_EDGE_CONFIG_MAX_BYTES = 524288;
var READ_PATH = /^\/ecfg_[^/]*\/(?:item\/[^/]+|items|digest)\/?$/;
function requireConfig(services, id) {
  if (!id || !ID.test(id))
    throw new ApiError(404, "not_found", `Edge Config "${id ?? ""}" was not found (ids look like ecfg_\u2026)`);
  services.store.state.edgeConfigs[id] ??= {};
  return services.store.state.edgeConfigs[id];
}
function itemJson(id, item) {
  return { ...item, edgeConfigId: id };
}
function bad2(message) {
  throw new ApiError(400, "bad_request", message);
}
function valuesOf(items) {
  return Object.fromEntries(Object.values(items).map((item) => [item.key, item.value]));
}
function sizeInBytes(items) {
  return Buffer.byteLength(JSON.stringify(valuesOf(items)));
}
function digestOf(items) {
  const entries = Object.keys(items).sort().map((key) => [key, items[key]?.value]);
  return (0, import_node_crypto3.createHash)("sha1").update(JSON.stringify(entries)).digest("hex").slice(0, 16);
}
function checkOperation(raw, index) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    bad2(`\`items[${index}]\` must be an object`);
  const { operation, key, value, description } = raw;
  if (operation !== "create" && operation !== "update" && operation !== "upsert" && operation !== "delete")
    bad2(`\`items[${index}].operation\` must be "create", "update", "upsert" or "delete"`);
  if (typeof key !== "string" || !KEY.test(key))
    bad2(`\`items[${index}].key\` must be a string matching ^[\\w-]+$`);
  if (key.length > MAX_KEY_LENGTH)
    bad2(`\`items[${index}].key\` must be at most ${MAX_KEY_LENGTH} characters (got ${key.length})`);
  if (description !== void 0 && description !== null) {
    if (typeof description !== "string")
      bad2(`\`items[${index}].description\` must be a string or null`);
    if (description.length > MAX_DESCRIPTION_LENGTH)
      bad2(`\`items[${index}].description\` must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
  }
  if (operation === "create" && value === void 0)
    bad2(`\`items[${index}].value\` is required for "create"`);
  if ((operation === "update" || operation === "upsert") && value === void 0 && description === void 0)
    bad2(`\`items[${index}]\` needs a \`value\` or a \`description\` for "${operation}"`);
  return { operation, key, value, description };
}
async function patchItems(services, ctx) {
  const id = ctx.params.id ?? "";
  const current = requireConfig(services, id);
  const body = await readJsonObject(ctx.req);
  if (!Array.isArray(body.items))
    bad2("Missing required property `items` (an array of operations)");
  const next = structuredClone(current);
  const now = Date.now();
  for (const [index, raw] of body.items.entries()) {
    const { operation, key, value, description } = checkOperation(raw, index);
    const existing = Object.hasOwn(next, key) ? next[key] : void 0;
    if (operation === "delete") {
      delete next[key];
      continue;
    }
    if (operation === "create" && existing)
      bad2(`Cannot create item "${key}": it already exists`);
    if (operation === "update" && !existing)
      bad2(`Cannot update item "${key}": it does not exist`);
    if (!existing && value === void 0)
      bad2(`\`items[${index}].value\` is required: item "${key}" does not exist yet`);
    const item = {
      key,
      value: value === void 0 ? existing?.value : value,
      description: description === void 0 ? existing?.description : description,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now
    };
    Object.defineProperty(next, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  const size = sizeInBytes(next);
  if (size > SANDBOX_EDGE_CONFIG_MAX_BYTES)
    bad2(`The Edge Config would be ${size} bytes, over the ${SANDBOX_EDGE_CONFIG_MAX_BYTES}-byte limit (https://vercel.com/docs/pricing/edge-config)`);
  const dryRun = ["1", "true"].includes(ctx.query.get("dryRun") ?? "");
  if (!dryRun) {
    services.store.state.edgeConfigs[id] = next;
    services.store.save();
  }
  return reply(200, { status: "ok" });
}
function listItems(services, ctx) {
  const id = ctx.params.id ?? "";
  const items = requireConfig(services, id);
  return reply(200, Object.values(items).map((item) => itemJson(id, item)));
}
function getItem(services, ctx) {
  const id = ctx.params.id ?? "";
  const items = requireConfig(services, id);
  const key = ctx.params.key ?? "";
  const item = Object.hasOwn(items, key) ? items[key] : void 0;
  if (!item)
    throw new ApiError(404, "not_found", `Item "${ctx.params.key ?? ""}" was not found in ${id}`);
  return reply(200, itemJson(id, item));
}
function getConfig(services, ctx) {
  const id = ctx.params.id ?? "";
  const items = requireConfig(services, id);
  const records = Object.values(items);
  const updatedAt = Math.max(0, ...records.map((item) => item.updatedAt));
  return reply(200, {
    id,
    slug: id,
    ownerId: TEAM_ID,
    itemCount: records.length,
    sizeInBytes: sizeInBytes(items),
    digest: digestOf(items),
    createdAt: 0,
    updatedAt
  });
}
function isEdgeConfigRead(method, path) {
  return (method === "GET" || method === "HEAD") && READ_PATH.test(path);
}
function requireReadToken(services, ctx) {
  const bearer = /^Bearer (\S+)$/.exec(ctx.req.headers.authorization ?? "")?.[1];
  const token = bearer ?? ctx.query.get("token") ?? "";
  if (token !== services.token)
    throw new ApiError(401, "unauthorized", "Invalid Edge Config read token");
}
function readConfig(services, ctx) {
  requireReadToken(services, ctx);
  const id = ctx.params.id ?? "";
  if (!ID.test(id))
    throw new ApiError(404, "not_found", `Edge Config "${id}" was not found`);
  return services.store.state.edgeConfigs[id] ?? {};
}
function readReply(ctx, items, body) {
  const etag = `"${(0, import_node_crypto3.createHash)("sha1").update(JSON.stringify(body)).digest("hex")}"`;
  const headers = { etag, "x-edge-config-digest": digestOf(items), "cache-control": "no-store" };
  const asked = (ctx.req.headers["if-none-match"] ?? "").split(",").map((tag) => tag.trim());
  if (asked.includes(etag) || asked.includes("*"))
    return reply(304, void 0, headers);
  return reply(200, body, headers);
}
function readItem(services, ctx) {
  const items = readConfig(services, ctx);
  const key = ctx.params.key ?? "";
  const item = Object.hasOwn(items, key) ? items[key] : void 0;
  if (!item)
    throw new ApiError(404, "not_found", `Item "${key}" was not found`, {}, {
      "x-edge-config-digest": digestOf(items)
    });
  return readReply(ctx, items, item.value);
}
function readItems(services, ctx) {
  const items = readConfig(services, ctx);
  const values = valuesOf(items);
  const keys = ctx.query.getAll("key");
  const body = keys.length === 0 ? values : Object.fromEntries(keys.filter((key) => Object.hasOwn(values, key)).map((key) => [key, values[key]]));
  return readReply(ctx, items, body);
}
function readDigest(services, ctx) {
  const items = readConfig(services, ctx);
  return readReply(ctx, items, digestOf(items));
}

// lib/sandbox/api/projects.js
function requireProject(idOrName) {
  if (idOrName !== PROJECT_ID && idOrName !== PROJECT_NAME)
    throw new ApiError(404, "not_found", `Project "${idOrName ?? ""}" was not found (the sandbox hosts only ${PROJECT_NAME} / ${PROJECT_ID})`);
}
function getProject(services, ctx) {
  requireProject(ctx.params.idOrName);
  return reply(200, projectJson(services.view));
}
async function updateProject(services, ctx) {
  requireProject(ctx.params.idOrName);
  const body = await readJsonObject(ctx.req);
  if (body.autoAssignCustomDomains !== void 0) {
    if (typeof body.autoAssignCustomDomains !== "boolean")
      throw new ApiError(400, "bad_request", "`autoAssignCustomDomains` must be a boolean");
    services.store.state.project.autoAssignCustomDomains = body.autoAssignCustomDomains;
  }
  services.store.state.project.updatedAt = Date.now();
  services.store.save();
  return reply(200, projectJson(services.view));
}
function promote(services, ctx) {
  requireProject(ctx.params.projectId);
  const deployment = requireDeployment(services, ctx.params.deploymentId);
  if (deployment.target !== "production")
    throw new ApiError(400, "deployment_not_production", `Deployment ${deployment.id} is a preview deployment; only production deployments can be promoted without a rebuild`);
  if (deployment.readyState !== "READY")
    throw new ApiError(400, "deployment_not_ready", `Deployment ${deployment.id} is ${deployment.readyState}; only READY deployments can be promoted`);
  services.lifecycle.requestAliasJob("promote", deployment);
  return reply(201);
}
function rollback(services, ctx) {
  requireProject(ctx.params.projectId);
  const deployment = requireDeployment(services, ctx.params.deploymentId);
  if (deployment.target !== "production" || deployment.readyState !== "READY" || deployment.promotedAt === null)
    throw new ApiError(422, "rollback_not_eligible", `Deployment ${deployment.id} cannot be rolled back to: only READY production deployments that served production before are eligible`);
  services.lifecycle.requestAliasJob("rollback", deployment);
  return reply(201);
}
function aliasJobStatus(services, ctx) {
  requireProject(ctx.params.projectId);
  const request = services.store.state.lastAliasRequest;
  const status = request?.jobStatus === "succeeded" ? "completed" : request?.jobStatus === "failed" ? "failed" : "pending";
  let aliases = request ? [{ alias: { alias: PRODUCTION_DOMAIN, deploymentId: request.toDeploymentId }, status }] : [];
  if (ctx.query.get("failedOnly") === "true")
    aliases = aliases.filter((a) => a.status === "failed");
  return reply(200, { aliases, pagination: { count: aliases.length, next: null, prev: null } });
}
function customEnvironments(_services, ctx) {
  requireProject(ctx.params.idOrName);
  return reply(200, { environments: [customEnvironmentJson()] });
}
function rollingRelease(_services, ctx) {
  requireProject(ctx.params.idOrName);
  return reply(200, { rollingRelease: null });
}
function listProjects(services, ctx) {
  const { query } = ctx;
  const limit = Number(query.get("limit") ?? "20");
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ApiError(400, "bad_request", "Query parameter `limit` must be an integer from 1 to 100");
  const project = projectJson(services.view);
  const updatedAt = services.store.state.project.updatedAt;
  const search = query.get("search")?.toLowerCase();
  const until = query.get("until");
  const from = query.get("from") ?? query.get("since");
  const matches = (search === void 0 || PROJECT_NAME.includes(search) || PROJECT_ID === search) && (until === null || updatedAt < Number(until)) && (from === null || updatedAt > Number(from)) && !["repo", "repoId", "repoUrl"].some((name) => query.has(name)) && query.get("deprecated") !== "true";
  const projects = matches ? [project] : [];
  return reply(200, {
    projects,
    pagination: { count: projects.length, next: null, prev: matches ? updatedAt : null }
  });
}

// lib/sandbox/api/env.js
var STANDARD_TARGETS = ["production", "preview", "development"];
var TYPES = ["plain", "encrypted", "sensitive"];
var KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
var MAX_KEY_LENGTH2 = 256;
function customEnvironmentId(idOrSlug) {
  return idOrSlug === STAGING_ENVIRONMENT_ID || idOrSlug === "staging" ? STAGING_ENVIRONMENT_ID : void 0;
}
function appliesTo(env, target) {
  const custom = customEnvironmentId(target);
  if (custom)
    return env.customEnvironmentIds.includes(custom);
  return env.target.includes(target);
}
function envJson(env) {
  const readable = env.type !== "sensitive";
  return {
    id: env.id,
    key: env.key,
    value: readable ? env.value : "",
    type: env.type,
    target: env.target,
    customEnvironmentIds: env.customEnvironmentIds,
    gitBranch: env.gitBranch ?? void 0,
    comment: env.comment ?? void 0,
    configurationId: null,
    createdAt: env.createdAt,
    updatedAt: env.updatedAt,
    createdBy: USER_ID,
    updatedBy: null,
    decrypted: env.type === "encrypted"
  };
}
function listEnv(services, ctx) {
  requireProject(ctx.params.idOrName);
  const { query } = ctx;
  const target = query.get("target") ?? query.get("customEnvironmentId") ?? query.get("customEnvironmentSlug");
  const gitBranch = query.get("gitBranch");
  const envs = services.store.envs().filter((env) => target ? appliesTo(env, target) : true).filter((env) => gitBranch ? env.gitBranch === null || env.gitBranch === gitBranch : true).map((env) => envJson(env));
  return reply(200, { envs, pagination: { count: envs.length, next: null, prev: null } });
}
function badEnv(code, message, key) {
  return new ApiError(400, code, message, typeof key === "string" ? { key } : {});
}
function parseEnv(item, now) {
  if (typeof item !== "object" || item === null || Array.isArray(item))
    throw badEnv("bad_request", "Each Environment Variable must be an object with `key`, `value`, `type`, `target`");
  const body = item;
  const { key, value } = body;
  if (typeof key !== "string" || key === "")
    throw badEnv("MISSING_KEY", "The `key` is missing");
  if (key.length > MAX_KEY_LENGTH2)
    throw badEnv("KEY_INVALID_LENGTH", `The key ${key} is longer than ${MAX_KEY_LENGTH2} characters`, key);
  if (!KEY_PATTERN.test(key))
    throw badEnv("KEY_INVALID_CHARACTERS", `The key ${key} may only contain letters, digits and underscores and must not start with a digit`, key);
  if (typeof value !== "string")
    throw badEnv("MISSING_VALUE", `The value of ${key} is missing`, key);
  const type = body.type ?? "encrypted";
  if (!TYPES.includes(type))
    throw badEnv("bad_request", `The type of ${key} must be one of ${TYPES.join(", ")}`, key);
  const rawTargets = body.target === void 0 ? [] : Array.isArray(body.target) ? body.target : [body.target];
  const target = rawTargets.map((entry) => {
    if (!STANDARD_TARGETS.includes(entry))
      throw badEnv("INVALID_TARGET", `The target ${String(entry)} of ${key} is not one of ${STANDARD_TARGETS.join(", ")}`, key);
    return entry;
  });
  const rawCustom = Array.isArray(body.customEnvironmentIds) ? body.customEnvironmentIds : [];
  const customEnvironmentIds = rawCustom.map((entry) => {
    const id = customEnvironmentId(typeof entry === "string" ? entry : void 0);
    if (!id)
      throw badEnv("INVALID_TARGET", `The custom environment ${String(entry)} of ${key} does not exist`, key);
    return id;
  });
  if (target.length === 0 && customEnvironmentIds.length === 0)
    throw badEnv("MISSING_TARGET", `${key} needs a \`target\` or \`customEnvironmentIds\``, key);
  const gitBranch = typeof body.gitBranch === "string" && body.gitBranch !== "" ? body.gitBranch : null;
  if (gitBranch !== null && (target.length !== 1 || target[0] !== "preview"))
    throw badEnv("GIT_BRANCH_NOT_PREVIEW", `${key}: a \`gitBranch\` needs the target to be preview only`, key);
  if (type === "sensitive" && target.includes("development"))
    throw badEnv("bad_request", `${key}: sensitive variables cannot target development`, key);
  return {
    id: randomId(16),
    key,
    value,
    type,
    target: [...new Set(target)],
    customEnvironmentIds: [...new Set(customEnvironmentIds)],
    gitBranch,
    comment: typeof body.comment === "string" ? body.comment : null,
    createdAt: now,
    updatedAt: now
  };
}
function overlaps(left, right) {
  if (left.key !== right.key || left.gitBranch !== right.gitBranch)
    return false;
  return left.target.some((target) => right.target.includes(target)) || left.customEnvironmentIds.some((id) => right.customEnvironmentIds.includes(id));
}
async function createEnv(services, ctx) {
  requireProject(ctx.params.idOrName);
  const body = await readJson(ctx.req);
  const upsert = ctx.query.get("upsert") === "true";
  const now = Date.now();
  const items = (Array.isArray(body) ? body : [body]).map((item) => parseEnv(item, now));
  const envs = services.store.envs();
  for (const [index, item] of items.entries()) {
    const clash = (upsert ? void 0 : envs.find((existing) => overlaps(existing, item))) ?? items.slice(0, index).find((earlier) => overlaps(earlier, item));
    if (clash)
      throw new ApiError(400, "ENV_ALREADY_EXISTS", `A variable with the name \`${item.key}\` already exists for the target ${[...clash.target, ...clash.customEnvironmentIds].join(", ")} on branch ${clash.gitBranch ?? "any"}`, { key: item.key, envVarId: clash.id });
  }
  const kept = envs.filter((existing) => !items.some((item) => overlaps(existing, item)));
  services.store.state.envs = [...kept, ...items];
  services.store.save();
  const created = items.map((item) => envJson(item));
  return reply(201, { created: Array.isArray(body) ? created : created[0], failed: [] });
}
function removeEnv(services, ctx) {
  requireProject(ctx.params.idOrName);
  const envs = services.store.envs();
  const env = envs.find((candidate) => candidate.id === ctx.params.id);
  if (!env)
    throw new ApiError(404, "not_found", `The Environment Variable "${ctx.params.id ?? ""}" was not found`);
  services.store.state.envs = envs.filter((candidate) => candidate !== env);
  services.store.save();
  return reply(200, envJson(env));
}
function pullEnv(services, ctx) {
  const { projectId } = ctx.params;
  let target = ctx.params.target ?? "development";
  if (projectId?.startsWith("dpl_")) {
    const deployment = requireDeployment(services, projectId);
    target = deployment.customEnvironment ?? deployment.target ?? "preview";
  } else {
    requireProject(projectId);
  }
  if (!STANDARD_TARGETS.includes(target) && !customEnvironmentId(target))
    throw new ApiError(404, "not_found", `The environment "${target}" was not found`);
  const gitBranch = ctx.params.gitBranch;
  const env = {};
  const applicable = services.store.envs().filter((candidate) => appliesTo(candidate, target));
  const general = applicable.filter((candidate) => candidate.gitBranch === null);
  const branch = gitBranch ? applicable.filter((candidate) => candidate.gitBranch === gitBranch) : [];
  for (const variable of [...general, ...branch])
    env[variable.key] = variable.type === "sensitive" ? "" : variable.value;
  return reply(200, { env });
}

// lib/sandbox/api/events.js
function buildEvents(services, deployment) {
  const events = [];
  const push = (created, type, text) => {
    const serial = events.length;
    const base = {
      id: `${deployment.id}-${serial}`,
      date: created,
      created,
      serial,
      text,
      deploymentId: deployment.id
    };
    const info = { type: "build", name: "bld_sandbox", entrypoint: "." };
    events.push({ type, ...base, info, payload: { ...base, info } });
  };
  const fileCount = Object.keys(deployment.files).length;
  push(deployment.createdAt, "command", `Sandbox build: ${fileCount} file(s), ${deployment.prebuilt ? "prebuilt output" : "static files"}`);
  if (deployment.buildingAt !== null)
    push(deployment.buildingAt, "stdout", "Building\u2026");
  if (deployment.readyState === "READY" && deployment.readyAt !== null) {
    push(deployment.readyAt, "stdout", "Build Completed");
    const date = deployment.aliasAssignedAt ?? deployment.readyAt;
    events.push({
      type: "alias-assigned",
      created: date,
      date,
      serial: events.length,
      deploymentId: deployment.id,
      alias: services.store.aliasesOf(deployment.id).map((a) => a.alias),
      aliasError: null,
      aliasWarning: null
    });
  }
  if (deployment.readyState === "ERROR" && deployment.readyAt !== null)
    push(deployment.readyAt, "stderr", `Error: ${deployment.errorMessage ?? "build failed"}`);
  if (deployment.readyState === "CANCELED" && deployment.canceledAt !== null)
    push(deployment.canceledAt, "stdout", "The deployment was canceled");
  return events;
}
function terminal(deployment) {
  return deployment.readyState === "READY" || deployment.readyState === "ERROR" || deployment.readyState === "CANCELED";
}
function deploymentEvents(services, ctx) {
  const deployment = requireDeployment(services, ctx.params.idOrUrl);
  const query = ctx.query;
  const since = Number(query.get("since") ?? 0) || 0;
  const until = Number(query.get("until") ?? 0) || Infinity;
  const follow = query.get("follow") === "1" || query.get("follow") === "true";
  const lines = follow || query.get("format") === "lines";
  const limit = Number(query.get("limit") ?? 0) || Infinity;
  const wanted = (event) => event.created >= since && event.created <= until;
  const res = ctx.res;
  let sent = 0;
  const initial = buildEvents(services, deployment).filter(wanted);
  if (!lines) {
    const list = query.get("direction") === "backward" ? initial.reverse() : initial;
    const body = JSON.stringify(list.slice(0, limit));
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(body)
    });
    res.end(body);
    return void 0;
  }
  res.writeHead(200, { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-cache" });
  const flush = () => {
    const all = buildEvents(services, deployment);
    for (const event of all.slice(sent))
      if (wanted(event))
        res.write(`${JSON.stringify(event)}
`);
    sent = all.length;
  };
  sent = 0;
  flush();
  if (!follow || terminal(deployment)) {
    res.end();
    return void 0;
  }
  const onChange = (id) => {
    if (id !== deployment.id)
      return;
    flush();
    if (terminal(deployment))
      stop();
  };
  const stop = () => {
    services.lifecycle.off("change", onChange);
    if (!res.writableEnded)
      res.end();
  };
  services.lifecycle.on("change", onChange);
  res.on("close", stop);
  return void 0;
}

// lib/sandbox/api/files.js
function header(ctx, name) {
  const value = ctx.req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
async function uploadFile(services, ctx) {
  const digest = (header(ctx, "x-vercel-digest") ?? header(ctx, "x-now-digest"))?.trim().toLowerCase();
  if (!digest) {
    ctx.req.resume();
    throw new ApiError(400, "missing_digest", "Missing the `x-vercel-digest` (or `x-now-digest`) header with the SHA-1 of the file");
  }
  ctx.note.digest = digest;
  if (!BlobStore.isSha1(digest)) {
    ctx.req.resume();
    throw new ApiError(400, "invalid_digest", `The digest "${digest}" is not a SHA-1 hex string (40 hex characters)`);
  }
  const sizeHeader = header(ctx, "x-now-size") ?? header(ctx, "content-length");
  let size;
  if (sizeHeader !== void 0) {
    size = Number(sizeHeader);
    if (!Number.isInteger(size) || size < 0) {
      ctx.req.resume();
      throw new ApiError(400, "invalid_size", `The declared size "${sizeHeader}" is not a byte count`);
    }
  }
  try {
    ctx.note.size = await services.blobs.putStream(ctx.req, digest, size);
  } catch (error) {
    if (error instanceof BlobMismatchError)
      throw new ApiError(400, error.code, error.message);
    throw error;
  }
  return reply(200, {});
}

// lib/sandbox/api/handler.js
function listChecks(services, ctx) {
  requireDeployment(services, ctx.params.id);
  return reply(200, { checks: [] });
}
function routes(services) {
  const router = new Router();
  const on = (spec, handler) => {
    router.add(spec, (ctx) => handler(services, ctx));
  };
  on("POST /v13/deployments", createDeployment);
  on("GET /v13/deployments/:idOrUrl", getDeployment);
  on("GET /v6/deployments", listDeployments);
  on("GET /v7/deployments", listDeployments);
  on("PATCH /v12/deployments/:id/cancel", cancelDeployment);
  on("GET /v2/deployments/:id/aliases", listAliases);
  on("POST /v2/deployments/:id/aliases", assignAlias);
  on("GET /v1/deployments/:id/checks", listChecks);
  on("GET /v3/now/deployments/:idOrUrl/events", deploymentEvents);
  on("GET /v3/deployments/:idOrUrl/events", deploymentEvents);
  on("POST /v2/files", uploadFile);
  on("GET /v9/projects/:idOrName", getProject);
  on("PATCH /v9/projects/:idOrName", updateProject);
  on("GET /v9/projects/:idOrName/custom-environments", customEnvironments);
  on("GET /v1/projects/:idOrName/rolling-release", rollingRelease);
  on("POST /v10/projects/:projectId/promote/:deploymentId", promote);
  on("POST /v1/projects/:projectId/rollback/:deploymentId", rollback);
  on("POST /v9/projects/:projectId/rollback/:deploymentId", rollback);
  on("GET /v1/projects/:projectId/promote/aliases", aliasJobStatus);
  on("GET /v9/projects/:projectId/promote/aliases", aliasJobStatus);
  on("GET /v9/projects/:projectId/rollback/aliases", aliasJobStatus);
  on("GET /v2/user", getUser);
  on("GET /teams/:teamId", getTeam);
  on("GET /v2/teams/:teamId", getTeam);
  on("GET /v2/teams", listTeams);
  on("GET /v1/teams", listTeams);
  on("DELETE /v13/deployments/:id", removeDeployment);
  on("DELETE /now/deployments/:id", removeDeployment);
  on("GET /v11/deployments/:id/builds", listBuilds);
  on("GET /now/deployments/:id/aliases", listAliases);
  on("POST /now/deployments/:id/aliases", assignAlias);
  on("GET /v4/aliases", listAllAliases);
  on("GET /v3/now/aliases", listAllAliases);
  on("GET /v5/domains", listDomains);
  on("GET /v9/projects", listProjects);
  on("GET /v10/projects", listProjects);
  on("GET /projects/:idOrName/custom-environments", customEnvironments);
  on("GET /v10/projects/:idOrName/env", listEnv);
  on("POST /v10/projects/:idOrName/env", createEnv);
  on("DELETE /v10/projects/:idOrName/env/:id", removeEnv);
  on("DELETE /v9/projects/:idOrName/env/:id", removeEnv);
  on("GET /v3/env/pull/:projectId", pullEnv);
  on("GET /v3/env/pull/:projectId/:target", pullEnv);
  on("GET /v3/env/pull/:projectId/:target/:gitBranch", pullEnv);
  for (const base of ["/v1/edge-config", "/v1/global-config"]) {
    on(`GET ${base}/:id`, getConfig);
    on(`GET ${base}/:id/items`, listItems);
    on(`PATCH ${base}/:id/items`, patchItems);
    on(`GET ${base}/:id/item/:key`, getItem);
  }
  on("GET /:id/item/:key", readItem);
  on("HEAD /:id/item/:key", readItem);
  on("GET /:id/items", readItems);
  on("GET /:id/digest", readDigest);
  on("GET /_sandbox/faults", listFaults);
  on("POST /_sandbox/faults", addFault);
  on("DELETE /_sandbox/faults", clearFaults);
  on("DELETE /_sandbox/faults/:id", removeFault);
  on("GET /_sandbox/requests", listRequests);
  on("DELETE /_sandbox/requests", clearRequests);
  return router;
}
var STATUS_CODES = {
  429: "rate_limited",
  500: "internal_server_error",
  502: "bad_gateway",
  503: "service_unavailable",
  504: "gateway_timeout"
};
function faultError(fault) {
  const headers = {};
  if (fault.retryAfter !== void 0)
    headers["retry-after"] = String(fault.retryAfter);
  const extra = fault.status === 429 ? { limit: { remaining: 0, reset: Date.now() + (fault.retryAfter ?? 1) * 1e3, total: 100 } } : {};
  const code = fault.code ?? STATUS_CODES[fault.status] ?? (fault.status >= 500 ? "internal_server_error" : "bad_request");
  return new ApiError(fault.status, code, `Sandbox fault ${fault.id}: HTTP ${fault.status}`, extra, headers);
}
function createApiHandler(services) {
  const router = routes(services);
  return (req, res) => {
    void handle(services, router, req, res);
  };
}
async function handle(services, router, req, res) {
  const started = Date.now();
  const url = new URL(req.url ?? "/", "http://api");
  const method = (req.method ?? "GET").toUpperCase();
  const path = url.pathname;
  const control = path === "/_sandbox" || path.startsWith("/_sandbox/");
  const entry = {
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    status: 0,
    time: new Date(started).toISOString(),
    durationMs: 0
  };
  if (entry.query.token !== void 0)
    entry.query.token = "***";
  const ctx = { req, res, params: {}, query: url.searchParams, note: {} };
  res.on("close", () => {
    entry.status = res.headersSent ? res.statusCode : 0;
    entry.durationMs = Date.now() - started;
    Object.assign(entry, ctx.note);
    if (!control)
      services.requests.add(entry);
  });
  const answerWith = (fault) => {
    if (fault.drop) {
      req.socket.destroy();
      return;
    }
    if (fault.status !== void 0)
      throw faultError({ ...fault, status: fault.status });
  };
  let afterwards;
  try {
    if (!control) {
      const fault = services.faults.takeApi(method, path);
      if (fault) {
        entry.fault = fault.id;
        if (fault.latencyMs)
          await (0, import_promises2.setTimeout)(fault.latencyMs);
        if (fault.after)
          afterwards = fault;
        else {
          answerWith(fault);
          if (fault.drop)
            return;
        }
      }
    }
    if (!isEdgeConfigRead(method, path) && req.headers.authorization !== `Bearer ${services.token}`)
      throw new ApiError(403, "forbidden", "Not authorized");
    const match = router.match(method, path);
    if (!match)
      throw new ApiError(404, "not_found", `The requested path ${method} ${path} was not found`);
    ctx.params = match.params;
    const result = await match.handler(ctx);
    if (afterwards) {
      answerWith(afterwards);
      if (afterwards.drop)
        return;
    }
    if (result)
      sendReply(res, result);
  } catch (error) {
    if (error instanceof ApiError) {
      sendReply(res, { status: error.status, body: errorBody(error), headers: error.headers });
      return;
    }
    services.logger.error(`sandbox: ${method} ${path} failed: ${error.stack ?? String(error)}`);
    sendReply(res, reply(500, { error: { code: "internal_server_error", message: error.message } }));
  }
}

// lib/sandbox/fault-spec.js
function invalid(message) {
  throw new ApiError(400, "invalid_fault", message);
}
function parseFault(body) {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    invalid("The fault must be a JSON object");
  const fields = body;
  const remaining = optionalCount(fields.count);
  const id = newId("flt");
  if (fields.endpoint !== void 0) {
    if (typeof fields.endpoint !== "string" || !/^(\*|[A-Za-z]+)\s+\/\S*$/.test(fields.endpoint.trim()))
      invalid('"endpoint" must look like "POST /v2/files" (method, space, path; * for one segment)');
    const status = optionalStatus(fields.status, "status");
    const latencyMs = optionalNumber(fields.latencyMs, "latencyMs", 0, 6e5);
    const retryAfter = optionalNumber(fields.retryAfter, "retryAfter", 0, 86400);
    if (fields.drop !== void 0 && typeof fields.drop !== "boolean")
      invalid('"drop" must be true or false');
    if (fields.after !== void 0 && typeof fields.after !== "boolean")
      invalid('"after" must be true or false');
    if (fields.after === true && status === void 0 && fields.drop !== true)
      invalid('An "after" fault needs "status" or "drop": true (the answer that replaces the result)');
    if (fields.code !== void 0 && typeof fields.code !== "string")
      invalid('"code" must be a string');
    if (status === void 0 && latencyMs === void 0 && fields.drop !== true)
      invalid('An endpoint fault needs "status", "latencyMs" or "drop": true');
    return {
      kind: "api",
      id,
      endpoint: fields.endpoint.trim(),
      status,
      code: fields.code,
      retryAfter,
      latencyMs,
      drop: fields.drop === true ? true : void 0,
      after: fields.after === true ? true : void 0,
      remaining
    };
  }
  if (fields.nextDeployment !== void 0) {
    const spec = fields.nextDeployment;
    if (typeof spec !== "object" || spec === null)
      invalid('"nextDeployment" must be an object like {"build": "stuck"}');
    return {
      kind: "build",
      id,
      deployment: null,
      ...parseBuild(spec.build, spec.message),
      remaining: remaining ?? 1
    };
  }
  if (fields.aliasJob !== void 0) {
    if (fields.aliasJob !== "failed" && fields.aliasJob !== "stuck")
      invalid('"aliasJob" must be "failed" or "stuck"');
    return { kind: "aliasJob", id, aliasJob: fields.aliasJob, remaining: remaining ?? 1 };
  }
  if (fields.deployment !== void 0) {
    if (typeof fields.deployment !== "string" || fields.deployment === "")
      invalid('"deployment" must be a deployment id');
    if (fields.build !== void 0)
      return {
        kind: "build",
        id,
        deployment: fields.deployment,
        ...parseBuild(fields.build, fields.message),
        remaining: null
      };
    if (fields.serve !== void 0)
      return parseServe(id, fields.deployment, fields.serve, remaining);
    invalid('A deployment fault needs "build" ("stuck" or "error") or "serve" ({"status": 500, \u2026})');
  }
  invalid('Unknown fault: give "endpoint", "deployment" with "build" or "serve", "nextDeployment" or "aliasJob"');
}
function parseBuild(build, message) {
  if (build !== "stuck" && build !== "error")
    invalid('"build" must be "stuck" or "error"');
  if (message !== void 0 && typeof message !== "string")
    invalid('"message" must be a string');
  return { build, message };
}
function parseServe(id, deployment, serve, remaining) {
  if (typeof serve !== "object" || serve === null)
    invalid('"serve" must be an object like {"status": 500}');
  const fields = serve;
  const status = optionalStatus(fields.status, "serve.status");
  const latencyMs = optionalNumber(fields.latencyMs, "serve.latencyMs", 0, 6e5) ?? 0;
  const rate = optionalNumber(fields.rate, "serve.rate", 0, 1) ?? 1;
  const seed = optionalNumber(fields.seed, "serve.seed", 0, 4294967295) ?? null;
  if (seed !== null && !Number.isInteger(seed))
    invalid('"serve.seed" must be an integer from 0 to 4294967295');
  const where = fields.where ?? "all";
  if (where !== "all" && where !== "unique" && where !== "domains")
    invalid('"serve.where" must be "all", "unique" or "domains"');
  if (status === void 0 && latencyMs === 0)
    invalid('A serving fault needs "status" or "latencyMs"');
  return {
    kind: "serve",
    id,
    deployment,
    status,
    rate,
    latencyMs,
    where,
    remaining,
    accumulator: 0,
    seed,
    randomState: seed ?? 0
  };
}
function optionalCount(value) {
  if (value === void 0 || value === null)
    return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
    invalid('"count" must be a positive integer');
  return value;
}
function optionalStatus(value, name) {
  if (value === void 0)
    return void 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 100 || value > 599)
    invalid(`"${name}" must be an HTTP status (100-599)`);
  return value;
}
function optionalNumber(value, name, min, max) {
  if (value === void 0)
    return void 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    invalid(`"${name}" must be a number from ${min} to ${max}`);
  return value;
}

// lib/sandbox/faults.js
var FaultRegistry = class {
  faults = [];
  /** Validates a request body and registers it; throws `ApiError` 400 `invalid_fault` with one line. */
  add(body) {
    const fault = parseFault(body);
    this.faults.push(fault);
    return fault;
  }
  clear() {
    const count = this.faults.length;
    this.faults = [];
    return count;
  }
  remove(id) {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }
  list() {
    return this.faults.map(describe);
  }
  /** The first API fault matching this request, with one use consumed. */
  takeApi(method, path) {
    const fault = this.faults.find((f) => f.kind === "api" && endpointMatches(f.endpoint, method, path));
    if (fault)
      this.consume(fault);
    return fault;
  }
  /** The build fault for the deployment being created now (a `nextDeployment` fault), consumed. */
  takeNextBuild() {
    const fault = this.faults.find((f) => f.kind === "build" && f.deployment === null);
    if (fault)
      this.consume(fault);
    return fault;
  }
  takeAliasJob() {
    const fault = this.faults.find((f) => f.kind === "aliasJob");
    if (fault)
      this.consume(fault);
    return fault;
  }
  /** The serving fault effect for a request to `deploymentId` through its unique URL or a domain. */
  serveEffect(deploymentId, via) {
    const fault = this.faults.find((f) => f.kind === "serve" && f.deployment === deploymentId && (f.where === "all" || f.where === "unique" === (via === "unique")));
    if (!fault || !sampleHit(fault))
      return void 0;
    this.consume(fault);
    return { latencyMs: fault.latencyMs, status: fault.status, faultId: fault.id };
  }
  consume(fault) {
    if (fault.remaining === null)
      return;
    fault.remaining -= 1;
    if (fault.remaining <= 0)
      this.faults = this.faults.filter((f) => f !== fault);
  }
};
function sampleHit(fault) {
  if (fault.seed !== null) {
    const [draw, state] = mulberry32(fault.randomState);
    fault.randomState = state;
    return draw < fault.rate;
  }
  fault.accumulator += fault.rate;
  if (fault.accumulator < 1 - 1e-9)
    return false;
  fault.accumulator -= 1;
  return true;
}
function mulberry32(state) {
  const next = state + 1831565813 >>> 0;
  let mixed = next;
  mixed = Math.imul(mixed ^ mixed >>> 15, mixed | 1);
  mixed ^= mixed + Math.imul(mixed ^ mixed >>> 7, mixed | 61);
  return [((mixed ^ mixed >>> 14) >>> 0) / 4294967296, next];
}
function endpointMatches(endpoint, method, path) {
  const [wantMethod = "", wantPath = ""] = endpoint.trim().split(/\s+/, 2);
  if (wantMethod !== "*" && wantMethod.toUpperCase() !== method.toUpperCase())
    return false;
  const want = wantPath.replace(/\/+$/, "").split("/");
  const got = path.replace(/\/+$/, "").split("/");
  if (want.length !== got.length)
    return false;
  return want.every((segment, i) => segment === "*" ? (got[i] ?? "") !== "" : segment === got[i]);
}
function describe(fault) {
  switch (fault.kind) {
    case "api":
      return { ...fault };
    case "build":
      return fault.deployment ? {
        kind: "build",
        id: fault.id,
        deployment: fault.deployment,
        build: fault.build,
        message: fault.message
      } : {
        kind: "build",
        id: fault.id,
        nextDeployment: { build: fault.build, message: fault.message },
        remaining: fault.remaining
      };
    case "serve": {
      return {
        kind: "serve",
        id: fault.id,
        deployment: fault.deployment,
        serve: {
          status: fault.status,
          rate: fault.rate,
          ...fault.seed !== null ? { seed: fault.seed } : {},
          latencyMs: fault.latencyMs,
          where: fault.where
        },
        remaining: fault.remaining
      };
    }
    case "aliasJob":
      return { ...fault };
  }
}

// lib/sandbox/lifecycle.js
var import_node_events = __toESM(require_node_events(), 1);
var Lifecycle = class extends import_node_events.EventEmitter {
  store;
  faults;
  options;
  timers = /* @__PURE__ */ new Set();
  aliasTimer;
  constructor(store, faults, options) {
    super();
    this.store = store;
    this.faults = faults;
    this.options = options;
    this.setMaxListeners(0);
  }
  /** Starts (or, after a restart, resumes) the build of a QUEUED or BUILDING deployment. */
  startBuild(deployment) {
    const { buildDelayMs } = this.options;
    const elapsed = Date.now() - deployment.createdAt;
    const toBuilding = Math.max(0, Math.floor(buildDelayMs / 3) - elapsed);
    const toFinish = Math.max(0, buildDelayMs - elapsed);
    if (buildDelayMs === 0) {
      this.toBuilding(deployment);
      this.finish(deployment);
      return;
    }
    if (deployment.readyState === "QUEUED")
      this.after(toBuilding, () => this.toBuilding(deployment));
    this.after(toFinish, () => this.finish(deployment));
  }
  /** BUILDING/QUEUED → CANCELED; returns false when the deployment is already done. */
  cancel(deployment) {
    if (deployment.readyState !== "QUEUED" && deployment.readyState !== "BUILDING")
      return false;
    deployment.readyState = "CANCELED";
    deployment.canceledAt = Date.now();
    this.changed(deployment);
    return true;
  }
  /**
   * Applies a build fault to a deployment still building: `error` ends it in ERROR now, `stuck`
   * keeps it BUILDING forever. Returns false when the deployment is already done.
   */
  applyBuildFault(deployment, build, message) {
    if (deployment.readyState !== "QUEUED" && deployment.readyState !== "BUILDING")
      return false;
    deployment.buildFault = build;
    if (build === "error") {
      deployment.errorMessage = message ?? null;
      this.finish(deployment);
    } else {
      this.store.save();
    }
    return true;
  }
  /** Points the production domain at `deployment` (a non-staged production deploy, promote or rollback). */
  goLive(deployment, now = Date.now()) {
    this.store.setAlias(PRODUCTION_DOMAIN, deployment.id, now);
    deployment.promotedAt ??= now;
    if (deployment.aliasAssignedAt === null)
      deployment.aliasAssignedAt = now;
  }
  /**
   * Records a promote or rollback as the project's `lastAliasRequest` (pending) and completes it
   * after `aliasDelayMs`: the production domain moves to `deployment` and the job becomes `succeeded` in the
   * same step. A newer request replaces a pending one. An `aliasJob` fault makes it fail or stick.
   */
  requestAliasJob(type, deployment) {
    const fault = this.faults.takeAliasJob();
    const request = {
      fromDeploymentId: this.store.production()?.id ?? null,
      toDeploymentId: deployment.id,
      jobStatus: "pending",
      requestedAt: Date.now(),
      type
    };
    this.store.state.lastAliasRequest = request;
    this.store.save();
    if (this.aliasTimer) {
      clearTimeout(this.aliasTimer);
      this.timers.delete(this.aliasTimer);
      this.aliasTimer = void 0;
    }
    if (fault?.aliasJob === "stuck")
      return request;
    this.aliasTimer = this.after(this.options.aliasDelayMs, () => {
      this.aliasTimer = void 0;
      this.completeAliasJob(request, fault?.aliasJob === "failed");
    });
    return request;
  }
  /** After a restart: resume builds in flight and finish a pending promote/rollback. */
  resume() {
    for (const deployment of this.store.state.deployments) {
      if (deployment.readyState === "QUEUED" || deployment.readyState === "BUILDING")
        this.startBuild(deployment);
    }
    const pending = this.store.state.lastAliasRequest;
    if (pending && (pending.jobStatus === "pending" || pending.jobStatus === "in-progress")) {
      this.aliasTimer = this.after(this.options.aliasDelayMs, () => this.completeAliasJob(pending, false));
    }
  }
  close() {
    for (const timer of this.timers)
      clearTimeout(timer);
    this.timers.clear();
    this.removeAllListeners();
  }
  completeAliasJob(request, failed) {
    if (this.store.state.lastAliasRequest !== request)
      return;
    const target = this.store.deployment(request.toDeploymentId);
    if (failed || !target || target.readyState !== "READY") {
      request.jobStatus = "failed";
    } else {
      this.goLive(target);
      request.jobStatus = "succeeded";
    }
    this.store.state.project.updatedAt = Date.now();
    this.store.save();
    this.options.logger.debug(`sandbox: ${request.type} to ${request.toDeploymentId} ${request.jobStatus}`);
    this.emit("change", request.toDeploymentId);
  }
  toBuilding(deployment) {
    if (deployment.readyState !== "QUEUED")
      return;
    deployment.readyState = "BUILDING";
    deployment.buildingAt = Date.now();
    this.changed(deployment);
  }
  finish(deployment) {
    if (deployment.readyState !== "BUILDING" && deployment.readyState !== "QUEUED")
      return;
    if (deployment.buildFault === "stuck") {
      this.toBuilding(deployment);
      return;
    }
    const now = Date.now();
    if (deployment.buildingAt === null)
      deployment.buildingAt = now;
    if (deployment.buildFault === "error") {
      deployment.readyState = "ERROR";
      deployment.errorCode = "BUILD_FAILED";
      deployment.errorMessage ??= "The build failed (sandbox build fault).";
      deployment.readyAt = now;
      this.changed(deployment);
      return;
    }
    deployment.readyState = "READY";
    deployment.readyAt = now;
    const staged = deployment.target === "production" && !deployment.autoAssignCustomDomains;
    if (!staged)
      deployment.aliasAssignedAt = now;
    if (deployment.target === "production" && deployment.autoAssignCustomDomains && this.store.state.project.autoAssignCustomDomains) {
      this.goLive(deployment, now);
    }
    if (deployment.customEnvironment === "staging" && deployment.autoAssignCustomDomains)
      this.store.setAlias(STAGING_DOMAIN, deployment.id, now);
    this.changed(deployment);
  }
  changed(deployment) {
    this.store.save();
    this.options.logger.debug(`sandbox: ${deployment.id} is ${deployment.readyState}`);
    this.emit("change", deployment.id);
  }
  after(ms, fn) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
    return timer;
  }
};

// lib/sandbox/origins.js
var import_node_http = __toESM(require_node_http(), 1);
var import_node_https = __toESM(require_node_https(), 1);
var import_node_net = __toESM(require_node_net(), 1);
var TLS_HANDSHAKE_RECORD = 22;
var KEEP_ALIVE_TIMEOUT_MS = 2e3;
async function listen(server, host, port, fallback = false) {
  try {
    return await listenOnce(server, host, port);
  } catch (error) {
    if (!fallback || port === 0)
      throw error;
    return listenOnce(server, host, 0);
  }
}
function listenOnce(server, host, port) {
  return new Promise((resolve2, reject) => {
    const onError = (error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve2(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}
var OriginServer = class {
  handler;
  tls;
  tcp;
  http;
  /** Made on the first TLS connection: a TLS context costs about 1 ms, which plain-HTTP use need not pay. */
  https;
  /** Every accepted connection until it closes, whichever protocol it speaks (for `close`). */
  connections = /* @__PURE__ */ new Set();
  /** `tls`: the server certificate and its key (PEM). */
  constructor(handler, tls) {
    this.handler = handler;
    this.tls = tls;
    this.http = (0, import_node_http.createServer)(handler);
    this.http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    this.tcp = (0, import_node_net.createServer)({ allowHalfOpen: true, noDelay: true }, (socket) => this.accept(socket));
  }
  /** Listens like `listen` above (`fallback`: a busy `port` is replaced by a free one); resolves with the port. */
  listen(host, port, fallback = false) {
    return listen(this.tcp, host, port, fallback);
  }
  /** The bound port (only while listening). */
  get port() {
    return this.tcp.address().port;
  }
  /**
   * Stops listening and destroys every connection (keep-alive and streaming ones included, and
   * ones still in their TLS handshake or that sent nothing yet); resolves once all are closed.
   */
  close() {
    return new Promise((resolve2) => {
      if (!this.tcp.listening) {
        resolve2();
        return;
      }
      this.tcp.close(() => resolve2());
      for (const socket of this.connections)
        socket.destroy();
    });
  }
  accept(socket) {
    this.connections.add(socket);
    socket.once("close", () => this.connections.delete(socket));
    const onError = () => {
      socket.destroy();
    };
    const onEnd = () => {
      socket.end();
    };
    socket.on("error", onError);
    socket.once("end", onEnd);
    const dispatch = () => {
      const arrived = socket.read();
      if (arrived === null) {
        socket.once("readable", dispatch);
        return;
      }
      socket.unshift(arrived);
      socket.off("end", onEnd);
      if (arrived[0] === TLS_HANDSHAKE_RECORD) {
        socket.allowHalfOpen = false;
        this.httpsServer().emit("connection", socket);
      } else {
        socket.off("error", onError);
        this.http.emit("connection", socket);
      }
    };
    dispatch();
  }
  httpsServer() {
    if (!this.https) {
      this.https = (0, import_node_https.createServer)({ cert: this.tls.cert, key: this.tls.key }, this.handler);
      this.https.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    }
    return this.https;
  }
};
var OriginPool = class {
  host;
  handler;
  tls;
  logger;
  servers = /* @__PURE__ */ new Map();
  /** `tls`: the server certificate and its key (PEM) every origin presents to HTTPS clients. */
  constructor(host, handler, tls, logger) {
    this.host = host;
    this.handler = handler;
    this.tls = tls;
    this.logger = logger;
  }
  /** Binds the origin for `key`, preferring `preferredPort` (falls back to a free port); returns the port. */
  async bind(key, preferredPort = 0) {
    const name = keyName(key);
    const existing = this.servers.get(name);
    if (existing)
      return existing.port;
    const server = new OriginServer((req, res) => this.handler(key, req, res), this.tls);
    const port = await server.listen(this.host, preferredPort, true);
    if (preferredPort !== 0 && port !== preferredPort)
      this.logger.warning(`sandbox: port ${preferredPort} for ${name} is taken; now on ${port}`);
    this.servers.set(name, server);
    return port;
  }
  /** Closes every origin and all their connections. */
  async closeAll() {
    const servers = [...this.servers.values()];
    this.servers.clear();
    await Promise.all(servers.map((server) => server.close()));
  }
};
function keyName(key) {
  return key.kind === "deployment" ? `deployment ${key.deploymentId}` : `${key.domain} domain`;
}

// lib/sandbox/request-log.js
var MAX_ENTRIES = 1e4;
var RequestLog = class {
  entries = [];
  add(entry) {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }
  list() {
    return [...this.entries];
  }
  clear() {
    const count = this.entries.length;
    this.entries = [];
    return count;
  }
};

// lib/sandbox/serve.js
var import_promises4 = __toESM(require_promises2(), 1);

// lib/sandbox/build-output.js
function routeBuildOutput(site, req) {
  const groups = groupRoutes(site);
  const state = { path: req.path, headers: {} };
  const first = runPhase(groups.get(null) ?? [], state, req, null);
  const early = settle(site, state, first, req, groups);
  if (early)
    return early;
  const found = outputLookup(site, state.path, state.path !== req.path);
  if (found)
    return serveFound(found, state, req, groups);
  for (const phase of [["filesystem", "rewrite", "resource"], ["miss"]]) {
    const routes2 = phase.flatMap((p) => groups.get(p) ?? []);
    if (routes2.length === 0)
      continue;
    const terminal2 = runPhase(routes2, state, req, phase[0] ?? null);
    const settled = settle(site, state, terminal2, req, groups);
    if (settled)
      return settled;
    const again = outputLookup(site, state.path, state.path !== req.path);
    if (again)
      return serveFound(again, state, req, groups);
  }
  return errorPhase(site, state, req, groups, 404);
}
function groupRoutes(site) {
  const groups = /* @__PURE__ */ new Map();
  let phase = null;
  for (const route of site.routes) {
    if (route.kind === "handle") {
      phase = route.handle;
      continue;
    }
    const list = groups.get(phase) ?? [];
    list.push(route);
    groups.set(phase, list);
  }
  return groups;
}
function runPhase(routes2, state, req, phase) {
  for (const route of routes2) {
    if (route.methods && !route.methods.includes(req.method.toUpperCase()))
      continue;
    const match = route.src.exec(state.path);
    if (!match || !conditionsHold(route, req))
      continue;
    for (const [name, value] of Object.entries(route.headers ?? {})) {
      const key = name.toLowerCase();
      if ((phase === "hit" || phase === "miss") && key in state.headers)
        continue;
      state.headers[key] = substitute(value, match);
    }
    const dest = route.dest === void 0 ? void 0 : substitute(route.dest, match);
    if (route.continue) {
      if (dest !== void 0 && !isExternal(dest))
        state.path = pathOf(dest);
      if (route.status !== void 0)
        state.status = route.status;
      continue;
    }
    return { route, dest };
  }
  return void 0;
}
function settle(site, state, terminal2, req, groups) {
  const status = terminal2?.route.status ?? state.status;
  if (status !== void 0 && status >= 300 && status < 400 && state.headers.location !== void 0)
    return {
      kind: "status",
      status,
      headers: state.headers,
      text: `Redirecting to ${state.headers.location}`
    };
  if (!terminal2)
    return void 0;
  if (terminal2.dest === void 0) {
    if (status !== void 0 && status >= 400)
      return errorPhase(site, state, req, groups, status);
    if (status !== void 0)
      return { kind: "status", status, headers: state.headers, text: "" };
    return void 0;
  }
  if (isExternal(terminal2.dest)) {
    return {
      kind: "status",
      status: 502,
      headers: state.headers,
      text: `External rewrite to ${terminal2.dest} is not supported by the sandbox`
    };
  }
  state.path = pathOf(terminal2.dest);
  if (status !== void 0)
    state.status = status;
  const found = outputLookup(site, state.path, true);
  if (found)
    return serveFound(found, state, req, groups);
  if (terminal2.route.check)
    return void 0;
  return errorPhase(site, state, req, groups, 404);
}
function serveFound(file, state, req, groups) {
  runPhase(groups.get("hit") ?? [], state, req, "hit");
  return { kind: "file", file, status: state.status ?? 200, headers: state.headers };
}
function errorPhase(site, state, req, groups, status) {
  const errorState = { path: state.path, headers: { ...state.headers } };
  const candidates = (groups.get("error") ?? []).filter((r) => r.status === void 0 || r.status === status);
  const terminal2 = runPhase(candidates, errorState, req, "error");
  const errorStatus = terminal2?.route.status ?? errorState.status ?? status;
  if (terminal2?.dest !== void 0 && !isExternal(terminal2.dest)) {
    const file = outputLookup(site, pathOf(terminal2.dest), true);
    if (file)
      return { kind: "file", file, status: errorStatus, headers: errorState.headers };
  }
  const page = outputLookup(site, "/404.html", true);
  if (page && errorStatus === 404)
    return { kind: "file", file: page, status: 404, headers: errorState.headers };
  return {
    kind: "status",
    status: errorStatus,
    headers: { ...errorState.headers, "x-vercel-error": errorStatus === 404 ? "NOT_FOUND" : "ROUTE_STATUS" },
    text: errorStatus === 404 ? "The page could not be found\n\nNOT_FOUND" : `Status ${errorStatus}`
  };
}
function conditionsHold(route, req) {
  return route.has.every((c) => conditionValue(c, req)) && route.missing.every((c) => !conditionValue(c, req));
}
function conditionValue(condition, req) {
  let actual;
  if (condition.type === "host")
    actual = String(req.headers.host ?? "").replace(/:\d+$/, "");
  else if (condition.type === "query")
    actual = req.query.get(condition.key ?? "") ?? void 0;
  else if (condition.type === "header") {
    const header2 = req.headers[(condition.key ?? "").toLowerCase()];
    actual = Array.isArray(header2) ? header2.join(", ") : header2;
  } else {
    const cookies = String(req.headers.cookie ?? "").split(";").map((p) => p.trim().split("="));
    actual = cookies.find(([k]) => k === condition.key)?.slice(1).join("=");
  }
  if (actual === void 0)
    return false;
  return condition.value ? condition.value.test(actual) : true;
}
function substitute(template, match) {
  return template.replace(/\$(\d+|[A-Za-z_]\w*)/g, (_, ref) => {
    const value = /^\d+$/.test(ref) ? match[Number(ref)] : match.groups?.[ref];
    return value ?? "";
  });
}
function isExternal(dest) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dest);
}
function pathOf(dest) {
  const raw = dest.replace(/[?#].*$/, "");
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
  }
  return decoded.startsWith("/") ? decoded : `/${decoded}`;
}

// lib/sandbox/static-files.js
var import_promises3 = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var TYPES2 = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".cjs": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav",
  ".zip": "application/zip",
  ".gz": "application/gzip",
  ".rsc": "text/x-component"
};
function contentTypeFor(path) {
  return TYPES2[(0, import_node_path2.extname)(path).toLowerCase()] ?? "application/octet-stream";
}
async function sendFile(req, res, blobDir, file, status = 200, headers = {}) {
  const data = await (0, import_promises3.readFile)((0, import_node_path2.join)(blobDir, file.sha));
  if (res.destroyed)
    return;
  const etag = `"${file.sha}"`;
  const out = {
    "content-type": file.contentType ?? contentTypeFor(file.path),
    "cache-control": "public, max-age=0, must-revalidate",
    ...headers,
    etag,
    "content-length": String(data.length)
  };
  const match = req.headers["if-none-match"];
  if (status === 200 && match !== void 0 && match.split(",").some((t) => t.trim() === etag || t.trim() === "*")) {
    delete out["content-length"];
    res.writeHead(304, out);
    res.end();
    return;
  }
  res.writeHead(status, out);
  res.end(req.method === "HEAD" ? void 0 : data);
}
function sendText(req, res, status, text, headers = {}) {
  if (res.headersSent || res.destroyed)
    return;
  const body = Buffer.from(text.endsWith("\n") ? text : `${text}
`);
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "public, max-age=0, must-revalidate",
    ...headers,
    "content-length": String(body.length)
  });
  res.end(req.method === "HEAD" ? void 0 : body);
}

// lib/sandbox/serve.js
function createOriginHandler(services) {
  const sites = /* @__PURE__ */ new Map();
  const siteOf = (deployment) => {
    let site = sites.get(deployment.id);
    if (!site) {
      site = buildSite(deployment, services.blobs);
      sites.set(deployment.id, site);
    }
    return site;
  };
  return (key, req, res) => {
    handle2(services, siteOf, key, req, res).catch((error) => {
      services.logger.error(`sandbox: serving ${req.url ?? ""} failed: ${error.message}`);
      sendText(req, res, 500, "Internal sandbox error", { "x-vercel-error": "INTERNAL_UNEXPECTED_ERROR" });
    });
  };
}
async function handle2(services, siteOf, key, req, res) {
  res.setHeader("x-vercel-id", `sandbox::${randomId(12)}`);
  let deployment;
  if (key.kind === "domain") {
    deployment = key.domain === "production" ? services.store.production() : services.store.staging();
    if (!deployment) {
      const name = key.domain === "production" ? PRODUCTION_DOMAIN : STAGING_DOMAIN;
      sendText(req, res, 404, `No deployment is assigned to ${name} yet.

DEPLOYMENT_NOT_FOUND`, {
        "x-vercel-error": "DEPLOYMENT_NOT_FOUND"
      });
      return;
    }
  } else {
    deployment = services.store.deployment(key.deploymentId);
    if (!deployment) {
      sendText(req, res, 404, "The deployment could not be found.\n\nDEPLOYMENT_NOT_FOUND", {
        "x-vercel-error": "DEPLOYMENT_NOT_FOUND"
      });
      return;
    }
  }
  res.setHeader("x-sandbox-deployment-id", deployment.id);
  if (deployment.readyState === "QUEUED" || deployment.readyState === "BUILDING") {
    sendText(req, res, 503, `The deployment ${deployment.id} is ${deployment.readyState} and not ready yet.

DEPLOYMENT_NOT_READY`, {
      "x-vercel-error": "DEPLOYMENT_NOT_READY",
      "retry-after": "1"
    });
    return;
  }
  if (deployment.readyState !== "READY") {
    sendText(req, res, 404, `The deployment ${deployment.id} is ${deployment.readyState}.

DEPLOYMENT_NOT_FOUND`, {
      "x-vercel-error": "DEPLOYMENT_NOT_FOUND"
    });
    return;
  }
  const effect = services.faults.serveEffect(deployment.id, key.kind === "domain" ? "domain" : "unique");
  if (effect && effect.latencyMs > 0)
    await (0, import_promises4.setTimeout)(effect.latencyMs);
  if (res.destroyed)
    return;
  if (effect?.status !== void 0) {
    sendText(req, res, effect.status, `Sandbox serving fault ${effect.faultId}: status ${effect.status}`, {
      "x-sandbox-fault": effect.faultId
    });
    return;
  }
  await serveSite(services, siteOf(deployment), req, res);
}
async function serveSite(services, site, req, res) {
  const url = new URL(req.url ?? "/", "http://origin");
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    sendText(req, res, 400, "Bad request path", { "x-vercel-error": "INVALID_REQUEST_PATH" });
    return;
  }
  if (path.split("/").includes("..")) {
    sendText(req, res, 400, "Bad request path", { "x-vercel-error": "INVALID_REQUEST_PATH" });
    return;
  }
  const method = req.method ?? "GET";
  if (site.configError) {
    const what = site.kind === "static" ? "Invalid vercel.json" : "Invalid build output";
    sendText(req, res, 500, `${what}: ${site.configError}`, {
      "x-vercel-error": "INVALID_BUILD_OUTPUT"
    });
    return;
  }
  const outcome = routeBuildOutput(site, { method, path, headers: req.headers, query: url.searchParams });
  if (outcome.kind === "status") {
    sendText(req, res, outcome.status, outcome.text, outcome.headers);
    return;
  }
  if (method !== "GET" && method !== "HEAD")
    return methodNotAllowed(req, res);
  await sendFile(req, res, services.blobs.dir, outcome.file, outcome.status, outcome.headers);
}
function methodNotAllowed(req, res) {
  sendText(req, res, 405, "Method not allowed", {
    allow: "GET, HEAD",
    "x-vercel-error": "METHOD_NOT_ALLOWED"
  });
}

// lib/sandbox/store.js
var import_node_fs3 = __toESM(require_node_fs(), 1);
var SandboxStore = class _SandboxStore {
  state;
  file;
  constructor(state, file) {
    this.state = state;
    this.file = file;
  }
  /**
   * Loads `file` when it exists (throws with one line if it is not a sandbox state file),
   * otherwise starts from `fresh()`. `file` null = memory only.
   */
  static open(file, fresh) {
    if (file && (0, import_node_fs3.existsSync)(file)) {
      let parsed;
      try {
        parsed = JSON.parse((0, import_node_fs3.readFileSync)(file, "utf8"));
      } catch (error) {
        throw new Error(`Sandbox state file ${file} is not valid JSON: ${error.message}`, {
          cause: error
        });
      }
      if (!isState(parsed))
        throw new Error(`Sandbox state file ${file} has an unknown format (expected version 1)`);
      return new _SandboxStore(parsed, file);
    }
    const store = new _SandboxStore(fresh(), file);
    store.save();
    return store;
  }
  get persistent() {
    return this.file !== null;
  }
  save() {
    if (this.file)
      writeFileAtomic(this.file, `${JSON.stringify(this.state, null, 1)}
`);
  }
  deployment(id) {
    return this.state.deployments.find((d) => d.id === id);
  }
  /** Adds a deployment; its `createdAt` is bumped so creation times are unique and increasing. */
  addDeployment(record) {
    const last = this.state.deployments.at(-1);
    if (last && record.createdAt <= last.createdAt)
      record.createdAt = last.createdAt + 1;
    this.state.deployments.push(record);
  }
  /** Deployments, newest first. */
  newestFirst() {
    return [...this.state.deployments].sort((a, b) => b.createdAt - a.createdAt);
  }
  alias(name) {
    return this.state.aliases.find((a) => a.alias === name.toLowerCase());
  }
  /** Points alias `name` at a deployment; returns the deployment it pointed at before, if any. */
  setAlias(name, deploymentId, now) {
    const existing = this.alias(name);
    if (existing) {
      const oldDeploymentId = existing.deploymentId;
      existing.deploymentId = deploymentId;
      existing.createdAt = now;
      return { record: existing, oldDeploymentId };
    }
    const record = {
      uid: newId("alias"),
      alias: name.toLowerCase(),
      deploymentId,
      createdAt: now
    };
    this.state.aliases.push(record);
    return { record, oldDeploymentId: null };
  }
  /** Alias names currently pointing at a deployment. */
  aliasesOf(deploymentId) {
    return this.state.aliases.filter((a) => a.deploymentId === deploymentId);
  }
  /** The deployment the production domain points at (the live production deployment). */
  production() {
    const alias = this.alias(PRODUCTION_DOMAIN);
    return alias ? this.deployment(alias.deploymentId) : void 0;
  }
  staging() {
    const alias = this.alias(STAGING_DOMAIN);
    return alias ? this.deployment(alias.deploymentId) : void 0;
  }
  /**
   * Removes a deployment and every alias pointing at it (so a domain it served serves nothing
   * until it is pointed elsewhere); returns false when there is no such deployment. The caller
   * saves.
   */
  removeDeployment(id) {
    const index = this.state.deployments.findIndex((deployment) => deployment.id === id);
    if (index === -1)
      return false;
    this.state.deployments.splice(index, 1);
    this.state.aliases = this.state.aliases.filter((alias) => alias.deploymentId !== id);
    return true;
  }
  /** The project's Environment Variables (created empty in a state file written before they existed). */
  envs() {
    this.state.envs ??= [];
    return this.state.envs;
  }
};
function isState(value) {
  if (typeof value !== "object" || value === null)
    return false;
  const candidate = value;
  return candidate.version === 1 && typeof candidate.token === "string" && Array.isArray(candidate.deployments) && Array.isArray(candidate.aliases) && typeof candidate.domainPorts === "object" && typeof candidate.project === "object" && typeof candidate.edgeConfigs === "object";
}

// lib/sandbox/tls.js
var import_node_crypto4 = __toESM(require_node_crypto(), 1);
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_net2 = __toESM(require_node_net(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
var LOOPBACK_NAMES = ["127.0.0.1", "::1", "localhost"];
var DAY_MS = 864e5;
var CA_VALIDITY_DAYS = 3650;
var SERVER_VALIDITY_DAYS = 397;
var RENEW_WITHIN_DAYS = 30;
var BACKDATE_MS = 36e5;
var SIGNING_ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
var KEY_ALGORITHM = { name: "ECDSA", namedCurve: "P-256" };
var NAME_CONSTRAINTS_OID = "2.5.29.30";
var FILES = {
  caCert: "ca.pem",
  caKey: "ca-key.pem",
  serverCert: "server.pem",
  serverKey: "server-key.pem"
};
function certificateNames(urlHost) {
  const host = urlHost.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return LOOPBACK_NAMES.includes(host) ? [...LOOPBACK_NAMES] : [...LOOPBACK_NAMES, host];
}
async function prepareTls(options) {
  const { names, logger } = options;
  const tlsDir = (0, import_node_path3.join)(options.dir, "tls");
  (0, import_node_fs4.mkdirSync)(tlsDir, { recursive: true });
  const caFile = (0, import_node_path3.resolve)(tlsDir, FILES.caCert);
  const started = performance.now();
  const { material, how } = options.persist ? await persistedMaterial(tlsDir, names, logger) : await processMaterial(names);
  if (!options.persist)
    writeAtomic(caFile, material.ca.cert, 420);
  logger.debug(`sandbox: TLS certificates ${how} in ${(performance.now() - started).toFixed(1)} ms; CA in ${caFile}`);
  return { caFile, server: material.server };
}
var madeThisProcess = /* @__PURE__ */ new Map();
async function processMaterial(names) {
  const key = names.join(" ");
  const earlier = madeThisProcess.get(key);
  if (earlier)
    return { material: await earlier, how: "reused from an earlier start in this process" };
  const making = makeMaterial(names);
  madeThisProcess.set(key, making);
  making.catch(() => madeThisProcess.delete(key));
  return { material: await making, how: "made" };
}
async function persistedMaterial(tlsDir, names, logger) {
  const found = readPersisted(tlsDir);
  let verdict = { action: "new-ca", reason: "" };
  if (found && found.missing.length > 0)
    verdict = { action: "new-ca", reason: `${found.missing.join(", ")} missing` };
  else if (found)
    verdict = assess(found.material, names, Date.now());
  let material;
  switch (verdict.action) {
    case "reuse":
      return { material: found.material, how: `reused from ${tlsDir}` };
    case "reissue-server": {
      const { ca } = found.material;
      logger.info(`sandbox: the TLS server certificate in ${tlsDir} is reissued by the same CA: ${verdict.reason}`);
      material = { ca, server: await issueServerCertificate(ca, names) };
      break;
    }
    case "new-ca":
      if (verdict.reason !== "")
        logger.warning(`sandbox: a new TLS CA replaces the one in ${tlsDir}: ${verdict.reason}`);
      material = await makeMaterial(names);
  }
  persist(tlsDir, material);
  return { material, how: verdict.action === "reissue-server" ? "reissued (server certificate)" : "made" };
}
async function makeMaterial(names) {
  const x509 = await loadX509();
  const ca = await issueAuthority(x509, names);
  return { ca, server: await issueServerCertificate(ca, names) };
}
async function issueAuthority(x509, names) {
  const keys = await import_node_crypto4.webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ["sign", "verify"]);
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=Greenlight sandbox CA ${randomId(8)}, O=Greenlight sandbox`,
    notBefore: new Date(now - BACKDATE_MS),
    notAfter: new Date(now + CA_VALIDITY_DAYS * DAY_MS),
    signingAlgorithm: SIGNING_ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      nameConstraints(x509, names)
    ]
  });
  return { cert: cert.toString("pem"), key: await privateKeyPem(keys.privateKey) };
}
async function issueServerCertificate(ca, names, notAfter = new Date(Date.now() + SERVER_VALIDITY_DAYS * DAY_MS)) {
  const x509 = await loadX509();
  const authority = new x509.X509Certificate(ca.cert);
  const signingKey = await import_node_crypto4.webcrypto.subtle.importKey("pkcs8", (0, import_node_crypto4.createPrivateKey)(ca.key).export({ format: "der", type: "pkcs8" }), KEY_ALGORITHM, false, ["sign"]);
  const keys = await import_node_crypto4.webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ["sign", "verify"]);
  const cert = await x509.X509CertificateGenerator.create({
    subject: "CN=Greenlight sandbox",
    issuer: authority.subject,
    notBefore: new Date(Date.now() - BACKDATE_MS),
    notAfter: new Date(Math.min(notAfter.getTime(), authority.notAfter.getTime())),
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: keys.publicKey,
    signingKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, void 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(names.map((name) => ({ type: (0, import_node_net2.isIP)(name) ? "ip" : "dns", value: name }))),
      await x509.AuthorityKeyIdentifierExtension.create(authority.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
    ]
  });
  return { cert: cert.toString("pem"), key: await privateKeyPem(keys.privateKey) };
}
function nameConstraints(x509, names) {
  const subtrees = names.map((name) => {
    const generalName = Buffer.from(new x509.GeneralName((0, import_node_net2.isIP)(name) ? "ip" : "dns", name).rawData);
    if (!(0, import_node_net2.isIP)(name))
      return der(48, generalName);
    const address = generalName.subarray(2);
    return der(48, der(135, address, Buffer.alloc(address.length, 255)));
  });
  return new x509.Extension(NAME_CONSTRAINTS_OID, true, der(48, der(160, ...subtrees)));
}
function der(tag, ...contents) {
  const body = Buffer.concat(contents);
  const lengthBytes = [];
  for (let rest = body.length; rest > 0; rest = Math.floor(rest / 256))
    lengthBytes.unshift(rest % 256);
  const length = body.length < 128 ? [body.length] : [128 | lengthBytes.length, ...lengthBytes];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}
async function privateKeyPem(key) {
  const pkcs8 = Buffer.from(await import_node_crypto4.webcrypto.subtle.exportKey("pkcs8", key));
  return (0, import_node_crypto4.createPrivateKey)({ key: pkcs8, format: "der", type: "pkcs8" }).export({ format: "pem", type: "pkcs8" }).toString();
}
function assess(material, names, now) {
  try {
    const ca = new import_node_crypto4.X509Certificate(material.ca.cert);
    const caKey = (0, import_node_crypto4.createPrivateKey)(material.ca.key);
    if (!ca.ca || !ca.checkPrivateKey(caKey) || !ca.verify(ca.publicKey))
      return { action: "new-ca", reason: "the CA certificate does not match its key" };
    if (Date.parse(ca.validTo) - now < RENEW_WITHIN_DAYS * DAY_MS)
      return { action: "new-ca", reason: `the CA expires ${ca.validTo}` };
    const server = new import_node_crypto4.X509Certificate(material.server.cert);
    const serverKey = (0, import_node_crypto4.createPrivateKey)(material.server.key);
    if (!server.checkIssued(ca) || !server.verify(ca.publicKey) || !server.checkPrivateKey(serverKey))
      return { action: "new-ca", reason: "the server certificate does not match its key or the CA" };
    const uncovered = names.filter((name) => (0, import_node_net2.isIP)(name) ? server.checkIP(name) === void 0 : server.checkHost(name, { subject: "never" }) === void 0);
    if (uncovered.length > 0)
      return { action: "new-ca", reason: `the certificates do not cover ${uncovered.join(", ")}` };
    if (Date.parse(server.validFrom) > now || Date.parse(server.validTo) - now < RENEW_WITHIN_DAYS * DAY_MS)
      return {
        action: "reissue-server",
        reason: `the server certificate is valid ${server.validFrom} \u2013 ${server.validTo}`
      };
    return { action: "reuse" };
  } catch (error) {
    return { action: "new-ca", reason: errorMessage(error) };
  }
}
function readPersisted(tlsDir) {
  const read = (name) => {
    try {
      return (0, import_node_fs4.readFileSync)((0, import_node_path3.join)(tlsDir, name), "utf8");
    } catch (error) {
      if (error.code === "ENOENT")
        return void 0;
      throw error;
    }
  };
  const files = [FILES.caCert, FILES.caKey, FILES.serverCert, FILES.serverKey];
  const texts = files.map(read);
  if (texts.every((text) => text === void 0))
    return void 0;
  const [caCert = "", caKey = "", serverCert = "", serverKey = ""] = texts;
  return {
    material: { ca: { cert: caCert, key: caKey }, server: { cert: serverCert, key: serverKey } },
    missing: files.filter((_, index) => texts[index] === void 0)
  };
}
function persist(tlsDir, material) {
  writeAtomic((0, import_node_path3.join)(tlsDir, FILES.caKey), material.ca.key, 384);
  writeAtomic((0, import_node_path3.join)(tlsDir, FILES.caCert), material.ca.cert, 420);
  writeAtomic((0, import_node_path3.join)(tlsDir, FILES.serverKey), material.server.key, 384);
  writeAtomic((0, import_node_path3.join)(tlsDir, FILES.serverCert), material.server.cert, 420);
}
function writeAtomic(path, data, mode) {
  const temp = `${path}.tmp-${randomId(8)}`;
  (0, import_node_fs4.writeFileSync)(temp, data, { mode });
  (0, import_node_fs4.renameSync)(temp, path);
}
var x509Module;
function loadX509() {
  x509Module ??= (async () => {
    await import("./Reflect-U7UYPLBY.js");
    const { default: x509 } = await import("./x509.cjs-QHH5R7IB.js");
    x509.cryptoProvider.set(import_node_crypto4.webcrypto);
    return x509;
  })();
  x509Module.catch(() => {
    x509Module = void 0;
  });
  return x509Module;
}

// lib/sandbox/server.js
var ALIAS_DELAY_MS = 100;
function validate(options) {
  const { port, buildDelayMs, token } = options;
  if (port !== void 0 && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new ConfigurationError(`Sandbox port must be an integer from 0 to 65535 (got ${String(port)})`);
  if (buildDelayMs !== void 0 && (!Number.isFinite(buildDelayMs) || buildDelayMs < 0))
    throw new ConfigurationError(`Sandbox buildDelayMs must be a number of milliseconds >= 0 (got ${String(buildDelayMs)})`);
  if (token !== void 0 && !/^[\x21-\x7e]{8,}$/.test(token))
    throw new ConfigurationError("Sandbox token must be at least 8 printable characters without spaces");
}
function freshState(token) {
  const now = Date.now();
  return {
    version: 1,
    token,
    apiPort: 0,
    domainPorts: { production: 0, staging: 0 },
    project: { createdAt: now, updatedAt: now, autoAssignCustomDomains: true },
    deployments: [],
    aliases: [],
    lastAliasRequest: null,
    edgeConfigs: {}
  };
}
function publicHost(host) {
  if (host === "" || host === "0.0.0.0")
    return "127.0.0.1";
  if (host === "::")
    return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
async function startSandboxServer(options = {}) {
  validate(options);
  const host = options.host ?? "127.0.0.1";
  const logger = options.logger ?? silentLogger;
  const tempDir = options.stateDir ? void 0 : (0, import_node_fs5.mkdtempSync)((0, import_node_path4.join)((0, import_node_os.tmpdir)(), "greenlight-sandbox-"));
  const baseDir = options.stateDir ?? tempDir;
  (0, import_node_fs5.mkdirSync)(baseDir, { recursive: true });
  const store = SandboxStore.open(options.stateDir ? (0, import_node_path4.join)(baseDir, "state.json") : null, () => freshState(options.token ?? `gls_${randomId(32)}`));
  if (options.token)
    store.state.token = options.token;
  const blobs = new BlobStore((0, import_node_path4.join)(baseDir, "files"));
  const faults = new FaultRegistry();
  const lifecycle = new Lifecycle(store, faults, {
    buildDelayMs: options.buildDelayMs ?? 300,
    aliasDelayMs: ALIAS_DELAY_MS,
    logger
  });
  const urlHost = publicHost(host);
  let tls;
  try {
    tls = await prepareTls({
      dir: baseDir,
      persist: options.stateDir !== void 0,
      names: certificateNames(urlHost),
      logger
    });
  } catch (error) {
    if (tempDir)
      (0, import_node_fs5.rmSync)(tempDir, { recursive: true, force: true });
    throw error;
  }
  const services = {
    store,
    blobs,
    faults,
    lifecycle,
    origins: void 0,
    requests: new RequestLog(),
    logger,
    view: { store, host: urlHost, api: "" },
    token: store.state.token,
    domainPorts: { production: 0, staging: 0 }
  };
  services.origins = new OriginPool(host, createOriginHandler(services), tls.server, logger);
  const apiServer = new OriginServer(createApiHandler(services), tls.server);
  try {
    const explicit = options.port !== void 0 && options.port !== 0;
    const apiPort = await apiServer.listen(host, explicit ? options.port : store.state.apiPort, !explicit).catch((error) => {
      throw new ConfigurationError(`Sandbox cannot listen on ${host}:${String(options.port)}: ${error.code ?? error.message}`);
    });
    if (!explicit && store.state.apiPort !== 0 && apiPort !== store.state.apiPort)
      logger.warning(`sandbox: API port ${store.state.apiPort} is taken; now on ${apiPort}`);
    services.view.api = `http://${urlHost}:${apiPort}`;
    services.domainPorts.production = await services.origins.bind({ kind: "domain", domain: "production" }, store.state.domainPorts.production);
    services.domainPorts.staging = await services.origins.bind({ kind: "domain", domain: "staging" }, store.state.domainPorts.staging);
    for (const deployment of store.state.deployments) {
      deployment.port = await services.origins.bind({ kind: "deployment", deploymentId: deployment.id }, deployment.port);
    }
    store.state.apiPort = apiPort;
    store.state.domainPorts = { ...services.domainPorts };
    store.save();
  } catch (error) {
    await apiServer.close();
    await services.origins.closeAll();
    if (tempDir)
      (0, import_node_fs5.rmSync)(tempDir, { recursive: true, force: true });
    throw error;
  }
  lifecycle.resume();
  logger.debug(`sandbox: API on ${services.view.api}, state in ${options.stateDir ?? "memory"}`);
  const info = {
    api: services.view.api,
    token: services.token,
    teamId: TEAM_ID,
    projectId: PROJECT_ID,
    origins: {
      production: `http://${urlHost}:${services.domainPorts.production}`,
      staging: `http://${urlHost}:${services.domainPorts.staging}`
    },
    domains: { production: PRODUCTION_DOMAIN, staging: STAGING_DOMAIN },
    ca: tls.caFile
  };
  let closing;
  return {
    ...structuredClone(info),
    origins: { ...info.origins },
    domains: { ...info.domains },
    info: () => structuredClone(info),
    close: () => {
      closing ??= (async () => {
        lifecycle.close();
        await apiServer.close();
        await services.origins.closeAll();
        store.save();
        if (tempDir)
          (0, import_node_fs5.rmSync)(tempDir, { recursive: true, force: true });
      })();
      return closing;
    }
  };
}

// lib/sandbox/command.js
var USAGE = "usage: greenlight sandbox [--port N] [--state DIR] [--token T]";
function parseSandboxArgs(args) {
  const options = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : void 0;
    const value = () => {
      const given = inline ?? args[++i];
      if (given === void 0 || given === "" || inline === void 0 && given.startsWith("--"))
        throw new Error(`${name} needs a value (${USAGE})`);
      return given;
    };
    switch (name) {
      case "--port": {
        const raw = value();
        const port = Number(raw);
        if (!/^\d+$/.test(raw) || port > 65535)
          throw new Error(`--port must be a port number from 0 to 65535 (got "${raw}")`);
        options.port = port;
        break;
      }
      case "--state":
        options.stateDir = value();
        break;
      case "--token":
        options.token = value();
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new Error(`Unknown argument "${arg}" (${USAGE})`);
    }
  }
  return options;
}
async function sandboxCommand(args) {
  let options;
  try {
    options = parseSandboxArgs(args);
  } catch (error) {
    process.stderr.write(`greenlight sandbox: ${errorMessage(error)}
`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  const { help: _help, ...sandboxOptions } = options;
  let sandbox;
  try {
    sandbox = await startSandboxServer({
      ...sandboxOptions,
      logger: consoleLogger({ verbose: process.env.GREENLIGHT_DEBUG === "1" })
    });
  } catch (error) {
    process.stderr.write(`greenlight sandbox: ${errorMessage(error)}
`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(sandbox.info())}
`);
  const signal = await new Promise((resolve2) => {
    const onSignal = (received) => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve2(received);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
  process.stderr.write(`greenlight sandbox: ${signal}, closing
`);
  await sandbox.close();
  return 0;
}

// lib/sandbox/index.js
function startSandbox(options = {}) {
  return startSandboxServer(options);
}

export {
  sandboxCommand,
  startSandbox
};
