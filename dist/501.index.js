export const id = 501;
export const ids = [501];
export const modules = {

/***/ 79501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/inputs/parse.js
var parse = __webpack_require__(34170);
// EXTERNAL MODULE: ./lib/github/markdown.js
var markdown = __webpack_require__(30018);
// EXTERNAL MODULE: ./lib/github/release-records.js + 6 modules
var release_records = __webpack_require__(78783);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/runtime/action-run.js + 1 modules
var action_run = __webpack_require__(19928);
// EXTERNAL MODULE: ./lib/runtime/clock.js
var clock = __webpack_require__(37642);
// EXTERNAL MODULE: ./lib/inputs/spec.js
var spec = __webpack_require__(88554);
// EXTERNAL MODULE: ./lib/actions/provider.inputs.js
var provider_inputs = __webpack_require__(37271);
;// CONCATENATED MODULE: ./lib/actions/deploy.inputs.js


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
            description: 'Directory to deploy: a static build, or the project root holding .vercel/output when prebuilt.',
            default: '.',
        }),
        prebuilt: spec/* input */.hF.boolean({
            description: 'Deploy a Build Output API tree (.vercel/output, e.g. from `vercel build`) without building.',
            default: 'false',
        }),
        staged: spec/* input */.hF.boolean({
            description: 'Production only: build without moving the production domains, for a blue-green promote later. Defaults to true for production.',
        }),
        timeout: spec/* input */.hF.duration({
            description: 'Deadline for the whole deploy; on expiry the deployment is cancelled and the step fails naming it.',
            default: '15m',
        }),
        alias: spec/* input */.hF.string({
            description: 'A domain to point at the new deployment, e.g. staging.example.com.',
        }),
        'deploy-command': provider_inputs/* commandInputs */.t['deploy-command'],
        'production-command': provider_inputs/* commandInputs */.t['production-command'],
    },
    outputs: {
        'deployment-id': 'Id of the deployment (new, or reused on a re-run).',
        url: 'Unique URL of the deployment (use it for smoke tests before promotion).',
        'previous-deployment-id': 'Production deployment live before this deploy (production only; empty when none). Pass it to promote and rollback.',
        environment: 'The environment deployed to.',
        reused: "'true' when a re-run found this commit's ready deployment and did not deploy again.",
    },
});

// EXTERNAL MODULE: ./lib/actions/provider.js + 10 modules
var actions_provider = __webpack_require__(54478);
;// CONCATENATED MODULE: ./lib/actions/release-steps.js
/**
 * The meta a deployment carries: commit, environment and run (the re-run key), repository and ref.
 * Values come from the runner's `GITHUB_*` variables; absent ones are left out.
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
/**
 * Records live production, then reuses this run's ready deployment (a re-run) or deploys anew, and
 * points `alias` at the result.
 * @throws ProviderError / ConfigurationError from the provider.
 */
async function deployStep(provider, args) {
    const { environment, logger } = args;
    let previous = environment === 'production' ? await provider.production() : undefined;
    const reused = await provider.findReusable(args.meta, environment);
    if (reused && previous?.id === reused.id) {
        // An earlier attempt already put it live: "before this release" is what preceded it.
        previous = await provider.previousProduction(reused.id);
    }
    let uploadedFiles = 0;
    let uploadedBytes = 0;
    let deployment;
    if (reused) {
        logger.info(`re-run: reusing ${reused.id}, already ready for this commit and run`);
        deployment = reused;
        const live = environment === 'production' ? await provider.production() : undefined;
        if (environment === 'production' && !args.staged && live?.id !== reused.id)
            await provider.promote(reused.id, args.deadline);
    }
    else {
        const result = await provider.deploy({
            path: args.path,
            environment,
            staged: args.staged,
            prebuilt: args.prebuilt,
            meta: args.meta,
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

;// CONCATENATED MODULE: ./lib/actions/deploy.js
/**
 * deploy entry: builds and uploads a deployment (staged for production by default), reusing the
 * ready deployment of an earlier attempt of the same run, and records it in GitHub when asked.
 */










async function run() {
    await (0,action_run/* runActionBody */.I)(deploySpec, async (inputs, ctx) => {
        const environment = inputs.environment;
        const staged = inputs.staged ?? environment === 'production';
        if (staged && environment !== 'production') {
            throw new errors/* ConfigurationError */.j1(`input 'staged': only production deployments can be staged, got environment '${environment}'`);
        }
        if (inputs.alias && inputs.provider === 'command') {
            throw new errors/* ConfigurationError */.j1("input 'alias': not supported with provider 'command'; point domains in your deploy command");
        }
        const { provider, http } = (0,actions_provider/* makeProvider */.g)(inputs, ctx.env, ctx.logger);
        const records = release_records/* ReleaseRecords */._.create(inputs['github-token'], ctx.env, http, ctx.logger);
        const started = clock/* systemClock */.m.now();
        const result = await deployStep(provider, {
            path: (0,external_node_path_.resolve)(inputs.path),
            environment,
            staged,
            prebuilt: inputs.prebuilt,
            meta: runMeta(ctx.env, environment),
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
            ? 'reused (re-run)'
            : `${result.uploadedFiles} file(s), ${result.uploadedBytes} bytes uploaded`;
        ctx.summary(`### ✅ Deployed to ${environment}${staged ? ' (staged: production not moved)' : ''}\n\n` +
            (0,markdown/* markdownTable */.Q)(['Deployment', 'URL', 'Previous production', 'Upload', 'Time'], [[d.id, d.url, result.previous?.id ?? '—', how, (0,parse/* formatDuration */.a3)(clock/* systemClock */.m.now() - started)]]));
    });
}


/***/ })

};
