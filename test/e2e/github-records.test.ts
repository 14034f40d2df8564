/**
 * The deploy, promote and rollback bundles recording their work in the GitHub Deployments API:
 * against the sandbox for Vercel and a local fake of GitHub whose every request body is checked
 * against the official OpenAPI description.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { type FakeGitHub, startFakeGitHub } from '../fakes/github.js';
import { breakNextOnDomains, productionId, runAgainst } from '../helpers/sandbox-env.js';
import { versionedSite } from '../helpers/site.js';
import { testSandbox } from '../sandbox/helpers.js';

let sb: Sandbox;
let gh: FakeGitHub;
beforeEach(async () => {
  sb = await testSandbox();
  gh = await startFakeGitHub({ token: 'ghs_SENTINELtoken' });
});
afterEach(async () => {
  await sb.close();
  await gh.close();
});

const SHA1 = '1'.repeat(40);
const SHA2 = '2'.repeat(40);
const github = (sha: string, runId: string, extra: Record<string, string> = {}) => ({
  env: {
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    ...extra,
  },
});
const token = { 'github-token': 'ghs_SENTINELtoken' };

async function stagedAndPromoted(version: string, sha: string, runId: string, previous?: string) {
  const d = await runAgainst(
    sb,
    'deploy',
    { environment: 'production', path: await versionedSite(version), ...token },
    github(sha, runId),
  );
  expect(d.exitCode, d.stdout).toBe(0);
  const p = await runAgainst(
    sb,
    'promote',
    {
      'deployment-id': d.outputs['deployment-id'] as string,
      ...(previous ? { 'expected-current-deployment-id': previous } : {}),
      ...token,
    },
    github(sha, runId),
  );
  expect(p.outputs.outcome).toBe('promoted');
  return d.outputs['deployment-id'] as string;
}

const ghDeployment = (sha: string) =>
  gh.deployments.find((d) => d.sha === sha && d.environment === 'production');

describe('GitHub deployment records', () => {
  it('staged → in_progress, promote → success and the previous inactive, rollback → failure "rolled back" and the restored success', async () => {
    const v1 = await stagedAndPromoted('1', SHA1, '1');
    const g1 = ghDeployment(SHA1);
    expect(g1).toMatchObject({ environment: 'production', ref: SHA1 });
    expect(g1?.payload).toMatchObject({ greenlight: true, deploymentId: v1 });
    expect(gh.statesOf(g1?.id as number)).toEqual(['in_progress', 'success']);

    const v2 = await stagedAndPromoted('2', SHA2, '2', v1);
    const g2 = ghDeployment(SHA2);
    expect(g2?.payload).toMatchObject({ deploymentId: v2 });
    expect(gh.statesOf(g2?.id as number)).toEqual(['in_progress', 'success']);
    expect(gh.statesOf(g1?.id as number).at(-1)).toBe('inactive');
    const success = gh.statuses.find((s) => s.deployment_id === g2?.id && s.state === 'success');
    expect(success).toMatchObject({ log_url: 'https://github.com/acme/shop/actions/runs/2' });
    expect(String(success?.environment_url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const rb = await runAgainst(
      sb,
      'rollback',
      { reason: 'checkout is broken', ...token },
      github(SHA2, '3'),
    );
    expect(rb.outputs).toMatchObject({ outcome: 'rolled_back', 'to-deployment-id': v1 });
    expect(gh.statesOf(g2?.id as number).at(-1)).toBe('failure');
    const failure = gh.statuses.filter((s) => s.deployment_id === g2?.id).at(-1);
    expect(String(failure?.description)).toBe('rolled back: checkout is broken');
    expect(gh.statesOf(g1?.id as number).at(-1)).toBe('success');

    expect(gh.deployments.filter((d) => d.environment === 'production')).toHaveLength(2);
    expect(gh.violations).toEqual([]);
  });

  it('[rerun] release: a rolled-back commit is not promoted again by a later run (its GitHub status says so)', async () => {
    const release = async (path: string, sha: string, runId: string) =>
      runAgainst(
        sb,
        'release',
        {
          path,
          'production-url': sb.origins.production,
          interval: '300ms',
          count: '2',
          ...token,
        },
        github(sha, runId),
      );
    const v1 = await release(await versionedSite('1'), SHA1, '40');
    expect(v1.outputs.outcome).toBe('promoted');
    const pending = release(await versionedSite('2'), SHA2, '41');
    await breakNextOnDomains(sb, new Set([v1.outputs['deployment-id'] as string]));
    const v2 = await pending;
    expect(v2.outputs.outcome).toBe('rolled_back');
    expect(
      String(gh.statuses.filter((s) => s.deployment_id === ghDeployment(SHA2)?.id).at(-1)?.description),
    ).toMatch(/^rolled back: health check unhealthy/);

    // A new run of the same commit whose build differs (the same tree would reuse v2's deployment)
    // makes a new deployment, which only the GitHub record ties to the rollback.
    const rebuilt = await versionedSite('2');
    await writeFile(join(rebuilt, 'build.txt'), 'rebuilt');
    const again = await release(rebuilt, SHA2, '42');
    expect(again.outputs['deployment-id']).not.toBe(v2.outputs['deployment-id']);
    expect(again.exitCode).toBe(1);
    expect(again.outputs.outcome).toBe('rolled_back');
    expect(again.summary).toContain('was rolled back earlier; it is not promoted again unless force is true');
    expect(await productionId(sb)).toBe(v1.outputs['deployment-id']);
    expect(gh.violations).toEqual([]);
  });

  it('promote: a rolled-back commit is refused by its GitHub record, even when Vercel last did something else', async () => {
    const v1 = await stagedAndPromoted('1', SHA1, '1');
    const v2 = await stagedAndPromoted('2', SHA2, '2', v1);
    const rb = await runAgainst(sb, 'rollback', { reason: 'broken', ...token }, github(SHA2, '2'));
    expect(rb.outputs.outcome).toBe('rolled_back');
    // Production moves on, so Vercel's last alias job is no longer the rollback away from v2.
    const v3 = await stagedAndPromoted('3', '3'.repeat(40), '3', v1);

    const withoutRecords = await runAgainst(sb, 'promote', { 'deployment-id': v2 }, github(SHA2, '2'));
    expect(withoutRecords.outputs.outcome).toBe('superseded'); // older than v3; not refused
    const refused = await runAgainst(sb, 'promote', { 'deployment-id': v2, ...token }, github(SHA2, '2'));
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs.outcome).toBe('refused');
    expect(refused.stdout).toContain(
      `::error::deployment ${v2} was rolled back earlier; it is not promoted again unless force is true`,
    );
    expect(await productionId(sb)).toBe(v3);
    expect(gh.violations).toEqual([]);
  });

  it('[rerun] a re-run adds statuses to the same GitHub deployment instead of creating another', async () => {
    const site = await versionedSite('1');
    for (const attempt of ['1', '2']) {
      const d = await runAgainst(
        sb,
        'deploy',
        { environment: 'production', path: site, ...token },
        github(SHA1, '9', { GITHUB_RUN_ATTEMPT: attempt }),
      );
      expect(d.exitCode).toBe(0);
    }
    expect(gh.deployments).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('[fault] a GitHub outage is a warning, never a failed deploy, and the token is never printed', async () => {
    gh.failNext('POST', /\/deployments$/, 503, { count: 10 });
    gh.failNext('GET', /\/deployments/, 503, { count: 50 });
    const d = await runAgainst(
      sb,
      'deploy',
      { environment: 'preview', path: await versionedSite('1'), ...token },
      github(SHA1, '5'),
    );
    expect(d.exitCode, d.stdout).toBe(0);
    expect(d.stdout).toMatch(/^::warning::GitHub Deployments: could not record the deployment: GitHub: /m);
    const printed = (d.stdout + d.stderr + d.summary)
      .split('\n')
      .filter((l) => l.includes('ghs_SENTINELtoken'));
    expect(printed).toEqual(['::add-mask::ghs_SENTINELtoken']);
  });
});
