import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  COMMAND_INPUTS,
  checkCommandLine,
  programOf,
  resolveProgram,
  splitCommandLine
} from "./chunk-JVNNI34W.js";
import {
  vercelErrorFormat,
  workflowRunUrlFrom
} from "./chunk-WYBCRY7A.js";
import {
  require_node_child_process
} from "./chunk-DXBS64VD.js";
import {
  require_promises
} from "./chunk-DTPFYEBS.js";
import {
  CONTENT_KEY_META,
  ProviderError
} from "./chunk-FIBZ7MMC.js";
import {
  HttpClient,
  statusError
} from "./chunk-W775HOUI.js";
import {
  maskSecret
} from "./chunk-O6CT3JMY.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import {
  input
} from "./chunk-PWNCWC4J.js";
import {
  HttpError,
  redactUrl
} from "./chunk-YK7335PY.js";
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

// builtin:node:string_decoder
var require_node_string_decoder = __commonJS({
  "builtin:node:string_decoder"(exports, module) {
    module.exports = __require("node:string_decoder");
  }
});

// lib/github/release-records.js
var ROLLED_BACK = "rolled back";
var ReleaseRecords = class _ReleaseRecords {
  deployments;
  ctx;
  logger;
  constructor(deployments, ctx, logger) {
    this.deployments = deployments;
    this.ctx = ctx;
    this.logger = logger;
  }
  /**
   * Records are kept only with a token and a GitHub context (`GITHUB_REPOSITORY`, `GITHUB_SHA`);
   * otherwise every method is a no-op. Octokit (`@actions/github`) is loaded only when they are kept.
   */
  static async create(token, env, deps) {
    const { http, clock, logger } = deps;
    const repository = env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    if (!token)
      return new _ReleaseRecords(void 0, void 0, logger);
    if (!repository || !sha) {
      logger.warning("github-token given but GITHUB_REPOSITORY or GITHUB_SHA is not set; GitHub deployments are not recorded");
      return new _ReleaseRecords(void 0, void 0, logger);
    }
    const logUrl = workflowRunUrlFrom(env);
    const [{ createOctokit }, { GitHubDeployments }] = await Promise.all([
      import("./octokit-VOOUSTLO.js"),
      import("./deployments-GOWDRWNH.js")
    ]);
    const octokit = createOctokit({
      token,
      ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
      http,
      logger
    });
    return new _ReleaseRecords(new GitHubDeployments({ octokit, http, clock, logger }), { repository, sha, logUrl }, logger);
  }
  get enabled() {
    return this.deployments !== void 0;
  }
  async attempt(what, work) {
    if (!this.deployments || !this.ctx)
      return;
    try {
      await work(this.deployments, this.ctx);
    } catch (error) {
      this.logger.warning(`GitHub Deployments: could not ${what}: ${errorMessage(error)}`);
    }
  }
  /** Finds or creates the GitHub deployment of `info` in `environment` and sets a final status. */
  async mark(d, ctx, info, environment, state, description) {
    const sha = info.meta.githubCommitSha ?? ctx.sha;
    const begun = await d.begin({
      repository: ctx.repository,
      ref: sha,
      environment,
      transient: environment === "preview",
      production: environment === "production",
      description,
      payload: { deploymentId: info.id, url: info.url },
      ...ctx.logUrl ? { logUrl: ctx.logUrl } : {}
    });
    if (state !== "in_progress") {
      await d.complete(begun, {
        state,
        environmentUrl: info.url,
        description,
        ...ctx.logUrl ? { logUrl: ctx.logUrl } : {}
      });
    }
    return begun.id;
  }
  /** After a deploy: `in_progress` for a staged production build, else `success`. */
  deployed(info, environment, staged) {
    return this.attempt("record the deployment", async (d, ctx) => {
      await this.mark(d, ctx, info, environment, staged ? "in_progress" : "success", staged ? "staged; awaiting promotion" : `deployed ${info.id}`);
    });
  }
  /** After a promote: `success`, and the earlier production deployments `inactive`. */
  promoted(info) {
    return this.attempt("record the promotion", async (d, ctx) => {
      const id = await this.mark(d, ctx, info, "production", "success", `promoted ${info.id}`);
      await d.deactivatePrevious({ repository: ctx.repository, environment: "production", exceptId: id });
    });
  }
  /** After a rollback: the bad deployment `failure` ("rolled back: …"), the restored one `success`. */
  rolledBack(from, to, reason) {
    return this.attempt("record the rollback", async (d, ctx) => {
      if (from)
        await this.mark(d, ctx, from, "production", "failure", `${ROLLED_BACK}: ${reason}`);
      const id = await this.mark(d, ctx, to, "production", "success", `restored by rollback from ${from?.id ?? "unknown"}`);
      await d.deactivatePrevious({ repository: ctx.repository, environment: "production", exceptId: id });
    });
  }
  /** A rollback that did not converge: the live deployment gets `error`. */
  rollbackFailed(from, reason) {
    return this.attempt("record the failed rollback", async (d, ctx) => {
      if (from)
        await this.mark(d, ctx, from, "production", "error", `rollback failed: ${reason}`);
    });
  }
  /** Whether this run's commit was rolled back in production before (its latest status says so). */
  async wasRolledBack() {
    if (!this.deployments || !this.ctx)
      return false;
    try {
      const latest = await this.deployments.latestFor({
        repository: this.ctx.repository,
        environment: "production",
        sha: this.ctx.sha
      });
      return latest?.state === "failure" && (latest.description ?? "").startsWith(ROLLED_BACK);
    } catch (error) {
      this.logger.warning(`GitHub Deployments: could not check for an earlier rollback: ${errorMessage(error)}`);
      return false;
    }
  }
};

// lib/deploy/command/provider.js
var import_node_path = __toESM(require_node_path(), 1);

// lib/deploy/command/env.js
function metaEnvKey(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase();
}
function metaEnv(meta, logger) {
  const out = {};
  const from = {};
  for (const [key, value] of Object.entries(meta)) {
    const suffix = metaEnvKey(key);
    if (!suffix) {
      logger.warning(`meta key '${key}' has no letters or digits; not passed to the command`);
      continue;
    }
    const name = `GREENLIGHT_META_${suffix}`;
    if (name in out) {
      logger.warning(`meta keys '${from[name]}' and '${key}' both map to ${name}; '${key}' is not passed`);
      continue;
    }
    out[name] = value;
    from[name] = key;
  }
  return out;
}
function commandEnv(base, vars) {
  const env = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === void 0)
      continue;
    const upper = name.toUpperCase();
    if (upper.startsWith("GREENLIGHT_") || upper.startsWith("INPUT_"))
      continue;
    env[name] = value;
  }
  return { ...env, ...vars };
}

// lib/deploy/command/scrub.js
function scrubber(secrets = []) {
  const values = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (secret)
      values.add(secret);
    for (const line of secret.split(/\r?\n/))
      if (line.trim())
        values.add(line);
  }
  const ordered = [...values].sort((a, b) => b.length - a.length);
  if (ordered.length === 0)
    return (text) => text;
  return (text) => {
    let out = text;
    for (const value of ordered)
      out = out.split(value).join("***");
    return out;
  };
}
function tailLine(text, count, scrub, width = 200) {
  const lines = scrub(text).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  const tail = lines.slice(-count).map((l) => l.length > width ? `${l.slice(0, width)}\u2026` : l);
  return tail.length > 0 ? tail.join(" | ") : "(no output)";
}

// lib/deploy/command/result.js
var RESULT_SHAPE = '{"id": "...", "url": "https://..."}';
var STDOUT_TAIL = 3;
function lastJsonLine(stdout) {
  const lines = stdout.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]?.trim() ?? "";
    if (line !== "null" && !line.startsWith("{"))
      continue;
    try {
      const value = JSON.parse(line);
      if (value === null || typeof value === "object" && !Array.isArray(value)) {
        return { value };
      }
    } catch {
    }
  }
  return void 0;
}
function readResult(stdout, kind, name, scrub) {
  const fail = (problem) => {
    throw new ProviderError(`${name} ${problem}; expected its last JSON line on stdout to be ${RESULT_SHAPE}${kind === "production" ? " or null" : ""}; last stdout lines: ${tailLine(stdout, STDOUT_TAIL, scrub)}`);
  };
  const line = lastJsonLine(stdout);
  if (kind === "production" && (line === void 0 || line.value === null))
    return void 0;
  if (line === void 0)
    return fail("printed no JSON result line");
  if (line.value === null)
    return fail("printed null");
  const v = line.value;
  if (typeof v.id !== "string" || v.id.trim() === "")
    return fail('printed a result without an "id" string');
  const url = v.url ?? (kind === "production" ? "" : void 0);
  if (typeof url !== "string" || url !== "" && !isHttpUrl(url)) {
    return fail('printed a result whose "url" is not an absolute http(s) URL');
  }
  const result = { id: v.id.trim(), url };
  if (kind === "production")
    return result;
  if (v.createdAt !== void 0) {
    const ms = typeof v.createdAt === "number" ? v.createdAt : typeof v.createdAt === "string" ? Date.parse(v.createdAt) : NaN;
    if (!Number.isFinite(ms))
      return fail('printed a "createdAt" that is neither ms since the epoch nor an ISO date');
    result.createdAt = ms;
  }
  if (v.production !== void 0) {
    if (typeof v.production !== "boolean")
      return fail('printed a "production" that is not true or false');
    result.production = v.production;
  }
  if (v.meta !== void 0) {
    const meta = stringMap(v.meta);
    if (!meta)
      return fail('printed a "meta" that is not an object of strings');
    result.meta = meta;
  }
  return result;
}
function isHttpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
function stringMap(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return void 0;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string")
      out[key] = item;
    else if (typeof item === "number" || typeof item === "boolean")
      out[key] = String(item);
    else
      return void 0;
  }
  return out;
}

// lib/deploy/command/execute.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_string_decoder = __toESM(require_node_string_decoder(), 1);
var import_promises = __toESM(require_promises(), 1);
var STDERR_TAIL = 5;
var MAX_TIMER_MS = 2 ** 31 - 1;
var KILL_WAIT_MS = 1e3;
var STDIO_CLOSE_MS = 1e4;
var GROUP_POLL_MS = 50;
var IS_WINDOWS = process.platform === "win32";
function commandName(operation, line, scrub) {
  return `${COMMAND_INPUTS[operation]} '${scrub(programOf(line))}'`;
}
async function executeCommand(execution, deps) {
  const { logger, scrub } = deps;
  const name = commandName(execution.operation, execution.line, scrub);
  const remaining = execution.deadline - deps.clock.now();
  if (remaining <= 0) {
    throw new ProviderError(`${name} did not finish before the deadline (no time was left to start it)`);
  }
  const log = logAt(execution, logger);
  log(`running ${name}`);
  const { child, untrack } = spawnTracked(() => start(execution, name, scrub));
  try {
    return await watch(execution, deps, name, child);
  } finally {
    untrack();
  }
}
var runningGroups = /* @__PURE__ */ new Set();
var FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
function signalGroups(name) {
  for (const group of runningGroups) {
    try {
      process.kill(-group, name);
    } catch {
    }
  }
}
function forward(name) {
  try {
    (0, import_node_fs.writeSync)(1, `::debug::${name}: passed on to ${runningGroups.size} command process group(s)
`);
  } catch {
  }
  signalGroups(name);
  if (process.listenerCount(name) === 1) {
    signalGroups("SIGTERM");
    process.removeListener(name, forward);
    process.kill(process.pid, name);
  }
}
var onExit = () => signalGroups("SIGTERM");
var spawning = 0;
function forwardWhileRunning() {
  if (runningGroups.size > 0 || spawning > 0)
    return;
  for (const name of FORWARDED)
    process.on(name, forward);
  process.on("exit", onExit);
}
function stopForwardingIfIdle() {
  if (runningGroups.size > 0 || spawning > 0)
    return;
  for (const name of FORWARDED)
    process.removeListener(name, forward);
  process.removeListener("exit", onExit);
}
function spawnTracked(spawnChild) {
  if (IS_WINDOWS)
    return { child: spawnChild(), untrack: () => {
    } };
  forwardWhileRunning();
  spawning++;
  let child;
  try {
    child = spawnChild();
  } catch (error) {
    spawning--;
    stopForwardingIfIdle();
    throw error;
  }
  spawning--;
  const pid = child.pid;
  if (pid !== void 0)
    runningGroups.add(pid);
  stopForwardingIfIdle();
  return {
    child,
    untrack: () => {
      if (pid === void 0 || child.exitCode === null && child.signalCode === null)
        return;
      runningGroups.delete(pid);
      stopForwardingIfIdle();
    }
  };
}
async function watch(execution, deps, name, child) {
  const { logger, scrub } = deps;
  const remaining = execution.deadline - deps.clock.now();
  const log = logAt(execution, logger);
  const note = (message) => logger.debug(`${name}: ${scrub(message)}`);
  const ended = outcome(child, note);
  const closed = new Promise((resolve2) => child.once("close", () => resolve2(true)));
  closeStdin(child.stdin, (error) => note(`closing its stdin failed: ${errorMessage(error)}`));
  const stdout = capture(child.stdout, (line) => log(scrub(line)), note);
  const stderr = capture(child.stderr, (line) => log(scrub(line)), note);
  let timer;
  const expired = new Promise((resolve2) => {
    timer = setTimeout(() => resolve2({ kind: "expired" }), Math.min(remaining, MAX_TIMER_MS));
  });
  const first = await Promise.race([ended.outcome, expired]);
  clearTimeout(timer);
  ended.dispose();
  stdout.end();
  stderr.end();
  if (first.kind === "expired") {
    logger.warning(`${name} passed its deadline; stopping it`);
    const stopped = await stop(child, closed, deps.killGraceMs);
    if (!stopped)
      abandon(child);
    throw new ProviderError(`${name} did not finish before the deadline; ${stopped ? "it was stopped" : "it could not be stopped and may still be running"}`);
  }
  if (first.kind === "not-started") {
    if (first.error.code === "ENOENT" || first.error.code === "EACCES") {
      throw cannotRun(execution, scrub);
    }
    throw new ProviderError(`${name} could not be started: ${scrub(first.error.message)}`);
  }
  if (first.code === 0)
    return { stdout: stdout.text(), stderr: stderr.text() };
  const how = first.code === null ? "was ended by a signal" : `exited with code ${first.code}`;
  throw new ProviderError(`${name} ${how}; stderr: ${tailLine(stderr.text(), STDERR_TAIL, scrub)}`);
}
function closeStdin(stdin, onError) {
  if (!stdin)
    return;
  stdin.on("error", (error) => {
    if (error.code !== "EPIPE")
      onError(error);
  });
  stdin.end();
}
function start(execution, name, scrub) {
  const [program, ...args] = splitCommandLine(execution.line);
  if (!program)
    throw cannotRun(execution, scrub);
  const { cwd } = execution;
  if (cwd !== void 0 && !(0, import_node_fs.existsSync)(cwd)) {
    throw new ProviderError(`${name} could not be started: ${scrub(`The cwd: ${cwd} does not exist!`)}`);
  }
  try {
    return (0, import_node_child_process.spawn)(resolveProgram(program, cwd), args, {
      ...cwd !== void 0 ? { cwd } : {},
      env: execution.env,
      stdio: "pipe",
      detached: !IS_WINDOWS
    });
  } catch (error) {
    throw new ProviderError(`${name} could not be started: ${scrub(errorMessage(error))}`);
  }
}
function cannotRun(execution, scrub) {
  return new ConfigurationError(`input '${COMMAND_INPUTS[execution.operation]}': cannot run '${scrub(programOf(execution.line))}': expected a program on PATH or a path (relative to the working directory) to an executable file`);
}
function outcome(child, note) {
  let stdioTimer;
  let disposed = false;
  const ended = new Promise((resolve2) => {
    child.on("error", (error) => {
      if (child.pid === void 0)
        resolve2({ kind: "not-started", error });
      else
        note(errorMessage(error));
    });
    child.once("exit", (code) => {
      if (disposed)
        return;
      stdioTimer = setTimeout(() => {
        note("exited, but something it started kept its output open; not waiting for it");
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve2({ kind: "exited", code });
      }, STDIO_CLOSE_MS);
    });
    child.once("close", (code) => {
      clearTimeout(stdioTimer);
      resolve2({ kind: "exited", code });
    });
  });
  return {
    outcome: ended,
    dispose: () => {
      disposed = true;
      clearTimeout(stdioTimer);
    }
  };
}
async function stop(child, closed, graceMs) {
  const graceEnds = performance.now() + graceMs;
  signal(child, "SIGTERM");
  if (await within(closed, graceMs)) {
    while (groupAlive(child)) {
      const left = graceEnds - performance.now();
      if (left <= 0)
        break;
      await (0, import_promises.setTimeout)(Math.min(GROUP_POLL_MS, left));
    }
    if (!groupAlive(child))
      return true;
  }
  signal(child, "SIGKILL");
  return within(closed, KILL_WAIT_MS);
}
function signal(child, name) {
  if (!IS_WINDOWS && child.pid !== void 0) {
    try {
      process.kill(-child.pid, name);
      return;
    } catch {
    }
  }
  child.kill(name);
}
function groupAlive(child) {
  if (IS_WINDOWS || child.pid === void 0)
    return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function abandon(child) {
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
}
function logAt(execution, logger) {
  return (line) => execution.loud ? logger.info(line) : logger.debug(line);
}
async function within(promise, ms) {
  let timer;
  const late = new Promise((resolve2) => {
    timer = setTimeout(() => resolve2(false), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
function capture(stream, onLine, note) {
  const decoder = new import_node_string_decoder.StringDecoder("utf8");
  const lines = lineSink(onLine);
  let text = "";
  let complete = false;
  stream?.on("data", (data) => {
    if (!complete)
      text += decoder.write(data);
    lines.write(data);
  });
  stream?.on("error", (error) => note(`reading its output failed: ${errorMessage(error)}`));
  return {
    text: () => {
      if (!complete)
        text += decoder.end();
      complete = true;
      return text;
    },
    end: lines.end
  };
}
function lineSink(onLine) {
  const decoder = new import_node_string_decoder.StringDecoder("utf8");
  let partial = "";
  let ended = false;
  const flush = (text) => {
    const lines = (partial + text).split(/\r?\n/);
    partial = lines.pop() ?? "";
    for (const line of lines)
      onLine(line);
  };
  return {
    write: (data) => {
      if (!ended)
        flush(decoder.write(data));
    },
    end: () => {
      if (ended)
        return;
      ended = true;
      flush(decoder.end());
      if (partial)
        onLine(partial);
      partial = "";
    }
  };
}

// lib/deploy/command/provider.js
var READ_MS = 6e4;
var VERBS = {
  deploy: "deploy",
  promote: "promote",
  rollback: "roll back",
  production: "read production"
};
var CommandProvider = class {
  options;
  name = "command";
  lines = {};
  scrub;
  /** Deployments made or seen (deploy and production output) in this process, by id. */
  known = /* @__PURE__ */ new Map();
  /** Without `production-command`: the deployment this process last promoted or rolled back to. */
  lastSet;
  /** @throws ConfigurationError when a command line uses shell syntax (see command-line.ts). */
  constructor(options) {
    this.options = options;
    for (const operation of Object.keys(COMMAND_INPUTS)) {
      const line = checkCommandLine(operation, options.commands[operation]);
      if (line !== void 0)
        this.lines[operation] = line;
    }
    this.scrub = scrubber(options.secrets);
  }
  /**
   * Whether `production-command` is configured. Without it production is only what this process
   * itself promoted or rolled back to, compare-and-swap is not checked and nothing is confirmed.
   */
  get readsProduction() {
    return this.lines.production !== void 0;
  }
  /**
   * Runs `deploy-command` with `GREENLIGHT_PATH`, `GREENLIGHT_ENVIRONMENT`, `GREENLIGHT_STAGED`,
   * `GREENLIGHT_PREBUILT` and `GREENLIGHT_META_<KEY>`, and reads its result line. The deployment is
   * `ready`; `createdAt` defaults to now, `production` to `environment === 'production'`. Upload
   * counts are not known to this provider and are 0.
   * @throws ConfigurationError without `deploy-command`; ProviderError when it fails, passes
   *   `request.deadline` or prints no valid result line.
   */
  async deploy(request) {
    const line = this.require("deploy");
    const output = await this.execute("deploy", line, request.deadline, {
      GREENLIGHT_PATH: (0, import_node_path.resolve)(request.path),
      GREENLIGHT_ENVIRONMENT: request.environment,
      GREENLIGHT_STAGED: String(request.staged),
      GREENLIGHT_PREBUILT: String(request.prebuilt),
      ...metaEnv(request.meta, this.options.logger)
    });
    const reported = readResult(output.stdout, "deploy", commandName("deploy", line, this.scrub), this.scrub);
    const deployment = {
      id: reported.id,
      url: reported.url,
      createdAt: reported.createdAt ?? this.options.clock.now(),
      production: reported.production ?? request.environment === "production",
      state: "ready",
      meta: { ...request.meta, ...reported.meta }
    };
    this.known.set(deployment.id, deployment);
    this.options.logger.info(`deployed ${this.scrub(deployment.id)} at ${this.scrub(deployment.url)}`);
    return { deployment, uploadedBytes: 0, uploadedFiles: 0 };
  }
  /** Always undefined: there is no registry to search, so a re-run deploys again (make the deploy command idempotent). */
  async findReusable(_meta, _environment) {
    return void 0;
  }
  /**
   * Runs `production-command` (60 s): its result line, or undefined for `null`/no JSON line. Only
   * `id` and `url` are read; `createdAt` and `meta` come from this process's own deploy when it made
   * that deployment (else 0 and `{}`).
   * Without the command, production is what this process last promoted or rolled back to (its
   * command exited 0), else undefined: the provider cannot tell.
   * @throws ProviderError when the command fails, passes its deadline or prints an invalid line.
   */
  async production() {
    if (!this.readsProduction)
      return this.lastSet === void 0 ? void 0 : this.get(this.lastSet);
    return this.readProduction(this.options.clock.now() + READ_MS);
  }
  /**
   * A deployment this process deployed or saw in production. Any other id cannot be looked up and
   * is assumed to be a ready production deployment: `{ state: 'ready', production: true,
   * createdAt: 0, url: '', meta: {} }` (0 = creation time unknown).
   */
  async get(id) {
    return this.known.get(id) ?? { id, url: "", createdAt: 0, production: true, state: "ready", meta: {} };
  }
  /** @throws ProviderError always: domains are the deploy command's business. */
  async assignAlias(_id, _alias, _deadline) {
    throw new ProviderError("the command provider does not assign aliases; do it in your deploy command");
  }
  /**
   * Runs `promote-command` with `GREENLIGHT_DEPLOYMENT_ID` (and `GREENLIGHT_DEPLOYMENT_URL` when
   * known); exit 0 means done. With `production-command`, production is then read back (same
   * deadline) and must be `id`.
   * @throws ConfigurationError without `promote-command`; ProviderError when it fails, passes the
   *   deadline, or production is not `id` afterwards.
   */
  async promote(id, deadline) {
    await this.execute("promote", this.require("promote"), deadline, this.target(id));
    await this.confirm("promote", id, deadline);
  }
  /**
   * Runs `rollback-command` with `GREENLIGHT_DEPLOYMENT_ID` (the target, plus
   * `GREENLIGHT_DEPLOYMENT_URL` when known) and `GREENLIGHT_ROLLBACK_REASON` (may be empty); then
   * reads production back as {@link promote} does.
   * @throws ConfigurationError without `rollback-command`; ProviderError as for {@link promote}.
   */
  async rollback(id, deadline, reason) {
    await this.execute("rollback", this.require("rollback"), deadline, {
      ...this.target(id),
      GREENLIGHT_ROLLBACK_REASON: reason ?? ""
    });
    await this.confirm("rollback", id, deadline);
  }
  /** Always undefined: production history is not known to this provider, so a rollback needs an explicit target. */
  async previousProduction(_currentId) {
    return void 0;
  }
  /**
   * Checks that the command `operation` needs is configured, before anything runs (an action calls
   * it first, so a missing command fails in one line without starting any process).
   * @returns the command line.
   * @throws ConfigurationError `input '<operation>-command': required with provider 'command' to …`.
   */
  requireCommand(operation) {
    const line = this.lines[operation];
    if (line === void 0) {
      throw new ConfigurationError(`input '${COMMAND_INPUTS[operation]}': required with provider 'command' to ${VERBS[operation]}`);
    }
    return line;
  }
  /**
   * Compare-and-swap needs production read back: without `production-command`, {@link production}
   * is undefined (or only what this process set), so an `expected-current-deployment-id` could
   * never match and every promote would end a green `superseded` without promoting anything.
   * Call it before promoting with an expected current deployment.
   * @throws ConfigurationError `input 'expected-current-deployment-id': expected-current-deployment-id needs production-command …`
   *   when `expectedCurrentId` is given and `production-command` is not.
   */
  checkExpectedCurrent(expectedCurrentId) {
    if (expectedCurrentId === void 0 || this.readsProduction)
      return;
    throw new ConfigurationError("input 'expected-current-deployment-id': expected-current-deployment-id needs production-command with provider 'command' (set production-command, or leave expected-current-deployment-id empty)");
  }
  require(operation) {
    return this.requireCommand(operation);
  }
  target(id) {
    const url = this.known.get(id)?.url;
    return { GREENLIGHT_DEPLOYMENT_ID: id, ...url ? { GREENLIGHT_DEPLOYMENT_URL: url } : {} };
  }
  execute(operation, line, deadline, vars) {
    return executeCommand({
      operation,
      line,
      env: commandEnv(this.options.env ?? process.env, vars),
      cwd: this.options.cwd,
      deadline,
      loud: operation !== "production"
    }, {
      clock: this.options.clock,
      logger: this.options.logger,
      scrub: this.scrub,
      killGraceMs: this.options.killGraceMs ?? 5e3
    });
  }
  async readProduction(deadline) {
    const line = this.lines.production;
    if (line === void 0)
      return void 0;
    const output = await this.execute("production", line, deadline, {});
    const reported = readResult(output.stdout, "production", commandName("production", line, this.scrub), this.scrub);
    if (!reported)
      return void 0;
    const known = this.known.get(reported.id);
    const live = {
      id: reported.id,
      url: known?.url || reported.url,
      createdAt: known?.createdAt ?? 0,
      production: true,
      state: "ready",
      meta: known?.meta ?? {}
    };
    this.known.set(live.id, live);
    return live;
  }
  /**
   * With `production-command`, production must be `id` once the promote or rollback command exits 0.
   * Without it, exit 0 is taken at its word (and remembered, so that a converging rollback that
   * reads production back stops instead of repeating the command until its deadline).
   */
  async confirm(kind, id, deadline) {
    if (!this.readsProduction) {
      this.lastSet = id;
      this.options.logger.info(`${COMMAND_INPUTS[kind]} exited 0; production is taken to be ${id} (no production-command to confirm it)`);
      return;
    }
    const live = await this.readProduction(deadline);
    if (live?.id !== id) {
      throw new ProviderError(`${COMMAND_INPUTS[kind]} exited 0 but production-command reports ${live ? this.scrub(live.id) : "no production deployment"}, not ${id}`);
    }
    this.options.logger.info(`production serves ${id}`);
  }
};

// lib/deploy/vercel/api.js
var VercelApi = class {
  auth;
  http;
  clock;
  constructor(auth, http, clock) {
    this.auth = auth;
    this.http = http;
    this.clock = clock;
  }
  /** The team query (`teamId`) only for team ids, as the CLI does. */
  get teamId() {
    return this.auth.orgId?.startsWith("team_") ? this.auth.orgId : void 0;
  }
  url(path, query = {}) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query))
      if (v !== void 0)
        params.set(k, String(v));
    if (this.teamId)
      params.set("teamId", this.teamId);
    const qs = params.toString();
    return `${this.auth.apiUrl.replace(/\/+$/, "")}${path}${qs ? `?${qs}` : ""}`;
  }
  call(method, path, deadline, options = {}) {
    return this.http.requestJson({
      method,
      url: this.url(path, options.query),
      headers: { authorization: `Bearer ${this.auth.token}` },
      ...options.json !== void 0 ? { json: options.json } : {},
      ...options.idempotent !== void 0 ? { idempotent: options.idempotent } : {},
      ...options.retries !== void 0 ? { retries: options.retries } : {},
      deadline
    }, vercelErrorFormat);
  }
  /**
   * `GET /v13/deployments/{idOrUrl}`. `retries` overrides the client's retry count (a poller that
   * backs off itself passes 0).
   * @throws HttpError; 404 (`not_found`) when no such deployment is visible with this token.
   */
  getDeployment(idOrUrl, deadline, options = {}) {
    return this.call("GET", `/v13/deployments/${encodeURIComponent(idOrUrl)}`, deadline, options);
  }
  /** `GET /v6/deployments` with filters (`target`, `state`, `limit`, `meta-<key>`). */
  async listDeployments(filters, deadline) {
    const query = {
      projectId: this.auth.projectId,
      target: filters.target,
      state: filters.state,
      limit: filters.limit ?? 20,
      rollbackCandidate: filters.rollbackCandidate ? "true" : void 0
    };
    for (const [k, v] of Object.entries(filters.meta ?? {}))
      query[`meta-${k}`] = v;
    const body = await this.call("GET", "/v6/deployments", deadline, {
      query
    });
    return body.deployments ?? [];
  }
  getProject(deadline) {
    return this.call("GET", `/v9/projects/${encodeURIComponent(this.auth.projectId)}`, deadline, {
      query: { rollbackInfo: "true" }
    });
  }
  /** `POST /v10/projects/{id}/promote/{deploymentId}`: 201 started, 202 queued. Asynchronous: confirm with the project. */
  requestPromote(deploymentId, deadline) {
    return this.call("POST", `/v10/projects/${encodeURIComponent(this.auth.projectId)}/promote/${encodeURIComponent(deploymentId)}`, deadline, { json: {} });
  }
  /** `POST /v1/projects/{id}/rollback/{deploymentId}?description=…`. Asynchronous like promote. */
  requestRollback(deploymentId, description, deadline) {
    return this.call("POST", `/v1/projects/${encodeURIComponent(this.auth.projectId)}/rollback/${encodeURIComponent(deploymentId)}`, deadline, {
      query: { description: description?.slice(0, 200) },
      json: {},
      idempotent: true
    });
  }
  /**
   * `POST /v2/files` with the raw bytes, `x-now-digest` (SHA-1 hex) and `x-now-size`; the API answers
   * 200 (https://vercel.com/docs/rest-api/deployments/upload-deployment-files). Uploading the same
   * content twice is harmless, so 5xx, 429 (with `Retry-After`) and resets are retried.
   * @throws HttpError when it is refused or the retries run out (`rate_limited` at once when the
   *   API asks for a wait past the deadline), or `aborted` when `signal` aborts.
   */
  async uploadFile(sha, data, deadline, signal2) {
    const headers = {
      authorization: `Bearer ${this.auth.token}`,
      "content-type": "application/octet-stream",
      "x-now-digest": sha,
      "x-now-size": String(data.byteLength)
    };
    const res = await this.http.request({
      method: "POST",
      url: this.url("/v2/files"),
      headers,
      body: data,
      idempotent: true,
      retries: 5,
      deadline,
      ...signal2 ? { signal: signal2 } : {}
    });
    if (res.status !== 200) {
      let parsed;
      try {
        parsed = res.json();
      } catch {
        parsed = void 0;
      }
      throw statusError(`POST ${redactUrl(this.url("/v2/files"))}`, { headers }, res, parsed, this.clock.now(), vercelErrorFormat);
    }
  }
  /**
   * `PATCH /v12/deployments/{id}/cancel`
   * (https://vercel.com/docs/rest-api/deployments/cancel-a-deployment).
   * @throws HttpError; 400 `deployment_not_cancelable` when it is no longer QUEUED or BUILDING.
   */
  cancel(deploymentId, deadline) {
    return this.call("PATCH", `/v12/deployments/${encodeURIComponent(deploymentId)}/cancel`, deadline, {
      idempotent: true
    });
  }
  /** `POST /v2/deployments/{id}/aliases` `{alias}`; assigning the same alias again is harmless. */
  assignAlias(deploymentId, alias, deadline) {
    return this.call("POST", `/v2/deployments/${encodeURIComponent(deploymentId)}/aliases`, deadline, {
      json: { alias },
      idempotent: true
    });
  }
};

// lib/deploy/vercel/provider.js
var TRANSIENT_4XX = /* @__PURE__ */ new Set([408, 409, 425, 429]);
function isRefusal(error) {
  return error.kind === "status" && error.status !== void 0 && error.status >= 400 && error.status < 500 && !TRANSIENT_4XX.has(error.status);
}
var VercelRefusal = class extends ProviderError {
  status;
  input;
  name = "VercelRefusal";
  /** Marks the failure as not worth repeating (read by convergeRollback). */
  permanent = true;
  constructor(message, status, input2) {
    super(message);
    this.status = status;
    this.input = input2;
  }
};
var REUSE_KEYS = ["greenlightEnvironment", CONTENT_KEY_META];
var OPTIONAL_REUSE_KEYS = ["githubRepo"];
var VercelProvider = class {
  options;
  name = "vercel";
  api;
  scheme;
  constructor(options) {
    this.options = options;
    this.api = new VercelApi(options.auth, options.http, options.clock);
    this.scheme = new URL(options.auth.apiUrl).protocol === "http:" ? "http" : "https";
  }
  /** The API's deployment as the release logic sees it (URL with scheme, normalised state). */
  toInfo = (d) => {
    const id = "uid" in d ? d.uid : d.id;
    const state = d.readyState ?? d.state ?? "";
    return {
      id,
      url: /^https?:\/\//.test(d.url) ? d.url : `${this.scheme}://${d.url}`,
      createdAt: d.createdAt ?? d.created ?? 0,
      production: d.target === "production",
      state: state === "READY" ? "ready" : state === "CANCELED" ? "canceled" : state === "ERROR" || state.endsWith("_ERROR") ? "error" : "building",
      meta: d.meta ?? {}
    };
  };
  soon(ms = 6e4) {
    return this.options.clock.now() + ms;
  }
  /**
   * Runs an API call, turning HTTP failures into one readable line: a {@link VercelRefusal} for a
   * refusal (401/403 name `vercel-token`; other statuses name `inputFor(status)` when given), else a
   * {@link ProviderError}.
   */
  async guard(what, call, inputFor) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof HttpError))
        throw error;
      const line = `Vercel API: ${what}: ${error.message}`;
      if (isRefusal(error)) {
        const status = error.status;
        const input2 = status === 401 || status === 403 ? "vercel-token" : inputFor?.(status);
        throw new VercelRefusal(line, status, input2);
      }
      throw new ProviderError(line);
    }
  }
  deploy(request) {
    return this.send(request, this.readProject());
  }
  /** Reads `path/vercel.json` as a deploy would send it (vercel-json.ts), sending nothing. */
  async checkDeployPath(path, prebuilt) {
    const { staticDeploymentSettings } = await import("./vercel-json-FY2ATPFP.js");
    await staticDeploymentSettings(path, prebuilt);
  }
  /**
   * Hashes `path` through `@vercel/client` (vercel/deploy.ts `hashTree`) while the project is read;
   * the prepared deploy continues that client, so the tree is read once.
   */
  async prepareDeploy(path, prebuilt) {
    const project = this.readProject();
    project.catch(() => {
    });
    const { hashTree } = await import("./deploy-2XAC2ZHH.js");
    const tree = await hashTree(path, prebuilt, this.api);
    return {
      contentKey: tree.contentKey,
      deploy: (request) => this.send({ ...request, path: tree.path, prebuilt }, project, tree),
      discard: () => tree.discard()
    };
  }
  readProject() {
    return this.guard("read the project", () => this.api.getProject(this.soon()));
  }
  /** Deploys `request` as the project `project` names, continuing `hashed` when given. */
  async send(request, project, hashed) {
    const [{ name }, { vercelDeploy }] = await Promise.all([project, import("./deploy-2XAC2ZHH.js")]).catch((error) => {
      hashed?.discard();
      throw error;
    });
    return this.guard("deploy", () => vercelDeploy(request, name, {
      api: this.api,
      clock: this.options.clock,
      logger: this.options.logger,
      ...this.options.random ? { random: this.options.random } : {},
      toInfo: this.toInfo
    }, hashed));
  }
  /**
   * The newest READY deployment whose meta has the same {@link REUSE_KEYS} (and
   * {@link OPTIONAL_REUSE_KEYS} present in `meta`); production only matches production-target
   * deployments. Undefined when `meta` lacks a reuse key or nothing matches.
   * @throws ProviderError when the API fails.
   */
  async findReusable(meta, environment) {
    const filter = {};
    for (const key of REUSE_KEYS) {
      if (!meta[key])
        return void 0;
      filter[key] = meta[key];
    }
    for (const key of OPTIONAL_REUSE_KEYS)
      if (meta[key])
        filter[key] = meta[key];
    const items = await this.guard("look for a reusable deployment", () => this.api.listDeployments({
      state: "READY",
      ...environment === "production" ? { target: "production" } : {},
      meta: filter,
      limit: 5
    }, this.soon()));
    const match = items.find((item) => Object.entries(filter).every(([key, value]) => item.meta?.[key] === value));
    return match ? this.toInfo(match) : void 0;
  }
  async production() {
    const project = await this.guard("read the project", () => this.api.getProject(this.soon()));
    const live = project.targets?.production;
    return live ? this.toInfo(live) : void 0;
  }
  get(id) {
    return this.guard(`read deployment ${id}`, async () => this.toInfo(await this.api.getDeployment(id, this.soon())));
  }
  async assignAlias(id, alias, deadline) {
    await this.guard(`assign alias ${alias}`, () => this.api.assignAlias(id, alias, deadline));
  }
  async promote(id, deadline) {
    await this.guard(`promote ${id}`, () => this.api.requestPromote(id, deadline));
    await this.confirm(id, "promote", deadline);
  }
  /**
   * Requests the rollback (`POST /v1/projects/{id}/rollback/{deploymentId}`) and confirms it.
   * @throws VercelRefusal when Vercel refuses it: 401/403 name `vercel-token`; 400, 402, 404 and 422
   *   (unknown, not eligible, not on this plan) name `to-deployment-id`. ProviderError for other
   *   failures (5xx after the HTTP client's retries, resets, a failed or unconfirmed alias job).
   */
  async rollback(id, deadline, reason) {
    await this.guard(`roll back to ${id}`, () => this.api.requestRollback(id, reason, deadline), () => "to-deployment-id");
    await this.confirm(id, "rollback", deadline);
  }
  /**
   * The newest READY production rollback candidate (`GET /v6/deployments?rollbackCandidate=true`)
   * that is older than `currentId` and that production was not rolled back away from (the project's
   * last alias job, as {@link rolledBackFrom}); undefined when none is. Vercel does not list the live
   * deployment as a candidate, so its age is read from the project (or the deployment) instead.
   * Without `currentId` (nothing live), only the rolled-back-from rule applies.
   * @throws ProviderError (or VercelRefusal) when the API fails.
   */
  async previousProduction(currentId) {
    const [items, project] = await Promise.all([
      this.guard("list production deployments", () => this.api.listDeployments({ target: "production", state: "READY", rollbackCandidate: true, limit: 20 }, this.soon())),
      this.guard("read the project", () => this.api.getProject(this.soon()))
    ]);
    let liveCreatedAt = Infinity;
    if (currentId !== void 0) {
      const live = project.targets?.production;
      const listed = items.find((i) => i.uid === currentId);
      const created = live?.id === currentId ? live.createdAt ?? live.created : listed ? listed.createdAt ?? listed.created : this.toInfo(await this.guard(`read deployment ${currentId}`, () => this.api.getDeployment(currentId, this.soon()))).createdAt;
      liveCreatedAt = created ?? 0;
    }
    const away = rolledBackAway(project);
    const before = items.filter((i) => i.uid !== currentId && i.uid !== away && i.isRollbackCandidate !== false && (i.createdAt ?? i.created ?? 0) < liveCreatedAt);
    before.sort((a, b) => (b.createdAt ?? b.created ?? 0) - (a.createdAt ?? a.created ?? 0));
    return before[0] ? this.toInfo(before[0]) : void 0;
  }
  /** True when the project's last alias job was a rollback away from `id` (a re-run right after one). */
  async rolledBackFrom(id) {
    const project = await this.guard("read the project", () => this.api.getProject(this.soon()));
    return rolledBackAway(project) === id;
  }
  /**
   * The project's last alias job when it is a rollback that holds — it succeeded (or production
   * serves its target) and production still serves its target: `{ fromId, toId }`; else undefined.
   * How a converging rollback without a target tells "already rolled back" from "roll back now".
   * @throws ProviderError (or VercelRefusal) when the project cannot be read.
   */
  async lastRollback() {
    const project = await this.guard("read the project", () => this.api.getProject(this.soon()));
    const last = project.lastAliasRequest;
    const live = project.targets?.production?.id;
    if (last?.type !== "rollback" || !last.fromDeploymentId || !last.toDeploymentId)
      return void 0;
    if (live !== last.toDeploymentId || last.jobStatus === "failed")
      return void 0;
    return { fromId: last.fromDeploymentId, toId: last.toDeploymentId };
  }
  /** Polls the project until production is `id`; a failed alias job or the deadline throws. */
  async confirm(id, kind, deadline) {
    const { first, max } = this.options.pollMs ?? { first: 250, max: 2e3 };
    let live;
    for (let wait = first; ; wait = Math.min(max, Math.round(wait * 1.5))) {
      const project = await this.guard(`confirm the ${kind}`, () => this.api.getProject(deadline));
      live = project.targets?.production?.id;
      if (live === id)
        return;
      const request = project.lastAliasRequest;
      if (request?.toDeploymentId === id) {
        if (request.jobStatus === "succeeded")
          return;
        if (request.jobStatus === "failed")
          throw new ProviderError(`Vercel reports the ${kind} to ${id} failed`);
      }
      if (this.options.clock.now() + wait >= deadline)
        break;
      await this.options.clock.sleep(wait);
    }
    throw new ProviderError(`the ${kind} to ${id} was not confirmed before the deadline; production is ${live ?? "unknown"}`);
  }
};
function rolledBackAway(project) {
  const last = project.lastAliasRequest;
  if (last?.type !== "rollback" || !last.fromDeploymentId)
    return void 0;
  return project.targets?.production?.id === last.fromDeploymentId ? void 0 : last.fromDeploymentId;
}

// lib/actions/provider.js
function makeProvider(inputs, env, logger, clock = systemClock) {
  const http = new HttpClient({ logger, clock, userAgent: "greenlight" });
  if (inputs.provider === "command") {
    const provider2 = new CommandProvider({
      commands: {
        ...inputs["deploy-command"] ? { deploy: inputs["deploy-command"] } : {},
        ...inputs["promote-command"] ? { promote: inputs["promote-command"] } : {},
        ...inputs["rollback-command"] ? { rollback: inputs["rollback-command"] } : {},
        ...inputs["production-command"] ? { production: inputs["production-command"] } : {}
      },
      env,
      // Commands run where the workflow checked out the code, as a `run:` step would.
      ...env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {},
      // Scrubbed from any command output Greenlight logs or quotes in an error.
      secrets: [inputs["github-token"], env.VERCEL_TOKEN].filter((s) => Boolean(s)),
      logger,
      clock
    });
    return { provider: provider2, http };
  }
  const fromEnv = (input2, variable, value) => {
    const v = value ?? env[variable]?.trim();
    if (!v)
      throw new ConfigurationError(`input '${input2}': required with provider 'vercel' (or set ${variable})`);
    return v;
  };
  const token = fromEnv("vercel-token", "VERCEL_TOKEN", inputs["vercel-token"]);
  if (inputs["vercel-token"] === void 0) {
    maskSecret(token);
    if (/[\u0000-\u001f\u007f]/.test(token))
      throw new ConfigurationError("input 'vercel-token': VERCEL_TOKEN contains a control character (a line break?); set it again without one");
  }
  const projectId = fromEnv("vercel-project-id", "VERCEL_PROJECT_ID", inputs["vercel-project-id"]);
  const orgId = inputs["vercel-org-id"] ?? (env.VERCEL_ORG_ID?.trim() || void 0);
  const provider = new VercelProvider({
    auth: { token, orgId, projectId, apiUrl: inputs["vercel-api-url"].href.replace(/\/+$/, "") },
    http,
    clock,
    logger
  });
  return { provider, http };
}

// lib/actions/provider.inputs.js
var providerInputs = {
  provider: input.choice(["vercel", "command"], {
    description: "Where to deploy: vercel (default) or command (your own deploy, promote, rollback and production commands).",
    default: "vercel"
  }),
  "vercel-token": input.string({
    description: "Vercel access token (or set VERCEL_TOKEN). Keep it in a production environment secret; it is masked and never logged.",
    secret: true
  }),
  "vercel-org-id": input.string({
    description: "Vercel team id (team_\u2026) or personal account id (or set VERCEL_ORG_ID)."
  }),
  "vercel-project-id": input.string({ description: "Vercel project id (prj_\u2026) (or set VERCEL_PROJECT_ID)." }),
  "vercel-api-url": input.url({
    description: "Vercel API origin. Point it at `greenlight sandbox` to rehearse locally.",
    default: "https://api.vercel.com"
  }),
  "github-token": input.string({
    description: "Optional: record deployments and their statuses in the GitHub Deployments API (needs `deployments: write`).",
    secret: true
  })
};
var command = (verb, what) => input.string({
  description: `With provider command: the command line that ${what}. Run without a shell; values arrive as GREENLIGHT_* environment variables (see docs/command-provider.md).`
});
var commandInputs = {
  "deploy-command": command("deploy", 'deploys GREENLIGHT_PATH and prints {"id","url"} as its last JSON line'),
  "promote-command": command("promote", "moves production to GREENLIGHT_DEPLOYMENT_ID"),
  "rollback-command": command("rollback", "moves production back to GREENLIGHT_DEPLOYMENT_ID"),
  "production-command": command("production", 'prints {"id","url"} of what production serves now (enables compare-and-swap)')
};

export {
  ReleaseRecords,
  providerInputs,
  commandInputs,
  CommandProvider,
  VercelRefusal,
  makeProvider
};
