import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  runBundledAction
} from "./chunk-PVXBZJLG.js";
import {
  startSandbox
} from "./chunk-KBIIVOJZ.js";
import {
  Timeline,
  timelineText
} from "./chunk-YYPBMCSK.js";
import "./chunk-DXBS64VD.js";
import "./chunk-DTPFYEBS.js";
import {
  DEFAULT_COUNT,
  DEFAULT_INTERVAL_MS
} from "./chunk-RX3F5VXW.js";
import {
  require_node_os
} from "./chunk-UQCJ7XO3.js";
import {
  loadChecks
} from "./chunk-DPEQO4DT.js";
import "./chunk-CB6XYMLR.js";
import "./chunk-BA2AZJKK.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import "./chunk-PWNCWC4J.js";
import {
  ValueError,
  parseDuration,
  parseNumber
} from "./chunk-3564UZ2R.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  require_node_crypto
} from "./chunk-RIBDMVJD.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-TGSPGS3T.js";
import "./chunk-V24XHRWZ.js";
import {
  staticDeploymentSettings
} from "./chunk-NWHY6NZH.js";
import {
  require_promises
} from "./chunk-QNM66WSQ.js";
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

// lib/cli/rehearse.js
var import_promises4 = __toESM(require_promises(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// lib/rehearse/rehearsal.js
var import_promises3 = __toESM(require_promises(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

// lib/rehearse/app-checks.js
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var MISSING_PATH = "/__greenlight_rehearsal_missing__";
async function routesOf(dir, prebuilt) {
  if (!prebuilt) {
    const settings = await staticDeploymentSettings(dir, false).catch(() => void 0);
    return settings?.routes ?? [];
  }
  try {
    const config = JSON.parse(await (0, import_promises.readFile)((0, import_node_path.join)(dir, ".vercel", "output", "config.json"), "utf8"));
    return Array.isArray(config?.routes) ? config.routes : [];
  } catch {
    return [];
  }
}
async function rewritesPath(dir, prebuilt, path) {
  for (const route of await routesOf(dir, prebuilt)) {
    if (typeof route.src !== "string" || typeof route.dest !== "string")
      continue;
    if (typeof route.status === "number" && route.status >= 300)
      continue;
    if (Array.isArray(route.has) && route.has.length > 0)
      continue;
    if (Array.isArray(route.missing) && route.missing.length > 0)
      continue;
    let pattern = route.src.replace(/\(\?P<([A-Za-z_]\w*)>/g, "(?<$1>");
    if (!pattern.startsWith("^"))
      pattern = `^${pattern}`;
    if (!pattern.endsWith("$"))
      pattern = `${pattern}$`;
    try {
      if (new RegExp(pattern, route.caseSensitive === true ? "" : "i").test(path))
        return true;
    } catch {
    }
  }
  return false;
}
async function defaultAppChecks(dir, prebuilt) {
  const home = { name: "home", path: "/" };
  if (await rewritesPath(dir, prebuilt, MISSING_PATH))
    return [home, { name: "deep link (rewritten by the app)", path: MISSING_PATH, expect: { status: 200 } }];
  return [home, { name: "missing page", path: MISSING_PATH, expect: { status: 404 } }];
}

// lib/rehearse/example-site.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var versionMarker = (version) => `Greenlight rehearsal \u2014 version ${version}`;
var hash = (text) => (0, import_node_crypto.createHash)("sha256").update(text).digest("hex").slice(0, 8);
function exampleFiles(version) {
  const css = `body{font-family:system-ui;margin:3rem}h1{color:${version % 2 ? "#1a7f37" : "#0969da"}}`;
  const js = `document.querySelector('#v').textContent = ${JSON.stringify(`v${version}`)};`;
  const cssFile = `assets/index-${hash(css)}.css`;
  const jsFile = `assets/index-${hash(js)}.js`;
  const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/${cssFile}"><script type="module" src="/${jsFile}"></script></head><body><h1>${title}</h1><p>${versionMarker(version)} <span id="v"></span></p>${body}</body></html>
`;
  return {
    "index.html": page("Greenlight rehearsal", '<p><a href="/about/">About</a></p>'),
    "about/index.html": page("About", "<p>A page in a nested directory.</p>"),
    "404.html": page("Not found", "<p>This page does not exist.</p>"),
    [cssFile]: css,
    [jsFile]: js
  };
}
var OUTPUT_CONFIG = {
  version: 3,
  routes: [{ handle: "filesystem" }, { src: "/(.*)", status: 404, dest: "/404.html" }]
};
async function writeExampleSite(version, prebuilt, parent = (0, import_node_os.tmpdir)()) {
  const root = await (0, import_promises2.mkdtemp)((0, import_node_path2.join)(parent, `greenlight-rehearsal-v${version}-`));
  const base = prebuilt ? (0, import_node_path2.join)(root, ".vercel", "output", "static") : root;
  for (const [path, content] of Object.entries(exampleFiles(version))) {
    await (0, import_promises2.mkdir)((0, import_node_path2.dirname)((0, import_node_path2.join)(base, path)), { recursive: true });
    await (0, import_promises2.writeFile)((0, import_node_path2.join)(base, path), content);
  }
  if (prebuilt)
    await (0, import_promises2.writeFile)((0, import_node_path2.join)(root, ".vercel", "output", "config.json"), `${JSON.stringify(OUTPUT_CONFIG, null, 2)}
`);
  return root;
}
function exampleSmokeChecks(version) {
  const asset = Object.keys(exampleFiles(version)).find((p) => p.endsWith(".js"));
  return [
    { name: "home", path: "/", expect: { status: 200, "body-contains": versionMarker(version) } },
    { name: "nested page", path: "/about/", expect: { status: 200, "body-contains": "nested directory" } },
    { name: "hashed asset", path: `/${asset}`, expect: { status: 200 } },
    {
      name: "missing page",
      path: "/no-such-page",
      expect: { status: 404, "body-contains": "does not exist" }
    }
  ];
}

// lib/rehearse/rehearsal.js
var Unexpected = class extends Error {
  log;
  constructor(message, log) {
    super(message);
    this.log = log;
  }
};
var tail = (run) => `${run.stdout}${run.stderr}`.trim().split("\n").slice(-25).join("\n");
function expectExit(run, code, what) {
  if (run.exitCode !== code) {
    const said = run.stdout.split("\n").filter((l) => l.startsWith("::error")).at(-1)?.replace(/^::error[^:]*::/, "");
    throw new Unexpected(`${what}: expected exit ${code}, got ${run.exitCode}${said ? ` (${said})` : ""}`, tail(run));
  }
}
function expectOutput(run, name, expected, what) {
  if (run.outputs[name] !== expected) {
    throw new Unexpected(`${what}: expected ${name}=${expected}, got ${run.outputs[name] ?? "(unset)"}`, tail(run));
  }
}
async function rehearse(options) {
  const clock = options.clock ?? systemClock;
  const sb = options.sandbox;
  const timeline = new Timeline(clock, options.onStage);
  const stages = timeline.stages;
  const work = await (0, import_promises3.mkdtemp)((0, import_node_path3.join)((0, import_node_os2.tmpdir)(), "greenlight-rehearsal-"));
  const env = (sha, runId) => ({
    RUNNER_TEMP: work,
    // The example sites (or --dir) play the job's workspace: deploy's path must lie inside it.
    GITHUB_WORKSPACE: options.dir ?? work,
    VERCEL_TOKEN: sb.token,
    VERCEL_ORG_ID: sb.teamId,
    VERCEL_PROJECT_ID: sb.projectId,
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: "1",
    // With --dir, v1 and v2 deploy the same tree, and a deploy reuses a ready deployment of the same
    // content from the same repository: each run plays a repository of its own, so that the broken
    // v2 is a deployment of its own rather than v1 again.
    GITHUB_REPOSITORY: options.dir ? `rehearsal/app-${runId}` : "rehearsal/app"
  });
  const step = (action, inputs, sha, runId) => runBundledAction(action, inputs, { env: env(sha, runId) });
  const vercel = { "vercel-api-url": sb.api };
  const sites = /* @__PURE__ */ new Map();
  const site = (version) => {
    if (options.dir)
      return Promise.resolve(options.dir);
    if (!sites.has(version))
      sites.set(version, writeExampleSite(version, options.prebuilt, work));
    return sites.get(version);
  };
  const appChecks = options.dir ? JSON.stringify(await defaultAppChecks(options.dir, options.prebuilt)) : void 0;
  const smokeChecks = (version) => options.checksFile ? { config: options.checksFile } : { checks: appChecks ?? JSON.stringify(exampleSmokeChecks(version)) };
  const health = {
    interval: formatDuration(options.intervalMs),
    count: String(options.count),
    "progress-deadline": formatDuration(options.intervalMs * (options.count + 2) + 6e4)
  };
  const shaOf = (version) => String(version).repeat(40);
  const ready = (run, note) => ({
    outcome: "ready",
    detail: `${run.outputs["deployment-id"]} ${run.outputs.url} ${note}`
  });
  let timeToRollbackMs;
  let timeToRestoreMs;
  let brokenLiveAt;
  try {
    await timeline.run("staging: deploy", async () => {
      const run = await step("deploy", {
        ...vercel,
        environment: "staging",
        path: await site(1),
        prebuilt: String(options.prebuilt),
        alias: sb.domains.staging
      }, shaOf(1), "1");
      expectExit(run, 0, "staging deploy");
      return ready(run, `\u2192 ${sb.domains.staging}`);
    });
    await timeline.run("staging: smoke test", async () => {
      const run = await step("smoke-test", { url: sb.origins.staging, ...smokeChecks(1) }, shaOf(1), "1");
      expectExit(run, 0, "staging smoke test");
      return { outcome: "passed", detail: `${run.outputs.total} checks on ${sb.origins.staging}` };
    });
    const ids = [];
    for (const version of [1, 2]) {
      const runId = String(version + 1);
      const deploy = await timeline.run(`v${version}: deploy (staged)`, async () => {
        const run = await step("deploy", {
          ...vercel,
          environment: "production",
          path: await site(version),
          prebuilt: String(options.prebuilt)
        }, shaOf(version), runId);
        expectExit(run, 0, `v${version} deploy`);
        expectOutput(run, "previous-deployment-id", ids.at(-1) ?? "", `v${version} deploy`);
        return { run, ...ready(run, "(production not moved)") };
      });
      const id = deploy.run.outputs["deployment-id"];
      const url = deploy.run.outputs.url;
      if (version === 2) {
        const res = await fetch(`${sb.api}/_sandbox/faults`, {
          method: "POST",
          headers: { authorization: `Bearer ${sb.token}`, "content-type": "application/json" },
          body: JSON.stringify({ deployment: id, serve: { status: 500, rate: 1, where: "domains" } })
        });
        if (!res.ok)
          throw new Unexpected(`could not make v2 fail in the sandbox: HTTP ${res.status}`, await res.text());
      }
      await timeline.run(`v${version}: smoke test`, async () => {
        const run = await step("smoke-test", { url, ...smokeChecks(version) }, shaOf(version), runId);
        expectExit(run, 0, `v${version} smoke test`);
        return { outcome: "passed", detail: `${run.outputs.total} checks on the unique URL` };
      });
      await timeline.run(`v${version}: promote`, async () => {
        const run = await step("promote", { ...vercel, "deployment-id": id, "expected-current-deployment-id": ids.at(-1) ?? "" }, shaOf(version), runId);
        expectExit(run, 0, `v${version} promote`);
        expectOutput(run, "outcome", "promoted", `v${version} promote`);
        return { outcome: "promoted", detail: `production \u2192 ${id}` };
      });
      if (version === 2)
        brokenLiveAt = clock.now();
      const checked = await timeline.run(`v${version}: health check`, async () => {
        const run = await step("health-check", { url: sb.origins.production, ...health }, shaOf(version), runId);
        expectExit(run, version === 1 ? 0 : 1, `v${version} health check`);
        return { run, outcome: run.outputs.verdict ?? "unknown", detail: run.outputs.reason ?? "" };
      });
      ids.push(id);
      if (version === 2) {
        const report = JSON.parse(await (0, import_promises3.readFile)(checked.run.outputs.report, "utf8"));
        const firstFailedProbeAt = report.measurements.find((m) => m.outcome !== "passed")?.startedAt;
        await timeline.run("v2: rollback", async () => {
          const run = await step("rollback", {
            ...vercel,
            "to-deployment-id": ids[0],
            reason: `rehearsal: ${checked.run.outputs.reason}`
          }, shaOf(2), runId);
          expectExit(run, 0, "rollback");
          expectOutput(run, "outcome", "rolled_back", "rollback");
          const restoredAt = clock.now();
          if (firstFailedProbeAt !== void 0)
            timeToRollbackMs = restoredAt - firstFailedProbeAt;
          if (brokenLiveAt !== void 0)
            timeToRestoreMs = restoredAt - brokenLiveAt;
          return { outcome: "rolled_back", detail: `production \u2192 ${ids[0]}` };
        });
      }
    }
    await timeline.run("confirm: production serves v1", async () => {
      const res = await fetch(sb.origins.production);
      const body = await res.text();
      const servedBy = res.headers.get("x-sandbox-deployment-id");
      if (res.status !== 200 || servedBy !== ids[0] || !options.dir && !body.includes(versionMarker(1))) {
        throw new Unexpected(`production answered ${res.status} from ${servedBy ?? "unknown"}, expected 200 from v1 (${ids[0]})`, body.slice(0, 500));
      }
      return { outcome: "confirmed", detail: `200 from ${servedBy}` };
    });
    return {
      outcome: "passed",
      stages,
      timeToRestoreMs,
      timeToRollbackMs,
      reason: "a broken release was rolled back automatically and production serves v1 again"
    };
  } catch (error) {
    const log = error instanceof Unexpected ? error.log : error.stack ?? String(error);
    return {
      outcome: "failed",
      stages,
      timeToRestoreMs,
      timeToRollbackMs,
      reason: error.message,
      failedStepLog: log
    };
  } finally {
    await (0, import_promises3.rm)(work, { recursive: true, force: true });
  }
}

// lib/cli/rehearse.js
var REHEARSE_USAGE = `greenlight rehearse [--dir PATH] [--prebuilt] [--checks FILE] [--json] [--interval 10s] [--count 6]

Starts the embedded Vercel sandbox and runs the production pipeline through the bundled actions:
staging deploy + smoke test; v1 staged \u2192 smoke test \u2192 promote \u2192 healthy; a broken v2 \u2192 health check
fails \u2192 automatic rollback \u2192 production serves v1 again, confirmed by fetching it.

  --dir PATH     deploy your own static build output (a Vite dist/, a Next.js out/) instead of the example site
  --prebuilt     deploy a Build Output API tree: PATH/.vercel/output (from \`vercel build\`)
  --checks FILE  the smoke checks (the smoke-test action's YAML or JSON format); by default with --dir:
                 / answers 2xx, and a missing page 404 \u2014 or 200 when the app rewrites it (an SPA)
  --interval D   health-check interval (default ${formatDuration(DEFAULT_INTERVAL_MS)}, the actions' default; e.g. 1s for a quick run)
  --count N      health measurements for the healthy release (default ${DEFAULT_COUNT}, the actions' default)
  --json         print one JSON object {"outcome","stages","timeToRestoreMs","timeToRollbackMs",\u2026} instead of the timeline

The health check otherwise runs with the actions' defaults (first measurement at once, a check that
got a 5xx, a 429 or no answer retried once 250ms later, failure-limit 0).`;
var STAGE_WIDTH = 30;
function parseRehearseArgs(args) {
  const out = {
    dir: void 0,
    prebuilt: false,
    checks: void 0,
    json: false,
    intervalMs: DEFAULT_INTERVAL_MS,
    count: DEFAULT_COUNT
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? args[++i];
      if (v === void 0 || v === "")
        throw new ConfigurationError(`greenlight rehearse: ${flag} expects a value`);
      return v;
    };
    try {
      if (flag === "--dir")
        out.dir = (0, import_node_path4.resolve)(value());
      else if (flag === "--prebuilt")
        out.prebuilt = true;
      else if (flag === "--checks")
        out.checks = (0, import_node_path4.resolve)(value());
      else if (flag === "--json")
        out.json = true;
      else if (flag === "--interval") {
        out.intervalMs = parseDuration(value());
        if (out.intervalMs <= 0)
          throw new ValueError("a duration like 2s, above zero");
      } else if (flag === "--count")
        out.count = parseNumber(value(), { min: 1, max: 20, integer: true });
      else
        throw new ConfigurationError(`greenlight rehearse: unknown argument '${flag}'; see greenlight rehearse --help`);
    } catch (error) {
      if (error instanceof ValueError)
        throw new ConfigurationError(`greenlight rehearse: ${flag}: ${error.message}`);
      throw error;
    }
  }
  return out;
}
var isFile = async (path) => (await (0, import_promises4.stat)(path).catch(() => void 0))?.isFile() ?? false;
async function checkDir(dir, prebuilt) {
  if (!(await (0, import_promises4.stat)(dir).catch(() => void 0))?.isDirectory()) {
    throw new ConfigurationError(`greenlight rehearse: --dir: expected a directory, got '${dir}'`);
  }
  if (prebuilt && !await isFile((0, import_node_path4.join)(dir, ".vercel", "output", "config.json"))) {
    throw new ConfigurationError(`greenlight rehearse: --dir with --prebuilt: expected ${(0, import_node_path4.join)(dir, ".vercel", "output", "config.json")} (run \`vercel build\` first)`);
  }
  if (!prebuilt && !await isFile((0, import_node_path4.join)(dir, "index.html"))) {
    throw new ConfigurationError(`greenlight rehearse: --dir: expected a static build output with an index.html (e.g. dist/ or out/), got '${dir}'`);
  }
}
var ms = (value) => value === void 0 ? "unknown" : value < 1e3 ? `${Math.round(value)} ms` : `${formatDuration(value)} (${Math.round(value)} ms)`;
async function rehearseCommand(argv) {
  const args = parseRehearseArgs(argv);
  if (args.dir)
    await checkDir(args.dir, args.prebuilt);
  if (args.checks)
    await loadChecks(args.checks, "greenlight rehearse: --checks");
  const sandbox = await startSandbox();
  const say = (text) => {
    if (!args.json)
      process.stdout.write(`${text}
`);
  };
  try {
    say(`Greenlight rehearsal on the embedded sandbox (API ${sandbox.api}, production ${sandbox.origins.production})`);
    say(`Deploying ${args.dir ? `${args.dir}${args.prebuilt ? " (prebuilt)" : ""}` : `the example site${args.prebuilt ? " (prebuilt)" : ""}`}; health check: ${args.count} \xD7 ${formatDuration(args.intervalMs)} from the promote, failure-limit 0, one retry
`);
    let header = false;
    const result = await rehearse({
      sandbox,
      dir: args.dir,
      prebuilt: args.prebuilt,
      ...args.checks ? { checksFile: args.checks } : {},
      intervalMs: args.intervalMs,
      count: args.count,
      onStage: (stage) => {
        const [head, row] = timelineText([stage], STAGE_WIDTH).split("\n");
        if (!header)
          say(head);
        header = true;
        say(row);
      }
    });
    if (args.json) {
      const json = {
        outcome: result.outcome,
        stages: result.stages,
        timeToRestoreMs: result.timeToRestoreMs,
        timeToRollbackMs: result.timeToRollbackMs,
        reason: result.reason,
        sandbox: { api: sandbox.api },
        health: { intervalMs: args.intervalMs, count: args.count }
      };
      process.stdout.write(`${JSON.stringify(json)}
`);
    } else if (result.outcome === "passed") {
      say(`
Time from the broken release's promote to production restored: ${ms(result.timeToRestoreMs)}`);
      say(`Time from the first failed probe to production restored: ${ms(result.timeToRollbackMs)}`);
      say(`Rehearsal passed: ${result.reason}.`);
    } else {
      say(`
Rehearsal failed: ${result.reason}`);
      if (result.failedStepLog)
        say(`
Log of that step:
${result.failedStepLog}`);
    }
    return result.outcome === "passed" ? 0 : 1;
  } finally {
    await sandbox.close();
  }
}
export {
  REHEARSE_USAGE,
  checkDir,
  parseRehearseArgs,
  rehearseCommand
};
