/**
 * One attempt of a request, as the shared HTTP client makes it: a timeout over headers and body,
 * redirects followed here (up to 10) so that `authorization`, cookies and declared secret headers
 * never reach another origin, and the body read up to a cap. Each hop goes through a
 * {@link Transport} (src/http/transport.ts: node:http / node:https with keep-alive agents by
 * default). Failures come back as values for the client's retry policy to judge (src/http/client.ts).
 */
import { performance } from 'node:perf_hooks';
import type { HttpFailureKind } from './errors.js';
import type { HopResponse, Transport } from './transport.js';
import type { HttpRequest, HttpResponse } from './types.js';

/** Why an attempt produced no answer. */
export interface Failure {
  kind: HttpFailureKind;
  detail: string;
  /** Whether the request surely never reached the server (safe to repeat any method). */
  unsent: boolean;
}

export interface AttemptSettings {
  /** What each hop is sent through (the client's, with its keep-alive connections). */
  transport: Transport;
  userAgent: string;
  /** Bodies are read up to this many bytes; the rest is dropped and `truncated` set. */
  maxBodyBytes: number;
}

/**
 * Sends `req` once (following redirects unless `redirect: 'manual'`).
 * @returns the response, or a {@link Failure} (timeout, network, aborted) — never throws for those.
 */
export async function sendOnce(
  req: HttpRequest,
  method: string,
  timeoutMs: number,
  attempt: number,
  settings: AttemptSettings,
): Promise<HttpResponse | Failure> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = req.signal ? AbortSignal.any([timeout.signal, req.signal]) : timeout.signal;
  const headers = lowerCaseNames({ 'user-agent': settings.userAgent, ...req.headers });
  let body: string | Uint8Array | undefined = req.body;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] ??= 'application/json';
  }
  const started = performance.now();
  try {
    let url = new URL(req.url);
    let hopMethod = method;
    let hopBody = body;
    const origin = url.origin;
    const follow = (req.redirect ?? 'follow') === 'follow';
    for (let hop = 0; ; hop++) {
      const res = await settings.transport(url, {
        method: hopMethod,
        headers: url.origin === origin ? headers : withoutSecrets(headers, req.secretHeaders),
        body: hopBody,
        signal,
      });
      const location = res.headers.get('location');
      if (follow && REDIRECT.has(res.status) && location && hop < MAX_REDIRECTS) {
        res.discard();
        url = new URL(location, url);
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && hopMethod === 'POST')) {
          hopMethod = 'GET';
          hopBody = undefined;
        }
        continue;
      }
      const { bytes, truncated } = await readCapped(res, settings.maxBodyBytes);
      const latencyMs = performance.now() - started;
      return makeResponse(res, url.href, hop > 0, bytes, truncated, attempt, latencyMs);
    }
  } catch (error) {
    if (req.signal?.aborted) return { kind: 'aborted', detail: 'aborted', unsent: false };
    if (timeout.signal.aborted)
      return { kind: 'timeout', detail: `no answer within ${timeoutMs} ms`, unsent: false };
    const code = causeCode(error);
    return {
      kind: 'network',
      detail: code ? `connection failed (${code})` : `connection failed (${(error as Error).message})`,
      unsent: code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN',
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The (decoded) body up to `maxBytes`; past that, the rest is dropped (closing the connection) and
 * `truncated` is set.
 */
async function readCapped(
  res: HopResponse,
  maxBytes: number,
): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const value of res.body()) {
    if (size + value.byteLength > maxBytes) {
      chunks.push(Buffer.from(value.subarray(0, maxBytes - size)));
      return { bytes: Buffer.concat(chunks, maxBytes), truncated: true };
    }
    chunks.push(Buffer.from(value));
    size += value.byteLength;
  }
  return { bytes: Buffer.concat(chunks, size), truncated: false };
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
const ALWAYS_SECRET = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * `headers` with lower-case names; of two spellings of one name the later wins (so a caller's
 * `User-Agent` replaces the default).
 */
function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

function withoutSecrets(
  headers: Record<string, string>,
  secret: readonly string[] = [],
): Record<string, string> {
  const drop = new Set([...ALWAYS_SECRET, ...secret.map((h) => h.toLowerCase())]);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.has(name.toLowerCase())));
}

function makeResponse(
  res: HopResponse,
  url: string,
  redirected: boolean,
  body: Buffer,
  truncated: boolean,
  attempts: number,
  latencyMs: number,
): HttpResponse {
  return {
    status: res.status,
    ok: res.status >= 200 && res.status < 300,
    headers: res.headers,
    url,
    redirected,
    body,
    truncated,
    attempts,
    latencyMs,
    text: () => body.toString('utf8'),
    json: () => (body.length === 0 ? undefined : JSON.parse(body.toString('utf8'))),
  };
}

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
