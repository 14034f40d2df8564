/**
 * deploy / promote / rollback bundles against the sandbox, driven as the runner drives them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, testSandbox } from '../sandbox/helpers.js';
import { errorLines, fetchText, runAgainst } from '../helpers/sandbox-env.js';
import { versionedSite, writeTree } from '../helpers/site.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);
const run = (sha: string, runId: string, attempt = '1') => ({
  env: { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt },
});

async function stagedDeploy(version: string, sha = SHA1, runId = '100', attempt = '1') {
  const result = await runAgainst(
    sb,
    'deploy',
    { environment: 'production', path: await versionedSite(version) },
    run(sha, runId, attempt),
  );
  expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  return result;
}

const creates = async () => {
  const log = (await api(sb, 'GET', '/_sandbox/requests')).body as
    | { requests?: { method: string; path: string; status: number }[] }
    | { method: string; path: string; status: number }[];
  const entries = Array.isArray(log) ? log : (log.requests ?? []);
  return entries.filter((e) => e.method === 'POST' && e.path === '/v13/deployments' && e.status < 300);
};

describe('blue-green through the bundled actions', () => {
  it('a staged deploy serves on its unique URL without moving production; promote moves it; rollback restores', async () => {
    const v1 = await stagedDeploy('1');
    expect(v1.outputs).toMatchObject({
      environment: 'production',
      reused: 'false',
      'previous-deployment-id': '',
    });
    expect((await fetchText(v1.outputs.url as string)).body).toContain('version 1');
    expect((await fetchText(sb.origins.production)).status).toBe(404);

    const p1 = await runAgainst(sb, 'promote', { 'deployment-id': v1.outputs['deployment-id'] as string });
    expect(p1.exitCode).toBe(0);
    expect(p1.outputs).toMatchObject({ outcome: 'promoted', 'previous-deployment-id': '' });
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');

    const v2 = await stagedDeploy('2', SHA2, '101');
    expect(v2.outputs['previous-deployment-id']).toBe(v1.outputs['deployment-id']);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');

    const p2 = await runAgainst(sb, 'promote', {
      'deployment-id': v2.outputs['deployment-id'] as string,
      'expected-current-deployment-id': v2.outputs['previous-deployment-id'] as string,
    });
    expect(p2.outputs.outcome).toBe('promoted');
    expect((await fetchText(sb.origins.production)).body).toContain('version 2');
    expect(p2.summary).toContain('Promoted');

    const again = await runAgainst(sb, 'promote', { 'deployment-id': v2.outputs['deployment-id'] as string });
    expect(again.outputs.outcome).toBe('noop');

    const rb = await runAgainst(sb, 'rollback', { reason: 'test' });
    expect(rb.exitCode, rb.stdout).toBe(0);
    expect(rb.outputs).toMatchObject({
      outcome: 'rolled_back',
      'to-deployment-id': v1.outputs['deployment-id'],
      'from-deployment-id': v2.outputs['deployment-id'],
    });
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');

    const rb2 = await runAgainst(sb, 'rollback', {
      'to-deployment-id': v1.outputs['deployment-id'] as string,
    });
    expect(rb2.outputs.outcome).toBe('noop');
  });

  it('[fault] rollback converges when the API fails twice, then succeeds; rollback_failed when it always fails', async () => {
    const v1 = await stagedDeploy('1');
    await runAgainst(sb, 'promote', { 'deployment-id': v1.outputs['deployment-id'] as string });
    const v2 = await stagedDeploy('2', SHA2, '501');
    await runAgainst(sb, 'promote', { 'deployment-id': v2.outputs['deployment-id'] as string });

    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v1/projects/*/rollback/*', status: 500, count: 2 },
    });
    const converged = await runAgainst(sb, 'rollback', {
      'to-deployment-id': v1.outputs['deployment-id'] as string,
    });
    expect(converged.exitCode, converged.stdout).toBe(0);
    expect(converged.outputs.outcome).toBe('rolled_back');
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body;
    const rollbacks = (Array.isArray(log) ? log : log.requests).filter(
      (e: { method: string; path: string }) => e.method === 'POST' && e.path.includes('/rollback/'),
    );
    expect(rollbacks.map((e: { status: number }) => e.status)).toEqual([500, 500, 201]);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');

    // v2 was just rolled back away from: putting it live again takes force.
    const back = await runAgainst(sb, 'promote', {
      'deployment-id': v2.outputs['deployment-id'] as string,
      force: 'true',
    });
    expect(back.outputs.outcome).toBe('promoted');
    await api(sb, 'POST', '/_sandbox/faults', { json: { aliasJob: 'failed', count: 1000 } });
    const failed = await runAgainst(sb, 'rollback', {
      'to-deployment-id': v1.outputs['deployment-id'] as string,
      timeout: '3s',
    });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs).toMatchObject({ outcome: 'rollback_failed', 'to-deployment-id': '' });
    expect(errorLines(failed).at(-1)).toMatch(
      /^::error::rollback failed: production could not be moved back to dpl_\w+: /,
    );
    expect((await fetchText(sb.origins.production)).body).toContain('version 2');
  });

  it('[race] refuses a stale compare-and-swap: superseded, production unchanged', async () => {
    const v1 = await stagedDeploy('1');
    await runAgainst(sb, 'promote', { 'deployment-id': v1.outputs['deployment-id'] as string });
    const v2 = await stagedDeploy('2', SHA2, '201');
    const v3 = await stagedDeploy('3', 'c'.repeat(40), '202');
    const p3 = await runAgainst(sb, 'promote', {
      'deployment-id': v3.outputs['deployment-id'] as string,
      'expected-current-deployment-id': v3.outputs['previous-deployment-id'] as string,
    });
    expect(p3.outputs.outcome).toBe('promoted');
    const stale = await runAgainst(sb, 'promote', {
      'deployment-id': v2.outputs['deployment-id'] as string,
      'expected-current-deployment-id': v2.outputs['previous-deployment-id'] as string,
    });
    expect(stale.exitCode).toBe(0);
    expect(stale.outputs.outcome).toBe('superseded');
    expect(stale.stdout).toMatch(/::warning title=promote superseded::production moved to dpl_/);
    expect((await fetchText(sb.origins.production)).body).toContain('version 3');

    const older = await runAgainst(sb, 'promote', { 'deployment-id': v2.outputs['deployment-id'] as string });
    expect(older.outputs.outcome).toBe('superseded');
    expect((await fetchText(sb.origins.production)).body).toContain('version 3');
  });

  it('[rerun] reuse is keyed on content: the same tree is reused by a re-run and by another run, a changed file deploys anew', async () => {
    const dir = await versionedSite('1');
    const deploy = (path: string, sha: string, runId: string, attempt = '1') =>
      runAgainst(sb, 'deploy', { environment: 'production', path }, run(sha, runId, attempt));
    const first = await deploy(dir, SHA1, '1');
    expect(first.outputs.reused).toBe('false');
    const id = first.outputs['deployment-id'] as string;
    const meta = (await api(sb, 'GET', `/v13/deployments/${id}`)).body.meta as Record<string, string>;
    expect(meta).toMatchObject({
      greenlightEnvironment: 'production',
      githubCommitSha: SHA1,
      githubRunId: '1',
    });
    expect(meta.greenlightContentKey).toMatch(/^[0-9a-f]{64}$/);

    const rerun = await deploy(dir, SHA1, '1', '2');
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'deployment-id': id });
    // Another run, another commit, the same tree written to another directory.
    const otherRun = await deploy(await versionedSite('1'), SHA2, '2');
    expect(otherRun.exitCode, otherRun.stdout).toBe(0);
    expect(otherRun.outputs).toMatchObject({ reused: 'true', 'deployment-id': id });
    expect(otherRun.summary).toContain('reused (same content)');
    expect(await creates()).toHaveLength(1);

    // A re-run of that run whose build changed one file: a new deployment.
    await writeFile(join(dir, 'about/index.html'), '<p>about, fixed</p>');
    const changed = await deploy(dir, SHA2, '2', '2');
    expect(changed.outputs.reused).toBe('false');
    expect(changed.outputs['deployment-id']).not.toBe(id);
    expect(await creates()).toHaveLength(2);
    expect((await fetchText(changed.outputs.url as string, '/about/')).body).toContain('about, fixed');
  });

  it('reuse stays within an environment: a staging deploy of the same tree does not reuse production', async () => {
    const production = await stagedDeploy('1', SHA1, '1');
    expect(production.outputs.reused).toBe('false');
    const dir = await versionedSite('1');
    const staging = await runAgainst(sb, 'deploy', { environment: 'staging', path: dir }, run(SHA1, '1'));
    expect(staging.outputs.reused).toBe('false');
    expect(production.outputs['deployment-id']).not.toBe(staging.outputs['deployment-id']);
    expect(await creates()).toHaveLength(2);
  });

  it('[rerun] releasing earlier content again (a revert) deploys anew, while a re-run of the old run is superseded', async () => {
    const v1 = await stagedDeploy('1', SHA1, '1');
    const v1Id = v1.outputs['deployment-id'] as string;
    await runAgainst(sb, 'promote', { 'deployment-id': v1Id });
    const v2 = await stagedDeploy('2', SHA2, '2');
    await runAgainst(sb, 'promote', { 'deployment-id': v2.outputs['deployment-id'] as string });

    // A re-run of run 1 reuses its deployment, which is older than production: superseded.
    const rerun = await stagedDeploy('1', SHA1, '1', '2');
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'deployment-id': v1Id });
    const stale = await runAgainst(sb, 'promote', {
      'deployment-id': v1Id,
      'expected-current-deployment-id': rerun.outputs['previous-deployment-id'] as string,
    });
    expect(stale.outputs.outcome).toBe('superseded');

    // A new run reverting to v1's tree gets a deployment of its own, which can go live.
    const revert = await stagedDeploy('1', 'c'.repeat(40), '3');
    expect(revert.outputs.reused).toBe('false');
    expect(revert.outputs['deployment-id']).not.toBe(v1Id);
    const promoted = await runAgainst(sb, 'promote', {
      'deployment-id': revert.outputs['deployment-id'] as string,
      'expected-current-deployment-id': revert.outputs['previous-deployment-id'] as string,
    });
    expect(promoted.outputs.outcome).toBe('promoted');
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
  });

  it('[rerun] promote refuses a deployment production was rolled back away from, unless force is true', async () => {
    const v1 = await stagedDeploy('1');
    await runAgainst(sb, 'promote', { 'deployment-id': v1.outputs['deployment-id'] as string });
    const v2 = await stagedDeploy('2', SHA2, '101');
    const v2Id = v2.outputs['deployment-id'] as string;
    const p2 = await runAgainst(sb, 'promote', {
      'deployment-id': v2Id,
      'expected-current-deployment-id': v2.outputs['previous-deployment-id'] as string,
    });
    expect(p2.outputs.outcome).toBe('promoted');
    const rb = await runAgainst(sb, 'rollback', { reason: 'broken' });
    expect(rb.outputs.outcome).toBe('rolled_back');
    await api(sb, 'DELETE', '/_sandbox/requests');

    // "Re-run all jobs": the same promote step again.
    const again = await runAgainst(sb, 'promote', { 'deployment-id': v2Id });
    expect(again.exitCode).toBe(1);
    expect(again.outputs).toMatchObject({ outcome: 'refused', 'previous-deployment-id': '' });
    expect(errorLines(again)).toEqual([
      `::error::deployment ${v2Id} was rolled back earlier; it is not promoted again unless force is true`,
    ]);
    expect(again.summary).toContain(`Refused: ${v2Id}`);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body;
    const writes = (Array.isArray(log) ? log : log.requests).filter(
      (e: { method: string; path: string }) => e.method !== 'GET',
    );
    expect(writes).toEqual([]);

    const forced = await runAgainst(sb, 'promote', { 'deployment-id': v2Id, force: 'true' });
    expect(forced.exitCode, forced.stdout).toBe(0);
    expect(forced.outputs.outcome).toBe('promoted');
    expect((await fetchText(sb.origins.production)).body).toContain('version 2');
  });

  it('[input] promote with alias points a domain at a tested staging deployment; a URL as alias is refused before any request', async () => {
    const staging = await runAgainst(
      sb,
      'deploy',
      { environment: 'staging', path: await versionedSite('s1') },
      run(SHA1, '300'),
    );
    expect(staging.exitCode, staging.stdout).toBe(0);
    const id = staging.outputs['deployment-id'] as string;
    expect((await fetchText(sb.origins.staging)).body).not.toContain('version s1');
    const aliased = await runAgainst(sb, 'promote', { 'deployment-id': id, alias: sb.domains.staging });
    expect(aliased.exitCode, aliased.stdout).toBe(0);
    expect(aliased.outputs.outcome).toBe('promoted');
    expect((await fetchText(sb.origins.staging)).body).toContain('version s1');
    expect((await fetchText(sb.origins.production)).status).not.toBe(200);

    await api(sb, 'DELETE', '/_sandbox/requests');
    const bad = await runAgainst(sb, 'promote', { 'deployment-id': id, alias: 'https://evil.example.com/x' });
    expect(bad.exitCode).toBe(1);
    expect(errorLines(bad)).toEqual([
      "::error::input 'alias': expected a hostname such as staging.example.com (no scheme, path or port), got 'https://evil.example.com/x'",
    ]);
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body;
    expect(Array.isArray(log) ? log : log.requests).toEqual([]);
  });

  it('a second deploy with one file changed uploads exactly that file', async () => {
    const dir = await versionedSite('1');
    await runAgainst(sb, 'deploy', { environment: 'production', path: dir }, run(SHA1, '600'));
    await api(sb, 'DELETE', '/_sandbox/requests');
    await writeFile(join(dir, 'about/index.html'), '<p>about, changed</p>');
    const again = await runAgainst(sb, 'deploy', { environment: 'production', path: dir }, run(SHA2, '601'));
    expect(again.exitCode, again.stdout).toBe(0);
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body;
    const uploads = (Array.isArray(log) ? log : log.requests).filter(
      (e: { method: string; path: string }) => e.method === 'POST' && e.path === '/v2/files',
    );
    expect(uploads).toHaveLength(1);
    expect(uploads[0].size).toBe(Buffer.byteLength('<p>about, changed</p>'));
    expect(again.summary).toContain('1 file(s), 21 bytes uploaded');
  });

  it('[fault] survives 429 with Retry-After, 503 and a connection reset during upload', async () => {
    for (const fault of [
      { endpoint: 'POST /v2/files', status: 429, retryAfter: 1, count: 1 },
      { endpoint: 'POST /v2/files', status: 503, count: 1 },
      { endpoint: 'POST /v2/files', drop: true, count: 1 },
    ]) {
      expect((await api(sb, 'POST', '/_sandbox/faults', { json: fault })).status).toBeLessThan(300);
    }
    const v1 = await stagedDeploy('1');
    expect((await fetchText(v1.outputs.url as string)).body).toContain('version 1');
    expect(await creates()).toHaveLength(1);
  });

  it('[fault] uploads a larger tree itself, retrying each file on 429 (Retry-After), 503 and resets', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [`page-${i}/index.html`, `<p>page ${i}</p>`]),
    );
    const dir = await writeTree({ 'index.html': '<p>home</p>', ...files });
    for (const fault of [
      { endpoint: 'POST /v2/files', status: 429, retryAfter: 1, count: 2 },
      { endpoint: 'POST /v2/files', status: 503, count: 2 },
      { endpoint: 'POST /v2/files', drop: true, count: 2 },
    ]) {
      await api(sb, 'POST', '/_sandbox/faults', { json: fault });
    }
    const deployed = await runAgainst(
      sb,
      'deploy',
      { environment: 'production', path: dir },
      run(SHA1, '700'),
    );
    expect(deployed.exitCode, deployed.stdout).toBe(0);
    expect((await fetchText(deployed.outputs.url as string, '/page-79/')).body).toContain('page 79');
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body;
    const uploads = (Array.isArray(log) ? log : log.requests).filter(
      (e: { method: string; path: string }) => e.method === 'POST' && e.path === '/v2/files',
    );
    expect(uploads.filter((e: { status: number }) => e.status === 200)).toHaveLength(81);
    expect(uploads.filter((e: { status: number }) => e.status !== 200)).toHaveLength(6);
    expect(await creates()).toHaveLength(1);
  });

  it('[fault] cancels a deployment stuck BUILDING past the deadline and names it', async () => {
    await api(sb, 'POST', '/_sandbox/faults', { json: { nextDeployment: { build: 'stuck' } } });
    const stuck = await runAgainst(
      sb,
      'deploy',
      { environment: 'production', path: await versionedSite('1'), timeout: '3s' },
      run(SHA1, '400'),
    );
    expect(stuck.exitCode).toBe(1);
    const [line] = errorLines(stuck);
    expect(line).toMatch(
      /^::error::deployment (dpl_\w+) did not become READY before the deadline; it was cancelled$/,
    );
    const id = /(dpl_\w+)/.exec(line ?? '')?.[1] as string;
    expect((await api(sb, 'GET', `/v13/deployments/${id}`)).body.readyState).toBe('CANCELED');
  });

  it('[secret] a wrong token fails in one clear line that never shows a token', async () => {
    const bad = await runAgainst(sb, 'deploy', {
      path: await versionedSite('1'),
      'vercel-token': 'wrong-SENTINEL-token',
    });
    expect(bad.exitCode).toBe(1);
    // The first call of a preview deploy is the lookup of a ready deployment of the same content.
    expect(errorLines(bad)).toEqual([
      `::error::Vercel API: look for a reusable deployment: GET ${sb.api}/v6/deployments: answered 403: Not authorized (forbidden)`,
    ]);
    const all = bad.stdout + bad.stderr + bad.summary + JSON.stringify(bad.outputs);
    expect(all.split('wrong-SENTINEL-token').length - 1).toBe(1); // only in ::add-mask::
    expect(bad.stdout.startsWith('::add-mask::wrong-SENTINEL-token')).toBe(true);
  });

  it('[secret] never prints the Vercel token taken from the environment except to mask it', async () => {
    const v1 = await stagedDeploy('1');
    const p = await runAgainst(sb, 'promote', { 'deployment-id': v1.outputs['deployment-id'] as string });
    for (const step of [v1, p]) {
      const all = step.stdout + step.stderr + step.summary + JSON.stringify(step.outputs);
      const lines = all.split('\n').filter((l) => l.includes(sb.token));
      expect(lines).toEqual([`::add-mask::${sb.token}`]);
    }
  });

  it('[input] an unknown deployment id detected by the API names the input', async () => {
    const r = await runAgainst(sb, 'promote', { 'deployment-id': 'dpl_doesnotexist' });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)).toEqual([
      "::error::input 'deployment-id': no deployment 'dpl_doesnotexist' in this project (the Vercel API answered 404)",
    ]);
  });

  it('[input] bad provider input is one line naming the input', async () => {
    const r = await runAgainst(sb, 'deploy', {
      environment: 'preview',
      staged: 'true',
      path: await versionedSite('x'),
    });
    expect(errorLines(r)).toEqual([
      "::error::input 'staged': only production deployments can be staged, got environment 'preview'",
    ]);
    const missing = await runAgainst(
      sb,
      'promote',
      { 'deployment-id': 'dpl_x' },
      { env: { VERCEL_TOKEN: '' } },
    );
    expect(errorLines(missing)).toEqual([
      "::error::input 'vercel-token': required with provider 'vercel' (or set VERCEL_TOKEN)",
    ]);
  });
});
