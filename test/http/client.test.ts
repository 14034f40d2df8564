import { afterEach, describe, expect, it } from 'vitest';
import { vercelErrorFormat } from '../../src/deploy/vercel/errors.js';
import { HttpClient } from '../../src/http/client.js';
import { HttpError } from '../../src/http/errors.js';
import { backoffMs, retryAfterMs } from '../../src/http/retry-after.js';
import { manualClock } from '../../src/runtime/clock.js';
import { type TestServer, closedPort, sendJson, startServer } from '../helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server answering each request with the next scripted [status, headers]. */
async function scripted(script: Array<[number, Record<string, string>?]>): Promise<TestServer> {
  let i = 0;
  return startServer((_req, res) => {
    const [status, headers] = script[Math.min(i++, script.length - 1)] as [number, Record<string, string>?];
    sendJson(res, status, { n: i }, headers);
  });
}

describe('retryAfterMs', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it('reads seconds, HTTP dates and GitHub rate-limit resets', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(now + 5000).toUTCString() }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(now - 5000).toUTCString() }), now)).toBe(0);
    expect(
      retryAfterMs(
        new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }),
        now,
      ),
    ).toBe(30_000);
    expect(
      retryAfterMs(new Headers({ 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': '1' }), now),
    ).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });
  it('backs off with full jitter under a doubling ceiling', () => {
    expect(backoffMs(1, 500, 10_000, () => 0.999)).toBe(499);
    expect(backoffMs(3, 500, 10_000, () => 0.5)).toBe(1000);
    expect(backoffMs(10, 500, 10_000, () => 0.999)).toBe(9990);
    expect(backoffMs(2, 500, 10_000, () => 0)).toBe(0);
  });
});

describe('HttpClient', () => {
  it('retries 429 honouring Retry-After, then succeeds', async () => {
    server = await scripted([[429, { 'retry-after': '2' }], [429, { 'retry-after': '2' }], [200]]);
    const clock = manualClock();
    const http = new HttpClient({ clock });
    const res = await http.request({ url: server.url });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
    expect(clock.slept).toEqual([2000, 2000]);
  });

  it('fails at once when Retry-After is beyond the cap or the deadline', async () => {
    server = await scripted([[429, { 'retry-after': '3600' }]]);
    const clock = manualClock();
    const http = new HttpClient({ clock, maxRetryAfterMs: 60_000 });
    const error = await http.request({ url: server.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('rate_limited');
    expect((error as HttpError).message).toMatch(/rate limited until 2026-01-01T01:00:00.000Z/);
    expect(server.requests).toHaveLength(1);

    server.requests.length = 0;
    const byDeadline = new HttpClient({ clock, maxRetryAfterMs: 10_000_000 });
    const e2 = await byDeadline
      .request({ url: server.url, deadline: clock.now() + 10_000 })
      .catch((e: unknown) => e);
    expect((e2 as HttpError).kind).toBe('rate_limited');
    expect(server.requests).toHaveLength(1);
    expect(clock.slept).toEqual([]);
  });

  it('retries 5xx on GET with jittered backoff and returns the last answer when retries run out', async () => {
    server = await scripted([[502], [503], [503], [503]]);
    const clock = manualClock();
    const http = new HttpClient({ clock, random: () => 0.5, baseDelayMs: 100 });
    const res = await http.request({ url: server.url, retries: 2 });
    expect(res.status).toBe(503);
    expect(res.attempts).toBe(3);
    expect(clock.slept).toEqual([50, 100]);
  });

  it('does not repeat a POST after an ambiguous 503, but does after a 429', async () => {
    server = await scripted([[503], [200]]);
    const http = new HttpClient({ clock: manualClock() });
    expect((await http.request({ url: server.url, method: 'POST', json: {} })).status).toBe(503);
    expect(server.requests).toHaveLength(1);
    await server.close();

    server = await scripted([[429, { 'retry-after': '1' }], [201]]);
    expect((await http.request({ url: server.url, method: 'POST', json: { a: 1 } })).status).toBe(201);
    expect(server.requests.map((r) => r.body)).toEqual(['{"a":1}', '{"a":1}']);

    await server.close();
    server = await scripted([[503], [200]]);
    expect((await http.request({ url: server.url, method: 'POST', idempotent: true })).status).toBe(200);
  });

  it('retries refused connections even for POST (never sent), and reports them by code', async () => {
    const port = await closedPort();
    const clock = manualClock();
    const http = new HttpClient({ clock, retries: 2 });
    const error = (await http
      .request({ url: `http://127.0.0.1:${port}/x?token=secret`, method: 'POST' })
      .catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('network');
    expect(error.attempts).toBe(3);
    expect(error.message).toBe(
      `POST http://127.0.0.1:${port}/x: connection failed (ECONNREFUSED) after 3 attempts`,
    );
    expect(error.message).not.toContain('secret');
    expect(clock.slept).toHaveLength(2);
  });

  it('times out a slow attempt and retries it', async () => {
    let calls = 0;
    server = await startServer((_req, res) => {
      calls++;
      if (calls === 1) setTimeout(() => sendJson(res, 200, { slow: true }), 1000);
      else sendJson(res, 200, { slow: false });
    });
    const http = new HttpClient({ clock: manualClock(), timeoutMs: 100 });
    const res = await http.request({ url: server.url });
    expect(res.json()).toEqual({ slow: false });
    expect(res.attempts).toBe(2);

    calls = 0; // the next request is the slow one again
    const once = new HttpClient({ clock: manualClock(), timeoutMs: 100, retries: 0 });
    const error = (await once.request({ url: server.url }).catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('timeout');
    expect(error.detail).toBe('no answer within 100 ms');
  });

  it('stops at the overall deadline', async () => {
    server = await scripted([[503]]);
    const clock = manualClock();
    const http = new HttpClient({ clock, baseDelayMs: 1000, random: () => 0.99 });
    const res = await http.request({ url: server.url, retries: 10, deadline: clock.now() + 2500 });
    expect(res.status).toBe(503);
    expect(clock.now()).toBeLessThanOrEqual(Date.UTC(2026, 0, 1) + 2500);
    expect(server.requests.length).toBeLessThan(4);
  });

  it('follows redirects, keeping secret headers on the origin and dropping them elsewhere', async () => {
    const other = await startServer((_req, res) => sendJson(res, 200, { where: 'other' }));
    server = await startServer((req, res) => {
      if (req.url === '/start') {
        res.writeHead(302, { location: '/same' }).end();
      } else if (req.url === '/same') {
        res.writeHead(307, { location: `${other.origin}/elsewhere` }).end();
      } else sendJson(res, 404, {});
    });
    try {
      const http = new HttpClient({ clock: manualClock() });
      const res = await http.request({
        url: `${server.origin}/start`,
        headers: { 'x-vercel-protection-bypass': 's3cret', authorization: 'Bearer t' },
        secretHeaders: ['x-vercel-protection-bypass'],
      });
      expect(res.json()).toEqual({ where: 'other' });
      expect(res.redirected).toBe(true);
      expect(res.url).toBe(`${other.origin}/elsewhere`);
      expect(server.requests.map((r) => r.headers['x-vercel-protection-bypass'])).toEqual([
        's3cret',
        's3cret',
      ]);
      expect(other.requests[0]?.headers['x-vercel-protection-bypass']).toBeUndefined();
      expect(other.requests[0]?.headers.authorization).toBeUndefined();

      const manual = await http.request({ url: `${server.origin}/start`, redirect: 'manual' });
      expect(manual.status).toBe(302);
      expect(manual.headers.get('location')).toBe('/same');
    } finally {
      await other.close();
    }
  });

  it('requestJson throws the API error message with the status', async () => {
    server = await startServer((_req, res) =>
      sendJson(res, 403, { error: { code: 'forbidden', message: 'Not authorized' } }),
    );
    const http = new HttpClient({ clock: manualClock() });
    const error = (await http
      .requestJson({ url: `${server.origin}/v9/projects/p?teamId=t` }, vercelErrorFormat)
      .catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('status');
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      `GET ${server.origin}/v9/projects/p: answered 403: Not authorized (forbidden)`,
    );
  });

  it('requestJson without an error format reads nothing from the body: the status alone', async () => {
    server = await startServer((_req, res) =>
      sendJson(res, 403, { error: { code: 'forbidden', message: 'Not authorized' } }),
    );
    const error = (await new HttpClient({ clock: manualClock() })
      .requestJson({ url: `${server.origin}/v9/projects/p` })
      .catch((e: unknown) => e)) as HttpError;
    expect(error.message).toBe(`GET ${server.origin}/v9/projects/p: answered 403`);
    expect(error.code).toBeUndefined();
    expect(error.body).toEqual({ error: { code: 'forbidden', message: 'Not authorized' } });
  });

  it('asFetch gives libraries a fetch with our retries', async () => {
    server = await scripted([[502], [200]]);
    const fetchLike = new HttpClient({ clock: manualClock() }).asFetch();
    const res = await fetchLike(server.url, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ n: 2 });
    expect(res.url).toBe(server.url);
  });

  it('caps how much of a body it reads', async () => {
    server = await startServer((_req, res) => res.end('x'.repeat(10_000)));
    const res = await new HttpClient({ maxBodyBytes: 100 }).request({ url: server.url });
    expect(res.body.length).toBe(100);
    expect(res.truncated).toBe(true);
  });
});
