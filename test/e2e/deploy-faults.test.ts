/**
 * The deploy bundle against the sandbox under injected API faults (docs/sandbox.md, "Faults"):
 * readiness polling through a run of 5xx, rate limits honoured or refused at once, resets during
 * upload, a create stored and then answered 500, and a cancel refused at the deadline.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { realpathSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, testSandbox } from '../sandbox/helpers.js';
import { errorLines, runAgainst } from '../helpers/sandbox-env.js';
import { versionedSite, writeTree } from '../helpers/site.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

interface LogEntry {
  method: string;
  path: string;
  status: number;
  time: string;
  /** The id of the sandbox fault that hit this request, when one did. */
  fault?: string;
}

const SHA = 'd'.repeat(40);

async function log(): Promise<LogEntry[]> {
  const body = (await api(sb, 'GET', '/_sandbox/requests')).body as { requests: LogEntry[] } | LogEntry[];
  return Array.isArray(body) ? body : body.requests;
}
const createRequests = async () =>
  (await log()).filter((e) => e.method === 'POST' && e.path === '/v13/deployments');
const fault = async (json: Record<string, unknown>) => {
  expect((await api(sb, 'POST', '/_sandbox/faults', { json })).status).toBe(201);
};
const deploy = async (inputs: Record<string, string> = {}, apiUrl?: string) =>
  runAgainst(
    sb,
    'deploy',
    {
      environment: 'production',
      path: await versionedSite('1'),
      ...(apiUrl ? { 'vercel-api-url': apiUrl } : {}),
      ...inputs,
    },
    // The sites are written under the temp dir: that is the workspace.
    {
      env: {
        GITHUB_SHA: SHA,
        GITHUB_RUN_ID: '900',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_WORKSPACE: realpathSync(tmpdir()),
      },
    },
  );

describe('deploy under API faults', () => {
  it('[fault] readiness polling survives 10 consecutive 503s and ends READY with one deployment', async () => {
    await fault({ endpoint: 'GET /v13/deployments/*', status: 503, count: 10 });
    const r = await deploy();
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const id = r.outputs['deployment-id'] as string;
    expect((await api(sb, 'GET', `/v13/deployments/${id}`)).body.readyState).toBe('READY');
    const polls = (await log()).filter((e) => e.method === 'GET' && e.path === `/v13/deployments/${id}`);
    expect(polls.slice(0, 10).map((e) => e.status)).toEqual(Array(10).fill(503));
    expect(polls.at(-1)?.status).toBe(200);
    expect((await createRequests()).filter((e) => e.status < 300)).toHaveLength(1);
  });

  it('[fault] a 429 with Retry-After on create is waited out, then one deployment is created', async () => {
    // 2 s, longer than the 1–2 s round backoff it replaces, so a wait that ignores it shows.
    await fault({ endpoint: 'POST /v13/deployments', status: 429, retryAfter: 2, count: 1 });
    const r = await deploy();
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const creates = await createRequests();
    expect(creates[0]?.status).toBe(429);
    expect(creates.filter((e) => e.status < 300)).toHaveLength(1);
    const waited = Date.parse(creates[1]?.time ?? '') - Date.parse(creates[0]?.time ?? '');
    expect(waited).toBeGreaterThanOrEqual(2000);
  });

  it('[fault] a Retry-After past the deadline on create fails at once, naming when, after one create', async () => {
    await fault({ endpoint: 'POST /v13/deployments', status: 429, retryAfter: 3600, count: 1 });
    const before = Date.now();
    const r = await deploy({ timeout: '2m' });
    expect(r.exitCode).toBe(1);
    const [line] = errorLines(r);
    const until = /rate limited until (\d{4}-\d\d-\d\dT[\d:.]+Z)/.exec(line ?? '')?.[1];
    expect(until, line).toBeDefined();
    expect(Date.parse(until as string) - before).toBeGreaterThan(3500_000);
    expect(await createRequests()).toHaveLength(1);
  });

  it('[fault] a Retry-After past the deadline on uploads stops every upload and round at once', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [`page-${i}/index.html`, `<p>page ${i}</p>`]),
    );
    await fault({ endpoint: 'POST /v2/files', status: 429, retryAfter: 3600 });
    const r = await deploy({
      path: await writeTree({ 'index.html': '<p>home</p>', ...files }),
      timeout: '2m',
    });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)[0]).toMatch(/rate limited until \d{4}-/);
    const entries = await log();
    // One round: the create that reported the missing files, and at most one batch of uploads.
    expect(entries.filter((e) => e.method === 'POST' && e.path === '/v13/deployments')).toHaveLength(1);
    expect(entries.filter((e) => e.path === '/v2/files').length).toBeLessThanOrEqual(64);
  });

  it('[fault] a connection reset during upload is retried', async () => {
    await fault({ endpoint: 'POST /v2/files', drop: true, count: 1 });
    const r = await deploy();
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const uploads = (await log()).filter((e) => e.path === '/v2/files');
    // Exactly one upload was dropped by the fault (others may show status 0 too: uploads still in
    // flight when the first failure stopped the batch, before the retry).
    expect(uploads.filter((e) => e.fault !== undefined)).toHaveLength(1);
    expect(uploads.filter((e) => e.status === 200).length).toBeGreaterThan(0);
    expect((await createRequests()).filter((e) => e.status < 300)).toHaveLength(1);
  });

  it('[fault] a create that was stored and then answered 500 is found again, not duplicated', async () => {
    // The sandbox's faults answer instead of the handler; this proxy lets the create through and
    // turns its first successful answer into a 500, as an API failing after the write would.
    const proxy = await storedThen500(sb.api);
    try {
      const r = await deploy({}, proxy.origin);
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(proxy.replaced).toBe(1);
      const stored = (await createRequests()).filter((e) => e.status < 300);
      expect(stored).toHaveLength(1);
      const all = (await api(sb, 'GET', `/v6/deployments?projectId=${sb.projectId}&limit=100`)).body
        .deployments as { uid: string }[];
      expect(all.map((d) => d.uid)).toEqual([r.outputs['deployment-id']]);
    } finally {
      await proxy.close();
    }
  });

  it('[fault] a cancel refused at the deadline is reported as refused, not as cancelled', async () => {
    await fault({ nextDeployment: { build: 'stuck' } });
    await fault({
      endpoint: 'PATCH /v12/deployments/*/cancel',
      status: 400,
      code: 'deployment_not_cancelable',
      count: 1,
    });
    const r = await deploy({ timeout: '3s' });
    expect(r.exitCode).toBe(1);
    const [line] = errorLines(r);
    expect(line).toMatch(
      /^::error::deployment dpl_\w+ did not become READY before the deadline; the cancel request was refused \(HTTP 400 deployment_not_cancelable: .+\), so it was not cancelled$/,
    );
    expect(line).not.toContain('it was cancelled');
  });
});

/** A pass-through proxy to `target` that answers the first 2xx `POST /v13/deployments` with a 500. */
async function storedThen500(
  target: string,
): Promise<{ origin: string; replaced: number; close(): Promise<void> }> {
  const upstream = new URL(target);
  const state = { replaced: 0 };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            const path = (req.url ?? '').split('?')[0];
            const status = up.statusCode ?? 502;
            if (
              req.method === 'POST' &&
              path === '/v13/deployments' &&
              status < 300 &&
              state.replaced === 0
            ) {
              state.replaced++;
              res.writeHead(500, { 'content-type': 'application/json' });
              res.end(
                JSON.stringify({ error: { code: 'internal_server_error', message: 'An unexpected error' } }),
              );
              return;
            }
            res.writeHead(status, up.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get replaced() {
      return state.replaced;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
