/**
 * HTTPS over node:https is as strict as `fetch` was: a certificate from an unknown CA is refused, the
 * same server is accepted once its CA comes through `NODE_EXTRA_CA_CERTS` (read by Node at start-up,
 * hence the bundled smoke-test in a child process), the host name is checked against the
 * certificate and sent as SNI, and a redirect to another https origin drops the bypass secret.
 *
 * The CA and the server certificates are made for each run with the `openssl` command line (present
 * on GitHub's runners and in the dev container), valid for two days, in a temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { type Server, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/client.js';
import { HttpError } from '../../src/http/errors.js';
import { runBundledAction } from '../../src/runner/bundle.js';
import { manualClock } from '../../src/runtime/clock.js';
import { errorLines } from '../helpers/steps.js';

interface TlsSite {
  origin: string;
  port: number;
  requests: Array<{ url: string; headers: IncomingHttpHeaders; servername: string | false | null }>;
}

let dir: string;
let caFile: string;
const servers: Server[] = [];

/** Runs `openssl` with `args` (split at spaces) in the temporary directory; throws when it fails. */
function openssl(args: string): void {
  execFileSync('openssl', args.split(' '), { cwd: dir, stdio: 'pipe' });
}

/** A new P-256 key, as `openssl req` options. */
const NEW_KEY = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes';

/** A P-256 key and a certificate for `subjectAltName`, signed by the test CA; file names returned. */
function serverCertificate(name: string, subjectAltName: string): { key: string; cert: string } {
  openssl(`req -new ${NEW_KEY} -keyout ${name}.key -out ${name}.csr -subj /CN=${name}`);
  writeFileSync(
    join(dir, `${name}.ext`),
    `subjectAltName=${subjectAltName}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    `x509 -req -in ${name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -sha256 -extfile ${name}.ext -out ${name}.pem`,
  );
  return { key: join(dir, `${name}.key`), cert: join(dir, `${name}.pem`) };
}

/** An https server on 127.0.0.1 with `files`' certificate (the leaf only, no chain). */
async function tlsSite(
  files: { key: string; cert: string },
  answer: (url: string) => { status: number; headers?: Record<string, string>; body?: string },
): Promise<TlsSite> {
  const requests: TlsSite['requests'] = [];
  const server = createServer(
    { key: readFileSync(files.key), cert: readFileSync(files.cert) },
    (req, res) => {
      const url = req.url ?? '/';
      requests.push({ url, headers: req.headers, servername: (req.socket as TLSSocket).servername });
      const { status, headers, body } = answer(url);
      res.writeHead(status, headers).end(body);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { origin: `https://127.0.0.1:${port}`, port, requests };
}

let site: TlsSite;
let misnamed: TlsSite;
let other: TlsSite;
let redirecting: TlsSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gl-tls-'));
  openssl(
    `req -x509 ${NEW_KEY} -keyout ca.key -out ca.pem -days 2 -subj /CN=greenlight-test-ca ` +
      '-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign',
  );
  caFile = join(dir, 'ca.pem');
  const loopback = serverCertificate('loopback', 'IP:127.0.0.1,DNS:localhost');
  site = await tlsSite(loopback, () => ({ status: 200, body: 'secure' }));
  misnamed = await tlsSite(serverCertificate('elsewhere', 'DNS:elsewhere.test'), () => ({
    status: 200,
    body: 'who am I',
  }));
  other = await tlsSite(loopback, () => ({ status: 200, body: 'landed' }));
  redirecting = await tlsSite(loopback, () => ({
    status: 302,
    headers: { location: `${other.origin}/landing` },
  }));
});

afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
    ),
  );
  rmSync(dir, { recursive: true, force: true });
});

/** The bundled smoke-test against `url`, once, trusting the test CA unless `trust` is false. */
const smokeTest = (url: string, inputs: Record<string, string> = {}, trust = true) =>
  runBundledAction(
    'smoke-test',
    { url, retries: '0', timeout: '5s', ...inputs },
    { env: { NODE_EXTRA_CA_CERTS: trust ? caFile : undefined } },
  );

describe('HTTPS', () => {
  it('refuses a certificate from a CA Node does not know, as a network failure naming the code', async () => {
    const before = site.requests.length;
    const error = (await new HttpClient({ clock: manualClock(), retries: 0 })
      .request({ url: `${site.origin}/` })
      .catch((error: unknown) => error)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('network');
    expect(error.detail).toMatch(
      /^connection failed \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)$/,
    );
    expect(site.requests.length).toBe(before);
  });

  it('accepts that server once NODE_EXTRA_CA_CERTS names its CA (the bundle, in its own process)', async () => {
    const trusted = await smokeTest(`${site.origin}/`);
    expect(trusted.exitCode, trusted.stdout + trusted.stderr).toBe(0);
    expect(trusted.outputs).toMatchObject({ passed: 'true', failed: '0' });

    const untrusted = await smokeTest(`${site.origin}/`, {}, false);
    expect(untrusted.exitCode).toBe(1);
    expect(untrusted.stdout).toMatch(
      /connection failed \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)/,
    );
  });

  it('checks the host name against the certificate, and sends it as SNI', async () => {
    const wrongName = await smokeTest(`${misnamed.origin}/`);
    expect(wrongName.exitCode).toBe(1);
    expect(errorLines(wrongName.stdout).join('\n')).toContain(
      'connection failed (ERR_TLS_CERT_ALTNAME_INVALID)',
    );
    expect(misnamed.requests).toEqual([]);

    const byName = await smokeTest(`https://localhost:${site.port}/`);
    expect(byName.exitCode, byName.stdout + byName.stderr).toBe(0);
    expect(site.requests.at(-1)?.servername).toBe('localhost');
  });

  it('drops the bypass secret when a redirect leaves for another https origin', async () => {
    const run = await smokeTest(`${redirecting.origin}/`, { 'protection-bypass': 'bypass-SENTINEL-tls' });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(redirecting.requests.at(-1)?.headers['x-vercel-protection-bypass']).toBe('bypass-SENTINEL-tls');
    expect(other.requests.at(-1)?.url).toBe('/landing');
    expect(other.requests.at(-1)?.headers).not.toHaveProperty('x-vercel-protection-bypass');
  });
});
