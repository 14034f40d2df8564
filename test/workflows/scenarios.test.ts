// The release path's promises, kept by the reusable workflows: each scenario runs the caller
// templates (workflows/deploy.yml, workflows/rollback.yml) through the job-graph simulator, with the
// toolkit's steps running the committed bundles against the embedded sandbox, and asserts the jobs
// that ran, the outcome reported, and what production serves (read from the sandbox's production
// domain). The failure matrix in docs/workflows.md is this table.
import { describe, expect, it } from 'vitest';
import { api } from '../sandbox/helpers.js';
import { breakNextOnDomains, nextDeployment, waitFor } from '../helpers/sandbox-env.js';
import { type Scenario, results, scenario } from './sim/harness.js';
import type { SimulatedRun } from './sim/simulator.js';

const RELEASE = 'pipeline/production/release';
const OUTCOME = 'pipeline/production/outcome';

/**
 * One scenario: a fresh sandbox, fake GitHub and simulator. Scenarios run concurrently (they mostly
 * wait on health windows), each on its own loopback servers.
 */
function scenarioTest(
  name: string,
  body: (s: Scenario) => Promise<void>,
  options: { protectedEnvironments?: string[] } = {},
): void {
  it.concurrent(name, async () => {
    const s = await scenario(options);
    try {
      await body(s);
    } finally {
      await s.close();
    }
  });
}

const dispatch = (
  s: Scenario,
  inputs: Record<string, string | boolean> = {},
  vars: Record<string, string> = {},
): SimulatedRun =>
  s.start('workflows/deploy.yml', 'workflow_dispatch', {
    inputs: { 'require-staging': false, ...inputs },
    vars,
  });

/** The outcome the caller's workflow sees: the `outcome` output of its pipeline call. */
const outcomeOf = (run: SimulatedRun): string | undefined =>
  run.result?.jobs.get('pipeline')?.outputs.outcome;

const fault = (s: Scenario, body: Record<string, unknown>) =>
  api(s.sb, 'POST', '/_sandbox/faults', { json: body });

/** Resolves when the production domain serves `version`. */
const servesVersion = (s: Scenario, version: string) =>
  waitFor(async () => (await s.productionPage()).includes(`version ${version}`));

describe('deploy-production through the caller template: failure matrix', () => {
  scenarioTest('a healthy release: built once without the token, promoted, outcome read back', async (s) => {
    await s.seed('1');
    const run = dispatch(s);
    await run.done;
    expect(outcomeOf(run)).toBe('promoted');
    expect(await s.productionPage()).toContain('version 2');
    const deployed = run.result?.jobs.get(RELEASE)?.outputs['deployment-id'];
    expect(run.result?.jobs.get(OUTCOME)?.outputs['production-deployment-id']).toBe(deployed);
    expect(await s.production()).toBe(deployed);
    // Build once, in a job that never sees the deploy token.
    const build = s.invocations.filter((step) => step.jobPath === 'pipeline/production/build');
    expect(build.map((step) => step.step.name)).toContain('Build');
    for (const step of build) {
      expect(JSON.stringify([step.env, step.with])).not.toContain(s.sb.token);
      // The jobs that ran.
      expect(results(run)).toMatchObject({
        pipeline: 'success',
        'pipeline/gates': 'success',
        'pipeline/production/preflight': 'success',
        'pipeline/production/build': 'success',
        [RELEASE]: 'success',
        [OUTCOME]: 'success',
        'pipeline/result': 'success',
        'pipeline/staging': 'skipped',
        'pipeline/rollback': 'skipped',
      });
    }
    // The gates ran through ci.yml: the app has only a build script, so only the build gate ran,
    // and none of them saw the deploy token.
    expect(results(run)).toMatchObject({
      'pipeline/gates/detect': 'success',
      'pipeline/gates/lint': 'skipped',
      'pipeline/gates/typecheck': 'skipped',
      'pipeline/gates/test': 'skipped',
      'pipeline/gates/build': 'success',
      'pipeline/gates/gates': 'success',
    });
    const gates = s.invocations.filter((step) => step.jobPath.startsWith('pipeline/gates/'));
    expect(gates.map((step) => step.step.uses)).toContain('$/actions/gate');
    for (const step of gates) expect(JSON.stringify([step.env, step.with])).not.toContain(s.sb.token);
  });

  scenarioTest(
    '[input] preflight fails (production-url is not a URL): nothing runs, outcome failed',
    async (s) => {
      const v1 = await s.seed('1');
      const run = s.start('workflows/deploy.yml', 'workflow_dispatch', {
        inputs: { 'require-staging': false },
        vars: { PRODUCTION_URL: 'shop.example.com' },
      });
      await run.done;
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(run)).toBe('failed');
      // The jobs that ran.
      expect(results(run)).toMatchObject({
        'pipeline/production/preflight': 'failure',
        'pipeline/production/build': 'skipped',
        [RELEASE]: 'skipped',
        [OUTCOME]: 'failure',
        'pipeline/result': 'failure',
      });
      expect(s.executor.logs.get('pipeline/production/preflight#__run')).toContain(
        "::error title=Missing input::production-url must be an http(s) URL such as https://example.com, got 'shop.example.com'.",
      );
    },
  );

  scenarioTest('[input] build fails (a bad build-env line): no deploy, outcome failed', async (s) => {
    const v1 = await s.seed('1');
    const run = dispatch(s, {}, { PRODUCTION_BUILD_ENV: 'APP_VERSION=2\nnot a variable' });
    await run.done;
    expect(await s.production()).toBe(v1);
    expect(outcomeOf(run)).toBe('failed');
    // The jobs that ran.
    expect(results(run)).toMatchObject({
      'pipeline/production/build': 'failure',
      [RELEASE]: 'skipped',
      [OUTCOME]: 'failure',
    });
    expect(s.executor.logs.get('pipeline/production/build#__run')).toContain('::error title=Bad build-env::');
  });

  scenarioTest('[fault] deploy fails: production untouched, outcome failed', async (s) => {
    const v1 = await s.seed('1');
    await fault(s, { nextDeployment: { build: 'error', message: 'build exploded' } });
    const run = dispatch(s);
    await run.done;
    expect(await s.production()).toBe(v1);
    expect(outcomeOf(run)).toBe('failed');
    // The jobs that ran.
    expect(results(run)).toMatchObject({
      [RELEASE]: 'failure',
      [OUTCOME]: 'failure',
      'pipeline/result': 'failure',
    });
  });

  scenarioTest('[fault] smoke test fails: production untouched, outcome smoke_failed', async (s) => {
    const v1 = await s.seed('1');
    const run = dispatch(s);
    // The new deployment answers 500 on its own URL (where the smoke test looks).
    const known = new Set([v1]);
    const broken = await nextDeployment(s.sb, known);
    await fault(s, { deployment: broken, serve: { status: 500, where: 'unique' } });
    await run.done;
    expect(await s.production()).toBe(v1);
    expect(outcomeOf(run)).toBe('smoke_failed');
    // The jobs that ran.
    expect(results(run)).toMatchObject({ [RELEASE]: 'failure', [OUTCOME]: 'failure' });
  });

  scenarioTest(
    '[fault] promote fails before its request: production untouched, outcome failed',
    async (s) => {
      const v1 = await s.seed('1');
      await fault(s, { endpoint: 'POST /v10/projects/*/promote/*', status: 403, code: 'forbidden' });
      const run = dispatch(s);
      await run.done;
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(run)).toBe('failed');
      // The jobs that ran.
      expect(results(run)).toMatchObject({ [RELEASE]: 'failure', [OUTCOME]: 'failure' });
    },
  );

  scenarioTest(
    '[fault] promote fails after its request took effect, then unhealthy: rolled back, outcome rolled_back',
    async (s) => {
      const v1 = await s.seed('1');
      // Every promote request is carried out, then answered 503: production moved although the
      // answer says otherwise. The release reads production back instead of trusting the answer;
      // the new release is broken, so it must come back.
      await fault(s, { endpoint: 'POST /v10/projects/*/promote/*', status: 503, after: true });
      const run = dispatch(s);
      await breakNextOnDomains(s.sb, new Set([v1]));
      await run.done;
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(run)).toBe('rolled_back');
      // The jobs that ran.
      expect(results(run)).toMatchObject({ [RELEASE]: 'failure', [OUTCOME]: 'failure' });
    },
  );

  scenarioTest(
    '[fault] health check fails: rolled back in the release job, outcome rolled_back',
    async (s) => {
      const v1 = await s.seed('1');
      const run = dispatch(s);
      await breakNextOnDomains(s.sb, new Set([v1]));
      await run.done;
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(run)).toBe('rolled_back');
      expect(await s.productionPage()).toContain('version 1');
      // The jobs that ran.
      expect(results(run)).toMatchObject({
        [RELEASE]: 'failure',
        [OUTCOME]: 'failure',
        'pipeline/result': 'failure',
      });
    },
  );

  scenarioTest(
    '[fault] cancelled during the health check: the release job rolls back on SIGINT, the outcome job confirms',
    async (s) => {
      const v1 = await s.seed('1');
      // A long window, so the cancel lands while production serves the unconfirmed release.
      const run = dispatch(s, { 'health-window': '30' });
      await servesVersion(s, '2');
      run.cancel('cancelled by a maintainer');
      await run.done;
      expect(run.result?.conclusion).toBe('cancelled');
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(run)).toBe('rolled_back');
      // The jobs that ran.
      expect(results(run)).toMatchObject({ [RELEASE]: 'cancelled', [OUTCOME]: 'failure' });
    },
  );

  scenarioTest(
    '[fault] the rollback fails in the release job: the outcome job rolls back again',
    async (s) => {
      const v1 = await s.seed('1');
      // Rollback requests fail for the release job's whole rollback deadline, then work again.
      const run = dispatch(s, {}, { ROLLBACK_TIMEOUT: '3s' });
      await breakNextOnDomains(s.sb, new Set([v1]));
      const refused = await fault(s, { endpoint: 'POST /v1/projects/*/rollback/*', status: 500 });
      await waitFor(async () => run.log.some((line) => line.startsWith(`end ${RELEASE}:`)));
      expect(await s.production()).not.toBe(v1);
      await api(s.sb, 'DELETE', `/_sandbox/faults/${refused.body.id as string}`);
      await run.done;
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(run)).toBe('rolled_back');
      // The jobs that ran.
      expect(results(run)).toMatchObject({ [RELEASE]: 'failure', [OUTCOME]: 'failure' });
    },
  );

  scenarioTest(
    '[fault] the rollback keeps failing: outcome rollback_failed, and it says production serves the release',
    async (s) => {
      const v1 = await s.seed('1');
      const run = dispatch(s, {}, { ROLLBACK_TIMEOUT: '2s' });
      const broken = await breakNextOnDomains(s.sb, new Set([v1]));
      await fault(s, { endpoint: 'POST /v1/projects/*/rollback/*', status: 500 });
      await run.done;
      expect(outcomeOf(run)).toBe('rollback_failed');
      expect(run.result?.jobs.get(OUTCOME)?.outputs['production-deployment-id']).toBe(broken);
      expect(await s.production()).toBe(broken);
      // The jobs that ran.
      expect(results(run)).toMatchObject({
        [RELEASE]: 'failure',
        [OUTCOME]: 'failure',
        'pipeline/result': 'failure',
      });
    },
  );

  scenarioTest(
    '[rerun] re-run failed jobs after rolled_back: the release is refused again and the run stays red',
    async (s) => {
      const v1 = await s.seed('1');
      const first = dispatch(s);
      await breakNextOnDomains(s.sb, new Set([v1]));
      await first.done;
      expect(outcomeOf(first)).toBe('rolled_back');
      const again = s.sim.rerun(first, 'failed');
      await again.done;
      const jobs = again.result?.jobs;
      // Kept from attempt 1: the gates, the preflight and the build; run again: the release and what follows.
      expect(jobs?.get('pipeline/gates')?.attempt).toBe(1);
      expect(jobs?.get('pipeline/production/build')?.attempt).toBe(1);
      expect(jobs?.get(RELEASE)?.attempt).toBe(2);
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(again)).toBe('rolled_back');
      // The jobs that ran.
      expect(results(again)).toMatchObject({
        [RELEASE]: 'failure',
        [OUTCOME]: 'failure',
        'pipeline/result': 'failure',
      });
    },
  );

  scenarioTest(
    '[rerun] re-run all jobs after rolled_back: the same build is not promoted again',
    async (s) => {
      const v1 = await s.seed('1');
      const first = dispatch(s);
      await breakNextOnDomains(s.sb, new Set([v1]));
      await first.done;
      const again = s.sim.rerun(first, 'all');
      await again.done;
      expect(again.result?.jobs.get('pipeline/production/build')?.attempt).toBe(2);
      expect(await s.production()).toBe(v1);
      expect(outcomeOf(again)).toBe('rolled_back');
      expect(await s.productionPage()).toContain('version 1');
      // The jobs that ran.
      expect(results(again)).toMatchObject({ [RELEASE]: 'failure', [OUTCOME]: 'failure' });
    },
  );
});

describe('concurrency: releases and manual rollbacks', () => {
  scenarioTest(
    '[race] a manual rollback runs while a release waits for approval, and is not queued behind it',
    async (s) => {
      const v0 = await s.seed('0');
      await s.seed('1');
      const release = dispatch(s);
      expect(await release.waitingForApproval()).toBe(RELEASE);
      const rollback = s.start('workflows/rollback.yml', 'workflow_dispatch', {
        inputs: { reason: 'v1 is slow' },
      });
      const waited = waitFor(async () =>
        s.sim.groups.log.some((line) => line.startsWith('wait') && line.includes(`run ${rollback.id}/`)),
      );
      await Promise.race([rollback.done, waited]);
      expect(rollback.result, `queued: ${s.sim.groups.log.join('\n')}`).toBeDefined();
      expect(results(rollback)).toMatchObject({ rollback: 'success', 'rollback/rollback': 'success' });
      expect(await s.production()).toBe(v0);
      // The release still waits; cancelled, it ends without touching production.
      expect(s.sim.approvals.waitingIn(release.id)).toEqual([RELEASE]);
      release.cancel();
      await release.done;
      expect(await s.production()).toBe(v0);
      expect(outcomeOf(release)).toBe('failed');
      // The jobs that ran.
      expect(results(release)).toMatchObject({ [RELEASE]: 'cancelled' });
    },
    { protectedEnvironments: ['production'] },
  );

  scenarioTest(
    '[race] two releases queued behind a running one: the older pending one is replaced, production ends on the newest',
    async (s) => {
      await s.seed('1');
      const first = dispatch(s);
      expect(await first.waitingForApproval()).toBe(RELEASE);
      const second = s.start('workflows/deploy.yml', 'workflow_dispatch', {
        inputs: { 'require-staging': false },
        vars: { PRODUCTION_BUILD_ENV: 'APP_VERSION=3' },
      });
      await waitFor(async () =>
        s.sim.groups.log.includes(`wait deploy-production by run ${second.id}/pipeline`),
      );
      const third = s.start('workflows/deploy.yml', 'workflow_dispatch', {
        inputs: { 'require-staging': false },
        vars: { PRODUCTION_BUILD_ENV: 'APP_VERSION=4' },
      });
      await second.done;
      expect(second.result?.conclusion).toBe('cancelled');
      expect(results(second)).toEqual({ pipeline: 'cancelled' });
      expect(s.invocations.filter((step) => step.runId === second.id)).toEqual([]);
      first.approve(RELEASE);
      await first.done;
      expect(outcomeOf(first)).toBe('promoted');
      expect(await third.waitingForApproval()).toBe(RELEASE);
      third.approve(RELEASE);
      await third.done;
      expect(outcomeOf(third)).toBe('promoted');
      expect(await s.productionPage()).toContain('version 4');
    },
    { protectedEnvironments: ['production'] },
  );
});

describe('deploy-staging through the caller template', () => {
  scenarioTest(
    'a push builds with the staging variables and moves the staging domain only after the smoke test',
    async (s) => {
      const run = s.start('workflows/deploy.yml', 'push');
      await run.done;
      const staging = await fetch(s.sb.origins.staging);
      expect(await staging.text()).toContain('version 2-staging');
      const deploy = run.result?.jobs.get('pipeline/staging/deploy');
      const order = deploy?.steps.map((step) => `${step.name}:${step.outcome}`);
      // No Slack secret passed: both notices skipped.
      expect(order).toEqual([
        'Check Slack:success',
        'Check secrets:success',
        'Download the build:success',
        'Deploy:success',
        'Smoke-test the deployment:success',
        'Point the staging domain at it:success',
        'Health-check staging:success',
        'Notify Slack (succeeded):skipped',
        'Notify Slack (failed):skipped',
      ]);
      // The jobs that ran.
      expect(results(run)).toMatchObject({
        'pipeline/staging/build': 'success',
        'pipeline/staging/deploy': 'success',
        'pipeline/production': 'skipped',
      });
    },
  );

  scenarioTest('a failed smoke test leaves the staging domain where it was', async (s) => {
    const first = s.start('workflows/deploy.yml', 'push');
    await first.done;
    expect(results(first)['pipeline/staging/deploy']).toBe('success');
    const second = s.start('workflows/deploy.yml', 'push', {
      vars: { STAGING_BUILD_ENV: 'APP_VERSION=3-staging' },
    });
    const known = new Set((await listDeployments(s)).map((deployment) => deployment.uid));
    const broken = await nextDeployment(s.sb, known);
    await fault(s, { deployment: broken, serve: { status: 500, where: 'unique' } });
    await second.done;
    const steps = second.result?.jobs
      .get('pipeline/staging/deploy')
      ?.steps.map((step) => `${step.name}:${step.outcome}`);
    expect(steps).toContain('Smoke-test the deployment:failure');
    expect(steps).toContain('Point the staging domain at it:skipped');
    expect(await (await fetch(s.sb.origins.staging)).text()).toContain('version 2-staging');
  });
});

async function listDeployments(s: Scenario): Promise<Array<{ uid: string }>> {
  const body = (await api(s.sb, 'GET', `/v6/deployments?projectId=${s.sb.projectId}&limit=20`)).body;
  return body.deployments as Array<{ uid: string }>;
}
