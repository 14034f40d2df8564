import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";

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

export {
  ValueError,
  parseDuration,
  DURATION_LIMITS,
  parseBoundedDuration,
  parseBoolean,
  parseList,
  parseNumber,
  parseHttpUrl,
  HOSTNAME,
  hasControlCharacter,
  quoteValue,
  showValue,
  oneLine,
  parseChoice
};
