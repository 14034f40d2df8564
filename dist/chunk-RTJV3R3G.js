import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  DEFAULT_PROGRESS_DEADLINE_MS,
  resolveSchedule
} from "./chunk-RX3F5VXW.js";
import {
  percentile,
  runChecks
} from "./chunk-2NKKUOZP.js";
import {
  quoteValue,
  showValue
} from "./chunk-3564UZ2R.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  silentLogger
} from "./chunk-MN7KZA7R.js";
import {
  HttpError,
  redactUrl
} from "./chunk-YK7335PY.js";
import {
  registerSecret
} from "./chunk-5TBTIP7P.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";

// lib/health/window.js
function windowStats(measurements) {
  let checks = 0;
  let bad = 0;
  const latencies = [];
  for (const m of measurements) {
    checks += m.total;
    bad += m.failed + m.errored;
    latencies.push(...m.latenciesMs);
  }
  return {
    checks,
    bad,
    errorRatePct: checks === 0 ? void 0 : bad / checks * 100,
    answered: latencies.length,
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99)
  };
}
function formatPct(pct) {
  return String(Number(pct.toFixed(2)));
}
function thresholdBreach(stats, t) {
  if (t.maxErrorRatePct !== void 0 && stats.errorRatePct !== void 0) {
    if (stats.errorRatePct > t.maxErrorRatePct) {
      return `error rate ${formatPct(stats.errorRatePct)}% > max-error-rate ${formatPct(t.maxErrorRatePct)}% (${stats.bad} of ${stats.checks} checks failed or unanswered)`;
    }
  }
  if (t.maxP95Ms !== void 0 && stats.p95Ms !== void 0 && stats.p95Ms > t.maxP95Ms) {
    return `p95 latency ${stats.p95Ms} ms > max-p95-ms ${t.maxP95Ms} (over ${stats.answered} answered checks)`;
  }
  if (t.maxP99Ms !== void 0 && stats.p99Ms !== void 0 && stats.p99Ms > t.maxP99Ms) {
    return `p99 latency ${stats.p99Ms} ms > max-p99-ms ${t.maxP99Ms} (over ${stats.answered} answered checks)`;
  }
  return void 0;
}
function certainErrorRateBreach(stats, remainingChecks, maxErrorRatePct) {
  if (maxErrorRatePct === void 0 || stats.bad === 0)
    return void 0;
  const most = stats.checks + remainingChecks;
  const least = stats.bad / most * 100;
  if (least <= maxErrorRatePct)
    return void 0;
  return `${stats.bad} of at most ${most} checks failed or unanswered: error rate \u2265 ${formatPct(least)}% > max-error-rate ${formatPct(maxErrorRatePct)}% whatever the rest of the window brings`;
}

// lib/health/analysis.js
var DEFAULT_LIMITS = {
  failureLimit: 0,
  consecutiveErrorLimit: 4,
  consecutiveSuccessLimit: 0,
  maxErrorRatePct: void 0,
  maxP95Ms: void 0,
  maxP99Ms: void 0
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function check(name, value, ok, expected) {
  if (value !== void 0 && !ok)
    throw new ConfigurationError(`${name}: expected ${expected}, got ${value}`);
}
function start(options) {
  const config = { ...DEFAULT_LIMITS, ...dropUndefined(options) };
  const whole = (v) => Number.isInteger(v) && v >= 0;
  check("count", config.count, whole(config.count), "an integer \u2265 0");
  check("failure-limit", config.failureLimit, whole(config.failureLimit), "an integer \u2265 0");
  check("consecutive-error-limit", config.consecutiveErrorLimit, whole(config.consecutiveErrorLimit), "an integer \u2265 0");
  check("consecutive-success-limit", config.consecutiveSuccessLimit, whole(config.consecutiveSuccessLimit), "an integer \u2265 0");
  const pct = config.maxErrorRatePct;
  check("max-error-rate", pct, pct !== void 0 && pct >= 0 && pct <= 100, "a percentage from 0 to 100");
  check("max-p95-ms", config.maxP95Ms, (config.maxP95Ms ?? 0) >= 0, "a latency \u2265 0 ms");
  check("max-p99-ms", config.maxP99Ms, (config.maxP99Ms ?? 0) >= 0, "a latency \u2265 0 ms");
  return {
    config,
    measurements: [],
    failures: 0,
    errors: 0,
    consecutiveErrors: 0,
    consecutiveSuccesses: 0,
    decision: "continue",
    reason: ""
  };
}
function dropUndefined(fields) {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== void 0));
}
var decide = (state, decision, reason) => ({
  ...state,
  decision,
  reason
});
function record(state, m) {
  if (state.decision !== "continue")
    throw new Error(`analysis already decided (${state.decision})`);
  const { config } = state;
  const next = {
    ...state,
    measurements: [...state.measurements, m],
    failures: state.failures + (m.outcome === "failed" ? 1 : 0),
    errors: state.errors + (m.outcome === "error" ? 1 : 0),
    consecutiveErrors: m.outcome === "error" ? state.consecutiveErrors + 1 : 0,
    consecutiveSuccesses: m.outcome === "passed" ? state.consecutiveSuccesses + 1 : 0
  };
  if (next.failures > config.failureLimit) {
    return decide(next, "unhealthy", `${plural(next.failures, "failed measurement")} > failure-limit ${config.failureLimit} (last: ${m.reason})`);
  }
  if (next.consecutiveErrors > config.consecutiveErrorLimit) {
    return decide(next, "error", `${plural(next.consecutiveErrors, "consecutive error")} > consecutive-error-limit ${config.consecutiveErrorLimit} (last: ${m.reason})`);
  }
  const n = next.measurements.length;
  const perRound = Math.max(...next.measurements.map((x) => x.total));
  const remaining = Math.max(0, config.count - n) * perRound;
  const certain = remaining > 0 && config.maxErrorRatePct !== void 0 && certainErrorRateBreach(windowStats(next.measurements), remaining, config.maxErrorRatePct);
  if (certain)
    return decide(next, "unhealthy", certain);
  const csl = config.consecutiveSuccessLimit;
  if (csl > 0 && next.consecutiveSuccesses >= csl) {
    const breach = thresholdBreach(windowStats(next.measurements), config);
    if (breach)
      return decide(next, "unhealthy", breach);
    return decide(next, "healthy", `${plural(csl, "consecutive passed measurement")} reached consecutive-success-limit ${csl} (after ${n} of ${config.count})`);
  }
  return n >= config.count ? finish(next) : next;
}
function finish(state) {
  if (state.decision !== "continue")
    return state;
  const { config, measurements } = state;
  const n = measurements.length;
  if (n === 0)
    return decide(state, "inconclusive", "no measurements were taken: no data is not healthy");
  const breach = thresholdBreach(windowStats(measurements), config);
  if (breach)
    return decide(state, "unhealthy", breach);
  const passed = n - state.failures - state.errors;
  const last = measurements.at(-1);
  if (passed === 0) {
    const lastBad = [...measurements].reverse().find((m) => m.outcome !== "passed") ?? last;
    return decide(state, "inconclusive", `no measurement passed: ${state.failures} failed (\u2264 failure-limit ${config.failureLimit}), ${state.errors} unanswered (\u2264 consecutive-error-limit ${config.consecutiveErrorLimit} in a row) (last: ${lastBad.reason})`);
  }
  const csl = config.consecutiveSuccessLimit;
  if (csl > 0) {
    return decide(state, "inconclusive", `consecutive-success-limit ${csl} not reached in ${plural(n, "measurement")} (longest run: ${longestRun(measurements)})`);
  }
  const extra = [
    state.failures ? `${state.failures} failed \u2264 failure-limit ${config.failureLimit}` : "",
    state.errors ? `${state.errors} unanswered` : ""
  ].filter(Boolean);
  return decide(state, "healthy", `${passed} of ${plural(n, "measurement")} passed${extra.length ? ` (${extra.join(", ")})` : ""}`);
}
function longestRun(measurements) {
  let best = 0;
  let run = 0;
  for (const m of measurements) {
    run = m.outcome === "passed" ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
function expire(state, progressDeadlineMs) {
  if (state.decision !== "continue")
    return state;
  const n = state.measurements.length;
  const where = n === 0 ? "before the first measurement" : `after ${n} of ${state.config.count} measurements`;
  return decide(state, "error", `progress deadline ${formatDuration(progressDeadlineMs)} reached ${where}`);
}

// lib/health/measurement.js
function classifyCheck(result) {
  if (result.outcome === "passed")
    return "passed";
  if (result.outcome === "failed" && result.status !== 429)
    return "failed";
  return "error";
}
function isRetryable(result) {
  if (result.outcome === "error")
    return true;
  if (result.outcome !== "failed" || result.status === void 0)
    return false;
  return result.status >= 500 || result.status === 429;
}
var describeCheck = (r) => {
  const why = r.outcome === "failed" && r.status === 429 ? "status 429 (rate limited: could not measure)" : r.reasons.join("; ") || r.outcome;
  return `${r.method} ${r.path}: ${why}`;
};
function measure(results, at, retry = { retried: 0, reason: "" }, metrics = []) {
  const kinds = results.map(classifyCheck);
  const count = (k) => kinds.filter((x) => x === k).length;
  const passed = count("passed");
  const failed = count("failed");
  const errored = count("error");
  const metricCount = (k) => metrics.filter((m) => m.outcome === k).length;
  const outcome = failed > 0 || metricCount("failed") > 0 ? "failed" : errored > 0 || metricCount("error") > 0 || results.length === 0 ? "error" : "passed";
  const latenciesMs = results.flatMap((r, i) => kinds[i] !== "error" && r.latencyMs !== void 0 ? [r.latencyMs] : []);
  let reason = "";
  if (outcome !== "passed") {
    const bad = [
      ...results.filter((_, i) => kinds[i] === outcome).map(describeCheck),
      ...metrics.filter((m) => m.outcome === outcome).map((m) => m.reason)
    ];
    reason = bad.length === 0 ? "no checks to run" : `${bad[0]}${bad.length > 1 ? ` (+${bad.length - 1} more)` : ""}`;
  }
  return {
    ...at,
    outcome,
    total: results.length,
    passed,
    failed,
    errored,
    latenciesMs,
    maxLatencyMs: latenciesMs.length ? Math.max(...latenciesMs) : void 0,
    reason,
    retried: retry.retried,
    retriedReason: retry.reason,
    checks: [...results],
    metrics: [...metrics]
  };
}
function describeMeasurement(measurement) {
  const parts = [describeChecks(measurement)];
  if (measurement.metrics.length > 0)
    parts.push(describeMetrics(measurement.metrics));
  const why = measurement.outcome === "passed" ? "" : ` (${measurement.reason})`;
  return `${parts.join("; ")}${why}`;
}
function describeChecks(m) {
  if (m.failed > 0)
    return `${m.failed}/${m.total} checks failed${m.errored ? `, ${m.errored} unanswered` : ""}`;
  if (m.errored > 0 || m.total === 0)
    return `${m.errored}/${m.total} checks unanswered`;
  const slowest = m.maxLatencyMs === void 0 ? "" : `, slowest ${m.maxLatencyMs} ms`;
  return `${m.passed}/${m.total} checks passed${slowest}${retryNote(m)}`;
}
function describeMetrics(metrics) {
  const n = metrics.length;
  const failed = metrics.filter((m) => m.outcome === "failed").length;
  const errored = metrics.filter((m) => m.outcome === "error").length;
  if (failed > 0)
    return `${failed}/${n} metric queries failed${errored ? `, ${errored} unanswered` : ""}`;
  if (errored > 0)
    return `${errored}/${n} metric queries unanswered`;
  return `${n}/${n} metric queries passed: ${metrics.map((m) => m.reason).join(", ")}`;
}
function retryNote(measurement) {
  if (measurement.retried === 0)
    return "";
  const what = measurement.retried === 1 ? "a retry" : `retries of ${measurement.retried} checks`;
  return `, after ${what} (first answer: ${measurement.retriedReason})`;
}

// lib/health/metrics.js
var PLACEHOLDERS = ["flag", "stage"];
var OPS = ["<", "<=", ">", ">="];
var NAME = /^[A-Za-z0-9][\w.-]*$/;
var LINE = /^([A-Za-z0-9][\w.-]*):\s+(.+)$/;
var COMPARISON = /^(.*?\S)\s*(<=|>=|<|>)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)$/;
var PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
var SYNTAX = "'<name>: <PromQL> <op> <number>' with op <, <=, > or >=";
function parseMetricQueries(raw, source = "input 'metric-queries'") {
  const queries = [];
  raw.split(/\r?\n/).forEach((text, index) => {
    const line = text.trim();
    if (line === "" || line.startsWith("#"))
      return;
    const where = `${source}: line ${index + 1}`;
    const named = LINE.exec(line);
    const compared = named ? COMPARISON.exec(named[2].trim()) : null;
    if (!named || !compared)
      throw new ConfigurationError(`${where}: expected ${SYNTAX}, got ${showValue(line)}`);
    const name = named[1];
    const query = compared[1];
    if (/[=!<>]$/.test(query)) {
      throw new ConfigurationError(`${where} (${name}): expected the comparison to be <, <=, > or >=, got ${showValue(line)}`);
    }
    if (queries.some((q) => q.name === name))
      throw new ConfigurationError(`${where}: expected a name used once, got '${name}' again`);
    const unknown = unknownPlaceholder(query);
    if (unknown !== void 0) {
      throw new ConfigurationError(`${where} (${name}): expected placeholders {{flag}} or {{stage}}, got ${showValue(unknown)}`);
    }
    const threshold = Number(compared[3]);
    if (!Number.isFinite(threshold))
      throw new ConfigurationError(`${where} (${name}): expected a finite threshold, got '${compared[3]}'`);
    queries.push({ name, query, threshold, op: compared[2] });
  });
  return queries;
}
function checkMetricQueries(queries) {
  const seen = /* @__PURE__ */ new Set();
  for (const q of queries) {
    const where = `metric query '${q.name}'`;
    if (!NAME.test(q.name))
      throw new ConfigurationError(`${where}: name: expected letters, digits, '_', '.' or '-'`);
    if (seen.has(q.name))
      throw new ConfigurationError(`${where}: name: expected a name used once`);
    seen.add(q.name);
    if (q.query.trim() === "")
      throw new ConfigurationError(`${where}: query: expected a PromQL expression`);
    if (!OPS.includes(q.op))
      throw new ConfigurationError(`${where}: op: expected <, <=, > or >=, got ${quoteValue(String(q.op))}`);
    if (!Number.isFinite(q.threshold))
      throw new ConfigurationError(`${where}: threshold: expected a finite number, got ${q.threshold}`);
    const unknown = unknownPlaceholder(q.query);
    if (unknown !== void 0)
      throw new ConfigurationError(`${where}: expected placeholders {{flag}} or {{stage}}, got ${unknown}`);
  }
}
function unknownPlaceholder(query) {
  for (const m of query.matchAll(PLACEHOLDER)) {
    if (!PLACEHOLDERS.includes(m[1]))
      return m[0];
  }
  return void 0;
}
function placeholdersIn(query) {
  return [...new Set([...query.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
function escapePromqlString(value) {
  return value.replace(/[\\"\n\r\t]/g, (c) => {
    if (c === "\n")
      return "\\n";
    if (c === "\r")
      return "\\r";
    if (c === "	")
      return "\\t";
    return `\\${c}`;
  });
}
function expandQuery(query, variables = {}) {
  return query.query.replace(PLACEHOLDER, (whole, key) => {
    const known = PLACEHOLDERS.includes(key);
    const value = known && Object.hasOwn(variables, key) ? variables[key] : void 0;
    if (value === void 0) {
      const given = Object.keys(variables).join(", ") || "none";
      throw new ConfigurationError(`metric query '${query.name}': ${whole} has no value (variables given: ${given})`);
    }
    return escapePromqlString(value);
  });
}
function metricsEndpoint(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError("metrics URL: expected an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigurationError(`metrics URL: expected an http(s) URL, got ${url.protocol}`);
  url.hash = "";
  if (!/\/api\/v1\/query$/.test(url.pathname))
    url.pathname = `${url.pathname.replace(/\/+$/, "")}/api/v1/query`;
  return url;
}
function metricsAuthorization(token) {
  return token.includes(":") ? `Basic ${Buffer.from(token, "utf8").toString("base64")}` : `Bearer ${token}`;
}
function registerMetricsToken(token) {
  if (!token)
    return;
  registerSecret(token);
  const colon = token.indexOf(":");
  if (colon >= 0)
    registerSecret(token.slice(colon + 1));
}
var PROMETHEUS_ERRORS = {
  message: (body) => {
    const b = body;
    const parts = [b?.errorType, b?.error].filter((x) => typeof x === "string" && x !== "");
    return parts.length ? parts.join(": ") : void 0;
  },
  code: (body) => {
    const type = body?.errorType;
    return typeof type === "string" ? type : void 0;
  }
};
async function queryMetric(http, baseUrl, query, options = {}) {
  const text = expandQuery(query, options.variables);
  const url = metricsEndpoint(baseUrl);
  url.searchParams.set("query", text);
  if (options.time !== void 0)
    url.searchParams.set("time", String(options.time / 1e3));
  const headers = {};
  if (options.token)
    headers.authorization = metricsAuthorization(options.token);
  const error = (why) => ({
    name: query.name,
    query: text,
    value: void 0,
    outcome: "error",
    reason: `${query.name}: ${why}`
  });
  let body;
  try {
    body = await http.requestJson({
      url,
      headers,
      timeoutMs: options.timeoutMs ?? 1e4,
      retries: options.retries ?? 0,
      ...options.deadline !== void 0 ? { deadline: options.deadline } : {},
      ...options.signal ? { signal: options.signal } : {}
    }, PROMETHEUS_ERRORS);
  } catch (e) {
    if (!(e instanceof HttpError))
      throw e;
    return error(e.kind === "status" ? `the metrics API ${e.detail}` : `no answer from the metrics API (${e.detail})`);
  }
  const answer = readAnswer(body);
  if ("why" in answer)
    return error(answer.why);
  const { value } = answer;
  if (Number.isNaN(value))
    return error("no data (the query returned NaN, e.g. a ratio over zero requests)");
  const ok = compare(value, query.op, query.threshold);
  const shown = `${query.name} = ${formatValue(value, query)}`;
  return {
    name: query.name,
    query: text,
    value,
    outcome: ok ? "passed" : "failed",
    reason: ok ? `${shown} (${query.op} ${query.threshold})` : `${shown}, expected ${query.op} ${query.threshold}`
  };
}
function readAnswer(body) {
  const notProm = {
    why: "the metrics API answered with something other than a Prometheus query result (is the metrics URL the API base URL?)"
  };
  if (typeof body !== "object" || body === null)
    return notProm;
  const b = body;
  if (b.status === "error") {
    const said = PROMETHEUS_ERRORS.message(b) ?? "no error message";
    return { why: `the metrics API answered status error: ${said}` };
  }
  if (b.status !== "success" || typeof b.data !== "object" || b.data === null)
    return notProm;
  const { resultType, result } = b.data;
  if (resultType === "scalar")
    return sampleValue(result);
  if (resultType === "vector" && Array.isArray(result)) {
    if (result.length === 0)
      return { why: "no data (the query returned an empty vector)" };
    if (result.length > 1) {
      const series = result.slice(0, 3).map((s) => labels(s?.metric)).join(", ");
      return {
        why: `the query returned ${result.length} series (${series}${result.length > 3 ? ", \u2026" : ""}); it must aggregate to one number, e.g. with sum(\u2026) or max(\u2026)`
      };
    }
    const sample = result[0];
    if (sample && sample.value === void 0 && sample.histogram !== void 0)
      return {
        why: "the query returned a native histogram; it must return a number, e.g. histogram_quantile(\u2026)"
      };
    return sampleValue(sample?.value);
  }
  if (resultType === "matrix")
    return {
      why: "the query returned a range vector (matrix); it must return one number: wrap the range selector in a function, e.g. rate(\u2026[5m])"
    };
  if (resultType === "string")
    return { why: "the query returned a string; it must return one number" };
  return notProm;
}
function sampleValue(pair) {
  const raw = Array.isArray(pair) ? pair[1] : void 0;
  const value = parseSampleValue(raw);
  if (value === void 0)
    return {
      why: `the metrics API answered a sample without a number (${quoteValue(JSON.stringify(raw) ?? "nothing", 60)})`
    };
  return { value };
}
function parseSampleValue(raw) {
  if (typeof raw === "number")
    return raw;
  if (typeof raw !== "string")
    return void 0;
  const text = raw.trim();
  if (text === "NaN")
    return NaN;
  if (text === "+Inf" || text === "Inf")
    return Infinity;
  if (text === "-Inf")
    return -Infinity;
  if (text === "")
    return void 0;
  const n = Number(text);
  return Number.isNaN(n) ? void 0 : n;
}
function labels(metric) {
  if (typeof metric !== "object" || metric === null)
    return "{}";
  const pairs = Object.entries(metric).map(([k, v]) => `${k}=${JSON.stringify(String(v))}`);
  return `{${pairs.join(", ")}}`;
}
function compare(value, op, threshold) {
  switch (op) {
    case "<":
      return value < threshold;
    case "<=":
      return value <= threshold;
    case ">":
      return value > threshold;
    case ">=":
      return value >= threshold;
  }
}
function formatValue(value, query) {
  if (!Number.isFinite(value))
    return formatNumber(value);
  const short = Number(value.toPrecision(6));
  const same = compare(short, query.op, query.threshold) === compare(value, query.op, query.threshold);
  return same ? formatNumber(value) : String(value);
}
function formatNumber(value) {
  if (value === Infinity)
    return "+Inf";
  if (value === -Infinity)
    return "-Inf";
  if (Number.isNaN(value))
    return "NaN";
  return String(Number(value.toPrecision(6)));
}
function queryMetrics(http, source, queries, options = {}) {
  return Promise.all(queries.map((q) => queryMetric(http, source.baseUrl, q, { ...options, token: source.token, variables: source.variables })));
}

// lib/health/analysis-result.js
function analysisResult(state) {
  const done = state.decision === "continue" ? finish(state) : state;
  const stats = windowStats(done.measurements);
  const verdict = done.decision;
  return {
    verdict,
    healthy: verdict === "healthy",
    failures: done.failures,
    errors: done.errors,
    passed: done.measurements.length - done.failures - done.errors,
    planned: done.config.count,
    errorRatePct: stats.errorRatePct,
    p95Ms: stats.p95Ms,
    p99Ms: stats.p99Ms,
    answered: stats.answered > 0 || done.measurements.some((measurement) => (measurement.metrics ?? []).some((metric) => metric.outcome !== "error")),
    reason: done.reason,
    measurements: [...done.measurements]
  };
}

// lib/health/runner.js
var NO_RETRY_STATUSES = { has: () => false, text: "" };
function settingsLine(settings) {
  const limits = settings.limits;
  return [
    `${settings.count} measurements every ${formatDuration(settings.intervalMs)} ${settings.initialDelayMs === 0 ? "starting at once" : `after ${formatDuration(settings.initialDelayMs)}`}`,
    `failure-limit ${limits.failureLimit}`,
    `consecutive-error-limit ${limits.consecutiveErrorLimit}`,
    limits.consecutiveSuccessLimit ? `consecutive-success-limit ${limits.consecutiveSuccessLimit}` : "",
    limits.maxErrorRatePct !== void 0 ? `max-error-rate ${limits.maxErrorRatePct}%` : "",
    limits.maxP95Ms !== void 0 ? `max-p95-ms ${limits.maxP95Ms}` : "",
    limits.maxP99Ms !== void 0 ? `max-p99-ms ${limits.maxP99Ms}` : "",
    `timeout ${formatDuration(settings.timeoutMs)}`,
    `measurement-retries ${settings.retries}${settings.retries > 0 ? ` (after ${formatDuration(settings.retryPauseMs)})` : ""}`,
    `progress-deadline ${formatDuration(settings.progressDeadlineMs)}`,
    settings.metrics ? `${settings.metrics.queries.length} metric ${settings.metrics.queries.length === 1 ? "query" : "queries"} on ${settings.metrics.url}` : ""
  ].filter(Boolean).join(" \xB7 ");
}
async function runHealthCheck(options) {
  const schedule = resolveSchedule(options.schedule);
  const clock = options.clock;
  const logger = options.logger ?? silentLogger;
  const progressDeadlineMs = options.progressDeadlineMs ?? DEFAULT_PROGRESS_DEADLINE_MS;
  let state = start({ count: schedule.count, ...options.limits });
  const metrics = metricSettings(options);
  const settings = {
    ...schedule,
    url: redactUrl(options.probe.baseUrl),
    progressDeadlineMs,
    limits: state.config,
    ...metrics ? { metrics } : {}
  };
  const begin = clock.now();
  const deadline = begin + progressDeadlineMs;
  const probe = {
    baseUrl: options.probe.baseUrl,
    timeoutMs: schedule.timeoutMs,
    retries: 0,
    retryOnStatus: NO_RETRY_STATUSES,
    retryOnAssertion: false,
    followRedirects: options.probe.followRedirects ?? true,
    protectionBypass: options.probe.protectionBypass,
    deadline,
    clock
  };
  logger.info(`Health check of ${settings.url}: ${settingsLine(settings)}`);
  if (schedule.timeoutMs >= schedule.intervalMs) {
    logger.warning(`timeout ${formatDuration(schedule.timeoutMs)} \u2265 interval ${formatDuration(schedule.intervalMs)}: a slow answer delays the next measurement`);
  }
  let due = begin + schedule.initialDelayMs;
  while (state.decision === "continue") {
    if (due >= deadline) {
      state = expire(state, progressDeadlineMs);
      break;
    }
    const wait = due - clock.now();
    if (wait > 0)
      await clock.sleep(wait);
    const startedAt = clock.now();
    const [round, metricResults] = await Promise.all([
      measureRound(options, probe, schedule),
      measureMetrics(options, { timeoutMs: schedule.timeoutMs, deadline })
    ]);
    const measured = measure(round.results, { index: state.measurements.length + 1, startedAt, offsetMs: startedAt - begin }, round.retry, metricResults);
    state = record(state, measured);
    logger.info(`#${measured.index} ${measured.outcome}: ${describeMeasurement(measured)}`);
    await options.onMeasurement?.(measured, state);
    if (state.decision === "continue" && clock.now() >= deadline)
      state = expire(state, progressDeadlineMs);
    due = Math.max(due + schedule.intervalMs, clock.now());
  }
  const summary = analysisResult(state);
  logger.info(`Verdict: ${summary.verdict} \u2014 ${summary.reason}`);
  return { ...summary, settings, elapsedMs: clock.now() - begin };
}
function metricSettings(options) {
  const queries = options.metricQueries ?? [];
  if (queries.length === 0)
    return void 0;
  checkMetricQueries(queries);
  if (!options.metrics)
    throw new ConfigurationError("metric queries need metrics.baseUrl: the Prometheus-compatible API to query");
  if (options.checks.length === 0)
    throw new ConfigurationError("a health check needs at least one check; metric queries are additive");
  const variables = { ...options.metrics.variables };
  for (const q of queries)
    expandQuery(q, variables);
  registerMetricsToken(options.metrics.token);
  return { url: redactUrl(metricsEndpoint(options.metrics.baseUrl)), queries: [...queries], variables };
}
async function measureMetrics(options, request) {
  const queries = options.metricQueries ?? [];
  if (queries.length === 0 || !options.metrics)
    return [];
  return queryMetrics(options.http, options.metrics, queries, { ...request, retries: 0 });
}
async function measureRound(options, probe, schedule) {
  const run = { concurrency: options.probe.concurrency ?? 8, failFast: false };
  let results = await runChecks(options.checks, probe, options.http, run);
  const retry = { retried: 0, reason: "" };
  for (let attempt = 1; attempt <= schedule.retries; attempt++) {
    const again = results.flatMap((result, position) => isRetryable(result) ? [position] : []);
    if (again.length === 0)
      break;
    if (attempt === 1) {
      retry.retried = again.length;
      retry.reason = describeCheck(results[again[0]]);
    }
    await options.clock.sleep(schedule.retryPauseMs);
    const checks = again.map((position) => options.checks[position]);
    const answers = await runChecks(checks, probe, options.http, run);
    const merged = [...results];
    again.forEach((position, answer) => {
      const before = results[position];
      const after = answers[answer];
      const kept = classifyCheck(after) === "error" ? before : after;
      merged[position] = { ...kept, attempts: before.attempts + after.attempts };
    });
    results = merged;
  }
  return { results, retry };
}

export {
  describeMeasurement,
  parseMetricQueries,
  placeholdersIn,
  formatValue,
  formatNumber,
  windowStats,
  formatPct,
  settingsLine,
  runHealthCheck
};
