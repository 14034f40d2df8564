/**
 * Transient/permanent classification of HTTP failures, Retry-After (RFC 9110 §10.2.3) beyond the
 * deadline, and secrets scrubbed from HTTP error messages.
 */
import { vercelErrorFormat } from '../../src/deploy/vercel/errors.js';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/client.js';
import { HttpError, isTransient, isTransientStatus } from '../../src/http/errors.js';
import { manualClock } from '../../src/runtime/clock.js';
import { clearSecrets, encodedForms, registerSecret, scrubSecrets } from '../../src/runtime/secrets.js';
import { type TestServer, closedPort, sendJson, startServer } from '../helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  clearSecrets();
});

const statusError = (status: number) =>
  new HttpError('GET http://x/', `answered ${status}`, 'status', 1, status);

describe('transient or permanent', () => {
  it('5xx (but 501, 505), 408, 425, 429, timeouts, resets and rate limits are transient', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504, 599]) {
      expect(isTransientStatus(status), String(status)).toBe(true);
      expect(isTransient(statusError(status)), String(status)).toBe(true);
    }
    expect(isTransient(new HttpError('GET x', 'no answer', 'timeout', 1))).toBe(true);
    expect(isTransient(new HttpError('GET x', 'connection failed (ECONNRESET)', 'network', 1))).toBe(true);
    expect(isTransient(new HttpError('GET x', 'rate limited', 'rate_limited', 1, 429))).toBe(true);
  });

  it('other 4xx, 501, 505, deadline, aborted and non-HTTP errors are permanent', () => {
    for (const status of [400, 401, 403, 404, 409, 422, 501, 505]) {
      expect(isTransient(statusError(status)), String(status)).toBe(false);
    }
    expect(statusError(404).notFound).toBe(true);
    expect(statusError(400).refused).toBe(true);
    expect(statusError(429).refused).toBe(false);
    expect(isTransient(new HttpError('GET x', 'deadline', 'deadline', 3))).toBe(false);
    expect(isTransient(new HttpError('GET x', 'aborted', 'aborted', 1))).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
  });

  it('requestJson carries the API error code and status, so a caller can name the input', async () => {
    server = await startServer((_req, res) =>
      sendJson(res, 404, { error: { code: 'not_found', message: 'Deployment not found' } }),
    );
    const error = (await new HttpClient({ clock: manualClock() })
      .requestJson({ url: `${server.origin}/v13/deployments/dpl_nope` }, vercelErrorFormat)
      .catch((e: unknown) => e)) as HttpError;
    expect(error).toMatchObject({ kind: 'status', status: 404, code: 'not_found', notFound: true });
    expect(isTransient(error)).toBe(false);
  });
});

describe('Retry-After beyond the deadline', () => {
  it('fails at once with the time it names, sending nothing more, for seconds and for an HTTP date', async () => {
    const clock = manualClock();
    const at = new Date(clock.now() + 3_600_000);
    for (const value of ['3600', at.toUTCString()]) {
      server = await startServer((_req, res) => sendJson(res, 503, {}, { 'retry-after': value }));
      const http = new HttpClient({ clock, maxRetryAfterMs: 10 * 3_600_000 });
      const error = (await http
        .request({ url: server.url, deadline: clock.now() + 120_000 })
        .catch((e: unknown) => e)) as HttpError;
      expect(error.kind).toBe('rate_limited');
      expect(error.message).toContain(`rate limited until ${at.toISOString()}`);
      expect(error.retryAt).toBe(at.getTime());
      expect(isTransient(error)).toBe(true);
      expect(server.requests).toHaveLength(1);
      expect(clock.slept).toEqual([]);
      await server.close();
      server = undefined;
    }
  });

  it('a Retry-After within the deadline is waited out exactly', async () => {
    let n = 0;
    server = await startServer((_req, res) =>
      n++ === 0 ? sendJson(res, 503, {}, { 'retry-after': '7' }) : sendJson(res, 200, { ok: true }),
    );
    const clock = manualClock();
    const res = await new HttpClient({ clock }).request({ url: server.url, deadline: clock.now() + 60_000 });
    expect(res.status).toBe(200);
    expect(clock.slept).toEqual([7000]);
  });

  it('a status error keeps the Retry-After the last answer carried', async () => {
    server = await startServer((_req, res) => sendJson(res, 429, {}, { 'retry-after': '5' }));
    const clock = manualClock();
    const error = (await new HttpClient({ clock })
      .requestJson({ url: server.url, retries: 0 })
      .catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('status');
    expect(error.retryAt).toBe(clock.now() + 5000);
  });

  it('a refused connection is transient and named by its code', async () => {
    const port = await closedPort();
    const error = (await new HttpClient({ clock: manualClock(), retries: 0 })
      .request({ url: `http://127.0.0.1:${port}/` })
      .catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('network');
    expect(isTransient(error)).toBe(true);
  });
});

describe('secrets in HTTP error messages', () => {
  it("scrubs the request's own credentials and registered secrets, raw, base64 and URL-encoded", async () => {
    const token = 'tok/SENTINEL+1=';
    const bypass = 'bypass-SENTINEL-value';
    registerSecret(bypass);
    server = await startServer((req, res) => {
      const auth = String(req.headers.authorization);
      sendJson(res, 401, {
        error: {
          code: 'forbidden',
          message: `got ${auth} ${Buffer.from(auth).toString('base64')} ${encodeURIComponent(token)} ${bypass} ${Buffer.from(`x:${bypass}`).toString('base64')}`,
        },
      });
    });
    const error = (await new HttpClient({ clock: manualClock() })
      .requestJson({ url: server.url, headers: { authorization: `Bearer ${token}` } }, vercelErrorFormat)
      .catch((e: unknown) => e)) as HttpError;
    expect(error.code).toBe('forbidden');
    for (const secret of [token, bypass]) {
      for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')]) {
        expect(error.message).not.toContain(form);
      }
    }
    expect(error.message).not.toContain(Buffer.from(`Bearer ${token}`).toString('base64').slice(12, -2));
    expect(error.message).not.toContain(Buffer.from(`x:${bypass}`).toString('base64').slice(4, -2));
    expect(error.message).toContain('***');
  });

  it('the scrubber finds a secret at any byte offset inside base64 text', () => {
    const secret = 'a-secret-of-some-length';
    registerSecret(secret);
    for (const prefix of ['', 'u', 'us', 'usr:']) {
      const b64 = Buffer.from(`${prefix}${secret}!`).toString('base64');
      expect(scrubSecrets(b64), prefix).toContain('***');
    }
    expect(encodedForms(secret)).toContain(encodeURIComponent(secret));
    expect(scrubSecrets('nothing here')).toBe('nothing here');
  });
});
