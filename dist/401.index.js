export const id = 401;
export const ids = [401];
export const modules = {

/***/ 80401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./lib/format/markdown.js
var markdown = __webpack_require__(27118);
// EXTERNAL MODULE: ./lib/github/release-records.js + 6 modules
var release_records = __webpack_require__(78783);
// EXTERNAL MODULE: ./lib/deploy/command/provider.js + 5 modules
var command_provider = __webpack_require__(72561);
// EXTERNAL MODULE: ./lib/deploy/rollback.js
var rollback = __webpack_require__(51247);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/runtime/action-run.js + 1 modules
var action_run = __webpack_require__(19928);
// EXTERNAL MODULE: ./lib/runtime/clock.js
var clock = __webpack_require__(37642);
// EXTERNAL MODULE: ./lib/actions/provider.js
var actions_provider = __webpack_require__(57754);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/actions/provider.inputs.js
var provider_inputs = __webpack_require__(37271);
;// CONCATENATED MODULE: ./lib/actions/rollback.inputs.js



/** The rollback action's interface; `actions/rollback/action.yml` repeats it (checked by a test). */
const rollbackSpec = (0,spec/* defineAction */.QP)({
    name: 'rollback',
    inputs: {
        ...provider_inputs/* providerInputs */.H,
        'to-deployment-id': spec/* input */.hF.string({
            description: 'Deployment to put back in production. Default: the production deployment before the live one.',
        }),
        reason: spec/* input */.hF.string({
            description: 'Why: recorded with the rollback (Vercel description, GitHub status, summary).',
        }),
        timeout: spec/* input */.hF.duration({
            description: 'Deadline for converging: the rollback is retried with backoff and confirmed by reading production back.',
            default: '5m',
            max: parse/* DURATION_LIMITS */.IM.deadline,
        }),
        'rollback-command': provider_inputs/* commandInputs */.t['rollback-command'],
        'production-command': provider_inputs/* commandInputs */.t['production-command'],
    },
    outputs: {
        outcome: 'rolled_back, noop (already serving the target) or rollback_failed (the step fails).',
        'to-deployment-id': 'The deployment production serves after a successful rollback.',
        'from-deployment-id': 'The deployment production served when the rollback began.',
    },
});

;// CONCATENATED MODULE: ./lib/actions/rollback.js
/**
 * rollback entry: converges production back to a deployment, confirmed by reading it back;
 * `rollback_failed` fails the step. A permanent failure (missing `rollback-command`, a token or
 * target Vercel refuses) fails at once in one line naming the input; a re-run after a rollback that
 * holds is `noop` and requests nothing (see convergeRollback).
 */









const HEAD = {
    rolled_back: '↩️ Rolled back',
    noop: '✅ Nothing to roll back',
    rollback_failed: '🚨 Rollback failed',
};
/** `provider.get(id)`, or undefined when there is no id or it cannot be read. */
function lookup(provider, id) {
    return id ? provider.get(id).catch(() => undefined) : Promise.resolve(undefined);
}
async function run() {
    await (0,action_run/* runActionBody */.I$)(rollbackSpec, async (inputs, ctx) => {
        const { provider, http } = (0,actions_provider/* makeProvider */.g)(inputs, ctx.env, ctx.logger);
        // Before anything runs: a rollback that cannot be requested fails in one line, no process started.
        if (provider instanceof command_provider/* CommandProvider */.x)
            provider.requireCommand('rollback');
        const records = release_records/* ReleaseRecords */._.create(inputs['github-token'], ctx.env, {
            http,
            clock: clock/* systemClock */.m,
            logger: ctx.logger,
        });
        const reason = inputs.reason ?? `manual rollback by ${ctx.env.GITHUB_ACTOR ?? 'an operator'}`;
        const result = await (0,rollback/* convergeRollback */.A)(provider, {
            toDeploymentId: inputs['to-deployment-id'],
            reason,
            deadline: clock/* systemClock */.m.now() + inputs.timeout,
            clock: clock/* systemClock */.m,
            logger: ctx.logger,
        });
        ctx.setOutput('outcome', result.outcome);
        ctx.setOutput('to-deployment-id', result.outcome === 'rollback_failed' ? '' : (result.toDeploymentId ?? ''));
        ctx.setOutput('from-deployment-id', result.fromDeploymentId ?? '');
        ctx.summary(`### ${HEAD[result.outcome]}\n\n${result.reason}\n\n` +
            (0,markdown/* markdownTable */.Qj)(['From', 'To', 'Attempts', 'Reason given'], [[result.fromDeploymentId ?? '—', result.toDeploymentId ?? '—', String(result.attempts), reason]]));
        if (result.outcome === 'noop')
            return;
        const from = await lookup(provider, result.fromDeploymentId);
        if (result.outcome === 'rolled_back') {
            const to = await lookup(provider, result.toDeploymentId);
            if (to)
                await records.rolledBack(from, to, reason);
        }
        else {
            await records.rollbackFailed(from, result.reason);
            throw new errors/* ReportedFailure */.g7(`rollback failed: ${result.reason}`);
        }
    });
}


/***/ }),

/***/ 51247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ convergeRollback)
/* harmony export */ });
/* unused harmony export permanentFailure */
/* harmony import */ var _http_retry_after_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93145);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50525);
/**
 * Rollback as a desired state (Argo Rollouts, Flagger): production must serve the target again.
 * The rollback is requested and confirmed, retried with backoff until it holds or the deadline
 * passes; already serving the target is a no-op. "Requested" is never reported as "done".
 *
 * Only transient failures are retried (5xx, 408/409/425/429, resets, timeouts, an alias job that
 * failed or was not confirmed). A permanent one — a {@link ConfigurationError} (a missing command,
 * a bad input) or a provider error marked `permanent` (Vercel refused the request: bad token,
 * unknown or ineligible deployment; see vercel/provider.ts) — ends the rollback at once.
 */


/**
 * When `error` is permanent (repeating the request cannot help), the one line to report, naming
 * the input to fix when the error names one (`input '<name>': …`); undefined for a transient error.
 * Permanent: a {@link ConfigurationError} (its message already names the input), or an error with
 * `permanent: true` and an optional `input` (see `VercelRefusal`).
 */
function permanentFailure(error) {
    if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
        return error.message;
    if (!(error instanceof Error))
        return undefined;
    const marked = error;
    if (marked.permanent !== true)
        return undefined;
    return typeof marked.input === 'string' ? `input '${marked.input}': ${error.message}` : error.message;
}
/**
 * Converges production back to `toDeploymentId`.
 *
 * Without `toDeploymentId` the target is the production deployment before the live one, as the
 * provider tells (`previousProduction`: never newer than the live one, never one production was
 * rolled back away from). When the provider reports that production's last move was a rollback
 * that still holds ({@link RollbackHistory}), production is already rolled back: the outcome is
 * `noop` and nothing is requested — a re-run of a rollback, or a second rollback in a row, never
 * moves production again (to go further back, name `toDeploymentId`).
 *
 * @param deadline absolute ms on `clock` after which it gives up with `rollback_failed`.
 * @param attemptMs time allowed to one request + confirmation (default 60 s, capped by the deadline).
 * Never throws for provider failures: they end in `rollback_failed` with the last error as reason —
 * at once for a permanent failure ({@link permanentFailure}), after retries with backoff until the
 * deadline for a transient one.
 */
async function convergeRollback(provider, args) {
    const { clock, logger, deadline } = args;
    const random = args.random ?? Math.random;
    let from;
    let firstRead = true;
    let target = args.toDeploymentId;
    let attempts = 0;
    let lastError;
    for (let round = 1;; round++) {
        try {
            const live = await provider.production();
            if (firstRead)
                from = live?.id;
            firstRead = false;
            if (target === undefined) {
                const done = await provider.lastRollback?.();
                if (done && live?.id === done.toId) {
                    return {
                        outcome: 'noop',
                        toDeploymentId: done.toId,
                        fromDeploymentId: from,
                        attempts,
                        reason: `production was already rolled back from ${done.fromId} to ${done.toId}; nothing to roll back (give to-deployment-id to go further back)`,
                    };
                }
                target = (await provider.previousProduction(live?.id))?.id;
            }
            if (!target) {
                return {
                    outcome: 'rollback_failed',
                    toDeploymentId: undefined,
                    fromDeploymentId: from,
                    attempts,
                    reason: 'no earlier production deployment to roll back to',
                };
            }
            if (live?.id === target) {
                return attempts === 0
                    ? {
                        outcome: 'noop',
                        toDeploymentId: target,
                        fromDeploymentId: from,
                        attempts,
                        reason: `production already serves ${target}`,
                    }
                    : {
                        outcome: 'rolled_back',
                        toDeploymentId: target,
                        fromDeploymentId: from,
                        attempts,
                        reason: `production serves ${target} again`,
                    };
            }
            attempts++;
            logger.info(`rolling back production from ${live?.id ?? 'unknown'} to ${target} (attempt ${attempts})`);
            await provider.rollback(target, Math.min(deadline, clock.now() + (args.attemptMs ?? 60_000)), args.reason);
            continue; // read back before declaring success
        }
        catch (error) {
            const permanent = permanentFailure(error);
            if (permanent !== undefined) {
                return {
                    outcome: 'rollback_failed',
                    toDeploymentId: target,
                    fromDeploymentId: from,
                    attempts,
                    reason: permanent,
                };
            }
            lastError = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
            logger.warning(`rollback attempt ${attempts} did not hold: ${lastError}`);
        }
        const wait = (0,_http_retry_after_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .j)(round, 1000, 10_000, random);
        if (clock.now() + wait >= deadline)
            break;
        await clock.sleep(wait);
    }
    return {
        outcome: 'rollback_failed',
        toDeploymentId: target,
        fromDeploymentId: from,
        attempts,
        reason: `production could not be moved back to ${target}: ${lastError ?? 'the deadline passed'}`,
    };
}


/***/ })

};
