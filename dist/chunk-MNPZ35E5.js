import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";

// lib/inputs/parse.js
var ValueError = class extends Error {
  expected;
  got;
  constructor(expected, got) {
    super(`expected ${expected}`);
    this.expected = expected;
    this.got = got;
    this.name = "ValueError";
  }
};
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
function parseDuration(text) {
  const expected = "a duration like 30s or 5m";
  if (text === "")
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
var MAX_TIMER_MS = 2 ** 31 - 1;
var DURATION_LIMITS = {
  /** A whole operation's deadline (deploy, promote, rollback, a health window): 24h. */
  deadline: 24 * 36e5,
  /** Time between measurements, or before the first one: 6h (a GitHub-hosted job's limit). */
  interval: 6 * 36e5,
  /** One HTTP request: 10m. */
  request: 10 * 6e4
};
function parseBoundedDuration(text, bounds) {
  const { max, allowZero = false, example = "10s" } = bounds;
  const ms = parseDuration(text);
  const low = allowZero ? "of at least 0" : "above 0";
  if (!allowZero && ms <= 0)
    throw new ValueError(`a duration above 0, like ${example}`);
  if (ms > max)
    throw new ValueError(`a duration ${low} and at most ${formatDuration(max)}, like ${example}`);
  return ms;
}
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function parseBoolean(text) {
  if (TRUE.has(text))
    return true;
  if (FALSE.has(text))
    return false;
  throw new ValueError("true or false");
}
function parseList(text) {
  return text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function parseNumber(text, bounds) {
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  const kind = integer ? "an integer" : "a number";
  const range = min > -Infinity && max < Infinity ? ` from ${min} to ${max}` : min > -Infinity ? ` of at least ${min}` : max < Infinity ? ` of at most ${max}` : "";
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || integer && !Number.isInteger(value) || value < min || value > max) {
    throw new ValueError(`${kind}${range}`);
  }
  return value;
}
function parseHttpUrl(text) {
  const credentials = new ValueError("an http(s) URL without user:password@", "a URL with credentials");
  if (USERINFO.test(text))
    throw credentials;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ValueError("an http(s) URL like https://example.com");
  }
  if (url.username !== "" || url.password !== "")
    throw credentials;
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ValueError("an http(s) URL like https://example.com");
  }
  return url;
}
var USERINFO = /^[a-z][a-z0-9+.-]*:[/\\]*[^/?#\\]*@/i;
var USERINFO_ANYWHERE = /[a-z][a-z0-9+.-]*:[/\\]*[^/?#\\\s]*@/i;
function holdsCredentials(text) {
  return USERINFO_ANYWHERE.test(text);
}
var HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function hasControlCharacter(text) {
  return CONTROL.test(text);
}
function quoteValue(text, max = 200) {
  const cut = text.length > max ? `${text.slice(0, max)}\u2026` : text;
  const escaped = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === "\n")
      return "\\n";
    if (c === "\r")
      return "\\r";
    if (c === "	")
      return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `'${escaped}'`;
}
function showValue(text) {
  return holdsCredentials(text) ? "a value holding a URL with credentials (not shown)" : quoteValue(text);
}
function oneLine(text) {
  return quoteValue(text, Infinity).slice(1, -1);
}
function parseChoice(text, choices) {
  if (choices.includes(text))
    return text;
  throw new ValueError(`one of ${choices.join(", ")}`);
}

// lib/inputs/spec.js
function define(parse, options) {
  return {
    description: options.description,
    required: options.required ?? false,
    default: options.default,
    secret: options.secret ?? false,
    parse
  };
}
var input = {
  /** Free text (optionally matched against `pattern`, described by `expected`). */
  string: (o) => define((raw) => {
    if (o.pattern && !o.pattern.test(raw))
      throw new ValueError(o.expected ?? `text matching ${o.pattern}`);
    return raw;
  }, o),
  /** An absolute http(s) URL, as a `URL`. */
  url: (o) => define(parseHttpUrl, o),
  /** YAML 1.2 `true`/`false`. */
  boolean: (o) => define(parseBoolean, o),
  /**
   * `30s`, `5m`, `1h` … parsed to milliseconds, above 0 (with `allowZero`, at least 0) and at most
   * `max` ms (one of `DURATION_LIMITS`; every duration is bounded, so no timer overflows).
   */
  duration: (o) => define((raw) => parseBoundedDuration(raw, {
    max: o.max,
    allowZero: o.allowZero ?? false,
    example: o.default ?? "10s"
  }), o),
  /** A number within bounds; `integer` demands a whole number. */
  number: (o) => define((raw) => parseNumber(raw, o), o),
  /** Items separated by newlines or commas. */
  list: (o) => define(parseList, o),
  /** Any other shape: `parse` returns the value or throws `ValueError` ("expected …"). */
  custom: (parse, o) => define(parse, o),
  /** One word out of `choices`. */
  choice: (choices, o) => define((raw) => parseChoice(raw, choices), o)
};
function defineAction(spec) {
  return spec;
}
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function readInputs(spec, env, onSecret = () => {
}) {
  const raws = /* @__PURE__ */ new Map();
  for (const [name, def] of Object.entries(spec.inputs)) {
    const raw = (env[inputEnvName(name)] ?? "").trim();
    if (def.secret && raw !== "")
      onSecret(raw);
    raws.set(name, raw);
  }
  try {
    const values = parseAll(spec, raws);
    return spec.refine ? spec.refine(values, env) : values;
  } catch (error) {
    if (error instanceof ConfigurationError)
      throw new ConfigurationError(oneLine(error.message));
    throw error;
  }
}
function parseAll(spec, raws) {
  const values = {};
  for (const [name, def] of Object.entries(spec.inputs)) {
    const raw = raws.get(name) || def.default || "";
    if (raw === "") {
      if (def.required)
        throw new ConfigurationError(`input '${name}': required, but not supplied`);
      values[name] = void 0;
      continue;
    }
    if (def.secret && hasControlCharacter(raw)) {
      throw new ConfigurationError(`input '${name}': expected a value without control characters (a newline, a tab \u2026), got a value that is not shown`);
    }
    try {
      values[name] = def.parse(raw);
    } catch (error) {
      if (!(error instanceof ValueError))
        throw error;
      const got = def.secret ? "a value that is not shown" : error.got ?? showValue(raw);
      throw new ConfigurationError(`input '${name}': ${error.expected.startsWith("expected") ? "" : "expected "}${error.expected}, got ${got}`);
    }
  }
  return values;
}

export {
  ValueError,
  parseDuration,
  DURATION_LIMITS,
  parseNumber,
  HOSTNAME,
  quoteValue,
  showValue,
  input,
  defineAction,
  inputEnvName,
  readInputs
};
