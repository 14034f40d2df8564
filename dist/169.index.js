export const id = 169;
export const ids = [169];
export const modules = {

/***/ 5169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveChecks: () => (/* binding */ resolveChecks),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./lib/runtime/clock.js
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

;// CONCATENATED MODULE: ./lib/runtime/logger.js
/** A logger that drops everything (handy default for library calls). */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
};
/**
 * A logger that writes to stderr, so stdout stays free for a command's result (for example
 * `greenlight rehearse --json`). `debug` lines are shown only when `verbose` is true.
 */
function consoleLogger(options = {}) {
    const write = (prefix, message) => {
        process.stderr.write(`${prefix}${message}\n`);
    };
    return {
        debug: (m) => {
            if (options.verbose)
                write('debug: ', m);
        },
        info: (m) => write('', m),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
    };
}
/** A logger that keeps every line in `lines` (for tests and for summaries). */
function recordingLogger() {
    const lines = [];
    const at = (level) => (message) => {
        lines.push({ level, message });
    };
    return { lines, debug: at('debug'), info: at('info'), warning: at('warning'), error: at('error') };
}

;// CONCATENATED MODULE: ./lib/http/errors.js
/**
 * A request that failed. The message names the method, the URL without its query string (queries
 * carry tokens), what happened and after how many attempts — never headers or bodies.
 */
class HttpError extends Error {
    where;
    kind;
    attempts;
    status;
    body;
    name = 'HttpError';
    /** What happened, without the method and URL (`connection failed (ECONNREFUSED) after 4 attempts`). */
    detail;
    constructor(
    /** `GET https://host/path` (redacted). */
    where, detail, kind, attempts, status, 
    /** The parsed JSON body of a `status` failure, when it had one. */
    body) {
        super(`${where}: ${detail}`);
        this.where = where;
        this.kind = kind;
        this.attempts = attempts;
        this.status = status;
        this.body = body;
        this.detail = detail;
    }
}
/** `https://host/path` without user info, query or fragment: safe to print. */
function redactUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '<invalid url>';
    }
}

;// CONCATENATED MODULE: ./lib/http/retry-after.js
/**
 * How long a server asked us to wait, in milliseconds from `now`, or `undefined` when it did not say.
 *
 * Reads `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3), and GitHub's rate-limit
 * headers (`x-ratelimit-remaining: 0` with `x-ratelimit-reset` in epoch seconds; see
 * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api). Negative waits become 0.
 */
function retryAfterMs(headers, now) {
    const value = headers.get('retry-after')?.trim();
    if (value) {
        if (/^\d+(\.\d+)?$/.test(value))
            return Math.round(Number(value) * 1000);
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    if (headers.get('x-ratelimit-remaining') === '0') {
        const reset = Number(headers.get('x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - now);
    }
    return undefined;
}
/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * a uniform random wait in `[0, min(maxMs, baseMs × 2^(retry-1))]`, in milliseconds.
 * `retry` counts from 1 (the wait before the first retry).
 */
function backoffMs(retry, baseMs, maxMs, random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}

;// CONCATENATED MODULE: ./lib/http/client.js
/**
 * The one HTTP client behind every network call Greenlight makes (Vercel, GitHub, Slack, probes),
 * on Node's native fetch: a timeout per attempt, an overall deadline, exponential backoff with full
 * jitter, `Retry-After` honoured (seconds or HTTP date) up to a cap, and retries only where they
 * are safe (idempotent methods; any method for 429 and refused connections, which the server never
 * processed) unless the caller opts in with `idempotent: true`.
 */





const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** The default retryable statuses: 408, 429, 500, 502, 503, 504. */
const defaultRetryOnStatus = (status) => RETRY_STATUS.has(status);
class HttpClient {
    clock;
    random;
    fetchImpl;
    logger;
    o;
    constructor(options = {}) {
        this.clock = options.clock ?? systemClock;
        this.random = options.random ?? Math.random;
        this.fetchImpl = options.fetch ?? globalThis.fetch;
        this.logger = options.logger ?? silentLogger;
        this.o = {
            timeoutMs: options.timeoutMs ?? 30_000,
            retries: options.retries ?? 3,
            baseDelayMs: options.baseDelayMs ?? 500,
            maxDelayMs: options.maxDelayMs ?? 10_000,
            maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
            maxBodyBytes: options.maxBodyBytes ?? 32 * 1024 * 1024,
            userAgent: options.userAgent ?? 'greenlight',
        };
    }
    /**
     * Sends a request, retrying as the options allow, and returns the last answer whatever its status.
     * @throws HttpError (`timeout`, `network`, `deadline`, `rate_limited`, `aborted`) when no answer came.
     */
    async request(req) {
        const method = (req.method ?? 'GET').toUpperCase();
        const where = `${method} ${redactUrl(req.url)}`;
        const retries = req.retries ?? this.o.retries;
        const idempotent = req.idempotent ?? IDEMPOTENT.has(method);
        const retryOnStatus = req.retryOnStatus ?? defaultRetryOnStatus;
        const deadline = req.deadline ?? Infinity;
        for (let attempt = 1;; attempt++) {
            if (req.signal?.aborted)
                throw new HttpError(where, 'aborted', 'aborted', attempt - 1);
            const remaining = deadline - this.clock.now();
            if (remaining <= 0) {
                throw new HttpError(where, `no answer before the deadline (${attempt - 1} attempts)`, 'deadline', attempt - 1);
            }
            const outcome = await this.attempt(req, method, Math.min(req.timeoutMs ?? this.o.timeoutMs, remaining), attempt);
            const now = this.clock.now();
            if ('status' in outcome) {
                const retryable = retryOnStatus(outcome.status) ||
                    (req.retryOnResponse !== undefined && req.retryOnResponse(outcome));
                const safe = idempotent || outcome.status === 429;
                if (!retryable || !safe || attempt > retries)
                    return outcome;
                const asked = retryAfterMs(outcome.headers, now);
                if (asked !== undefined && (asked > this.o.maxRetryAfterMs || now + asked >= deadline)) {
                    const until = new Date(now + asked).toISOString();
                    throw new HttpError(where, `rate limited until ${until} (${attempt} attempts)`, 'rate_limited', attempt, outcome.status);
                }
                const waitMs = asked ?? backoffMs(attempt, this.o.baseDelayMs, this.o.maxDelayMs, this.random);
                if (now + waitMs >= deadline)
                    return outcome;
                this.logger.debug(`${where} → ${outcome.status}; retry ${attempt} of ${retries} in ${waitMs} ms`);
                await this.pause(waitMs, req.signal, where, attempt);
                continue;
            }
            if (outcome.kind === 'aborted')
                throw new HttpError(where, 'aborted', 'aborted', attempt);
            const waitMs = backoffMs(attempt, this.o.baseDelayMs, this.o.maxDelayMs, this.random);
            if (!(idempotent || outcome.unsent) || attempt > retries || now + waitMs >= deadline) {
                const tries = attempt === 1 ? '' : ` after ${attempt} attempts`;
                throw new HttpError(where, `${outcome.detail}${tries}`, outcome.kind, attempt);
            }
            this.logger.debug(`${where} → ${outcome.detail}; retry ${attempt} of ${retries} in ${waitMs} ms`);
            await this.pause(waitMs, req.signal, where, attempt);
        }
    }
    /**
     * Sends a request and parses the JSON answer.
     * @throws HttpError of kind `status` for a non-2xx answer; its message carries the API's own error
     *   message when the body has one (`{error:{message}}` as Vercel, `{message}` as GitHub,
     *   `{error:"code"}` as Slack), and `body` holds the parsed body.
     */
    async requestJson(req) {
        const res = await this.request({ ...req, headers: { accept: 'application/json', ...req.headers } });
        let parsed;
        try {
            parsed = res.json();
        }
        catch {
            parsed = undefined;
        }
        if (!res.ok) {
            const method = (req.method ?? 'GET').toUpperCase();
            const said = apiErrorMessage(parsed);
            throw new HttpError(`${method} ${redactUrl(req.url)}`, `answered ${res.status}${said ? `: ${said}` : ''}`, 'status', res.attempts, res.status, parsed);
        }
        return parsed;
    }
    /**
     * A `fetch`-compatible function that sends through this client (retries, deadlines, Retry-After),
     * for libraries that take a custom fetch, such as Octokit (`request: { fetch }`).
     */
    asFetch(defaults = {}) {
        return async (input, init) => {
            const request = input instanceof Request ? input : undefined;
            const url = request ? request.url : String(input);
            const headers = {};
            new Headers(init?.headers ?? request?.headers).forEach((value, key) => {
                headers[key] = value;
            });
            const rawBody = init?.body ?? (request ? await request.text() : undefined);
            if (rawBody !== undefined &&
                rawBody !== null &&
                typeof rawBody !== 'string' &&
                !(rawBody instanceof Uint8Array)) {
                throw new TypeError('greenlight fetch: only string or byte bodies are supported');
            }
            const res = await this.request({
                ...defaults,
                url,
                method: init?.method ?? request?.method ?? 'GET',
                headers,
                ...(rawBody ? { body: rawBody } : {}),
                ...(init?.signal ? { signal: init.signal } : {}),
            });
            const nullBody = res.status === 204 || res.status === 205 || res.status === 304;
            const response = new Response(nullBody ? null : new Uint8Array(res.body), {
                status: res.status,
                headers: res.headers,
            });
            Object.defineProperty(response, 'url', { value: res.url });
            return response;
        };
    }
    async pause(ms, signal, where, attempts) {
        try {
            await this.clock.sleep(ms, signal);
        }
        catch {
            throw new HttpError(where, 'aborted', 'aborted', attempts);
        }
    }
    async attempt(req, method, timeoutMs, attempt) {
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(), timeoutMs);
        const signal = req.signal ? AbortSignal.any([timeout.signal, req.signal]) : timeout.signal;
        const headers = { 'user-agent': this.o.userAgent, ...req.headers };
        let body = req.body;
        if (req.json !== undefined) {
            body = JSON.stringify(req.json);
            headers['content-type'] ??= 'application/json';
        }
        const started = external_node_perf_hooks_.performance.now();
        try {
            let url = new URL(req.url);
            let hopMethod = method;
            let hopBody = body;
            const origin = url.origin;
            const follow = (req.redirect ?? 'follow') === 'follow';
            for (let hop = 0;; hop++) {
                const res = await this.fetchImpl(url, {
                    method: hopMethod,
                    headers: url.origin === origin ? headers : withoutSecrets(headers, req.secretHeaders),
                    ...(hopBody !== undefined ? { body: hopBody } : {}),
                    redirect: 'manual',
                    signal,
                });
                const location = res.headers.get('location');
                if (follow && REDIRECT.has(res.status) && location && hop < MAX_REDIRECTS) {
                    await res.body?.cancel();
                    url = new URL(location, url);
                    if (res.status === 303 || ((res.status === 301 || res.status === 302) && hopMethod === 'POST')) {
                        hopMethod = 'GET';
                        hopBody = undefined;
                    }
                    continue;
                }
                const { bytes, truncated } = await readCapped(res, this.o.maxBodyBytes);
                const latencyMs = external_node_perf_hooks_.performance.now() - started;
                return makeResponse(res, url.href, hop > 0, bytes, truncated, attempt, latencyMs);
            }
        }
        catch (error) {
            if (req.signal?.aborted)
                return { kind: 'aborted', detail: 'aborted', unsent: false };
            if (timeout.signal.aborted)
                return { kind: 'timeout', detail: `no answer within ${timeoutMs} ms`, unsent: false };
            const code = causeCode(error);
            return {
                kind: 'network',
                detail: code ? `connection failed (${code})` : `connection failed (${error.message})`,
                unsent: code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN',
            };
        }
        finally {
            clearTimeout(timer);
        }
    }
}
async function readCapped(res, maxBytes) {
    if (!res.body)
        return { bytes: Buffer.alloc(0), truncated: false };
    const chunks = [];
    let size = 0;
    const reader = res.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            return { bytes: Buffer.concat(chunks, size), truncated: false };
        if (size + value.byteLength > maxBytes) {
            chunks.push(Buffer.from(value.subarray(0, maxBytes - size)));
            await reader.cancel();
            return { bytes: Buffer.concat(chunks, maxBytes), truncated: true };
        }
        chunks.push(Buffer.from(value));
        size += value.byteLength;
    }
}
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
const ALWAYS_SECRET = ['authorization', 'cookie', 'proxy-authorization'];
function withoutSecrets(headers, secret = []) {
    const drop = new Set([...ALWAYS_SECRET, ...secret.map((h) => h.toLowerCase())]);
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.has(name.toLowerCase())));
}
function makeResponse(res, url, redirected, body, truncated, attempts, latencyMs) {
    return {
        status: res.status,
        ok: res.status >= 200 && res.status < 300,
        headers: res.headers,
        url,
        redirected,
        body,
        truncated,
        attempts,
        latencyMs,
        text: () => body.toString('utf8'),
        json: () => (body.length === 0 ? undefined : JSON.parse(body.toString('utf8'))),
    };
}
function causeCode(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
    }
    return undefined;
}
/** The human message inside a JSON error body from Vercel, GitHub or Slack, if any. */
function apiErrorMessage(body) {
    if (!body || typeof body !== 'object')
        return undefined;
    const b = body;
    if (b.error && typeof b.error === 'object') {
        const e = b.error;
        if (typeof e.message === 'string')
            return typeof e.code === 'string' ? `${e.message} (${e.code})` : e.message;
    }
    if (typeof b.message === 'string')
        return b.message;
    if (typeof b.error === 'string')
        return b.error;
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(4170);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(525);
;// CONCATENATED MODULE: ./lib/probes/status.js
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
    throw new parse/* ValueError */.Qp(EXPECTED);
}
/**
 * Parses a status set.
 * @throws ValueError when any item is not a status, range or class.
 */
function parseStatusSet(value) {
    const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
    if (items.length === 0 || items.every((i) => i.trim() === ''))
        throw new parse/* ValueError */.Qp(EXPECTED);
    const ranges = items.filter((i) => i.trim() !== '').map(part);
    return {
        has: (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi),
        text: ranges.map(([lo, hi]) => (lo === hi ? String(lo) : `${lo}-${hi}`)).join(', '),
    };
}
/** The default expectation: any 2xx. */
const SUCCESS_STATUSES = parseStatusSet('200-299');

;// CONCATENATED MODULE: ./lib/probes/check.js
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






const statusSchema = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]))])
    .transform((value, ctx) => {
    try {
        return parseStatusSet(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: error.expected ?? String(error) });
        return core/* NEVER */.tm;
    }
});
const oneOrMany = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).transform((v) => (Array.isArray(v) ? v : [v]));
const regexSchema = oneOrMany.transform((patterns, ctx) => patterns.map((p) => {
    try {
        return new RegExp(p);
    }
    catch {
        ctx.addIssue({ code: 'custom', message: `a valid regular expression, got '${p}'` });
        return /$^/;
    }
}));
const expectSchema = schemas/* strictObject */.rej({
    status: statusSchema.optional(),
    'body-contains': oneOrMany.optional(),
    'body-matches': regexSchema.optional(),
    json: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .superRefine((paths, ctx) => {
        for (const key of Object.keys(paths)) {
            if (!key.startsWith('$'))
                ctx.addIssue({ code: 'custom', message: `a JSONPath starting with '$', got '${key}'` });
        }
    })
        .optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).transform(String))
        .optional(),
    'max-latency-ms': schemas/* number */.aig().int().positive().optional(),
})
    .transform((e) => ({
    status: e.status ?? SUCCESS_STATUSES,
    bodyContains: e['body-contains'] ?? [],
    bodyMatches: e['body-matches'] ?? [],
    json: e.json ?? {},
    headers: Object.fromEntries(Object.entries(e.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    maxLatencyMs: e['max-latency-ms'],
}));
const pathSchema = schemas/* string */.YjP().regex(/^\//, { message: "a path starting with '/'" });
// A bare string is the path shorthand; everything else must be a check object.
const checkSchema = schemas/* preprocess */.vkY((item) => (typeof item === 'string' ? { path: item } : item), schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).optional(),
    path: pathSchema,
    method: schemas/* string */.YjP()
        .regex(/^[A-Za-z]+$/, { message: 'an HTTP method like GET' })
        .transform((m) => m.toUpperCase())
        .optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String)).optional(),
    body: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* array */.YOg(schemas/* unknown */.L5J())]).optional(),
    expect: expectSchema.optional(),
}));
const checksSchema = schemas/* array */.YOg(checkSchema).min(1, { message: 'at least one check' });
/**
 * Validates parsed YAML/JSON as a list of checks (or `{checks: [...]}`).
 * @throws ConfigurationError naming `source` (e.g. `input 'checks'`), the check and the field.
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
        throw new errors/* ConfigurationError */.j1(`${source}: ${which}${field ? `${field}: ` : ''}${expected.startsWith('expected') ? '' : 'expected '}${expected}`);
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
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const first = String(error.message).split('\n')[0];
        throw new errors/* ConfigurationError */.j1(`${source}: expected a YAML or JSON list of checks (${first})`);
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${source}: cannot read '${path}' (${error.code ?? 'error'})`);
    }
    return parseChecks(text, source);
}

;// CONCATENATED MODULE: ./lib/github/markdown.js
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

;// CONCATENATED MODULE: ./lib/probes/stats.js
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

;// CONCATENATED MODULE: ./lib/probes/report.js
/**
 * Turns probe results into what users read: counts, the p95 latency and a Markdown table.
 */


/** Counts and the p95 of a smoke test's results. `passed` only when every check passed. */
function smokeTestReport(url, checks) {
    const latencies = checks.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
    const failed = checks.filter((c) => c.outcome === 'failed' || c.outcome === 'error').length;
    const skipped = checks.filter((c) => c.outcome === 'skipped').length;
    return {
        url,
        passed: failed === 0 && skipped === 0 && checks.length > 0,
        total: checks.length,
        failed,
        skipped,
        p95Ms: percentile(latencies, 95),
        checks,
    };
}
const ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    error: '❌ error',
    skipped: '⏭️ skipped',
};
/** The per-check Markdown table (check, path, status, latency ms, attempts, result, reason). */
function resultsTable(checks) {
    return markdownTable(['Check', 'Path', 'Status', 'Latency (ms)', 'Attempts', 'Result', 'Reason'], checks.map((c) => [
        c.name,
        `\`${c.method} ${c.path}\``,
        c.status === undefined ? '—' : String(c.status),
        c.latencyMs === undefined ? '—' : String(c.latencyMs),
        String(c.attempts),
        ICON[c.outcome],
        c.reasons.join('; '),
    ]));
}
/** The whole job-summary section of a smoke test. */
function smokeTestMarkdown(report) {
    const head = report.passed
        ? `### ✅ Smoke test passed: ${report.total} of ${report.total} checks`
        : `### ❌ Smoke test failed: ${report.failed} of ${report.total} checks failed${report.skipped ? `, ${report.skipped} skipped` : ''}`;
    const p95 = report.p95Ms === undefined ? '' : ` · p95 ${report.p95Ms} ms`;
    return `${head}\n\nTarget: ${report.url}${p95}\n\n${resultsTable(report.checks)}`;
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
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

;// CONCATENATED MODULE: ./lib/probes/run.js
/**
 * The probe engine: sends a check's request through the shared HTTP client (retries, backoff,
 * Retry-After, deadlines) and judges the answer. smoke-test runs a list of checks once;
 * health-check runs them on an interval.
 */



/** Resolves a check path against the base URL, keeping the base's own path prefix. */
function checkUrl(baseUrl, path) {
    const base = new URL(baseUrl);
    if (!base.pathname.endsWith('/'))
        base.pathname += '/';
    base.search = '';
    return new URL(path.replace(/^\/+/, ''), base);
}
const BYPASS_HEADER = 'x-vercel-protection-bypass';
/** Runs one check. Never throws for the app's or the network's faults: they become the result. */
async function probe(check, options, http) {
    const startedAt = http.clock.now();
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
            url: checkUrl(options.baseUrl, check.path),
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
        if (!(error instanceof HttpError))
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
 */
async function runChecks(checks, options, http, run) {
    const limit = (0,p_limit/* default */.A)(run.concurrency);
    let stop = false;
    return Promise.all(checks.map((check) => limit(async () => {
        if (stop) {
            const startedAt = http.clock.now();
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var inputs_spec = __webpack_require__(8554);
;// CONCATENATED MODULE: ./lib/runtime/action-logger.js

/** A {@link Logger} that speaks the runner's workflow commands through `@actions/core`. */
function actionLogger() {
    return {
        debug: (m) => lib_core/* debug */.Yz(m),
        info: (m) => lib_core/* info */.pq(m),
        warning: (m) => lib_core/* warning */.$e(m),
        error: (m) => lib_core/* error */.z3(m),
    };
}

;// CONCATENATED MODULE: ./lib/runtime/action-run.js
/**
 * The runner-facing shell every action entry uses: read and validate inputs (masking secrets first),
 * run the body, write outputs, the job summary and annotations, and turn errors into one
 * `core.setFailed` line. Nothing below this layer touches `@actions/core`.
 */




/** GitHub shows at most 10 error (and 10 warning) annotations per step; `core.setFailed` takes one. */
const ANNOTATION_BUDGET = 9;
/**
 * Runs an action body as the runner expects. Errors: {@link ConfigurationError} and
 * {@link ReportedFailure} print their one-line message; anything else prints
 * `<action>: unexpected error: <message>` with the stack at debug level. All set exit code 1.
 */
async function runActionBody(spec, body) {
    const logger = actionLogger();
    const summary = [];
    const ctx = {
        logger,
        env: process.env,
        setOutput: (name, value) => lib_core/* setOutput */.uH(name, String(value)),
        summary: (markdown) => {
            summary.push(markdown);
        },
        annotate: (kind, items) => {
            const emit = kind === 'error' ? lib_core/* error */.z3 : lib_core/* warning */.$e;
            const shown = items.length > ANNOTATION_BUDGET ? items.slice(0, ANNOTATION_BUDGET - 1) : items;
            for (const item of shown)
                emit(item.message, item.title ? { title: item.title } : {});
            if (shown.length < items.length) {
                emit(`${items.length - shown.length} more not shown here; see the job summary`, { title: spec.name });
            }
        },
    };
    try {
        const inputs = (0,inputs_spec/* readInputs */.Ko)(spec, process.env, (secret) => lib_core/* setSecret */.Pq(secret));
        await body(inputs, ctx);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* ReportedFailure */.g7) {
            lib_core/* setFailed */.C1(error.message);
        }
        else {
            lib_core/* debug */.Yz(error instanceof Error && error.stack ? error.stack : String(error));
            lib_core/* setFailed */.C1(`${spec.name}: unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    finally {
        if (summary.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
            await lib_core/* summary */.z.addRaw(summary.join('\n\n'), true).write();
        }
    }
}

;// CONCATENATED MODULE: ./lib/actions/smoke-test.inputs.js


/** The smoke-test action's interface; `actions/smoke-test/action.yml` repeats it (checked by a test). */
const smokeTestSpec = (0,inputs_spec/* defineAction */.QP)({
    name: 'smoke-test',
    inputs: {
        url: inputs_spec/* input */.hF.url({
            description: 'Base URL to test, e.g. the unique URL of a staged deployment.',
            required: true,
        }),
        checks: inputs_spec/* input */.hF.string({
            description: 'Checks as an inline YAML or JSON list. Each: name, path, method, headers, body, expect (status, body-contains, body-matches, json, headers, max-latency-ms). Without checks or config, GET / must answer 2xx.',
        }),
        config: inputs_spec/* input */.hF.string({
            description: 'Path to a YAML or JSON file holding the checks (instead of `checks`).',
        }),
        retries: inputs_spec/* input */.hF.number({
            description: 'Retries per check after the first attempt, on connection errors, timeouts and retry-on-status.',
            default: '3',
            integer: true,
            min: 0,
            max: 20,
        }),
        timeout: inputs_spec/* input */.hF.duration({ description: 'Timeout of each request, e.g. 10s.', default: '10s' }),
        concurrency: inputs_spec/* input */.hF.number({
            description: 'Checks in flight at once.',
            default: '8',
            integer: true,
            min: 1,
            max: 64,
        }),
        'protection-bypass': inputs_spec/* input */.hF.string({
            description: 'Vercel Deployment Protection bypass secret, sent as the x-vercel-protection-bypass header (never to another origin) and masked.',
            secret: true,
        }),
        'follow-redirects': inputs_spec/* input */.hF.boolean({
            description: 'Follow redirects (true) or judge the 3xx answer itself (false).',
            default: 'true',
        }),
        'fail-fast': inputs_spec/* input */.hF.boolean({
            description: 'Stop starting new checks after the first failure.',
            default: 'false',
        }),
        'retry-on-status': inputs_spec/* input */.hF.custom(parseStatusSet, {
            description: 'Statuses that earn a retry, as codes, ranges or classes, comma-separated. Add 404 to wait for a warming-up deployment.',
            default: '429, 5xx',
        }),
        'retry-on-assertion': inputs_spec/* input */.hF.boolean({
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

;// CONCATENATED MODULE: ./lib/actions/smoke-test.js
/**
 * smoke-test entry: inputs → checks → the probe engine → outputs, summary, annotations.
 */











/** The checks from `checks` or `config`, or `GET /` expecting 2xx when neither is given. */
async function resolveChecks(inputs) {
    if (inputs.checks !== undefined && inputs.config !== undefined) {
        throw new errors/* ConfigurationError */.j1("inputs 'checks' and 'config': expected one of them, got both");
    }
    if (inputs.checks !== undefined)
        return parseChecks(inputs.checks, "input 'checks'");
    if (inputs.config !== undefined)
        return loadChecks(inputs.config, "input 'config'");
    return parseChecks('[/]', 'default checks');
}
async function run() {
    await runActionBody(smokeTestSpec, async (inputs, ctx) => {
        const checks = await resolveChecks(inputs);
        const http = new HttpClient({ logger: ctx.logger, userAgent: 'greenlight-smoke-test' });
        ctx.logger.info(`Smoke-testing ${inputs.url.origin} with ${checks.length} check(s)`);
        const results = await runChecks(checks, {
            baseUrl: inputs.url,
            timeoutMs: inputs.timeout,
            retries: inputs.retries,
            retryOnStatus: inputs['retry-on-status'],
            retryOnAssertion: inputs['retry-on-assertion'],
            followRedirects: inputs['follow-redirects'],
            protectionBypass: inputs['protection-bypass'],
        }, http, { concurrency: inputs.concurrency, failFast: inputs['fail-fast'] });
        const report = smokeTestReport(inputs.url.href, results);
        const path = (0,external_node_path_.join)(ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `greenlight-smoke-test-${(0,external_node_crypto_.randomUUID)()}.json`);
        await (0,promises_.writeFile)(path, `${JSON.stringify(report, null, 2)}\n`);
        for (const r of results) {
            const line = `${r.outcome.padEnd(7)} ${r.name} (${r.method} ${r.path}) ${r.status ?? '—'} ${r.latencyMs ?? '—'} ms`;
            ctx.logger.info(r.reasons.length ? `${line}: ${r.reasons.join('; ')}` : line);
        }
        ctx.setOutput('passed', report.passed);
        ctx.setOutput('total', report.total);
        ctx.setOutput('failed', report.failed);
        ctx.setOutput('p95-ms', report.p95Ms ?? '');
        ctx.setOutput('report', path);
        ctx.summary(smokeTestMarkdown(report));
        const bad = results.filter((r) => r.outcome === 'failed' || r.outcome === 'error');
        ctx.annotate('error', bad.map((r) => ({
            title: `smoke test: ${r.name}`,
            message: `${r.method} ${r.path}: ${r.reasons.join('; ')}`,
        })));
        if (!report.passed) {
            const names = bad.map((r) => r.name);
            const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
            throw new errors/* ReportedFailure */.g7(`smoke test failed: ${report.failed} of ${report.total} checks failed${shown ? ` (${shown})` : ''}${report.skipped ? `, ${report.skipped} skipped` : ''}`);
        }
    });
}


/***/ }),

/***/ 4170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Qp: () => (/* binding */ ValueError),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export formatDuration */
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
/** Formats milliseconds the way {@link parseDuration} reads them: `1500` → `1.5s`, `90000` → `1m30s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    if (minutes < 60)
        return seconds ? `${minutes}m${seconds}s` : `${minutes}m`;
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

/***/ 8554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   d_: () => (/* binding */ inputEnvName),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(525);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4170);
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


/***/ })

};
