import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_LIMIT_BYTES, type FakeGitHub, gitBlobSha, startFakeGitHub } from '../fakes/github.js';
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

describe('repository contents, git refs and pull requests', () => {
  const R = '/repos/octo-org/web-app';
  const put = (path: string, body: Record<string, unknown>) => call('PUT', `${R}/contents/${path}`, body);
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  const sendRaw = (path: string, accept: string) =>
    fetch(`${fake.url}${path}`, { headers: { authorization: `token ${fake.token}`, accept } });

  it('serves a seeded file with its git blob SHA, base64 in 60-character lines, at a branch or commit', async () => {
    const text = `${'{"flags":{}}\n'.repeat(10)}`;
    const { blobSha, commitSha } = fake.setFile('flags/flags.json', text);
    expect(fake.setFile('hello.txt', 'hello\n').blobSha).toBe('ce013625030ba8dba906f756967f9e9ca394464a'); // git hash-object
    expect(blobSha).toMatch(/^[0-9a-f]{40}$/);
    for (const path of [`${R}/contents/flags/flags.json`, `${R}/contents/flags%2Fflags.json?ref=main`]) {
      const answer = await call('GET', path);
      expect(answer.status).toBe(200);
      documented('GET', path, answer);
      const body = answer.body as Record<string, unknown>;
      expect(body).toMatchObject({
        type: 'file',
        encoding: 'base64',
        path: 'flags/flags.json',
        sha: blobSha,
      });
      expect(Buffer.from(body.content as string, 'base64').toString()).toBe(text);
      expect(
        (body.content as string)
          .split('\n')
          .slice(0, -2)
          .every((line) => line.length === 60),
      ).toBe(true);
    }
    const atCommit = await call('GET', `${R}/contents/flags/flags.json?ref=${commitSha}`);
    expect(atCommit.body).toMatchObject({ sha: blobSha });
    const atInitial = fake.log().at(-1)!.sha;
    expect((await call('GET', `${R}/contents/flags/flags.json?ref=${atInitial}`)).status).toBe(404);
    const listing = await call('GET', `${R}/contents/flags`);
    documented('GET', `${R}/contents/flags`, listing);
    expect(listing.body).toMatchObject([{ type: 'file', name: 'flags.json' }]);
    expect(fake.violations).toEqual([]);
  });

  it('answers 404 for a missing file, an unknown ref and another repository', async () => {
    const missing = await call('GET', `${R}/contents/nope.json`);
    expect(missing).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    documented('GET', `${R}/contents/nope.json`, missing);
    expect(await call('GET', `${R}/contents/nope.json?ref=nope`)).toMatchObject({
      status: 404,
      body: { message: 'No commit found for the ref nope' },
    });
    expect((await call('GET', '/repos/someone/else/contents/a.json')).status).toBe(404);
  });

  it('creates (201) and updates (200) a file, one commit each, with GitHub’s file-commit answer', async () => {
    const created = await put('flags.json', { message: 'Create flags', content: base64('{}\n') });
    expect(created.status).toBe(201);
    documented('PUT', `${R}/contents/flags.json`, created);
    const first = created.body as { content: { sha: string }; commit: { sha: string; html_url: string } };
    expect(first.content.sha).toBe(gitBlobSha('{}\n'));
    expect(first.commit.html_url).toBe(`https://github.com/octo-org/web-app/commit/${first.commit.sha}`);
    expect(fake.branchHead('main')).toBe(first.commit.sha);

    const updated = await put('flags.json', {
      message: 'Update flags',
      content: base64('{"a":1}\n'),
      sha: first.content.sha,
    });
    expect(updated.status).toBe(200);
    documented('PUT', `${R}/contents/flags.json`, updated);
    expect(fake.file('flags.json')).toBe('{"a":1}\n');
    expect(fake.log().map((c) => c.message)).toEqual(['Update flags', 'Create flags', 'Initial commit']);
    expect(fake.log()[0]!.parents).toEqual([first.commit.sha]);
    expect(fake.violations).toEqual([]);
  });

  it('answers a stale sha 409 and a missing sha 422 in GitHub’s words, and ignores a sha for a new file', async () => {
    const { blobSha } = fake.setFile('flags.json', 'v1\n');
    fake.setFile('flags.json', 'v2\n');
    const stale = await put('flags.json', { message: 'm', content: base64('v3\n'), sha: blobSha });
    expect(stale).toMatchObject({
      status: 409,
      body: {
        message: `flags.json does not match ${blobSha}`,
        documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
      },
    });
    documented('PUT', `${R}/contents/flags.json`, stale);
    const missing = await put('flags.json', { message: 'm', content: base64('v3\n') });
    expect(missing).toMatchObject({
      status: 422,
      body: { message: `Invalid request.\n\n"sha" wasn't supplied.` },
    });
    documented('PUT', `${R}/contents/flags.json`, missing);
    expect(fake.file('flags.json')).toBe('v2\n');
    expect((await put('new.json', { message: 'm', content: base64('x'), sha: blobSha })).status).toBe(201);
    expect(fake.violations).toEqual([]);
  });

  it('writes to a named branch, 404 for an unknown one, and records bodies the schema refuses', async () => {
    fake.setFile('flags.json', 'main\n');
    fake.setFile('flags.json', 'release\n', 'release');
    const sha = gitBlobSha('release\n');
    expect(
      (await put('flags.json', { message: 'm', content: base64('r2\n'), sha, branch: 'release' })).status,
    ).toBe(200);
    expect(fake.file('flags.json', 'release')).toBe('r2\n');
    expect(fake.file('flags.json')).toBe('main\n');
    expect(await put('flags.json', { message: 'm', content: base64('x'), branch: 'nope' })).toMatchObject({
      status: 404,
      body: { message: 'Branch nope not found' },
    });
    expect(fake.violations).toEqual([]);
    expect((await put('flags.json', { content: base64('x') })).status).toBe(422);
    expect((await put('other.json', { message: 'm', content: '%%%' })).status).toBe(422);
    expect(fake.violations).toEqual([
      `PUT /repos/{owner}/{repo}/contents/{path}: "message" wasn't supplied.`,
      'PUT /repos/{owner}/{repo}/contents/{path}: content is not valid Base64',
    ]);
  });

  it('leaves content out above 1 MiB and serves it through the raw media type', async () => {
    const text = `${'x'.repeat(CONTENT_LIMIT_BYTES)}\n`;
    const { blobSha } = fake.setFile('big.json', text);
    const meta = await call('GET', `${R}/contents/big.json`);
    documented('GET', `${R}/contents/big.json`, meta);
    expect(meta.body).toMatchObject({ encoding: 'none', content: '', size: text.length, sha: blobSha });
    for (const accept of [
      'application/vnd.github.raw',
      'application/vnd.github.v3.raw',
      'application/vnd.github.raw+json',
    ]) {
      const raw = await sendRaw(`${R}/contents/big.json`, accept);
      expect(raw.status).toBe(200);
      expect(raw.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await raw.text()).toBe(text);
    }
    fake.rawContentType = 'application/octet-stream';
    const bytes = await sendRaw(`${R}/contents/big.json`, 'application/vnd.github.raw');
    expect(bytes.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await bytes.arrayBuffer()).toString()).toBe(text);
  });

  it('reads, creates and deletes branch refs', async () => {
    const head = fake.branchHead('main')!;
    const ref = await call('GET', `${R}/git/ref/heads/main`);
    documented('GET', `${R}/git/ref/heads/main`, ref);
    expect(ref.body).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit', sha: head } });
    expect((await call('GET', `${R}/git/ref/heads%2Fmain`)).status).toBe(200);
    expect((await call('GET', `${R}/git/ref/heads/nope`)).status).toBe(404);

    const created = await call('POST', `${R}/git/refs`, { ref: 'refs/heads/greenlight/flags-x', sha: head });
    expect(created.status).toBe(201);
    documented('POST', `${R}/git/refs`, created);
    expect(fake.branches()).toEqual(['main', 'greenlight/flags-x']);
    expect(fake.branchHead('greenlight/flags-x')).toBe(head);
    const again = await call('POST', `${R}/git/refs`, { ref: 'refs/heads/greenlight/flags-x', sha: head });
    expect(again).toMatchObject({ status: 422, body: { message: 'Reference already exists' } });
    documented('POST', `${R}/git/refs`, again);
    expect(await call('POST', `${R}/git/refs`, { ref: 'refs/heads/y', sha: 'f'.repeat(40) })).toMatchObject({
      status: 422,
      body: { message: 'Object does not exist' },
    });
    expect((await call('POST', `${R}/git/refs`, { ref: 'heads/y', sha: head })).status).toBe(422);

    const deleted = await fetch(`${fake.url}${R}/git/refs/heads/greenlight/flags-x`, {
      method: 'DELETE',
      headers: { authorization: `token ${fake.token}` },
    });
    expect(deleted.status).toBe(204);
    expect(fake.branches()).toEqual(['main']);
    expect(fake.violations).toEqual([]);
  });

  it('opens a pull request between branches, lists it, and refuses a duplicate or an empty one', async () => {
    fake.setFile('flags.json', 'v1\n');
    fake.setFile('flags.json', 'v2\n', 'feature');
    const opened = await call('POST', `${R}/pulls`, {
      title: 'Flags',
      head: 'feature',
      base: 'main',
      body: 'Why',
    });
    expect(opened.status).toBe(201);
    documented('POST', `${R}/pulls`, opened);
    expect(opened.body).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Flags',
      body: 'Why',
      html_url: 'https://github.com/octo-org/web-app/pull/1',
      head: { ref: 'feature', sha: fake.branchHead('feature'), label: 'octo-org:feature' },
      base: { ref: 'main', sha: fake.branchHead('main') },
      commits: 1,
    });
    expect(fake.pulls).toHaveLength(1);

    const listed = await call('GET', `${R}/pulls?head=octo-org:feature&base=main`);
    documented('GET', `${R}/pulls`, listed);
    expect(listed.body).toMatchObject([{ number: 1 }]);
    expect((await call('GET', `${R}/pulls?head=octo-org:other`)).body).toEqual([]);
    const one = await call('GET', `${R}/pulls/1`);
    documented('GET', `${R}/pulls/1`, one);

    const duplicate = await call('POST', `${R}/pulls`, {
      title: 'Again',
      head: 'octo-org:feature',
      base: 'main',
    });
    expect(duplicate).toMatchObject({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ message: 'A pull request already exists for octo-org:feature.' }],
      },
    });
    documented('POST', `${R}/pulls`, duplicate);
    fake.setFile('other.json', 'x', 'empty');
    fake.setFile('flags.json', 'v3\n'); // main moves on; `empty` is behind main but has a commit of its own
    expect((await call('POST', `${R}/pulls`, { title: 't', head: 'empty', base: 'main' })).status).toBe(201);
    await call('POST', `${R}/git/refs`, { ref: 'refs/heads/same', sha: fake.branchHead('main') });
    expect(await call('POST', `${R}/pulls`, { title: 't', head: 'same', base: 'main' })).toMatchObject({
      status: 422,
      body: { errors: [{ message: 'No commits between main and same' }] },
    });
    expect(await call('POST', `${R}/pulls`, { title: 't', head: 'nope', base: 'gone' })).toMatchObject({
      status: 422,
      body: {
        errors: [
          { field: 'base', code: 'invalid' },
          { field: 'head', code: 'invalid' },
        ],
      },
    });
    expect(fake.violations).toEqual([]);
  });

  it('describes the repository with its default branch', async () => {
    const repo = await call('GET', R);
    expect(repo.status).toBe(200);
    documented('GET', R, repo);
    expect(repo.body).toMatchObject({
      name: 'web-app',
      full_name: 'octo-org/web-app',
      default_branch: 'main',
      html_url: 'https://github.com/octo-org/web-app',
    });
  });

  it('runs a beforeNextPut hook once, before the PUT takes effect, and not for the hook’s own PUT', async () => {
    const { blobSha } = fake.setFile('flags.json', 'v1\n');
    const seen: string[] = [];
    fake.beforeNextPut(async (request) => {
      seen.push(String((request.body as { message: string }).message));
      const inner = await put('flags.json', { message: 'inner', content: base64('inner\n'), sha: blobSha });
      expect(inner.status).toBe(200);
    });
    const outer = await put('flags.json', { message: 'outer', content: base64('outer\n'), sha: blobSha });
    expect(outer.status).toBe(409);
    expect(seen).toEqual(['outer']);
    expect(fake.file('flags.json')).toBe('inner\n');
    const next = await put('flags.json', {
      message: 'next',
      content: base64('next\n'),
      sha: gitBlobSha('inner\n'),
    });
    expect(next.status).toBe(200);
    expect(seen).toEqual(['outer']);
  });
});
