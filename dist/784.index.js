export const id = 784;
export const ids = [784];
export const modules = {

/***/ 19784:
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
// EXTERNAL MODULE: ./lib/deploy/rollback.js
var deploy_rollback = __webpack_require__(51247);
// EXTERNAL MODULE: ./lib/http/retry-after.js
var retry_after = __webpack_require__(93145);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
;// CONCATENATED MODULE: ./lib/release/outcome.js
/**
 * What became of a release, as production tells it. Runs after the release job whatever happened to
 * it (a workflow job with `if: always()`): the release step may have been killed by the runner
 * (cancel, timeout) before it could roll back or even report, so this reads production back first
 * and repairs what was left on a deployment that was not confirmed healthy.
 *
 * Decision table (P = what production serves, read back first; "confirmed" = release outcome
 * `promoted` or `noop` and release job result `success`, or `cancelled` after the step confirmed):
 *
 * | case                                     | outcome                                                           |
 * | ---------------------------------------- | ----------------------------------------------------------------- |
 * | no deployment id                         | `failed` (the release stopped before a deployment existed)         |
 * | P = deployment, confirmed                | `promoted` / `noop`                                               |
 * | P = deployment, not confirmed            | roll back to previous while P is still the deployment (re-read):  |
 * |                                          | `rolled_back` / `rollback_failed` (no previous: `rollback_failed`) |
 * | P = previous, release `smoke_failed`     | `smoke_failed`                                                    |
 * | P = previous, release `superseded`       | `superseded`                                                      |
 * | P = previous, the promote happened¹      | `rolled_back`                                                     |
 * | P = previous, otherwise                  | `failed` (production untouched)                                   |
 * | P = anything else                        | `superseded` (production moved on)                                |
 *
 * ¹ release outcome `rolled_back`, `rollback_failed`, `promoted` or `noop`, or the provider says
 * its last production move was a rollback away from the deployment.
 *
 * When production cannot be read before `rollbackTimeoutMs`: no deployment → `failed`; confirmed, or
 * a release outcome the release step confirmed by reading production itself (`smoke_failed`,
 * `superseded`, `failed`, `rolled_back`) → that outcome, with a warning; otherwise `rollback_failed`
 * (fail closed: production may still serve an unconfirmed deployment).
 */



/** Outcomes that leave the step green (`superseded` with a warning); the rest fail it. */
const GREEN_OUTCOMES = new Set(['promoted', 'noop', 'superseded']);
/**
 * Release outcomes that stand when production cannot be read: the release step confirmed them by
 * reading production itself (besides `promoted`/`noop` with job result `success`).
 */
const STANDS_UNREAD = new Set(['smoke_failed', 'superseded', 'failed', 'rolled_back']);
/** The release job results GitHub reports (`needs.<job>.result`). */
const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
/**
 * Reads production back, decides the release's final outcome by the table above, and when
 * production serves this release's deployment without it being confirmed healthy, converges it back
 * to the previous deployment (as the rollback action does: confirmed by reading back, recorded).
 * Never throws for provider failures: they end in an outcome (`rollback_failed` when production may
 * be left on an unconfirmed deployment).
 */
async function reconcileReleaseOutcome(options) {
    const { logger } = options;
    const deploymentId = options.deploymentId || undefined;
    const previousRaw = options.previousDeploymentId || undefined;
    // A "previous" equal to the release itself is nothing to go back to.
    const previousId = previousRaw === deploymentId ? undefined : previousRaw;
    const releaseOutcome = options.releaseOutcome || undefined;
    const releaseResult = options.releaseResult || undefined;
    if (releaseResult && !JOB_RESULTS.includes(releaseResult)) {
        logger.warning(`release-result '${releaseResult}' is not one of ${JOB_RESULTS.join(', ')}; treated as not successful`);
    }
    // The release step writes `promoted` only once its health check confirmed production healthy, so a
    // job cancelled after that (its result `cancelled`) is still confirmed.
    const confirmed = (releaseOutcome === 'promoted' || releaseOutcome === 'noop') &&
        (releaseResult === 'success' || releaseResult === 'cancelled');
    const releaseSaid = `release job ${releaseResult ?? 'result unknown'}, outcome ${releaseOutcome ?? 'none'}`;
    const report = (outcome, explanation, productionAtStart, extra = {}) => ({
        outcome,
        explanation,
        productionAtStart,
        productionAtEnd: productionAtStart,
        rollback: undefined,
        ...extra,
    });
    const serves = (id) => (id === null ? 'nothing' : id);
    const first = await readProduction(options, options.clock.now() + options.rollbackTimeoutMs);
    if (!first.readable) {
        const unread = `production could not be read back (${first.error})`;
        if (!deploymentId)
            return report('failed', `the release stopped before a deployment existed; ${unread}`, undefined);
        // The release step read production itself for these (promote confirmed healthy, or production
        // untouched / confirmed back): its word stands, with a warning.
        const reported = confirmed || STANDS_UNREAD.has(releaseOutcome ?? '') ? releaseOutcome : undefined;
        if (reported) {
            logger.warning(`${unread}; trusting the release step, which reported ${reported}`);
            return report(reported, `${unread}; the release step reported ${reported} for ${deploymentId} (${releaseSaid})`, undefined);
        }
        return report('rollback_failed', `${unread}; it may still serve ${deploymentId}, which was not confirmed healthy (${releaseSaid})`, undefined);
    }
    const atStart = first.id;
    if (!deploymentId) {
        return report('failed', `the release stopped before a deployment existed (${releaseSaid}); production untouched, serves ${serves(atStart)}`, atStart);
    }
    /** Production is not on this release's deployment: say why, touching nothing. */
    const classify = async (live, extra = {}) => {
        if (live !== (previousId ?? null)) {
            return report('superseded', `production moved on: it serves ${serves(live)}, not ${deploymentId} nor the previous ${previousId ?? 'nothing'} (${releaseSaid})`, atStart, { productionAtEnd: live, ...extra });
        }
        const onPrevious = `production serves the previous ${serves(live)}`;
        if (releaseOutcome === 'smoke_failed')
            return report('smoke_failed', `${onPrevious}: ${deploymentId} failed its smoke test and was never promoted`, atStart, { productionAtEnd: live, ...extra });
        if (releaseOutcome === 'superseded')
            return report('superseded', `${onPrevious}: ${deploymentId} was superseded before its promote`, atStart, { productionAtEnd: live, ...extra });
        const promoteHappened = releaseOutcome === 'rolled_back' ||
            releaseOutcome === 'rollback_failed' ||
            releaseOutcome === 'promoted' ||
            releaseOutcome === 'noop' ||
            extra.rollback !== undefined ||
            (await rolledBackFrom(options, deploymentId));
        if (promoteHappened)
            return report('rolled_back', `${onPrevious} again: ${deploymentId} was rolled back (${releaseSaid})`, atStart, {
                productionAtEnd: live,
                ...extra,
            });
        return report('failed', `${onPrevious}, untouched: ${deploymentId} was never promoted (${releaseSaid})`, atStart, { productionAtEnd: live, ...extra });
    };
    if (atStart !== deploymentId)
        return classify(atStart);
    if (confirmed) {
        return report(releaseOutcome, `production serves ${deploymentId}, confirmed healthy by the release (${releaseSaid})`, atStart);
    }
    const why = options.reason ?? `${deploymentId} was not confirmed healthy (${releaseSaid})`;
    if (!previousId) {
        const line = `production serves ${deploymentId}, which was not confirmed healthy (${releaseSaid}), and there is nothing to roll back to: previous-deployment-id is empty`;
        await options.records.rollbackFailed(await lookup(options.provider, deploymentId), line);
        return report('rollback_failed', line, atStart);
    }
    // Only while production still serves this release: a newer release may have taken over since.
    const again = await readProduction(options, options.clock.now() + options.rollbackTimeoutMs);
    if (again.readable && again.id !== deploymentId)
        return classify(again.id);
    logger.info(`production serves ${deploymentId}, not confirmed healthy: rolling back to ${previousId}`);
    const rollback = await (0,deploy_rollback/* convergeRollback */.A)(options.provider, {
        toDeploymentId: previousId,
        reason: why,
        deadline: options.clock.now() + options.rollbackTimeoutMs,
        clock: options.clock,
        logger,
        ...(options.random ? { random: options.random } : {}),
    });
    const from = await lookup(options.provider, deploymentId);
    if (rollback.outcome === 'rollback_failed') {
        await options.records.rollbackFailed(from, rollback.reason);
        const after = await readProduction(options, options.clock.now());
        return report('rollback_failed', `production was left on an unconfirmed deployment: ${rollback.reason} (${why})`, atStart, {
            rollback,
            productionAtEnd: after.readable ? after.id : undefined,
        });
    }
    if (rollback.outcome === 'noop') {
        // Someone else moved production back in the meantime.
        return classify(previousId, { rollback });
    }
    const to = await lookup(options.provider, previousId);
    if (to)
        await options.records.rolledBack(from, to, why);
    return report('rolled_back', `production serves the previous ${previousId} again: ${why}`, atStart, {
        rollback,
        productionAtEnd: previousId,
    });
}
/**
 * Reads production, retried with backoff (1 s doubling, at most 10 s, full jitter) until `deadline`
 * (absolute ms on the clock); at least one attempt is made.
 */
async function readProduction(o, deadline) {
    for (let round = 1;; round++) {
        try {
            const live = await o.provider.production();
            return { readable: true, id: live?.id ?? null };
        }
        catch (error) {
            const message = (0,errors/* errorMessage */.gJ)(error);
            o.logger.warning(`could not read production (attempt ${round}): ${message}`);
            const wait = (0,retry_after/* backoffMs */.j)(round, 1000, 10_000, o.random ?? Math.random);
            if (o.clock.now() + wait >= deadline)
                return { readable: false, error: message };
            await o.clock.sleep(wait);
        }
    }
}
/** Whether the provider says production was rolled back away from `deploymentId`; unreadable → no. */
async function rolledBackFrom(options, deploymentId) {
    try {
        return (await options.provider.rolledBackFrom?.(deploymentId)) ?? false;
    }
    catch (error) {
        options.logger.warning(`could not tell whether ${deploymentId} was rolled back: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
}
/** `provider.get(id)`, or undefined when it cannot be read. */
function lookup(provider, id) {
    return provider.get(id).catch(() => undefined);
}

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
;// CONCATENATED MODULE: ./lib/actions/release-outcome.inputs.js



/**
 * The release-outcome action's interface; `actions/release-outcome/action.yml` repeats it (checked
 * by a test). Every release input may be empty: the release job may have been cancelled or killed
 * before it wrote its outputs.
 */
const releaseOutcomeSpec = (0,spec/* defineAction */.QP)({
    name: 'release-outcome',
    inputs: {
        ...provider_inputs/* providerInputs */.H,
        'deployment-id': spec/* input */.hF.string({
            description: "This release's deployment: the release step's deployment-id output. Empty when the release stopped before it had one.",
        }),
        'previous-deployment-id': spec/* input */.hF.string({
            description: "Production before the release (the release step's previous-deployment-id output): what a rollback goes back to.",
        }),
        'release-outcome': spec/* input */.hF.string({
            description: "The release step's outcome output; empty when the step never got to write it.",
        }),
        'release-result': spec/* input */.hF.string({
            description: "The release job's result (needs.<job>.result): success, failure, cancelled or skipped. Only success with outcome promoted or noop counts as confirmed healthy.",
        }),
        reason: spec/* input */.hF.string({
            description: 'Why, recorded with a rollback (Vercel description, GitHub status, summary). Default: from the release result and outcome.',
        }),
        'rollback-timeout': spec/* input */.hF.duration({
            description: 'Deadline for reading production back (retried with backoff), and again for converging a rollback.',
            default: '2m',
            max: parse/* DURATION_LIMITS */.IM.deadline,
        }),
        'rollback-command': provider_inputs/* commandInputs */.t['rollback-command'],
        'production-command': provider_inputs/* commandInputs */.t['production-command'],
    },
    outputs: {
        outcome: 'promoted, noop, superseded, smoke_failed, rolled_back, rollback_failed or failed: what became of the release, as production tells it. Only promoted, noop and superseded leave the step green.',
        'production-deployment-id': 'What production serves at the end, read back (empty when it serves nothing or could not be read).',
    },
});

;// CONCATENATED MODULE: ./lib/actions/release-outcome.js
/**
 * release-outcome entry: after the release job, whatever happened to it (`if: always()`), reads
 * production back, repairs it when it was left on a release that was not confirmed healthy, and
 * reports the final outcome. The logic is in src/release/outcome.ts.
 */








const HEAD = {
    promoted: '✅ Released',
    noop: '✅ Released (production already served it)',
    superseded: '⏭️ Superseded',
    smoke_failed: '❌ Smoke test failed (production untouched)',
    rolled_back: '↩️ Rolled back',
    rollback_failed: '🚨 Rollback failed',
    failed: '❌ Release failed (production untouched)',
};
/** A deployment id as a table cell: the id, `nothing`, or `unknown` (could not be read). */
const cell = (id) => (id === undefined ? 'unknown' : (id ?? 'nothing'));
async function run() {
    await (0,action_run/* runActionBody */.I$)(releaseOutcomeSpec, async (inputs, ctx) => {
        const { provider, http } = (0,actions_provider/* makeProvider */.g)(inputs, ctx.env, ctx.logger);
        const records = release_records/* ReleaseRecords */._.create(inputs['github-token'], ctx.env, {
            http,
            clock: clock/* systemClock */.m,
            logger: ctx.logger,
        });
        const report = await reconcileReleaseOutcome({
            provider,
            clock: clock/* systemClock */.m,
            logger: ctx.logger,
            records,
            deploymentId: inputs['deployment-id'],
            previousDeploymentId: inputs['previous-deployment-id'],
            releaseOutcome: inputs['release-outcome'],
            releaseResult: inputs['release-result'],
            reason: inputs.reason,
            rollbackTimeoutMs: inputs['rollback-timeout'],
        });
        ctx.setOutput('outcome', report.outcome);
        ctx.setOutput('production-deployment-id', report.productionAtEnd ?? '');
        ctx.summary(`### ${HEAD[report.outcome]}\n\n${report.explanation}\n\n` +
            (0,markdown/* markdownTable */.Qj)(['', 'Deployment or value'], [
                ['This release', inputs['deployment-id'] ?? '—'],
                ['Production before the release', inputs['previous-deployment-id'] ?? '—'],
                ['Production when checked (read back)', cell(report.productionAtStart)],
                ['Production now (read back)', cell(report.productionAtEnd)],
                ['Release step outcome', inputs['release-outcome'] ?? '—'],
                ['Release job result', inputs['release-result'] ?? '—'],
                ...(report.rollback
                    ? [['Rollback', `${report.rollback.outcome}: ${report.rollback.reason}`]]
                    : []),
            ]));
        if (report.outcome === 'superseded')
            ctx.annotate('warning', [{ title: 'release superseded', message: report.explanation }]);
        if (!GREEN_OUTCOMES.has(report.outcome))
            throw new errors/* ReportedFailure */.g7(`release ${report.outcome}: ${report.explanation}`);
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
