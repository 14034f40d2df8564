import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/client.js';
import { parseChecks } from '../../src/probes/check.js';
import { type ProbeOptions, checkUrl, runChecks } from '../../src/probes/engine.js';
import { parseStatusSet } from '../../src/probes/status.js';
import { manualClock } from '../../src/runtime/clock.js';
import { type TestServer, closedPort, startServer } from '../helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const options = (base: string, over: Partial<ProbeOptions> = {}): ProbeOptions => ({
  baseUrl: new URL(base),
  timeoutMs: 2000,
  retries: 3,
  retryOnStatus: parseStatusSet('429, 5xx'),
  retryOnAssertion: false,
  followRedirects: true,
  clock: manualClock(),
  ...over,
});
const run = (yaml: string, opts: ProbeOptions, concurrency = 8, failFast = false) =>
  runChecks(parseChecks(yaml, 'x'), opts, new HttpClient({ clock: opts.clock }), {
    concurrency,
    failFast,
  });

describe('checkUrl', () => {
  it('keeps the base path prefix and the check query', () => {
    expect(checkUrl(new URL('https://x.dev/app'), '/health?full=1').href).toBe(
      'https://x.dev/app/health?full=1',
    );
    expect(checkUrl(new URL('https://x.dev/'), '/').href).toBe('https://x.dev/');
  });
});

describe('runChecks', () => {
  it('retries retry-on-status answers honouring Retry-After, then passes', async () => {
    let n = 0;
    server = await startServer((_req, res) => {
      n++;
      if (n <= 2) res.writeHead(503, { 'retry-after': '1' }).end('warming up');
      else res.end('ok');
    });
    const clock = manualClock();
    const [result] = await runChecks(
      parseChecks('[/]', 'x'),
      options(server.url, { clock }),
      new HttpClient({ clock }),
      {
        concurrency: 1,
        failFast: false,
      },
    );
    expect(result).toMatchObject({ outcome: 'passed', status: 200, attempts: 3 });
    expect(clock.slept).toEqual([1000, 1000]);
  });

  it('does not retry a failed assertion unless asked', async () => {
    let n = 0;
    server = await startServer((_req, res) => res.end(++n >= 2 ? 'ready' : 'starting'));
    const [once] = await run('- path: /\n  expect: { body-contains: ready }', options(server.url));
    expect(once).toMatchObject({
      outcome: 'failed',
      attempts: 1,
      reasons: ['body does not contain "ready"'],
    });
    const [retried] = await run(
      '- path: /\n  expect: { body-contains: ready }',
      options(server.url, { retryOnAssertion: true }),
    );
    expect(retried).toMatchObject({ outcome: 'passed', attempts: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it('404 during warm-up is retried only when retry-on-status includes it', async () => {
    let n = 0;
    server = await startServer((_req, res) => res.writeHead(++n === 1 ? 404 : 200).end());
    const [plain] = await run('[/]', options(server.url));
    expect(plain).toMatchObject({ outcome: 'failed', status: 404 });
    n = 0;
    const [warm] = await run('[/]', options(server.url, { retryOnStatus: parseStatusSet('404, 429, 5xx') }));
    expect(warm).toMatchObject({ outcome: 'passed', attempts: 2 });
  });

  it('a status the check expects is never retried, even one retry-on-status lists (a check of the 404 page)', async () => {
    server = await startServer((_req, res) => res.writeHead(404).end('not here'));
    const warmUp = { retryOnStatus: parseStatusSet('404, 429, 5xx'), retries: 3 };
    const [missing] = await run('[{ path: /nope, expect: { status: 404 } }]', options(server.url, warmUp));
    expect(missing).toMatchObject({ outcome: 'passed', status: 404, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('reports refused connections and timeouts as errors after the retries', async () => {
    const port = await closedPort();
    const [refused] = await run('[/]', options(`http://127.0.0.1:${port}`, { retries: 2 }));
    expect(refused).toMatchObject({ outcome: 'error', attempts: 3, status: undefined });
    expect(refused?.reasons[0]).toMatch(/ECONNREFUSED/);

    server = await startServer((_req, res) => setTimeout(() => res.end('late'), 1000));
    const [slow] = await run('[/]', options(server.url, { timeoutMs: 100, retries: 1 }));
    expect(slow).toMatchObject({
      outcome: 'error',
      attempts: 2,
      reasons: ['no answer within 100 ms after 2 attempts'],
    });
  });

  it('follows redirects, or judges the 3xx itself when told not to', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
      else res.end(`at ${req.url}`);
    });
    const [followed] = await run('- path: /old\n  expect: { body-contains: at /new }', options(server.url));
    expect(followed?.outcome).toBe('passed');
    const [manual] = await run(
      '- path: /old\n  expect: { status: 301, headers: { location: /new } }',
      options(server.url, { followRedirects: false }),
    );
    expect(manual).toMatchObject({ outcome: 'passed', status: 301 });
  });

  it('sends the protection bypass header', async () => {
    server = await startServer((req, res) =>
      res.writeHead(req.headers['x-vercel-protection-bypass'] === 'byp' ? 200 : 401).end(),
    );
    const [ok] = await run('[/]', options(server.url, { protectionBypass: 'byp' }));
    const [denied] = await run('[/]', options(server.url));
    expect(ok?.outcome).toBe('passed');
    expect(denied).toMatchObject({ outcome: 'failed', status: 401 });
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    server = await startServer((_req, res) => setTimeout(() => res.end('ok'), 30));
    const checks = Array.from({ length: 20 }, (_, i) => `- /p${i}`).join('\n');
    const results = await run(checks, options(server.url), 3);
    expect(results.every((r) => r.outcome === 'passed')).toBe(true);
    expect(server.maxInFlight).toBe(3);
    expect(results.map((r) => r.path)).toEqual(Array.from({ length: 20 }, (_, i) => `/p${i}`));
  });

  it('fail-fast skips checks not yet started', async () => {
    server = await startServer((req, res) => res.writeHead(req.url === '/bad' ? 500 : 200).end());
    const results = await run('- /bad\n- /a\n- /b', options(server.url, { retries: 0 }), 1, true);
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'skipped', 'skipped']);
    expect(server.requests).toHaveLength(1);
  });
});
