import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  resolveCheckPath
} from "./chunk-DPEQO4DT.js";
import {
  loadJsonPath
} from "./chunk-CB6XYMLR.js";
import {
  pLimit
} from "./chunk-4SUBSKSH.js";
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
} from "./chunk-TTC2ININ.js";

// builtin:node:util
var require_node_util = __commonJS({
  "builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

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
  percentile,
  require_node_util,
  runChecks
};
