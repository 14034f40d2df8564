/**
 * The endpoints behind `vercel pull|env|inspect|alias ls|project ls|domains ls|remove`, through the
 * API: shapes, filters, pagination, validation, removal semantics and persistence. The official
 * CLI runs against them in vercel-cli.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { api, deploy, deployReady, get, type Json, testSandbox } from './helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(async () => {
  await sb.close();
});

function addEnv(body: unknown, query = ''): Promise<{ status: number; body: Json }> {
  return api(sb, 'POST', `/v10/projects/${sb.projectId}/env${query}`, { json: body });
}

async function envKeys(query = ''): Promise<string[]> {
  const res = await api(sb, 'GET', `/v10/projects/${sb.projectId}/env${query}`);
  expect(res.status).toBe(200);
  return (res.body.envs as Json[]).map((env) => env.key);
}

async function pull(path: string): Promise<Record<string, string>> {
  const res = await api(sb, 'GET', `/v3/env/pull/${path}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.env;
}

describe('environment variables', () => {
  it('creates one or many, lists them per target and pulls their values', async () => {
    const one = await addEnv({
      key: 'API_URL',
      value: 'https://api.test',
      type: 'encrypted',
      target: ['production'],
    });
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({
      created: { key: 'API_URL', value: 'https://api.test', type: 'encrypted', target: ['production'] },
      failed: [],
    });
    expect(one.body.created.id).toMatch(/^[A-Za-z0-9]{16}$/);

    const many = await addEnv([
      { key: 'SECRET', value: 's3cr3t', type: 'sensitive', target: ['production', 'preview'] },
      { key: 'DEBUG', value: '1', type: 'plain', target: ['development', 'preview'] },
      {
        key: 'API_URL',
        value: 'https://staging.api.test',
        type: 'plain',
        customEnvironmentIds: ['env_staging'],
      },
      {
        key: 'API_URL',
        value: 'https://feature.api.test',
        type: 'plain',
        target: ['preview'],
        gitBranch: 'feature',
      },
    ]);
    expect(many.status).toBe(201);
    expect(many.body.created).toHaveLength(4);

    expect(await envKeys()).toEqual(['API_URL', 'SECRET', 'DEBUG', 'API_URL', 'API_URL']);
    expect(await envKeys('?target=production')).toEqual(['API_URL', 'SECRET']);
    expect(await envKeys('?target=staging')).toEqual(['API_URL']);
    expect(await envKeys('?customEnvironmentSlug=staging')).toEqual(['API_URL']);
    expect(await envKeys('?target=preview&gitBranch=main')).toEqual(['SECRET', 'DEBUG']);
    const listed = (await api(sb, 'GET', `/v10/projects/greenlight-sandbox/env`)).body;
    expect(listed.pagination).toEqual({ count: 5, next: null, prev: null });
    // A sensitive value is write-only.
    expect(listed.envs.find((env: Json) => env.key === 'SECRET').value).toBe('');

    expect(await pull(`${sb.projectId}/production`)).toEqual({ API_URL: 'https://api.test', SECRET: '' });
    expect(await pull(sb.projectId)).toEqual({ DEBUG: '1' });
    expect(await pull(`${sb.projectId}/preview`)).toEqual({ SECRET: '', DEBUG: '1' });
    expect(await pull(`${sb.projectId}/preview/feature`)).toEqual({
      SECRET: '',
      DEBUG: '1',
      API_URL: 'https://feature.api.test',
    });
    expect(await pull(`${sb.projectId}/staging`)).toEqual({ API_URL: 'https://staging.api.test' });
    expect(await pull(`${sb.projectId}/env_staging`)).toEqual({ API_URL: 'https://staging.api.test' });
    // By deployment: the variables of its target.
    const production = await deploy(sb, { 'index.html': 'x' }, { target: 'production' });
    expect(await pull(production.id)).toEqual({ API_URL: 'https://api.test', SECRET: '' });
  });

  it('refuses invalid variables and duplicates (all or nothing), replaces with upsert=true, removes by id', async () => {
    const cases: [unknown, string][] = [
      [{ key: '1ST', value: 'x', target: ['production'] }, 'KEY_INVALID_CHARACTERS'],
      [{ key: 'A-B', value: 'x', target: ['production'] }, 'KEY_INVALID_CHARACTERS'],
      [{ value: 'x', target: ['production'] }, 'MISSING_KEY'],
      [{ key: 'A', target: ['production'] }, 'MISSING_VALUE'],
      [{ key: 'A', value: 'x' }, 'MISSING_TARGET'],
      [{ key: 'A', value: 'x', target: ['qa'] }, 'INVALID_TARGET'],
      [{ key: 'A', value: 'x', customEnvironmentIds: ['env_nope'] }, 'INVALID_TARGET'],
      [{ key: 'A', value: 'x', target: ['production'], gitBranch: 'main' }, 'GIT_BRANCH_NOT_PREVIEW'],
      [{ key: 'A', value: 'x', type: 'system', target: ['production'] }, 'bad_request'],
      [{ key: 'A', value: 'x', type: 'sensitive', target: ['development'] }, 'bad_request'],
      ['A=x', 'bad_request'],
    ];
    for (const [body, code] of cases) {
      const res = await addEnv(body);
      expect([res.status, res.body.error?.code], JSON.stringify(body)).toEqual([400, code]);
    }
    expect(await envKeys()).toEqual([]);

    expect(
      (await addEnv({ key: 'A', value: '1', type: 'plain', target: ['production', 'preview'] })).status,
    ).toBe(201);
    const duplicate = await addEnv([
      { key: 'B', value: '2', type: 'plain', target: ['production'] },
      { key: 'A', value: '3', type: 'plain', target: ['preview'] },
    ]);
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toMatchObject({ code: 'ENV_ALREADY_EXISTS', key: 'A' });
    expect(await envKeys()).toEqual(['A']);
    // Same key, other environment: allowed.
    expect((await addEnv({ key: 'A', value: 'dev', type: 'plain', target: ['development'] })).status).toBe(
      201,
    );

    const replaced = await addEnv(
      { key: 'A', value: '4', type: 'plain', target: ['preview'] },
      '?upsert=true',
    );
    expect(replaced.status).toBe(201);
    expect(await pull(`${sb.projectId}/preview`)).toEqual({ A: '4' });
    expect(await pull(`${sb.projectId}/production`)).toEqual({});
    expect(await pull(sb.projectId)).toEqual({ A: 'dev' });

    const removed = await api(sb, 'DELETE', `/v10/projects/${sb.projectId}/env/${replaced.body.created.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.key).toBe('A');
    expect(await pull(`${sb.projectId}/preview`)).toEqual({});
    expect((await api(sb, 'DELETE', `/v9/projects/${sb.projectId}/env/nope`)).status).toBe(404);
  });

  it('answers 404 for another project, an unknown environment or deployment', async () => {
    expect((await api(sb, 'GET', '/v10/projects/prj_other/env')).status).toBe(404);
    expect((await api(sb, 'POST', '/v10/projects/prj_other/env', { json: {} })).status).toBe(404);
    for (const path of ['prj_other/production', `${sb.projectId}/qa`, 'dpl_missing']) {
      const res = await api(sb, 'GET', `/v3/env/pull/${path}`);
      expect([res.status, res.body.error.code], path).toEqual([404, 'not_found']);
    }
  });
});

describe('lists: projects, aliases, domains', () => {
  it('lists the one project in the shape of GET /v9/projects/{id}, with filters', async () => {
    const live = await deployReady(sb, { 'index.html': 'x' }, { target: 'production' });
    for (const version of ['v9', 'v10']) {
      const res = await api(sb, 'GET', `/${version}/projects?limit=20`);
      expect(res.status).toBe(200);
      expect(res.body.projects).toHaveLength(1);
      expect(res.body.projects[0]).toEqual((await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body);
      expect(res.body.projects[0].targets.production.id).toBe(live.id);
      expect(res.body.pagination).toMatchObject({ count: 1, next: null });
    }
    const updatedAt = (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body.updatedAt as number;
    const count = async (query: string): Promise<number> =>
      (await api(sb, 'GET', `/v9/projects?${query}`)).body.projects.length;
    expect(await count('search=sandbox')).toBe(1);
    expect(await count('search=other')).toBe(0);
    expect(await count(`until=${updatedAt}`)).toBe(0);
    expect(await count(`until=${updatedAt + 1}`)).toBe(1);
    expect(await count('repoUrl=https://github.com/acme/app')).toBe(0);
    expect(await count('deprecated=true')).toBe(0);
    expect((await api(sb, 'GET', '/v9/projects?limit=0')).status).toBe(400);
  });

  it('lists every alias, the domains included, newest first with until-pagination', async () => {
    const first = await deployReady(sb, { 'index.html': 'A' }, { target: 'production' });
    const second = await deployReady(sb, { 'index.html': 'B' });
    await api(sb, 'POST', `/v2/deployments/${second.id}/aliases`, { json: { alias: sb.domains.staging } });
    await api(sb, 'POST', `/v2/deployments/${second.id}/aliases`, {
      json: { alias: 'pr-7.greenlight.vercel.app' },
    });

    const all = (await api(sb, 'GET', '/v4/aliases')).body;
    expect(all.aliases.map((alias: Json) => alias.alias)).toEqual([
      'pr-7.greenlight.vercel.app',
      sb.domains.staging,
      sb.domains.production,
    ]);
    expect(all.aliases[2]).toMatchObject({
      alias: sb.domains.production,
      deploymentId: first.id,
      deployment: { id: first.id, url: first.url },
      projectId: sb.projectId,
      redirect: null,
    });
    expect(new Date(all.aliases[2].created).getTime()).toBe(all.aliases[2].createdAt);
    expect(all.pagination).toEqual({ count: 3, next: null, prev: all.aliases[0].createdAt });

    const page = (await api(sb, 'GET', '/v3/now/aliases?limit=2')).body;
    expect(page.aliases).toHaveLength(2);
    expect(page.pagination.next).toBe(page.aliases[1].createdAt);
    const rest = (await api(sb, 'GET', `/v3/now/aliases?limit=2&until=${page.pagination.next}`)).body;
    expect(rest.aliases.map((alias: Json) => alias.alias)).toEqual([sb.domains.production]);
    expect(rest.pagination.next).toBeNull();

    const byDomain = (await api(sb, 'GET', `/v4/aliases?domain=${sb.domains.staging}`)).body.aliases;
    expect(byDomain.map((alias: Json) => alias.deploymentId)).toEqual([second.id]);
    expect((await api(sb, 'GET', '/v4/aliases?projectId=prj_other')).body.aliases).toEqual([]);
    expect((await api(sb, 'GET', '/v4/aliases?limit=101')).status).toBe(400);
    // The CLI's per-deployment paths.
    const ofSecond = (await api(sb, 'GET', `/now/deployments/${second.id}/aliases`)).body.aliases;
    expect(ofSecond.map((alias: Json) => alias.alias).sort()).toEqual([
      'pr-7.greenlight.vercel.app',
      sb.domains.staging,
    ]);
  });

  it('lists the production and staging domains', async () => {
    const res = await api(sb, 'GET', '/v5/domains?limit=20');
    expect(res.status).toBe(200);
    expect(res.body.domains.map((domain: Json) => domain.name)).toEqual([
      sb.domains.production,
      sb.domains.staging,
    ]);
    expect(res.body.domains[0]).toMatchObject({ serviceType: 'zeit.world', verified: true, boughtAt: null });
    expect(res.body.pagination).toMatchObject({ count: 2, next: null });
    expect((await api(sb, 'GET', '/v5/domains?limit=1')).body.domains).toHaveLength(1);
  });
});

describe('builds', () => {
  it('shows one build whose output is what the deployment serves', async () => {
    const plain = await deployReady(sb, { 'index.html': 'hello', 'css/a.css': 'a{}' });
    const plainBuilds = (await api(sb, 'GET', `/v11/deployments/${plain.id}/builds`)).body.builds;
    expect(plainBuilds).toEqual([
      expect.objectContaining({
        deploymentId: plain.id,
        entrypoint: '.',
        readyState: 'READY',
        output: [
          expect.objectContaining({ type: 'file', path: 'css/a.css', size: 3 }),
          expect.objectContaining({ type: 'file', path: 'index.html', size: 5 }),
        ],
      }),
    ]);
    const prebuilt = await deployReady(sb, {
      '.vercel/output/config.json': JSON.stringify({ version: 3 }),
      '.vercel/output/static/index.html': 'built',
    });
    const [build] = (await api(sb, 'GET', `/v11/deployments/${prebuilt.id}/builds`)).body.builds;
    expect(build.entrypoint).toBe('.vercel/output');
    expect(build.output.map((file: Json) => file.path)).toEqual(['index.html']);
    expect((await api(sb, 'GET', '/v11/deployments/dpl_missing/builds')).status).toBe(404);
  });
});

describe('removing a deployment', () => {
  it('removes it everywhere: lookups, lists, its origin and the aliases that pointed at it', async () => {
    const live = await deployReady(sb, { 'index.html': 'live' }, { target: 'production' });
    const doomed = await deployReady(sb, { 'index.html': 'doomed' });
    await api(sb, 'POST', `/v2/deployments/${doomed.id}/aliases`, { json: { alias: sb.domains.staging } });
    expect((await get(sb.origins.staging)).text).toBe('doomed');

    const res = await api(sb, 'DELETE', `/v13/deployments/${doomed.id}`);
    expect(res).toMatchObject({ status: 200, body: { uid: doomed.id, state: 'DELETED' } });
    expect((await api(sb, 'GET', `/v13/deployments/${doomed.id}`)).status).toBe(404);
    expect(
      (await api(sb, 'GET', '/v6/deployments')).body.deployments.map((deployment: Json) => deployment.uid),
    ).toEqual([live.id]);
    const served = await get(`http://${doomed.url}/`);
    expect([served.status, served.headers.get('x-vercel-error')]).toEqual([404, 'DEPLOYMENT_NOT_FOUND']);
    expect((await get(sb.origins.staging)).text).toContain('No deployment is assigned');
    expect((await api(sb, 'GET', '/v4/aliases')).body.aliases.map((alias: Json) => alias.alias)).toEqual([
      sb.domains.production,
    ]);
    expect((await api(sb, 'DELETE', `/v13/deployments/${doomed.id}`)).status).toBe(404);
  });

  it('refuses the deployment production serves (by id or ?url=), until production moves on', async () => {
    const first = await deployReady(sb, { 'index.html': 'first' }, { target: 'production' });
    for (const path of [
      `/v13/deployments/${first.id}`,
      `/now/deployments/x?url=https://${sb.domains.production}`,
    ]) {
      const res = await api(sb, 'DELETE', path);
      expect([res.status, res.body.error.code], path).toEqual([400, 'deployment_is_production']);
    }
    expect((await get(sb.origins.production)).text).toBe('first');

    const second = await deployReady(sb, { 'index.html': 'second' }, { target: 'production' });
    expect((await get(sb.origins.production)).text).toBe('second');
    const byUrl = await api(
      sb,
      'DELETE',
      `/v13/deployments/ignored?url=${encodeURIComponent(`http://${first.url}`)}`,
    );
    expect(byUrl.body).toEqual({ uid: first.id, state: 'DELETED' });
    const project = (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body;
    expect(project.targets.production.id).toBe(second.id);
    expect(project.latestDeployments.map((deployment: Json) => deployment.id)).toEqual([second.id]);
  });

  it('removes a deployment that is still building', async () => {
    await api(sb, 'POST', '/_sandbox/faults', { json: { nextDeployment: { build: 'stuck' } } });
    const building = await deploy(sb, { 'index.html': 'slow' }, { target: 'production' });
    expect((await api(sb, 'GET', `/v13/deployments/${building.id}`)).body.readyState).toMatch(
      /QUEUED|BUILDING/,
    );
    expect((await api(sb, 'DELETE', `/now/deployments/${building.id}?hard=0`)).status).toBe(200);
    expect((await api(sb, 'GET', '/v6/deployments')).body.deployments).toEqual([]);
    expect((await get(`http://${building.url}/`)).status).toBe(404);
  });
});

describe('persistence', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps variables and removals across a restart, and loads a state file written before variables existed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-cli-endpoints-'));
    dirs.push(dir);
    const first = await testSandbox({ stateDir: dir });
    const kept = await deployReady(first, { 'index.html': 'kept' }, { target: 'production' });
    const removed = await deployReady(first, { 'index.html': 'removed' });
    await api(first, 'DELETE', `/v13/deployments/${removed.id}`);
    await first.close();

    // As an older sandbox wrote it: no `envs`.
    const file = join(dir, 'state.json');
    const state = JSON.parse(readFileSync(file, 'utf8'));
    delete state.envs;
    writeFileSync(file, JSON.stringify(state));

    const second = await startSandbox({ stateDir: dir, buildDelayMs: 30 });
    try {
      expect((await api(second, 'GET', `/v10/projects/${second.projectId}/env`)).body.envs).toEqual([]);
      const created = await api(second, 'POST', `/v10/projects/${second.projectId}/env`, {
        json: { key: 'GREETING', value: 'hi', type: 'plain', target: ['production'] },
      });
      expect(created.status).toBe(201);
      const list = (await api(second, 'GET', '/v6/deployments')).body.deployments;
      expect(list.map((deployment: Json) => deployment.uid)).toEqual([kept.id]);
    } finally {
      await second.close();
    }
    expect(JSON.parse(readFileSync(file, 'utf8')).envs).toEqual([
      expect.objectContaining({ key: 'GREETING' }),
    ]);

    const third = await startSandbox({ stateDir: dir, buildDelayMs: 30 });
    try {
      const pulled = await api(third, 'GET', `/v3/env/pull/${third.projectId}/production`);
      expect(pulled.body).toEqual({ env: { GREETING: 'hi' } });
      expect((await get(third.origins.production)).text).toBe('kept');
    } finally {
      await third.close();
    }
  });
});
