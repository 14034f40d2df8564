/**
 * VercelProvider's rollback side against the in-process sandbox: `previousProduction` never names
 * a deployment production was rolled back away from nor one newer than the live one, and refused
 * rollback requests become permanent VercelRefusals naming the input.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VercelProvider, VercelRefusal } from '../../../src/deploy/vercel/provider.js';
import { ProviderError } from '../../../src/deploy/types.js';
import { HttpClient } from '../../../src/http/client.js';
import { systemClock } from '../../../src/runtime/clock.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { api, testSandbox } from '../../sandbox/helpers.js';
import { versionedSite } from '../../helpers/site.js';

let sb: Sandbox;
let provider: VercelProvider;
beforeEach(async () => {
  sb = await testSandbox();
  provider = new VercelProvider({
    auth: { token: sb.token, orgId: sb.teamId, projectId: sb.projectId, apiUrl: sb.api },
    http: new HttpClient({ clock: systemClock, logger: silentLogger, baseDelayMs: 5, maxDelayMs: 20 }),
    clock: systemClock,
    logger: silentLogger,
    pollMs: { first: 20, max: 50 },
  });
});
afterEach(() => sb.close());

const soon = () => systemClock.now() + 20_000;

async function staged(version: string): Promise<string> {
  const { deployment } = await provider.deploy({
    path: await versionedSite(version),
    environment: 'production',
    staged: true,
    prebuilt: false,
    meta: { greenlightEnvironment: 'production' },
    deadline: soon(),
  });
  return deployment.id;
}

async function released(version: string): Promise<string> {
  const id = await staged(version);
  await provider.promote(id, soon());
  return id;
}

describe('previousProduction', () => {
  it('[rerun] after P1 → P2 and a rollback to P1, it never names P2 (newer, rolled back from)', async () => {
    const p1 = await released('1');
    const p2 = await released('2');
    expect((await provider.previousProduction(p2))?.id).toBe(p1);

    await provider.rollback(p1, soon(), 'broken');
    expect((await provider.production())?.id).toBe(p1);

    expect(await provider.previousProduction(p1)).toBeUndefined();
    expect(await provider.lastRollback()).toEqual({ fromId: p2, toId: p1 });
  });

  it('[rerun] with an older P0 it names P0, never the rolled-back P2', async () => {
    const p0 = await released('0');
    const p1 = await released('1');
    await released('2');
    await provider.rollback(p1, soon(), 'broken');

    expect((await provider.previousProduction(p1))?.id).toBe(p0);
  });

  it('a promote after the rollback ends the "already rolled back" state', async () => {
    const p1 = await released('1');
    const p2 = await released('2');
    await provider.rollback(p1, soon(), undefined);
    await provider.promote(p2, soon());
    expect(await provider.lastRollback()).toBeUndefined();
    expect((await provider.previousProduction(p2))?.id).toBe(p1);
  });
});

describe('rollback refusals', () => {
  it.each([
    { status: 403, input: 'vercel-token' },
    { status: 404, input: 'to-deployment-id' },
    { status: 402, input: 'to-deployment-id' },
    { status: 422, input: 'to-deployment-id' },
  ])('[fault] $status is a permanent VercelRefusal naming $input', async ({ status, input }) => {
    const p1 = await released('1');
    await released('2');
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v1/projects/*/rollback/*', status, count: 1 },
    });
    const error = await provider.rollback(p1, soon(), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VercelRefusal);
    expect(error).toMatchObject({ permanent: true, status, input });
    expect(String((error as Error).message)).not.toContain(sb.token);
  });

  it.each([409, 429, 503])('[fault] %s stays a transient ProviderError', async (status) => {
    const p1 = await released('1');
    await released('2');
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v1/projects/*/rollback/*', status },
    });
    const error = await provider.rollback(p1, soon(), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).not.toBeInstanceOf(VercelRefusal);
  });
});
