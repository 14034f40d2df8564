export const id = 256;
export const ids = [256];
export const modules = {

/***/ 99537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ deploySpec)
/* harmony export */ });
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88554);
/* harmony import */ var _provider_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37271);


/** The deploy action's interface; `actions/deploy/action.yml` repeats it (checked by a test). */
const deploySpec = (0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'deploy',
    inputs: {
        ..._provider_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .providerInputs */ .H,
        environment: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(['preview', 'staging', 'production'], {
            description: 'preview, staging (a preview build, optionally aliased) or production.',
            default: 'preview',
        }),
        path: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'Directory to deploy: a static build, or the project root holding .vercel/output when prebuilt.',
            default: '.',
        }),
        prebuilt: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Deploy a Build Output API tree (.vercel/output, e.g. from `vercel build`) without building.',
            default: 'false',
        }),
        staged: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Production only: build without moving the production domains, for a blue-green promote later. Defaults to true for production.',
        }),
        timeout: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({
            description: 'Deadline for the whole deploy; on expiry the deployment is cancelled and the step fails naming it.',
            default: '15m',
        }),
        alias: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'A domain to point at the new deployment, e.g. staging.example.com.',
        }),
        'deploy-command': _provider_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .commandInputs */ .t['deploy-command'],
        'production-command': _provider_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .commandInputs */ .t['production-command'],
    },
    outputs: {
        'deployment-id': 'Id of the deployment (new, or reused: a ready one with the same content).',
        url: 'Unique URL of the deployment (use it for smoke tests before promotion).',
        'previous-deployment-id': 'Production deployment live before this deploy (production only; empty when none). Pass it to promote and rollback.',
        environment: 'The environment deployed to.',
        reused: "'true' when a ready deployment of the same content (a re-run, or another run of the same build) was reused instead of deploying again.",
    },
});


/***/ }),

/***/ 85668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ runMeta),
/* harmony export */   c: () => (/* binding */ deployStep)
/* harmony export */ });
/* harmony import */ var _deploy_content_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42568);
/**
 * The release path's steps as the actions share them: deploy (or reuse the ready deployment of the
 * same content) and the meta a deployment carries. Used by the deploy action and the release action.
 */

/**
 * The meta a deployment carries: environment, commit, run and attempt, repository and ref. Values
 * come from the runner's `GITHUB_*` variables; absent ones are left out. {@link deployStep} adds the
 * content key; environment + content key (+ repository) are what reuse matches, the rest is
 * information.
 */
function runMeta(env, environment) {
    const meta = { greenlightEnvironment: environment };
    const put = (key, value) => {
        if (value)
            meta[key] = value;
    };
    put('githubCommitSha', env.GITHUB_SHA);
    put('githubRunId', env.GITHUB_RUN_ID);
    put('githubRunAttempt', env.GITHUB_RUN_ATTEMPT);
    put('githubRepo', env.GITHUB_REPOSITORY);
    put('githubCommitRef', env.GITHUB_REF_NAME);
    return meta;
}
/** Whether `deployment` was made by the run `meta` describes (both carry the same `githubRunId`). */
const sameRun = (deployment, meta) => meta.githubRunId !== undefined && deployment.meta.githubRunId === meta.githubRunId;
/**
 * Records live production, then reuses a ready deployment of the same content (the provider's
 * content key of `path` in `meta.greenlightContentKey`; a re-run, or a new run of the same build)
 * or deploys anew, and points `alias` at the result.
 *
 * A production deployment of the same content that is older than live production and was made by
 * another run is not reused: promote never moves production back to an older deployment, so
 * releasing earlier content again (a revert) needs a new one. A re-run of the same run still reuses
 * it and ends superseded, as a newer release won.
 * @throws ProviderError / ConfigurationError from the provider (ConfigurationError when `path`
 *   cannot be read).
 */
async function deployStep(provider, args) {
    const { environment, logger } = args;
    const key = await provider.contentKey?.(args.path, args.prebuilt);
    const meta = key ? { ...args.meta, [_deploy_content_key_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_KEY_META */ .mf]: key } : args.meta;
    const live = environment === 'production' ? await provider.production() : undefined;
    let reused = await provider.findReusable(meta, environment);
    if (reused &&
        live &&
        reused.id !== live.id &&
        !sameRun(reused, meta) &&
        reused.createdAt > 0 &&
        reused.createdAt < live.createdAt) {
        logger.info(`${reused.id} has the same content but is older than production (${live.id}); deploying anew`);
        reused = undefined;
    }
    // When an earlier attempt (or run) already put it live, "before this release" is what preceded it.
    const previous = reused && live?.id === reused.id ? await provider.previousProduction(reused.id) : live;
    let uploadedFiles = 0;
    let uploadedBytes = 0;
    let deployment;
    if (reused) {
        logger.info(`reusing ${reused.id}: already ready with the same content (${_deploy_content_key_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_KEY_META */ .mf} ${key})`);
        deployment = reused;
        if (environment === 'production' && !args.staged && live?.id !== reused.id)
            await provider.promote(reused.id, args.deadline);
    }
    else {
        const result = await provider.deploy({
            path: args.path,
            environment,
            staged: args.staged,
            prebuilt: args.prebuilt,
            meta,
            deadline: args.deadline,
        });
        ({ deployment, uploadedFiles, uploadedBytes } = result);
    }
    if (args.alias) {
        logger.info(`pointing ${args.alias} at ${deployment.id}`);
        await provider.assignAlias(deployment.id, args.alias, args.deadline);
    }
    return { deployment, previous, reused: reused !== undefined, uploadedFiles, uploadedBytes };
}


/***/ }),

/***/ 77256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ release_run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/github/release-records.js + 6 modules
var release_records = __webpack_require__(78783);
// EXTERNAL MODULE: ./lib/health/report.js
var report = __webpack_require__(33774);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: ./lib/probes/check.js
var check = __webpack_require__(79299);
// EXTERNAL MODULE: ./lib/probes/report.js
var probes_report = __webpack_require__(77337);
// EXTERNAL MODULE: ./lib/deploy/promote.js
var promote = __webpack_require__(54399);
// EXTERNAL MODULE: ./lib/deploy/rollback.js
var deploy_rollback = __webpack_require__(51247);
// EXTERNAL MODULE: ./lib/health/runner.js + 2 modules
var runner = __webpack_require__(42381);
// EXTERNAL MODULE: ./lib/probes/run.js + 1 modules
var run = __webpack_require__(58738);
// EXTERNAL MODULE: ./lib/probes/status.js
var probes_status = __webpack_require__(18689);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/actions/release-steps.js
var release_steps = __webpack_require__(85668);
// EXTERNAL MODULE: ./lib/release/stages.js
var stages = __webpack_require__(57354);
;// CONCATENATED MODULE: ./lib/release/cancel.js

/** One line saying why `signal` aborted: its reason's message (e.g. `received SIGINT`), or `cancelled`. */
function abortReason(signal) {
    const reason = signal.reason;
    if (reason instanceof Error && reason.message)
        return reason.message;
    if (typeof reason === 'string' && reason)
        return reason;
    return 'cancelled';
}
/**
 * Starts `start()` and settles as its promise does, unless `signal` aborts first: then rejects at
 * once with {@link StageCancelled} (message: {@link abortReason}). When `signal` has already aborted,
 * `start` is not called. The work itself is not stopped; whoever needs its late outcome keeps its own
 * reference. Without a signal this is `start()`.
 */
function untilAborted(signal, start) {
    if (!signal)
        return start();
    if (signal.aborted)
        return Promise.reject(new stages/* StageCancelled */.Gk(abortReason(signal)));
    const work = start();
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new stages/* StageCancelled */.Gk(abortReason(signal)));
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
/**
 * Settles as `work` does, but once `signal` has aborted, waits at most `graceMs()` more (ms on
 * `clock`, asked at the moment of the abort, or at once when it already aborted) and then resolves
 * with `fallback()` instead. Used to keep a rollback inside the runner's budget after a cancel.
 * Without a signal this is `work`.
 */
function boundAfterAbort(work, signal, graceMs, clock, fallback) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        const stopTimer = new AbortController();
        const onAbort = () => {
            clock.sleep(Math.max(0, graceMs()), stopTimer.signal).then(() => resolve(fallback()), () => { });
        };
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
            stopTimer.abort();
            signal.removeEventListener('abort', onAbort);
        };
        work.then((value) => {
            settle();
            resolve(value);
        }, (error) => {
            settle();
            reject(error);
        });
    });
}
/**
 * Waits until `work` settles or `ms` pass on `clock`, whichever is first; never rejects (a cancelled
 * promote is given a moment to land before the rollback reads production).
 */
async function settleWithin(work, ms, clock) {
    const stopTimer = new AbortController();
    try {
        await Promise.race([
            work.then(() => undefined, () => undefined),
            clock.sleep(Math.max(0, ms), stopTimer.signal).catch(() => undefined),
        ]);
    }
    finally {
        stopTimer.abort();
    }
}

// EXTERNAL MODULE: ./lib/release/rolled-back.js
var rolled_back = __webpack_require__(49975);
;// CONCATENATED MODULE: ./lib/release/run.js
/**
 * One blue-green release, as the root action runs it in a single step:
 * deploy staged → smoke-test the unique URL (pre-promotion analysis) → promote with
 * compare-and-swap → health-check production (post-promotion analysis) → when not healthy, roll
 * back to the deployment recorded before the deploy, confirm it, report.
 *
 * Outcomes (DESIGN "The release path"): `promoted`, `superseded` (a newer release won; nothing
 * changed), `smoke_failed` (production never touched), `rolled_back`, `rollback_failed`, and
 * `failed` (the release stopped before production changed: the deploy failed, the release was
 * cancelled before the promote, or the promote failed and production, read back, still serves the
 * previous deployment).
 *
 * A promote that fails is not trusted to have done nothing: production is read back, and unless it
 * still serves the previous deployment, it is converged back to it (fail-closed when it cannot be
 * read).
 *
 * Cancellation (`signal`, aborted by the entry on the runner's SIGINT/SIGTERM): before the promote
 * the release stops (`failed`, production untouched). From the promote until the health check has
 * confirmed production healthy, the running stage is abandoned at once and production is converged
 * back to the previous deployment within {@link CANCEL_BUDGET_MS}.
 */












/**
 * After a cancel, production must be confirmed back within this, ms: the runner sends SIGTERM 7.5 s
 * after SIGINT and kills the step 2.5 s later, and the outputs and summary still have to be written.
 */
const CANCEL_BUDGET_MS = 6000;
/** Of that budget, how long a promote in flight may take to land before the rollback reads production, ms. */
const PROMOTE_SETTLE_MS = 2000;
/** A rollback not back by the budget's end plus this is reported `rollback_failed`, ms (a request can hang past its deadline). */
const CUTOFF_SLACK_MS = 500;
/** GitHub records written after a cancel get at most this, ms (notices only; the step must end in time). */
const RECORDS_AFTER_CANCEL_MS = 1000;
/** Warm-up statuses a fresh deployment may answer for a moment. */
const SMOKE_RETRY_ON = (0,probes_status/* parseStatusSet */.o)('404, 429, 5xx');
/**
 * Runs the release. Every stage's failure ends in an outcome; nothing after the promote request
 * leaves production on an unconfirmed deployment without trying to move it back.
 * @throws ProviderError only when the check for an earlier rollback or the GitHub record before the
 *   smoke test fails unexpectedly (production untouched then).
 */
async function release(o) {
    const { signal } = o;
    let cancelledAt;
    const noteCancel = () => {
        cancelledAt ??= o.clock.now();
    };
    if (signal?.aborted)
        noteCancel();
    else
        signal?.addEventListener('abort', noteCancel, { once: true });
    try {
        return await releaseSteps(o, () => cancelledAt);
    }
    finally {
        signal?.removeEventListener('abort', noteCancel);
    }
}
async function releaseSteps(o, cancelledAt) {
    const { provider, clock, logger, records, signal } = o;
    const timeline = new stages/* Timeline */.Kf(clock);
    const cancelBudgetMs = o.cancelBudgetMs ?? CANCEL_BUDGET_MS;
    let deployment;
    let previous;
    const done = (outcome, reason, extra = {}) => ({
        outcome,
        reason,
        deployment,
        previous,
        cancelled: false,
        timeToRollbackMs: undefined,
        stages: timeline.stages,
        smoke: undefined,
        health: undefined,
        rollback: undefined,
        ...extra,
    });
    const cancelledBeforePromote = (extra = {}) => done('failed', `cancelled before production changed (${signal ? abortReason(signal) : 'cancelled'}); production still serves ${previous?.id ?? 'what it served before'}`, { ...extra, cancelled: true });
    /** A GitHub record; after a cancel it gets {@link RECORDS_AFTER_CANCEL_MS} at most. */
    const record = (work) => boundAfterAbort(work, signal, () => RECORDS_AFTER_CANCEL_MS, clock, () => undefined);
    /**
     * Converges production back to `previous` after `why`. `mayBeUnchanged`: the promote may not have
     * taken effect, so production already serving `previous` means nothing changed (`failed`).
     */
    const restore = async (why, options) => {
        const budgetEnd = () => (cancelledAt() ?? clock.now()) + cancelBudgetMs;
        const deadline = signal?.aborted ? budgetEnd() : clock.now() + o.rollbackTimeoutMs;
        const target = previous?.id;
        const rollback = await timeline.run('rollback', async () => {
            const result = await boundAfterAbort((0,deploy_rollback/* convergeRollback */.A)(provider, { toDeploymentId: target, reason: why, deadline, clock, logger }), signal, () => budgetEnd() + CUTOFF_SLACK_MS - clock.now(), clock, () => ({
                outcome: 'rollback_failed',
                toDeploymentId: target,
                fromDeploymentId: undefined,
                attempts: 0,
                reason: `production was not confirmed back on ${target ?? 'the previous deployment'} within ${(0,parse/* formatDuration */.a3)(cancelBudgetMs)} of the cancel`,
            }));
            return { ...result, detail: result.reason };
        });
        const restoredAt = clock.now();
        const extra = { ...options.extra, rollback, cancelled: signal?.aborted === true };
        if (rollback.outcome === 'noop' && options.mayBeUnchanged) {
            return done('failed', `${why}; production still serves ${rollback.toDeploymentId} (read back)`, extra);
        }
        if (rollback.outcome === 'rollback_failed') {
            await record(records.rollbackFailed(deployment, rollback.reason));
            return done('rollback_failed', `${why}; ${rollback.reason}`, extra);
        }
        if (previous)
            await record(records.rolledBack(deployment, previous, why));
        return done('rolled_back', `${why}; production serves ${rollback.toDeploymentId} again`, {
            ...extra,
            timeToRollbackMs: options.noticedAt === undefined ? undefined : restoredAt - options.noticedAt,
        });
    };
    try {
        ({ deployment, previous } = await timeline.run('deploy', () => untilAborted(signal, async () => {
            const r = await (0,release_steps/* deployStep */.c)(provider, {
                path: o.deploy.path,
                environment: 'production',
                staged: true,
                prebuilt: o.deploy.prebuilt,
                meta: o.deploy.meta,
                deadline: clock.now() + o.deploy.timeoutMs,
                alias: undefined,
                logger,
            });
            return {
                ...r,
                outcome: r.reused ? 'reused' : 'ready',
                detail: `${r.deployment.id} ${r.deployment.url} (staged)`,
            };
        })));
    }
    catch (error) {
        if (error instanceof stages/* StageCancelled */.Gk)
            return cancelledBeforePromote();
        return done('failed', `deploy failed: ${(0,errors/* errorMessage */.gJ)(error)}; production untouched`);
    }
    o.onDeployed?.({ deployment, previous });
    if (signal?.aborted)
        return cancelledBeforePromote();
    if (!o.force && (await (0,rolled_back/* wasRolledBackFrom */.v)(provider, records, deployment.id))) {
        const reason = `this commit (${deployment.id}) was rolled back earlier; it is not promoted again unless force is true`;
        timeline.add({
            stage: 'promote',
            startedAt: clock.now(),
            durationMs: 0,
            outcome: 'refused',
            detail: reason,
        });
        return done('rolled_back', reason);
    }
    // Recorded only now: the check above reads this commit's latest GitHub status, which this would change.
    await records.deployed(deployment, 'production', true);
    let smoke;
    try {
        ({ report: smoke } = await timeline.run('smoke test', () => untilAborted(signal, async () => {
            const results = await (0,run/* runChecks */.JT)(o.smoke.checks, {
                baseUrl: new URL(deployment.url),
                timeoutMs: 10_000,
                retries: 3,
                retryOnStatus: SMOKE_RETRY_ON,
                retryOnAssertion: false,
                followRedirects: true,
                protectionBypass: o.smoke.protectionBypass,
            }, o.http, { concurrency: 8, failFast: false });
            const report = (0,probes_report/* smokeTestReport */.IJ)(deployment.url, results);
            return {
                report,
                outcome: report.passed ? 'passed' : 'failed',
                detail: `${report.total - report.failed}/${report.total} checks passed`,
            };
        })));
    }
    catch (error) {
        if (error instanceof stages/* StageCancelled */.Gk)
            return cancelledBeforePromote();
        return done('failed', `smoke test could not run: ${(0,errors/* errorMessage */.gJ)(error)}; production untouched`);
    }
    if (!smoke.passed) {
        const failed = smoke.checks
            .filter((c) => c.outcome !== 'passed')
            .map((c) => `${c.name}: ${c.reasons.join('; ')}`);
        return done('smoke_failed', `smoke test failed on ${deployment.url}; production untouched (${failed.slice(0, 3).join(' | ')})`, { smoke });
    }
    if (signal?.aborted)
        return cancelledBeforePromote({ smoke });
    let promoteCall;
    let promoteSettled;
    let promoted;
    try {
        promoted = await timeline.run('promote', async () => {
            const r = await untilAborted(signal, () => {
                promoteCall = (0,promote/* promoteWithCas */.W)(provider, {
                    deploymentId: deployment.id,
                    expectedCurrentId: previous?.id,
                    deadline: clock.now() + o.promoteTimeoutMs,
                    logger,
                });
                promoteCall.then((settled) => (promoteSettled = settled), () => undefined);
                return promoteCall;
            });
            return { ...r, detail: r.reason };
        });
    }
    catch (error) {
        if (error instanceof stages/* StageCancelled */.Gk) {
            if (!promoteCall)
                return cancelledBeforePromote({ smoke });
            // The promote request may be on its way: let it land (briefly), then converge back.
            await settleWithin(promoteCall, PROMOTE_SETTLE_MS, clock);
            // It found production moved on and changed nothing: nothing of ours to take back.
            if (promoteSettled?.outcome === 'superseded')
                return done('superseded', promoteSettled.reason, { smoke, cancelled: true });
            return restore(`cancelled during the promote (${error.message})`, {
                mayBeUnchanged: true,
                extra: { smoke },
            });
        }
        return afterFailedPromote(`promote failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (promoted.outcome === 'superseded')
        return done('superseded', promoted.reason, { smoke });
    if (promoted.outcome === 'promoted')
        await record(records.promoted(deployment));
    let firstFailureAt;
    let health;
    try {
        ({ result: health } = await timeline.run('health check', () => untilAborted(signal, async () => {
            const r = await (0,runner/* runHealthCheck */.W)({
                checks: o.health.checks,
                probe: { baseUrl: o.health.url, protectionBypass: o.smoke.protectionBypass },
                schedule: o.health.schedule,
                limits: o.health.limits,
                progressDeadlineMs: o.health.progressDeadlineMs,
                http: o.http,
                clock,
                logger,
                onMeasurement: (m) => {
                    if (m.outcome !== 'passed')
                        firstFailureAt ??= m.startedAt;
                },
            });
            return { result: r, outcome: r.verdict, detail: r.reason };
        })));
    }
    catch (error) {
        if (error instanceof stages/* StageCancelled */.Gk)
            return restore(`cancelled during the health check (${error.message})`, {
                mayBeUnchanged: false,
                extra: { smoke },
            });
        return restore(`health check could not run: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            mayBeUnchanged: false,
            noticedAt: clock.now(),
            extra: { smoke },
        });
    }
    if (health.healthy)
        return done('promoted', `production serves ${deployment.id} and is healthy`, { smoke, health });
    return restore(`health check ${health.verdict}: ${health.reason}`, {
        mayBeUnchanged: false,
        noticedAt: firstFailureAt ?? clock.now(),
        extra: { smoke, health },
    });
    /**
     * The promote threw (refused, failed, or not confirmed — its request may still have taken effect):
     * read production back; unless it still serves `previous`, converge back to it (also when it cannot
     * be read).
     */
    async function afterFailedPromote(why) {
        try {
            const live = await untilAborted(signal, () => provider.production());
            if (live?.id === previous?.id)
                return done('failed', `${why}; production still serves ${previous?.id ?? 'nothing'} (read back)`, {
                    smoke,
                });
            logger.warning(`${why}; production serves ${live?.id ?? 'nothing'} now: rolling back to ${previous?.id}`);
        }
        catch (error) {
            if (!(error instanceof stages/* StageCancelled */.Gk))
                logger.warning(`${why}; production could not be read back (${(0,errors/* errorMessage */.gJ)(error)}): rolling back`);
        }
        return restore(why, { mayBeUnchanged: true, extra: { smoke } });
    }
}

// EXTERNAL MODULE: ./lib/runtime/action-run.js + 1 modules
var action_run = __webpack_require__(19928);
;// CONCATENATED MODULE: ./lib/runtime/cancellation.js
const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Installs SIGINT and SIGTERM handlers on this process. The first signal aborts the returned
 * `signal` and logs a warning; every later one is only logged, so that a second signal (the runner's
 * SIGTERM after 7.5 s) does not kill the process while it is still restoring production. Call
 * `dispose` when done; until then Node's default handling (exit at once) is off.
 */
function watchRunnerCancellation(logger) {
    const controller = new AbortController();
    const onSignal = (received) => {
        if (controller.signal.aborted) {
            logger.warning(`received ${received} again; still finishing (restoring production first)`);
            return;
        }
        logger.warning(`received ${received}: the run was cancelled or the job timed out; stopping`);
        controller.abort(new Error(`received ${received}`));
    };
    for (const name of SIGNALS)
        process.on(name, onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            for (const name of SIGNALS)
                process.off(name, onSignal);
        },
    };
}

// EXTERNAL MODULE: ./lib/runtime/clock.js
var clock = __webpack_require__(37642);
// EXTERNAL MODULE: ./lib/actions/health-check.js
var health_check = __webpack_require__(30756);
// EXTERNAL MODULE: ./lib/actions/provider.js + 11 modules
var actions_provider = __webpack_require__(81742);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/actions/deploy.inputs.js
var deploy_inputs = __webpack_require__(99537);
// EXTERNAL MODULE: ./lib/actions/health-check.inputs.js
var health_check_inputs = __webpack_require__(65537);
// EXTERNAL MODULE: ./lib/actions/provider.inputs.js
var provider_inputs = __webpack_require__(37271);
;// CONCATENATED MODULE: ./lib/actions/release.inputs.js




const health = health_check_inputs/* healthCheckSpec */.m.inputs;
/** The root action ("release"): `action.yml` repeats it (checked by a test). */
const releaseSpec = (0,spec/* defineAction */.QP)({
    name: 'release',
    inputs: {
        ...provider_inputs/* providerInputs */.H,
        ...provider_inputs/* commandInputs */.t,
        path: deploy_inputs/* deploySpec */.h.inputs.path,
        prebuilt: deploy_inputs/* deploySpec */.h.inputs.prebuilt,
        timeout: spec/* input */.hF.duration({
            description: 'Deadline for the deploy (build and upload); on expiry the deployment is cancelled.',
            default: '15m',
        }),
        'production-url': spec/* input */.hF.url({
            description: 'The URL production serves on (your production domain), health-checked after the promote.',
            required: true,
        }),
        'smoke-checks': spec/* input */.hF.string({
            description: 'Checks for the staged deployment before it gets traffic, inline YAML or JSON (smoke-test format). Default: GET / answers 2xx. 404, 429 and 5xx are retried while it warms up.',
        }),
        'health-checks': spec/* input */.hF.string({
            description: 'Checks every health measurement runs on production-url, inline YAML or JSON (smoke-test format). Default: GET / answers 2xx.',
        }),
        interval: health.interval,
        count: health.count,
        duration: health.duration,
        'initial-delay': health['initial-delay'],
        'failure-limit': health['failure-limit'],
        'consecutive-error-limit': health['consecutive-error-limit'],
        'max-error-rate': health['max-error-rate'],
        'max-p95-ms': health['max-p95-ms'],
        'max-p99-ms': health['max-p99-ms'],
        'consecutive-success-limit': health['consecutive-success-limit'],
        'progress-deadline': health['progress-deadline'],
        'protection-bypass': health['protection-bypass'],
        force: spec/* input */.hF.boolean({
            description: 'Promote this commit even if it was rolled back before (by default a re-run does not promote a rolled-back commit again).',
            default: 'false',
        }),
        'rollback-timeout': spec/* input */.hF.duration({
            description: 'Deadline for converging production back when the health check fails or a failed promote may have taken effect (after a cancel: 6s).',
            default: '5m',
        }),
    },
    outputs: {
        outcome: 'promoted, superseded, smoke_failed, rolled_back, rollback_failed or failed (stopped before production changed: the deploy failed, the run was cancelled before the promote, or the promote failed and production, read back, still serves the previous deployment). All but promoted and superseded fail the step. A run cancelled after the promote ends rolled_back or rollback_failed.',
        'deployment-id': 'The staged deployment this release built (or reused on a re-run).',
        'previous-deployment-id': 'Production deployment before this release: the rollback target.',
        url: 'Unique URL of the deployment.',
        'time-to-rollback-ms': 'After a rollback: ms from the first failed health probe to production confirmed restored (empty otherwise).',
    },
});

;// CONCATENATED MODULE: ./lib/actions/release.js
/**
 * release entry (the root action.yml): the whole blue-green release in one step, with automatic,
 * confirmed rollback. The logic is in src/release/run.ts.
 *
 * Outputs are written as soon as they are known (`deployment-id`, `previous-deployment-id` and `url`
 * right after the deploy), because a job's outputs are what its steps wrote to `GITHUB_OUTPUT`, also
 * when the step is killed later. `outcome` is always written. On the runner's SIGINT/SIGTERM (run
 * cancelled, job timed out) the release is aborted, production restored when needed, the outputs and
 * summary written, and the process exits at once with code 1 (abandoned work must not keep it alive).
 */
















const HEAD = {
    promoted: '✅ Released',
    superseded: '⏭️ Superseded',
    smoke_failed: '❌ Smoke test failed (production untouched)',
    rolled_back: '↩️ Rolled back',
    rollback_failed: '🚨 Rollback failed',
    failed: '❌ Release failed (production not changed)',
};
const RED = new Set([
    'smoke_failed',
    'rolled_back',
    'rollback_failed',
    'failed',
]);
async function release_run() {
    let cancellation;
    try {
        await (0,action_run/* runActionBody */.I)(releaseSpec, async (inputs, ctx) => {
            cancellation = watchRunnerCancellation(ctx.logger);
            await releaseBody(inputs, ctx, cancellation.signal);
        });
    }
    finally {
        // After a cancel the abandoned stages (a health check's timers, requests in flight) would keep
        // the process alive past the runner's kill; everything the step owes is written by now.
        if (cancellation?.signal.aborted)
            process.exit();
        cancellation?.dispose();
    }
}
/** Parses the inputs, runs the release, and writes outputs, summary and annotations. */
async function releaseBody(inputs, ctx, signal) {
    const smokeChecks = (0,check/* parseChecks */.B2)(inputs['smoke-checks'] ?? '[/]', inputs['smoke-checks'] ? "input 'smoke-checks'" : 'default smoke checks');
    const healthChecks = (0,check/* parseChecks */.B2)(inputs['health-checks'] ?? '[/]', inputs['health-checks'] ? "input 'health-checks'" : 'default health checks');
    // `timeout` here is the deploy's deadline; health probes keep their default timeout.
    const { schedule, limits } = (0,health_check.healthWindow)({ ...inputs, timeout: undefined });
    const { provider, http } = (0,actions_provider/* makeProvider */.g)(inputs, ctx.env, ctx.logger);
    const records = release_records/* ReleaseRecords */._.create(inputs['github-token'], ctx.env, http, ctx.logger);
    let deployedWritten = false;
    let result;
    try {
        result = await release({
            provider,
            http,
            clock: clock/* systemClock */.m,
            logger: ctx.logger,
            records,
            deploy: {
                path: (0,external_node_path_.resolve)(inputs.path),
                prebuilt: inputs.prebuilt,
                meta: (0,release_steps/* runMeta */.Z)(ctx.env, 'production'),
                timeoutMs: inputs.timeout,
            },
            smoke: { checks: smokeChecks, protectionBypass: inputs['protection-bypass'] },
            health: {
                url: inputs['production-url'],
                checks: healthChecks,
                schedule,
                limits,
                progressDeadlineMs: inputs['progress-deadline'],
            },
            force: inputs.force,
            promoteTimeoutMs: 5 * 60_000,
            rollbackTimeoutMs: inputs['rollback-timeout'],
            signal,
            onDeployed: ({ deployment, previous }) => {
                ctx.setOutput('deployment-id', deployment.id);
                ctx.setOutput('previous-deployment-id', previous?.id ?? '');
                ctx.setOutput('url', deployment.url);
                deployedWritten = true;
            },
        });
    }
    catch (error) {
        // Only before anything touched production (see release()); the outcome is still owed.
        ctx.setOutput('outcome', 'failed');
        throw error;
    }
    ctx.setOutput('outcome', result.outcome);
    if (!deployedWritten) {
        ctx.setOutput('deployment-id', '');
        ctx.setOutput('previous-deployment-id', result.previous?.id ?? '');
        ctx.setOutput('url', '');
    }
    ctx.setOutput('time-to-rollback-ms', result.timeToRollbackMs === undefined ? '' : Math.round(result.timeToRollbackMs));
    const cancelled = result.cancelled ? '🛑 Cancelled — ' : '';
    const parts = [
        `### ${cancelled}${HEAD[result.outcome]}: ${result.deployment?.id ?? 'no deployment'}`,
        result.reason,
        (0,stages/* timelineMarkdown */.jy)(result.stages),
    ];
    if (result.timeToRollbackMs !== undefined) {
        parts.push(`Time from the first failed probe to production restored: **${(0,parse/* formatDuration */.a3)(result.timeToRollbackMs)}**`);
    }
    if (result.smoke && result.deployment)
        parts.push(`#### Smoke test of ${result.deployment.url}\n\n${(0,probes_report/* resultsTable */.r6)(result.smoke.checks)}`);
    if (result.health)
        parts.push((0,report/* healthMarkdown */.gG)(result.health));
    ctx.summary(parts.join('\n\n'));
    if (result.outcome === 'superseded')
        ctx.annotate('warning', [{ title: 'release superseded', message: result.reason }]);
    if (RED.has(result.outcome)) {
        ctx.annotate('error', [{ title: `release ${result.outcome}`, message: result.reason }]);
        throw new errors/* ReportedFailure */.g7(`release ${result.outcome}: ${result.reason}`);
    }
}


/***/ }),

/***/ 54399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ promoteWithCas)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16014);

/**
 * @param expectedCurrentId production as recorded before the deploy; when given and production is
 *   something else now, the outcome is `superseded`.
 * @param deadline absolute ms on the provider's clock for the promote and its confirmation.
 * @throws ProviderError when the deployment is not a ready production build, or the provider refuses
 *   or cannot confirm the promote.
 */
async function promoteWithCas(provider, args) {
    const { deploymentId, expectedCurrentId, deadline, logger } = args;
    const [live, target] = await Promise.all([provider.production(), provider.get(deploymentId)]);
    const previousDeploymentId = live?.id;
    if (live?.id === deploymentId) {
        return { outcome: 'noop', previousDeploymentId, reason: `production already serves ${deploymentId}` };
    }
    if (expectedCurrentId !== undefined && live?.id !== expectedCurrentId) {
        return {
            outcome: 'superseded',
            previousDeploymentId,
            reason: `production moved to ${live?.id ?? 'nothing'} since ${expectedCurrentId} was recorded; ${deploymentId} was not promoted`,
        };
    }
    // createdAt 0 means unknown (the command provider cannot always tell): no age comparison then.
    if (live && live.createdAt > 0 && target.createdAt > 0 && live.createdAt > target.createdAt) {
        return {
            outcome: 'superseded',
            previousDeploymentId,
            reason: `production serves ${live.id}, newer than ${deploymentId}; an older deployment is not promoted over it`,
        };
    }
    if (target.state !== 'ready')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m(`deployment ${deploymentId} is ${target.state}, not ready; not promoted`);
    if (!target.production && provider.name === 'vercel') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m(`deployment ${deploymentId} is a preview build; promote a production (staged) deployment`);
    }
    logger.info(`promoting ${deploymentId} (production was ${previousDeploymentId ?? 'empty'})`);
    await provider.promote(deploymentId, deadline);
    return { outcome: 'promoted', previousDeploymentId, reason: `production now serves ${deploymentId}` };
}


/***/ }),

/***/ 51247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ convergeRollback)
/* harmony export */ });
/* harmony import */ var _http_retry_after_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93145);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50525);
/**
 * Rollback as a desired state (Argo Rollouts, Flagger): production must serve the target again.
 * The rollback is requested and confirmed, retried with backoff until it holds or the deadline
 * passes; already serving the target is a no-op. "Requested" is never reported as "done".
 */


/**
 * Converges production back to `toDeploymentId` (default: the production deployment before the
 * live one, as the provider tells).
 * @param deadline absolute ms on `clock` after which it gives up with `rollback_failed`.
 * @param attemptMs time allowed to one request + confirmation (default 60 s, capped by the deadline).
 * Never throws for provider failures: they end in `rollback_failed` with the last error as reason.
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
            target ??= (await provider.previousProduction(live?.id))?.id;
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


/***/ }),

/***/ 77337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ smokeTestReport),
/* harmony export */   Lk: () => (/* binding */ smokeTestMarkdown),
/* harmony export */   r6: () => (/* binding */ resultsTable)
/* harmony export */ });
/* harmony import */ var _github_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30018);
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
    return (0,_github_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)(['Check', 'Path', 'Status', 'Latency (ms)', 'Attempts', 'Result', 'Reason'], checks.map((c) => [
        c.name,
        `\`${c.method} ${c.path}\``,
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


/***/ }),

/***/ 49975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ wasRolledBackFrom)
/* harmony export */ });
/**
 * True when production was rolled back away from `deploymentId`: the GitHub records say this run's
 * commit was rolled back (its latest production status is a `failure` "rolled back: …"; only with
 * `github-token`), or the provider says its last production move was a rollback away from it
 * (Vercel's `lastAliasRequest`; providers without such a record answer nothing). Reads only.
 * @throws ProviderError when the provider cannot be read (GitHub failures are warnings and count
 *   as "no").
 */
async function wasRolledBackFrom(provider, records, deploymentId) {
    if (await records.wasRolledBack())
        return true;
    return (await provider.rolledBackFrom?.(deploymentId)) ?? false;
}


/***/ }),

/***/ 57354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ StageCancelled),
/* harmony export */   Kf: () => (/* binding */ Timeline),
/* harmony export */   Pj: () => (/* binding */ timelineText),
/* harmony export */   jy: () => (/* binding */ timelineMarkdown)
/* harmony export */ });
/* harmony import */ var _github_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30018);
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34170);
/**
 * The release timeline: each stage with its start, duration and outcome, for the summary, the
 * rehearsal and the JSON output.
 */


/**
 * Thrown into a stage when the release is cancelled (the runner's SIGINT/SIGTERM); the timeline
 * records the stage as `cancelled`. The message says why, e.g. `received SIGINT`.
 */
class StageCancelled extends Error {
    name = 'StageCancelled';
}
/** Collects stages as they finish. */
class Timeline {
    clock;
    onStage;
    stages = [];
    /** `onStage` hears each stage as it ends (live progress). */
    constructor(clock, onStage = () => { }) {
        this.clock = clock;
        this.onStage = onStage;
    }
    /** Records a finished stage. */
    add(stage) {
        this.stages.push(stage);
        this.onStage(stage);
    }
    /**
     * Runs `work` as a stage; its result's `outcome`/`detail` are recorded. A thrown error is recorded
     * as outcome `failed` ({@link StageCancelled}: `cancelled`) with the error's message, then rethrown.
     */
    async run(stage, work) {
        const startedAt = this.clock.now();
        try {
            const result = await work();
            this.add({
                stage,
                startedAt,
                durationMs: this.clock.now() - startedAt,
                outcome: result.outcome,
                detail: result.detail,
            });
            return result;
        }
        catch (error) {
            this.add({
                stage,
                startedAt,
                durationMs: this.clock.now() - startedAt,
                outcome: error instanceof StageCancelled ? 'cancelled' : 'failed',
                detail: error.message,
            });
            throw error;
        }
    }
}
/** The timeline as a Markdown table (stage, duration, outcome, detail). */
function timelineMarkdown(stages) {
    return (0,_github_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)(['Stage', 'Duration', 'Outcome', 'Detail'], stages.map((s) => [s.stage, (0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs), s.outcome, s.detail]));
}
/** The timeline as aligned plain text, one stage a line (for the terminal); `width` pads the stage column. */
function timelineText(stages, width = Math.max(5, ...stages.map((s) => s.stage.length))) {
    const head = `  ${'stage'.padEnd(width)}  ${'duration'.padStart(8)}  outcome`;
    const rows = stages.map((s) => `  ${s.stage.padEnd(width)}  ${(0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs).padStart(8)}  ${s.outcome}${s.detail ? `: ${s.detail}` : ''}`);
    return [head, ...rows].join('\n');
}


/***/ })

};
