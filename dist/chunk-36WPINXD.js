import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  pLimit
} from "./chunk-4SUBSKSH.js";
import {
  require_promises
} from "./chunk-J5QJJ5Q3.js";
import {
  ValueError
} from "./chunk-3564UZ2R.js";
import {
  HttpError
} from "./chunk-YK7335PY.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UWARJ5PC.js";

// builtin:node:module
var require_node_module = __commonJS({
  "builtin:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// builtin:node:util
var require_node_util = __commonJS({
  "builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// lib/probes/check.js
var import_promises = __toESM(require_promises(), 1);

// lib/inputs/lazy-modules.js
var import_node_module = __toESM(require_node_module(), 1);
var load = (0, import_node_module.createRequire)(import.meta.url);
function lazyModule(specifier) {
  let loaded;
  return () => loaded ??= load(specifier);
}
var loadYaml = lazyModule("#yaml");
var loadZod = lazyModule("#zod");
var loadJsonPath = lazyModule("#jsonpath-plus");

// lib/probes/status.js
var EXPECTED = "a status like 200, a list like [200, 204], a range like 200-299, or a class like 2xx";
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
  throw new ValueError(EXPECTED);
}
function parseStatusSet(value) {
  const items = Array.isArray(value) ? value.map(String) : String(value).split(",");
  if (items.length === 0 || items.every((i) => i.trim() === ""))
    throw new ValueError(EXPECTED);
  const ranges = items.filter((i) => i.trim() !== "").map(part);
  return {
    has: (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi),
    text: ranges.map(([lo, hi]) => lo === hi ? String(lo) : `${lo}-${hi}`).join(", ")
  };
}
var SUCCESS_STATUSES = parseStatusSet("200-299");

// lib/probes/check.js
var PARSE_BASE = new URL("http://base.invalid/");
function showPath(path) {
  let shown = "";
  for (const c of path) {
    const code = c.charCodeAt(0);
    if (c === "	")
      shown += "\\t";
    else if (c === "\n")
      shown += "\\n";
    else if (c === "\r")
      shown += "\\r";
    else if (code < 32 || code === 127 || code === 8232 || code === 8233)
      shown += `\\u${code.toString(16).padStart(4, "0")}`;
    else
      shown += c;
  }
  return shown.length > 200 ? `${shown.slice(0, 200)}\u2026` : shown;
}
function checkPathProblem(path, base = PARSE_BASE) {
  if (!path.startsWith("/"))
    return "a path starting with '/'";
  if (/[\t\n\r]/.test(path))
    return `a path without tabs or line breaks (URL parsers drop them), got '${showPath(path)}'`;
  let resolved;
  try {
    resolved = new URL(path, base);
  } catch {
    return `a path on the base URL's origin, got '${showPath(path)}' (it names another, invalid host)`;
  }
  if (resolved.origin !== base.origin)
    return `a path on the base URL's origin, got '${showPath(path)}' (it leads to ${resolved.host || resolved.protocol})`;
  return void 0;
}
function resolveCheckPath(base, path) {
  const problem = checkPathProblem(path, base);
  if (problem !== void 0)
    throw new ValueError(problem);
  const parsed = new URL(path, base);
  const url = new URL(base);
  url.pathname = `${base.pathname.replace(/\/$/, "")}${parsed.pathname}`;
  url.search = parsed.search;
  url.hash = parsed.hash;
  if (url.origin !== base.origin)
    throw new ValueError(`a path on the base URL's origin, got '${showPath(path)}'`);
  return url;
}
function defaultExpectation() {
  return {
    status: SUCCESS_STATUSES,
    bodyContains: [],
    bodyMatches: [],
    json: {},
    headers: {},
    maxLatencyMs: void 0
  };
}
function buildSchemas(z) {
  const statusSchema = z.union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))]).transform((value, ctx) => {
    try {
      return parseStatusSet(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error.expected ?? String(error) });
      return z.NEVER;
    }
  });
  const oneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => Array.isArray(v) ? v : [v]);
  const regexSchema = oneOrMany.transform((patterns, ctx) => patterns.map((p) => {
    try {
      return new RegExp(p);
    } catch {
      ctx.addIssue({ code: "custom", message: `a valid regular expression, got '${p}'` });
      return /$^/;
    }
  }));
  const expectSchema = z.strictObject({
    status: statusSchema.optional(),
    "body-contains": oneOrMany.optional(),
    "body-matches": regexSchema.optional(),
    json: z.record(z.string(), z.unknown()).superRefine((paths, ctx) => {
      for (const key of Object.keys(paths)) {
        if (!key.startsWith("$"))
          ctx.addIssue({ code: "custom", message: `a JSONPath starting with '$', got '${key}'` });
      }
    }).optional(),
    headers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).optional(),
    "max-latency-ms": z.number().int().positive().optional()
  }).transform((e) => ({
    status: e.status ?? SUCCESS_STATUSES,
    bodyContains: e["body-contains"] ?? [],
    bodyMatches: e["body-matches"] ?? [],
    json: e.json ?? {},
    headers: Object.fromEntries(Object.entries(e.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    maxLatencyMs: e["max-latency-ms"]
  }));
  const pathSchema = z.string().superRefine((path, ctx) => {
    const problem = checkPathProblem(path);
    if (problem !== void 0)
      ctx.addIssue({ code: "custom", message: problem });
  });
  const checkSchema = z.preprocess((item) => typeof item === "string" ? { path: item } : item, z.strictObject({
    name: z.string().min(1).optional(),
    path: pathSchema,
    method: z.string().regex(/^[A-Za-z]+$/, { message: "an HTTP method like GET" }).transform((m) => m.toUpperCase()).optional(),
    headers: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
    body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    expect: expectSchema.optional()
  }));
  const checksSchema = z.array(checkSchema).min(1, { message: "at least one check" });
  return { expectSchema, checksSchema };
}
var schemas;
function checkSchemas() {
  return schemas ??= buildSchemas(loadZod().z);
}
function withDefaults(check) {
  return {
    name: check.name ?? check.path,
    path: check.path,
    method: check.method ?? "GET",
    headers: check.headers ?? {},
    body: check.body === void 0 || typeof check.body === "string" ? check.body : JSON.stringify(check.body),
    expect: check.expect ?? defaultExpectation()
  };
}
function bareChecks(list) {
  if (!Array.isArray(list) || list.length === 0)
    return void 0;
  if (!list.every((item) => typeof item === "string" && checkPathProblem(item) === void 0))
    return void 0;
  return list.map((path) => ({ path }));
}
function toChecks(value, source) {
  const list = value && typeof value === "object" && !Array.isArray(value) && "checks" in value ? value.checks : value;
  const bare = bareChecks(list);
  if (bare)
    return bare.map(withDefaults);
  const { checksSchema } = checkSchemas();
  const result = checksSchema.safeParse(list);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const index = typeof path[0] === "number" ? path[0] : void 0;
    const raw = index !== void 0 && Array.isArray(list) ? list[index] : void 0;
    const which = index === void 0 ? "" : `check ${index + 1}${raw && typeof raw === "object" && typeof raw.name === "string" ? ` ('${raw.name}')` : ""}: `;
    const field = path.slice(1).join(".");
    const expected = issue?.message ?? "a valid check";
    throw new ConfigurationError(`${source}: ${which}${field ? `${field}: ` : ""}${expected.startsWith("expected") ? "" : "expected "}${expected}`);
  }
  return result.data.map(withDefaults);
}
function parseChecks(text, source) {
  const yaml = loadYaml();
  let value;
  try {
    value = yaml.parse(text);
  } catch (error) {
    const first = String(error.message).split("\n")[0];
    throw new ConfigurationError(`${source}: expected a YAML or JSON list of checks (${first})`);
  }
  return toChecks(value, source);
}
async function loadChecks(path, source) {
  let text;
  try {
    text = await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    throw new ConfigurationError(`${source}: cannot read '${path}' (${error.code ?? "error"})`);
  }
  return parseChecks(text, source);
}
async function resolveChecks(inputs, fallback, fallbackSource) {
  if (inputs.checks !== void 0 && inputs.config !== void 0) {
    throw new ConfigurationError("inputs 'checks' and 'config': expected one of them, got both");
  }
  if (inputs.checks !== void 0)
    return parseChecks(inputs.checks, "input 'checks'");
  if (inputs.config !== void 0)
    return loadChecks(inputs.config, "input 'config'");
  return toChecks(fallback, fallbackSource);
}

// lib/probes/expect.js
var import_node_util = __toESM(require_node_util(), 1);
var show = (value) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}\u2026` : text;
};
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
    } catch {
      reasons.push(answer.body.trim() === "" ? "body is empty, expected JSON" : "body is not JSON");
    }
    if (parsed) {
      const { JSONPath } = loadJsonPath();
      for (const [path, expected] of paths) {
        let found;
        try {
          found = JSONPath({ path, json: doc, wrap: true, eval: false });
        } catch {
          reasons.push(`${path} is not a valid JSONPath`);
          continue;
        }
        if (found.length === 0)
          reasons.push(`${path} not found`);
        else if (!(0, import_node_util.isDeepStrictEqual)(found[0], expected))
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
  if (expect.maxLatencyMs !== void 0 && answer.latencyMs > expect.maxLatencyMs) {
    reasons.push(`latency ${Math.round(answer.latencyMs)} ms over ${expect.maxLatencyMs} ms`);
  }
  return reasons;
}

// lib/probes/engine.js
function checkUrls(checks, baseUrl) {
  return checks.map((check) => {
    try {
      return resolveCheckPath(baseUrl, check.path);
    } catch (error) {
      if (!(error instanceof ValueError))
        throw error;
      throw new ConfigurationError(`check '${check.name}': path: ${error.message}`);
    }
  });
}
var BYPASS_HEADER = "x-vercel-protection-bypass";
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
    latencyMs: r.latencyMs
  });
  try {
    const res = await http.request({
      url,
      method: check.method,
      headers,
      ...check.body !== void 0 ? { body: check.body } : {},
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      // The user wrote this check and chose its retries, whatever its method.
      idempotent: true,
      // A status the check expects is its answer, not a warm-up: a check of a 404 page is not retried.
      retryOnStatus: (status) => options.retryOnStatus.has(status) && !check.expect.status.has(status),
      ...options.retryOnAssertion ? { retryOnResponse: (r) => judge(toAnswer(r), check.expect).length > 0 } : {},
      redirect: options.followRedirects ? "follow" : "manual",
      secretHeaders: [BYPASS_HEADER],
      ...options.deadline !== void 0 ? { deadline: options.deadline } : {}
    });
    const reasons = judge(toAnswer(res), check.expect);
    return {
      ...base,
      status: res.status,
      latencyMs: Math.round(res.latencyMs),
      attempts: res.attempts,
      outcome: reasons.length === 0 ? "passed" : "failed",
      reasons
    };
  } catch (error) {
    if (!(error instanceof HttpError))
      throw error;
    return {
      ...base,
      status: void 0,
      latencyMs: void 0,
      attempts: error.attempts,
      outcome: "error",
      reasons: [error.detail]
    };
  }
}
async function runChecks(checks, options, http, run) {
  checkUrls(checks, options.baseUrl);
  const limit = pLimit(run.concurrency);
  let stop = false;
  return Promise.all(checks.map((check) => limit(async () => {
    if (stop) {
      const startedAt = options.clock.now();
      return {
        name: check.name,
        method: check.method,
        path: check.path,
        status: void 0,
        latencyMs: void 0,
        attempts: 0,
        outcome: "skipped",
        reasons: ["not run: an earlier check failed (fail-fast)"],
        startedAt
      };
    }
    const result = await probe(check, options, http);
    if (run.failFast && result.outcome !== "passed")
      stop = true;
    return result;
  })));
}

// lib/probes/stats.js
function percentile(values, p) {
  if (values.length === 0)
    return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[rank - 1];
}

export {
  parseStatusSet,
  parseChecks,
  resolveChecks,
  percentile,
  require_node_util,
  runChecks
};
