import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endpointMatches } from '../../src/sandbox/faults.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  api,
  deploy,
  deployReady,
  get,
  testSandbox,
  upload,
  waitForAliasJob,
  waitForState,
} from './helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(async () => {
  await sb.close();
});

async function addFault(
  body: unknown,
  target: Sandbox = sb,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return api(target, 'POST', '/_sandbox/faults', { json: body });
}

describe('fault control paths', () => {
  it('adds, lists, removes and clears faults, and rejects bad shapes with one line', async () => {
    const added = await addFault({ endpoint: 'POST /v2/files', status: 503, count: 2 });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      id: expect.stringMatching(/^flt_/),
      kind: 'api',
      endpoint: 'POST /v2/files',
      status: 503,
      remaining: 2,
    });
    await addFault({ endpoint: 'GET /v13/deployments/*', latencyMs: 10 });
    expect((await api(sb, 'GET', '/_sandbox/faults')).body.faults).toHaveLength(2);
    expect((await api(sb, 'DELETE', `/_sandbox/faults/${String(added.body.id)}`)).status).toBe(200);
    expect((await api(sb, 'GET', '/_sandbox/faults')).body.faults).toHaveLength(1);
    expect((await api(sb, 'DELETE', '/_sandbox/faults')).body).toEqual({ cleared: 1 });
    for (const bad of [
      {},
      { endpoint: 'nonsense' },
      { endpoint: 'GET /x' },
      { endpoint: 'GET /x', status: 42 },
      { deployment: 'dpl_x', build: 'slow' },
      { endpoint: 'GET /x', latencyMs: 5, after: true },
      { endpoint: 'GET /x', status: 500, after: 'yes' },
    ]) {
      const res = await addFault(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect((res.body.error as { code: string }).code).toBe('invalid_fault');
    }
    expect((await addFault({ deployment: 'dpl_unknown', serve: { status: 500 } })).status).toBe(404);
  });

  it('matches endpoints by method and path with * for one segment', () => {
    expect(endpointMatches('POST /v2/files', 'POST', '/v2/files')).toBe(true);
    expect(endpointMatches('POST /v2/files', 'GET', '/v2/files')).toBe(false);
    expect(endpointMatches('GET /v13/deployments/*', 'GET', '/v13/deployments/dpl_1')).toBe(true);
    expect(endpointMatches('GET /v13/deployments/*', 'GET', '/v13/deployments')).toBe(false);
    expect(endpointMatches('GET /v13/deployments/*', 'GET', '/v13/deployments/a/b')).toBe(false);
    expect(endpointMatches('* /v9/projects/*', 'PATCH', '/v9/projects/prj')).toBe(true);
  });
});

describe('API faults', () => {
  it('answers 429 with Retry-After for the next N matching requests, then recovers', async () => {
    await addFault({ endpoint: 'POST /v2/files', status: 429, retryAfter: 2, count: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await upload(sb, `file ${i}`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(res.body.error).toMatchObject({
        code: 'rate_limited',
        limit: { remaining: 0, reset: expect.any(Number) },
      });
    }
    expect((await upload(sb, 'file 2')).status).toBe(200);
    expect((await api(sb, 'GET', '/_sandbox/faults')).body.faults).toEqual([]);
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body.requests;
    expect(log.map((r: { status: number }) => r.status)).toEqual([429, 429, 200]);
    expect(log[0].fault).toMatch(/^flt_/);
  });

  it('answers 503 on every matching request when no count is given', async () => {
    await addFault({ endpoint: 'GET /v9/projects/*', status: 503 });
    for (let i = 0; i < 3; i++) {
      const res = await api(sb, 'GET', `/v9/projects/${sb.projectId}`);
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('service_unavailable');
    }
    expect((await api(sb, 'GET', '/v2/user')).status).toBe(200);
  });

  it('adds latency and then answers normally', async () => {
    await addFault({ endpoint: 'GET /v2/user', latencyMs: 150, count: 1 });
    const started = Date.now();
    const res = await api(sb, 'GET', '/v2/user');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body.requests;
    expect(log[0].durationMs).toBeGreaterThanOrEqual(140);
  });

  it('after: true carries the request out, then answers with the fault (an ambiguous write)', async () => {
    await upload(sb, 'x'); // so the create itself succeeds instead of asking for files
    await addFault({ endpoint: 'POST /v13/deployments', status: 500, after: true, count: 1 });
    await expect(deploy(sb, { 'index.html': 'x' })).rejects.toThrow(/500/);
    // The deployment exists although its create was answered 500.
    const list = (await api(sb, 'GET', `/v6/deployments?projectId=${sb.projectId}`)).body.deployments;
    expect(list).toHaveLength(1);
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body.requests;
    expect(log.filter((entry: { method: string }) => entry.method === 'POST')).toMatchObject([
      { method: 'POST', path: '/v2/files', status: 200 },
      { method: 'POST', path: '/v13/deployments', status: 500 },
    ]);
  });

  it('drops the connection without an answer', async () => {
    await addFault({ endpoint: 'POST /v13/deployments', drop: true, count: 1 });
    await expect(deploy(sb, { 'index.html': 'x' })).rejects.toThrow();
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body.requests;
    expect(log[0]).toMatchObject({ method: 'POST', path: '/v13/deployments', status: 0 });
    expect((await deploy(sb, { 'index.html': 'x' })).id).toMatch(/^dpl_/);
  });
});

describe('build faults', () => {
  it('nextDeployment stuck keeps the next deployment BUILDING (and only that one)', async () => {
    await addFault({ nextDeployment: { build: 'stuck' } });
    const stuck = await deploy(sb, { 'index.html': 'x' });
    const normal = await deployReady(sb, { 'index.html': 'y' });
    expect(normal.readyState).toBe('READY');
    await new Promise((r) => setTimeout(r, 200));
    const d = (await api(sb, 'GET', `/v13/deployments/${stuck.id}`)).body;
    expect(d.readyState).toBe('BUILDING');
    expect((await get(`http://${stuck.url}/`)).status).toBe(503);
  });

  it('nextDeployment error ends in ERROR with BUILD_FAILED and the message', async () => {
    await addFault({ nextDeployment: { build: 'error', message: 'npm run build exited 1' } });
    const d = await deploy(sb, { 'index.html': 'x' }, { target: 'production' });
    const failed = await waitForState(sb, d.id, 'ERROR');
    expect(failed).toMatchObject({ errorCode: 'BUILD_FAILED', errorMessage: 'npm run build exited 1' });
    expect((await get(sb.origins.production)).status).toBe(404);
  });

  it('a build fault on an existing deployment applies while it builds and is refused once READY', async () => {
    const slow = await testSandbox({ buildDelayMs: 1000 });
    try {
      const a = await deploy(slow, { 'index.html': 'a' });
      const b = await deploy(slow, { 'index.html': 'b' });
      expect((await addFault({ deployment: a.id, build: 'error' }, slow)).status).toBe(201);
      expect((await api(slow, 'GET', `/v13/deployments/${a.id}`)).body).toMatchObject({
        readyState: 'ERROR',
        errorCode: 'BUILD_FAILED',
      });
      expect((await addFault({ deployment: b.id, build: 'stuck' }, slow)).status).toBe(201);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await api(slow, 'GET', `/v13/deployments/${b.id}`)).body.readyState).toBe('BUILDING');
    } finally {
      await slow.close();
    }
    const ready = await deployReady(sb, { 'index.html': 'r' });
    expect((await addFault({ deployment: ready.id, build: 'stuck' })).status).toBe(409);
  });
});

describe('serving faults', () => {
  it('where "domains" fails only through the production origin, not the unique URL', async () => {
    const live = await deployReady(
      sb,
      { 'index.html': 'ok' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    await addFault({ deployment: live.id, serve: { status: 500, rate: 1, where: 'domains' } });
    expect((await get(`http://${live.url}/`)).status).toBe(200);
    await api(sb, 'POST', `/v10/projects/${sb.projectId}/promote/${live.id}`);
    await waitForAliasJob(sb, live.id);
    const res = await get(`${sb.origins.production}/`);
    expect(res.status).toBe(500);
    expect(res.headers.get('x-sandbox-fault')).toMatch(/^flt_/);
    expect((await get(`http://${live.url}/`)).status).toBe(200);
  });

  it('where "unique" fails only on the unique URL; "all" on both', async () => {
    const d = await deployReady(sb, { 'index.html': 'ok' }, { target: 'production' });
    const unique = await addFault({ deployment: d.id, serve: { status: 502, where: 'unique' } });
    expect((await get(`http://${d.url}/`)).status).toBe(502);
    expect((await get(sb.origins.production)).status).toBe(200);
    await api(sb, 'DELETE', `/_sandbox/faults/${String(unique.body.id)}`);
    await addFault({ deployment: d.id, serve: { status: 503 } });
    expect((await get(`http://${d.url}/`)).status).toBe(503);
    expect((await get(sb.origins.production)).status).toBe(503);
  });

  it('rate answers the status for that share of requests, deterministically', async () => {
    const d = await deployReady(sb, { 'index.html': 'ok' });
    await addFault({ deployment: d.id, serve: { status: 500, rate: 0.25 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await get(`http://${d.url}/`)).status);
    expect(statuses.filter((s) => s === 500)).toHaveLength(2);
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
  });

  it('rate with a seed hits each request with that probability, reproducibly', async () => {
    const deployment = await deployReady(sb, { 'index.html': 'ok' });
    const statuses = async (): Promise<number[]> => {
      const out: number[] = [];
      for (let request = 0; request < 200; request++)
        out.push((await get(`http://${deployment.url}/`)).status);
      return out;
    };
    const added = await addFault({ deployment: deployment.id, serve: { status: 503, rate: 0.25, seed: 42 } });
    expect(added.body).toMatchObject({ serve: { status: 503, rate: 0.25, seed: 42 } });
    const first = await statuses();
    const hits = first.filter((status) => status === 503).length;
    // Random, not every 4th: ~50 of 200 (binomial sd ≈ 6), and not evenly spaced.
    expect(hits).toBeGreaterThan(25);
    expect(hits).toBeLessThan(75);
    expect(first.filter((status) => status !== 503 && status !== 200)).toEqual([]);
    const gaps = first
      .flatMap((status, at) => (status === 503 ? [at] : []))
      .map((at, hit, all) => at - (all[hit - 1] ?? -1));
    expect(new Set(gaps).size).toBeGreaterThan(1);
    // The same seed gives the same sequence.
    await api(sb, 'DELETE', '/_sandbox/faults');
    await addFault({ deployment: deployment.id, serve: { status: 503, rate: 0.25, seed: 42 } });
    expect(await statuses()).toEqual(first);
    for (const seed of [-1, 1.5, 2 ** 32, 'x']) {
      const res = await addFault({ deployment: deployment.id, serve: { status: 503, rate: 0.5, seed } });
      expect(res.status, String(seed)).toBe(400);
      expect((res.body.error as { code: string }).code).toBe('invalid_fault');
    }
  });

  it('latencyMs slows responses that still succeed', async () => {
    const d = await deployReady(sb, { 'index.html': 'slow' });
    // A deployment can be named by its URL too (the fault is keyed to the id it resolves to).
    const added = await addFault({ deployment: d.url, serve: { latencyMs: 150 } });
    expect(added.body.deployment).toBe(d.id);
    const started = Date.now();
    const res = await get(`http://${d.url}/`);
    expect(res.text).toBe('slow');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('alias job faults and the request log', () => {
  it('aliasJob failed leaves production where it was and marks the job failed', async () => {
    const a = await deployReady(sb, { 'index.html': 'A' }, { target: 'production' });
    const b = await deployReady(
      sb,
      { 'index.html': 'B' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    await addFault({ aliasJob: 'failed' });
    await api(sb, 'POST', `/v10/projects/${sb.projectId}/promote/${b.id}`);
    const job = await waitForAliasJob(sb, b.id);
    expect(job.jobStatus).toBe('failed');
    expect((await get(sb.origins.production)).text).toBe('A');
    const failed = (
      await api(sb, 'GET', `/v9/projects/${sb.projectId}/promote/aliases?failedOnly=true&limit=20`)
    ).body;
    expect(failed.aliases).toEqual([
      { alias: { alias: sb.domains.production, deploymentId: b.id }, status: 'failed' },
    ]);
    expect(a.id).not.toBe(b.id);
  });

  it('logs API requests (not control ones) so tests can count creates and uploads; DELETE clears', async () => {
    await deploy(sb, { 'index.html': '<p>1</p>', 'app.js': 'one()' });
    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests;
    const creates = requests.filter(
      (r: { method: string; path: string }) => r.method === 'POST' && r.path === '/v13/deployments',
    );
    const uploads = requests.filter((r: { path: string }) => r.path === '/v2/files');
    expect(creates.map((r: { status: number }) => r.status)).toEqual([400, 200]);
    expect(uploads).toHaveLength(2);
    expect(creates[0]).toMatchObject({ query: { teamId: sb.teamId }, time: expect.any(String) });
    expect(requests.some((r: { path: string }) => r.path.startsWith('/_sandbox'))).toBe(false);
    expect((await api(sb, 'DELETE', '/_sandbox/requests')).status).toBe(200);
    await deploy(sb, { 'index.html': '<p>1</p>', 'app.js': 'one()' });
    const again = (await api(sb, 'GET', '/_sandbox/requests')).body.requests;
    expect(
      again.map((r: { method: string; path: string; status: number }) => `${r.method} ${r.path} ${r.status}`),
    ).toEqual(['POST /v13/deployments 200']);
  });
});
