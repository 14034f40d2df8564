export const id = 89;
export const ids = [89];
export const modules = {

/***/ 38089:
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
// EXTERNAL MODULE: ./lib/format/duration.js
var duration = __webpack_require__(27939);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/runner/bundle.js + 1 modules
var bundle = __webpack_require__(13285);
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

;// CONCATENATED MODULE: ./lib/rehearse/rehearsal.js
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
async function rehearse(options) {
    const clock = options.clock ?? runtime_clock/* systemClock */.m;
    const sb = options.sandbox;
    const timeline = new release_stages/* Timeline */.Kf(clock, options.onStage);
    const stages = timeline.stages;
    // Everything the rehearsal writes (example sites, the steps' RUNNER_TEMP) lives here and goes at the end.
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'greenlight-rehearsal-'));
    const env = (sha, runId) => ({
        RUNNER_TEMP: work,
        // The example sites (or --dir) play the job's workspace: deploy's path must lie inside it.
        GITHUB_WORKSPACE: options.dir ?? work,
        VERCEL_TOKEN: sb.token,
        VERCEL_ORG_ID: sb.teamId,
        VERCEL_PROJECT_ID: sb.projectId,
        GITHUB_SHA: sha,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        // With --dir, v1 and v2 deploy the same tree, and a deploy reuses a ready deployment of the same
        // content from the same repository: each run plays a repository of its own, so that the broken
        // v2 is a deployment of its own rather than v1 again.
        GITHUB_REPOSITORY: options.dir ? `rehearsal/app-${runId}` : 'rehearsal/app',
    });
    const step = (action, inputs, sha, runId) => (0,bundle/* runBundledAction */._6)(action, inputs, { env: env(sha, runId) });
    const vercel = { 'vercel-api-url': sb.api };
    const sites = new Map();
    const site = (version) => {
        if (options.dir)
            return Promise.resolve(options.dir);
        if (!sites.has(version))
            sites.set(version, writeExampleSite(version, options.prebuilt, work));
        return sites.get(version);
    };
    const smokeChecks = (version) => JSON.stringify(options.dir
        ? [
            { name: 'home', path: '/' },
            { name: 'missing page', path: '/__greenlight_rehearsal_missing__', expect: { status: 404 } },
        ]
        : exampleSmokeChecks(version));
    const health = {
        interval: (0,duration/* formatDuration */.a)(options.intervalMs),
        count: String(options.count),
        'progress-deadline': (0,duration/* formatDuration */.a)(options.intervalMs * (options.count + 2) + 60_000),
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
                prebuilt: String(options.prebuilt),
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
                const run = await step('deploy', {
                    ...vercel,
                    environment: 'production',
                    path: await site(version),
                    prebuilt: String(options.prebuilt),
                }, shaOf(version), runId);
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
            if (res.status !== 200 || servedBy !== ids[0] || (!options.dir && !body.includes(versionMarker(1)))) {
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
var lib_sandbox = __webpack_require__(81376);
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
        say(`Deploying ${args.dir ? `${args.dir}${args.prebuilt ? ' (prebuilt)' : ''}` : `the example site${args.prebuilt ? ' (prebuilt)' : ''}`}; health check: ${args.count} × ${(0,duration/* formatDuration */.a)(args.intervalMs)}, failure-limit 0\n`);
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
            say(`\nTime from the first failed probe to production restored: ${ttr === undefined ? 'unknown' : ttr < 1000 ? `${Math.round(ttr)} ms` : `${(0,duration/* formatDuration */.a)(ttr)} (${Math.round(ttr)} ms)`}`);
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

/***/ 27118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/* unused harmony exports cell, codeCell */
/**
 * GitHub-flavoured Markdown for job summaries
 * (https://github.github.com/gfm/#tables-extension-, https://github.github.com/gfm/#code-spans).
 */
/** Marks `text` to be shown as a code span in a table cell. */
function codeSpan(text) {
    return { code: text };
}
/** Escapes text for a Markdown table cell: backslashes, pipes, newlines and HTML-significant brackets. */
function cell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/**
 * A code span for a table cell. Inside a code span only `|` (which would end the cell even there)
 * and line breaks need care: `<x>` and `&` show as typed. The fence is one backtick longer than the
 * longest run of backticks in the text, padded with a space when the text starts or ends with one.
 */
function codeCell(text) {
    const body = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A GitHub-flavoured Markdown table. Text cells are escaped with {@link cell}, code spans with {@link codeCell}. */
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map((value) => (typeof value === 'string' ? cell(value) : codeCell(value.code))).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
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
/* harmony import */ var _runtime_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98562);
/* harmony import */ var _format_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27118);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27939);
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
    logger;
    stages = [];
    /**
     * `onStage` hears each stage as it ends (live progress); each stage's log lines go into a group
     * named after it on `logger`.
     */
    constructor(clock, onStage = () => { }, logger = _runtime_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .qq) {
        this.clock = clock;
        this.onStage = onStage;
        this.logger = logger;
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
            const result = await this.logger.group(stage, work);
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
    return (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(['Stage', 'Duration', 'Outcome', 'Detail'], stages.map((s) => [s.stage, (0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.durationMs), s.outcome, s.detail]));
}
/** The timeline as aligned plain text, one stage a line (for the terminal); `width` pads the stage column. */
function timelineText(stages, width = Math.max(5, ...stages.map((s) => s.stage.length))) {
    const head = `  ${'stage'.padEnd(width)}  ${'duration'.padStart(8)}  outcome`;
    const rows = stages.map((s) => `  ${s.stage.padEnd(width)}  ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.durationMs).padStart(8)}  ${s.outcome}${s.detail ? `: ${s.detail}` : ''}`);
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
