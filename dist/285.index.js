export const id = 285;
export const ids = [285];
export const modules = {

/***/ 27939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Durations for people: logs, errors, summaries. */
/**
 * Formats milliseconds the way `parseDuration` (src/inputs/parse.ts) reads them, rounded to what it shows:
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


/***/ }),

/***/ 34170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   IM: () => (/* binding */ DURATION_LIMITS),
/* harmony export */   JI: () => (/* binding */ parseBoundedDuration),
/* harmony export */   Qp: () => (/* binding */ ValueError),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl),
/* harmony export */   vp: () => (/* binding */ showValue),
/* harmony export */   yA: () => (/* binding */ HOSTNAME),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, holdsCredentials */
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27939);
/**
 * Parsers for the value shapes every action's inputs share. Each returns the parsed value or
 * throws {@link ValueError} whose message completes the sentence "expected …" — the input layer
 * adds the input's name and the raw value.
 */

/**
 * Thrown by the parsers below; `expected` reads as "expected <expected>". `got`, when given,
 * replaces the quoted raw value in the input layer's message (e.g. `a URL with credentials`), for a
 * value that must not be echoed even in part.
 */
class ValueError extends Error {
    expected;
    got;
    constructor(expected, got) {
        super(`expected ${expected}`);
        this.expected = expected;
        this.got = got;
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
/** Node timers hold at most 2^31 - 1 ms (about 24.8 days); a longer delay fires at once. */
const MAX_TIMER_MS = (/* unused pure expression or super */ null && (2 ** 31 - 1));
/** Upper bounds of duration inputs, in ms (each well under {@link MAX_TIMER_MS}). */
const DURATION_LIMITS = {
    /** A whole operation's deadline (deploy, promote, rollback, a health window): 24h. */
    deadline: 24 * 3_600_000,
    /** Time between measurements, or before the first one: 6h (a GitHub-hosted job's limit). */
    interval: 6 * 3_600_000,
    /** One HTTP request: 10m. */
    request: 10 * 60_000,
};
/**
 * A duration (as {@link parseDuration}) within bounds, in ms: above 0 (or, with `allowZero`, at
 * least 0) and at most `max` ms.
 * @param example shown in the message, e.g. `10s`.
 * @throws ValueError naming the range: `a duration above 0, like 10s` (0 given) or
 *   `a duration above 0 and at most 6h, like 10s` (too long).
 */
function parseBoundedDuration(text, bounds) {
    const { max, allowZero = false, example = '10s' } = bounds;
    const ms = parseDuration(text);
    const low = allowZero ? 'of at least 0' : 'above 0';
    if (!allowZero && ms <= 0)
        throw new ValueError(`a duration above 0, like ${example}`);
    if (ms > max)
        throw new ValueError(`a duration ${low} and at most ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(max)}, like ${example}`);
    return ms;
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
 * An absolute `http:` or `https:` URL without userinfo.
 * @throws ValueError when it is not one; for a URL with `user:password@` the error's `got` is
 *   `a URL with credentials`, so that the password is never echoed.
 */
function parseHttpUrl(text) {
    const credentials = new ValueError('an http(s) URL without user:password@', 'a URL with credentials');
    // Checked on the text first, so that not even a URL that fails to parse is echoed with its password.
    if (USERINFO.test(text))
        throw credentials;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ValueError('an http(s) URL like https://example.com');
    }
    if (url.username !== '' || url.password !== '')
        throw credentials;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ValueError('an http(s) URL like https://example.com');
    }
    return url;
}
/** `scheme:` (slashes optional) then `…@` before any path, query or fragment: a URL's userinfo. */
const USERINFO = /^[a-z][a-z0-9+.-]*:[/\\]*[^/?#\\]*@/i;
const USERINFO_ANYWHERE = /[a-z][a-z0-9+.-]*:[/\\]*[^/?#\\\s]*@/i;
/**
 * Whether `text` holds something like a URL with `user:password@` anywhere (e.g. pasted into the
 * wrong input): such text is never echoed in an error.
 */
function holdsCredentials(text) {
    return USERINFO_ANYWHERE.test(text);
}
/** A DNS hostname: labels of letters, digits and inner hyphens, at least two of them (RFC 1123). */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Whether `text` holds a control character (a newline, a tab, NUL, ESC …). */
function hasControlCharacter(text) {
    return CONTROL.test(text);
}
/**
 * `text` as one printable line in single quotes, cut to `max` characters (then `…`): control
 * characters and line separators are written as `\n`, `\t` or `\u001b` escapes.
 */
function quoteValue(text, max = 200) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    const escaped = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `'${escaped}'`;
}
/**
 * How an error shows a (non-secret) value the user gave: {@link quoteValue}, except text holding
 * a URL with credentials, which is never shown.
 */
function showValue(text) {
    return holdsCredentials(text) ? 'a value holding a URL with credentials (not shown)' : quoteValue(text);
}
/** `text` with every control character and line separator escaped as by {@link quoteValue}, unquoted. */
function oneLine(text) {
    return quoteValue(text, Infinity).slice(1, -1);
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
            ctx.addIssue({
                code: 'custom',
                message: error.expected,
                input: raw,
                ...(error.got === undefined ? {} : { params: { got: error.got } }),
            });
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
    /**
     * `30s`, `5m`, `1h` … parsed to milliseconds, above 0 (with `allowZero`, at least 0) and at most
     * `max` ms (one of `DURATION_LIMITS`; every duration is bounded, so no timer overflows).
     */
    duration: (o) => define((raw) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoundedDuration */ .JI)(raw, {
        max: o.max,
        allowZero: o.allowZero ?? false,
        example: o.default ?? '10s',
    }), o),
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
 * trimmed; empty means absent; absent means the declared default), then runs the spec's `refine`.
 *
 * `onSecret` receives each non-empty secret value before anything is parsed, so the caller can mask
 * it first. A secret holding a control character (a newline, a tab …) is refused: it would break
 * the header it goes into, and the value is never shown.
 * @throws ConfigurationError with one line (control characters escaped) that names the input, e.g.
 *   `input 'timeout': expected a duration like 30s or 5m, got 'soon'`; a secret's value, and a URL
 *   with credentials, are never echoed.
 */
function readInputs(spec, env, onSecret = () => { }) {
    const raws = new Map();
    for (const [name, def] of Object.entries(spec.inputs)) {
        const raw = (env[inputEnvName(name)] ?? '').trim();
        if (def.secret && raw !== '')
            onSecret(raw);
        raws.set(name, raw);
    }
    try {
        const values = parseAll(spec, raws);
        return spec.refine ? spec.refine(values, env) : values;
    }
    catch (error) {
        // One line, always: a parser or refinement may quote text the user wrote (a check's name).
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error.message));
        throw error;
    }
}
function parseAll(spec, raws) {
    const values = {};
    for (const [name, def] of Object.entries(spec.inputs)) {
        const raw = raws.get(name) || def.default || '';
        if (raw === '') {
            if (def.required)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${name}': required, but not supplied`);
            values[name] = undefined;
            continue;
        }
        if (def.secret && (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .hasControlCharacter */ .Fd)(raw)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${name}': expected a value without control characters (a newline, a tab …), got a value that is not shown`);
        }
        const result = def.schema.safeParse(raw);
        if (!result.success) {
            const issue = result.error.issues[0];
            const expected = issue?.message ?? 'a valid value';
            const concealed = issue?.code === 'custom' ? issue.params?.got : undefined;
            const got = def.secret ? 'a value that is not shown' : (concealed ?? (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(raw));
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${name}': ${expected.startsWith('expected') ? '' : 'expected '}${expected}, got ${got}`);
        }
        values[name] = result.data;
    }
    return values;
}


/***/ }),

/***/ 13285:
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
;// CONCATENATED MODULE: ./lib/runner/file-commands.js
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

;// CONCATENATED MODULE: ./lib/runner/bundle.js
/**
 * Runs an action's bundle exactly as the GitHub runner does: `node dist/<action>.js` with its
 * inputs as `INPUT_*` variables (declared defaults from `action.yml` applied, as the runner does),
 * and fresh `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` and `RUNNER_TEMP`. Used by `greenlight run`,
 * `greenlight rehearse` and the end-to-end tests.
 */









/** The repository root: the parent of `dist/` (bundled) or of `src/` (from source). */
function toolkitRoot() {
    return (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)).replace(/[\\/]runner$/, ''));
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


/***/ })

};
