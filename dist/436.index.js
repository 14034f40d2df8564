export const id = 436;
export const ids = [436];
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

/***/ 4436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27939);
/* harmony import */ var _format_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(27118);
/* harmony import */ var _github_release_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78783);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50525);
/* harmony import */ var _runtime_action_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19928);
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37642);
/* harmony import */ var _deploy_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93062);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57754);
/* harmony import */ var _deploy_step_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49753);
/**
 * deploy entry: builds and uploads a deployment (staged for production by default), reusing a
 * ready deployment of the same content (a re-run, or another run of the same build), and records it
 * in GitHub when asked.
 *
 * Input shapes are checked while the inputs are read (deploySpec and its `refine`), before any
 * request: `path` is by then the real path of a directory inside the workspace (with
 * `.vercel/output/` when prebuilt), `alias` a hostname, `timeout` within (0, 24h]. The checks below
 * span inputs and also run before the provider is built.
 */










/**
 * Runs the deploy action in the runner's process (inputs from `INPUT_*`).
 * @throws nothing: a ConfigurationError (bad input) or ReportedFailure ends the step with one
 *   `::error::` line and exit code 1, via runActionBody.
 */
async function run() {
    await (0,_runtime_action_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runActionBody */ .I$)(_deploy_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .deploySpec */ .h, async (inputs, ctx) => {
        const environment = inputs.environment;
        const staged = inputs.staged ?? environment === 'production';
        if (staged && environment !== 'production') {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`input 'staged': only production deployments can be staged, got environment '${environment}'`);
        }
        if (inputs.alias && inputs.provider === 'command') {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1("input 'alias': not supported with provider 'command'; point domains in your deploy command");
        }
        const { provider, http } = (0,_provider_js__WEBPACK_IMPORTED_MODULE_5__/* .makeProvider */ .g)(inputs, ctx.env, ctx.logger);
        const records = _github_release_records_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRecords */ ._.create(inputs['github-token'], ctx.env, {
            http,
            clock: _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m,
            logger: ctx.logger,
        });
        const started = _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m.now();
        const result = await (0,_deploy_step_js__WEBPACK_IMPORTED_MODULE_6__/* .deployStep */ .c)(provider, {
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inputs.path),
            environment,
            staged,
            prebuilt: inputs.prebuilt,
            meta: (0,_deploy_step_js__WEBPACK_IMPORTED_MODULE_6__/* .runMeta */ .Z)(ctx.env, environment),
            deadline: started + inputs.timeout,
            alias: inputs.alias,
            logger: ctx.logger,
        });
        await records.deployed(result.deployment, environment, staged);
        const d = result.deployment;
        ctx.setOutput('deployment-id', d.id);
        ctx.setOutput('url', d.url);
        ctx.setOutput('previous-deployment-id', result.previous?.id ?? '');
        ctx.setOutput('environment', environment);
        ctx.setOutput('reused', result.reused);
        const how = result.reused
            ? 'reused (same content)'
            : `${result.uploadedFiles} file(s), ${result.uploadedBytes} bytes uploaded`;
        ctx.summary(`### ✅ Deployed to ${environment}${staged ? ' (staged: production not moved)' : ''}\n\n` +
            (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .markdownTable */ .Qj)(['Deployment', 'URL', 'Previous production', 'Upload', 'Time'], [[d.id, d.url, result.previous?.id ?? '—', how, (0,_format_duration_js__WEBPACK_IMPORTED_MODULE_9__/* .formatDuration */ .a)(_runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m.now() - started)]]));
    });
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


/***/ })

};
