import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeployment } from '@vercel/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, get, type Json, testSandbox } from './helpers.js';

let sb: Sandbox;
let dir: string;

beforeAll(async () => {
  sb = await testSandbox({ buildDelayMs: 100 });
  dir = mkdtempSync(join(tmpdir(), 'sandbox-client-test-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<h1>client</h1>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("client")');
  writeFileSync(join(dir, 'assets', 'same.js'), 'console.log("client")');
});
afterAll(async () => {
  await sb.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs createDeployment and collects events, stopping at `ready` (or an error). */
async function deployWithClient(): Promise<{ types: string[]; ready?: Json; error?: Json }> {
  const types: string[] = [];
  const iterator = createDeployment({ apiUrl: sb.api, token: sb.token, teamId: sb.teamId, path: dir }, {
    name: 'greenlight-sandbox',
    project: sb.projectId,
    target: 'production',
    autoAssignCustomDomains: false,
  } as Json);
  for await (const event of iterator) {
    types.push(event.type);
    if (event.type === 'ready') return { types, ready: event.payload };
    if (event.type === 'error') return { types, error: event.payload };
  }
  return { types };
}

describe('@vercel/client createDeployment against the sandbox', () => {
  it('hashes, uploads what is missing, creates, and reaches ready with a staged production deployment', async () => {
    const { types, ready, error } = await deployWithClient();
    expect(error).toBeUndefined();
    expect(types).toEqual(
      expect.arrayContaining([
        'hashes-calculated',
        'file-count',
        'file-uploaded',
        'all-files-uploaded',
        'created',
        'ready',
      ]),
    );
    expect(types.indexOf('created')).toBeLessThan(types.indexOf('ready'));
    expect(ready).toMatchObject({
      readyState: 'READY',
      readySubstate: 'STAGED',
      target: 'production',
      aliasAssigned: false,
    });
    expect((await get(`http://${ready.url}/`)).text).toBe('<h1>client</h1>');
    expect((await get(`http://${ready.url}/assets/app.js`)).text).toBe('console.log("client")');
    expect((await get(sb.origins.production)).status).toBe(404);

    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as Json[];
    const creates = requests.filter((r) => r.method === 'POST' && r.path === '/v13/deployments');
    expect(creates.map((r) => r.status)).toEqual([400, 200]);
    // Two distinct contents (the two .js files are identical): exactly two uploads.
    expect(requests.filter((r) => r.path === '/v2/files')).toHaveLength(2);
    expect(creates[0].query.teamId).toBe(sb.teamId);
  });

  it('needs no upload the second time (everything is known) and creates once', async () => {
    await api(sb, 'DELETE', '/_sandbox/requests');
    const { types, ready } = await deployWithClient();
    expect(types).not.toContain('file-count');
    expect(ready.readyState).toBe('READY');
    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as Json[];
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/v13/deployments']);
  });

  it('surfaces an upload 503 as an error event (the client does not retry 5xx uploads)', async () => {
    writeFileSync(join(dir, 'fresh.txt'), `fresh ${Date.now()}`);
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v2/files', status: 503, count: 1 },
    });
    const { error } = await deployWithClient();
    expect(error).toBeDefined();
    await api(sb, 'DELETE', '/_sandbox/faults');
  });
});
