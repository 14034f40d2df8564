import { execFile, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../src/runtime/logger.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { issueServerCertificate } from '../../src/sandbox/tls.js';
import { api, deploy, deployReady, testSandbox, waitFor } from './helpers.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Whether the answer came over TLS. */
  encrypted: boolean;
}

/**
 * One request with Node's own client on a fresh connection: `http:` or `https:` by the URL. For
 * https, `ca` (PEM) is the only CA trusted (Node's bundled roots otherwise), and `servername`
 * the name the certificate is checked against (default: the URL's host).
 */
function request(
  url: string,
  options: { ca?: string; headers?: Record<string, string>; servername?: string } = {},
): Promise<Answer> {
  const target = new URL(url);
  const tlsOptions = target.protocol === 'https:' ? { ca: options.ca, servername: options.servername } : {};
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(target, { headers: options.headers, agent: false, ...tlsOptions }, (res) => {
      const encrypted = (res.socket as Partial<TLSSocket>).encrypted === true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          encrypted,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Rejects with the error a request to `url` fails with (fails the test when it succeeds). */
async function requestError(
  url: string,
  options: Parameters<typeof request>[1] = {},
): Promise<NodeJS.ErrnoException> {
  const outcome = await request(url, options).then(
    (answer) => ({ answer }),
    (error: unknown) => ({ error: error as NodeJS.ErrnoException }),
  );
  if ('answer' in outcome) throw new Error(`expected ${url} to fail, got HTTP ${outcome.answer.status}`);
  return outcome.error;
}

/** Runs a program and resolves with its exit code (0 on success), stdout and stderr. */
function run(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const asHttps = (origin: string): string => origin.replace(/^http:/, 'https:');

const dirs: string[] = [];
function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-tls-test-'));
  dirs.push(dir);
  return dir;
}

let sb: Sandbox;
let ca: string;
let auth: Record<string, string>;
beforeEach(async () => {
  sb = await testSandbox();
  ca = readFileSync(sb.ca, 'utf8');
  auth = { authorization: `Bearer ${sb.token}` };
});
afterEach(async () => {
  await sb.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('HTTPS on every origin', () => {
  it('answers an authorized HTTPS request on the API port, with the same handler as plain HTTP there', async () => {
    expect(sb.info().ca).toBe(sb.ca);
    const secure = await request(`${asHttps(sb.api)}/v2/user`, { ca, headers: auth });
    expect(secure).toMatchObject({ status: 200, encrypted: true });
    expect(JSON.parse(secure.body.toString()).user.id).toBe('usr_greenlight');
    expect((await request(`${asHttps(sb.api)}/v2/user`, { ca })).status).toBe(403);

    const plain = await request(`${sb.api}/v2/user`, { headers: auth });
    expect(plain).toMatchObject({ status: 200, encrypted: false });
    expect(plain.body).toEqual(secure.body);
    // The certificate names localhost too.
    const byName = await request(`${asHttps(sb.api)}/v2/user`, {
      ca,
      headers: auth,
      servername: 'localhost',
    });
    expect(byName.status).toBe(200);
  });

  it('serves the same bytes over HTTPS as over HTTP on a deployment origin and a domain origin', async () => {
    const logo = Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x47, 0x45, 0x54]);
    const d = await deployReady(
      sb,
      { 'index.html': '<h1>over TLS</h1>', 'logo.bin': logo, '404.html': 'gone' },
      { target: 'production' },
    );
    await waitFor(async () => (await request(sb.origins.production)).status === 200, 5000, 'production');
    for (const origin of [`http://${String(d.url)}`, sb.origins.production]) {
      for (const path of ['/', '/logo.bin', '/missing']) {
        const plain = await request(`${origin}${path}`);
        const secure = await request(`${asHttps(origin)}${path}`, { ca });
        expect(secure.encrypted, `${origin}${path}`).toBe(true);
        expect(plain.encrypted).toBe(false);
        expect(secure.status, `${origin}${path}`).toBe(plain.status);
        expect(secure.body, `${origin}${path}`).toEqual(plain.body);
        expect(secure.headers.etag).toBe(plain.headers.etag);
        expect(secure.headers['content-type']).toBe(plain.headers['content-type']);
        expect(secure.headers['x-sandbox-deployment-id']).toBe(d.id);
      }
    }
    expect((await request(`${asHttps(sb.origins.production)}/logo.bin`, { ca })).body).toEqual(logo);
    expect((await request(`${asHttps(sb.origins.production)}/missing`, { ca })).status).toBe(404);
  });

  it('is real TLS: a client without the CA, or checking another name, is refused', async () => {
    const url = `${asHttps(sb.api)}/v2/user`;
    expect((await requestError(url)).code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect((await requestError(url, { ca, servername: 'example.com' })).code).toBe(
      'ERR_TLS_CERT_ALTNAME_INVALID',
    );

    const socket = await new Promise<TLSSocket>((resolve, reject) => {
      const req = https.get(url, { ca, agent: false, headers: auth }, (res) => {
        resolve(res.socket as TLSSocket);
        res.resume();
      });
      req.on('error', reject);
    });
    expect(socket.getProtocol()).toMatch(/^TLSv1\.[23]$/);
    const presented = new X509Certificate(socket.getPeerX509Certificate()?.raw ?? Buffer.alloc(0));
    const authority = new X509Certificate(ca);
    expect(authority.ca).toBe(true);
    expect(authority.subject).toMatch(/^CN=Greenlight sandbox CA \w+/);
    expect(presented.checkIssued(authority)).toBe(true);
    expect(presented.verify(authority.publicKey)).toBe(true);
    expect(presented.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(presented.checkIP('::1')).toBeDefined();
    expect(presented.checkHost('localhost', { subject: 'never' })).toBe('localhost');
    expect(presented.checkHost('greenlight-sandbox.vercel.app')).toBeUndefined();
    expect(presented.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it('lets a child node process fetch over HTTPS with NODE_EXTRA_CA_CERTS, and not without it', async () => {
    const d = await deployReady(sb, { 'index.html': 'trusted by env' });
    const script =
      'fetch(process.argv[1]).then(async (res) => process.stdout.write(`${res.status} ${await res.text()}`),' +
      ' (error) => { process.stderr.write(String(error.cause?.code ?? error)); process.exit(3); })';
    const url = `https://${String(d.url)}/`;
    const { NODE_EXTRA_CA_CERTS: _inherited, ...env } = process.env;
    const trusted = await run(process.execPath, ['-e', script, url], { ...env, NODE_EXTRA_CA_CERTS: sb.ca });
    expect(trusted).toMatchObject({ code: 0, stdout: '200 trusted by env' });
    const untrusted = await run(process.execPath, ['-e', script, url], env);
    expect(untrusted.code).toBe(3);
    expect(untrusted.stderr).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('works with curl --cacert (with Node’s client and the same CA file where curl is missing)', async () => {
    const d = await deployReady(sb, { 'index.html': 'curl me' });
    const url = `https://${String(d.url)}/`;
    const hasCurl = spawnSync('curl', ['--version']).error === undefined;
    const body = hasCurl
      ? (await run('curl', ['-sS', '--fail', '--cacert', sb.ca, url])).stdout
      : (await request(url, { ca: readFileSync(sb.ca, 'utf8') })).body.toString();
    expect(body).toBe('curl me');
  });

  it('logs HTTPS API requests and applies API and serving faults to HTTPS requests', async () => {
    await api(sb, 'DELETE', '/_sandbox/requests');
    await api(sb, 'POST', '/_sandbox/faults', { json: { endpoint: 'GET /v2/user', status: 503, count: 1 } });
    expect((await request(`${asHttps(sb.api)}/v2/user`, { ca, headers: auth })).status).toBe(503);
    expect((await request(`${asHttps(sb.api)}/v2/user`, { ca, headers: auth })).status).toBe(200);
    const log = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as {
      path: string;
      status: number;
    }[];
    expect(log.map((entry) => [entry.path, entry.status])).toEqual([
      ['/v2/user', 503],
      ['/v2/user', 200],
    ]);

    const d = await deployReady(sb, { 'index.html': 'fine' });
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { deployment: d.id, serve: { status: 500 }, count: 1 },
    });
    const faulted = await request(`https://${String(d.url)}/`, { ca });
    expect(faulted.status).toBe(500);
    expect(faulted.headers['x-sandbox-fault']).toBeDefined();
    expect((await request(`https://${String(d.url)}/`, { ca })).body.toString()).toBe('fine');
  });
});

describe('closing', () => {
  it('closes HTTPS streaming and keep-alive connections, and ones that sent nothing yet', async () => {
    const slow = await testSandbox({ buildDelayMs: 60_000 });
    const slowCa = readFileSync(slow.ca, 'utf8');
    const d = await deploy(slow, { 'index.html': 'building' });
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      https
        .get(
          `${asHttps(slow.api)}/v3/now/deployments/${String(d.id)}/events?follow=1`,
          { ca: slowCa, agent: false, headers: { authorization: `Bearer ${slow.token}` } },
          resolve,
        )
        .on('error', reject);
    });
    expect(stream.statusCode).toBe(200);
    const streamClosed = once(stream.socket, 'close');
    stream.on('error', () => {});
    stream.resume();

    const agent = new https.Agent({ keepAlive: true, ca: slowCa });
    await new Promise<void>((resolve, reject) => {
      https
        .get(`https://${String(d.url)}/`, { agent }, (res) => res.resume().on('end', resolve))
        .on('error', reject);
    });
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);

    const silent = connectTcp(Number(new URL(slow.origins.production).port), '127.0.0.1');
    await once(silent, 'connect');
    const silentClosed = once(silent, 'close');
    silent.on('error', () => {});

    await slow.close();
    await streamClosed;
    await silentClosed;
    await waitFor(
      () => Object.values(agent.freeSockets).flat().length === 0,
      5000,
      'the kept-alive socket to close',
    );
    agent.destroy();
  });

  it('closes a connection whose client hangs up before sending a byte', async () => {
    const socket = connectTcp(Number(new URL(sb.api).port), '127.0.0.1');
    await once(socket, 'connect');
    const closed = once(socket, 'close');
    socket.end();
    await closed;
    expect((await request(`${asHttps(sb.api)}/v2/user`, { ca, headers: auth })).status).toBe(200);
  });

  it('removes the CA file with the temp dir when there is no state dir', async () => {
    const own = await testSandbox();
    expect(existsSync(own.ca)).toBe(true);
    await own.close();
    expect(existsSync(own.ca)).toBe(false);
  });
});

describe('the CA with --state', () => {
  it('persists the CA, its key and the server certificate, and reuses them after a restart', async () => {
    const dir = stateDir();
    const first = await testSandbox({ stateDir: dir });
    expect(first.ca).toBe(join(dir, 'tls', 'ca.pem'));
    const caBefore = readFileSync(first.ca, 'utf8');
    const serverBefore = readFileSync(join(dir, 'tls', 'server.pem'), 'utf8');
    for (const key of ['ca-key.pem', 'server-key.pem'])
      expect(statSync(join(dir, 'tls', key)).mode & 0o777, key).toBe(0o600);
    const d = await deployReady(first, { 'index.html': 'kept' });
    await first.close();
    expect(readFileSync(first.ca, 'utf8')).toBe(caBefore);

    const second = await testSandbox({ stateDir: dir });
    try {
      expect(second.ca).toBe(first.ca);
      expect(readFileSync(second.ca, 'utf8')).toBe(caBefore);
      expect(readFileSync(join(dir, 'tls', 'server.pem'), 'utf8')).toBe(serverBefore);
      const url = (await api(second, 'GET', `/v13/deployments/${String(d.id)}`)).body.url as string;
      expect((await request(`https://${url}/`, { ca: caBefore })).body.toString()).toBe('kept');
    } finally {
      await second.close();
    }
  });

  it('reissues a server certificate that expires within 30 days from the same CA', async () => {
    const dir = stateDir();
    const first = await testSandbox({ stateDir: dir });
    const caBefore = readFileSync(first.ca, 'utf8');
    await first.close();
    const authority = { cert: caBefore, key: readFileSync(join(dir, 'tls', 'ca-key.pem'), 'utf8') };
    const expiring = await issueServerCertificate(
      authority,
      ['127.0.0.1', '::1', 'localhost'],
      new Date(Date.now() + 2 * 86_400_000),
    );
    writeFileSync(join(dir, 'tls', 'server.pem'), expiring.cert);
    writeFileSync(join(dir, 'tls', 'server-key.pem'), expiring.key);

    const logger = recordingLogger();
    const second = await testSandbox({ stateDir: dir, logger });
    try {
      expect(readFileSync(second.ca, 'utf8')).toBe(caBefore);
      const reissued = new X509Certificate(readFileSync(join(dir, 'tls', 'server.pem')));
      expect(Date.parse(reissued.validTo) - Date.now()).toBeGreaterThan(300 * 86_400_000);
      expect(logger.lines).toContainEqual({
        level: 'info',
        message: expect.stringContaining('is reissued by the same CA'),
      });
      expect((await request(`${asHttps(second.api)}/v2/user`, { ca: caBefore })).status).toBe(403);
    } finally {
      await second.close();
    }
  });

  it('replaces a CA whose files do not match, with a warning', async () => {
    const dir = stateDir();
    const first = await testSandbox({ stateDir: dir });
    const caBefore = readFileSync(first.ca, 'utf8');
    await first.close();
    writeFileSync(join(dir, 'tls', 'server-key.pem'), readFileSync(join(dir, 'tls', 'ca-key.pem')));

    const logger = recordingLogger();
    const second = await testSandbox({ stateDir: dir, logger });
    try {
      const caAfter = readFileSync(second.ca, 'utf8');
      expect(caAfter).not.toBe(caBefore);
      expect(logger.lines).toContainEqual({
        level: 'warning',
        message: expect.stringContaining('a new TLS CA replaces the one in'),
      });
      expect((await request(`${asHttps(second.api)}/v2/user`, { ca: caAfter })).status).toBe(403);
      expect((await requestError(`${asHttps(second.api)}/v2/user`, { ca: caBefore })).code).toBe(
        'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      );
    } finally {
      await second.close();
    }
  });

  it('limits the CA to the sandbox names: a certificate it signs for another name is refused', async () => {
    const dir = stateDir();
    const own = await testSandbox({ stateDir: dir });
    const authority = {
      cert: readFileSync(own.ca, 'utf8'),
      key: readFileSync(join(dir, 'tls', 'ca-key.pem'), 'utf8'),
    };
    await own.close();
    const answerWith = async (names: string[], servername: string): Promise<Answer> => {
      const issued = await issueServerCertificate(authority, names);
      const server = https.createServer(issued, (_req, res) => res.end('signed'));
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const { port } = server.address() as { port: number };
      try {
        return await request(`https://127.0.0.1:${port}/`, { ca: authority.cert, servername });
      } finally {
        server.close();
      }
    };
    expect((await answerWith(['localhost'], 'localhost')).body.toString()).toBe('signed');
    // OpenSSL's X509_V_ERR_PERMITTED_VIOLATION, which Node reports with code UNSPECIFIED.
    await expect(answerWith(['example.com'], 'example.com')).rejects.toThrow('permitted subtree violation');
  });
});
