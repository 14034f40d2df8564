// The scenario harness: the caller templates run through the job-graph simulator, their toolkit
// steps running the committed bundles against a fresh embedded sandbox (Vercel) and a loopback fake
// of the GitHub Deployments API. The caller repository is a tiny app whose build writes
// `APP_VERSION` (a per-environment build variable) into its pages.
import { rmSync } from 'node:fs';
import { parse } from 'yaml';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { type FakeGitHub, startFakeGitHub } from '../../fakes/github.js';
import { fetchText, productionId, runAgainst } from '../../helpers/sandbox-env.js';
import { writeTree } from '../../helpers/site.js';
import { testSandbox } from '../../sandbox/helpers.js';
import { type LocalExecutor, localExecutor } from './executor.js';
import { repositorySource } from './load.js';
import {
  type RunRequest,
  type SimulatedRun,
  Simulator,
  type StepInvocation,
  type StepResult,
} from './simulator.js';

export const TOKEN = 'ghs_simulated_token';
export const COMMIT = 'c0ffee0000000000000000000000000000000001';

/** The app's build: `dist/` with the version in its home page and health endpoint. */
const APP = {
  'package.json': JSON.stringify({
    name: 'shop',
    private: true,
    scripts: { build: 'node build.mjs' },
  }),
  'package-lock.json': JSON.stringify({
    name: 'shop',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'shop' } },
  }),
  'build.mjs': [
    "import { mkdirSync, writeFileSync } from 'node:fs';",
    "const version = process.env.APP_VERSION ?? 'unset';",
    "mkdirSync('dist/api', { recursive: true });",
    "writeFileSync('dist/index.html', `<!doctype html><title>Shop</title><p>version ${version}</p>`);",
    "writeFileSync('dist/api/health.json', JSON.stringify({ status: 'ok', version }));",
    '',
  ].join('\n'),
};

/**
 * The caller templates as a user copies them, with the settings a test needs added to the
 * call of the toolkit workflow: the sandbox as Vercel API, a fast health window, a short rollback
 * deadline and the Slack Web API (a fake, when a test sets SLACK_API_URL). Nothing else in the
 * templates changes.
 */
export const callerSource = (path: string): string => {
  const text = repositorySource(path);
  // workflows/ci.yml calls only ci.yml, which needs none of the settings below.
  if (!path.startsWith('workflows/') || path === 'workflows/ci.yml') return text;
  const callee =
    path === 'workflows/deploy.yml' ? '.github/workflows/pipeline.yml' : '.github/workflows/rollback.yml';
  const declared = (
    parse(repositorySource(callee)) as { on: { workflow_call: { inputs: Record<string, unknown> } } }
  ).on.workflow_call.inputs;
  const added = Object.entries({
    'vercel-api-url': '${{ vars.VERCEL_API_URL }}',
    'health-interval': '${{ vars.HEALTH_INTERVAL }}',
    'rollback-timeout': '${{ vars.ROLLBACK_TIMEOUT }}',
    'staging-health-url': '${{ vars.STAGING_HEALTH_URL }}',
    'staging-health-interval': '${{ vars.HEALTH_INTERVAL }}',
    'slack-api-url': '${{ vars.SLACK_API_URL }}',
  })
    // Only what the called workflow declares (so the same harness runs older workflows too).
    .filter(([name]) => name in declared)
    .map(([name, value]) => `${name}: ${value}`);
  const anchor = /^( +)vercel-project-id: \$\{\{ vars\.VERCEL_PROJECT_ID \}\}$/m;
  if (!anchor.test(text))
    throw new Error(`${path}: no vercel-project-id line to add the test settings after`);
  return text.replace(anchor, (line, indent: string) =>
    [line, ...added.map((entry) => indent + entry)].join('\n'),
  );
};

export interface Scenario {
  readonly sb: Sandbox;
  readonly github: FakeGitHub;
  readonly sim: Simulator;
  readonly executor: LocalExecutor;
  /** Steps decided by the test instead of run: `jobPath#stepId` → result. */
  readonly overrides: Map<string, StepResult>;
  /** Every invocation that ran (not overridden), for assertions on env and inputs. */
  readonly invocations: StepInvocation[];
  /** Starts a run of a caller template. */
  start(
    workflow: 'workflows/deploy.yml' | 'workflows/rollback.yml',
    event: string,
    extra?: Partial<RunRequest>,
  ): SimulatedRun;
  /** Puts `version` live directly with the release bundle (the state before a scenario). */
  seed(version: string): Promise<string>;
  production(): Promise<string | undefined>;
  /** What the production domain serves at `/`. */
  productionPage(): Promise<string>;
  close(): Promise<void>;
}

/**
 * A fresh sandbox, fake GitHub and simulator. `app` replaces the caller repository's files (e.g. a
 * prebuilt `dist/` for a caller that skips the build).
 */
export async function scenario(
  options: { protectedEnvironments?: string[]; app?: Record<string, string> } = {},
): Promise<Scenario> {
  const sb = await testSandbox();
  const github = await startFakeGitHub({ token: TOKEN, refs: { main: COMMIT } });
  const checkout = await writeTree(options.app ?? APP, 'gl-sim-app-');
  const overrides = new Map<string, StepResult>();
  const invocations: StepInvocation[] = [];
  const executor = localExecutor({
    checkout,
    env: {
      GITHUB_API_URL: github.url,
      // npm ci of the app must not reach the registry.
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
    },
    override: (invocation) => overrides.get(`${invocation.jobPath}#${invocation.step.id}`),
    onStep: (invocation) => invocations.push(invocation),
  });
  const sim = new Simulator(executor.execute, { protectedEnvironments: options.protectedEnvironments ?? [] });
  let seeds = 0;
  return {
    sb,
    github,
    sim,
    executor,
    overrides,
    invocations,
    start: (workflow, event, extra = {}) =>
      sim.start({
        workflow,
        event,
        sha: COMMIT,
        source: callerSource,
        vars: {
          VERCEL_ORG_ID: sb.teamId,
          VERCEL_PROJECT_ID: sb.projectId,
          VERCEL_API_URL: sb.api,
          PRODUCTION_URL: sb.origins.production,
          STAGING_DOMAIN: sb.domains.staging,
          STAGING_HEALTH_URL: sb.origins.staging,
          HEALTH_INTERVAL: '300ms',
          ROLLBACK_TIMEOUT: '20s',
          PRODUCTION_BUILD_ENV: 'APP_VERSION=2',
          STAGING_BUILD_ENV: 'APP_VERSION=2-staging',
          ...(extra.vars ?? {}),
        },
        secrets: { VERCEL_TOKEN: sb.token, ...(extra.secrets ?? {}) },
        ...(extra.inputs ? { inputs: extra.inputs } : {}),
        ...(extra.ref ? { ref: extra.ref } : {}),
      }),
    seed: async (version) => {
      seeds += 1;
      const site = await writeTree({
        'index.html': `<!doctype html><title>Shop</title><p>version ${version}</p>`,
        'api/health.json': JSON.stringify({ status: 'ok', version }),
      });
      const run = await runAgainst(
        sb,
        'release',
        // One measurement at once, with a probe timeout of half the interval (2 s): a loaded machine
        // still answers in time.
        {
          path: site,
          'production-url': sb.origins.production,
          interval: '4s',
          'initial-delay': '0s',
          count: '1',
        },
        { env: { GITHUB_SHA: `5eed${String(seeds).padStart(36, '0')}`, GITHUB_RUN_ID: `${seeds}` } },
      );
      rmSync(site, { recursive: true, force: true });
      if (run.exitCode !== 0) throw new Error(`seeding version ${version} failed:\n${run.stdout}`);
      return run.outputs['deployment-id'] as string;
    },
    production: () => productionId(sb),
    productionPage: async () => (await fetchText(sb.origins.production)).body,
    close: async () => {
      await Promise.all([sb.close(), github.close()]);
      rmSync(checkout, { recursive: true, force: true });
      rmSync(executor.root, { recursive: true, force: true });
    },
  };
}

/** The result of each job, by path, for compact assertions. */
export function results(run: SimulatedRun): Record<string, string> {
  if (!run.result) throw new Error('the run has not finished');
  return Object.fromEntries([...run.result.jobs.values()].map((job) => [job.path, job.result]));
}
