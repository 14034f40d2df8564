import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../fakes/github.js';
import { findOperation, responseBodyProblems } from '../fakes/github-openapi.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub({ refs: { main: SHA } });
});
afterEach(async () => {
  await fake.close();
});

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

async function call(method: string, path: string, body?: unknown, token = fake.token): Promise<Answer> {
  const res = await fetch(`${fake.url}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      'content-type': 'application/json',
      accept: 'application/vnd.github+json',
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** Checks an answer against the OpenAPI response schema of its operation and status. */
function documented(method: string, path: string, answer: Answer): void {
  const operation = findOperation(method, path.split('?')[0] as string);
  expect(operation, `${method} ${path} is a GitHub operation`).toBeDefined();
  expect(responseBodyProblems(operation!, answer.status, answer.body)).toEqual([]);
}

const D = '/repos/o/r/deployments';
const create = (body: Record<string, unknown>) =>
  call('POST', D, { ref: SHA, required_contexts: [], ...body });

describe('request validation against the OpenAPI description', () => {
  it('rejects a body the schema forbids, as GitHub words it, and records the violation', async () => {
    const answer = await call('POST', D, { ref: SHA, required_contexts: 'x' });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      message: `Invalid request.\n\nFor 'properties/required_contexts', "x" is not an array.`,
      documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
      status: '422',
    });
    documented('POST', D, answer);
    expect(fake.violations).toEqual([
      `POST /repos/{owner}/{repo}/deployments: For 'properties/required_contexts', "x" is not an array.`,
    ]);
    expect(fake.deployments).toEqual([]);
  });

  it('names a missing required field, a wrong enum member and a wrong payload type', async () => {
    expect((await call('POST', D, { environment: 'staging' })).body).toMatchObject({
      message: `Invalid request.\n\n"ref" wasn't supplied.`,
    });
    const created = await create({});
    const id = (created.body as { id: number }).id;
    const bad = await call('POST', `${D}/${id}/statuses`, { state: 'done' });
    expect(bad.status).toBe(422);
    expect((bad.body as { message: string }).message).toMatch(
      /For 'properties\/state', "done" is not a member of \["error",/,
    );
    const payload = await create({ payload: 42 });
    expect((payload.body as { message: string }).message).toContain(
      `For 'properties/payload', 42 is not an object or a string.`,
    );
    expect(fake.violations).toHaveLength(3);
  });

  it('accepts the OpenAPI 3.0 nullable description and a string payload', async () => {
    const answer = await create({ description: null, payload: '{"a":1}' });
    expect(answer.status).toBe(201);
    expect(fake.violations).toEqual([]);
  });

  it('refuses a status description over 140 characters (documented, not in the schema)', async () => {
    const id = ((await create({})).body as { id: number }).id;
    const answer = await call('POST', `${D}/${id}/statuses`, {
      state: 'success',
      description: 'x'.repeat(141),
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'description', code: 'custom' }],
    });
    documented('POST', `${D}/${id}/statuses`, answer);
    expect(fake.violations).toHaveLength(1);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const answer = await call('POST', D, '{ref:');
    expect(answer).toMatchObject({ status: 400, body: { message: 'Problems parsing JSON' } });
    expect(fake.violations).toHaveLength(1);
  });
});

describe('deployments and statuses', () => {
  it('answers with the documented shapes and GitHub defaults', async () => {
    const created = await create({ ref: 'main' });
    expect(created.status).toBe(201);
    documented('POST', D, created);
    const d = created.body as Record<string, unknown>;
    expect(d).toMatchObject({
      sha: SHA,
      ref: 'main',
      task: 'deploy',
      environment: 'production',
      original_environment: 'production',
      production_environment: true,
      transient_environment: false,
      payload: {},
      url: `${fake.url}${D}/${d.id}`,
    });
    const status = await call('POST', `${D}/${d.id}/statuses`, {
      state: 'success',
      log_url: 'https://ci.example/1',
    });
    expect(status.status).toBe(201);
    documented('POST', `${D}/${d.id}/statuses`, status);
    expect(status.body).toMatchObject({
      state: 'success',
      target_url: 'https://ci.example/1',
      environment: 'production',
    });
    expect(status.body).not.toHaveProperty('deployment_id');

    for (const path of [D, `${D}/${d.id}`, `${D}/${d.id}/statuses`])
      documented('GET', path, await call('GET', path));
  });

  it('lists newest first, filters, and paginates with Link headers', async () => {
    await create({ environment: 'staging' });
    await create({ environment: 'staging', task: 'deploy:migrations' });
    await create({ environment: 'production' });
    await create({ environment: 'staging' });

    const all = await call('GET', `${D}?environment=staging&per_page=2`);
    const ids = (all.body as { id: number }[]).map((x) => x.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids).toHaveLength(2);
    expect(all.headers.get('link')).toMatch(/page=2>; rel="next"/);
    const next = await call('GET', `${D}?environment=staging&per_page=2&page=2`);
    expect(next.body).toHaveLength(1);
    expect(next.headers.get('link')).toMatch(/rel="prev"/);
    expect(await call('GET', `${D}?environment=staging&task=deploy`)).toMatchObject({ body: { length: 2 } });
    expect(await call('GET', `${D}?sha=${'f'.repeat(40)}`)).toMatchObject({ body: [] });
  });

  it('lists statuses latest first', async () => {
    const id = ((await create({})).body as { id: number }).id;
    for (const state of ['queued', 'in_progress', 'failure'])
      await call('POST', `${D}/${id}/statuses`, { state });
    const list = await call('GET', `${D}/${id}/statuses`);
    expect((list.body as { state: string }[]).map((s) => s.state)).toEqual([
      'failure',
      'in_progress',
      'queued',
    ]);
  });

  it('auto-inactivates only prior successful non-transient, non-production deployments', async () => {
    const ids: Record<string, number> = {};
    const plain = { environment: 'staging', production_environment: false };
    for (const [name, body] of Object.entries({
      old: plain,
      transient: { ...plain, transient_environment: true },
      prod: { ...plain, production_environment: true },
      failed: plain,
      other: { ...plain, environment: 'qa' },
      latest: plain,
    })) {
      ids[name] = ((await create(body)).body as { id: number }).id;
      await call('POST', `${D}/${ids[name]}/statuses`, { state: name === 'failed' ? 'failure' : 'success' });
    }
    expect(fake.statesOf(ids.old!)).toEqual(['success', 'inactive']);
    for (const name of ['transient', 'prod', 'other', 'latest'])
      expect(fake.statesOf(ids[name]!).at(-1)).toBe('success');
    expect(fake.statesOf(ids.failed!)).toEqual(['failure']);

    const next = ((await create(plain)).body as { id: number }).id;
    await call('POST', `${D}/${next}/statuses`, { state: 'success', auto_inactive: false });
    expect(fake.statesOf(ids.latest!).at(-1)).toBe('success');
  });

  it('refuses an unknown ref, an unknown deployment and an unknown route', async () => {
    expect(await create({ ref: 'nope' })).toMatchObject({
      status: 422,
      body: { message: 'No ref found for: nope' },
    });
    const missing = await call('GET', `${D}/999`);
    expect(missing).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    documented('GET', `${D}/999`, missing);
    expect(await call('GET', '/repos/o/r/pulls')).toMatchObject({
      status: 404,
      body: { message: 'Not Found' },
    });
  });

  it('answers 401 to a wrong or missing token', async () => {
    expect(await call('GET', D, undefined, 'wrong')).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
    const res = await fetch(`${fake.url}${D}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' });
  });
});

describe('failNext', () => {
  it('fails the given number of matching requests, with Retry-After and before or after the effect', async () => {
    fake.failNext('post', `${D}/*/statuses`, 503, { count: 2, retryAfter: 1 });
    fake.failNext('POST', D, 502, { after: true });
    const created = await create({});
    expect(created.status).toBe(502);
    expect(fake.deployments).toHaveLength(1);
    const id = fake.deployments[0]!.id;
    for (let i = 0; i < 2; i++) {
      const answer = await call('POST', `${D}/${id}/statuses`, { state: 'success' });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('1');
    }
    expect(fake.statuses).toHaveLength(0);
    expect((await call('POST', `${D}/${id}/statuses`, { state: 'success' })).status).toBe(201);
    expect(fake.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'POST']);
  });
});
