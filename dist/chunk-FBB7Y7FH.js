import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  require_node_os
} from "./chunk-SIBLVMDM.js";
import {
  require_promises
} from "./chunk-J5QJJ5Q3.js";
import {
  require_promises as require_promises2
} from "./chunk-7SZDJFME.js";
import {
  consoleLogger,
  silentLogger
} from "./chunk-MN7KZA7R.js";
import {
  require_node_fs
} from "./chunk-4RWF3PEB.js";
import {
  require_node_crypto
} from "./chunk-6OSMCISV.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-XXZBBZZL.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UWARJ5PC.js";

// builtin:node:http
var require_node_http = __commonJS({
  "builtin:node:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

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

// lib/sandbox/server.js
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_http2 = __toESM(require_node_http(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

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
  const fault = services.faults.takeNextBuild();
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
    promotedAt: null
  };
  services.store.addDeployment(record);
  services.store.save();
  services.lifecycle.startBuild(record);
  services.logger.debug(`sandbox: created ${id} (${target ?? "preview"}, ${Object.keys(files).length} files)`);
  return reply(200, deploymentJson(services.view, record));
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
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}
function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
var OriginPool = class {
  host;
  handler;
  logger;
  servers = /* @__PURE__ */ new Map();
  constructor(host, handler, logger) {
    this.host = host;
    this.handler = handler;
    this.logger = logger;
  }
  /** Binds the origin for `key`, preferring `preferredPort` (falls back to a free port); returns the port. */
  async bind(key, preferredPort = 0) {
    const name = keyName(key);
    const existing = this.servers.get(name);
    if (existing)
      return existing.address().port;
    const server = (0, import_node_http.createServer)((req, res) => this.handler(key, req, res));
    server.keepAliveTimeout = 2e3;
    const port = await listen(server, this.host, preferredPort, true);
    if (preferredPort !== 0 && port !== preferredPort)
      this.logger.warning(`sandbox: port ${preferredPort} for ${name} is taken; now on ${port}`);
    this.servers.set(name, server);
    return port;
  }
  async closeAll() {
    const servers = [...this.servers.values()];
    this.servers.clear();
    await Promise.all(servers.map(closeServer));
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
  const routes2 = rawRoutes.map((r, i) => compileRoute(r, i));
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
function buildSite(deployment, blobs) {
  const config = deployment.files[`${OUTPUT}config.json`];
  if (!config) {
    const files2 = /* @__PURE__ */ new Map();
    for (const [path, f] of Object.entries(deployment.files))
      files2.set(path, { path, sha: f.sha });
    return { kind: "static", files: files2, routes: [] };
  }
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
function staticLookup(site, pathname) {
  const relative = pathname.replace(/^\/+/, "");
  const bare = relative.replace(/\/+$/, "");
  const candidates = relative === "" ? ["index.html"] : relative.endsWith("/") ? [`${bare}/index.html`, `${bare}.html`] : [relative, `${relative}.html`, `${relative}/index.html`];
  for (const candidate of candidates) {
    const file = site.files.get(candidate);
    if (file)
      return file;
  }
  return void 0;
}
function outputLookup(site, pathname) {
  const relative = pathname.replace(/^\/+/, "");
  const bare = relative.replace(/\/+$/, "");
  const candidates = relative === "" ? ["index.html"] : relative.endsWith("/") ? [`${bare}/index.html`] : [relative, `${relative}/index.html`];
  for (const candidate of candidates) {
    const file = site.files.get(candidate);
    if (file)
      return file;
  }
  return void 0;
}

// lib/sandbox/build-output.js
function routeBuildOutput(site, req) {
  const groups = groupRoutes(site);
  const state = { path: req.path, headers: {} };
  const first = runPhase(groups.get(null) ?? [], state, req, null);
  const early = settle(site, state, first, req, groups);
  if (early)
    return early;
  const found = outputLookup(site, state.path);
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
    const again = outputLookup(site, state.path);
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
  const found = outputLookup(site, state.path);
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
    const file = outputLookup(site, pathOf(terminal2.dest));
    if (file)
      return { kind: "file", file, status: errorStatus, headers: errorState.headers };
  }
  const page = site.files.get("404.html");
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
var TYPES = {
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
  return TYPES[(0, import_node_path2.extname)(path).toLowerCase()] ?? "application/octet-stream";
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
    sendText(req, res, 500, `Invalid build output: ${site.configError}`, {
      "x-vercel-error": "INVALID_BUILD_OUTPUT"
    });
    return;
  }
  if (site.kind === "static") {
    const file = staticLookup(site, path);
    if (file) {
      if (method !== "GET" && method !== "HEAD")
        return methodNotAllowed(req, res);
      await sendFile(req, res, services.blobs.dir, file);
      return;
    }
    const page = site.files.get("404.html");
    if (page)
      await sendFile(req, res, services.blobs.dir, page, 404);
    else
      sendText(req, res, 404, "The page could not be found\n\nNOT_FOUND", { "x-vercel-error": "NOT_FOUND" });
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
};
function isState(value) {
  if (typeof value !== "object" || value === null)
    return false;
  const candidate = value;
  return candidate.version === 1 && typeof candidate.token === "string" && Array.isArray(candidate.deployments) && Array.isArray(candidate.aliases) && typeof candidate.domainPorts === "object" && typeof candidate.project === "object" && typeof candidate.edgeConfigs === "object";
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
  const tempDir = options.stateDir ? void 0 : (0, import_node_fs4.mkdtempSync)((0, import_node_path3.join)((0, import_node_os.tmpdir)(), "greenlight-sandbox-"));
  const baseDir = options.stateDir ?? tempDir;
  (0, import_node_fs4.mkdirSync)(baseDir, { recursive: true });
  const store = SandboxStore.open(options.stateDir ? (0, import_node_path3.join)(baseDir, "state.json") : null, () => freshState(options.token ?? `gls_${randomId(32)}`));
  if (options.token)
    store.state.token = options.token;
  const blobs = new BlobStore((0, import_node_path3.join)(baseDir, "files"));
  const faults = new FaultRegistry();
  const lifecycle = new Lifecycle(store, faults, {
    buildDelayMs: options.buildDelayMs ?? 300,
    aliasDelayMs: ALIAS_DELAY_MS,
    logger
  });
  const urlHost = publicHost(host);
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
  services.origins = new OriginPool(host, createOriginHandler(services), logger);
  const apiServer = (0, import_node_http2.createServer)(createApiHandler(services));
  apiServer.keepAliveTimeout = 2e3;
  try {
    const explicit = options.port !== void 0 && options.port !== 0;
    const apiPort = await listen(apiServer, host, explicit ? options.port : store.state.apiPort, !explicit).catch((error) => {
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
    await closeServer(apiServer);
    await services.origins.closeAll();
    if (tempDir)
      (0, import_node_fs4.rmSync)(tempDir, { recursive: true, force: true });
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
    domains: { production: PRODUCTION_DOMAIN, staging: STAGING_DOMAIN }
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
        await closeServer(apiServer);
        await services.origins.closeAll();
        store.save();
        if (tempDir)
          (0, import_node_fs4.rmSync)(tempDir, { recursive: true, force: true });
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
  const signal = await new Promise((resolve) => {
    const onSignal = (received) => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve(received);
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
