export const id = 431;
export const ids = [431];
export const modules = {

/***/ 65537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ healthCheckSpec)
/* harmony export */ });
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34170);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88554);
/* harmony import */ var _smoke_test_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35128);



/** The health-check action's interface; `actions/health-check/action.yml` repeats it (checked by a test). */
const healthCheckSpec = (0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
    name: 'health-check',
    inputs: {
        url: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.url({
            description: 'Base URL to watch, e.g. the production URL right after a promotion.',
            required: true,
        }),
        checks: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.custom((0,_smoke_test_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .checksText */ .r)('checks'), {
            description: 'Checks as an inline YAML or JSON list, in the smoke-test format: name, path, method, headers, body, expect (status, body-contains, body-matches, json, headers, max-latency-ms). Every measurement runs all of them.',
        }),
        config: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Path to a YAML or JSON file holding the checks (instead of `checks`).',
        }),
        path: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Path to GET, expecting 2xx, when neither checks nor config is given.',
            default: '/',
            pattern: /^\//,
            expected: "a path starting with '/'",
        }),
        interval: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.duration({
            description: 'Time between the starts of two measurements, e.g. 10s.',
            default: '10s',
            max: _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_LIMITS */ .IM.interval,
        }),
        count: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Measurements in the window (default 6). Give count or duration, not both.',
            integer: true,
            min: 1,
            max: 10_000,
        }),
        duration: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.duration({
            description: 'Run for this long instead of a count, e.g. 2m: count = ceil(duration / interval).',
            max: _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_LIMITS */ .IM.deadline,
        }),
        'initial-delay': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.duration({
            description: 'Wait before the first measurement, e.g. 30s. Default: one interval.',
            max: _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_LIMITS */ .IM.interval,
            allowZero: true,
        }),
        'failure-limit': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Failed measurements tolerated; the analysis is unhealthy when failures exceed it (0: the first failure).',
            default: '0',
            integer: true,
            min: 0,
        }),
        'consecutive-error-limit': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Measurements in a row without an answer (refused, timeout, DNS, 429) tolerated; one more ends the analysis in error.',
            default: '4',
            integer: true,
            min: 0,
        }),
        'max-error-rate': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Largest share of checks that may fail or go unanswered over the whole window, in % (0-100).',
            min: 0,
            max: 100,
        }),
        'max-p95-ms': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Largest p95 latency of the answered checks over the whole window, in ms.',
            integer: true,
            min: 1,
        }),
        'max-p99-ms': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Largest p99 latency of the answered checks over the whole window, in ms.',
            integer: true,
            min: 1,
        }),
        'consecutive-success-limit': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Passed measurements in a row that end the window early as healthy; when set and not reached, the verdict is inconclusive. 0 or empty: off.',
            integer: true,
            min: 0,
        }),
        'progress-deadline': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.duration({
            description: 'The whole analysis must decide within this, else the verdict is error.',
            default: '10m',
            max: _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_LIMITS */ .IM.deadline,
        }),
        timeout: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.duration({
            description: 'Timeout of each request, e.g. 5s. Default: the smaller of 10s and half the interval.',
            max: _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_LIMITS */ .IM.request,
        }),
        'protection-bypass': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Vercel Deployment Protection bypass secret, sent as the x-vercel-protection-bypass header (never to another origin) and masked.',
            secret: true,
        }),
    },
    outputs: {
        healthy: "'true' when the verdict is healthy, else 'false'.",
        verdict: 'healthy, unhealthy, inconclusive or error.',
        failures: 'Measurements that failed (the app answered badly).',
        errors: 'Measurements that got no answer (refused, timeout, DNS, 429).',
        'error-rate': 'Failed or unanswered checks over all checks, in % (empty when none ran).',
        'p95-ms': '95th percentile latency of the answered checks, in ms (empty when none answered).',
        'p99-ms': '99th percentile latency of the answered checks, in ms (empty when none answered).',
        reason: 'One line explaining the verdict.',
        report: 'Path of the JSON report: settings, verdict and every measurement with its start time (ms since epoch) and check results.',
    },
});


/***/ }),

/***/ 68698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ describeMeasurement),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony export classifyCheck */
/**
 * How one check counts in a measurement: its probe outcome, except that a 429 the check did not
 * expect is `error` (rate limited: could not measure) and a `skipped` check is `error`.
 */
function classifyCheck(result) {
    if (result.outcome === 'passed')
        return 'passed';
    if (result.outcome === 'failed' && result.status !== 429)
        return 'failed';
    return 'error';
}
const describeCheck = (r) => {
    const why = r.outcome === 'failed' && r.status === 429
        ? 'status 429 (rate limited: could not measure)'
        : r.reasons.join('; ') || r.outcome;
    return `${r.method} ${r.path}: ${why}`;
};
/**
 * Judges one round of check results.
 * @param at `index` (1-based), `startedAt` (clock ms) and `offsetMs` (ms since the analysis started).
 */
function measure(results, at) {
    const kinds = results.map(classifyCheck);
    const count = (k) => kinds.filter((x) => x === k).length;
    const passed = count('passed');
    const failed = count('failed');
    const errored = count('error');
    const outcome = failed > 0 ? 'failed' : errored > 0 || results.length === 0 ? 'error' : 'passed';
    const latenciesMs = results.flatMap((r, i) => kinds[i] !== 'error' && r.latencyMs !== undefined ? [r.latencyMs] : []);
    let reason = '';
    if (results.length === 0)
        reason = 'no checks to run';
    else if (outcome !== 'passed') {
        const bad = results.filter((_, i) => kinds[i] === outcome);
        const first = bad[0];
        reason = describeCheck(first) + (bad.length > 1 ? ` (+${bad.length - 1} more)` : '');
    }
    return {
        ...at,
        outcome,
        total: results.length,
        passed,
        failed,
        errored,
        latenciesMs,
        maxLatencyMs: latenciesMs.length ? Math.max(...latenciesMs) : undefined,
        reason,
        checks: [...results],
    };
}
/**
 * One line about a measurement, as logged and shown in the timeline:
 * `2/2 checks passed, slowest 45 ms`, `1/2 checks failed (GET /a: status 503, expected 200-299)`,
 * `2/2 checks unanswered (GET /: connection failed (ECONNREFUSED))`.
 */
function describeMeasurement(measurement) {
    if (measurement.outcome === 'passed') {
        return `${measurement.passed}/${measurement.total} checks passed${measurement.maxLatencyMs === undefined ? '' : `, slowest ${measurement.maxLatencyMs} ms`}`;
    }
    if (measurement.outcome === 'failed') {
        const also = measurement.errored ? `, ${measurement.errored} unanswered` : '';
        return `${measurement.failed}/${measurement.total} checks failed${also} (${measurement.reason})`;
    }
    return `${measurement.errored}/${measurement.total} checks unanswered (${measurement.reason})`;
}


/***/ }),

/***/ 33774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gG: () => (/* binding */ healthMarkdown)
/* harmony export */ });
/* unused harmony exports timelineTable, latencyChart */
/* harmony import */ var _format_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27118);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27939);
/* harmony import */ var _measurement_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68698);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55892);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92176);
/**
 * The job-summary section of a health check: verdict headline, settings, window statistics, the
 * measurement timeline and a latency chart (a Mermaid `xychart-beta` block, which GitHub renders in
 * job summaries: https://mermaid.js.org/syntax/xyChart.html).
 */





const HEADLINE = {
    healthy: '✅ Health check: healthy',
    unhealthy: '❌ Health check: unhealthy',
    inconclusive: '⚠️ Health check: inconclusive',
    error: '❌ Health check: error',
};
const RESULT = {
    passed: '✅ passed',
    failed: '❌ failed',
    error: '⚠️ error',
};
/** The timeline table: #, time offset, result, checks passed/total, worst latency (ms), reason. */
function timelineTable(measurements) {
    return (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(['#', 'Time', 'Result', 'Checks passed', 'Worst latency (ms)', 'Reason'], measurements.map((m) => [
        String(m.index),
        `+${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(m.offsetMs)}`,
        RESULT[m.outcome],
        `${m.passed}/${m.total}`,
        m.maxLatencyMs === undefined ? '—' : String(m.maxLatencyMs),
        m.outcome === 'passed' ? '' : (0,_measurement_js__WEBPACK_IMPORTED_MODULE_3__/* .describeMeasurement */ .IR)(m),
    ]));
}
/**
 * A Mermaid `xychart-beta` of latency per measurement, in ms: the line is the measurement's slowest
 * check; the bars are the p95 of the window so far (what `max-p95-ms` is judged on). A measurement with
 * no answered check is plotted as 0 on the line and its x label is starred. Empty string for none.
 */
function latencyChart(measurements) {
    if (measurements.length === 0)
        return '';
    const labels = measurements.map((m) => (m.maxLatencyMs === undefined ? `"${m.index}*"` : `"${m.index}"`));
    const worst = measurements.map((m) => m.maxLatencyMs ?? 0);
    const p95 = measurements.map((_, i) => (0,_window_js__WEBPACK_IMPORTED_MODULE_4__/* .windowStats */ .kZ)(measurements.slice(0, i + 1)).p95Ms ?? 0);
    const top = Math.max(1, ...worst);
    const lines = [
        '```mermaid',
        'xychart-beta',
        '  title "Latency (ms)"',
        `  x-axis "measurement" [${labels.join(', ')}]`,
        `  y-axis "latency (ms)" 0 --> ${Math.ceil(top * 1.1)}`,
        `  bar [${p95.join(', ')}]`,
        `  line [${worst.join(', ')}]`,
        '```',
    ];
    const unanswered = measurements.some((m) => m.maxLatencyMs === undefined);
    const legend = `Line: the measurement's slowest check · bars: p95 of the window so far${unanswered ? ' · * no check answered (plotted as 0)' : ''}.`;
    return `${lines.join('\n')}\n\n${legend}`;
}
/** The whole job-summary section of a health check. */
function healthMarkdown(result) {
    const s = result.settings;
    const n = result.measurements.length;
    const head = `### ${HEADLINE[result.verdict]}\n\n${result.reason}`;
    const stats = [
        `${n} of ${result.planned} measurements taken in ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(result.elapsedMs)}`,
        `${result.passed} passed, ${result.failures} failed, ${result.errors} unanswered`,
        result.errorRatePct === undefined ? '' : `error rate ${(0,_window_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPct */ .R8)(result.errorRatePct)}%`,
        result.p95Ms === undefined ? '' : `p95 ${result.p95Ms} ms`,
        result.p99Ms === undefined ? '' : `p99 ${result.p99Ms} ms`,
    ].filter(Boolean);
    const parts = [head, `Target: ${s.url} · ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsLine */ .S)(s)}`, stats.join(' · ')];
    if (n > 0)
        parts.push(timelineTable(result.measurements), latencyChart(result.measurements));
    return parts.join('\n\n');
}


/***/ }),

/***/ 55892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ runHealthCheck),
  S: () => (/* binding */ settingsLine)
});

// EXTERNAL MODULE: ./lib/http/errors.js
var errors = __webpack_require__(49729);
// EXTERNAL MODULE: ./lib/format/duration.js
var duration = __webpack_require__(27939);
// EXTERNAL MODULE: ./lib/probes/engine.js + 1 modules
var engine = __webpack_require__(35675);
// EXTERNAL MODULE: ./lib/runtime/logger.js
var runtime_logger = __webpack_require__(98562);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var runtime_errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/health/window.js
var health_window = __webpack_require__(92176);
;// CONCATENATED MODULE: ./lib/health/analysis.js
/**
 * The health analysis as a reducer: `start(config)`, then `record(state, measurement)` per round until
 * `state.decision` is a verdict, and `finish(state)` when the window ends. Pure; no I/O, no clock.
 *
 * Semantics follow Argo Rollouts' analysis (docs/features/analysis.md, analysis/analysis.go):
 * - `failures` is cumulative; the analysis is **unhealthy** as soon as `failures > failureLimit`
 *   (default 0: the first failed measurement ends it). Strictly greater-than.
 * - `consecutiveErrors` is reset by any answered (passed or failed) measurement; the analysis ends in
 *   **error** as soon as `consecutiveErrors > consecutiveErrorLimit` (default 4: the 5th in a row).
 * - `consecutiveSuccessLimit` (0 = off): reaching it ends the window early, healthy if the thresholds
 *   hold. When it is set, a window that ends without reaching it is **inconclusive** (as Argo when both
 *   limits apply).
 * - Thresholds over the whole window (`maxErrorRatePct`, `maxP95Ms`, `maxP99Ms`, strictly greater-than
 *   fails) are judged when the window ends; the error rate also ends it early once it can no longer
 *   come back under the limit.
 * - At the end of `count` measurements: healthy ⇔ failure limit not violated, thresholds met and at
 *   least one measurement passed. No data is not healthy: zero measurements, or none passed, is
 *   **inconclusive**.
 *
 * Unlike Argo, an errored measurement counts toward `count`, so the window is bounded in time (Actions
 * minutes); a window of errors under the limit is therefore inconclusive rather than extended.
 */



/** Defaults as Argo Rollouts: failureLimit 0, consecutiveErrorLimit 4, consecutiveSuccessLimit off. */
const DEFAULT_LIMITS = {
    failureLimit: 0,
    consecutiveErrorLimit: 4,
    consecutiveSuccessLimit: 0,
    maxErrorRatePct: undefined,
    maxP95Ms: undefined,
    maxP99Ms: undefined,
};
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function check(name, value, ok, expected) {
    if (value !== undefined && !ok)
        throw new runtime_errors/* ConfigurationError */.j1(`${name}: expected ${expected}, got ${value}`);
}
/**
 * A fresh analysis. Omitted limits take {@link DEFAULT_LIMITS}.
 * @throws ConfigurationError naming the setting (`failure-limit: expected an integer ≥ 0, got -1`).
 */
function start(options) {
    const config = { ...DEFAULT_LIMITS, ...dropUndefined(options) };
    const whole = (v) => Number.isInteger(v) && v >= 0;
    check('count', config.count, whole(config.count), 'an integer ≥ 0');
    check('failure-limit', config.failureLimit, whole(config.failureLimit), 'an integer ≥ 0');
    check('consecutive-error-limit', config.consecutiveErrorLimit, whole(config.consecutiveErrorLimit), 'an integer ≥ 0');
    check('consecutive-success-limit', config.consecutiveSuccessLimit, whole(config.consecutiveSuccessLimit), 'an integer ≥ 0');
    const pct = config.maxErrorRatePct;
    check('max-error-rate', pct, pct !== undefined && pct >= 0 && pct <= 100, 'a percentage from 0 to 100');
    check('max-p95-ms', config.maxP95Ms, (config.maxP95Ms ?? 0) >= 0, 'a latency ≥ 0 ms');
    check('max-p99-ms', config.maxP99Ms, (config.maxP99Ms ?? 0) >= 0, 'a latency ≥ 0 ms');
    return {
        config,
        measurements: [],
        failures: 0,
        errors: 0,
        consecutiveErrors: 0,
        consecutiveSuccesses: 0,
        decision: 'continue',
        reason: '',
    };
}
function dropUndefined(fields) {
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
const decide = (state, decision, reason) => ({
    ...state,
    decision,
    reason,
});
/**
 * Adds one measurement and decides: a verdict as soon as one is reached (terminating early on failure,
 * on too many errors in a row, on an error rate that cannot recover, or on the consecutive-success
 * limit), the end-of-window verdict after `count` measurements, else `continue`.
 * @throws Error when the state is already decided (a caller bug).
 */
function record(state, m) {
    if (state.decision !== 'continue')
        throw new Error(`analysis already decided (${state.decision})`);
    const { config } = state;
    const next = {
        ...state,
        measurements: [...state.measurements, m],
        failures: state.failures + (m.outcome === 'failed' ? 1 : 0),
        errors: state.errors + (m.outcome === 'error' ? 1 : 0),
        consecutiveErrors: m.outcome === 'error' ? state.consecutiveErrors + 1 : 0,
        consecutiveSuccesses: m.outcome === 'passed' ? state.consecutiveSuccesses + 1 : 0,
    };
    if (next.failures > config.failureLimit) {
        return decide(next, 'unhealthy', `${plural(next.failures, 'failed measurement')} > failure-limit ${config.failureLimit} (last: ${m.reason})`);
    }
    if (next.consecutiveErrors > config.consecutiveErrorLimit) {
        return decide(next, 'error', `${plural(next.consecutiveErrors, 'consecutive error')} > consecutive-error-limit ${config.consecutiveErrorLimit} (last: ${m.reason})`);
    }
    const n = next.measurements.length;
    const perRound = Math.max(...next.measurements.map((x) => x.total));
    const remaining = Math.max(0, config.count - n) * perRound;
    // At the last measurement the window's own verdict (finish) speaks instead.
    const certain = remaining > 0 &&
        config.maxErrorRatePct !== undefined &&
        (0,health_window/* certainErrorRateBreach */.Wt)((0,health_window/* windowStats */.kZ)(next.measurements), remaining, config.maxErrorRatePct);
    if (certain)
        return decide(next, 'unhealthy', certain);
    const csl = config.consecutiveSuccessLimit;
    if (csl > 0 && next.consecutiveSuccesses >= csl) {
        const breach = (0,health_window/* thresholdBreach */.rL)((0,health_window/* windowStats */.kZ)(next.measurements), config);
        if (breach)
            return decide(next, 'unhealthy', breach);
        return decide(next, 'healthy', `${plural(csl, 'consecutive passed measurement')} reached consecutive-success-limit ${csl} (after ${n} of ${config.count})`);
    }
    return n >= config.count ? finish(next) : next;
}
/**
 * Ends the window now (after `count` measurements, or earlier if the caller stops) and returns the
 * decided state; a state already decided is returned as it is. In order: zero measurements →
 * inconclusive; a threshold exceeded → unhealthy; no passed measurement → inconclusive; a
 * consecutive-success limit that was set but not reached → inconclusive; else healthy.
 */
function finish(state) {
    if (state.decision !== 'continue')
        return state;
    const { config, measurements } = state;
    const n = measurements.length;
    if (n === 0)
        return decide(state, 'inconclusive', 'no measurements were taken: no data is not healthy');
    const breach = (0,health_window/* thresholdBreach */.rL)((0,health_window/* windowStats */.kZ)(measurements), config);
    if (breach)
        return decide(state, 'unhealthy', breach);
    const passed = n - state.failures - state.errors;
    const last = measurements.at(-1);
    if (passed === 0) {
        const lastBad = [...measurements].reverse().find((m) => m.outcome !== 'passed') ?? last;
        return decide(state, 'inconclusive', `no measurement passed: ${state.failures} failed (≤ failure-limit ${config.failureLimit}), ${state.errors} unanswered (≤ consecutive-error-limit ${config.consecutiveErrorLimit} in a row) (last: ${lastBad.reason})`);
    }
    const csl = config.consecutiveSuccessLimit;
    if (csl > 0) {
        return decide(state, 'inconclusive', `consecutive-success-limit ${csl} not reached in ${plural(n, 'measurement')} (longest run: ${longestRun(measurements)})`);
    }
    const extra = [
        state.failures ? `${state.failures} failed ≤ failure-limit ${config.failureLimit}` : '',
        state.errors ? `${state.errors} unanswered` : '',
    ].filter(Boolean);
    return decide(state, 'healthy', `${passed} of ${plural(n, 'measurement')} passed${extra.length ? ` (${extra.join(', ')})` : ''}`);
}
function longestRun(measurements) {
    let best = 0;
    let run = 0;
    for (const m of measurements) {
        run = m.outcome === 'passed' ? run + 1 : 0;
        best = Math.max(best, run);
    }
    return best;
}
/**
 * Ends the analysis in `error` because the progress deadline passed before it could decide.
 * A state already decided is returned as it is.
 * @param progressDeadlineMs the deadline, ms (for the reason).
 */
function expire(state, progressDeadlineMs) {
    if (state.decision !== 'continue')
        return state;
    const n = state.measurements.length;
    const where = n === 0 ? 'before the first measurement' : `after ${n} of ${state.config.count} measurements`;
    return decide(state, 'error', `progress deadline ${(0,duration/* formatDuration */.a)(progressDeadlineMs)} reached ${where}`);
}

// EXTERNAL MODULE: ./lib/health/measurement.js
var measurement = __webpack_require__(68698);
// EXTERNAL MODULE: ./lib/health/schedule.js
var health_schedule = __webpack_require__(10861);
;// CONCATENATED MODULE: ./lib/health/analysis-result.js
/**
 * What an analysis amounts to, for outputs, summaries and the release action.
 */


/**
 * Summarises an analysis. A state still `continue` is finished first (the window ends now), so the
 * summary always carries a verdict.
 */
function analysisResult(state) {
    const done = state.decision === 'continue' ? finish(state) : state;
    const stats = (0,health_window/* windowStats */.kZ)(done.measurements);
    const verdict = done.decision;
    return {
        verdict,
        healthy: verdict === 'healthy',
        failures: done.failures,
        errors: done.errors,
        passed: done.measurements.length - done.failures - done.errors,
        planned: done.config.count,
        errorRatePct: stats.errorRatePct,
        p95Ms: stats.p95Ms,
        p99Ms: stats.p99Ms,
        reason: done.reason,
        measurements: [...done.measurements],
    };
}

;// CONCATENATED MODULE: ./lib/health/runner.js








const NO_RETRY_STATUSES = { has: () => false, text: '' };
/** The settings line, as logged and shown in the summary. */
function settingsLine(settings) {
    const l = settings.limits;
    return [
        `${settings.count} measurements every ${(0,duration/* formatDuration */.a)(settings.intervalMs)} after ${(0,duration/* formatDuration */.a)(settings.initialDelayMs)}`,
        `failure-limit ${l.failureLimit}`,
        `consecutive-error-limit ${l.consecutiveErrorLimit}`,
        l.consecutiveSuccessLimit ? `consecutive-success-limit ${l.consecutiveSuccessLimit}` : '',
        l.maxErrorRatePct !== undefined ? `max-error-rate ${l.maxErrorRatePct}%` : '',
        l.maxP95Ms !== undefined ? `max-p95-ms ${l.maxP95Ms}` : '',
        l.maxP99Ms !== undefined ? `max-p99-ms ${l.maxP99Ms}` : '',
        `timeout ${(0,duration/* formatDuration */.a)(settings.timeoutMs)}`,
        `progress-deadline ${(0,duration/* formatDuration */.a)(settings.progressDeadlineMs)}`,
    ]
        .filter(Boolean)
        .join(' · ');
}
/**
 * Runs the analysis to a verdict. Never throws for the app's or the network's faults (they are
 * measurements); a measurement that starts at or after the progress deadline is not taken and the
 * verdict is `error`. Probe requests carry the deadline, so none outlives it.
 * @throws ConfigurationError for an invalid schedule or limits (see `resolveSchedule`, `start`).
 */
async function runHealthCheck(options) {
    const schedule = (0,health_schedule/* resolveSchedule */.QM)(options.schedule);
    const clock = options.clock;
    const logger = options.logger ?? runtime_logger/* silentLogger */.qq;
    const progressDeadlineMs = options.progressDeadlineMs ?? health_schedule/* DEFAULT_PROGRESS_DEADLINE_MS */.Ao;
    let state = start({ count: schedule.count, ...options.limits });
    const settings = {
        ...schedule,
        url: (0,errors/* redactUrl */.BO)(options.probe.baseUrl),
        progressDeadlineMs,
        limits: state.config,
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
        clock,
    };
    logger.info(`Health check of ${settings.url}: ${settingsLine(settings)}`);
    if (schedule.timeoutMs >= schedule.intervalMs) {
        logger.warning(`timeout ${(0,duration/* formatDuration */.a)(schedule.timeoutMs)} ≥ interval ${(0,duration/* formatDuration */.a)(schedule.intervalMs)}: a slow answer delays the next measurement`);
    }
    let due = begin + schedule.initialDelayMs;
    while (state.decision === 'continue') {
        if (due >= deadline) {
            state = expire(state, progressDeadlineMs);
            break;
        }
        const wait = due - clock.now();
        if (wait > 0)
            await clock.sleep(wait);
        const startedAt = clock.now();
        const results = await (0,engine/* runChecks */.JT)(options.checks, probe, options.http, {
            concurrency: options.probe.concurrency ?? 8,
            failFast: false,
        });
        const m = (0,measurement/* measure */.xP)(results, {
            index: state.measurements.length + 1,
            startedAt,
            offsetMs: startedAt - begin,
        });
        state = record(state, m);
        logger.info(`#${m.index} ${m.outcome}: ${(0,measurement/* describeMeasurement */.IR)(m)}`);
        await options.onMeasurement?.(m, state);
        if (state.decision === 'continue' && clock.now() >= deadline)
            state = expire(state, progressDeadlineMs);
        // Fixed rate; a round that overran its slot starts the next one at once, then keeps the pace.
        due = Math.max(due + schedule.intervalMs, clock.now());
    }
    const summary = analysisResult(state);
    logger.info(`Verdict: ${summary.verdict} — ${summary.reason}`);
    return { ...summary, settings, elapsedMs: clock.now() - begin };
}


/***/ }),

/***/ 10861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ DEFAULT_PROGRESS_DEADLINE_MS),
/* harmony export */   QM: () => (/* binding */ resolveSchedule),
/* harmony export */   XQ: () => (/* binding */ assertFitsDeadline)
/* harmony export */ });
/* unused harmony exports DEFAULT_COUNT, MAX_DEFAULT_TIMEOUT_MS, defaultTimeoutMs, lastMeasurementDueMs */
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27939);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50525);
/**
 * When a health analysis measures: the interval, how many measurements (`count`, or `duration`
 * turned into a count), the initial delay, and the per-request timeout. Pure.
 */


/** Measurements when neither `count` nor `duration` is given. */
const DEFAULT_COUNT = 6;
/** The longest per-request timeout chosen by default, ms (Argo's web provider: 10 s). */
const MAX_DEFAULT_TIMEOUT_MS = 10_000;
/** The default progress deadline, ms (Argo Rollouts and Flagger: 600 s). */
const DEFAULT_PROGRESS_DEADLINE_MS = 600_000;
/**
 * The default per-request timeout for an interval: `min(10 s, interval / 2)` (at least 1 ms), so a
 * round of probes ends well before the next one is due.
 */
function defaultTimeoutMs(intervalMs) {
    return Math.max(1, Math.min(MAX_DEFAULT_TIMEOUT_MS, Math.floor(intervalMs / 2)));
}
/**
 * Resolves a schedule, applying the defaults.
 * @throws ConfigurationError naming the input: interval not > 0, count and duration both given,
 *   count not an integer ≥ 1, duration or timeout not > 0, initial delay < 0.
 */
function resolveSchedule(options) {
    const positive = (name, ms) => {
        if (!(Number.isFinite(ms) && ms > 0))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}': expected a duration above 0, got ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(ms)}`);
    };
    positive('interval', options.intervalMs);
    if (options.count !== undefined && options.durationMs !== undefined) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("inputs 'count' and 'duration': expected one of them, got both");
    }
    if (options.count !== undefined && !(Number.isInteger(options.count) && options.count >= 1)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'count': expected an integer of at least 1, got ${options.count}`);
    }
    if (options.durationMs !== undefined)
        positive('duration', options.durationMs);
    if (options.timeoutMs !== undefined)
        positive('timeout', options.timeoutMs);
    if (options.initialDelayMs !== undefined && !(options.initialDelayMs >= 0)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'initial-delay': expected a duration of at least 0, got ${options.initialDelayMs}`);
    }
    const count = options.count ??
        (options.durationMs !== undefined
            ? Math.max(1, Math.ceil(options.durationMs / options.intervalMs))
            : DEFAULT_COUNT);
    return {
        intervalMs: options.intervalMs,
        count,
        initialDelayMs: options.initialDelayMs ?? options.intervalMs,
        timeoutMs: options.timeoutMs ?? defaultTimeoutMs(options.intervalMs),
    };
}
/** When the last measurement is due, ms after the start: `initialDelay + (count − 1) × interval`. */
function lastMeasurementDueMs(schedule) {
    return schedule.initialDelayMs + (schedule.count - 1) * schedule.intervalMs;
}
/**
 * Checks up front that the planned window fits in the progress deadline: the last measurement must be
 * due, and have its timeout to answer, before the deadline.
 * @throws ConfigurationError naming `progress-deadline` and the planned window.
 */
function assertFitsDeadline(schedule, progressDeadlineMs) {
    const needed = lastMeasurementDueMs(schedule) + schedule.timeoutMs;
    if (needed > progressDeadlineMs) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'progress-deadline': expected at least ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(needed)} (initial delay ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(schedule.initialDelayMs)} + ${schedule.count - 1} × interval ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(schedule.intervalMs)} + timeout ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(schedule.timeoutMs)}), got ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(progressDeadlineMs)}`);
    }
}


/***/ }),

/***/ 85732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ healthWindow)
/* harmony export */ });
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10861);

/**
 * The schedule and limits of a health analysis from its inputs.
 * @throws ConfigurationError when the window cannot fit in `progress-deadline`, or count and
 *   duration are both given.
 */
function healthWindow(inputs) {
    const schedule = {
        intervalMs: inputs.interval,
        count: inputs.count,
        durationMs: inputs.duration,
        initialDelayMs: inputs['initial-delay'],
        timeoutMs: inputs.timeout,
    };
    (0,_schedule_js__WEBPACK_IMPORTED_MODULE_0__/* .assertFitsDeadline */ .XQ)((0,_schedule_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveSchedule */ .QM)(schedule), inputs['progress-deadline']);
    return {
        schedule,
        limits: {
            failureLimit: inputs['failure-limit'],
            consecutiveErrorLimit: inputs['consecutive-error-limit'],
            ...(inputs['consecutive-success-limit'] !== undefined
                ? { consecutiveSuccessLimit: inputs['consecutive-success-limit'] }
                : {}),
            maxErrorRatePct: inputs['max-error-rate'],
            maxP95Ms: inputs['max-p95-ms'],
            maxP99Ms: inputs['max-p99-ms'],
        },
    };
}


/***/ }),

/***/ 92176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   Wt: () => (/* binding */ certainErrorRateBreach),
/* harmony export */   kZ: () => (/* binding */ windowStats),
/* harmony export */   rL: () => (/* binding */ thresholdBreach)
/* harmony export */ });
/* harmony import */ var _probes_stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(740);
/**
 * Statistics over a whole analysis window (every measurement so far) and the thresholds judged on
 * them: the error rate and the p95/p99 latencies. Pure.
 */

/** Counts and percentiles over `measurements`. */
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
        errorRatePct: checks === 0 ? undefined : (bad / checks) * 100,
        answered: latencies.length,
        p95Ms: (0,_probes_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Y)(latencies, 95),
        p99Ms: (0,_probes_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Y)(latencies, 99),
    };
}
/** A percentage as shown to users: at most two decimals (`33.33`, `5`, `0`). */
function formatPct(pct) {
    return String(Number(pct.toFixed(2)));
}
/**
 * The first threshold the window exceeds, as a one-line reason, or undefined when all are met.
 * Comparisons are strictly greater-than: an error rate equal to `maxErrorRatePct` passes.
 */
function thresholdBreach(stats, t) {
    if (t.maxErrorRatePct !== undefined && stats.errorRatePct !== undefined) {
        if (stats.errorRatePct > t.maxErrorRatePct) {
            return `error rate ${formatPct(stats.errorRatePct)}% > max-error-rate ${formatPct(t.maxErrorRatePct)}% (${stats.bad} of ${stats.checks} checks failed or unanswered)`;
        }
    }
    if (t.maxP95Ms !== undefined && stats.p95Ms !== undefined && stats.p95Ms > t.maxP95Ms) {
        return `p95 latency ${stats.p95Ms} ms > max-p95-ms ${t.maxP95Ms} (over ${stats.answered} answered checks)`;
    }
    if (t.maxP99Ms !== undefined && stats.p99Ms !== undefined && stats.p99Ms > t.maxP99Ms) {
        return `p99 latency ${stats.p99Ms} ms > max-p99-ms ${t.maxP99Ms} (over ${stats.answered} answered checks)`;
    }
    return undefined;
}
/**
 * Whether the error-rate threshold is already exceeded whatever the rest of the window brings: even if
 * every remaining check passed, `bad / (checks + remainingChecks)` would still be over the limit.
 * (Ending the window early only shrinks the denominator.) Returns the reason, or undefined.
 * @param remainingChecks the most checks the window can still run.
 */
function certainErrorRateBreach(stats, remainingChecks, maxErrorRatePct) {
    if (maxErrorRatePct === undefined || stats.bad === 0)
        return undefined;
    const most = stats.checks + remainingChecks;
    const least = (stats.bad / most) * 100;
    if (least <= maxErrorRatePct)
        return undefined;
    return `${stats.bad} of at most ${most} checks failed or unanswered: error rate ≥ ${formatPct(least)}% > max-error-rate ${formatPct(maxErrorRatePct)}% whatever the rest of the window brings`;
}


/***/ })

};
