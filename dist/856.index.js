export const id = 856;
export const ids = [856];
export const modules = {

/***/ 93062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ deploySpec),
  W: () => (/* binding */ refineDeployPath)
});

// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
;// CONCATENATED MODULE: ./lib/inputs/workspace.js
/**
 * The shape of a deploy's `path` input: an existing directory inside the job's workspace (after
 * symlinks are resolved), holding a Build Output API tree when the deploy is prebuilt. Checked
 * while the inputs are read, before any request.
 */




/** `child` is `parent` or below it (both absolute, symlinks already resolved). */
function isWithin(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolves the `path` input of deploy and release to the real (symlink-free) absolute directory to
 * deploy.
 * @param raw the input as given, absolute or relative to `cwd`.
 * @returns the real path of the directory.
 * @throws ConfigurationError naming input 'path' (and quoting it, escaped to one line) when it does
 *   not exist, is not a directory, lies outside the workspace (unless `allowOutsideWorkspace`), or
 *   lacks `.vercel/output/` when `requireBuildOutput`.
 */
function resolveDeployPath(raw, o) {
    const cwd = o.cwd ?? process.cwd();
    const shown = (0,parse/* showValue */.vp)(raw);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(cwd, raw));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`input 'path': expected an existing directory, got ${shown} (not found)`);
    }
    if (!(0,external_node_fs_.statSync)(real).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`input 'path': expected a directory, got ${shown} (not a directory)`);
    }
    const inside = o.allowOutsideWorkspace ? undefined : workspaceOf(o.env, cwd);
    if (inside !== undefined && !isWithin(inside, real)) {
        throw new errors/* ConfigurationError */.j1(`input 'path': expected a directory inside the workspace ${(0,parse/* quoteValue */.cl)(inside)} (or allow-outside-workspace: true), got ${shown}`);
    }
    if (o.requireBuildOutput) {
        let output;
        try {
            output = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(real, '.vercel', 'output'));
        }
        catch {
            output = undefined;
        }
        if (output === undefined || !(0,external_node_fs_.statSync)(output).isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`input 'path': expected a directory holding .vercel/output (prebuilt is true; run vercel build first), got ${shown}`);
        }
        if (inside !== undefined && !isWithin(inside, output)) {
            throw new errors/* ConfigurationError */.j1(`input 'path': expected .vercel/output inside the workspace ${(0,parse/* quoteValue */.cl)(inside)} (or allow-outside-workspace: true), got ${shown} whose .vercel/output links outside it`);
        }
    }
    return real;
}
/** The real path of the workspace: `GITHUB_WORKSPACE`, else `cwd`. */
function workspaceOf(env, cwd) {
    const given = env.GITHUB_WORKSPACE?.trim() || undefined;
    try {
        return (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(cwd, given ?? '.'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`input 'path': expected the workspace ${(0,parse/* quoteValue */.cl)(given ?? cwd)} (GITHUB_WORKSPACE) to exist`);
    }
}

// EXTERNAL MODULE: ./lib/actions/provider.inputs.js
var provider_inputs = __webpack_require__(37271);
;// CONCATENATED MODULE: ./lib/actions/deploy.inputs.js




/**
 * The deploy-side inputs' cross-checks (deploy and release): `path` is resolved to the real path of
 * a directory inside the workspace (unless `allow-outside-workspace`), holding `.vercel/output/`
 * when `prebuilt` with provider vercel.
 * @throws ConfigurationError naming input 'path'.
 */
function refineDeployPath(values, env) {
    const path = resolveDeployPath(values.path, {
        env,
        allowOutsideWorkspace: values['allow-outside-workspace'],
        // With provider command, prebuilt is only passed on (GREENLIGHT_PREBUILT); its tree is the command's.
        requireBuildOutput: values.prebuilt && values.provider === 'vercel',
    });
    return { ...values, path };
}
/** The deploy action's interface; `actions/deploy/action.yml` repeats it (checked by a test). */
const deploySpec = (0,spec/* defineAction */.QP)({
    name: 'deploy',
    inputs: {
        ...provider_inputs/* providerInputs */.H,
        environment: spec/* input */.hF.choice(['preview', 'staging', 'production'], {
            description: 'preview, staging (a preview build, optionally aliased) or production.',
            default: 'preview',
        }),
        path: spec/* input */.hF.string({
            description: 'Directory to deploy: a static build, or the project root holding .vercel/output when prebuilt. Must lie inside the workspace (GITHUB_WORKSPACE) after resolving symlinks.',
            default: '.',
        }),
        prebuilt: spec/* input */.hF.boolean({
            description: 'Deploy a Build Output API tree (.vercel/output, e.g. from `vercel build`) without building.',
            default: 'false',
        }),
        'allow-outside-workspace': spec/* input */.hF.boolean({
            description: 'Allow a path outside the workspace (GITHUB_WORKSPACE), e.g. a build in RUNNER_TEMP.',
            default: 'false',
        }),
        staged: spec/* input */.hF.boolean({
            description: 'Production only: build without moving the production domains, for a blue-green promote later. Defaults to true for production.',
        }),
        timeout: spec/* input */.hF.duration({
            description: 'Deadline for the whole deploy; on expiry the deployment is cancelled and the step fails naming it.',
            default: '15m',
            max: parse/* DURATION_LIMITS */.IM.deadline,
        }),
        alias: spec/* input */.hF.string({
            description: 'A domain to point at the new deployment, e.g. staging.example.com.',
            pattern: parse/* HOSTNAME */.yA,
            expected: 'a hostname such as staging.example.com (no scheme, path or port)',
        }),
        'deploy-command': provider_inputs/* commandInputs */.t['deploy-command'],
        'production-command': provider_inputs/* commandInputs */.t['production-command'],
    },
    outputs: {
        'deployment-id': 'Id of the deployment (new, or reused: a ready one with the same content).',
        url: 'Unique URL of the deployment (use it for smoke tests before promotion).',
        'previous-deployment-id': 'Production deployment live before this deploy (production only; empty when none). Pass it to promote and rollback.',
        environment: 'The environment deployed to.',
        reused: "'true' when a ready deployment of the same content (a re-run, or another run of the same build) was reused instead of deploying again.",
    },
    refine: refineDeployPath,
});


/***/ }),

/***/ 89856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/github/release-records.js + 6 modules
var release_records = __webpack_require__(78783);
// EXTERNAL MODULE: ./lib/health/report.js
var report = __webpack_require__(33774);
// EXTERNAL MODULE: ./lib/format/duration.js
var duration = __webpack_require__(27939);
// EXTERNAL MODULE: ./lib/probes/check.js
var check = __webpack_require__(79299);
// EXTERNAL MODULE: ./lib/probes/report.js
var probes_report = __webpack_require__(77337);
// EXTERNAL MODULE: ./lib/deploy/promote.js
var promote = __webpack_require__(54399);
// EXTERNAL MODULE: ./lib/deploy/rollback.js
var deploy_rollback = __webpack_require__(51247);
// EXTERNAL MODULE: ./lib/health/runner.js + 2 modules
var runner = __webpack_require__(55892);
// EXTERNAL MODULE: ./lib/probes/engine.js + 1 modules
var engine = __webpack_require__(35675);
// EXTERNAL MODULE: ./lib/probes/status.js
var probes_status = __webpack_require__(18689);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/deploy/step.js
var step = __webpack_require__(49753);
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
;// CONCATENATED MODULE: ./lib/release/release.js
/**
 * One blue-green release, as the root action runs it in a single step:
 * deploy staged → smoke-test the unique URL (pre-promotion analysis) → promote with
 * compare-and-swap → health-check production (post-promotion analysis) → when not healthy, roll
 * back to the deployment recorded before the deploy, confirm it, report.
 *
 * Outcomes (docs/release.md): `promoted`, `superseded` (a newer release won; nothing
 * changed), `smoke_failed` (production never touched), `rolled_back`, `rollback_failed`, and
 * `failed` (the release stopped before production changed: the deploy failed, the release was
 * cancelled before the promote, or the promote failed and production, read back, still serves the
 * previous deployment).
 *
 * The promote ({@link promoteWithCas}) orders racing releases by deployment creation time, retries
 * a failed request a bounded number of times (re-reading production first), and ends `superseded`
 * as soon as a newer deployment is live. A promote that still fails is not trusted to have done
 * nothing: production is read back, and unless it still serves the previous deployment (or a newer
 * release's), it is converged back to it (fail-closed when it cannot be read).
 *
 * A newer release may promote over this one while this one is health-checking production; then,
 * whatever the verdict, this release ends `superseded` and rolls nothing back (production is read
 * once more after the health check for that).
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
async function release(options) {
    const { signal } = options;
    let cancelledAt;
    const noteCancel = () => {
        cancelledAt ??= options.clock.now();
    };
    if (signal?.aborted)
        noteCancel();
    else
        signal?.addEventListener('abort', noteCancel, { once: true });
    try {
        return await releaseSteps(options, () => cancelledAt);
    }
    finally {
        signal?.removeEventListener('abort', noteCancel);
    }
}
async function releaseSteps(options, cancelledAt) {
    const { provider, clock, logger, records, signal } = options;
    const timeline = new stages/* Timeline */.Kf(clock, undefined, logger);
    const cancelBudgetMs = options.cancelBudgetMs ?? CANCEL_BUDGET_MS;
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
    const restore = async (why, details) => {
        const budgetEnd = () => (cancelledAt() ?? clock.now()) + cancelBudgetMs;
        const deadline = signal?.aborted ? budgetEnd() : clock.now() + options.rollbackTimeoutMs;
        const target = previous?.id;
        const rollback = await timeline.run('rollback', async () => {
            const result = await boundAfterAbort((0,deploy_rollback/* convergeRollback */.A)(provider, { toDeploymentId: target, reason: why, deadline, clock, logger }), signal, () => budgetEnd() + CUTOFF_SLACK_MS - clock.now(), clock, () => ({
                outcome: 'rollback_failed',
                toDeploymentId: target,
                fromDeploymentId: undefined,
                attempts: 0,
                reason: `production was not confirmed back on ${target ?? 'the previous deployment'} within ${(0,duration/* formatDuration */.a)(cancelBudgetMs)} of the cancel`,
            }));
            return { ...result, detail: result.reason };
        });
        const restoredAt = clock.now();
        const extra = { ...details.extra, rollback, cancelled: signal?.aborted === true };
        if (rollback.outcome === 'noop' && details.mayBeUnchanged) {
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
            timeToRollbackMs: details.noticedAt === undefined ? undefined : restoredAt - details.noticedAt,
        });
    };
    try {
        ({ deployment, previous } = await timeline.run('deploy', () => untilAborted(signal, async () => {
            const r = await (0,step/* deployStep */.c)(provider, {
                path: options.deploy.path,
                environment: 'production',
                staged: true,
                prebuilt: options.deploy.prebuilt,
                meta: options.deploy.meta,
                deadline: clock.now() + options.deploy.timeoutMs,
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
    options.onDeployed?.({ deployment, previous });
    if (signal?.aborted)
        return cancelledBeforePromote();
    if (!options.force && (await (0,rolled_back/* wasRolledBackFrom */.v)(provider, records, deployment.id))) {
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
            const results = await (0,engine/* runChecks */.JT)(options.smoke.checks, {
                baseUrl: new URL(deployment.url),
                timeoutMs: 10_000,
                retries: 3,
                retryOnStatus: SMOKE_RETRY_ON,
                retryOnAssertion: false,
                followRedirects: true,
                protectionBypass: options.smoke.protectionBypass,
                clock,
            }, options.http, { concurrency: 8, failFast: false });
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
                    deadline: clock.now() + options.promoteTimeoutMs,
                    logger,
                    clock,
                    signal,
                    target: deployment,
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
                checks: options.health.checks,
                probe: { baseUrl: options.health.url, protectionBypass: options.smoke.protectionBypass },
                schedule: options.health.schedule,
                limits: options.health.limits,
                progressDeadlineMs: options.health.progressDeadlineMs,
                http: options.http,
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
        const newer = await newerLive();
        if (newer)
            return done('superseded', `health check could not run (${(0,errors/* errorMessage */.gJ)(error)}), and a newer release (${newer.id}) serves production now; nothing was rolled back`, { smoke });
        return restore(`health check could not run: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            mayBeUnchanged: false,
            noticedAt: clock.now(),
            extra: { smoke },
        });
    }
    // A newer release may have promoted over this one during the health check: it owns production now
    // (and what was measured may have been it), so this release neither claims it nor rolls it back.
    const live = await provider.production().catch(() => undefined);
    if ((0,promote/* isNewer */.U4)(live, deployment))
        return done('superseded', `a newer release (${live?.id}) took over production during the health check (${health.verdict}); ${deployment.id} is not live and nothing was rolled back`, { smoke, health });
    // Someone rolled production back during the health check: what was measured was not this release.
    if (health.healthy && live && live.id !== deployment.id)
        return done('rolled_back', `production was moved back to ${live.id} during the health check (a rollback); ${deployment.id} is not live`, { smoke, health });
    if (health.healthy)
        return done('promoted', `production serves ${deployment.id} and is healthy`, { smoke, health });
    return restore(`health check ${health.verdict}: ${health.reason}`, {
        mayBeUnchanged: false,
        noticedAt: firstFailureAt ?? clock.now(),
        extra: { smoke, health },
    });
    /** The deployment production serves when it is newer than this release's; undefined otherwise or when unreadable. */
    async function newerLive() {
        if (!deployment)
            return undefined;
        const live = await provider.production().catch(() => undefined);
        return (0,promote/* isNewer */.U4)(live, deployment) ? live : undefined;
    }
    /**
     * The promote threw (refused, failed, or not confirmed — its request may still have taken effect):
     * read production back; unless it still serves `previous`, converge back to it (also when it cannot
     * be read).
     */
    async function afterFailedPromote(why) {
        try {
            const live = await untilAborted(signal, () => provider.production());
            if (deployment && (0,promote/* isNewer */.U4)(live, deployment))
                return done('superseded', `${why}; production serves ${live?.id}, a newer release, so nothing is rolled back`, { smoke });
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
// EXTERNAL MODULE: ./lib/health/window-inputs.js
var window_inputs = __webpack_require__(85732);
// EXTERNAL MODULE: ./lib/actions/provider.js
var actions_provider = __webpack_require__(57754);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/actions/deploy.inputs.js + 1 modules
var deploy_inputs = __webpack_require__(93062);
// EXTERNAL MODULE: ./lib/actions/health-check.inputs.js
var health_check_inputs = __webpack_require__(65537);
// EXTERNAL MODULE: ./lib/actions/provider.inputs.js
var provider_inputs = __webpack_require__(37271);
// EXTERNAL MODULE: ./lib/actions/smoke-test.inputs.js
var smoke_test_inputs = __webpack_require__(35128);
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
        'allow-outside-workspace': deploy_inputs/* deploySpec */.h.inputs['allow-outside-workspace'],
        timeout: spec/* input */.hF.duration({
            description: 'Deadline for the deploy (build and upload); on expiry the deployment is cancelled.',
            default: '15m',
            max: parse/* DURATION_LIMITS */.IM.deadline,
        }),
        'production-url': spec/* input */.hF.url({
            description: 'The URL production serves on (your production domain), health-checked after the promote.',
            required: true,
        }),
        'smoke-checks': spec/* input */.hF.custom((0,smoke_test_inputs/* checksText */.r)('smoke-checks'), {
            description: 'Checks for the staged deployment before it gets traffic, inline YAML or JSON (smoke-test format). Default: GET / answers 2xx. 404, 429 and 5xx are retried while it warms up.',
        }),
        'health-checks': spec/* input */.hF.custom((0,smoke_test_inputs/* checksText */.r)('health-checks'), {
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
            max: parse/* DURATION_LIMITS */.IM.deadline,
        }),
    },
    outputs: {
        outcome: 'promoted, superseded, smoke_failed, rolled_back, rollback_failed or failed (stopped before production changed: the deploy failed, the run was cancelled before the promote, or the promote failed and production, read back, still serves the previous deployment). All but promoted and superseded fail the step. A run cancelled after the promote ends rolled_back or rollback_failed.',
        'deployment-id': 'The staged deployment this release built (or reused on a re-run).',
        'previous-deployment-id': 'Production deployment before this release: the rollback target.',
        url: 'Unique URL of the deployment.',
        'time-to-rollback-ms': 'After a rollback: ms from the first failed health probe to production confirmed restored (empty otherwise).',
    },
    refine: deploy_inputs/* refineDeployPath */.W,
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
async function run() {
    let cancellation;
    try {
        await (0,action_run/* runActionBody */.I$)(releaseSpec, async (inputs, ctx) => {
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
    const { schedule, limits } = (0,window_inputs/* healthWindow */.P)({ ...inputs, timeout: undefined });
    const { provider, http } = (0,actions_provider/* makeProvider */.g)(inputs, ctx.env, ctx.logger);
    const records = release_records/* ReleaseRecords */._.create(inputs['github-token'], ctx.env, {
        http,
        clock: clock/* systemClock */.m,
        logger: ctx.logger,
    });
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
                meta: (0,step/* runMeta */.Z)(ctx.env, 'production'),
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
        parts.push(`Time from the first failed probe to production restored: **${(0,duration/* formatDuration */.a)(result.timeToRollbackMs)}**`);
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
/* harmony export */   U4: () => (/* binding */ isNewer),
/* harmony export */   W: () => (/* binding */ promoteWithCas),
/* harmony export */   zU: () => (/* binding */ deploymentLookupKey)
/* harmony export */ });
/* unused harmony export PROMOTE_TUNING */
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37642);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50525);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16014);
/**
 * Promote with compare-and-swap: production moves to a deployment only if it still serves what the
 * caller saw before deploying (or an older release that raced ahead of this one), and never to a
 * deployment older than the one live — a newer release that got there first wins, and the late one
 * is `superseded` without touching anything.
 *
 * Promotion is an asynchronous alias job on Vercel (`POST /v10/projects/{idOrName}/promote/{deploymentId}`,
 * https://vercel.com/docs/rest-api/reference/endpoints/projects): the request starts a job, a newer
 * request replaces a pending one, and there is no conditional (compare-and-swap) form. So the check
 * and the write cannot be one atomic step, and two racing runs can both pass their check. Releases
 * are therefore ordered by deployment `createdAt` (monotonic per project on Vercel and the sandbox),
 * and each run: resolves its input (id, URL or alias) to a deployment once; re-reads production right
 * before every write; after the write watches production until it serves this deployment (confirmed),
 * a NEWER one has stayed live for {@link PromoteTuning.settleMs} or our call settled (`superseded`;
 * if our own stale write landed over the newer one, that one is promoted again), or an OLDER one
 * other than the one live before the write appears (an older run's write replaced ours: promote
 * again); and after confirming keeps watching for `settleMs`, promoting again when an older
 * deployment slipped in and ending `superseded` at once when a newer one did. Every promote request
 * counts against {@link PromoteTuning.maxRequests}; a request that fails (5xx after the HTTP client's
 * own retries, a failed alias job, no confirmation within {@link PromoteTuning.requestSliceMs}) is
 * retried after production is read again, never when a newer deployment is live.
 *
 * Why two racing runs converge on the newer deployment N (the older one is O): neither run ever
 * writes O over a newer deployment it has seen, and every write of O that lands over N is undone —
 * by N, which promotes N again whenever it sees anything older live until N has stayed live for
 * `settleMs` after its last confirmed write, or by O, which keeps watching while its own request is
 * unresolved and puts N back if its stale write lands after N. So O's write can only win if it lands
 * after N's settle window closed and after O stopped watching, i.e. if O's request took longer than
 * `settleMs` both after N was confirmed and after O saw N live; each O request is bounded by
 * `requestSliceMs`, and O ends `superseded` as soon as it has seen N live for `settleMs`.
 */



const PROMOTE_TUNING = {
    pollMs: 200,
    settleMs: 1500,
    requestSliceMs: 15_000,
    maxRequests: 4,
    retryDelayMs: 500,
};
/**
 * True when `live` is a different deployment created after `than` (both creation times known;
 * `createdAt` 0 means unknown, as the command provider may report).
 */
function isNewer(live, than) {
    return (live !== undefined &&
        live.id !== than.id &&
        live.createdAt > 0 &&
        than.createdAt > 0 &&
        live.createdAt > than.createdAt);
}
/**
 * What `provider.get` is asked for: an id or hostname as given, a URL's hostname (Vercel's
 * `GET /v13/deployments/{idOrUrl}` takes an id or a hostname).
 */
function deploymentLookupKey(input) {
    const trimmed = input.trim();
    if (!/^https?:\/\//i.test(trimmed))
        return trimmed;
    try {
        return new URL(trimmed).host;
    }
    catch {
        return trimmed;
    }
}
/**
 * @param deploymentId the deployment to put live: its id, unique URL or an alias of it (resolved
 *   once with `provider.get`; ids are compared from then on).
 * @param expectedCurrentId production as recorded before the deploy; when production is something
 *   else now — other than an older release that raced ahead (created after it, before ours) — the
 *   outcome is `superseded`.
 * @param deadline absolute ms on `clock` for the promote, its retries and its confirmation.
 * @param clock default {@link systemClock}; `tuning` overrides {@link PROMOTE_TUNING}.
 * @throws ProviderError when the deployment cannot be read or is not a ready production build, or
 *   when every request (at most `maxRequests`) failed or production could not be read back after a
 *   failure (the last failure's message).
 */
async function promoteWithCas(provider, args) {
    const { expectedCurrentId, deadline, logger, signal } = args;
    const stopped = () => {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m(`promote of ${args.deploymentId} stopped: the release was cancelled`);
    };
    const clock = args.clock ?? _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m;
    const tuning = { ...PROMOTE_TUNING, ...args.tuning };
    const [first, target] = await Promise.all([
        provider.production(),
        args.target ?? provider.get(deploymentLookupKey(args.deploymentId)),
    ]);
    const id = target.id;
    const previousDeploymentId = first?.id;
    // createdAt 0 means unknown (the command provider cannot always tell): no age ordering then, and
    // nothing to race-watch by.
    const ordered = target.createdAt > 0;
    let requests = 0;
    let inFlight = 0;
    const result = (outcome, reason) => ({
        outcome,
        deploymentId: id,
        previousDeploymentId,
        reason,
        requests,
        abandoned: inFlight > 0,
    });
    let expected = null; // null: not read yet
    const read = async (live) => {
        if (live?.id === id)
            return { kind: 'self' };
        const newer = isNewer(live, target);
        if (expectedCurrentId !== undefined && live?.id !== expectedCurrentId) {
            // Production moved since it was recorded. An older release than ours that raced ahead
            // (created after the recorded one) is promoted over; anything else is left alone.
            if (live && !newer && ordered && live.createdAt > 0) {
                if (expected === null)
                    expected = await provider.get(expectedCurrentId).catch(() => undefined);
                if (expected && expected.createdAt > 0 && live.createdAt > expected.createdAt)
                    return { kind: 'go', live };
            }
            return {
                kind: newer ? 'newer' : 'moved',
                reason: `production moved to ${live?.id ?? 'nothing'} since ${expectedCurrentId} was recorded; ${id} was not promoted`,
            };
        }
        if (newer && live) {
            return {
                kind: 'newer',
                reason: `production serves ${live.id}, newer than ${id}; an older deployment is not promoted over it`,
            };
        }
        return { kind: 'go', live };
    };
    let reading = await read(first);
    if (reading.kind === 'self')
        return result('noop', `production already serves ${id}`);
    if (reading.kind !== 'go')
        return result('superseded', reading.reason);
    if (target.state !== 'ready')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m(`deployment ${id} is ${target.state}, not ready; not promoted`);
    if (!target.production && provider.name === 'vercel') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m(`deployment ${id} is a preview build; promote a production (staged) deployment`);
    }
    /**
     * Sends one promote request and watches production until it is decided. Seeing a newer deployment
     * live does not end the watch at once while our call is still running: our request may still land
     * over it (a newer request replaces a pending job). The watch ends when production has stayed
     * newer for `settleMs`, or our call settles; if ours then serves, our stale write landed over the
     * newer deployment and it is put back.
     */
    const write = async (before) => {
        requests++;
        inFlight++;
        let settled;
        const call = provider.promote(id, Math.min(deadline, clock.now() + tuning.requestSliceMs)).then(() => {
            settled = {};
        }, (error) => {
            settled = { error };
        });
        void call.finally(() => inFlight--);
        if (!ordered) {
            await call;
        }
        else {
            let newer;
            let newerSince = 0;
            while (!settled) {
                await Promise.race([call, clock.sleep(tuning.pollMs)]);
                if (settled)
                    break;
                const live = await provider.production().catch(() => undefined);
                if (settled)
                    break;
                if (live?.id === id) {
                    if (newer)
                        break; // ours landed over the newer one: put it back below
                    return { kind: 'confirmed' };
                }
                if (live && isNewer(live, target)) {
                    if (newer?.id !== live.id)
                        [newer, newerSince] = [live, clock.now()];
                    if (clock.now() - newerSince >= tuning.settleMs)
                        return { kind: 'newer', live };
                    continue;
                }
                // Something older than ours that was not live before our write: an older run's write
                // replaced our pending job (or landed after it).
                if (!newer && live && live.id !== before?.id && isNewer(target, live))
                    return { kind: 'older', live };
            }
            if (newer)
                return { kind: 'newer', live: await putBack(newer) };
        }
        if (settled?.error === undefined)
            return { kind: 'confirmed' };
        // The call failed: its request may still have taken effect, or a newer one may be live.
        const error = settled.error;
        const live = await provider.production().catch(() => undefined);
        if (live?.id === id)
            return { kind: 'confirmed' };
        if (live && isNewer(live, target))
            return { kind: 'newer', live };
        return { kind: 'failed', error };
    };
    /**
     * After a newer deployment was seen live: when production serves ours (our write landed after the
     * newer one), promotes the newer one again — once, best effort; its own run repairs too. Returns it.
     */
    const putBack = async (newer) => {
        if (signal?.aborted)
            return newer;
        const live = await provider.production().catch(() => undefined);
        if (live?.id !== id)
            return newer;
        logger.warning(`${id} went live after the newer ${newer.id}; promoting ${newer.id} again`);
        try {
            await provider.promote(newer.id, Math.min(deadline, clock.now() + tuning.requestSliceMs));
        }
        catch (error) {
            logger.warning(`could not put ${newer.id} back: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
        }
        return newer;
    };
    const superseded = (live) => result('superseded', `production moved on to ${live.id}, newer than ${id}, while ${id} was being promoted; the newer one stays live`);
    let live = reading.live;
    let failures = 0;
    for (;;) {
        if (signal?.aborted)
            stopped();
        logger.info(requests === 0
            ? `promoting ${id} (production was ${live?.id ?? 'empty'})`
            : `promoting ${id} again (request ${requests + 1} of at most ${tuning.maxRequests}; production is ${live?.id ?? 'unknown'})`);
        const written = await write(live);
        if (written.kind === 'newer')
            return superseded(written.live);
        if (written.kind === 'failed') {
            failures++;
            const wait = tuning.retryDelayMs * 2 ** (failures - 1);
            if (requests >= tuning.maxRequests || clock.now() + wait >= deadline) {
                throw written.error instanceof Error ? written.error : new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m((0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(written.error));
            }
            logger.warning(`promote request ${requests} for ${id} failed (${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(written.error)}); retrying`);
            await clock.sleep(wait);
            if (signal?.aborted)
                stopped();
            // Re-read right before the retry: never promote over a newer deployment.
            let now;
            try {
                now = await provider.production();
            }
            catch {
                throw written.error instanceof Error ? written.error : new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m((0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(written.error));
            }
            reading = await read(now);
            if (reading.kind !== 'go' && reading.kind !== 'self')
                return result('superseded', reading.reason);
            if (reading.kind === 'go') {
                live = reading.live;
                continue;
            }
            // `self`: the failed request took effect after all; settle below.
        }
        if (written.kind === 'older') {
            logger.warning(`${written.live.id} (older) replaced the promote of ${id}; promoting ${id} again`);
            if (requests >= tuning.maxRequests)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m(`production serves ${written.live.id}, older than ${id}, after ${requests} promote requests; gave up`);
            live = written.live;
            continue;
        }
        // Confirmed: watch for a racing write that lands after ours.
        const slipped = ordered ? await settle() : undefined;
        if (!slipped)
            return result('promoted', `production now serves ${id}`);
        if (isNewer(slipped, target))
            return superseded(slipped);
        if (signal?.aborted)
            stopped();
        // Back on what served before our promote, or older: a rollback (a person's, or this release's
        // own after a cancel), not a racing older release (whose deployment is newer than what we
        // replaced). A rollback is never undone.
        if (!first || !isNewer(slipped, first))
            return result('superseded', `production was moved back to ${slipped.id} after ${id} was promoted (a rollback); left alone`);
        logger.warning(`${slipped.id} (older) went live after ${id} was promoted; promoting ${id} again`);
        if (requests >= tuning.maxRequests)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m(`production serves ${slipped.id}, older than ${id}, after ${requests} promote requests; gave up`);
        live = slipped;
    }
    /** Watches production for `settleMs`; returns the deployment that replaced ours, if any. */
    async function settle() {
        const until = clock.now() + tuning.settleMs;
        while (clock.now() < until && !signal?.aborted) {
            await clock.sleep(Math.min(tuning.pollMs, Math.max(0, until - clock.now())));
            const now = await provider.production().catch(() => undefined);
            if (now && now.id !== id && now.createdAt > 0)
                return now;
        }
        return undefined;
    }
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


/***/ }),

/***/ 49753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ runMeta),
/* harmony export */   c: () => (/* binding */ deployStep)
/* harmony export */ });
/* harmony import */ var _content_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42568);
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
    const meta = key ? { ...args.meta, [_content_key_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_KEY_META */ .mf]: key } : args.meta;
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
        logger.info(`reusing ${reused.id}: already ready with the same content (${_content_key_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_KEY_META */ .mf} ${key})`);
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
/* harmony import */ var _runtime_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98562);
/* harmony import */ var _format_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27118);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27939);
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
    logger;
    stages = [];
    /**
     * `onStage` hears each stage as it ends (live progress); each stage's log lines go into a group
     * named after it on `logger`.
     */
    constructor(clock, onStage = () => { }, logger = _runtime_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .qq) {
        this.clock = clock;
        this.onStage = onStage;
        this.logger = logger;
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
            const result = await this.logger.group(stage, work);
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
    return (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(['Stage', 'Duration', 'Outcome', 'Detail'], stages.map((s) => [s.stage, (0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.durationMs), s.outcome, s.detail]));
}
/** The timeline as aligned plain text, one stage a line (for the terminal); `width` pads the stage column. */
function timelineText(stages, width = Math.max(5, ...stages.map((s) => s.stage.length))) {
    const head = `  ${'stage'.padEnd(width)}  ${'duration'.padStart(8)}  outcome`;
    const rows = stages.map((s) => `  ${s.stage.padEnd(width)}  ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.durationMs).padStart(8)}  ${s.outcome}${s.detail ? `: ${s.detail}` : ''}`);
    return [head, ...rows].join('\n');
}


/***/ })

};
