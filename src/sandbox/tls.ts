/**
 * TLS for the sandbox origins. The official CLI prints a deployment as `https://127.0.0.1:PORT`, so
 * every origin also answers HTTPS (origins.ts), with a server certificate signed by a small
 * certificate authority of the sandbox's own. A client trusts that CA with `curl --cacert` or
 * `NODE_EXTRA_CA_CERTS` (docs/sandbox.md#tls).
 *
 * - The CA: self-signed, ECDSA P-256, `CA:TRUE, pathlen:0`, valid 10 years. Its Name Constraints
 *   extension permits only the names of the server certificate, so trusting it cannot vouch for
 *   any other site.
 * - The server certificate: ECDSA P-256, valid 397 days (within the shortest limit clients
 *   enforce, 398), for IP 127.0.0.1 and ::1, DNS localhost, and the host the sandbox is bound to
 *   when it is another one. The sandbox's domain names (`*.vercel.app`) are left out: they are
 *   public names the sandbox does not own, and it serves them on loopback ports, never under
 *   those names.
 * - With a state dir the CA, its key, the server certificate and its key persist in
 *   `<state>/tls/` (keys mode 0600) and are reused on restart, so a CA a client trusts stays valid.
 *   A server certificate within 30 days of expiry is reissued by the same CA; anything else amiss
 *   (a missing file, one that does not parse, a certificate that does not match its key or CA,
 *   other names) makes a new CA. A file that exists but cannot be read stops the start. Without a state dir they are made once per process and kept in memory, and
 *   only the CA certificate is written, to `<temp dir>/tls/ca.pem`.
 *
 * The certificates are made with @peculiar/x509, imported on first use so that nothing outside
 * the sandbox loads it; reusing persisted ones needs only node:crypto.
 */
import { createPrivateKey, X509Certificate as NodeX509Certificate, webcrypto } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import type * as X509 from '@peculiar/x509';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { randomId } from './ids.js';

/** A certificate and its private key, both PEM (the key PKCS#8). */
export interface CertificateAndKey {
  cert: string;
  key: string;
}

/** What the origins need for TLS and where clients find the CA. */
export interface SandboxTls {
  /** Absolute path of the CA certificate (PEM): what `curl --cacert` and `NODE_EXTRA_CA_CERTS` take. */
  caFile: string;
  /** The server certificate and its key, for `https.createServer`. */
  server: CertificateAndKey;
}

/** The exports of @peculiar/x509, a CommonJS package (its `default` export, see `loadX509`). */
type X509Library = (typeof X509)['default'];

interface TlsMaterial {
  ca: CertificateAndKey;
  server: CertificateAndKey;
}

/** The names every server certificate covers. */
const LOOPBACK_NAMES = ['127.0.0.1', '::1', 'localhost'];
const DAY_MS = 86_400_000;
const CA_VALIDITY_DAYS = 3650;
const SERVER_VALIDITY_DAYS = 397;
/** A certificate this close to its end is replaced at start. */
const RENEW_WITHIN_DAYS = 30;
/** Certificates start this long before they are made, for a client whose clock is a little behind. */
const BACKDATE_MS = 3_600_000;
const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' };
const NAME_CONSTRAINTS_OID = '2.5.29.30';
/** File names under `<state>/tls/`. */
const FILES = {
  caCert: 'ca.pem',
  caKey: 'ca-key.pem',
  serverCert: 'server.pem',
  serverKey: 'server-key.pem',
};

/**
 * The names the server certificate covers for a sandbox whose URLs are written with `urlHost`
 * (`127.0.0.1`, `[::1]`, a host name…): IP 127.0.0.1 and ::1, DNS localhost, and `urlHost` itself
 * (without brackets, lowercase) when it is none of these.
 */
export function certificateNames(urlHost: string): string[] {
  const host = urlHost.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return LOOPBACK_NAMES.includes(host) ? [...LOOPBACK_NAMES] : [...LOOPBACK_NAMES, host];
}

/**
 * Makes the sandbox's CA and server certificate for `names` (see `certificateNames`), or reuses
 * them: from `<dir>/tls/` when `persist` is set (the state dir), otherwise from an earlier call in
 * this process. Writes the CA certificate to `<dir>/tls/ca.pem` either way. Logs how long making
 * them took at debug level, and a warning when persisted ones had to be replaced by a new CA.
 * Rejects when `dir` cannot be written.
 */
export async function prepareTls(options: {
  dir: string;
  persist: boolean;
  names: string[];
  logger: Logger;
}): Promise<SandboxTls> {
  const { names, logger } = options;
  const tlsDir = join(options.dir, 'tls');
  mkdirSync(tlsDir, { recursive: true });
  const caFile = resolve(tlsDir, FILES.caCert);
  const started = performance.now();
  const { material, how } = options.persist
    ? await persistedMaterial(tlsDir, names, logger)
    : await processMaterial(names);
  if (!options.persist) writeAtomic(caFile, material.ca.cert, 0o644);
  logger.debug(
    `sandbox: TLS certificates ${how} in ${(performance.now() - started).toFixed(1)} ms; CA in ${caFile}`,
  );
  return { caFile, server: material.server };
}

/** Material made without a state dir, by the names it covers: one CA per process, not per start. */
const madeThisProcess = new Map<string, Promise<TlsMaterial>>();

/** The material made for `names` earlier in this process, or new material. */
async function processMaterial(names: string[]): Promise<{ material: TlsMaterial; how: string }> {
  const key = names.join(' ');
  const earlier = madeThisProcess.get(key);
  if (earlier) return { material: await earlier, how: 'reused from an earlier start in this process' };
  const making = makeMaterial(names);
  madeThisProcess.set(key, making);
  making.catch(() => madeThisProcess.delete(key));
  return { material: await making, how: 'made' };
}

/**
 * The material persisted in `tlsDir` when it can serve `names` (see `assess`), otherwise new
 * material (a new server certificate, or a new CA too), written there.
 */
async function persistedMaterial(
  tlsDir: string,
  names: string[],
  logger: Logger,
): Promise<{ material: TlsMaterial; how: string }> {
  const found = readPersisted(tlsDir);
  let verdict: Verdict = { action: 'new-ca', reason: '' };
  if (found && found.missing.length > 0)
    verdict = { action: 'new-ca', reason: `${found.missing.join(', ')} missing` };
  else if (found) verdict = assess(found.material, names, Date.now());
  let material: TlsMaterial;
  switch (verdict.action) {
    case 'reuse':
      return { material: (found as { material: TlsMaterial }).material, how: `reused from ${tlsDir}` };
    case 'reissue-server': {
      const { ca } = (found as { material: TlsMaterial }).material;
      logger.info(
        `sandbox: the TLS server certificate in ${tlsDir} is reissued by the same CA: ${verdict.reason}`,
      );
      material = { ca, server: await issueServerCertificate(ca, names) };
      break;
    }
    case 'new-ca':
      if (verdict.reason !== '')
        logger.warning(`sandbox: a new TLS CA replaces the one in ${tlsDir}: ${verdict.reason}`);
      material = await makeMaterial(names);
  }
  persist(tlsDir, material);
  return { material, how: verdict.action === 'reissue-server' ? 'reissued (server certificate)' : 'made' };
}

async function makeMaterial(names: string[]): Promise<TlsMaterial> {
  const x509 = await loadX509();
  const ca = await issueAuthority(x509, names);
  return { ca, server: await issueServerCertificate(ca, names) };
}

async function issueAuthority(x509: X509Library, names: string[]): Promise<CertificateAndKey> {
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=Greenlight sandbox CA ${randomId(8)}, O=Greenlight sandbox`,
    notBefore: new Date(now - BACKDATE_MS),
    notAfter: new Date(now + CA_VALIDITY_DAYS * DAY_MS),
    signingAlgorithm: SIGNING_ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      nameConstraints(x509, names),
    ],
  });
  return { cert: cert.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

/**
 * Issues a server certificate for `names` (IP addresses and DNS names) signed by the CA `ca` (its
 * certificate and its ECDSA P-256 key, PEM), for TLS server authentication: valid from an hour ago
 * until `notAfter` (default: 397 days from now), but not beyond the CA. Loads @peculiar/x509 on
 * first use. Rejects when the key is not a P-256 PKCS#8 key or the certificate cannot be parsed.
 */
export async function issueServerCertificate(
  ca: CertificateAndKey,
  names: string[],
  notAfter = new Date(Date.now() + SERVER_VALIDITY_DAYS * DAY_MS),
): Promise<CertificateAndKey> {
  const x509 = await loadX509();
  const authority = new x509.X509Certificate(ca.cert);
  const signingKey = await webcrypto.subtle.importKey(
    'pkcs8',
    createPrivateKey(ca.key).export({ format: 'der', type: 'pkcs8' }),
    KEY_ALGORITHM,
    false,
    ['sign'],
  );
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.create({
    subject: 'CN=Greenlight sandbox',
    issuer: authority.subject,
    notBefore: new Date(Date.now() - BACKDATE_MS),
    notAfter: new Date(Math.min(notAfter.getTime(), authority.notAfter.getTime())),
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: keys.publicKey,
    signingKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(
        names.map((name) => ({ type: isIP(name) ? 'ip' : 'dns', value: name })),
      ),
      await x509.AuthorityKeyIdentifierExtension.create(authority.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: cert.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

/**
 * The critical Name Constraints extension (RFC 5280 §4.2.1.10) that permits exactly `names`: each
 * DNS name (and its subdomains) and each IP address (mask of all ones). @peculiar/x509 has no class
 * for it, so its DER is written here; the GeneralName of each name comes from the library.
 */
function nameConstraints(x509: X509Library, names: string[]): X509.Extension {
  const subtrees = names.map((name) => {
    const generalName = Buffer.from(new x509.GeneralName(isIP(name) ? 'ip' : 'dns', name).rawData);
    if (!isIP(name)) return der(0x30, generalName);
    const address = generalName.subarray(2); // after the [7] tag and the one-byte length
    return der(0x30, der(0x87, address, Buffer.alloc(address.length, 0xff)));
  });
  return new x509.Extension(NAME_CONSTRAINTS_OID, true, der(0x30, der(0xa0, ...subtrees)));
}

/** One DER element: `tag`, the definite length of `contents`, `contents`. */
function der(tag: number, ...contents: Uint8Array[]): Buffer {
  const body = Buffer.concat(contents);
  const lengthBytes: number[] = [];
  for (let rest = body.length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
  const length = body.length < 0x80 ? [body.length] : [0x80 | lengthBytes.length, ...lengthBytes];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
    .export({ format: 'pem', type: 'pkcs8' })
    .toString();
}

type Verdict = { action: 'reuse' } | { action: 'reissue-server' | 'new-ca'; reason: string };

/**
 * Whether persisted material can serve `names` at `now` (ms): as it is, with a new server
 * certificate from the same CA (only when the server certificate expires soon), or not at all.
 */
function assess(material: TlsMaterial, names: string[], now: number): Verdict {
  try {
    const ca = new NodeX509Certificate(material.ca.cert);
    const caKey = createPrivateKey(material.ca.key);
    if (!ca.ca || !ca.checkPrivateKey(caKey) || !ca.verify(ca.publicKey))
      return { action: 'new-ca', reason: 'the CA certificate does not match its key' };
    if (Date.parse(ca.validTo) - now < RENEW_WITHIN_DAYS * DAY_MS)
      return { action: 'new-ca', reason: `the CA expires ${ca.validTo}` };
    const server = new NodeX509Certificate(material.server.cert);
    const serverKey = createPrivateKey(material.server.key);
    if (!server.checkIssued(ca) || !server.verify(ca.publicKey) || !server.checkPrivateKey(serverKey))
      return { action: 'new-ca', reason: 'the server certificate does not match its key or the CA' };
    const uncovered = names.filter((name) =>
      isIP(name)
        ? server.checkIP(name) === undefined
        : server.checkHost(name, { subject: 'never' }) === undefined,
    );
    if (uncovered.length > 0)
      return { action: 'new-ca', reason: `the certificates do not cover ${uncovered.join(', ')}` };
    if (Date.parse(server.validFrom) > now || Date.parse(server.validTo) - now < RENEW_WITHIN_DAYS * DAY_MS)
      return {
        action: 'reissue-server',
        reason: `the server certificate is valid ${server.validFrom} – ${server.validTo}`,
      };
    return { action: 'reuse' };
  } catch (error) {
    return { action: 'new-ca', reason: errorMessage(error) };
  }
}

/**
 * The persisted material in `tlsDir` and the names of its files that are missing (each read as
 * ''), or undefined when none was written there yet.
 */
function readPersisted(tlsDir: string): { material: TlsMaterial; missing: string[] } | undefined {
  const read = (name: string): string | undefined => {
    try {
      return readFileSync(join(tlsDir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  const files = [FILES.caCert, FILES.caKey, FILES.serverCert, FILES.serverKey];
  const texts = files.map(read);
  if (texts.every((text) => text === undefined)) return undefined;
  const [caCert = '', caKey = '', serverCert = '', serverKey = ''] = texts;
  return {
    material: { ca: { cert: caCert, key: caKey }, server: { cert: serverCert, key: serverKey } },
    missing: files.filter((_, index) => texts[index] === undefined),
  };
}

function persist(tlsDir: string, material: TlsMaterial): void {
  writeAtomic(join(tlsDir, FILES.caKey), material.ca.key, 0o600);
  writeAtomic(join(tlsDir, FILES.caCert), material.ca.cert, 0o644);
  writeAtomic(join(tlsDir, FILES.serverKey), material.server.key, 0o600);
  writeAtomic(join(tlsDir, FILES.serverCert), material.server.cert, 0o644);
}

/** Writes `data` to `path` through a temp file and a rename, created with `mode`. */
function writeAtomic(path: string, data: string, mode: number): void {
  const temp = `${path}.tmp-${randomId(8)}`;
  writeFileSync(temp, data, { mode });
  renameSync(temp, path);
}

let x509Module: Promise<X509Library> | undefined;

/**
 * Imports @peculiar/x509 (once) and points it at Node's WebCrypto. The library resolves its
 * algorithms through tsyringe, which needs a Reflect metadata polyfill: its README asks for
 * `reflect-metadata`, imported first ("Reflect Polyfill Required",
 * https://github.com/PeculiarVentures/x509#-reflect-polyfill-required). The
 * polyfill stays installed in this process (only the sandbox loads it).
 */
function loadX509(): Promise<X509Library> {
  x509Module ??= (async () => {
    await import('reflect-metadata');
    // A CommonJS package: Node's import() gives its exports as `default` (and as the named
    // exports it detects), the esbuild bundle's lazy chunk only as `default`.
    const { default: x509 } = await import('@peculiar/x509');
    x509.cryptoProvider.set(webcrypto);
    return x509;
  })();
  x509Module.catch(() => {
    x509Module = undefined;
  });
  return x509Module;
}
