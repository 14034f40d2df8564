/**
 * Edge Config in the sandbox (src/sandbox/api/edge-config.ts): the batch write with the validation
 * Vercel documents (https://vercel.com/docs/rest-api/edge-config/update-edge-config-items-in-batch),
 * and the read endpoint that `@vercel/edge-config` requests, exercised through the SDK itself with a
 * connection string pointing at the sandbox.
 */
import { createClient } from '@vercel/edge-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, type Json, testSandbox } from './helpers.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await testSandbox();
});
afterAll(async () => {
  await sb.close();
});

/** A fresh store id per test, so tests do not see each other's items. */
let counter = 0;
const freshId = (): string => `ecfg_sandboxtest${++counter}${Date.now()}`;

const patch = (id: string, items: unknown, query = ''): Promise<{ status: number; body: Json }> =>
  api(sb, 'PATCH', `/v1/edge-config/${id}/items${query}`, { json: { items } });

/** The request log entries for `method` and a path containing `fragment`. */
async function logged(method: string, fragment: string): Promise<Json[]> {
  const log = await api(sb, 'GET', '/_sandbox/requests');
  return (log.body.requests as Json[]).filter(
    (entry) => entry.method === method && String(entry.path).includes(fragment),
  );
}

describe('PATCH /v1/edge-config/{id}/items: the documented validation', () => {
  it.each([
    ['an unknown operation', { operation: 'merge', key: 'flags', value: 1 }, 'operation'],
    ['a key outside ^[\\w-]+$', { operation: 'upsert', key: 'new.checkout', value: 1 }, 'key'],
    ['a key of 257 characters', { operation: 'upsert', key: 'k'.repeat(257), value: 1 }, '256'],
    [
      'a description of 513 characters',
      { operation: 'upsert', key: 'a', value: 1, description: 'd'.repeat(513) },
      '512',
    ],
    [
      'a description that is not a string',
      { operation: 'upsert', key: 'a', value: 1, description: 5 },
      'description',
    ],
    ['create without a value', { operation: 'create', key: 'a' }, 'value'],
    ['upsert with neither value nor description', { operation: 'upsert', key: 'a' }, 'value'],
    ['an item that is not an object', 'flags', 'items[1]'],
  ])('refuses %s with 400 and stores nothing', async (_what, item, mentioned) => {
    const id = freshId();
    const res = await patch(id, [{ operation: 'upsert', key: 'kept', value: true }, item]);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toContain(mentioned);
    expect((await api(sb, 'GET', `/v1/edge-config/${id}/items`)).body).toEqual([]);
  });

  it('refuses a body without items, and a malformed id with 404', async () => {
    const noItems = await api(sb, 'PATCH', `/v1/edge-config/${freshId()}/items`, { json: { item: [] } });
    expect(noItems.status).toBe(400);
    expect(noItems.body.error.message).toContain('items');
    expect((await patch('ecfg-dash', [{ operation: 'upsert', key: 'a', value: 1 }])).status).toBe(404);
  });

  it('answers {"status":"ok"}, accepts teamId, and keeps the value on a description-only update', async () => {
    const id = freshId();
    const created = await patch(
      id,
      [{ operation: 'upsert', key: 'flags', value: { dark: true }, description: 'first' }],
      `?teamId=${sb.teamId}`,
    );
    expect(created).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect((await patch(id, [{ operation: 'update', key: 'flags', description: 'second' }])).status).toBe(
      200,
    );
    const item = (await api(sb, 'GET', `/v1/edge-config/${id}/item/flags`)).body;
    expect(item).toMatchObject({
      key: 'flags',
      value: { dark: true },
      description: 'second',
      edgeConfigId: id,
    });
    // A new item needs a value.
    const missing = await patch(id, [{ operation: 'upsert', key: 'other', description: 'no value' }]);
    expect(missing.status).toBe(400);
  });

  it('stores nothing for ?dryRun=1 but still validates', async () => {
    const id = freshId();
    expect((await patch(id, [{ operation: 'upsert', key: 'a', value: 1 }], '?dryRun=1')).status).toBe(200);
    expect((await api(sb, 'GET', `/v1/edge-config/${id}/items`)).body).toEqual([]);
    expect((await patch(id, [{ operation: 'update', key: 'a', value: 2 }], '?dryRun=1')).status).toBe(400);
  });

  it('refuses a batch that would make the store larger than 512 KB, keeping what was there', async () => {
    const id = freshId();
    await patch(id, [{ operation: 'upsert', key: 'small', value: 'x' }]);
    const res = await patch(id, [{ operation: 'upsert', key: 'big', value: 'y'.repeat(524_288) }]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/over the 524288-byte limit/);
    const config = (await api(sb, 'GET', `/v1/edge-config/${id}`)).body;
    expect(config).toMatchObject({ itemCount: 1, sizeInBytes: Buffer.byteLength('{"small":"x"}') });
  });

  it('treats a key like __proto__ as an ordinary item', async () => {
    const id = freshId();
    await patch(id, [{ operation: 'upsert', key: '__proto__', value: { polluted: true } }]);
    expect((await api(sb, 'GET', `/v1/edge-config/${id}/item/__proto__`)).body.value).toEqual({
      polluted: true,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the read endpoint, through @vercel/edge-config', () => {
  const connection = (id: string, token = sb.token): string => `${sb.api}/${id}?token=${token}`;

  it('serves get, has, getAll and digest from a connection string pointing at the sandbox', async () => {
    const id = freshId();
    await patch(id, [
      { operation: 'upsert', key: 'flags', value: { 'new-checkout': true } },
      { operation: 'upsert', key: 'greeting', value: 'hello' },
      { operation: 'upsert', key: 'nothing', value: null },
    ]);
    const client = createClient(connection(id));
    expect(client.connection).toMatchObject({ type: 'external', id, baseUrl: `${sb.api}/${id}` });
    expect(await client.get('flags')).toEqual({ 'new-checkout': true });
    expect(await client.get('nothing')).toBeNull();
    expect(await client.get('missing')).toBeUndefined();
    expect(await client.has('greeting')).toBe(true);
    expect(await client.has('missing')).toBe(false);
    expect(await client.getAll()).toEqual({
      flags: { 'new-checkout': true },
      greeting: 'hello',
      nothing: null,
    });
    expect(await client.getAll(['greeting', 'missing'])).toEqual({ greeting: 'hello' });
    const digest = await client.digest();
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect((await api(sb, 'GET', `/v1/edge-config/${id}`)).body.digest).toBe(digest);
  });

  it('answers 304 to If-None-Match, and a changed value under a new ETag', async () => {
    const id = freshId();
    await patch(id, [{ operation: 'upsert', key: 'flags', value: { a: true } }]);
    const client = createClient(connection(id));
    expect(await client.get('flags')).toEqual({ a: true });
    expect(await client.get('flags')).toEqual({ a: true }); // revalidated: 304, the SDK's cached body
    await patch(id, [{ operation: 'upsert', key: 'flags', value: { a: false } }]);
    expect(await client.get('flags')).toEqual({ a: false });
    const reads = await logged('GET', `/${id}/item/flags`);
    expect(reads.map((entry) => entry.status)).toEqual([200, 304, 200]);
    // The token travelled in the Authorization header; a query token would be masked in the log.
    expect(JSON.stringify(reads)).not.toContain(sb.token);
  });

  it('takes the token from the query too, and masks it in the request log', async () => {
    const id = freshId();
    await patch(id, [{ operation: 'upsert', key: 'greeting', value: 'hi' }]);
    const res = await fetch(`${sb.api}/${id}/item/greeting?version=1&token=${sb.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-edge-config-digest')).toMatch(/^[0-9a-f]{16}$/);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect(await res.json()).toBe('hi');
    const [entry] = await logged('GET', `/${id}/item/greeting`);
    expect(entry.query).toEqual({ version: '1', token: '***' });
  });

  it('is Unauthorized (401) with a wrong token and not found for a malformed id, as the SDK reports them', async () => {
    const id = freshId();
    await patch(id, [{ operation: 'upsert', key: 'greeting', value: 'hi' }]);
    await expect(createClient(connection(id, 'wrong-token')).get('greeting')).rejects.toThrow(
      '@vercel/edge-config: Unauthorized',
    );
    await expect(createClient(connection(id, 'wrong-token')).getAll()).rejects.toThrow('Unauthorized');
    await expect(createClient(connection('ecfg_', sb.token)).get('greeting')).rejects.toThrow(
      '@vercel/edge-config: Edge Config not found',
    );
    const raw = await fetch(`${sb.api}/${id}/items`, { headers: { authorization: 'Bearer nope' } });
    expect(raw.status).toBe(401);
    expect(((await raw.json()) as Json).error.code).toBe('unauthorized');
  });

  it('still guards the API with the bearer token (403) next to the read paths', async () => {
    const res = await api(sb, 'GET', `/v1/edge-config/${freshId()}/items`, { token: 'wrong' });
    expect(res.status).toBe(403);
    const write = await api(sb, 'PATCH', `/${freshId()}/items`, { token: 'wrong', json: { items: [] } });
    expect(write.status).toBe(403);
  });
});
