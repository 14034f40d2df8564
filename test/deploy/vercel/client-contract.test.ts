/**
 * The part of `@vercel/client`'s `createDeployment` event stream that src/deploy/vercel/deploy.ts
 * and upload.ts rely on, pinned against the embedded sandbox. None of it is a documented contract
 * (see docs/vercel-contract.md): every assertion names what changed, and the version check makes an
 * upgrade re-read the contract before this file is edited.
 *
 * The client is driven exactly as deploy.ts drives it (same client and deployment options, stopped
 * with `return()` at `created`, `error` or — for the many-files path — `file-count`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { createDeployment, type DeploymentEventType } from '@vercel/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { limitResetMs } from '../../../src/deploy/vercel/deploy.js';
import type { VercelApi } from '../../../src/deploy/vercel/api.js';
import { VercelProvider } from '../../../src/deploy/vercel/provider.js';
import { type ClientFile, uploadMissing } from '../../../src/deploy/vercel/upload.js';
import { HttpClient } from '../../../src/http/client.js';
import { systemClock } from '../../../src/runtime/clock.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { api, type Json, sha1, testSandbox } from '../../sandbox/helpers.js';

/** The version this contract was read from. Change it only after re-reading docs/vercel-contract.md. */
const PINNED = '18.4.2';
const CHANGED = "@vercel/client's event stream changed: ";

/** The event types deploy.ts reads; a rename in the client's own type list fails the typecheck too. */
const USED = [
  'hashes-calculated',
  'file-count',
  'file-uploaded',
  'warning',
  'notice',
  'created',
  'error',
] as const satisfies readonly DeploymentEventType[];
void USED;

type ClientEvent = { type: string; payload: Json; code?: string };

let sb: Sandbox;
let root: string;
let vercel: VercelApi;

beforeAll(async () => {
  sb = await testSandbox();
  root = mkdtempSync(join(tmpdir(), 'client-contract-'));
  // The API client as the provider builds it (upload.ts uploads through it).
  vercel = new VercelProvider({
    auth: { token: sb.token, orgId: sb.teamId, projectId: sb.projectId, apiUrl: sb.api },
    http: new HttpClient({ clock: systemClock, logger: silentLogger, baseDelayMs: 5, maxDelayMs: 20 }),
    clock: systemClock,
    logger: silentLogger,
  }).api;
});
afterEach(async () => {
  await api(sb, 'DELETE', '/_sandbox/faults');
  await api(sb, 'DELETE', '/_sandbox/requests');
});
afterAll(async () => {
  await sb.close();
  rmSync(root, { recursive: true, force: true });
});

let trees = 0;
/**
 * A fresh tree: content the sandbox has never seen (so it must be uploaded), two files with the
 * same bytes, and non-HTML files (an all-HTML tree of ≤ 10 files is inlined, never uploaded).
 */
function freshTree(): { dir: string; bytes: number } {
  const dir = join(root, `tree-${++trees}`);
  const tag = `${Date.now()}-${trees}-${Math.random()}`;
  mkdirSync(join(dir, 'assets'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': `<h1>${tag}</h1>`,
    'assets/app.js': `console.log(${JSON.stringify(tag)})`,
    'assets/copy.js': `console.log(${JSON.stringify(tag)})`,
    'assets/site.css': `body{--tag:"${tag}"}`,
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  // Unique contents only: the same bytes are one upload.
  const bytes = [...new Set(Object.values(files))].reduce((n, data) => n + Buffer.byteLength(data), 0);
  return { dir, bytes };
}

/**
 * Runs `createDeployment` with deploy.ts's options and collects events until one of `stopAt`
 * (default `created` and `error`) or the end, then stops the client with `return()` as deploy.ts does.
 */
async function drive(
  path: string,
  options: { stopAt?: string[]; key?: string; project?: string } = {},
): Promise<ClientEvent[]> {
  const stopAt = options.stopAt ?? ['created', 'error'];
  const events = createDeployment(
    {
      token: sb.token,
      teamId: sb.teamId,
      apiUrl: sb.api,
      path,
      prebuilt: false,
      userAgent: 'greenlight',
      skipAutoDetectionConfirmation: true,
    },
    {
      name: 'greenlight-sandbox',
      project: options.project ?? sb.projectId,
      target: 'production',
      autoAssignCustomDomains: false,
      meta: { greenlightDeployKey: options.key ?? 'contract' },
    } as Parameters<typeof createDeployment>[1],
  ) as AsyncIterableIterator<ClientEvent>;
  const seen: ClientEvent[] = [];
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      seen.push(next.value);
      if (stopAt.includes(next.value.type)) break;
    }
  } finally {
    expect(typeof events.return, `${CHANGED}the iterator has no return() to stop it`).toBe('function');
    await Promise.race([events.return?.(undefined), new Promise((r) => setTimeout(r, 2000))]);
  }
  return seen;
}

function only(events: ClientEvent[], type: string): ClientEvent {
  const found = events.filter((e) => e.type === type);
  expect(found, `${CHANGED}expected exactly one "${type}" event, got [${types(events)}]`).toHaveLength(1);
  return found[0] as ClientEvent;
}

function types(events: ClientEvent[]): string[] {
  return events.map((e) => e.type);
}

async function requests(): Promise<Json[]> {
  return (await api(sb, 'GET', '/_sandbox/requests')).body.requests as Json[];
}

/** Checks a `hashes-calculated` payload as upload.ts reads it, and returns it. */
function checkHashes(event: ClientEvent, dir: string): Record<string, ClientFile> {
  const payload = event.payload as Record<string, Json>;
  expect(
    payload !== null && typeof payload === 'object' && !(payload instanceof Map),
    `${CHANGED}"hashes-calculated" payload is no longer a plain object keyed by sha`,
  ).toBe(true);
  const shas = Object.keys(payload);
  expect(shas.length, `${CHANGED}"hashes-calculated" payload has no files`).toBeGreaterThan(0);
  for (const sha of shas) {
    const record = payload[sha];
    expect(sha, `${CHANGED}"hashes-calculated" keys are no longer SHA-1 hex`).toMatch(/^[0-9a-f]{40}$/);
    expect(
      Array.isArray(record?.names) && record.names.length > 0,
      `${CHANGED}"hashes-calculated"[sha].names is no longer a non-empty array`,
    ).toBe(true);
    for (const name of record.names as unknown[]) {
      expect(
        typeof name === 'string' && isAbsolute(name) && name.startsWith(dir),
        `${CHANGED}"hashes-calculated"[sha].names are no longer absolute paths under the deployed directory (got ${String(name)})`,
      ).toBe(true);
    }
    // upload.ts reads the bytes from names[0] when `data` is absent: they must hash to the key.
    expect(
      sha1(readFileSync(record.names[0] as string)),
      `${CHANGED}"hashes-calculated"[sha].names[0] no longer holds the bytes of that sha`,
    ).toBe(sha);
    expect(
      Buffer.isBuffer(record.data),
      `${CHANGED}"hashes-calculated"[sha].data is no longer a Buffer of the file's bytes`,
    ).toBe(true);
    expect(
      sha1(record.data as Buffer),
      `${CHANGED}"hashes-calculated"[sha].data does not hash to its key`,
    ).toBe(sha);
    expect(record.size, `${CHANGED}"hashes-calculated"[sha].size is no longer the byte count`).toBe(
      (record.data as Buffer).length,
    );
  }
  return payload as Record<string, ClientFile>;
}

/** Checks a `file-count` payload's `missing` (the shas the API asked for) and returns it. */
function checkMissing(event: ClientEvent, hashes: Record<string, ClientFile>): string[] {
  const missing = (event.payload as Json)?.missing;
  expect(
    Array.isArray(missing) && missing.every((s: unknown) => typeof s === 'string'),
    `${CHANGED}"file-count" payload.missing is no longer an array of shas`,
  ).toBe(true);
  for (const sha of missing as string[])
    expect(
      sha in hashes,
      `${CHANGED}"file-count" payload.missing names a sha not in "hashes-calculated"`,
    ).toBe(true);
  return missing as string[];
}

/** Checks a `created` payload (the API's deployment object) and returns it. */
function checkCreated(event: ClientEvent, key: string): Json {
  const d = event.payload as Json;
  expect(typeof d?.id, `${CHANGED}"created" payload.id is not a string`).toBe('string');
  expect(typeof d?.url, `${CHANGED}"created" payload.url is not a string`).toBe('string');
  // The deployment options reach the API verbatim: staged production and the read-back key.
  expect(d.target, `${CHANGED}the deployment option target:"production" no longer reaches the API`).toBe(
    'production',
  );
  expect(
    d.autoAssignCustomDomains,
    `${CHANGED}the deployment option autoAssignCustomDomains:false no longer reaches the API (a staged deploy would go live)`,
  ).toBe(false);
  expect(
    d.meta?.greenlightDeployKey,
    `${CHANGED}the deployment option meta no longer reaches the API (an ambiguous create cannot be read back)`,
  ).toBe(key);
  return d;
}

describe("@vercel/client's createDeployment: what deploy.ts and upload.ts rely on", () => {
  it(`is version ${PINNED}, the one this contract was read from`, () => {
    const require = createRequire(import.meta.url);
    const installed = (
      JSON.parse(readFileSync(require.resolve('@vercel/client/package.json'), 'utf8')) as { version: string }
    ).version;
    const wanted = (
      JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
        dependencies: Record<string, string>;
      }
    ).dependencies['@vercel/client'];
    const reread = `re-read docs/vercel-contract.md and the client's dist (create-deployment.js, upload.js, deploy.js, utils/hashes.js), then update PINNED in this test`;
    expect(wanted, `package.json no longer pins @vercel/client to ${PINNED}: ${reread}`).toBe(PINNED);
    expect(installed, `the installed @vercel/client is not ${PINNED}: ${reread}`).toBe(PINNED);
  });

  it('a fresh deploy: hashes-calculated → file-count → file-uploaded… → created, with the fields deploy.ts reads', async () => {
    const { dir, bytes } = freshTree();
    const events = await drive(dir, { key: 'fresh' });
    const seen = types(events);
    expect(
      seen,
      `${CHANGED}an error event on a plain fresh deploy: ${JSON.stringify(events.at(-1))}`,
    ).not.toContain('error');
    for (const type of ['hashes-calculated', 'file-count', 'file-uploaded', 'created'])
      expect(seen, `${CHANGED}no "${type}" event on a fresh deploy (got [${seen}])`).toContain(type);
    expect(
      seen.indexOf('hashes-calculated') < seen.indexOf('file-count') &&
        seen.indexOf('file-count') < seen.indexOf('file-uploaded') &&
        seen.lastIndexOf('file-uploaded') < seen.indexOf('created'),
      `${CHANGED}order is no longer hashes-calculated → file-count → file-uploaded… → created (got [${seen}])`,
    ).toBe(true);

    const hashes = checkHashes(only(events, 'hashes-calculated'), dir);
    // Two files with the same bytes: one record, both names (one upload serves both paths).
    expect(
      Object.values(hashes).some((f) => f.names.length === 2),
      `${CHANGED}"hashes-calculated" no longer merges identical files into one record with several names`,
    ).toBe(true);

    // The API's missing_files 400 is consumed by the client and surfaces as file-count.missing.
    const missing = checkMissing(only(events, 'file-count'), hashes);
    expect(
      [...missing].sort(),
      `${CHANGED}"file-count" payload.missing is not every sha the API lacked`,
    ).toEqual(Object.keys(hashes).sort());

    const uploaded = events.filter((e) => e.type === 'file-uploaded');
    expect(uploaded, `${CHANGED}not one "file-uploaded" event per missing file`).toHaveLength(missing.length);
    let counted = 0;
    for (const event of uploaded) {
      const file = (event.payload as Json)?.file as ClientFile | undefined;
      expect(
        file && (Buffer.isBuffer(file.data) || typeof file.size === 'number'),
        `${CHANGED}"file-uploaded" payload.file no longer carries data (Buffer) or size`,
      ).toBeTruthy();
      counted += file?.data?.length ?? file?.size ?? 0;
    }
    expect(counted, `${CHANGED}"file-uploaded" payload.file sizes do not add up to the bytes uploaded`).toBe(
      bytes,
    );

    const created = checkCreated(only(events, 'created'), 'fresh');
    const read = await api(sb, 'GET', `/v13/deployments/${created.id}`);
    expect(read.status, `${CHANGED}"created" payload.id does not name the deployment`).toBe(200);
    expect(read.body.url).toBe(created.url);

    // Stopped at created: the client does not poll (it would wait forever for alias-assigned).
    await new Promise((r) => setTimeout(r, 300));
    const log = await requests();
    expect(
      log.filter((r) => r.method === 'GET').map((r) => r.path),
      `${CHANGED}the client still polls after return() at "created"`,
    ).toEqual([`/v13/deployments/${created.id}`]); // our own read above, nothing else
    const creates = log.filter((r) => r.method === 'POST' && r.path === '/v13/deployments');
    expect(
      creates.map((r) => r.status),
      `${CHANGED}not create → missing_files 400 → create again`,
    ).toEqual([400, 200]);
    expect(
      creates[1].query,
      `${CHANGED}teamId / skipAutoDetectionConfirmation no longer sent as query`,
    ).toMatchObject({
      teamId: sb.teamId,
      skipAutoDetectionConfirmation: '1',
    });
  });

  it('a second deploy of the same tree: no file-count, no upload, one create', async () => {
    const { dir } = freshTree();
    await drive(dir, { key: 'first' });
    await api(sb, 'DELETE', '/_sandbox/requests');
    const events = await drive(dir, { key: 'second' });
    const seen = types(events);
    expect(seen, `${CHANGED}a deploy with nothing missing does not go hashes-calculated → created`).toEqual(
      expect.arrayContaining(['hashes-calculated', 'created']),
    );
    expect(seen, `${CHANGED}"file-count" appears although nothing is missing`).not.toContain('file-count');
    expect(seen).not.toContain('file-uploaded');
    checkCreated(only(events, 'created'), 'second');
    const posts = (await requests()).filter((r) => r.method === 'POST').map((r) => r.path);
    expect(posts, `${CHANGED}a deploy with nothing missing sends more than one create`).toEqual([
      '/v13/deployments',
    ]);
  });

  it('stopped at file-count (the many-files path): the client uploads nothing; upload.ts uploads from the hash records; the next round creates', async () => {
    const { dir } = freshTree();
    const events = await drive(dir, { stopAt: ['file-count', 'created', 'error'], key: 'ours' });
    expect(types(events), `${CHANGED}no "file-count" before any upload`).toEqual([
      'hashes-calculated',
      'file-count',
    ]);
    const hashes = checkHashes(events[0] as ClientEvent, dir);
    const missing = checkMissing(events[1] as ClientEvent, hashes);
    await new Promise((r) => setTimeout(r, 300));
    expect(
      (await requests()).filter((r) => r.path === '/v2/files'),
      `${CHANGED}the client still uploads after return() at "file-count"`,
    ).toEqual([]);

    // upload.ts reads `data`, or the file at names[0] when `data` is absent: exercise both.
    const records: Record<string, ClientFile> = {};
    missing.forEach((sha, i) => {
      const { data: _data, ...rest } = hashes[sha] as ClientFile;
      records[sha] = i % 2 === 0 ? (hashes[sha] as ClientFile) : rest;
    });
    const sent = await uploadMissing(missing, records, systemClock.now() + 20_000, {
      api: vercel,
      logger: silentLogger,
    });
    expect(sent.files).toBe(missing.length);

    const next = await drive(dir, { key: 'ours' });
    expect(types(next), `${CHANGED}files uploaded by upload.ts are still reported missing`).not.toContain(
      'file-count',
    );
    checkCreated(only(next, 'created'), 'ours');
  });

  it('a failing upload (503) ends in one error event: message and the API code, no status', async () => {
    const { dir } = freshTree();
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v2/files', status: 503, count: 1 },
    });
    const events = await drive(dir);
    const seen = types(events);
    expect(seen, `${CHANGED}an upload 503 no longer yields an "error" event (got [${seen}])`).toContain(
      'error',
    );
    expect(seen, `${CHANGED}the client created a deployment despite a failed upload`).not.toContain(
      'created',
    );
    const p = only(events, 'error').payload as Json;
    expect(typeof p?.message, `${CHANGED}upload "error" payload.message is not a string`).toBe('string');
    expect(p.code, `${CHANGED}upload "error" payload.code is not the API's error.code`).toBe(
      'service_unavailable',
    );
    // deploy.ts's classify() reads a status-less error as a transient failure and retries the round;
    // if the client starts reporting upload statuses, re-read classify().
    expect(
      p.status,
      `${CHANGED}upload "error" payload now carries status: re-read classify() in deploy.ts`,
    ).toBe(undefined);
  });

  it('a 429 on create: error payload with status, code, message and limit (reset)', async () => {
    const { dir } = freshTree();
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v13/deployments', status: 429, retryAfter: 30, count: 1 },
    });
    const before = Date.now();
    const events = await drive(dir);
    const p = only(events, 'error').payload as Json;
    expect(p?.status, `${CHANGED}create "error" payload.status is not the HTTP status`).toBe(429);
    expect(p.code, `${CHANGED}create "error" payload.code is not the API's error.code`).toBe('rate_limited');
    expect(typeof p.message, `${CHANGED}create "error" payload.message is not a string`).toBe('string');
    expect(
      p.limit !== null && typeof p.limit === 'object' && typeof p.limit.reset === 'number',
      `${CHANGED}create "error" payload.limit (with reset) is gone: the rate-limit wait cannot be known (the client drops Retry-After)`,
    ).toBe(true);
    expect(
      limitResetMs(p.limit),
      'limitResetMs no longer reads the limit the client hands over',
    ).toBeGreaterThan(before);
  });

  it('a refused create (unknown project): error payload with status 404, code and message', async () => {
    const { dir } = freshTree();
    const events = await drive(dir, { project: 'prj_nope' });
    const p = only(events, 'error').payload as Json;
    expect(p?.status, `${CHANGED}create "error" payload.status is not the HTTP status`).toBe(404);
    expect(p.code, `${CHANGED}create "error" payload.code is not the API's error.code`).toBe('not_found');
    expect(typeof p.message, `${CHANGED}create "error" payload.message is not a string`).toBe('string');
  });

  it('a dropped connection on create: error payload without status, with cause.code', async () => {
    const { dir } = freshTree();
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v13/deployments', drop: true, count: 1 },
    });
    const events = await drive(dir);
    const p = only(events, 'error').payload as Json;
    expect(typeof p?.message, `${CHANGED}network "error" payload.message is not a string`).toBe('string');
    expect(p.status, `${CHANGED}network "error" payload now carries a status`).toBe(undefined);
    expect(typeof p.cause?.code, `${CHANGED}network "error" payload.cause.code is gone`).toBe('string');
  });

  it('an empty directory: a warning event with a string payload', async () => {
    const dir = join(root, `empty-${++trees}`);
    mkdirSync(dir);
    const events = await drive(dir, { stopAt: ['warning', 'created', 'error'] });
    const warning = only(events, 'warning');
    expect(typeof warning.payload, `${CHANGED}"warning" payload is no longer a string`).toBe('string');
  });

  it('option errors are thrown by next(), not yielded', async () => {
    await expect(
      drive(join(root, 'does-not-exist')),
      `${CHANGED}a bad path is no longer thrown (deploy.ts turns thrown errors into "Vercel client: …")`,
    ).rejects.toThrow(/\S/);
  });
});
