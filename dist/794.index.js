export const id = 794;
export const ids = [794];
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

/***/ 69772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  $C: () => (/* binding */ statusError)
});

// UNUSED EXPORTS: defaultRetryOnStatus

// EXTERNAL MODULE: ./lib/runtime/clock.js
var clock = __webpack_require__(37642);
// EXTERNAL MODULE: ./lib/runtime/logger.js
var logger = __webpack_require__(98562);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./lib/http/attempt.js
/**
 * One attempt of a request, as the shared HTTP client makes it: a timeout over headers and body,
 * redirects followed here (up to 10) so that `authorization`, cookies and declared secret headers
 * never reach another origin, and the body read up to a cap. Failures come back as values for the
 * client's retry policy to judge (src/http/client.ts).
 */

/**
 * Sends `req` once (following redirects unless `redirect: 'manual'`).
 * @returns the response, or a {@link Failure} (timeout, network, aborted) — never throws for those.
 */
async function sendOnce(req, method, timeoutMs, attempt, settings) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = req.signal ? AbortSignal.any([timeout.signal, req.signal]) : timeout.signal;
    const headers = { 'user-agent': settings.userAgent, ...req.headers };
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
            const res = await settings.fetch(url, {
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
            const { bytes, truncated } = await readCapped(res, settings.maxBodyBytes);
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

// EXTERNAL MODULE: ./lib/runtime/secrets.js
var secrets = __webpack_require__(45533);
// EXTERNAL MODULE: ./lib/http/errors.js
var errors = __webpack_require__(49729);
// EXTERNAL MODULE: ./lib/http/retry-after.js
var retry_after = __webpack_require__(93145);
;// CONCATENATED MODULE: ./lib/http/client.js
/**
 * The one HTTP client behind every network call Greenlight makes (Vercel, GitHub, Slack, probes),
 * on Node's native fetch: a timeout per attempt, an overall deadline, exponential backoff with full
 * jitter, `Retry-After` honoured (seconds or HTTP date) up to a cap, and retries only where they
 * are safe (idempotent methods; any method for 429 and refused connections, which the server never
 * processed) unless the caller opts in with `idempotent: true`.
 *
 * `Retry-After` (RFC 9110 §10.2.3: delta-seconds or an HTTP date) is honoured on every retried
 * answer; a wait beyond `maxRetryAfterMs` or past the request's deadline fails at once with
 * `rate limited until <ISO time>` and sends nothing more.
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
    settings;
    constructor(options = {}) {
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.random = options.random ?? Math.random;
        this.fetchImpl = options.fetch ?? globalThis.fetch;
        this.logger = options.logger ?? logger/* silentLogger */.qq;
        this.settings = {
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
     * @throws HttpError (`timeout`, `network`, `deadline`, `aborted`) when no answer came, and
     *   `rate_limited` (with `retryAt`) when the server asked for a wait beyond the cap or the deadline.
     */
    async request(req) {
        const method = (req.method ?? 'GET').toUpperCase();
        const where = `${method} ${(0,errors/* redactUrl */.BO)(req.url)}`;
        const retries = req.retries ?? this.settings.retries;
        const idempotent = req.idempotent ?? IDEMPOTENT.has(method);
        const retryOnStatus = req.retryOnStatus ?? defaultRetryOnStatus;
        const deadline = req.deadline ?? Infinity;
        for (let attempt = 1;; attempt++) {
            if (req.signal?.aborted)
                throw new errors/* HttpError */.j$(where, 'aborted', 'aborted', attempt - 1);
            const remaining = deadline - this.clock.now();
            if (remaining <= 0) {
                throw new errors/* HttpError */.j$(where, `no answer before the deadline (${attempt - 1} attempts)`, 'deadline', attempt - 1);
            }
            const outcome = await sendOnce(req, method, Math.min(req.timeoutMs ?? this.settings.timeoutMs, remaining), attempt, {
                fetch: this.fetchImpl,
                userAgent: this.settings.userAgent,
                maxBodyBytes: this.settings.maxBodyBytes,
            });
            const now = this.clock.now();
            if ('status' in outcome) {
                const retryable = retryOnStatus(outcome.status) ||
                    (req.retryOnResponse !== undefined && req.retryOnResponse(outcome));
                const safe = idempotent || outcome.status === 429;
                if (!retryable || !safe || attempt > retries)
                    return outcome;
                const asked = (0,retry_after/* retryAfterMs */.V)(outcome.headers, now);
                if (asked !== undefined && (asked > this.settings.maxRetryAfterMs || now + asked >= deadline)) {
                    const until = new Date(now + asked).toISOString();
                    throw new errors/* HttpError */.j$(where, `rate limited until ${until} (${attempt} attempts)`, 'rate_limited', attempt, outcome.status, undefined, { retryAt: now + asked });
                }
                const waitMs = asked ?? (0,retry_after/* backoffMs */.j)(attempt, this.settings.baseDelayMs, this.settings.maxDelayMs, this.random);
                if (now + waitMs >= deadline)
                    return outcome;
                this.logger.debug(`${where} → ${outcome.status}; retry ${attempt} of ${retries} in ${waitMs} ms`);
                await this.pause(waitMs, req.signal, where, attempt);
                continue;
            }
            if (outcome.kind === 'aborted')
                throw new errors/* HttpError */.j$(where, 'aborted', 'aborted', attempt);
            const waitMs = (0,retry_after/* backoffMs */.j)(attempt, this.settings.baseDelayMs, this.settings.maxDelayMs, this.random);
            if (!(idempotent || outcome.unsent) || attempt > retries || now + waitMs >= deadline) {
                const tries = attempt === 1 ? '' : ` after ${attempt} attempts`;
                throw new errors/* HttpError */.j$(where, `${outcome.detail}${tries}`, outcome.kind, attempt);
            }
            this.logger.debug(`${where} → ${outcome.detail}; retry ${attempt} of ${retries} in ${waitMs} ms`);
            await this.pause(waitMs, req.signal, where, attempt);
        }
    }
    /**
     * Sends a request and parses the JSON answer.
     * @param errorFormat how this API writes errors (for example Vercel's `{error:{code,message}}`);
     *   without it an error is only its status.
     * @throws HttpError of kind `status` for a non-2xx answer; its message carries the API's own error
     *   message when `errorFormat` finds one, scrubbed of the request's own credentials and every
     *   registered secret; `status`, `code`, `retryAt` (from `Retry-After`, when sent) and `body` (the
     *   parsed body) let the caller decide what to do or which input to blame.
     */
    async requestJson(req, errorFormat) {
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
            throw statusError(`${method} ${(0,errors/* redactUrl */.BO)(req.url)}`, req, res, parsed, this.clock.now(), errorFormat);
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
            throw new errors/* HttpError */.j$(where, 'aborted', 'aborted', attempts);
        }
    }
}
/**
 * The `status` HttpError for a non-2xx answer: the API's message as `errorFormat` reads it (scrubbed
 * of the request's header values named secret and of registered secrets), its error code and any
 * `Retry-After`. `now` is ms on the client's clock.
 */
function statusError(where, req, res, parsed, now, errorFormat) {
    const said = errorFormat?.message(parsed);
    const code = errorFormat?.code(parsed);
    const own = requestSecrets(req);
    const detail = (0,secrets/* scrubValues */._9)(`answered ${res.status}${said ? `: ${said}` : ''}`, own);
    const asked = (0,retry_after/* retryAfterMs */.V)(res.headers, now);
    return new errors/* HttpError */.j$(where, detail, 'status', res.attempts, res.status, parsed, {
        ...(code !== undefined ? { code } : {}),
        ...(asked !== undefined ? { retryAt: now + asked } : {}),
    });
}
/** The credential values a request carries (`authorization` with and without its scheme, secret headers). */
function requestSecrets(req) {
    const names = new Set(['authorization', 'cookie', 'proxy-authorization', ...(req.secretHeaders ?? [])]);
    const out = [];
    for (const [name, value] of Object.entries(req.headers ?? {})) {
        if (!names.has(name.toLowerCase()))
            continue;
        out.push(value);
        const credentials = /^\S+\s+(\S+)$/.exec(value)?.[1];
        if (credentials)
            out.push(credentials);
    }
    return out;
}


/***/ }),

/***/ 49729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   j$: () => (/* binding */ HttpError)
/* harmony export */ });
/* unused harmony export isTransientStatus */
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45533);

/**
 * A request that failed. The message names the method, the URL without its query string (queries
 * carry tokens), what happened and after how many attempts — never headers or request bodies; text
 * quoted from an API answer is scrubbed of every registered secret (src/runtime/secrets.ts).
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
    /** The API's error code (see {@link HttpErrorInfo.code}). */
    code;
    /** When a repeat is allowed, ms since the epoch (see {@link HttpErrorInfo.retryAt}). */
    retryAt;
    constructor(
    /** `GET https://host/path` (redacted). */
    where, detail, kind, attempts, 
    /** The HTTP status of the last answer, when there was one. */
    status, 
    /** The parsed JSON body of a `status` failure, when it had one. */
    body, info = {}) {
        const clean = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(detail);
        super(`${where}: ${clean}`);
        this.where = where;
        this.kind = kind;
        this.attempts = attempts;
        this.status = status;
        this.body = body;
        this.detail = clean;
        this.code = info.code;
        this.retryAt = info.retryAt;
    }
    /** A 404 answer: what the request named (an id, a domain) does not exist, or is not visible with this token. */
    get notFound() {
        return this.kind === 'status' && this.status === 404;
    }
    /** A 4xx answer other than 408 and 429: the request itself was refused and repeating it will not help. */
    get refused() {
        return (this.kind === 'status' &&
            this.status !== undefined &&
            this.status >= 400 &&
            this.status < 500 &&
            !TRANSIENT_STATUS.has(this.status));
    }
}
/** Statuses that say "try again later": 408, 425, 429 and the 5xx except 501 and 505. */
const TRANSIENT_STATUS = new Set([408, 425, 429]);
/** Whether an HTTP status is transient (see {@link isTransient}). */
function isTransientStatus(status) {
    return TRANSIENT_STATUS.has(status) || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}
/**
 * Whether a failed call is worth repeating later under the same deadline: timeouts, resets and
 * refused connections, 408/425/429 and 5xx answers (except 501, 505), and `rate_limited` (repeat
 * no earlier than its `retryAt`). Permanent: other 4xx (bad token, unknown id, invalid request),
 * `deadline`, `aborted`, and anything that is not an {@link HttpError}.
 */
function isTransient(error) {
    if (!(error instanceof HttpError))
        return false;
    switch (error.kind) {
        case 'timeout':
        case 'network':
        case 'rate_limited':
            return true;
        case 'status':
            return error.status !== undefined && isTransientStatus(error.status);
        default:
            return false;
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


/***/ }),

/***/ 93145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ retryAfterMs),
/* harmony export */   j: () => (/* binding */ backoffMs)
/* harmony export */ });
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

/***/ 19928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $l: () => (/* binding */ maskSecret),
  I$: () => (/* binding */ runActionBody)
});

// UNUSED EXPORTS: SECRET_ENV, coreRunner

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var inputs_spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/runtime/logger.js
var logger = __webpack_require__(98562);
;// CONCATENATED MODULE: ./lib/runtime/action-logger.js


/**
 * A {@link Logger} that speaks the runner's workflow commands through `@actions/core`; groups are
 * `core.startGroup` / `core.endGroup` (https://github.com/actions/toolkit/tree/main/packages/core#logging).
 */
function actionLogger() {
    return {
        debug: (message) => core/* debug */.Yz(message),
        info: (message) => core/* info */.pq(message),
        warning: (message) => core/* warning */.$e(message),
        error: (message) => core/* error */.z3(message),
        group: (0,logger/* outermostGroup */.Ee)((name) => core/* startGroup */.Oh(name), () => core/* endGroup */.N4()),
    };
}

// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/runtime/secrets.js
var secrets = __webpack_require__(45533);
;// CONCATENATED MODULE: ./lib/runtime/action-run.js
/**
 * The runner-facing shell every action entry uses: read and validate inputs (masking secrets first),
 * run the body, write outputs, the job summary and annotations, and turn errors into one
 * `core.setFailed` line. Nothing below this layer touches `@actions/core`, and this layer reaches it
 * only through an {@link ActionRunner} (a {@link coreRunner} unless a test passes a fake).
 *
 * Every text this layer prints or writes (log lines, annotations, outputs, the summary, the error
 * line) goes through {@link scrubSecrets}: secret inputs and the credential variables in
 * {@link SECRET_ENV} are registered before anything runs, so a token an API echoes back is `***`
 * even where the runner's own masking does not reach (base64 or URL-encoded forms, files).
 */





/**
 * Environment variables that hold credentials the actions fall back to (`VERCEL_TOKEN` for
 * `vercel-token`, the bypass secret, a GitHub token): registered as secrets like secret inputs.
 */
const SECRET_ENV = [
    'VERCEL_TOKEN',
    'VERCEL_AUTOMATION_BYPASS_SECRET',
    'GITHUB_TOKEN',
    'GH_TOKEN',
];
/**
 * The real runner: `@actions/core`, with a fresh {@link actionLogger} (its own group state) for log
 * lines.
 */
function coreRunner() {
    return {
        logger: actionLogger(),
        setSecret: (value) => core/* setSecret */.Pq(value),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        setFailed: (message) => core/* setFailed */.C1(message),
        annotate: (kind, message, properties) => kind === 'error' ? core/* error */.z3(message, properties) : core/* warning */.$e(message, properties),
        writeSummary: async (markdown) => {
            await core/* summary */.z.addRaw(markdown, true).write();
        },
    };
}
/**
 * Masks `value` for the runner (`::add-mask::`) and registers it for {@link scrubSecrets}. Empty or
 * undefined values are ignored.
 */
function maskSecret(value, runner = coreRunner()) {
    if (!value)
        return;
    runner.setSecret(value);
    (0,secrets/* registerSecret */.cl)(value);
}
/** A logger whose every line, and every group name, is scrubbed of registered secrets. */
function scrubbingLogger(inner) {
    return {
        debug: (m) => inner.debug((0,secrets/* scrubSecrets */.Zg)(m)),
        info: (m) => inner.info((0,secrets/* scrubSecrets */.Zg)(m)),
        warning: (m) => inner.warning((0,secrets/* scrubSecrets */.Zg)(m)),
        error: (m) => inner.error((0,secrets/* scrubSecrets */.Zg)(m)),
        group: (name, work) => inner.group((0,secrets/* scrubSecrets */.Zg)(name), work),
    };
}
/** GitHub shows at most 10 error (and 10 warning) annotations per step; `core.setFailed` takes one. */
const ANNOTATION_BUDGET = 9;
/**
 * Runs an action body as the runner expects: registers the {@link SECRET_ENV} credentials, reads
 * the `INPUT_*` variables of `process.env` against `spec` (masking secret inputs first; an invalid
 * input fails the step before `body` runs), runs `body`, then writes the job summary (its parts
 * joined by blank lines) if `body` added any and `GITHUB_STEP_SUMMARY` is set.
 *
 * Errors never escape, they fail the step: {@link ConfigurationError} and {@link ReportedFailure}
 * through one `setFailed` line with their message; anything else through
 * `<action>: unexpected error: <message>`, with the stack at debug level only. Everything printed
 * is scrubbed of registered secrets (see the module comment).
 * @param runner where outputs, annotations, log lines and the summary go; {@link coreRunner} (the
 *   real runner, a fresh one per call) unless a test passes a fake.
 * @returns when the step's outcome is recorded on `runner` (the process exit code is set by
 *   `setFailed`); rejects only if writing the job summary fails.
 */
async function runActionBody(spec, body, runner = coreRunner()) {
    for (const name of SECRET_ENV)
        (0,secrets/* registerSecret */.cl)(process.env[name]);
    const logger = scrubbingLogger(runner.logger);
    const summary = [];
    const ctx = {
        logger,
        env: process.env,
        setOutput: (name, value) => runner.setOutput(name, (0,secrets/* scrubSecrets */.Zg)(String(value))),
        summary: (markdown) => {
            summary.push(markdown);
        },
        annotate: (kind, items) => {
            const shown = items.length > ANNOTATION_BUDGET ? items.slice(0, ANNOTATION_BUDGET - 1) : items;
            for (const item of shown) {
                runner.annotate(kind, (0,secrets/* scrubSecrets */.Zg)(item.message), item.title ? { title: (0,secrets/* scrubSecrets */.Zg)(item.title) } : {});
            }
            if (shown.length < items.length) {
                runner.annotate(kind, `${items.length - shown.length} more not shown here; see the job summary`, {
                    title: spec.name,
                });
            }
        },
    };
    try {
        const inputs = (0,inputs_spec/* readInputs */.Ko)(spec, process.env, (value) => maskSecret(value, runner));
        await body(inputs, ctx);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* ReportedFailure */.g7) {
            runner.setFailed((0,secrets/* scrubSecrets */.Zg)(error.message));
        }
        else {
            logger.debug(error instanceof Error && error.stack ? error.stack : String(error));
            runner.setFailed((0,secrets/* scrubSecrets */.Zg)(`${spec.name}: unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`));
        }
    }
    finally {
        if (summary.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
            await runner.writeSummary((0,secrets/* scrubSecrets */.Zg)(summary.join('\n\n')));
        }
    }
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


/***/ }),

/***/ 98562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ outermostGroup),
/* harmony export */   kS: () => (/* binding */ consoleLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export recordingLogger */
/** A logger that drops everything (handy default for library calls). */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, work) => work(),
};
/**
 * The group bookkeeping every logger shares: `open(name)` and `close()` run around `work` for the
 * outermost group only; inner groups just run their work.
 */
function outermostGroup(open, close) {
    let depth = 0;
    return async (name, work) => {
        if (depth > 0)
            return work();
        depth++;
        open(name);
        try {
            return await work();
        }
        finally {
            depth--;
            close();
        }
    };
}
/**
 * A logger that writes to stderr, so stdout stays free for a command's result (for example
 * `greenlight rehearse --json`). `debug` lines are shown only when `verbose` is true.
 */
function consoleLogger(options = {}) {
    let indent = '';
    const write = (prefix, message) => {
        process.stderr.write(`${indent}${prefix}${message}\n`);
    };
    return {
        debug: (message) => {
            if (options.verbose)
                write('debug: ', message);
        },
        info: (message) => write('', message),
        warning: (message) => write('warning: ', message),
        error: (message) => write('error: ', message),
        group: outermostGroup((name) => {
            write('', `▸ ${name}`);
            indent = '  ';
        }, () => {
            indent = '';
        }),
    };
}
/**
 * A logger that keeps every line in `lines` and the name of every outermost group it opened in
 * `groups`, in order (for tests and for summaries).
 */
function recordingLogger() {
    const lines = [];
    const groups = [];
    const at = (level) => (message) => {
        lines.push({ level, message });
    };
    return {
        lines,
        groups,
        debug: at('debug'),
        info: at('info'),
        warning: at('warning'),
        error: at('error'),
        group: outermostGroup((name) => groups.push(name), () => { }),
    };
}


/***/ }),

/***/ 45533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   _9: () => (/* binding */ scrubValues),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports MASK, clearSecrets, encodedForms */
/**
 * The process-wide registry of secret values (tokens, bypass secrets) and the one scrubber every
 * printed text goes through: error lines, log lines, annotations, outputs and the job summary
 * (src/runtime/action-run.ts), and HTTP error messages built from API answers (src/http/client.ts).
 *
 * A secret is replaced by `***` in its raw form and in the encodings an API or a library may echo
 * it back in: URL-encoded (`encodeURIComponent`), JSON-escaped, base64 and base64url (with and
 * without padding, and at the three byte alignments it can take inside a longer base64 text such as
 * a Basic `user:token` credential).
 */
/** Values shorter than this are not registered: masking `abc` everywhere would garble logs. */
const MIN_LENGTH = 4;
/** Shown in place of a secret, as the runner masks `::add-mask::` values. */
const MASK = '***';
const secrets = new Set();
let forms = [];
/**
 * Registers `value` (trimmed) as a secret, so {@link scrubSecrets} hides it from then on. Empty
 * and very short values are ignored.
 */
function registerSecret(value) {
    const v = value?.trim();
    if (!v || v.length < MIN_LENGTH || secrets.has(v))
        return;
    secrets.add(v);
    const next = new Set(forms);
    for (const form of encodedForms(v))
        if (form.length >= MIN_LENGTH)
            next.add(form);
    // Longest first, so a form that contains another is replaced whole.
    forms = [...next].sort((a, b) => b.length - a.length);
}
/** Forgets every registered secret (tests only; a runner process lives for one step). */
function clearSecrets() {
    secrets.clear();
    forms = [];
}
function scrubSecrets(text) {
    return scrubWith(text, forms);
}
/**
 * `text` with `values` (and the registered secrets) scrubbed: for callers that know a secret the
 * registry may not, such as the HTTP client with a request's `authorization` header.
 */
function scrubValues(text, values) {
    const extra = values.flatMap((v) => (v && v.trim().length >= MIN_LENGTH ? encodedForms(v.trim()) : []));
    if (extra.length === 0)
        return scrubWith(text, forms);
    return scrubWith(text, [...new Set([...forms, ...extra])].sort((a, b) => b.length - a.length));
}
function scrubWith(text, all) {
    if (text === undefined || all.length === 0)
        return text;
    let out = text;
    for (const form of all)
        if (out.includes(form))
            out = out.split(form).join(MASK);
    return out;
}
/** The raw value and the encodings it may be echoed in (see the module comment). */
function encodedForms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const out = new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
    for (let shift = 0; shift < 3; shift++) {
        const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
        for (const encoding of ['base64', 'base64url']) {
            let text = padded.toString(encoding);
            if (shift === 0)
                out.add(text);
            // Characters that also depend on the bytes around the secret are dropped at both ends.
            const head = shift === 0 ? 0 : Math.ceil((shift * 8) / 6);
            const tailBits = (padded.length * 8) % 6;
            text = text.replace(/=+$/, '');
            const stable = text.slice(head, tailBits === 0 ? text.length : text.length - 1);
            if (stable.length >= Math.min(8, text.length))
                out.add(stable);
        }
    }
    return [...out];
}


/***/ })

};
