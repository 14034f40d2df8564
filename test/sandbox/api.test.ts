import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  api,
  deploy,
  deployReady,
  get,
  sha1,
  testSandbox,
  upload,
  waitFor,
  waitForState,
} from './helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(async () => {
  await sb.close();
});

describe('auth and routing', () => {
  it('answers 403 with Vercel’s body for a missing or wrong token', async () => {
    for (const token of [null, 'wrong-token']) {
      const res = await api(sb, 'GET', '/v2/user', { token });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ error: { code: 'forbidden', message: 'Not authorized' } });
    }
    const control = await api(sb, 'GET', '/_sandbox/faults', { token: 'wrong-token' });
    expect(control.status).toBe(403);
  });

  it('answers 404 not_found for an unknown route and accepts teamId/slug', async () => {
    const res = await api(sb, 'GET', '/v99/nothing');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(typeof res.body.error.message).toBe('string');
    const project = await api(sb, 'GET', `/v9/projects/${sb.projectId}?teamId=${sb.teamId}&slug=greenlight`);
    expect(project.status).toBe(200);
  });

  it('serves the user, the team and the project the CLI asks for first', async () => {
    const user = await api(sb, 'GET', '/v2/user');
    expect(user.body.user).toMatchObject({
      id: expect.any(String),
      username: expect.any(String),
      defaultTeamId: sb.teamId,
    });
    const team = await api(sb, 'GET', `/teams/${sb.teamId}`);
    expect(team.body).toMatchObject({ id: sb.teamId, slug: 'greenlight', name: expect.any(String) });
    expect((await api(sb, 'GET', '/teams/team_other')).status).toBe(404);
    const project = await api(sb, 'GET', '/v9/projects/greenlight-sandbox');
    expect(project.body).toMatchObject({
      id: sb.projectId,
      name: 'greenlight-sandbox',
      accountId: sb.teamId,
      autoAssignCustomDomains: true,
      lastAliasRequest: null,
      latestDeployments: [],
      targets: {},
    });
    expect((await api(sb, 'GET', '/v9/projects/prj_other')).status).toBe(404);
  });

  it('reports its identity through info()', () => {
    const info = sb.info();
    expect(info).toEqual({
      api: sb.api,
      token: sb.token,
      teamId: 'team_greenlight',
      projectId: 'prj_greenlight',
      origins: sb.origins,
      domains: {
        production: 'greenlight-sandbox.vercel.app',
        staging: 'staging.greenlight-sandbox.vercel.app',
      },
      ca: sb.ca,
    });
    expect(sb.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set([sb.api, sb.origins.production, sb.origins.staging]).size).toBe(3);
  });
});

describe('file upload', () => {
  it('stores a file whose SHA-1 matches and answers exactly 200 {}', async () => {
    const res = await upload(sb, 'hello');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    const log = await api(sb, 'GET', '/_sandbox/requests');
    expect(log.body.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v2/files',
      status: 200,
      digest: sha1('hello'),
      size: 5,
    });
  });

  it('accepts x-vercel-digest with Content-Length', async () => {
    const res = await api(sb, 'POST', '/v2/files', {
      body: 'abc',
      headers: { 'x-vercel-digest': sha1('abc') },
    });
    expect(res.status).toBe(200);
  });

  it('refuses a body whose SHA-1 or size differs, and a missing digest', async () => {
    const mismatch = await api(sb, 'POST', '/v2/files', {
      body: 'abc',
      headers: { 'x-now-digest': sha1('abd') },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.code).toBe('digest_mismatch');
    const size = await api(sb, 'POST', '/v2/files', {
      body: 'abc',
      headers: { 'x-now-digest': sha1('abc'), 'x-now-size': '4' },
    });
    expect(size.status).toBe(400);
    expect(size.body.error.code).toBe('size_mismatch');
    const none = await api(sb, 'POST', '/v2/files', { body: 'abc' });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('missing_digest');
    // A refused upload is not stored: a deployment naming it still lacks it.
    const create = await api(sb, 'POST', '/v13/deployments', {
      json: { name: 'x', files: [{ file: 'a.txt', sha: sha1('abd'), size: 3 }] },
    });
    expect(create.body.error.missing).toEqual([sha1('abd')]);
  });
});

describe('creating deployments', () => {
  it('runs the missing_files handshake: 400 listing unknown shas, then creates after uploads', async () => {
    const files = [
      { file: 'index.html', sha: sha1('<h1>hi</h1>'), size: 11 },
      { file: 'copy.html', sha: sha1('<h1>hi</h1>'), size: 11 },
      { file: 'app.js', sha: sha1('js'), size: 2 },
    ];
    const body = { name: 'greenlight-sandbox', project: sb.projectId, files };
    const first = await api(sb, 'POST', '/v13/deployments', { json: body });
    expect(first.status).toBe(400);
    expect(first.body.error.code).toBe('missing_files');
    expect(typeof first.body.error.message).toBe('string');
    expect(first.body.error.missing.sort()).toEqual([sha1('<h1>hi</h1>'), sha1('js')].sort());
    await upload(sb, '<h1>hi</h1>');
    await upload(sb, 'js');
    const second = await api(sb, 'POST', '/v13/deployments?forceNew=1&skipAutoDetectionConfirmation=1', {
      json: body,
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      id: expect.stringMatching(/^dpl_/),
      url: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      readyState: 'QUEUED',
      target: null,
      projectId: sb.projectId,
      name: 'greenlight-sandbox',
      aliasAssigned: false,
      alias: [],
      meta: {},
      inspectorUrl: expect.any(String),
      createdAt: expect.any(Number),
    });
  });

  it('accepts inline base64 files without uploads', async () => {
    const res = await api(sb, 'POST', '/v13/deployments', {
      json: {
        name: 'inline',
        files: [
          { file: 'index.html', data: Buffer.from('<p>inline</p>').toString('base64'), encoding: 'base64' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const ready = await waitForState(sb, res.body.id);
    expect((await get(`http://${ready.url}/`)).text).toBe('<p>inline</p>');
  });

  it('validates the body like the API (name, meta strings, unknown project, custom environment)', async () => {
    const noName = await api(sb, 'POST', '/v13/deployments', { json: { files: [] } });
    expect(noName.status).toBe(400);
    const badMeta = await api(sb, 'POST', '/v13/deployments', {
      json: { name: 'x', files: [], meta: { n: 1 } },
    });
    expect(badMeta.status).toBe(400);
    const project = await api(sb, 'POST', '/v13/deployments', {
      json: { name: 'x', project: 'prj_other', files: [] },
    });
    expect(project.status).toBe(404);
    const env = await api(sb, 'POST', '/v13/deployments', {
      json: { name: 'x', files: [], customEnvironmentSlugOrId: 'qa' },
    });
    expect(env.status).toBe(404);
    expect(env.body.error.code).toBe('custom_environment_not_found');
  });

  it('moves QUEUED → BUILDING → READY and serves the unique URL only once READY', async () => {
    const slow = await testSandbox({ buildDelayMs: 400 });
    try {
      const created = await deploy(slow, { 'index.html': 'ready now' });
      expect(created.readyState).toBe('QUEUED');
      const building = await get(`http://${created.url}/`);
      expect(building.status).toBe(503);
      expect(building.headers.get('x-vercel-error')).toBe('DEPLOYMENT_NOT_READY');
      const seen = new Set<string>();
      await waitFor(async () => {
        const d = (await api(slow, 'GET', `/v13/deployments/${created.id}`)).body;
        seen.add(d.readyState);
        return d.readyState === 'READY';
      });
      expect([...seen]).toContain('BUILDING');
      expect((await get(`http://${created.url}/`)).text).toBe('ready now');
    } finally {
      await slow.close();
    }
  });

  it('finds a deployment by id, by its URL (encoded or with scheme) and by domain', async () => {
    const d = await deployReady(sb, { 'index.html': 'x' }, { target: 'production' });
    for (const key of [
      d.id,
      encodeURIComponent(d.url),
      encodeURIComponent(`http://${d.url}/`),
      sb.domains.production,
    ]) {
      const res = await api(sb, 'GET', `/v13/deployments/${key}`);
      expect(res.status, key).toBe(200);
      expect(res.body.id).toBe(d.id);
    }
    const missing = await api(sb, 'GET', '/v13/deployments/dpl_nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

describe('cancel', () => {
  it('cancels a building deployment and refuses a READY one', async () => {
    const slow = await testSandbox({ buildDelayMs: 2000 });
    try {
      const d = await deploy(slow, { 'index.html': 'x' });
      const res = await api(slow, 'PATCH', `/v12/deployments/${d.id}/cancel`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: d.id, readyState: 'CANCELED' });
      expect((await api(slow, 'GET', `/v13/deployments/${d.id}`)).body.readyState).toBe('CANCELED');
      expect((await get(`http://${d.url}/`)).status).toBe(404);
    } finally {
      await slow.close();
    }
    const ready = await deployReady(sb, { 'index.html': 'x' });
    const refused = await api(sb, 'PATCH', `/v12/deployments/${ready.id}/cancel`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('deployment_not_cancelable');
  });
});

describe('listing deployments', () => {
  it('lists newest first keyed uid, filters by target/state/meta/projectId and paginates with until', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const d = await deployReady(
        sb,
        { 'index.html': `n${i}` },
        {
          target: i % 2 === 0 ? 'production' : undefined,
          meta: { sha: `sha${i}`, group: i < 3 ? 'a' : 'b' },
        },
      );
      ids.push(d.id);
    }
    const all = (await api(sb, 'GET', `/v6/deployments?projectId=${sb.projectId}`)).body;
    expect(all.deployments.map((d: { uid: string }) => d.uid)).toEqual([...ids].reverse());
    const item = all.deployments[0];
    expect(item).toMatchObject({
      uid: ids[4],
      url: expect.any(String),
      name: 'greenlight-sandbox',
      state: 'READY',
      readyState: 'READY',
      created: expect.any(Number),
      createdAt: expect.any(Number),
      meta: { sha: 'sha4', group: 'b' },
    });
    expect(item.id).toBeUndefined();
    expect(all.pagination).toMatchObject({ count: 5, next: null });

    const prod = (await api(sb, 'GET', '/v6/deployments?target=production')).body;
    expect(prod.deployments.map((d: { uid: string }) => d.uid)).toEqual([ids[4], ids[2], ids[0]]);
    expect(prod.deployments[0]).toMatchObject({ target: 'production', readySubstate: 'PROMOTED' });
    const meta = (await api(sb, 'GET', '/v6/deployments?meta-group=a&meta-sha=sha1')).body;
    expect(meta.deployments.map((d: { uid: string }) => d.uid)).toEqual([ids[1]]);
    const states = (await api(sb, 'GET', '/v6/deployments?state=BUILDING,ERROR')).body;
    expect(states.deployments).toEqual([]);
    expect((await api(sb, 'GET', '/v6/deployments?projectId=prj_other')).body.deployments).toEqual([]);

    const page1 = (await api(sb, 'GET', '/v6/deployments?limit=2')).body;
    expect(page1.deployments.map((d: { uid: string }) => d.uid)).toEqual([ids[4], ids[3]]);
    expect(page1.pagination.count).toBe(2);
    expect(page1.pagination.next).toBe(page1.deployments[1].created);
    const page2 = (await api(sb, 'GET', `/v6/deployments?limit=2&until=${page1.pagination.next}`)).body;
    expect(page2.deployments.map((d: { uid: string }) => d.uid)).toEqual([ids[2], ids[1]]);
    const page3 = (await api(sb, 'GET', `/v6/deployments?limit=2&until=${page2.pagination.next}`)).body;
    expect(page3.deployments.map((d: { uid: string }) => d.uid)).toEqual([ids[0]]);
    expect(page3.pagination.next).toBeNull();
    expect((await api(sb, 'GET', '/v6/deployments?limit=0')).status).toBe(400);
  });

  it('defaults to 20 items', async () => {
    for (let i = 0; i < 21; i++) await deploy(sb, { 'index.html': 'same' });
    const list = (await api(sb, 'GET', '/v6/deployments')).body;
    expect(list.deployments).toHaveLength(20);
    expect(list.pagination.next).toEqual(expect.any(Number));
  });
});

describe('events and edge config', () => {
  it('streams build events as JSON lines and ends with alias-assigned once READY', async () => {
    const slow = await testSandbox({ buildDelayMs: 150 });
    try {
      const d = await deploy(slow, { 'index.html': 'x' });
      const res = await fetch(
        `${slow.api}/v3/now/deployments/${d.id}/events?follow=1&format=lines&direction=forward`,
        {
          headers: { authorization: `Bearer ${slow.token}` },
        },
      );
      const lines = (await res.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({
        type: 'command',
        deploymentId: d.id,
        created: expect.any(Number),
        text: expect.any(String),
      });
      expect(lines.at(-1)).toMatchObject({
        type: 'alias-assigned',
        deploymentId: d.id,
        alias: [],
        aliasError: null,
        aliasWarning: null,
        date: expect.any(Number),
      });
      const array = await api(slow, 'GET', `/v3/now/deployments/${d.id}/events`);
      expect(Array.isArray(array.body)).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('applies Edge Config batches all-or-nothing with create/update errors like the API', async () => {
    const path = '/v1/edge-config/ecfg_flags123/items';
    const ok = await api(sb, 'PATCH', path, {
      json: {
        items: [
          { operation: 'create', key: 'flags', value: { dark: true } },
          { operation: 'upsert', key: 'other', value: 1 },
        ],
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: 'ok' });
    const again = await api(sb, 'PATCH', path, {
      json: {
        items: [
          { operation: 'upsert', key: 'other', value: 2 },
          { operation: 'create', key: 'flags', value: {} },
        ],
      },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('flags');
    const missing = await api(sb, 'PATCH', path, {
      json: { items: [{ operation: 'update', key: 'nope', value: 1 }] },
    });
    expect(missing.status).toBe(400);
    await api(sb, 'PATCH', path, {
      json: {
        items: [
          { operation: 'update', key: 'flags', value: { dark: false } },
          { operation: 'delete', key: 'other' },
        ],
      },
    });
    const items = (await api(sb, 'GET', path)).body;
    expect(items).toEqual([expect.objectContaining({ key: 'flags', value: { dark: false } })]);
    expect((await api(sb, 'GET', '/v1/edge-config/ecfg_flags123/item/flags')).body.value).toEqual({
      dark: false,
    });
    expect((await api(sb, 'GET', '/v1/edge-config/not-an-id/items')).status).toBe(404);
  });
});
