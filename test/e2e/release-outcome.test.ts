/**
 * The release-outcome action against the sandbox, after real releases: it reads production back,
 * repairs a release left live without being confirmed healthy, and otherwise only reports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleRun } from '../../src/runner/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  breakNextOnDomains,
  errorLines,
  fetchText,
  productionId,
  runAgainst,
} from '../helpers/sandbox-env.js';
import { versionedSite } from '../helpers/site.js';
import { api, testSandbox } from '../sandbox/helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

const FAST = { interval: '300ms', count: '3', 'progress-deadline': '30s', 'rollback-timeout': '20s' };
const gh = (sha: string, runId: string) => ({ env: { GITHUB_SHA: sha, GITHUB_RUN_ID: runId } });

function releaseVersion(version: string, sha: string, runId: string): Promise<BundleRun> {
  return versionedSite(version).then((path) =>
    runAgainst(sb, 'release', { path, 'production-url': sb.origins.production, ...FAST }, gh(sha, runId)),
  );
}

/** Runs release-outcome with the release's outputs and the job's result, as a workflow's final job does. */
function releaseOutcome(release: BundleRun, result: string, outcome = release.outputs.outcome ?? '') {
  return runAgainst(sb, 'release-outcome', {
    'deployment-id': release.outputs['deployment-id'] ?? '',
    'previous-deployment-id': release.outputs['previous-deployment-id'] ?? '',
    'release-outcome': outcome,
    'release-result': result,
    'rollback-timeout': '20s',
  });
}

async function rollbackRequests(): Promise<string[]> {
  const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as {
    method: string;
    path: string;
  }[];
  return requests.filter((r) => r.method === 'POST' && r.path.includes('/rollback/')).map((r) => r.path);
}

describe('release-outcome', () => {
  it('[fault] confirms a healthy release, and rolls back the same release when its job did not succeed', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '10');
    const v1Id = v1.outputs['deployment-id'] as string;
    const v2 = await releaseVersion('2', 'b'.repeat(40), '11');
    const v2Id = v2.outputs['deployment-id'] as string;
    expect(v2.outputs.outcome).toBe('promoted');
    expect(await productionId(sb)).toBe(v2Id);

    const green = await releaseOutcome(v2, 'success');
    expect(green.exitCode).toBe(0);
    expect(green.outputs).toEqual({ outcome: 'promoted', 'production-deployment-id': v2Id });
    expect(green.summary).toContain('### ✅ Released');
    expect(await rollbackRequests()).toEqual([]);

    // A later step of the release job failed: production serves a release that was not confirmed.
    const repaired = await releaseOutcome(v2, 'failure');
    expect(repaired.exitCode).toBe(1);
    expect(repaired.outputs).toEqual({ outcome: 'rolled_back', 'production-deployment-id': v1Id });
    expect(await productionId(sb)).toBe(v1Id);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
    expect(await rollbackRequests()).toHaveLength(1);
    expect(errorLines(repaired).at(-1)).toBe(
      `::error::release rolled_back: production serves the previous ${v1Id} again: ${v2Id} was not confirmed healthy (release job failure, outcome promoted)`,
    );
    expect(repaired.summary).toContain('### ↩️ Rolled back');
    expect(repaired.summary).toContain(`| Production now (read back) | ${v1Id} |`);
  });

  it('[rerun] reports a release the release step already rolled back, without another rollback', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '20');
    const v1Id = v1.outputs['deployment-id'] as string;
    const pending = releaseVersion('2', 'b'.repeat(40), '21');
    await breakNextOnDomains(sb, new Set([v1Id]));
    const v2 = await pending;
    expect(v2.outputs.outcome).toBe('rolled_back');
    const before = await rollbackRequests();
    expect(before).toHaveLength(1);

    const report = await releaseOutcome(v2, 'failure');
    expect(report.exitCode).toBe(1);
    expect(report.outputs).toEqual({ outcome: 'rolled_back', 'production-deployment-id': v1Id });
    expect(await rollbackRequests()).toEqual(before);
    expect(await productionId(sb)).toBe(v1Id);
  });

  it('[race] leaves production to a newer release: superseded, green with a warning', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '30');
    const v2 = await releaseVersion('2', 'b'.repeat(40), '31');
    const v3 = await releaseVersion('3', 'c'.repeat(40), '32');
    const v3Id = v3.outputs['deployment-id'] as string;
    expect(v1.outputs.outcome).toBe('promoted');

    // v2's job was cancelled after its step finished; production has moved on to v3 since.
    const report = await releaseOutcome(v2, 'cancelled');
    expect(report.exitCode).toBe(0);
    expect(report.outputs).toEqual({ outcome: 'superseded', 'production-deployment-id': v3Id });
    expect(report.stdout).toMatch(/^::warning title=release superseded::production moved on: it serves /m);
    expect(await rollbackRequests()).toEqual([]);
    expect(await productionId(sb)).toBe(v3Id);
  });
});
