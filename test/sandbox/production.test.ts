import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, deploy, deployReady, get, testSandbox, waitFor, waitForAliasJob } from './helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(async () => {
  await sb.close();
});

describe('production deployments', () => {
  it('a non-staged production deploy moves the production domain when READY and is PROMOTED', async () => {
    expect((await get(sb.origins.production)).status).toBe(404);
    const d = await deployReady(sb, { 'index.html': 'v1' }, { target: 'production' });
    expect(d).toMatchObject({ target: 'production', readySubstate: 'PROMOTED', aliasAssigned: true });
    expect(d.alias).toContain(sb.domains.production);
    expect((await get(sb.origins.production)).text).toBe('v1');
    const project = (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body;
    expect(project.targets.production).toMatchObject({
      id: d.id,
      url: d.url,
      readyState: 'READY',
      readySubstate: 'PROMOTED',
    });
    expect(project.latestDeployments[0].id).toBe(d.id);
  });

  it('a staged deploy (autoAssignCustomDomains false) is STAGED and leaves production alone', async () => {
    const live = await deployReady(sb, { 'index.html': 'live' }, { target: 'production' });
    const staged = await deployReady(
      sb,
      { 'index.html': 'staged' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    expect(staged).toMatchObject({
      readySubstate: 'STAGED',
      aliasAssigned: false,
      autoAssignCustomDomains: false,
      alias: [],
    });
    expect((await get(sb.origins.production)).text).toBe('live');
    expect((await get(`http://${staged.url}/`)).text).toBe('staged');
    const project = (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body;
    expect(project.targets.production.id).toBe(live.id);
  });

  it('promote answers 201 and switches production in one step after a short pending phase', async () => {
    const live = await deployReady(sb, { 'index.html': 'blue' }, { target: 'production' });
    const green = await deployReady(
      sb,
      { 'index.html': 'green' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    const res = await api(
      sb,
      'POST',
      `/v10/projects/${sb.projectId}/promote/${green.id}?teamId=${sb.teamId}`,
      { json: {} },
    );
    expect(res.status).toBe(201);
    const pending = (await api(sb, 'GET', `/v9/projects/${sb.projectId}?rollbackInfo=true`)).body;
    expect(pending.lastAliasRequest).toMatchObject({
      fromDeploymentId: live.id,
      toDeploymentId: green.id,
      jobStatus: 'pending',
      type: 'promote',
      requestedAt: expect.any(Number),
    });
    expect(pending.targets.production.id).toBe(live.id);
    expect((await get(sb.origins.production)).text).toBe('blue');
    // Atomic: whenever the job reads succeeded, production already serves green (and never before).
    await waitFor(async () => {
      const p = (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body;
      const served = (await get(sb.origins.production)).text;
      if (p.lastAliasRequest.jobStatus === 'pending') expect(p.targets.production.id).toBe(live.id);
      return (
        p.lastAliasRequest.jobStatus === 'succeeded' &&
        p.targets.production.id === green.id &&
        served === 'green'
      );
    });
    const after = (await api(sb, 'GET', `/v13/deployments/${green.id}`)).body;
    expect(after.readySubstate).toBe('PROMOTED');
  });

  it('rollback (v1 and v9) returns production to an earlier production deployment', async () => {
    const a = await deployReady(sb, { 'index.html': 'A' }, { target: 'production' });
    const b = await deployReady(sb, { 'index.html': 'B' }, { target: 'production' });
    expect((await get(sb.origins.production)).text).toBe('B');
    const v1 = await api(
      sb,
      'POST',
      `/v1/projects/${sb.projectId}/rollback/${a.id}?description=bad%20release`,
    );
    expect(v1.status).toBe(201);
    const job = await waitForAliasJob(sb, a.id);
    expect(job).toMatchObject({ type: 'rollback', jobStatus: 'succeeded', fromDeploymentId: b.id });
    expect((await get(sb.origins.production)).text).toBe('A');
    const v9 = await api(sb, 'POST', `/v9/projects/${sb.projectId}/rollback/${b.id}`, { json: {} });
    expect(v9.status).toBe(201);
    await waitForAliasJob(sb, b.id);
    expect((await get(sb.origins.production)).text).toBe('B');
    const list = (await api(sb, 'GET', `/v6/deployments?rollbackCandidate=true`)).body;
    expect(list.deployments.map((d: { uid: string }) => d.uid)).toEqual([a.id]);
  });

  it('refuses to promote a preview (400) or an unknown deployment (404), and to roll back to a never-live one (422)', async () => {
    const preview = await deployReady(sb, { 'index.html': 'p' });
    const res = await api(sb, 'POST', `/v10/projects/${sb.projectId}/promote/${preview.id}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('deployment_not_production');
    expect((await api(sb, 'POST', `/v10/projects/${sb.projectId}/promote/dpl_missing`)).status).toBe(404);
    const staged = await deployReady(
      sb,
      { 'index.html': 's' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    const rb = await api(sb, 'POST', `/v9/projects/${sb.projectId}/rollback/${staged.id}`);
    expect(rb.status).toBe(422);
    expect(rb.body.error.code).toBe('rollback_not_eligible');
  });

  it('the project toggle autoAssignCustomDomains=false keeps production where it is', async () => {
    const live = await deployReady(sb, { 'index.html': 'live' }, { target: 'production' });
    const patch = await api(sb, 'PATCH', `/v9/projects/${sb.projectId}`, {
      json: { autoAssignCustomDomains: false },
    });
    expect(patch.body.autoAssignCustomDomains).toBe(false);
    const next = await deployReady(sb, { 'index.html': 'next' }, { target: 'production' });
    expect(next.readySubstate).toBe('STAGED');
    expect((await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body.targets.production.id).toBe(live.id);
  });
});

describe('aliases and the staging domain', () => {
  it('aliasing the staging domain moves the staging origin and lists the alias', async () => {
    expect((await get(sb.origins.staging)).status).toBe(404);
    const one = await deployReady(sb, { 'index.html': 'one' });
    const two = await deployReady(sb, { 'index.html': 'two' });
    const first = await api(sb, 'POST', `/v2/deployments/${one.id}/aliases`, {
      json: { alias: sb.domains.staging },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      uid: expect.any(String),
      alias: sb.domains.staging,
      created: expect.any(String),
      oldDeploymentId: null,
    });
    expect((await get(sb.origins.staging)).text).toBe('one');
    const second = await api(sb, 'POST', `/v2/deployments/${two.id}/aliases`, {
      json: { alias: sb.domains.staging },
    });
    expect(second.body.oldDeploymentId).toBe(one.id);
    expect((await get(sb.origins.staging)).text).toBe('two');
    expect((await api(sb, 'GET', `/v2/deployments/${two.id}/aliases`)).body.aliases).toEqual([
      expect.objectContaining({ alias: sb.domains.staging, uid: expect.any(String) }),
    ]);
    expect((await api(sb, 'GET', `/v2/deployments/${one.id}/aliases`)).body.aliases).toEqual([]);
    expect((await api(sb, 'GET', `/v13/deployments/${two.id}`)).body.alias).toEqual([sb.domains.staging]);
  });

  it('aliasing the production domain makes that deployment live', async () => {
    const d = await deployReady(
      sb,
      { 'index.html': 'aliased' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    await api(sb, 'POST', `/v2/deployments/${d.id}/aliases`, { json: { alias: sb.domains.production } });
    expect((await get(sb.origins.production)).text).toBe('aliased');
    expect((await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body.targets.production.id).toBe(d.id);
  });

  it('deploying with customEnvironmentSlugOrId staging moves the staging domain when READY', async () => {
    const d = await deployReady(sb, { 'index.html': 'env' }, { customEnvironmentSlugOrId: 'staging' });
    expect(d.customEnvironment).toMatchObject({ slug: 'staging' });
    expect((await get(sb.origins.staging)).text).toBe('env');
  });

  it('refuses an alias for a deployment that is not READY', async () => {
    const slow = await testSandbox({ buildDelayMs: 2000 });
    try {
      const d = await deploy(slow, { 'index.html': 'x' });
      const res = await api(slow, 'POST', `/v2/deployments/${d.id}/aliases`, {
        json: { alias: slow.domains.staging },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('deployment_not_ready');
    } finally {
      await slow.close();
    }
  });
});
