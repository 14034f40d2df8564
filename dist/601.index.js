export const id = 601;
export const ids = [601];
export const modules = {

/***/ 40906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _6: () => (/* binding */ runBundledAction)
});

// UNUSED EXPORTS: RUNNER_CANCEL, actionYmlPath, toolkitRoot

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
;// CONCATENATED MODULE: ./lib/github/file-commands.js
/**
 * Reads the files the runner gives a step for outputs (`GITHUB_OUTPUT`) and environment
 * (`GITHUB_ENV`): lines `name=value`, or heredocs `name<<DELIMITER` … `DELIMITER` as
 * `core.setOutput` writes them
 * (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#setting-an-output-parameter).
 */
function parseFileCommands(text) {
    const values = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
                body.push(lines[i]);
            if (i >= lines.length)
                throw new Error(`file command '${name}': delimiter '${delimiter}' never closes`);
            values[name] = body.join('\n');
            continue;
        }
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new Error(`file command line ${i + 1}: expected name=value or name<<DELIMITER`);
        values[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return values;
}

;// CONCATENATED MODULE: ./lib/cli/bundle.js
/**
 * Runs an action's bundle exactly as the GitHub runner does: `node dist/<action>.js` with its
 * inputs as `INPUT_*` variables (declared defaults from `action.yml` applied, as the runner does),
 * and fresh `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` and `RUNNER_TEMP`. Used by `greenlight run`,
 * `greenlight rehearse` and the end-to-end tests.
 */









/** The repository root: the parent of `dist/` (bundled) or of `src/` (from source). */
function toolkitRoot() {
    return (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)).replace(/[\\/]cli$/, ''));
}
/** Where an action's metadata lives: `action.yml` for `release`, else `actions/<name>/action.yml`. */
function actionYmlPath(name, root = toolkitRoot()) {
    return name === 'release' ? (0,external_node_path_.join)(root, 'action.yml') : (0,external_node_path_.join)(root, 'actions', name, 'action.yml');
}
/**
 * How the GitHub runner stops a step when the run is cancelled or the job times out: SIGINT, then
 * SIGTERM 7.5 s later, then SIGKILL 2.5 s after that (`ProcessInvoker` in
 * https://github.com/actions/runner;
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow).
 * Delays in ms.
 */
const RUNNER_CANCEL = { sigtermAfterMs: 7500, sigkillAfterMs: 2500 };
/**
 * Runs `action` with `inputs` (input name → raw string, as a workflow's `with:` gives them).
 * @throws ConfigurationError for an unknown action or an input the action does not declare.
 */
async function runBundledAction(action, inputs, options = {}) {
    const root = options.root ?? toolkitRoot();
    const ymlPath = actionYmlPath(action, root);
    let meta;
    try {
        meta = (0,dist/* parse */.qg)(await (0,promises_.readFile)(ymlPath, 'utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`unknown action '${action}' (no ${ymlPath})`);
    }
    const declared = meta.inputs ?? {};
    for (const name of Object.keys(inputs)) {
        if (!(name in declared)) {
            throw new errors/* ConfigurationError */.j1(`action '${action}' has no input '${name}'; it takes: ${Object.keys(declared).join(', ')}`);
        }
    }
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'greenlight-run-'));
    const outputFile = (0,external_node_path_.join)(temp, 'output');
    const summaryFile = (0,external_node_path_.join)(temp, 'summary');
    await (0,promises_.writeFile)(outputFile, '');
    await (0,promises_.writeFile)(summaryFile, '');
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined && !k.startsWith('INPUT_'))
            env[k] = v;
    for (const [name, def] of Object.entries(declared)) {
        if (def.default !== undefined && def.default !== null)
            env[(0,spec/* inputEnvName */.d_)(name)] = String(def.default);
    }
    for (const [name, value] of Object.entries(inputs))
        env[(0,spec/* inputEnvName */.d_)(name)] = value;
    // RUNNER_TEMP outlives the run (reports written there stay readable); the file-command files do not.
    const runnerTemp = options.env?.RUNNER_TEMP ||
        process.env.RUNNER_TEMP ||
        (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'greenlight-runner-temp-')));
    Object.assign(env, {
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: runnerTemp,
        GITHUB_ACTIONS: 'true',
    });
    for (const [k, v] of Object.entries(options.env ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    const main = (0,external_node_path_.join)((0,external_node_path_.dirname)(ymlPath), meta.runs?.main ?? '');
    try {
        const child = (0,external_node_child_process_.spawn)(options.node ?? process.execPath, [main], {
            cwd: options.cwd ?? process.cwd(),
            env,
            stdio: options.stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', (d) => (stdout += d.toString()));
        child.stderr?.on('data', (d) => (stderr += d.toString()));
        const escalation = [];
        const cancelLikeTheRunner = () => {
            child.kill('SIGINT');
            escalation.push(setTimeout(() => {
                child.kill('SIGTERM');
                escalation.push(setTimeout(() => child.kill('SIGKILL'), RUNNER_CANCEL.sigkillAfterMs));
            }, RUNNER_CANCEL.sigtermAfterMs));
        };
        if (options.signal?.aborted)
            cancelLikeTheRunner();
        else
            options.signal?.addEventListener('abort', cancelLikeTheRunner, { once: true });
        let ended;
        try {
            ended = await new Promise((resolve, reject) => {
                child.on('error', reject);
                child.on('close', (code, signal) => resolve({ code, signal }));
            });
        }
        finally {
            options.signal?.removeEventListener('abort', cancelLikeTheRunner);
            for (const timer of escalation)
                clearTimeout(timer);
        }
        return {
            exitCode: ended.code ?? 1,
            outputs: parseFileCommands(await (0,promises_.readFile)(outputFile, 'utf8')),
            summary: await (0,promises_.readFile)(summaryFile, 'utf8'),
            stdout,
            stderr,
            terminatedBy: ended.signal ?? undefined,
        };
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 18601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REHEARSE_USAGE: () => (/* binding */ REHEARSE_USAGE),
  rehearseCommand: () => (/* binding */ rehearseCommand)
});

// UNUSED EXPORTS: checkDir, parseRehearseArgs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/cli/bundle.js + 1 modules
var bundle = __webpack_require__(40906);
// EXTERNAL MODULE: ./lib/release/stages.js
var release_stages = __webpack_require__(57354);
// EXTERNAL MODULE: ./lib/runtime/clock.js
var runtime_clock = __webpack_require__(37642);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/rehearse/example-site.js
/**
 * The rehearsal's bundled example site, written fresh for each version: what a static build
 * (Vite `dist/`, Next.js `out/`) emits — content-hashed assets, a nested `about/index.html`, a
 * `404.html` — or, with `prebuilt`, the same pages as a Build Output API v3 tree
 * (`.vercel/output/static` + `config.json` routes: filesystem first, then a 404 page;
 * https://vercel.com/docs/build-output-api/v3/configuration).
 */




/** The text every page of version `v` carries, so a fetch tells which version answered. */
const versionMarker = (version) => `Greenlight rehearsal — version ${version}`;
const hash = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
/** The files of version `version` (path → content). */
function exampleFiles(version) {
    const css = `body{font-family:system-ui;margin:3rem}h1{color:${version % 2 ? '#1a7f37' : '#0969da'}}`;
    const js = `document.querySelector('#v').textContent = ${JSON.stringify(`v${version}`)};`;
    const cssFile = `assets/index-${hash(css)}.css`;
    const jsFile = `assets/index-${hash(js)}.js`;
    const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
        `<link rel="stylesheet" href="/${cssFile}"><script type="module" src="/${jsFile}"></script></head>` +
        `<body><h1>${title}</h1><p>${versionMarker(version)} <span id="v"></span></p>${body}</body></html>\n`;
    return {
        'index.html': page('Greenlight rehearsal', '<p><a href="/about/">About</a></p>'),
        'about/index.html': page('About', '<p>A page in a nested directory.</p>'),
        '404.html': page('Not found', '<p>This page does not exist.</p>'),
        [cssFile]: css,
        [jsFile]: js,
    };
}
/** Where the pages of a prebuilt tree live, and its routes (filesystem, then the 404 page). */
const OUTPUT_CONFIG = {
    version: 3,
    routes: [{ handle: 'filesystem' }, { src: '/(.*)', status: 404, dest: '/404.html' }],
};
/**
 * Writes version `version` of the example site into a new directory under `parent` and returns it. With
 * `prebuilt`, the directory holds `.vercel/output` (deploy it with `prebuilt: true`).
 */
async function writeExampleSite(version, prebuilt, parent = (0,external_node_os_.tmpdir)()) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, `greenlight-rehearsal-v${version}-`));
    const base = prebuilt ? (0,external_node_path_.join)(root, '.vercel', 'output', 'static') : root;
    for (const [path, content] of Object.entries(exampleFiles(version))) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(base, path)), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(base, path), content);
    }
    if (prebuilt)
        await (0,promises_.writeFile)((0,external_node_path_.join)(root, '.vercel', 'output', 'config.json'), `${JSON.stringify(OUTPUT_CONFIG, null, 2)}\n`);
    return root;
}
/** Smoke checks for the example site (pages, a hashed asset, the 404 page). */
function exampleSmokeChecks(version) {
    const asset = Object.keys(exampleFiles(version)).find((p) => p.endsWith('.js'));
    return [
        { name: 'home', path: '/', expect: { status: 200, 'body-contains': versionMarker(version) } },
        { name: 'nested page', path: '/about/', expect: { status: 200, 'body-contains': 'nested directory' } },
        { name: 'hashed asset', path: `/${asset}`, expect: { status: 200 } },
        {
            name: 'missing page',
            path: '/no-such-page',
            expect: { status: 404, 'body-contains': 'does not exist' },
        },
    ];
}

;// CONCATENATED MODULE: ./lib/rehearse/run.js
/**
 * `greenlight rehearse`: the production pipeline's steps in order, through the bundled actions (the
 * code the runner executes), against the embedded sandbox — staging deploy + smoke; production v1
 * staged → smoke → promote → healthy; a broken v2 (the sandbox answers 500 for it once it serves a
 * domain) → the health check fails → automatic rollback → production serves v1 again, confirmed by
 * fetching it. Every step's outcome is checked against what the pipeline must do.
 */








/** A step that did not do what the pipeline must do. */
class Unexpected extends Error {
    log;
    constructor(message, log) {
        super(message);
        this.log = log;
    }
}
const tail = (run) => `${run.stdout}${run.stderr}`.trim().split('\n').slice(-25).join('\n');
function expectExit(run, code, what) {
    if (run.exitCode !== code) {
        const said = run.stdout
            .split('\n')
            .filter((l) => l.startsWith('::error'))
            .at(-1)
            ?.replace(/^::error[^:]*::/, '');
        throw new Unexpected(`${what}: expected exit ${code}, got ${run.exitCode}${said ? ` (${said})` : ''}`, tail(run));
    }
}
function expectOutput(run, name, expected, what) {
    if (run.outputs[name] !== expected) {
        throw new Unexpected(`${what}: expected ${name}=${expected}, got ${run.outputs[name] ?? '(unset)'}`, tail(run));
    }
}
/** Runs the rehearsal; never throws for the pipeline's own failures (they make `outcome: failed`). */
async function rehearse(o) {
    const clock = o.clock ?? runtime_clock/* systemClock */.m;
    const sb = o.sandbox;
    const timeline = new release_stages/* Timeline */.Kf(clock, o.onStage);
    const stages = timeline.stages;
    // Everything the rehearsal writes (example sites, the steps' RUNNER_TEMP) lives here and goes at the end.
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'greenlight-rehearsal-'));
    const env = (sha, runId) => ({
        RUNNER_TEMP: work,
        VERCEL_TOKEN: sb.token,
        VERCEL_ORG_ID: sb.teamId,
        VERCEL_PROJECT_ID: sb.projectId,
        GITHUB_SHA: sha,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        // With --dir, v1 and v2 deploy the same tree, and a deploy reuses a ready deployment of the same
        // content from the same repository: each run plays a repository of its own, so that the broken
        // v2 is a deployment of its own rather than v1 again.
        GITHUB_REPOSITORY: o.dir ? `rehearsal/app-${runId}` : 'rehearsal/app',
    });
    const step = (action, inputs, sha, runId) => (0,bundle/* runBundledAction */._6)(action, inputs, { env: env(sha, runId) });
    const vercel = { 'vercel-api-url': sb.api };
    const sites = new Map();
    const site = (version) => {
        if (o.dir)
            return Promise.resolve(o.dir);
        if (!sites.has(version))
            sites.set(version, writeExampleSite(version, o.prebuilt, work));
        return sites.get(version);
    };
    const smokeChecks = (version) => JSON.stringify(o.dir
        ? [
            { name: 'home', path: '/' },
            { name: 'missing page', path: '/__greenlight_rehearsal_missing__', expect: { status: 404 } },
        ]
        : exampleSmokeChecks(version));
    const health = {
        interval: (0,parse/* formatDuration */.a3)(o.intervalMs),
        count: String(o.count),
        'progress-deadline': (0,parse/* formatDuration */.a3)(o.intervalMs * (o.count + 2) + 60_000),
    };
    const shaOf = (version) => String(version).repeat(40);
    const ready = (run, note) => ({
        outcome: 'ready',
        detail: `${run.outputs['deployment-id']} ${run.outputs.url} ${note}`,
    });
    let timeToRollbackMs;
    try {
        // Staging: a preview build aliased to the staging domain, smoke-tested there.
        await timeline.run('staging: deploy', async () => {
            const run = await step('deploy', {
                ...vercel,
                environment: 'staging',
                path: await site(1),
                prebuilt: String(o.prebuilt),
                alias: sb.domains.staging,
            }, shaOf(1), '1');
            expectExit(run, 0, 'staging deploy');
            return ready(run, `→ ${sb.domains.staging}`);
        });
        await timeline.run('staging: smoke test', async () => {
            const run = await step('smoke-test', { url: sb.origins.staging, checks: smokeChecks(1) }, shaOf(1), '1');
            expectExit(run, 0, 'staging smoke test');
            return { outcome: 'passed', detail: `${run.outputs.total} checks on ${sb.origins.staging}` };
        });
        // Production v1 then v2: staged, smoke-tested on the unique URL, promoted, health-checked;
        // v2 is the broken release, so its health check fails and production is rolled back to v1.
        const ids = [];
        for (const version of [1, 2]) {
            const runId = String(version + 1);
            const deploy = await timeline.run(`v${version}: deploy (staged)`, async () => {
                const run = await step('deploy', { ...vercel, environment: 'production', path: await site(version), prebuilt: String(o.prebuilt) }, shaOf(version), runId);
                expectExit(run, 0, `v${version} deploy`);
                expectOutput(run, 'previous-deployment-id', ids.at(-1) ?? '', `v${version} deploy`);
                return { run, ...ready(run, '(production not moved)') };
            });
            const id = deploy.run.outputs['deployment-id'];
            const url = deploy.run.outputs.url;
            if (version === 2) {
                // The broken release: fine on its own URL, 500s once it serves the production domain.
                const res = await fetch(`${sb.api}/_sandbox/faults`, {
                    method: 'POST',
                    headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
                    body: JSON.stringify({ deployment: id, serve: { status: 500, rate: 1, where: 'domains' } }),
                });
                if (!res.ok)
                    throw new Unexpected(`could not make v2 fail in the sandbox: HTTP ${res.status}`, await res.text());
            }
            await timeline.run(`v${version}: smoke test`, async () => {
                const run = await step('smoke-test', { url, checks: smokeChecks(version) }, shaOf(version), runId);
                expectExit(run, 0, `v${version} smoke test`);
                return { outcome: 'passed', detail: `${run.outputs.total} checks on the unique URL` };
            });
            await timeline.run(`v${version}: promote`, async () => {
                const run = await step('promote', { ...vercel, 'deployment-id': id, 'expected-current-deployment-id': ids.at(-1) ?? '' }, shaOf(version), runId);
                expectExit(run, 0, `v${version} promote`);
                expectOutput(run, 'outcome', 'promoted', `v${version} promote`);
                return { outcome: 'promoted', detail: `production → ${id}` };
            });
            const checked = await timeline.run(`v${version}: health check`, async () => {
                const run = await step('health-check', { url: sb.origins.production, ...health }, shaOf(version), runId);
                expectExit(run, version === 1 ? 0 : 1, `v${version} health check`);
                return { run, outcome: run.outputs.verdict ?? 'unknown', detail: run.outputs.reason ?? '' };
            });
            ids.push(id);
            if (version === 2) {
                const report = JSON.parse(await (0,promises_.readFile)(checked.run.outputs.report, 'utf8'));
                const firstFailedProbeAt = report.measurements.find((m) => m.outcome !== 'passed')?.startedAt;
                await timeline.run('v2: rollback', async () => {
                    const run = await step('rollback', {
                        ...vercel,
                        'to-deployment-id': ids[0],
                        reason: `rehearsal: ${checked.run.outputs.reason}`,
                    }, shaOf(2), runId);
                    expectExit(run, 0, 'rollback');
                    expectOutput(run, 'outcome', 'rolled_back', 'rollback');
                    if (firstFailedProbeAt !== undefined)
                        timeToRollbackMs = clock.now() - firstFailedProbeAt;
                    return { outcome: 'rolled_back', detail: `production → ${ids[0]}` };
                });
            }
        }
        await timeline.run('confirm: production serves v1', async () => {
            const res = await fetch(sb.origins.production);
            const body = await res.text();
            const servedBy = res.headers.get('x-sandbox-deployment-id');
            if (res.status !== 200 || servedBy !== ids[0] || (!o.dir && !body.includes(versionMarker(1)))) {
                throw new Unexpected(`production answered ${res.status} from ${servedBy ?? 'unknown'}, expected 200 from v1 (${ids[0]})`, body.slice(0, 500));
            }
            return { outcome: 'confirmed', detail: `200 from ${servedBy}` };
        });
        return {
            outcome: 'passed',
            stages,
            timeToRollbackMs,
            reason: 'a broken release was rolled back automatically and production serves v1 again',
        };
    }
    catch (error) {
        const log = error instanceof Unexpected ? error.log : (error.stack ?? String(error));
        return {
            outcome: 'failed',
            stages,
            timeToRollbackMs,
            reason: error.message,
            failedStepLog: log,
        };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/sandbox/index.js + 29 modules
var lib_sandbox = __webpack_require__(46985);
;// CONCATENATED MODULE: ./lib/cli/rehearse.js
/**
 * `greenlight rehearse [--dir PATH] [--prebuilt] [--json] [--interval 2s] [--count 3]`: the whole
 * release path on the embedded sandbox, through the bundled actions. Exit 0 only when every
 * expected outcome happened.
 */







const REHEARSE_USAGE = `greenlight rehearse [--dir PATH] [--prebuilt] [--json] [--interval 2s] [--count 3]

Starts the embedded Vercel sandbox and runs the production pipeline through the bundled actions:
staging deploy + smoke test; v1 staged → smoke test → promote → healthy; a broken v2 → health check
fails → automatic rollback → production serves v1 again, confirmed by fetching it.

  --dir PATH     deploy your own static build output (a Vite dist/, a Next.js out/) instead of the example site
  --prebuilt     deploy a Build Output API tree: PATH/.vercel/output (from \`vercel build\`)
  --interval D   health-check interval (default 2s; the action's default is 10s)
  --count N      health measurements for the healthy release (default 3; the action's default is 6)
  --json         print one JSON object {"outcome","stages","timeToRollbackMs",…} instead of the timeline`;
/** Wide enough for the rehearsal's longest stage name. */
const STAGE_WIDTH = 30;
/** Parses the arguments. @throws ConfigurationError with one line. */
function parseRehearseArgs(args) {
    const out = { dir: undefined, prebuilt: false, json: false, intervalMs: 2000, count: 3 };
    for (let i = 0; i < args.length; i++) {
        const [flag, inline] = args[i].split(/=(.*)/s, 2);
        const value = () => {
            const v = inline ?? args[++i];
            if (v === undefined || v === '')
                throw new errors/* ConfigurationError */.j1(`greenlight rehearse: ${flag} expects a value`);
            return v;
        };
        try {
            if (flag === '--dir')
                out.dir = (0,external_node_path_.resolve)(value());
            else if (flag === '--prebuilt')
                out.prebuilt = true;
            else if (flag === '--json')
                out.json = true;
            else if (flag === '--interval') {
                out.intervalMs = (0,parse/* parseDuration */.E9)(value());
                if (out.intervalMs <= 0)
                    throw new parse/* ValueError */.Qp('a duration like 2s, above zero');
            }
            else if (flag === '--count')
                out.count = (0,parse/* parseNumber */.$J)(value(), { min: 1, max: 20, integer: true });
            else
                throw new errors/* ConfigurationError */.j1(`greenlight rehearse: unknown argument '${flag}'; see greenlight rehearse --help`);
        }
        catch (error) {
            if (error instanceof parse/* ValueError */.Qp)
                throw new errors/* ConfigurationError */.j1(`greenlight rehearse: ${flag}: ${error.message}`);
            throw error;
        }
    }
    return out;
}
const isFile = async (path) => (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() ?? false;
/** Checks `--dir` holds what will be deployed. @throws ConfigurationError naming what is missing. */
async function checkDir(dir, prebuilt) {
    if (!(await (0,promises_.stat)(dir).catch(() => undefined))?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`greenlight rehearse: --dir: expected a directory, got '${dir}'`);
    }
    if (prebuilt && !(await isFile((0,external_node_path_.join)(dir, '.vercel', 'output', 'config.json')))) {
        throw new errors/* ConfigurationError */.j1(`greenlight rehearse: --dir with --prebuilt: expected ${(0,external_node_path_.join)(dir, '.vercel', 'output', 'config.json')} (run \`vercel build\` first)`);
    }
    if (!prebuilt && !(await isFile((0,external_node_path_.join)(dir, 'index.html')))) {
        throw new errors/* ConfigurationError */.j1(`greenlight rehearse: --dir: expected a static build output with an index.html (e.g. dist/ or out/), got '${dir}'`);
    }
}
/** Runs the command; resolves with the exit status. */
async function rehearseCommand(argv) {
    const args = parseRehearseArgs(argv);
    if (args.dir)
        await checkDir(args.dir, args.prebuilt);
    const sandbox = await (0,lib_sandbox/* startSandbox */.O)();
    const say = (text) => {
        if (!args.json)
            process.stdout.write(`${text}\n`);
    };
    try {
        say(`Greenlight rehearsal on the embedded sandbox (API ${sandbox.api}, production ${sandbox.origins.production})`);
        say(`Deploying ${args.dir ? `${args.dir}${args.prebuilt ? ' (prebuilt)' : ''}` : `the example site${args.prebuilt ? ' (prebuilt)' : ''}`}; health check: ${args.count} × ${(0,parse/* formatDuration */.a3)(args.intervalMs)}, failure-limit 0\n`);
        let header = false;
        const result = await rehearse({
            sandbox,
            dir: args.dir,
            prebuilt: args.prebuilt,
            intervalMs: args.intervalMs,
            count: args.count,
            onStage: (stage) => {
                const [head, row] = (0,release_stages/* timelineText */.Pj)([stage], STAGE_WIDTH).split('\n');
                if (!header)
                    say(head);
                header = true;
                say(row);
            },
        });
        if (args.json) {
            const json = {
                outcome: result.outcome,
                stages: result.stages,
                timeToRollbackMs: result.timeToRollbackMs,
                reason: result.reason,
                sandbox: { api: sandbox.api },
                health: { intervalMs: args.intervalMs, count: args.count },
            };
            process.stdout.write(`${JSON.stringify(json)}\n`);
        }
        else if (result.outcome === 'passed') {
            const ttr = result.timeToRollbackMs;
            say(`\nTime from the first failed probe to production restored: ${ttr === undefined ? 'unknown' : ttr < 1000 ? `${Math.round(ttr)} ms` : `${(0,parse/* formatDuration */.a3)(ttr)} (${Math.round(ttr)} ms)`}`);
            say(`Rehearsal passed: ${result.reason}.`);
        }
        else {
            say(`\nRehearsal failed: ${result.reason}`);
            if (result.failedStepLog)
                say(`\nLog of that step:\n${result.failedStepLog}`);
        }
        return result.outcome === 'passed' ? 0 : 1;
    }
    finally {
        await sandbox.close();
    }
}


/***/ }),

/***/ 30018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
/* unused harmony export cell */
/** Escapes text for a Markdown table cell: pipes, newlines and HTML-significant brackets. */
function cell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A GitHub-flavoured Markdown table. Cells are escaped with {@link cell}. */
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 34170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Qp: () => (/* binding */ ValueError),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/**
 * Parsers for the value shapes every action's inputs share. Each returns the parsed value or
 * throws {@link ValueError} whose message completes the sentence "expected …" — the input layer
 * adds the input's name and the raw value.
 */
/** Thrown by the parsers below; `expected` reads as "expected <expected>". */
class ValueError extends Error {
    expected;
    constructor(expected) {
        super(`expected ${expected}`);
        this.expected = expected;
        this.name = 'ValueError';
    }
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
/**
 * A duration such as `30s`, `5m`, `1h`, `250ms` or `1m30s`, in milliseconds (rounded to whole ms).
 * @throws ValueError when the text is not such a duration (a bare number has no unit and is refused).
 */
function parseDuration(text) {
    const expected = 'a duration like 30s or 5m';
    if (text === '')
        throw new ValueError(expected);
    DURATION_PART.lastIndex = 0;
    let total = 0;
    let end = 0;
    for (let m = DURATION_PART.exec(text); m; m = DURATION_PART.exec(text)) {
        total += Number(m[1]) * DURATION_UNITS[m[2]];
        end = DURATION_PART.lastIndex;
    }
    if (end !== text.length)
        throw new ValueError(expected);
    return Math.round(total);
}
/**
 * Formats milliseconds the way {@link parseDuration} reads them, rounded to what it shows:
 * `1500` → `1.5s`, `90000` → `1m30s`, `9810002` → `2h44m`.
 */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    if (ms < 3_600_000) {
        const seconds = Math.round(ms / 1000); // round the total, so 119.6 s is 2m, never 1m60s
        const minutes = Math.floor(seconds / 60);
        return seconds % 60 ? `${minutes}m${seconds % 60}s` : `${minutes}m`;
    }
    const minutes = Math.round(ms / 60_000);
    const hours = Math.floor(minutes / 60);
    return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/**
 * A YAML 1.2 core-schema boolean, as `core.getBooleanInput` accepts: `true`/`True`/`TRUE` or
 * `false`/`False`/`FALSE`. `yes`, `on`, `1` and the like are refused.
 * @throws ValueError otherwise.
 */
function parseBoolean(text) {
    if (TRUE.has(text))
        return true;
    if (FALSE.has(text))
        return false;
    throw new ValueError('true or false');
}
/** A list given one item per line or separated by commas; items are trimmed, empty ones dropped. */
function parseList(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * A number within `[min, max]`; with `integer`, a whole number.
 * @throws ValueError naming the bounds.
 */
function parseNumber(text, bounds) {
    const { min = -Infinity, max = Infinity, integer = false } = bounds;
    const kind = integer ? 'an integer' : 'a number';
    const range = min > -Infinity && max < Infinity
        ? ` from ${min} to ${max}`
        : min > -Infinity
            ? ` of at least ${min}`
            : max < Infinity
                ? ` of at most ${max}`
                : '';
    const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
        throw new ValueError(`${kind}${range}`);
    }
    return value;
}
/**
 * An absolute `http:` or `https:` URL.
 * @throws ValueError otherwise.
 */
function parseHttpUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ValueError('an http(s) URL like https://example.com');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ValueError('an http(s) URL like https://example.com');
    }
    return url;
}
/**
 * One of a fixed set of words.
 * @throws ValueError listing the choices.
 */
function parseChoice(text, choices) {
    if (choices.includes(text))
        return text;
    throw new ValueError(`one of ${choices.join(', ')}`);
}


/***/ }),

/***/ 88554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   d_: () => (/* binding */ inputEnvName),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88532);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50525);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34170);
/**
 * Inputs are declared once. Each action's inputs are a zod schema per input plus the metadata its
 * `action.yml` must repeat (description, required, default); a test compares the two. The same
 * declaration drives parsing here, the CLI's `greenlight run`, and the docs.
 */



function fromParser(parse) {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((raw, ctx) => {
        try {
            return parse(raw);
        }
        catch (error) {
            if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueError */ .Qp))
                throw error;
            ctx.addIssue({ code: 'custom', message: error.expected, input: raw });
            return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
    });
}
function define(parse, options) {
    return {
        description: options.description,
        required: options.required ?? false,
        default: options.default,
        secret: options.secret ?? false,
        schema: fromParser(parse),
    };
}
/** Builders for the input shapes the actions share. */
const input = {
    /** Free text (optionally matched against `pattern`, described by `expected`). */
    string: (o) => define((raw) => {
        if (o.pattern && !o.pattern.test(raw))
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueError */ .Qp(o.expected ?? `text matching ${o.pattern}`);
        return raw;
    }, o),
    /** An absolute http(s) URL, as a `URL`. */
    url: (o) => define(_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHttpUrl */ .f$, o),
    /** YAML 1.2 `true`/`false`. */
    boolean: (o) => define(_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG, o),
    /** `30s`, `5m`, `1h` … parsed to milliseconds. */
    duration: (o) => define(_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9, o),
    /** A number within bounds; `integer` demands a whole number. */
    number: (o) => define((raw) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(raw, o), o),
    /** Items separated by newlines or commas. */
    list: (o) => define(_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1, o),
    /** Any other shape: `parse` returns the value or throws `ValueError` ("expected …"). */
    custom: (parse, o) => define(parse, o),
    /** One word out of `choices`. */
    choice: (choices, o) => define((raw) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseChoice */ .HU)(raw, choices), o),
};
/** Declares an action (identity at run time; keeps the literal types). */
function defineAction(spec) {
    return spec;
}
/** The environment variable the runner uses for an input: `INPUT_` + name upper-cased, spaces as `_`. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Reads and parses every input of `spec` from `env` the way the runner passes them (`INPUT_*`,
 * trimmed; empty means absent; absent means the declared default).
 *
 * `onSecret` receives each non-empty secret value before anything is parsed, so the caller can mask
 * it first.
 * @throws ConfigurationError with one line: `input 'timeout': expected a duration like 30s or 5m, got 'soon'`.
 */
function readInputs(spec, env, onSecret = () => { }) {
    const raws = new Map();
    for (const [name, def] of Object.entries(spec.inputs)) {
        const raw = (env[inputEnvName(name)] ?? '').trim();
        if (def.secret && raw !== '')
            onSecret(raw);
        raws.set(name, raw);
    }
    const values = {};
    for (const [name, def] of Object.entries(spec.inputs)) {
        const raw = raws.get(name) || def.default || '';
        if (raw === '') {
            if (def.required)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${name}': required, but not supplied`);
            values[name] = undefined;
            continue;
        }
        const result = def.schema.safeParse(raw);
        if (!result.success) {
            const expected = result.error.issues[0]?.message ?? 'a valid value';
            const got = def.secret
                ? 'a value that is not shown'
                : `'${raw.length > 200 ? `${raw.slice(0, 200)}…` : raw}'`;
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${name}': ${expected.startsWith('expected') ? '' : 'expected '}${expected}, got ${got}`);
        }
        values[name] = result.data;
    }
    return values;
}


/***/ }),

/***/ 57354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ StageCancelled),
/* harmony export */   Kf: () => (/* binding */ Timeline),
/* harmony export */   Pj: () => (/* binding */ timelineText),
/* harmony export */   jy: () => (/* binding */ timelineMarkdown)
/* harmony export */ });
/* harmony import */ var _github_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30018);
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34170);
/**
 * The release timeline: each stage with its start, duration and outcome, for the summary, the
 * rehearsal and the JSON output.
 */


/**
 * Thrown into a stage when the release is cancelled (the runner's SIGINT/SIGTERM); the timeline
 * records the stage as `cancelled`. The message says why, e.g. `received SIGINT`.
 */
class StageCancelled extends Error {
    name = 'StageCancelled';
}
/** Collects stages as they finish. */
class Timeline {
    clock;
    onStage;
    stages = [];
    /** `onStage` hears each stage as it ends (live progress). */
    constructor(clock, onStage = () => { }) {
        this.clock = clock;
        this.onStage = onStage;
    }
    /** Records a finished stage. */
    add(stage) {
        this.stages.push(stage);
        this.onStage(stage);
    }
    /**
     * Runs `work` as a stage; its result's `outcome`/`detail` are recorded. A thrown error is recorded
     * as outcome `failed` ({@link StageCancelled}: `cancelled`) with the error's message, then rethrown.
     */
    async run(stage, work) {
        const startedAt = this.clock.now();
        try {
            const result = await work();
            this.add({
                stage,
                startedAt,
                durationMs: this.clock.now() - startedAt,
                outcome: result.outcome,
                detail: result.detail,
            });
            return result;
        }
        catch (error) {
            this.add({
                stage,
                startedAt,
                durationMs: this.clock.now() - startedAt,
                outcome: error instanceof StageCancelled ? 'cancelled' : 'failed',
                detail: error.message,
            });
            throw error;
        }
    }
}
/** The timeline as a Markdown table (stage, duration, outcome, detail). */
function timelineMarkdown(stages) {
    return (0,_github_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)(['Stage', 'Duration', 'Outcome', 'Detail'], stages.map((s) => [s.stage, (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs), s.outcome, s.detail]));
}
/** The timeline as aligned plain text, one stage a line (for the terminal); `width` pads the stage column. */
function timelineText(stages, width = Math.max(5, ...stages.map((s) => s.stage.length))) {
    const head = `  ${'stage'.padEnd(width)}  ${'duration'.padStart(8)}  outcome`;
    const rows = stages.map((s) => `  ${s.stage.padEnd(width)}  ${(0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs).padStart(8)}  ${s.outcome}${s.detail ? `: ${s.detail}` : ''}`);
    return [head, ...rows].join('\n');
}


/***/ }),

/***/ 37642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export manualClock */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
/**
 * A clock whose time only moves when something sleeps on it: `sleep(ms)` advances `now()` by
 * `ms` at once. `slept` lists every requested sleep, in order (ms).
 */
function manualClock(start = Date.UTC(2026, 0, 1)) {
    let t = start;
    const slept = [];
    return {
        slept,
        now: () => t,
        sleep: async (ms) => {
            slept.push(ms);
            t += Math.max(0, ms);
        },
    };
}


/***/ })

};
