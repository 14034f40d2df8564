import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { api, deploy, deployReady, get, testSandbox, waitForAliasJob, waitForState } from './helpers.js';

const dirs: string[] = [];
function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('state persistence', () => {
  it('reloads deployments, aliases, the production pointer, Edge Config and the token after a restart', async () => {
    const dir = stateDir();
    const first = await testSandbox({ stateDir: dir });
    const a = await deployReady(
      first,
      { 'index.html': 'A', 'app.js': 'a()' },
      { target: 'production', meta: { sha: 'aaa' } },
    );
    const b = await deployReady(
      first,
      { 'index.html': 'B' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    await api(first, 'POST', `/v10/projects/${first.projectId}/promote/${b.id}`);
    await waitForAliasJob(first, b.id);
    await api(first, 'POST', `/v2/deployments/${a.id}/aliases`, { json: { alias: first.domains.staging } });
    await api(first, 'PATCH', '/v1/edge-config/ecfg_x1/items', {
      json: { items: [{ operation: 'upsert', key: 'flags', value: { on: true } }] },
    });
    const before = first.info();
    await first.close();

    const json = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'));
    expect(json.deployments).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);

    const second = await startSandbox({ stateDir: dir, buildDelayMs: 30 });
    try {
      expect(second.token).toBe(before.token);
      expect(second.info()).toEqual(before);
      const list = (await api(second, 'GET', '/v6/deployments?meta-sha=aaa')).body.deployments;
      expect(list.map((d: { uid: string }) => d.uid)).toEqual([a.id]);
      expect((await get(second.origins.production)).text).toBe('B');
      expect((await get(second.origins.staging)).text).toBe('A');
      expect((await get(`http://${a.url}/app.js`)).text).toBe('a()');
      const project = (await api(second, 'GET', `/v9/projects/${second.projectId}`)).body;
      expect(project.targets.production.id).toBe(b.id);
      expect(project.lastAliasRequest).toMatchObject({ toDeploymentId: b.id, jobStatus: 'succeeded' });
      expect((await api(second, 'GET', '/v1/edge-config/ecfg_x1/items')).body[0].value).toEqual({ on: true });
      // Uploaded files are still known: re-deploying the same content needs no upload.
      await api(second, 'DELETE', '/_sandbox/requests');
      await deploy(second, { 'index.html': 'A', 'app.js': 'a()' });
      const paths = (await api(second, 'GET', '/_sandbox/requests')).body.requests.map(
        (r: { path: string }) => r.path,
      );
      expect(paths).toEqual(['/v13/deployments']);
    } finally {
      await second.close();
    }
  });

  it('finishes builds that were in flight at shutdown', async () => {
    const dir = stateDir();
    const first = await startSandbox({ stateDir: dir, buildDelayMs: 5000 });
    const d = await deploy(first, { 'index.html': 'late' }, { target: 'production' });
    await first.close();
    const second = await startSandbox({ stateDir: dir, buildDelayMs: 30 });
    try {
      await waitForState(second, d.id);
      expect((await get(second.origins.production)).text).toBe('late');
    } finally {
      await second.close();
    }
  });

  it('uses an explicit token over the persisted one, and refuses a corrupt state file with one line', async () => {
    const dir = stateDir();
    const first = await testSandbox({ stateDir: dir });
    await first.close();
    const second = await testSandbox({ stateDir: dir, token: 'explicit-token-1' });
    expect(second.token).toBe('explicit-token-1');
    await second.close();
    writeFileSync(join(dir, 'state.json'), '{nope');
    await expect(testSandbox({ stateDir: dir })).rejects.toThrow(/state\.json is not valid JSON/);
  });

  it('removes its temp dir on close when no stateDir is given', async () => {
    // A private TMPDIR (os.tmpdir() reads it on every call): sandboxes that other test files start
    // in parallel workers then cannot show up among the dirs this one creates.
    const privateTmp = mkdtempSync(join(tmpdir(), 'sandbox-tmpdir-test-'));
    const savedTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    try {
      const sb = await testSandbox();
      const created = readdirSync(privateTmp).filter((f) => f.startsWith('greenlight-sandbox-'));
      expect(created).toHaveLength(1);
      await sb.close();
      expect(readdirSync(privateTmp)).toEqual([]);
    } finally {
      if (savedTmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmpdir;
      rmSync(privateTmp, { recursive: true, force: true });
    }
  });
});
