export const id = 235;
export const ids = [235];
export const modules = {

/***/ 37235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37642);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69772);
/* harmony import */ var _probes_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79299);
/* harmony import */ var _probes_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77337);
/* harmony import */ var _probes_engine_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(35675);
/* harmony import */ var _runtime_action_run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19928);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(50525);
/* harmony import */ var _smoke_test_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(35128);
/**
 * smoke-test entry: inputs → checks → the probe engine → outputs, summary, annotations.
 */












async function run() {
    await (0,_runtime_action_run_js__WEBPACK_IMPORTED_MODULE_9__/* .runActionBody */ .I$)(_smoke_test_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .smokeTestSpec */ .v, async (inputs, ctx) => {
        // Without checks or config: GET / must answer 2xx.
        const checks = await (0,_probes_check_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveChecks */ .KR)(inputs, ['/'], 'default checks');
        const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_5__/* .HttpClient */ .Qq({ logger: ctx.logger, userAgent: 'greenlight-smoke-test' });
        ctx.logger.info(`Smoke-testing ${inputs.url.origin} with ${checks.length} check(s)`);
        const results = await (0,_probes_engine_js__WEBPACK_IMPORTED_MODULE_8__/* .runChecks */ .JT)(checks, {
            baseUrl: inputs.url,
            timeoutMs: inputs.timeout,
            retries: inputs.retries,
            retryOnStatus: inputs['retry-on-status'],
            retryOnAssertion: inputs['retry-on-assertion'],
            followRedirects: inputs['follow-redirects'],
            protectionBypass: inputs['protection-bypass'],
            clock: _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m,
        }, http, { concurrency: inputs.concurrency, failFast: inputs['fail-fast'] });
        const report = (0,_probes_report_js__WEBPACK_IMPORTED_MODULE_7__/* .smokeTestReport */ .IJ)(inputs.url.href, results);
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(ctx.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `greenlight-smoke-test-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}.json`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, `${JSON.stringify(report, null, 2)}\n`);
        for (const r of results) {
            const line = `${r.outcome.padEnd(7)} ${r.name} (${r.method} ${r.path}) ${r.status ?? '—'} ${r.latencyMs ?? '—'} ms`;
            ctx.logger.info(r.reasons.length ? `${line}: ${r.reasons.join('; ')}` : line);
        }
        ctx.setOutput('passed', report.passed);
        ctx.setOutput('total', report.total);
        ctx.setOutput('failed', report.failed);
        ctx.setOutput('p95-ms', report.p95Ms ?? '');
        ctx.setOutput('report', path);
        ctx.summary((0,_probes_report_js__WEBPACK_IMPORTED_MODULE_7__/* .smokeTestMarkdown */ .Lk)(report));
        const bad = results.filter((r) => r.outcome === 'failed' || r.outcome === 'error');
        ctx.annotate('error', bad.map((r) => ({
            title: `smoke test: ${r.name}`,
            message: `${r.method} ${r.path}: ${r.reasons.join('; ')}`,
        })));
        if (!report.passed) {
            const names = bad.map((r) => r.name);
            const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ReportedFailure */ .g7(`smoke test failed: ${report.failed} of ${report.total} checks failed${shown ? ` (${shown})` : ''}${report.skipped ? `, ${report.skipped} skipped` : ''}`);
        }
    });
}


/***/ }),

/***/ 77337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ smokeTestReport),
/* harmony export */   Lk: () => (/* binding */ smokeTestMarkdown),
/* harmony export */   r6: () => (/* binding */ resultsTable)
/* harmony export */ });
/* harmony import */ var _format_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27118);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(740);
/**
 * Turns probe results into what users read: counts, the p95 latency and a Markdown table.
 */


/** Counts and the p95 of a smoke test's results. `passed` only when every check passed. */
function smokeTestReport(url, checks) {
    const latencies = checks.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
    const failed = checks.filter((c) => c.outcome === 'failed' || c.outcome === 'error').length;
    const skipped = checks.filter((c) => c.outcome === 'skipped').length;
    return {
        url,
        passed: failed === 0 && skipped === 0 && checks.length > 0,
        total: checks.length,
        failed,
        skipped,
        p95Ms: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Y)(latencies, 95),
        checks,
    };
}
const ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    error: '❌ error',
    skipped: '⏭️ skipped',
};
/** The per-check Markdown table (check, path, status, latency ms, attempts, result, reason). */
function resultsTable(checks) {
    return (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(['Check', 'Path', 'Status', 'Latency (ms)', 'Attempts', 'Result', 'Reason'], checks.map((c) => [
        c.name,
        (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${c.method} ${c.path}`),
        c.status === undefined ? '—' : String(c.status),
        c.latencyMs === undefined ? '—' : String(c.latencyMs),
        String(c.attempts),
        ICON[c.outcome],
        c.reasons.join('; '),
    ]));
}
/** The whole job-summary section of a smoke test. */
function smokeTestMarkdown(report) {
    const head = report.passed
        ? `### ✅ Smoke test passed: ${report.total} of ${report.total} checks`
        : `### ❌ Smoke test failed: ${report.failed} of ${report.total} checks failed${report.skipped ? `, ${report.skipped} skipped` : ''}`;
    const p95 = report.p95Ms === undefined ? '' : ` · p95 ${report.p95Ms} ms`;
    return `${head}\n\nTarget: ${report.url}${p95}\n\n${resultsTable(report.checks)}`;
}


/***/ })

};
