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

// EXTERNAL MODULE: ./lib/github/markdown.js
var markdown = __webpack_require__(30018);
// EXTERNAL MODULE: ./lib/github/release-records.js + 6 modules
var release_records = __webpack_require__(78783);
// EXTERNAL MODULE: ./lib/deploy/promote.js
var promote = __webpack_require__(54399);
// EXTERNAL MODULE: ./lib/release/rolled-back.js
var rolled_back = __webpack_require__(49975);
// EXTERNAL MODULE: ./lib/runtime/action-run.js + 1 modules
var action_run = __webpack_require__(19928);
// EXTERNAL MODULE: ./lib/runtime/clock.js
var clock = __webpack_require__(37642);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/actions/provider.inputs.js
var provider_inputs = __webpack_require__(37271);
;// CONCATENATED MODULE: ./lib/actions/promote.inputs.js


/** A DNS hostname: labels of letters, digits and inner hyphens, at least two of them (RFC 1123). */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
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
            pattern: HOSTNAME,
            expected: 'a hostname such as staging.example.com (no scheme, path or port)',
        }),
        timeout: spec/* input */.hF.duration({ description: 'Deadline for the promote and its confirmation.', default: '5m' }),
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

// EXTERNAL MODULE: ./lib/actions/provider.js + 11 modules
var actions_provider = __webpack_require__(81742);
;// CONCATENATED MODULE: ./lib/actions/promote.js
/**
 * promote entry: compare-and-swap promote of a staged deployment, confirmed by reading production
 * back; `superseded` is a neutral outcome (a newer release won), not a failure. A deployment that
 * production was rolled back away from is `refused` (the step fails) unless `force` is true.
 */









const HEAD = { promoted: '✅ Promoted', noop: '✅ Already live', superseded: '⏭️ Superseded' };
async function run() {
    await (0,action_run/* runActionBody */.I)(promoteSpec, async (inputs, ctx) => {
        const { provider, http } = (0,actions_provider/* makeProvider */.g)(inputs, ctx.env, ctx.logger);
        const records = release_records/* ReleaseRecords */._.create(inputs['github-token'], ctx.env, http, ctx.logger);
        const id = inputs['deployment-id'];
        const alias = inputs.alias;
        if (alias) {
            await provider.assignAlias(id, alias, clock/* systemClock */.m.now() + inputs.timeout);
            ctx.logger.info(`${alias} now points at ${id}`);
            ctx.setOutput('outcome', 'promoted');
            ctx.setOutput('previous-deployment-id', '');
            ctx.summary(`### ✅ Aliased: ${alias} → ${id}\n\n` + (0,markdown/* markdownTable */.Q)(['Deployment', 'Domain'], [[id, alias]]));
            return;
        }
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
        });
        ctx.logger.info(`${result.outcome}: ${result.reason}`);
        if (result.outcome === 'promoted')
            await records.promoted(await provider.get(id));
        if (result.outcome === 'superseded')
            ctx.annotate('warning', [{ title: 'promote superseded', message: result.reason }]);
        ctx.setOutput('outcome', result.outcome);
        ctx.setOutput('previous-deployment-id', result.previousDeploymentId ?? '');
        ctx.summary(`### ${HEAD[result.outcome]}: ${id}\n\n${result.reason}\n\n` +
            (0,markdown/* markdownTable */.Q)(['Deployment', 'Outcome', 'Previous production'], [[id, result.outcome, result.previousDeploymentId ?? '—']]));
    });
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
