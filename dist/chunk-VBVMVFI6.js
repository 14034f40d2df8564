import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  DEFAULT_MEASUREMENT_RETRIES,
  DEFAULT_PROGRESS_DEADLINE_MS,
  MAX_MEASUREMENT_RETRIES,
  assertFitsDeadline,
  resolveSchedule
} from "./chunk-RX3F5VXW.js";
import {
  checksText,
  percentile,
  runChecks
} from "./chunk-IYCHD4KR.js";
import {
  markdownTable
} from "./chunk-QUOHD36D.js";
import {
  DURATION_LIMITS,
  defineAction,
  input
} from "./chunk-MNPZ35E5.js";
import {
  silentLogger
} from "./chunk-MN7KZA7R.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  redactUrl
} from "./chunk-YK7335PY.js";
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
function measure(results, at, retry = { retried: 0, reason: "" }) {
  const kinds = results.map(classifyCheck);
  const count = (k) => kinds.filter((x) => x === k).length;
  const passed = count("passed");
  const failed = count("failed");
  const errored = count("error");
  const outcome = failed > 0 ? "failed" : errored > 0 || results.length === 0 ? "error" : "passed";
  const latenciesMs = results.flatMap((r, i) => kinds[i] !== "error" && r.latencyMs !== void 0 ? [r.latencyMs] : []);
  let reason = "";
  if (results.length === 0)
    reason = "no checks to run";
  else if (outcome !== "passed") {
    const bad = results.filter((_, i) => kinds[i] === outcome);
    const first = bad[0];
    reason = describeCheck(first) + (bad.length > 1 ? ` (+${bad.length - 1} more)` : "");
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
    checks: [...results]
  };
}
function describeMeasurement(measurement) {
  if (measurement.outcome === "passed") {
    const slowest = measurement.maxLatencyMs === void 0 ? "" : `, slowest ${measurement.maxLatencyMs} ms`;
    return `${measurement.passed}/${measurement.total} checks passed${slowest}${retryNote(measurement)}`;
  }
  if (measurement.outcome === "failed") {
    const also = measurement.errored ? `, ${measurement.errored} unanswered` : "";
    return `${measurement.failed}/${measurement.total} checks failed${also} (${measurement.reason})`;
  }
  return `${measurement.errored}/${measurement.total} checks unanswered (${measurement.reason})`;
}
function retryNote(measurement) {
  if (measurement.retried === 0)
    return "";
  const what = measurement.retried === 1 ? "a retry" : `retries of ${measurement.retried} checks`;
  return `, after ${what} (first answer: ${measurement.retriedReason})`;
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
    `progress-deadline ${formatDuration(settings.progressDeadlineMs)}`
  ].filter(Boolean).join(" \xB7 ");
}
async function runHealthCheck(options) {
  const schedule = resolveSchedule(options.schedule);
  const clock = options.clock;
  const logger = options.logger ?? silentLogger;
  const progressDeadlineMs = options.progressDeadlineMs ?? DEFAULT_PROGRESS_DEADLINE_MS;
  let state = start({ count: schedule.count, ...options.limits });
  const settings = {
    ...schedule,
    url: redactUrl(options.probe.baseUrl),
    progressDeadlineMs,
    limits: state.config
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
    const round = await measureRound(options, probe, schedule);
    const measured = measure(round.results, { index: state.measurements.length + 1, startedAt, offsetMs: startedAt - begin }, round.retry);
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

// lib/health/report.js
var HEADLINE = {
  healthy: "\u2705 Health check: healthy",
  unhealthy: "\u274C Health check: unhealthy",
  inconclusive: "\u26A0\uFE0F Health check: inconclusive",
  error: "\u274C Health check: error"
};
var RESULT = {
  passed: "\u2705 passed",
  failed: "\u274C failed",
  error: "\u26A0\uFE0F error"
};
function timelineTable(measurements) {
  return markdownTable(["#", "Time", "Result", "Checks passed", "Worst latency (ms)", "Reason"], measurements.map((m) => [
    String(m.index),
    `+${formatDuration(m.offsetMs)}`,
    RESULT[m.outcome],
    `${m.passed}/${m.total}`,
    m.maxLatencyMs === void 0 ? "\u2014" : String(m.maxLatencyMs),
    // A passed measurement needs no reason, unless it passed only on a retry: that first answer shows.
    m.outcome === "passed" && m.retried === 0 ? "" : describeMeasurement(m)
  ]));
}
function latencyChart(measurements) {
  if (measurements.length === 0)
    return "";
  const labels = measurements.map((m) => m.maxLatencyMs === void 0 ? `"${m.index}*"` : `"${m.index}"`);
  const worst = measurements.map((m) => m.maxLatencyMs ?? 0);
  const p95 = measurements.map((_, i) => windowStats(measurements.slice(0, i + 1)).p95Ms ?? 0);
  const top = Math.max(1, ...worst);
  const lines = [
    "```mermaid",
    "xychart-beta",
    '  title "Latency (ms)"',
    `  x-axis "measurement" [${labels.join(", ")}]`,
    `  y-axis "latency (ms)" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${p95.join(", ")}]`,
    `  line [${worst.join(", ")}]`,
    "```"
  ];
  const unanswered = measurements.some((m) => m.maxLatencyMs === void 0);
  const legend = `Line: the measurement's slowest check \xB7 bars: p95 of the window so far${unanswered ? " \xB7 * no check answered (plotted as 0)" : ""}.`;
  return `${lines.join("\n")}

${legend}`;
}
function healthMarkdown(result) {
  const s = result.settings;
  const n = result.measurements.length;
  const head = `### ${HEADLINE[result.verdict]}

${result.reason}`;
  const stats = [
    `${n} of ${result.planned} measurements taken in ${formatDuration(result.elapsedMs)}`,
    `${result.passed} passed, ${result.failures} failed, ${result.errors} unanswered`,
    result.errorRatePct === void 0 ? "" : `error rate ${formatPct(result.errorRatePct)}%`,
    result.p95Ms === void 0 ? "" : `p95 ${result.p95Ms} ms`,
    result.p99Ms === void 0 ? "" : `p99 ${result.p99Ms} ms`
  ].filter(Boolean);
  const parts = [head, `Target: ${s.url} \xB7 ${settingsLine(s)}`, stats.join(" \xB7 ")];
  if (n > 0)
    parts.push(timelineTable(result.measurements), latencyChart(result.measurements));
  return parts.join("\n\n");
}

// lib/health/window-inputs.js
function healthWindow(inputs) {
  const schedule = {
    intervalMs: inputs.interval,
    count: inputs.count,
    durationMs: inputs.duration,
    initialDelayMs: inputs["initial-delay"],
    timeoutMs: inputs.timeout,
    retries: inputs["measurement-retries"]
  };
  assertFitsDeadline(resolveSchedule(schedule), inputs["progress-deadline"]);
  return {
    schedule,
    limits: {
      failureLimit: inputs["failure-limit"],
      consecutiveErrorLimit: inputs["consecutive-error-limit"],
      ...inputs["consecutive-success-limit"] !== void 0 ? { consecutiveSuccessLimit: inputs["consecutive-success-limit"] } : {},
      maxErrorRatePct: inputs["max-error-rate"],
      maxP95Ms: inputs["max-p95-ms"],
      maxP99Ms: inputs["max-p99-ms"]
    }
  };
}

// lib/actions/health-check.inputs.js
var healthCheckSpec = defineAction({
  name: "health-check",
  inputs: {
    url: input.url({
      description: "Base URL to watch, e.g. the production URL right after a promotion.",
      required: true
    }),
    checks: input.custom(checksText("checks"), {
      description: "Checks as an inline YAML or JSON list, in the smoke-test format: name, path, method, headers, body, expect (status, body-contains, body-matches, json, headers, max-latency-ms). Every measurement runs all of them."
    }),
    config: input.string({
      description: "Path to a YAML or JSON file holding the checks (instead of `checks`)."
    }),
    path: input.string({
      description: "Path to GET, expecting 2xx, when neither checks nor config is given.",
      default: "/",
      pattern: /^\//,
      expected: "a path starting with '/'"
    }),
    interval: input.duration({
      description: "Time between the starts of two measurements, e.g. 10s.",
      default: "10s",
      max: DURATION_LIMITS.interval
    }),
    count: input.number({
      description: "Measurements in the window (default 6). Give count or duration, not both.",
      integer: true,
      min: 1,
      max: 1e4
    }),
    duration: input.duration({
      description: "Run for this long instead of a count, e.g. 2m: count = ceil(duration / interval).",
      max: DURATION_LIMITS.deadline
    }),
    "initial-delay": input.duration({
      description: "Wait before the first measurement, e.g. 30s; 0s measures at once.",
      default: "0s",
      max: DURATION_LIMITS.interval,
      allowZero: true
    }),
    "failure-limit": input.number({
      description: "Failed measurements tolerated; the analysis is unhealthy when failures exceed it (0: the first failure).",
      default: "0",
      integer: true,
      min: 0
    }),
    "measurement-retries": input.number({
      description: "Times a check that got a 5xx, a 429 or no answer is sent again, 250ms later, before its measurement is judged (0: never). One retry keeps a random 1% of 5xx from failing a release.",
      default: String(DEFAULT_MEASUREMENT_RETRIES),
      integer: true,
      min: 0,
      max: MAX_MEASUREMENT_RETRIES
    }),
    "consecutive-error-limit": input.number({
      description: "Measurements in a row without an answer (refused, timeout, DNS, 429) tolerated; one more ends the analysis in error.",
      default: "4",
      integer: true,
      min: 0
    }),
    "max-error-rate": input.number({
      description: "Largest share of checks that may fail or go unanswered over the whole window, in % (0-100).",
      min: 0,
      max: 100
    }),
    "max-p95-ms": input.number({
      description: "Largest p95 latency of the answered checks over the whole window, in ms.",
      integer: true,
      min: 1
    }),
    "max-p99-ms": input.number({
      description: "Largest p99 latency of the answered checks over the whole window, in ms.",
      integer: true,
      min: 1
    }),
    "consecutive-success-limit": input.number({
      description: "Passed measurements in a row that end the window early as healthy; when set and not reached, the verdict is inconclusive. 0 or empty: off.",
      integer: true,
      min: 0
    }),
    "progress-deadline": input.duration({
      description: "The whole analysis must decide within this, else the verdict is error.",
      default: "10m",
      max: DURATION_LIMITS.deadline
    }),
    timeout: input.duration({
      description: "Timeout of each request, e.g. 5s. Default: the smaller of 10s and half the interval.",
      max: DURATION_LIMITS.request
    }),
    "protection-bypass": input.string({
      description: "Vercel Deployment Protection bypass secret, sent as the x-vercel-protection-bypass header (never to another origin) and masked.",
      secret: true
    })
  },
  outputs: {
    healthy: "'true' when the verdict is healthy, else 'false'.",
    verdict: "healthy, unhealthy, inconclusive or error.",
    failures: "Measurements that failed (the app answered badly).",
    errors: "Measurements that got no answer (refused, timeout, DNS, 429).",
    "error-rate": "Failed or unanswered checks over all checks, in % (empty when none ran).",
    "p95-ms": "95th percentile latency of the answered checks, in ms (empty when none answered).",
    "p99-ms": "99th percentile latency of the answered checks, in ms (empty when none answered).",
    reason: "One line explaining the verdict.",
    report: "Path of the JSON report: settings, verdict and every measurement with its start time (ms since epoch) and check results."
  }
});

export {
  formatPct,
  runHealthCheck,
  healthMarkdown,
  healthWindow,
  healthCheckSpec
};
