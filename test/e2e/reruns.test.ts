/**
 * Re-runs (principle 4: idempotent and re-runnable): every action run twice with the same inputs,
 * GITHUB_RUN_ATTEMPT 1 then 2, as "Re-run jobs" does. The second attempt writes nothing to the
 * provider (no create, upload, promote, rollback or alias request in the sandbox's request log) and
 * reports the same result; where an outcome names what the attempt itself did, the documented
 * re-run outcome is asserted (promote: `noop`, "already live").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BundleRun, runBundledAction } from '../../src/runner/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { runAgainst } from '../helpers/sandbox-env.js';
import { versionedSite } from '../helpers/site.js';
import { api, testSandbox } from '../sandbox/helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

const SHA = 'c'.repeat(40);
const attempt = (n: number) => ({
  env: { GITHUB_SHA: SHA, GITHUB_RUN_ID: '700', GITHUB_RUN_ATTEMPT: String(n) },
});

/** The sandbox's requests since the last call, writes only (anything but GET/HEAD). */
async function writesSince(): Promise<string[]> {
  const log = (await api(sb, 'GET', '/_sandbox/requests')).body;
  await api(sb, 'DELETE', '/_sandbox/requests');
  return ((Array.isArray(log) ? log : log.requests) as { method: string; path: string }[])
    .filter((entry) => entry.method !== 'GET' && entry.method !== 'HEAD')
    .map((entry) => `${entry.method} ${entry.path}`);
}

/** The probes take no Vercel settings; the rest run with the sandbox as Vercel API. */
const runAttempt = (action: string, inputs: Record<string, string>, n: number): Promise<BundleRun> =>
  action === 'smoke-test' || action === 'health-check'
    ? runBundledAction(action, inputs, attempt(n))
    : runAgainst(sb, action, inputs, attempt(n));

/** Runs `action` twice (attempt 1, then 2) and returns both runs and the second attempt's writes. */
async function twice(action: string, inputs: Record<string, string>) {
  const first = await runAttempt(action, inputs, 1);
  expect(first.exitCode, first.stdout).toBe(0);
  await writesSince();
  const second = await runAttempt(action, inputs, 2);
  expect(second.exitCode, second.stdout).toBe(0);
  return { first, second, writes: await writesSince() };
}

const without = (run: BundleRun, ...names: string[]) =>
  Object.fromEntries(Object.entries(run.outputs).filter(([name]) => !names.includes(name)));

describe('re-runs create nothing and report the same result', () => {
  it('[rerun] deploy: the second attempt reuses the deployment', async () => {
    const path = await versionedSite('1');
    const { first, second, writes } = await twice('deploy', { environment: 'production', path });
    expect(writes).toEqual([]);
    expect(second.outputs['deployment-id']).toBe(first.outputs['deployment-id']);
    expect(second.outputs.reused).toBe('true');
    expect(without(second, 'reused')).toEqual(without(first, 'reused'));
  });

  it('[rerun] promote: the second attempt sends no promote and says already live (noop)', async () => {
    const deployed = await runAgainst(sb, 'deploy', {
      environment: 'production',
      path: await versionedSite('1'),
    });
    const id = deployed.outputs['deployment-id'] as string;
    const { first, second, writes } = await twice('promote', { 'deployment-id': id });
    expect(first.outputs.outcome).toBe('promoted');
    expect(writes).toEqual([]);
    expect(second.outputs.outcome).toBe('noop');
  });

  it('[rerun] release: the second attempt deploys, promotes and records nothing new, same outcome', async () => {
    const path = await versionedSite('1');
    const inputs = { path, 'production-url': sb.origins.production, interval: '300ms', count: '2' };
    const { first, second, writes } = await twice('release', inputs);
    expect(writes).toEqual([]);
    expect(first.outputs.outcome).toBe('promoted');
    expect(without(second, 'time-to-rollback-ms')).toEqual(without(first, 'time-to-rollback-ms'));
  });

  it('[rerun] release-outcome: the second attempt reads production back and reports the same', async () => {
    const release = await runAgainst(sb, 'release', {
      path: await versionedSite('1'),
      'production-url': sb.origins.production,
      interval: '300ms',
      count: '2',
    });
    const inputs = {
      'deployment-id': release.outputs['deployment-id'] as string,
      'previous-deployment-id': '',
      'release-outcome': 'promoted',
      'release-result': 'success',
    };
    const { first, second, writes } = await twice('release-outcome', inputs);
    expect(writes).toEqual([]);
    expect(first.outputs.outcome).toBe('promoted');
    expect(second.outputs).toEqual(first.outputs);
  });

  it('[rerun] smoke-test and health-check: read-only, the same verdict twice', async () => {
    await runAgainst(sb, 'release', {
      path: await versionedSite('1'),
      'production-url': sb.origins.production,
      interval: '300ms',
      count: '1',
    });
    const smoke = await twice('smoke-test', { url: sb.origins.production });
    expect(smoke.writes).toEqual([]);
    expect(smoke.second.outputs.passed).toBe('true');
    expect(without(smoke.second, 'p95-ms', 'report')).toEqual(without(smoke.first, 'p95-ms', 'report'));
    const health = await twice('health-check', { url: sb.origins.production, interval: '200ms', count: '2' });
    expect(health.writes).toEqual([]);
    expect(health.second.outputs.verdict).toBe('healthy');
    expect(health.second.outputs.verdict).toBe(health.first.outputs.verdict);
  });
});
