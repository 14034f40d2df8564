/**
 * The root action (release) against the sandbox: one step from deploy to a confirmed rollback.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleRun } from '../../src/cli/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  breakNextOnDomains,
  errorLines,
  fetchText,
  productionId,
  runAgainst,
  waitFor,
} from '../helpers/sandbox-env.js';
import { versionedSite } from '../helpers/site.js';
import { api, testSandbox } from '../sandbox/helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

const FAST = { interval: '300ms', count: '3', 'progress-deadline': '30s', 'rollback-timeout': '20s' };
const gh = (sha: string, runId: string, attempt = '1') => ({
  env: { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt },
});

async function releaseVersion(
  version: string,
  sha: string,
  runId: string,
  extra: Record<string, string> = {},
  attempt = '1',
): Promise<BundleRun> {
  return runAgainst(
    sb,
    'release',
    { path: await versionedSite(version), 'production-url': sb.origins.production, ...FAST, ...extra },
    gh(sha, runId, attempt),
  );
}

const production = () => productionId(sb);
const breakNextDeploymentOnDomains = (known: Set<string>) => breakNextOnDomains(sb, known);

describe('release (root action)', () => {
  it('promotes a healthy release, then rolls a broken one back automatically and confirms it', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '10');
    expect(v1.exitCode, v1.stdout).toBe(0);
    expect(v1.outputs).toMatchObject({
      outcome: 'promoted',
      'previous-deployment-id': '',
      'time-to-rollback-ms': '',
    });
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
    expect(v1.summary).toContain('### ✅ Released');
    expect(v1.summary).toMatch(/\| deploy \| [\d.]+m?s \| ready \|/);

    const v1Id = v1.outputs['deployment-id'] as string;
    const pending = releaseVersion('2', 'b'.repeat(40), '11');
    const v2Id = await breakNextDeploymentOnDomains(new Set([v1Id]));
    const v2 = await pending;
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs).toMatchObject({
      outcome: 'rolled_back',
      'deployment-id': v2Id,
      'previous-deployment-id': v1Id,
    });
    expect(Number(v2.outputs['time-to-rollback-ms'])).toBeGreaterThan(0);
    expect(await production()).toBe(v1Id);
    const served = await fetchText(sb.origins.production);
    expect(served).toMatchObject({ status: 200 });
    expect(served.body).toContain('version 1');
    expect(errorLines(v2).at(-1)).toMatch(
      /^::error::release rolled_back: health check unhealthy: 1 failed measurement > failure-limit 0 .*; production serves dpl_\w+ again$/,
    );
    expect(v2.summary).toContain('Time from the first failed probe to production restored');

    // A re-run of the rolled-back release does not promote it again …
    const rerun = await releaseVersion('2', 'b'.repeat(40), '11', {}, '2');
    expect(rerun.exitCode).toBe(1);
    expect(rerun.outputs).toMatchObject({ outcome: 'rolled_back', 'deployment-id': v2Id });
    expect(errorLines(rerun).at(-1)).toContain(
      'was rolled back earlier; it is not promoted again unless force is true',
    );
    expect(await production()).toBe(v1Id);

    // … unless forced (here with the fault cleared, so it stays).
    await api(sb, 'DELETE', '/_sandbox/faults');
    const forced = await releaseVersion('2', 'b'.repeat(40), '11', { force: 'true' }, '3');
    expect(forced.outputs).toMatchObject({ outcome: 'promoted', 'deployment-id': v2Id });
    expect(await production()).toBe(v2Id);
  });

  it('a failed smoke test never touches production', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '20');
    const bad = await releaseVersion('2', 'b'.repeat(40), '21', {
      'smoke-checks': '- path: /\n  expect: { body-contains: version 3 }',
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.outcome).toBe('smoke_failed');
    expect(await production()).toBe(v1.outputs['deployment-id']);
    expect(bad.summary).toContain('body does not contain "version 3"');
  });

  it('reports rollback_failed when production cannot be moved back', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '30');
    const v1Id = v1.outputs['deployment-id'] as string;
    const pending = releaseVersion('2', 'b'.repeat(40), '31', { 'rollback-timeout': '3s' });
    const v2Id = await breakNextDeploymentOnDomains(new Set([v1Id]));
    await waitFor(async () => (await production()) === v2Id);
    await api(sb, 'POST', '/_sandbox/faults', { json: { aliasJob: 'failed', count: 1000 } });
    const v2 = await pending;
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs.outcome).toBe('rollback_failed');
    expect(errorLines(v2).at(-1)).toMatch(
      new RegExp(`^::error::release rollback_failed: .*production could not be moved back to ${v1Id}: `),
    );
    // Why it failed: the alias job failed (the last attempt may instead run into the deadline).
    expect(v2.stdout).toMatch(
      new RegExp(
        `^::warning::rollback attempt 1 did not hold: Vercel reports the rollback to ${v1Id} failed$`,
        'm',
      ),
    );
    expect(await production()).toBe(v2Id);
    expect(v2.summary).toContain('🚨 Rollback failed');
  });
});
