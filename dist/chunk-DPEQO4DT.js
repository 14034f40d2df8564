import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  loadYaml,
  loadZod
} from "./chunk-CB6XYMLR.js";
import {
  ValueError
} from "./chunk-3564UZ2R.js";
import {
  require_promises
} from "./chunk-QNM66WSQ.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/probes/check.js
var import_promises = __toESM(require_promises(), 1);

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

export {
  parseStatusSet,
  resolveCheckPath,
  parseChecks,
  loadChecks,
  resolveChecks
};
