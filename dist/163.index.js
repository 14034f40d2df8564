export const id = 163;
export const ids = [163];
export const modules = {

/***/ 35128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ checksText),
/* harmony export */   v: () => (/* binding */ smokeTestSpec)
/* harmony export */ });
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34170);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88554);
/* harmony import */ var _probes_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79299);
/* harmony import */ var _probes_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18689);




/**
 * A parser for an input holding checks as inline YAML or JSON: validates them while the inputs are
 * read (so a malformed list fails before any request) and returns the text unchanged.
 * @throws ConfigurationError naming `input '<name>'`, the check and the field.
 */
function checksText(name) {
    return (raw) => {
        (0,_probes_check_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChecks */ .B2)(raw, `input '${name}'`);
        return raw;
    };
}
/** The smoke-test action's interface; `actions/smoke-test/action.yml` repeats it (checked by a test). */
const smokeTestSpec = (0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
    name: 'smoke-test',
    inputs: {
        url: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.url({
            description: 'Base URL to test, e.g. the unique URL of a staged deployment.',
            required: true,
        }),
        checks: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.custom(checksText('checks'), {
            description: 'Checks as an inline YAML or JSON list. Each: name, path, method, headers, body, expect (status, body-contains, body-matches, json, headers, max-latency-ms). Without checks or config, GET / must answer 2xx.',
        }),
        config: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Path to a YAML or JSON file holding the checks (instead of `checks`).',
        }),
        retries: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Retries per check after the first attempt, on connection errors, timeouts and retry-on-status.',
            default: '3',
            integer: true,
            min: 0,
            max: 20,
        }),
        timeout: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.duration({
            description: 'Timeout of each request, e.g. 10s.',
            default: '10s',
            max: _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_LIMITS */ .IM.request,
        }),
        concurrency: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Checks in flight at once.',
            default: '8',
            integer: true,
            min: 1,
            max: 64,
        }),
        'protection-bypass': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Vercel Deployment Protection bypass secret, sent as the x-vercel-protection-bypass header (never to another origin) and masked.',
            secret: true,
        }),
        'follow-redirects': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Follow redirects (true) or judge the 3xx answer itself (false).',
            default: 'true',
        }),
        'fail-fast': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Stop starting new checks after the first failure.',
            default: 'false',
        }),
        'retry-on-status': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.custom(_probes_status_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatusSet */ .o, {
            description: 'Statuses that earn a retry, as codes, ranges or classes, comma-separated. Add 404 to wait for a warming-up deployment.',
            default: '429, 5xx',
        }),
        'retry-on-assertion': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Also retry an answered request whose assertions failed.',
            default: 'false',
        }),
    },
    outputs: {
        passed: "'true' when every check passed, else 'false'.",
        total: 'Number of checks.',
        failed: 'Number of checks that failed or got no answer.',
        'p95-ms': '95th percentile latency of the answered checks, in ms (empty when none answered).',
        report: 'Path of the JSON report with every check result.',
    },
});


/***/ }),

/***/ 79299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ parseChecks),
/* harmony export */   KR: () => (/* binding */ resolveChecks),
/* harmony export */   U2: () => (/* binding */ resolveCheckPath)
/* harmony export */ });
/* unused harmony exports checkPathProblem, toChecks, loadChecks */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34170);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50525);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18689);
/**
 * The check format shared by smoke-test and health-check: what to request and what to expect.
 * Written by users in YAML or JSON (inline in an input or in a file), validated with zod, and
 * reported as one line that names the check and the field.
 *
 * ```yaml
 * - name: home
 *   path: /
 *   expect: { status: 200, body-contains: "<title>" }
 * - name: api health
 *   path: /api/health
 *   expect:
 *     json: { "$.status": "ok" }
 *     headers: { content-type: application/json }
 *     max-latency-ms: 800
 * - /about            # shorthand: GET /about expecting 2xx
 * ```
 */






const statusSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()]))])
    .transform((value, ctx) => {
    try {
        return (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatusSet */ .o)(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: error.expected ?? String(error) });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
});
const oneOrMany = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP())]).transform((v) => (Array.isArray(v) ? v : [v]));
const regexSchema = oneOrMany.transform((patterns, ctx) => patterns.map((p) => {
    try {
        return new RegExp(p);
    }
    catch {
        ctx.addIssue({ code: 'custom', message: `a valid regular expression, got '${p}'` });
        return /$^/;
    }
}));
const expectSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    status: statusSchema.optional(),
    'body-contains': oneOrMany.optional(),
    'body-matches': regexSchema.optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J())
        .superRefine((paths, ctx) => {
        for (const key of Object.keys(paths)) {
            if (!key.startsWith('$'))
                ctx.addIssue({ code: 'custom', message: `a JSONPath starting with '$', got '${key}'` });
        }
    })
        .optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()]).transform(String))
        .optional(),
    'max-latency-ms': zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive().optional(),
})
    .transform((e) => ({
    status: e.status ?? _status_js__WEBPACK_IMPORTED_MODULE_3__/* .SUCCESS_STATUSES */ .h,
    bodyContains: e['body-contains'] ?? [],
    bodyMatches: e['body-matches'] ?? [],
    json: e.json ?? {},
    headers: Object.fromEntries(Object.entries(e.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    maxLatencyMs: e['max-latency-ms'],
}));
/**
 * The base origin's stand-in while checks are parsed, before the action's URL is at hand. Any
 * http(s) base gives the same verdict: a reference that starts with `/` (so it has no scheme)
 * parses the same way against every base with a special scheme, and only the scheme decides that
 * (https://url.spec.whatwg.org/#special-scheme, https://url.spec.whatwg.org/#relative-state).
 */
const PARSE_BASE = new URL('http://base.invalid/');
/** The user's path, one line: control characters escaped (`\t`, `\n`, `\u0000`), at most 200 characters. */
function showPath(path) {
    let shown = '';
    for (const c of path) {
        const code = c.charCodeAt(0);
        if (c === '\t')
            shown += '\\t';
        else if (c === '\n')
            shown += '\\n';
        else if (c === '\r')
            shown += '\\r';
        else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
            shown += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            shown += c;
    }
    return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}
/**
 * What is wrong with a check path, as the `expected …` text of a refusal, or `undefined` when it
 * resolves on `base`'s origin. Refused: anything not starting with `/` (absolute URLs included);
 * tabs and line breaks, which the URL parser deletes anywhere before parsing
 * (https://url.spec.whatwg.org/#concept-basic-url-parser), so `/\t/host` would become `//host`;
 * and a path whose resolution leaves the origin: after the leading `/`, a second `/` or `\` starts
 * an authority for http(s) (https://url.spec.whatwg.org/#relative-slash-state,
 * https://url.spec.whatwg.org/#special-authority-ignore-slashes-state), which covers `//host`,
 * `/\/host`, `/\\host` and `//user@host`. Percent-encoded slashes (`/%2F%2Fhost`) are path
 * bytes and stay on the origin (https://url.spec.whatwg.org/#path-state).
 */
function checkPathProblem(path, base = PARSE_BASE) {
    if (!path.startsWith('/'))
        return "a path starting with '/'";
    if (/[\t\n\r]/.test(path))
        return `a path without tabs or line breaks (URL parsers drop them), got '${showPath(path)}'`;
    let resolved;
    try {
        resolved = new URL(path, base);
    }
    catch {
        return `a path on the base URL's origin, got '${showPath(path)}' (it names another, invalid host)`;
    }
    if (resolved.origin !== base.origin)
        return `a path on the base URL's origin, got '${showPath(path)}' (it leads to ${resolved.host || resolved.protocol})`;
    return undefined;
}
/**
 * The URL a check requests: `path` parsed once as a reference against `base`
 * (https://url.spec.whatwg.org/#concept-basic-url-parser), its path, query and fragment then put
 * under `base`'s own path prefix (`https://x.dev/app` + `/health?full=1` →
 * `https://x.dev/app/health?full=1`; the base's query is dropped). Dot segments are resolved by
 * that parse, so the result never climbs above the prefix, and it always has `base`'s origin.
 * @throws ValueError (the `expected …` text of {@link checkPathProblem}) for a path that would
 *   leave the origin; nothing has been requested then.
 */
function resolveCheckPath(base, path) {
    const problem = checkPathProblem(path, base);
    if (problem !== undefined)
        throw new _inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .ValueError */ .Qp(problem);
    const parsed = new URL(path, base);
    const url = new URL(base);
    url.pathname = `${base.pathname.replace(/\/$/, '')}${parsed.pathname}`;
    url.search = parsed.search;
    url.hash = parsed.hash;
    // Setting the path, query and fragment cannot change the origin; kept as the invariant's guard.
    if (url.origin !== base.origin)
        throw new _inputs_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .ValueError */ .Qp(`a path on the base URL's origin, got '${showPath(path)}'`);
    return url;
}
const pathSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().superRefine((path, ctx) => {
    const problem = checkPathProblem(path);
    if (problem !== undefined)
        ctx.addIssue({ code: 'custom', message: problem });
});
// A bare string is the path shorthand; everything else must be a check object.
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .preprocess */ .vkY((item) => (typeof item === 'string' ? { path: item } : item), zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    path: pathSchema,
    method: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(/^[A-Za-z]+$/, { message: 'an HTTP method like GET' })
        .transform((m) => m.toUpperCase())
        .optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).transform(String)).optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J())]).optional(),
    expect: expectSchema.optional(),
}));
const checksSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(checkSchema).min(1, { message: 'at least one check' });
/**
 * Validates parsed YAML/JSON as a list of checks (or `{checks: [...]}`).
 * @throws ConfigurationError naming `source` (e.g. `input 'checks'`), the check and the field, in
 *   one line: e.g. `input 'checks': check 2 ('api'): path: expected a path on the base URL's origin,
 *   got '//evil.example/x' (it leads to evil.example)`.
 */
function toChecks(value, source) {
    const list = value && typeof value === 'object' && !Array.isArray(value) && 'checks' in value
        ? value.checks
        : value;
    const result = checksSchema.safeParse(list);
    if (!result.success) {
        const issue = result.error.issues[0];
        const path = issue?.path ?? [];
        const index = typeof path[0] === 'number' ? path[0] : undefined;
        const raw = index !== undefined && Array.isArray(list)
            ? list[index]
            : undefined;
        const which = index === undefined
            ? ''
            : `check ${index + 1}${raw && typeof raw === 'object' && typeof raw.name === 'string' ? ` ('${raw.name}')` : ''}: `;
        const field = path.slice(1).join('.');
        const expected = issue?.message ?? 'a valid check';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source}: ${which}${field ? `${field}: ` : ''}${expected.startsWith('expected') ? '' : 'expected '}${expected}`);
    }
    return result.data.map((c) => ({
        name: c.name ?? c.path,
        path: c.path,
        method: c.method ?? 'GET',
        headers: c.headers ?? {},
        body: c.body === undefined || typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
        expect: c.expect ?? expectSchema.parse({}),
    }));
}
/**
 * Parses checks written as YAML or JSON text.
 * @throws ConfigurationError (`source: expected YAML or JSON: <parser message>` or a field error).
 */
function parseChecks(text, source) {
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        const first = String(error.message).split('\n')[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source}: expected a YAML or JSON list of checks (${first})`);
    }
    return toChecks(value, source);
}
/**
 * Reads checks from a YAML or JSON file.
 * @throws ConfigurationError when the file cannot be read or is invalid.
 */
async function loadChecks(path, source) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source}: cannot read '${path}' (${error.code ?? 'error'})`);
    }
    return parseChecks(text, source);
}
/**
 * The checks an action was given: inline `checks` or a `config` file (not both), else `fallback`
 * (validated under the name `fallbackSource`).
 * @throws ConfigurationError naming the input that is wrong.
 */
async function resolveChecks(inputs, fallback, fallbackSource) {
    if (inputs.checks !== undefined && inputs.config !== undefined) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1("inputs 'checks' and 'config': expected one of them, got both");
    }
    if (inputs.checks !== undefined)
        return parseChecks(inputs.checks, "input 'checks'");
    if (inputs.config !== undefined)
        return loadChecks(inputs.config, "input 'config'");
    return toChecks(fallback, fallbackSource);
}


/***/ }),

/***/ 35675:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JT: () => (/* binding */ runChecks)
});

// UNUSED EXPORTS: checkUrl, probe

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./lib/http/errors.js
var errors = __webpack_require__(49729);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var runtime_errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/probes/check.js
var probes_check = __webpack_require__(79299);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(96229);
;// CONCATENATED MODULE: ./lib/probes/expect.js
/**
 * Judges an answered request against a check's expectation. Pure: takes what came back, returns the
 * list of reasons it falls short (empty = passed).
 */


const show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};
/**
 * Every way `answer` misses `expect`, as short human reasons (`status 503, expected 200-299`).
 * JSONPath is evaluated by jsonpath-plus with script evaluation disabled
 * (https://github.com/JSONPath-Plus/JSONPath).
 */
function judge(answer, expect) {
    const reasons = [];
    if (!expect.status.has(answer.status))
        reasons.push(`status ${answer.status}, expected ${expect.status.text}`);
    for (const text of expect.bodyContains) {
        if (!answer.body.includes(text))
            reasons.push(`body does not contain ${show(text)}`);
    }
    for (const re of expect.bodyMatches) {
        if (!re.test(answer.body))
            reasons.push(`body does not match /${re.source}/`);
    }
    const paths = Object.entries(expect.json);
    if (paths.length > 0) {
        let doc;
        let parsed = false;
        try {
            doc = JSON.parse(answer.body);
            parsed = true;
        }
        catch {
            reasons.push(answer.body.trim() === '' ? 'body is empty, expected JSON' : 'body is not JSON');
        }
        if (parsed) {
            for (const [path, expected] of paths) {
                let found;
                try {
                    found = (0,index_node_esm/* JSONPath */.E)({ path, json: doc, wrap: true, eval: false });
                }
                catch {
                    reasons.push(`${path} is not a valid JSONPath`);
                    continue;
                }
                if (found.length === 0)
                    reasons.push(`${path} not found`);
                else if (!(0,external_node_util_.isDeepStrictEqual)(found[0], expected))
                    reasons.push(`${path} is ${show(found[0])}, expected ${show(expected)}`);
            }
        }
    }
    for (const [name, wanted] of Object.entries(expect.headers)) {
        const actual = answer.headers.get(name);
        if (actual === null)
            reasons.push(`header ${name} missing`);
        else if (!actual.toLowerCase().includes(wanted.toLowerCase())) {
            reasons.push(`header ${name} is ${show(actual)}, expected it to contain ${show(wanted)}`);
        }
    }
    if (expect.maxLatencyMs !== undefined && answer.latencyMs > expect.maxLatencyMs) {
        reasons.push(`latency ${Math.round(answer.latencyMs)} ms over ${expect.maxLatencyMs} ms`);
    }
    return reasons;
}

;// CONCATENATED MODULE: ./lib/probes/engine.js
/**
 * The probe engine: sends a check's request through the shared HTTP client (retries, backoff,
 * Retry-After, deadlines) and judges the answer. smoke-test runs a list of checks once;
 * health-check runs them on an interval.
 */






/**
 * Resolves a check path against the base URL, keeping the base's own path prefix; the result
 * always has the base's origin (see {@link resolveCheckPath}).
 * @throws ValueError for a path that would leave the base's origin.
 */
function checkUrl(baseUrl, path) {
    return resolveCheckPath(baseUrl, path);
}
/**
 * Every check's URL, before anything is requested.
 * @throws ConfigurationError `check '<name>': path: expected …` for the first check whose path
 *   would leave the base's origin (parsing refuses those already; this guards other callers).
 */
function checkUrls(checks, baseUrl) {
    return checks.map((check) => {
        try {
            return (0,probes_check/* resolveCheckPath */.U2)(baseUrl, check.path);
        }
        catch (error) {
            if (!(error instanceof parse/* ValueError */.Qp))
                throw error;
            throw new runtime_errors/* ConfigurationError */.j1(`check '${check.name}': path: ${error.message}`);
        }
    });
}
const BYPASS_HEADER = 'x-vercel-protection-bypass';
/**
 * Runs one check. Never throws for the app's or the network's faults: they become the result.
 * @throws ConfigurationError, before any request, for a path that would leave the base's origin.
 */
async function probe(check, options, http) {
    const [url] = checkUrls([check], options.baseUrl);
    const startedAt = options.clock.now();
    const base = { name: check.name, method: check.method, path: check.path, startedAt };
    const headers = { ...check.headers };
    if (options.protectionBypass)
        headers[BYPASS_HEADER] = options.protectionBypass;
    const toAnswer = (r) => ({
        status: r.status,
        headers: r.headers,
        body: r.text(),
        latencyMs: r.latencyMs,
    });
    try {
        const res = await http.request({
            url: url,
            method: check.method,
            headers,
            ...(check.body !== undefined ? { body: check.body } : {}),
            timeoutMs: options.timeoutMs,
            retries: options.retries,
            // The user wrote this check and chose its retries, whatever its method.
            idempotent: true,
            retryOnStatus: (status) => options.retryOnStatus.has(status),
            ...(options.retryOnAssertion
                ? { retryOnResponse: (r) => judge(toAnswer(r), check.expect).length > 0 }
                : {}),
            redirect: options.followRedirects ? 'follow' : 'manual',
            secretHeaders: [BYPASS_HEADER],
            ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
        });
        const reasons = judge(toAnswer(res), check.expect);
        return {
            ...base,
            status: res.status,
            latencyMs: Math.round(res.latencyMs),
            attempts: res.attempts,
            outcome: reasons.length === 0 ? 'passed' : 'failed',
            reasons,
        };
    }
    catch (error) {
        if (!(error instanceof errors/* HttpError */.j$))
            throw error;
        return {
            ...base,
            status: undefined,
            latencyMs: undefined,
            attempts: error.attempts,
            outcome: 'error',
            reasons: [error.detail],
        };
    }
}
/**
 * Runs checks with at most `concurrency` in flight. Results come back in the checks' order. With
 * `failFast`, checks not yet started when one fails are reported `skipped`.
 * @throws ConfigurationError, before any request, when a check's path would leave the base's origin.
 */
async function runChecks(checks, options, http, run) {
    checkUrls(checks, options.baseUrl);
    const limit = (0,p_limit/* default */.A)(run.concurrency);
    let stop = false;
    return Promise.all(checks.map((check) => limit(async () => {
        if (stop) {
            const startedAt = options.clock.now();
            return {
                name: check.name,
                method: check.method,
                path: check.path,
                status: undefined,
                latencyMs: undefined,
                attempts: 0,
                outcome: 'skipped',
                reasons: ['not run: an earlier check failed (fail-fast)'],
                startedAt,
            };
        }
        const result = await probe(check, options, http);
        if (run.failFast && result.outcome !== 'passed')
            stop = true;
        return result;
    })));
}


/***/ }),

/***/ 740:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ percentile)
/* harmony export */ });
/**
 * The `p`-th percentile (0–100) of `values` by the nearest-rank method, or `undefined` for no values.
 * Nearest rank: the smallest value such that at least p % of the values are ≤ it.
 */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}


/***/ }),

/***/ 18689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ SUCCESS_STATUSES),
/* harmony export */   o: () => (/* binding */ parseStatusSet)
/* harmony export */ });
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34170);
/**
 * Sets of HTTP statuses as users write them: `200`, `[200, 204]`, `"200-299"`, `"2xx"`, or a
 * comma list of those (`"429, 5xx"`). One parser serves `expect.status` and `retry-on-status`.
 */

const EXPECTED = 'a status like 200, a list like [200, 204], a range like 200-299, or a class like 2xx';
function part(item) {
    const t = item.trim().toLowerCase();
    let m = /^([1-5])xx$/.exec(t);
    if (m)
        return [Number(m[1]) * 100, Number(m[1]) * 100 + 99];
    m = /^(\d{3})\s*-\s*(\d{3})$/.exec(t);
    if (m && Number(m[1]) <= Number(m[2]))
        return [Number(m[1]), Number(m[2])];
    m = /^(\d{3})$/.exec(t);
    if (m)
        return [Number(m[1]), Number(m[1])];
    throw new _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueError */ .Qp(EXPECTED);
}
/**
 * Parses a status set.
 * @throws ValueError when any item is not a status, range or class.
 */
function parseStatusSet(value) {
    const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
    if (items.length === 0 || items.every((i) => i.trim() === ''))
        throw new _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueError */ .Qp(EXPECTED);
    const ranges = items.filter((i) => i.trim() !== '').map(part);
    return {
        has: (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi),
        text: ranges.map(([lo, hi]) => (lo === hi ? String(lo) : `${lo}-${hi}`)).join(', '),
    };
}
/** The default expectation: any 2xx. */
const SUCCESS_STATUSES = parseStatusSet('200-299');


/***/ })

};
