import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import {
  backoffMs,
  retryAfterMs
} from "./chunk-OCGFKFY4.js";
import {
  silentLogger
} from "./chunk-MN7KZA7R.js";
import {
  HttpError,
  redactUrl
} from "./chunk-YK7335PY.js";
import {
  scrubValues
} from "./chunk-5TBTIP7P.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TTC2ININ.js";

// builtin:node:perf_hooks
var require_node_perf_hooks = __commonJS({
  "builtin:node:perf_hooks"(exports, module) {
    module.exports = __require("node:perf_hooks");
  }
});

// lib/http/attempt.js
var import_node_perf_hooks = __toESM(require_node_perf_hooks(), 1);
async function sendOnce(req, method, timeoutMs, attempt, settings) {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = req.signal ? AbortSignal.any([timeout.signal, req.signal]) : timeout.signal;
  const headers = lowerCaseNames({ "user-agent": settings.userAgent, ...req.headers });
  let body = req.body;
  if (req.json !== void 0) {
    body = JSON.stringify(req.json);
    headers["content-type"] ??= "application/json";
  }
  const started = import_node_perf_hooks.performance.now();
  try {
    let url = new URL(req.url);
    let hopMethod = method;
    let hopBody = body;
    const origin = url.origin;
    const follow = (req.redirect ?? "follow") === "follow";
    for (let hop = 0; ; hop++) {
      const res = await settings.transport(url, {
        method: hopMethod,
        headers: url.origin === origin ? headers : withoutSecrets(headers, req.secretHeaders),
        body: hopBody,
        signal
      });
      const location = res.headers.get("location");
      if (follow && REDIRECT.has(res.status) && location && hop < MAX_REDIRECTS) {
        res.discard();
        url = new URL(location, url);
        if (res.status === 303 || (res.status === 301 || res.status === 302) && hopMethod === "POST") {
          hopMethod = "GET";
          hopBody = void 0;
        }
        continue;
      }
      const { bytes, truncated } = await readCapped(res, settings.maxBodyBytes);
      const latencyMs = import_node_perf_hooks.performance.now() - started;
      return makeResponse(res, url.href, hop > 0, bytes, truncated, attempt, latencyMs);
    }
  } catch (error) {
    if (req.signal?.aborted)
      return { kind: "aborted", detail: "aborted", unsent: false };
    if (timeout.signal.aborted)
      return { kind: "timeout", detail: `no answer within ${timeoutMs} ms`, unsent: false };
    const code = causeCode(error);
    return {
      kind: "network",
      detail: code ? `connection failed (${code})` : `connection failed (${error.message})`,
      unsent: code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN"
    };
  } finally {
    clearTimeout(timer);
  }
}
async function readCapped(res, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const value of res.body()) {
    if (size + value.byteLength > maxBytes) {
      chunks.push(Buffer.from(value.subarray(0, maxBytes - size)));
      return { bytes: Buffer.concat(chunks, maxBytes), truncated: true };
    }
    chunks.push(Buffer.from(value));
    size += value.byteLength;
  }
  return { bytes: Buffer.concat(chunks, size), truncated: false };
}
var REDIRECT = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 10;
var ALWAYS_SECRET = ["authorization", "cookie", "proxy-authorization"];
function lowerCaseNames(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers))
    out[name.toLowerCase()] = value;
  return out;
}
function withoutSecrets(headers, secret = []) {
  const drop = /* @__PURE__ */ new Set([...ALWAYS_SECRET, ...secret.map((h) => h.toLowerCase())]);
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
    text: () => body.toString("utf8"),
    json: () => body.length === 0 ? void 0 : JSON.parse(body.toString("utf8"))
  };
}
function causeCode(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    const code = e.code;
    if (typeof code === "string")
      return code;
  }
  return void 0;
}

// lib/http/headers.js
var lower = (name) => name.toLowerCase();
var ResponseHeaders = class {
  /** Lower-case name → values in arrival order. */
  map = /* @__PURE__ */ new Map();
  /**
   * @param raw alternating names and values, as `IncomingMessage.rawHeaders`
   *   (https://nodejs.org/api/http.html#messagerawheaders), e.g. `['Content-Type', 'text/html', …]`
   */
  constructor(raw = []) {
    for (let index = 0; index + 1 < raw.length; index += 2) {
      this.append(raw[index], raw[index + 1]);
    }
  }
  append(name, value) {
    const key = lower(name);
    const values = this.map.get(key);
    if (values)
      values.push(value);
    else
      this.map.set(key, [value]);
  }
  delete(name) {
    this.map.delete(lower(name));
  }
  get(name) {
    return this.map.get(lower(name))?.join(", ") ?? null;
  }
  getSetCookie() {
    return [...this.map.get("set-cookie") ?? []];
  }
  has(name) {
    return this.map.has(lower(name));
  }
  set(name, value) {
    this.map.set(lower(name), [value]);
  }
  forEach(callback, thisArg) {
    for (const [key, value] of this.entries())
      callback.call(thisArg, value, key, this);
  }
  *entries() {
    for (const key of [...this.map.keys()].sort()) {
      const values = this.map.get(key);
      if (key === "set-cookie")
        for (const value of values)
          yield [key, value];
      else
        yield [key, values.join(", ")];
    }
  }
  *keys() {
    for (const [key] of this.entries())
      yield key;
  }
  *values() {
    for (const [, value] of this.entries())
      yield value;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// lib/http/transport.js
var FETCH_DEFAULTS = { accept: "*/*", "accept-encoding": "gzip, deflate" };
var NO_BODY = /* @__PURE__ */ new Set([204, 205, 304]);
function nodeTransport() {
  const agents = /* @__PURE__ */ new Map();
  return (url, request) => {
    const secure = url.protocol === "https:";
    const module = secure ? process.getBuiltinModule("node:https") : process.getBuiltinModule("node:http");
    let agent = agents.get(url.protocol);
    if (!agent) {
      const proxy = process.env.NODE_USE_ENV_PROXY === "1" ? { proxyEnv: process.env } : {};
      agent = new module.Agent({ keepAlive: true, ...proxy });
      agents.set(url.protocol, agent);
    }
    const headers = { ...FETCH_DEFAULTS, ...request.headers };
    if (typeof request.body === "string")
      headers["content-type"] ??= "text/plain;charset=UTF-8";
    return new Promise((resolve, reject) => {
      const outgoing = module.request(url, { method: request.method, headers, agent, signal: request.signal }, (incoming) => {
        const status = incoming.statusCode ?? 0;
        const decodes = request.method !== "HEAD" && !NO_BODY.has(status);
        resolve({
          status,
          headers: new ResponseHeaders(incoming.rawHeaders),
          body: () => decodes ? decoded(incoming, incoming.headers["content-encoding"]) : incoming,
          discard: () => {
            incoming.resume();
          }
        });
      });
      outgoing.on("error", reject);
      outgoing.end(request.body);
    });
  };
}
function decoded(incoming, contentEncoding) {
  const codings = (contentEncoding ?? "").split(",").map((coding) => coding.trim().toLowerCase()).filter((coding) => coding !== "");
  if (codings.length === 0)
    return incoming;
  const zlib = process.getBuiltinModule("node:zlib");
  const decoders = [];
  for (const coding of codings.reverse()) {
    const decoder = decoderFor(coding, zlib);
    if (!decoder) {
      for (const made of decoders)
        made.destroy();
      return incoming;
    }
    decoders.push(decoder);
  }
  const { pipeline } = process.getBuiltinModule("node:stream");
  let stream = incoming;
  for (const decoder of decoders)
    stream = pipeline(stream, decoder, () => {
    });
  return stream;
}
function decoderFor(coding, zlib) {
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip(lenient);
    case "deflate":
      return inflateEither(zlib, lenient);
    case "br":
      return zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH
      });
    default:
      return void 0;
  }
}
function inflateEither(zlib, options) {
  let inner;
  const outer = new (process.getBuiltinModule("node:stream")).Transform({
    transform(chunk, _encoding, done) {
      if (!inner) {
        inner = ((chunk[0] ?? 0) & 15) === 8 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inner.on("data", (data) => outer.push(data));
        inner.on("error", (error) => outer.destroy(error));
      }
      if (inner.write(chunk))
        done();
      else
        inner.once("drain", () => done());
    },
    flush(done) {
      if (!inner) {
        done();
        return;
      }
      inner.once("end", () => done());
      inner.end();
    },
    destroy(error, done) {
      inner?.destroy();
      done(error);
    }
  });
  return outer;
}
function fetchTransport(fetchImpl) {
  return async (url, request) => {
    const response = await fetchImpl(url, {
      method: request.method,
      headers: request.headers,
      ...request.body !== void 0 ? { body: request.body } : {},
      redirect: "manual",
      signal: request.signal
    });
    return {
      status: response.status,
      headers: response.headers,
      body: () => chunksOf(response.body),
      discard: () => {
        response.body?.cancel().catch(() => void 0);
      }
    };
  };
}
async function* chunksOf(body) {
  if (!body)
    return;
  const reader = body.getReader();
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done)
        return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => void 0);
  }
}

// lib/http/client.js
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
var RETRY_STATUS = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var defaultRetryOnStatus = (status) => RETRY_STATUS.has(status);
var HttpClient = class {
  clock;
  random;
  /** node:http / node:https with this client's keep-alive agents, unless `fetch` was given. */
  transport;
  logger;
  settings;
  constructor(options = {}) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport();
    this.logger = options.logger ?? silentLogger;
    this.settings = {
      timeoutMs: options.timeoutMs ?? 3e4,
      retries: options.retries ?? 3,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 1e4,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 6e4,
      maxBodyBytes: options.maxBodyBytes ?? 32 * 1024 * 1024,
      userAgent: options.userAgent ?? "greenlight"
    };
  }
  /**
   * Sends a request, retrying as the options allow, and returns the last answer whatever its status.
   * @throws HttpError (`timeout`, `network`, `deadline`, `aborted`) when no answer came, and
   *   `rate_limited` (with `retryAt`) when the server asked for a wait beyond the cap or the deadline.
   */
  async request(req) {
    const method = (req.method ?? "GET").toUpperCase();
    const where = `${method} ${redactUrl(req.url)}`;
    const retries = req.retries ?? this.settings.retries;
    const idempotent = req.idempotent ?? IDEMPOTENT.has(method);
    const retryOnStatus = req.retryOnStatus ?? defaultRetryOnStatus;
    const deadline = req.deadline ?? Infinity;
    for (let attempt = 1; ; attempt++) {
      if (req.signal?.aborted)
        throw new HttpError(where, "aborted", "aborted", attempt - 1);
      const remaining = deadline - this.clock.now();
      if (remaining <= 0) {
        throw new HttpError(where, `no answer before the deadline (${attempt - 1} attempts)`, "deadline", attempt - 1);
      }
      const outcome = await sendOnce(req, method, Math.min(req.timeoutMs ?? this.settings.timeoutMs, remaining), attempt, {
        transport: this.transport,
        userAgent: this.settings.userAgent,
        maxBodyBytes: this.settings.maxBodyBytes
      });
      const now = this.clock.now();
      if ("status" in outcome) {
        const retryable = retryOnStatus(outcome.status) || req.retryOnResponse !== void 0 && req.retryOnResponse(outcome);
        const safe = idempotent || outcome.status === 429;
        if (!retryable || !safe || attempt > retries)
          return outcome;
        const asked = retryAfterMs(outcome.headers, now);
        if (asked !== void 0 && (asked > this.settings.maxRetryAfterMs || now + asked >= deadline)) {
          const until = new Date(now + asked).toISOString();
          throw new HttpError(where, `rate limited until ${until} (${attempt} attempts)`, "rate_limited", attempt, outcome.status, void 0, { retryAt: now + asked });
        }
        const waitMs2 = asked ?? backoffMs(attempt, this.settings.baseDelayMs, this.settings.maxDelayMs, this.random);
        if (now + waitMs2 >= deadline)
          return outcome;
        this.logger.debug(`${where} \u2192 ${outcome.status}; retry ${attempt} of ${retries} in ${waitMs2} ms`);
        await this.pause(waitMs2, req.signal, where, attempt);
        continue;
      }
      if (outcome.kind === "aborted")
        throw new HttpError(where, "aborted", "aborted", attempt);
      const waitMs = backoffMs(attempt, this.settings.baseDelayMs, this.settings.maxDelayMs, this.random);
      if (!(idempotent || outcome.unsent) || attempt > retries || now + waitMs >= deadline) {
        const tries = attempt === 1 ? "" : ` after ${attempt} attempts`;
        throw new HttpError(where, `${outcome.detail}${tries}`, outcome.kind, attempt);
      }
      this.logger.debug(`${where} \u2192 ${outcome.detail}; retry ${attempt} of ${retries} in ${waitMs} ms`);
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
    const res = await this.request({ ...req, headers: { accept: "application/json", ...req.headers } });
    let parsed;
    try {
      parsed = res.json();
    } catch {
      parsed = void 0;
    }
    if (!res.ok) {
      const method = (req.method ?? "GET").toUpperCase();
      throw statusError(`${method} ${redactUrl(req.url)}`, req, res, parsed, this.clock.now(), errorFormat);
    }
    return parsed;
  }
  /**
   * A `fetch`-compatible function that sends through this client (retries, deadlines, Retry-After),
   * for libraries that take a custom fetch, such as Octokit (`request: { fetch }`).
   */
  asFetch(defaults = {}) {
    return async (input, init) => {
      const request = input instanceof Request ? input : void 0;
      const url = request ? request.url : String(input);
      const headers = {};
      new Headers(init?.headers ?? request?.headers).forEach((value, key) => {
        headers[key] = value;
      });
      const rawBody = init?.body ?? (request ? await request.text() : void 0);
      if (rawBody !== void 0 && rawBody !== null && typeof rawBody !== "string" && !(rawBody instanceof Uint8Array)) {
        throw new TypeError("greenlight fetch: only string or byte bodies are supported");
      }
      const res = await this.request({
        ...defaults,
        url,
        method: init?.method ?? request?.method ?? "GET",
        headers,
        ...rawBody ? { body: rawBody } : {},
        ...init?.signal ? { signal: init.signal } : {}
      });
      const nullBody = res.status === 204 || res.status === 205 || res.status === 304;
      const response = new Response(nullBody ? null : new Uint8Array(res.body), {
        status: res.status,
        headers: res.headers
      });
      Object.defineProperty(response, "url", { value: res.url });
      return response;
    };
  }
  async pause(ms, signal, where, attempts) {
    try {
      await this.clock.sleep(ms, signal);
    } catch {
      throw new HttpError(where, "aborted", "aborted", attempts);
    }
  }
};
function statusError(where, req, res, parsed, now, errorFormat) {
  const said = errorFormat?.message(parsed);
  const code = errorFormat?.code(parsed);
  const own = requestSecrets(req);
  const detail = scrubValues(`answered ${res.status}${said ? `: ${said}` : ""}`, own);
  const asked = retryAfterMs(res.headers, now);
  return new HttpError(where, detail, "status", res.attempts, res.status, parsed, {
    ...code !== void 0 ? { code } : {},
    ...asked !== void 0 ? { retryAt: now + asked } : {}
  });
}
function requestSecrets(req) {
  const names = /* @__PURE__ */ new Set(["authorization", "cookie", "proxy-authorization", ...req.secretHeaders ?? []]);
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

export {
  HttpClient,
  statusError
};
