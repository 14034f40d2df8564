/**
 * The HTTP client's transport (src/http/transport.ts): keep-alive connections shared by concurrent
 * requests, what it sends by default, content codings undone as `fetch` did, the per-attempt timeout
 * over the body, aborts and resets, the Fetch-style response headers, and a `fetch` given instead.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/client.js';
import { HttpError } from '../../src/http/errors.js';
import { ResponseHeaders } from '../../src/http/headers.js';
import { manualClock } from '../../src/runtime/clock.js';

interface Site {
  url: string;
  /** TCP connections accepted so far. */
  connections(): number;
  /** Request headers in arrival order. */
  received: IncomingMessage['headers'][];
  close(): Promise<void>;
}

let open: Server[] = [];
afterEach(async () => {
  await Promise.all(
    open.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
  open = [];
});

/** A loopback server that counts connections and records request headers. */
async function site(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Site> {
  let connections = 0;
  const received: IncomingMessage['headers'][] = [];
  const server = createServer((req, res) => {
    received.push(req.headers);
    handler(req, res);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push(server);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    connections: () => connections,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const client = (options: ConstructorParameters<typeof HttpClient>[0] = {}) =>
  new HttpClient({ clock: manualClock(), retries: 0, ...options });

/** Runs `count` tasks, at most `width` at once. */
async function inWaves(count: number, width: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

describe('connections', () => {
  it('reuses keep-alive connections: 48 requests, 8 at a time, open at most 8', async () => {
    const server = await site((_req, res) => setTimeout(() => res.end('ok'), 5));
    const http = client();
    await inWaves(48, 8, async (index) => {
      const res = await http.request({ url: `${server.url}p/${index}` });
      expect(res.text()).toBe('ok');
    });
    expect(server.received).toHaveLength(48);
    expect(server.connections()).toBeLessThanOrEqual(8);
    // A later round of the same client finds them still open.
    const before = server.connections();
    await inWaves(16, 8, async (index) => {
      await http.request({ url: `${server.url}q/${index}` });
    });
    expect(server.connections()).toBe(before);
  });

  it('closes a connection whose body was cut at the cap instead of reusing it', async () => {
    const server = await site((_req, res) => res.end('x'.repeat(10_000)));
    const http = client({ maxBodyBytes: 100 });
    const first = await http.request({ url: server.url });
    expect(first.truncated).toBe(true);
    const second = await http.request({ url: server.url });
    expect(second.body.length).toBe(100);
    expect(server.connections()).toBe(2);
  });
});

describe('request defaults', () => {
  it("sends fetch's defaults, a caller's header replacing one in any spelling", async () => {
    const server = await site((req, res) => {
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    const http = client({ userAgent: 'greenlight-test' });
    await http.request({ url: server.url });
    await http.request({ url: server.url, method: 'POST', body: 'plain text' });
    await http.request({ url: server.url, method: 'POST', json: { a: 1 } });
    await http.request({
      url: server.url,
      headers: { 'User-Agent': 'custom', Accept: 'text/html', 'Content-Type': 'text/csv' },
      method: 'PUT',
      body: 'a,b',
    });
    const [get, text, json, custom] = server.received;
    expect(get).toMatchObject({
      accept: '*/*',
      'accept-encoding': 'gzip, deflate',
      'user-agent': 'greenlight-test',
    });
    expect(get?.['content-type']).toBeUndefined();
    expect(text).toMatchObject({ 'content-type': 'text/plain;charset=UTF-8', 'content-length': '10' });
    expect(json).toMatchObject({ 'content-type': 'application/json', 'content-length': '7' });
    expect(custom).toMatchObject({ 'user-agent': 'custom', accept: 'text/html', 'content-type': 'text/csv' });
  });
});

describe('content codings', () => {
  const text = 'hello, compressed world\n'.repeat(500);
  const encoders: Record<string, (body: Buffer) => Buffer> = {
    gzip: gzipSync,
    'x-gzip': gzipSync,
    deflate: deflateSync,
    br: brotliCompressSync,
  };

  /** Serves `text` encoded as `?coding=` names (`raw-deflate`: deflate without the zlib wrapper). */
  const encodingSite = () =>
    site((req, res) => {
      const coding = new URL(req.url ?? '/', 'http://x').searchParams.get('coding') ?? '';
      if (coding === 'raw-deflate') {
        res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateRawSync(text));
        return;
      }
      let body: Buffer = Buffer.from(text);
      for (const name of coding.split(',').map((part) => part.trim())) {
        const encode = encoders[name];
        if (encode) body = encode(body);
      }
      res.writeHead(200, { 'content-encoding': coding }).end(req.method === 'HEAD' ? undefined : body);
    });

  it.each(['gzip', 'x-gzip', 'deflate', 'raw-deflate', 'br', 'gzip, br', 'deflate,gzip'])(
    'undoes %s',
    async (coding) => {
      const server = await encodingSite();
      const res = await client().request({ url: `${server.url}?coding=${encodeURIComponent(coding)}` });
      expect(res.text()).toBe(text);
      expect(res.truncated).toBe(false);
    },
  );

  it('leaves a body with an unknown coding as sent, and caps the decoded size', async () => {
    const server = await encodingSite();
    const unknown = await client().request({ url: `${server.url}?coding=${encodeURIComponent('gzip, zz')}` });
    expect(unknown.body.equals(gzipSync(Buffer.from(text)))).toBe(true);

    const capped = await client({ maxBodyBytes: 1000 }).request({ url: `${server.url}?coding=gzip` });
    expect(capped.truncated).toBe(true);
    expect(capped.text()).toBe(text.slice(0, 1000));
  });

  it('reads nothing to decode in an answer to HEAD', async () => {
    const server = await encodingSite();
    const res = await client().request({ url: `${server.url}?coding=gzip`, method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it('a corrupt body is a network failure', async () => {
    const server = await site((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all');
    });
    const error = (await client()
      .request({ url: server.url })
      .catch((error: unknown) => error)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('network');
    expect(error.detail).toBe('connection failed (Z_DATA_ERROR)');
  });
});

describe('failures', () => {
  it('times out an answer whose body stalls after the headers', async () => {
    const server = await site((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('part of it');
    });
    const error = (await client({ timeoutMs: 100 })
      .request({ url: server.url })
      .catch((error: unknown) => error)) as HttpError;
    expect(error.kind).toBe('timeout');
    expect(error.detail).toBe('no answer within 100 ms');
  });

  it("stops reading a body when the caller's signal aborts", async () => {
    const server = await site((_req, res) => {
      res.writeHead(200);
      res.write('first part');
    });
    const abort = new AbortController();
    const pending = client().request({ url: server.url, signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    const error = (await pending.catch((error: unknown) => error)) as HttpError;
    expect(error.kind).toBe('aborted');
  });

  it('names a reset connection by its code', async () => {
    const server = await site((req) => req.socket.destroy());
    const error = (await client()
      .request({ url: server.url })
      .catch((error: unknown) => error)) as HttpError;
    expect(error.kind).toBe('network');
    expect(error.detail).toBe('connection failed (ECONNRESET)');
  });

  it('refuses a protocol other than http and https', async () => {
    const error = (await client()
      .request({ url: 'ftp://127.0.0.1/file' })
      .catch((error: unknown) => error)) as HttpError;
    expect(error.kind).toBe('network');
    expect(error.detail).toBe('connection failed (ERR_INVALID_PROTOCOL)');
  });
});

describe('response headers', () => {
  it('reads repeated headers as Fetch does, set-cookie one by one', async () => {
    const server = await site((_req, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.setHeader('x-many', ['one', 'two']);
      res.setHeader('X-Upper', 'Value');
      res.end('ok');
    });
    const { headers } = await client().request({ url: server.url });
    expect(headers).toBeInstanceOf(ResponseHeaders);
    expect(headers.get('x-many')).toBe('one, two');
    expect(headers.get('X-UPPER')).toBe('Value');
    expect(headers.has('x-upper')).toBe(true);
    expect(headers.get('missing')).toBeNull();
    expect(headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    const entries = [...headers].filter(([name]) => name.startsWith('x-') || name === 'set-cookie');
    expect(entries).toEqual([
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
      ['x-many', 'one, two'],
      ['x-upper', 'Value'],
    ]);
    const seen: string[] = [];
    headers.forEach((value, name) => seen.push(`${name}=${value}`));
    expect(seen).toContain('x-many=one, two');
    // Handed to `Response`, as asFetch does, it converts like a `Headers`.
    expect(new Response(null, { headers }).headers.get('x-many')).toBe('one, two');
  });
});

describe('a fetch given instead', () => {
  it('sends every hop through it, redirects still followed by the client', async () => {
    const server = await site((req, res) => {
      if (req.url === '/start') res.writeHead(302, { location: '/end' }).end();
      else res.end(`at ${req.url}`);
    });
    const calls: Array<{ url: string; redirect: string | undefined }> = [];
    const http = client({
      fetch: (input, init) => {
        calls.push({ url: String(input), redirect: init?.redirect });
        return globalThis.fetch(input, init);
      },
    });
    const res = await http.request({ url: `${server.url}start` });
    expect(res.text()).toBe('at /end');
    expect(res.redirected).toBe(true);
    expect(calls).toEqual([
      { url: `${server.url}start`, redirect: 'manual' },
      { url: `${server.url}end`, redirect: 'manual' },
    ]);
  });
});
