export const id = 446;
export const ids = [446];
export const modules = {

/***/ 79446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RUN_USAGE: () => (/* binding */ RUN_USAGE),
/* harmony export */   runActionCommand: () => (/* binding */ runActionCommand)
/* harmony export */ });
/* unused harmony export parseRunArgs */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50525);
/* harmony import */ var _runner_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13285);
/**
 * `greenlight run <action> [--with name=value …] [--json]`: runs an action's bundle the way the
 * runner does and prints its outputs and job summary.
 */


const RUN_USAGE = `greenlight run <action> [--with name=value …] [--json]

Runs dist/<action>.js exactly as the GitHub runner does (INPUT_* variables with action.yml defaults,
temporary GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), streams its log, then prints its outputs and
job summary. --json prints {"exitCode","outputs","summary"} on stdout instead. Exit status: the action's.

  greenlight run smoke-test --with url=https://example.com --with checks='[/, /about]'`;
/** Parses `run` arguments. @throws ConfigurationError with one line. */
function parseRunArgs(args) {
    const [action, ...rest] = args;
    if (!action || action.startsWith('-'))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('greenlight run: expected an action name, e.g. smoke-test');
    const inputs = {};
    let json = false;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '--json') {
            json = true;
            continue;
        }
        let pair;
        if (arg === '--with' || arg === '-w')
            pair = rest[++i];
        else if (arg.startsWith('--with='))
            pair = arg.slice('--with='.length);
        else
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`greenlight run: unknown argument '${arg}'; expected --with name=value or --json`);
        const eq = pair?.indexOf('=') ?? -1;
        if (!pair || eq <= 0)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`greenlight run: --with expects name=value, got '${pair ?? ''}'`);
        inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { action, inputs, json };
}
/** Runs the command; resolves with the process exit status. */
async function runActionCommand(args) {
    const { action, inputs, json } = parseRunArgs(args);
    const result = await (0,_runner_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .runBundledAction */ ._6)(action, inputs, { stdio: json ? 'capture' : 'inherit' });
    if (json) {
        process.stdout.write(`${JSON.stringify({ exitCode: result.exitCode, outputs: result.outputs, summary: result.summary })}\n`);
        if (result.exitCode !== 0)
            process.stderr.write(result.stdout + result.stderr);
        return result.exitCode;
    }
    const lines = Object.entries(result.outputs).map(([k, v]) => `  ${k}=${v}`);
    process.stdout.write(`\nOutputs:\n${lines.length ? lines.join('\n') : '  (none)'}\n`);
    if (result.summary.trim())
        process.stdout.write(`\nJob summary:\n${result.summary.trim()}\n`);
    process.stdout.write(`\n${action} exited with ${result.exitCode}\n`);
    return result.exitCode;
}


/***/ })

};
