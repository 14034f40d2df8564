export const id = 616;
export const ids = [616];
export const modules = {

/***/ 71616:
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
// EXTERNAL MODULE: ./lib/deploy/promote.js
var promote = __webpack_require__(54399);
// EXTERNAL MODULE: ./lib/release/rolled-back.js
var rolled_back = __webpack_require__(49975);
// EXTERNAL MODULE: ./lib/deploy/vercel/provider.js + 4 modules
var vercel_provider = __webpack_require__(97601);
// EXTERNAL MODULE: ./lib/runtime/action-run.js + 1 modules
var action_run = __webpack_require__(19928);
// EXTERNAL MODULE: ./lib/runtime/clock.js
var clock = __webpack_require__(37642);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/actions/provider.inputs.js
var provider_inputs = __webpack_require__(37271);
;// CONCATENATED MODULE: ./lib/actions/promote.inputs.js



/** The promote action's interface; `actions/promote/action.yml` repeats it (checked by a test). */
const promoteSpec = (0,spec/* defineAction */.QP)({
    name: 'promote',
    inputs: {
        ...provider_inputs/* providerInputs */.H,
        'deployment-id': spec/* input */.hF.string({
            description: 'The staged production deployment to put live (deploy output deployment-id).',
            required: true,
        }),
        'expected-current-deployment-id': spec/* input */.hF.string({
            description: 'Compare-and-swap: promote only if production still serves this deployment (deploy output previous-deployment-id). If production moved, the outcome is superseded and nothing changes.',
        }),
        alias: spec/* input */.hF.string({
            description: 'Instead of moving production, point this domain at the deployment (e.g. the staging domain once the deployment passed its smoke test). A hostname such as staging.example.com; compare-and-swap and force do not apply.',
            pattern: parse/* HOSTNAME */.yA,
            expected: 'a hostname such as staging.example.com (no scheme, path or port)',
        }),
        timeout: spec/* input */.hF.duration({
            description: 'Deadline for the promote and its confirmation.',
            default: '5m',
            max: parse/* DURATION_LIMITS */.IM.deadline,
        }),
        force: spec/* input */.hF.boolean({
            description: 'Promote this deployment even if production was rolled back away from it before (by default a re-run does not promote a rolled-back deployment again).',
            default: 'false',
        }),
        'promote-command': provider_inputs/* commandInputs */.t['promote-command'],
        'production-command': provider_inputs/* commandInputs */.t['production-command'],
    },
    outputs: {
        outcome: 'promoted (with alias: the domain now points at the deployment), noop (already live), superseded (production moved on; nothing changed) or refused (the deployment was rolled back earlier and force is false; nothing changed, the step fails).',
        'previous-deployment-id': 'Production deployment live before the promote (the rollback target).',
    },
});

// EXTERNAL MODULE: ./lib/actions/provider.js
var actions_provider = __webpack_require__(57754);
;// CONCATENATED MODULE: ./lib/actions/promote.js
/**
 * promote entry: compare-and-swap promote of a staged deployment, confirmed by reading production
 * back; `superseded` is a neutral outcome (a newer release won), not a failure. A deployment that
 * production was rolled back away from is `refused` (the step fails) unless `force` is true.
 * `deployment-id` may be the deployment's id, unique URL or an alias: it is resolved to the
 * deployment once, and ids are compared from then on. Racing promotes end with production on the
 * newer deployment and the older run `superseded` (see src/deploy/promote.ts); when a promote call
 * was abandoned on the way (a newer deployment went live while it was being confirmed), the process
 * exits once everything is written rather than wait for that call's confirmation to time out.
 */










const HEAD = { promoted: '✅ Promoted', noop: '✅ Already live', superseded: '⏭️ Superseded' };
async function run() {
    let abandoned = false;
    try {
        await promoteBody((value) => (abandoned = value));
    }
    finally {
        // An abandoned promote call would keep polling until its request slice ends.
        if (abandoned)
            process.exit();
    }
}
async function promoteBody(noteAbandoned) {
    await (0,action_run/* runActionBody */.I$)(promoteSpec, async (inputs, ctx) => {
        const { provider, http } = (0,actions_provider/* makeProvider */.g)(inputs, ctx.env, ctx.logger);
        // Before any request: a compare-and-swap the provider cannot do would end a green `superseded`.
        if (!inputs.alias)
            provider.checkExpectedCurrent?.(inputs['expected-current-deployment-id']);
        const records = release_records/* ReleaseRecords */._.create(inputs['github-token'], ctx.env, {
            http,
            clock: clock/* systemClock */.m,
            logger: ctx.logger,
        });
        const input = inputs['deployment-id'];
        const alias = inputs.alias;
        if (alias) {
            const id = input;
            await provider.assignAlias(id, alias, clock/* systemClock */.m.now() + inputs.timeout);
            ctx.logger.info(`${alias} now points at ${id}`);
            ctx.setOutput('outcome', 'promoted');
            ctx.setOutput('previous-deployment-id', '');
            ctx.summary(`### ✅ Aliased: ${alias} → ${id}\n\n` + (0,markdown/* markdownTable */.Qj)(['Deployment', 'Domain'], [[id, alias]]));
            return;
        }
        // An id, URL or alias: resolved once, so every comparison below is between ids.
        const resolved = await provider.get((0,promote/* deploymentLookupKey */.zU)(input)).catch((error) => {
            if (error instanceof vercel_provider/* VercelRefusal */.W3 && error.status === 404)
                throw new errors/* ConfigurationError */.j1(`input 'deployment-id': no deployment '${input}' in this project (the Vercel API answered 404)`);
            throw error;
        });
        const id = resolved.id;
        if (!inputs.force && (await (0,rolled_back/* wasRolledBackFrom */.v)(provider, records, id))) {
            const reason = `deployment ${id} was rolled back earlier; it is not promoted again unless force is true`;
            ctx.setOutput('outcome', 'refused');
            ctx.setOutput('previous-deployment-id', '');
            ctx.summary(`### ⛔ Refused: ${id}\n\n${reason}`);
            // The failure line is the step's one error annotation.
            throw new errors/* ReportedFailure */.g7(reason);
        }
        const result = await (0,promote/* promoteWithCas */.W)(provider, {
            deploymentId: id,
            expectedCurrentId: inputs['expected-current-deployment-id'],
            deadline: clock/* systemClock */.m.now() + inputs.timeout,
            logger: ctx.logger,
            target: resolved,
        });
        noteAbandoned(result.abandoned);
        ctx.logger.info(`${result.outcome}: ${result.reason}`);
        if (result.outcome === 'promoted')
            await records.promoted(resolved);
        if (result.outcome === 'superseded')
            ctx.annotate('warning', [{ title: 'promote superseded', message: result.reason }]);
        ctx.setOutput('outcome', result.outcome);
        ctx.setOutput('previous-deployment-id', result.previousDeploymentId ?? '');
        ctx.summary(`### ${HEAD[result.outcome]}: ${id}\n\n${result.reason}\n\n` +
            (0,markdown/* markdownTable */.Qj)(['Deployment', 'Outcome', 'Previous production'], [[id, result.outcome, result.previousDeploymentId ?? '—']]));
    });
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


/***/ })

};
