/**
 * Racing releases against the sandbox, through the bundles as the runner drives them: two promotes
 * (or two whole releases) of different deployments at once must leave production on the newer one,
 * and the older run must end `superseded` (green) instead of waiting out its deadline or moving
 * production back. Also: promote given the deployment's URL instead of its id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleRun } from '../../src/runner/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { fetchText, nextDeployment, productionId, runAgainst } from '../helpers/sandbox-env.js';
import { versionedSite } from '../helpers/site.js';
import { api, deployReady, testSandbox, waitForAliasJob } from '../sandbox/helpers.js';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((sb) => sb.close()));
});

async function sandbox(): Promise<Sandbox> {
  const sb = await testSandbox();
  sandboxes.push(sb);
  return sb;
}

const STAGED = { target: 'production', autoAssignCustomDomains: false } as const;
const page = (v: string) => ({ 'index.html': `<!doctype html><title>Shop</title><p>version ${v}</p>` });

/** A sandbox whose production serves a base deployment, plus OLD and NEW staged (created in that order). */
async function raceSetup(): Promise<{ sb: Sandbox; base: string; old: string; neu: string }> {
  const sb = await sandbox();
  const base = (await deployReady(sb, page('base'), STAGED)).id as string;
  expect((await api(sb, 'POST', `/v10/projects/${sb.projectId}/promote/${base}`)).status).toBe(201);
  await waitForAliasJob(sb, base);
  const old = (await deployReady(sb, page('old'), STAGED)).id as string;
  const neu = (await deployReady(sb, page('new'), STAGED)).id as string;
  return { sb, base, old, neu };
}

type Fault = Record<string, unknown>;
const READ_LATENCY: Fault = { endpoint: 'GET /v9/projects/*', latencyMs: 300, count: 1 };
const WRITE_LATENCY: Fault = { endpoint: 'POST /v10/projects/*/promote/*', latencyMs: 300, count: 1 };

/** The trials: faults that put time between a run's read and its write, and which run starts first. */
const TRIALS: { faults: Fault[]; newFirst: boolean }[] = [
  { faults: [], newFirst: false },
  { faults: [], newFirst: true },
  { faults: [READ_LATENCY], newFirst: false },
  { faults: [READ_LATENCY], newFirst: true },
  { faults: [WRITE_LATENCY], newFirst: false },
  { faults: [WRITE_LATENCY], newFirst: true },
  { faults: [READ_LATENCY, WRITE_LATENCY], newFirst: false },
  { faults: [{ ...WRITE_LATENCY, count: 2 }, READ_LATENCY], newFirst: true },
];

interface TrialResult {
  trial: number;
  production: string | undefined;
  neu: string;
  oldRun: Pick<BundleRun, 'exitCode' | 'outputs'>;
  newRun: Pick<BundleRun, 'exitCode' | 'outputs'>;
  /** Both steps' logs, shown when an assertion fails. */
  log: string;
}

async function promoteTrial(trial: number): Promise<TrialResult> {
  const { faults, newFirst } = TRIALS[trial] as (typeof TRIALS)[number];
  const { sb, base, old, neu } = await raceSetup();
  for (const fault of faults) {
    expect((await api(sb, 'POST', '/_sandbox/faults', { json: fault })).status).toBe(201);
  }
  const promote = (id: string) =>
    runAgainst(sb, 'promote', {
      'deployment-id': id,
      'expected-current-deployment-id': base,
      timeout: '60s',
    });
  const [first, second] = newFirst ? [neu, old] : [old, neu];
  const runs = await Promise.all([promote(first), promote(second)]);
  const [oldRun, newRun] = newFirst ? [runs[1], runs[0]] : [runs[0], runs[1]];
  return {
    trial,
    production: await productionId(sb),
    neu,
    oldRun: { exitCode: oldRun.exitCode, outputs: oldRun.outputs },
    newRun: { exitCode: newRun.exitCode, outputs: newRun.outputs },
    log: `trial ${trial}: old ${old}, new ${neu}\n--- old run\n${oldRun.stdout}${oldRun.stderr}\n--- new run\n${newRun.stdout}${newRun.stderr}`,
  };
}

describe('racing releases', () => {
  it('[race] two promotes started together (8 trials, some with latency between read and write): production ends on the newer, the older is superseded', async () => {
    const results: TrialResult[] = [];
    // Two trials at a time, each on its own sandbox.
    for (let trial = 0; trial < TRIALS.length; trial += 2) {
      results.push(...(await Promise.all([promoteTrial(trial), promoteTrial(trial + 1)])));
    }
    expect(results).toHaveLength(8);
    for (const r of results) {
      expect({ trial: r.trial, production: r.production }, r.log).toEqual({
        trial: r.trial,
        production: r.neu,
      });
      expect({ trial: r.trial, exit: r.oldRun.exitCode, outcome: r.oldRun.outputs.outcome }, r.log).toEqual({
        trial: r.trial,
        exit: 0,
        outcome: 'superseded',
      });
      expect({ trial: r.trial, exit: r.newRun.exitCode, outcome: r.newRun.outputs.outcome }, r.log).toEqual({
        trial: r.trial,
        exit: 0,
        outcome: 'promoted',
      });
    }
  });

  it('[race] two root-action releases of different content started together: production ends on the newer, the older is superseded', async () => {
    const sb = await sandbox();
    const base = (await deployReady(sb, page('base'), STAGED)).id as string;
    await api(sb, 'POST', `/v10/projects/${sb.projectId}/promote/${base}`);
    await waitForAliasJob(sb, base);
    // Time between the read and the write of whichever run promotes first.
    await api(sb, 'POST', '/_sandbox/faults', { json: WRITE_LATENCY });
    const release = async (version: string, sha: string, runId: string) =>
      runAgainst(
        sb,
        'release',
        {
          path: await versionedSite(version),
          'production-url': sb.origins.production,
          interval: '300ms',
          count: '6',
          'progress-deadline': '30s',
          'rollback-timeout': '20s',
          'allow-outside-workspace': 'true',
        },
        { env: { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1' } },
      );
    const runs = await Promise.all([release('2', 'b'.repeat(40), '71'), release('3', 'c'.repeat(40), '72')]);
    const created = await Promise.all(
      runs.map(
        async (r) =>
          (await api(sb, 'GET', `/v13/deployments/${r.outputs['deployment-id']}`)).body.createdAt as number,
      ),
    );
    expect(created[0]).not.toBe(created[1]);
    const [olderRun, newerRun] = (created[0] as number) < (created[1] as number) ? runs : [runs[1], runs[0]];
    if (!olderRun || !newerRun) throw new Error('two runs expected');
    expect(await productionId(sb)).toBe(newerRun.outputs['deployment-id']);
    expect({ exit: newerRun.exitCode, outcome: newerRun.outputs.outcome }, newerRun.stdout).toEqual({
      exit: 0,
      outcome: 'promoted',
    });
    expect({ exit: olderRun.exitCode, outcome: olderRun.outputs.outcome }, olderRun.stdout).toEqual({
      exit: 0,
      outcome: 'superseded',
    });
    expect(newerRun.outputs['previous-deployment-id']).toBe(base);
  });

  it('[race] a release that started first is superseded by a newer one that promotes over it during its health check', async () => {
    const sb = await sandbox();
    const base = (await deployReady(sb, page('base'), STAGED)).id as string;
    await api(sb, 'POST', `/v10/projects/${sb.projectId}/promote/${base}`);
    await waitForAliasJob(sb, base);
    const inputs = async (version: string) => ({
      path: await versionedSite(version),
      'production-url': sb.origins.production,
      interval: '300ms',
      count: '8',
      'progress-deadline': '30s',
      'rollback-timeout': '20s',
      'allow-outside-workspace': 'true',
    });
    const env = (runId: string) => ({ env: { GITHUB_SHA: runId.repeat(40), GITHUB_RUN_ID: runId } });
    const olderPending = runAgainst(sb, 'release', await inputs('2'), env('7'));
    const olderId = await nextDeployment(sb, new Set([base]));
    // The newer release starts once the older one's deployment exists, and is promoted while the
    // older one is still health-checking production.
    const newer = await runAgainst(sb, 'release', await inputs('3'), env('8'));
    const older = await olderPending;
    expect(older.outputs['deployment-id']).toBe(olderId);
    expect(await productionId(sb)).toBe(newer.outputs['deployment-id']);
    expect((await fetchText(sb.origins.production)).body).toContain('version 3');
    expect({ exit: newer.exitCode, outcome: newer.outputs.outcome }, newer.stdout).toEqual({
      exit: 0,
      outcome: 'promoted',
    });
    expect({ exit: older.exitCode, outcome: older.outputs.outcome }, older.stdout).toEqual({
      exit: 0,
      outcome: 'superseded',
    });
  });

  it('[input] promote given the deployment URL (not its id) promotes it and exits 0', async () => {
    const sb = await sandbox();
    const deployed = await deployReady(sb, page('1'), STAGED);
    const url = `http://${deployed.url as string}`;
    const run = await runAgainst(sb, 'promote', { 'deployment-id': url, timeout: '10s' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('promoted');
    expect(await productionId(sb)).toBe(deployed.id);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
  });
});
