export const id = 756;
export const ids = [756];
export const modules = {

/***/ 30756:
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
/* harmony import */ var _health_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33774);
/* harmony import */ var _health_runner_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55892);
/* harmony import */ var _health_window_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(85732);
/* harmony import */ var _health_window_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(92176);
/* harmony import */ var _probes_check_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79299);
/* harmony import */ var _runtime_action_run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19928);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(50525);
/* harmony import */ var _health_check_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65537);
/**
 * health-check entry: inputs → checks and schedule → the health analysis → outputs, summary
 * (timeline and latency chart), one annotation and a one-line failure unless healthy.
 */














async function run() {
    await (0,_runtime_action_run_js__WEBPACK_IMPORTED_MODULE_9__/* .runActionBody */ .I$)(_health_check_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .healthCheckSpec */ .m, async (inputs, ctx) => {
        // Without checks or config: GET <path> must answer 2xx.
        const checks = await (0,_probes_check_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveChecks */ .KR)(inputs, [inputs.path], "input 'path'");
        const { schedule, limits } = (0,_health_window_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .healthWindow */ .P)(inputs);
        const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_5__/* .HttpClient */ .Qq({ logger: ctx.logger, userAgent: 'greenlight-health-check' });
        const result = await (0,_health_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .runHealthCheck */ .W)({
            checks,
            probe: { baseUrl: inputs.url, protectionBypass: inputs['protection-bypass'] },
            schedule,
            limits,
            progressDeadlineMs: inputs['progress-deadline'],
            http,
            clock: _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m,
            logger: ctx.logger,
        });
        ctx.setOutput('healthy', result.healthy);
        ctx.setOutput('verdict', result.verdict);
        ctx.setOutput('failures', result.failures);
        ctx.setOutput('errors', result.errors);
        ctx.setOutput('error-rate', result.errorRatePct === undefined ? '' : (0,_health_window_js__WEBPACK_IMPORTED_MODULE_12__/* .formatPct */ .R8)(result.errorRatePct));
        ctx.setOutput('p95-ms', result.p95Ms ?? '');
        ctx.setOutput('p99-ms', result.p99Ms ?? '');
        ctx.setOutput('reason', result.reason);
        const report = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(ctx.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `greenlight-health-check-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}.json`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(report, `${JSON.stringify(result, null, 2)}\n`);
        ctx.setOutput('report', report);
        ctx.summary((0,_health_report_js__WEBPACK_IMPORTED_MODULE_6__/* .healthMarkdown */ .gG)(result));
        if (!result.healthy) {
            ctx.annotate('error', [{ title: `health check ${result.verdict}`, message: result.reason }]);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .ReportedFailure */ .g7(`health check ${result.verdict}: ${result.reason}`);
        }
    });
}


/***/ })

};
