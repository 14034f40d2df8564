/**
 * How one hop of a request travels (src/http/attempt.ts follows redirects and times the attempt).
 *
 * {@link nodeTransport}, the default, sends over `node:http` / `node:https`
 * (https://nodejs.org/api/http.html#httprequesturl-options-callback), obtained with
 * `process.getBuiltinModule` (Node 20.16+,
 * https://nodejs.org/api/process.html#processgetbuiltinmoduleid): a static `import 'node:http'`
 * builds the module's ESM namespace, which reads its lazy `WebSocket` and `CloseEvent` getters and
 * so loads Node's internal undici, the start-up cost this transport exists to avoid. Each transport
 * keeps one keep-alive `Agent` per protocol (https://nodejs.org/api/http.html#new-agentoptions), so
 * checks that run in parallel reuse their connections instead of opening new ones; idle sockets do
 * not keep the process alive (the agent unrefs them). HTTPS is Node's default: certificates
 * verified against Node's CA store plus `NODE_EXTRA_CA_CERTS`
 * (https://nodejs.org/api/cli.html#node_extra_ca_certsfile), SNI sent and the host name checked
 * (https://nodejs.org/api/tls.html#tlsconnectoptions-callback).
 *
 * It sends the headers `fetch` added unless the caller set them (an `accept` of any type,
 * `accept-encoding: gzip, deflate`, and `content-type: text/plain;charset=UTF-8` for a text body;
 * not its browser-only `accept-language` and `sec-fetch-mode`) and undoes the content codings
 * `fetch` undid (`gzip`, `x-gzip`, `deflate`, `br`, applied in order; a body with any other coding
 * is returned as sent), with node:zlib (https://nodejs.org/api/zlib.html).
 *
 * {@link fetchTransport} sends through a `fetch`-compatible function instead
 * (`HttpClientOptions.fetch`).
 */
import type * as NodeHttp from 'node:http';
import type { Readable, Transform } from 'node:stream';
import type * as NodeZlib from 'node:zlib';
import { ResponseHeaders } from './headers.js';

/** One hop as the attempt asks for it. */
export interface HopRequest {
  /** Upper case, e.g. `GET`. */
  method: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** Aborts the hop, the reading of its body included. */
  signal: AbortSignal;
}

/** One hop's answer: status and headers at once, the body when asked for. */
export interface HopResponse {
  status: number;
  headers: Headers;
  /**
   * The body with its content codings undone, as chunks. Reading it to the end frees the
   * connection for the next request; leaving the loop early (`break`) closes the connection.
   * Rejects while reading when the connection fails, the signal aborts or a coding is corrupt.
   */
  body(): AsyncIterable<Uint8Array>;
  /** Drops the body unread (a redirect's), freeing the connection once it has arrived. */
  discard(): void;
}

/**
 * Sends one hop; resolves when the status and headers have arrived.
 * @throws the transport's error (a Node system error with its `code`, e.g. `ECONNREFUSED`, or a
 *   TLS error such as `UNABLE_TO_VERIFY_LEAF_SIGNATURE`; an `AbortError` when the signal aborted)
 */
export type Transport = (url: URL, request: HopRequest) => Promise<HopResponse>;

/** `fetch`'s request defaults, sent unless the caller set the header. */
const FETCH_DEFAULTS = { accept: '*/*', 'accept-encoding': 'gzip, deflate' } as const;

/** Statuses whose answers have no body (RFC 9110 §6.4.1), and so nothing to decode. */
const NO_BODY = new Set([204, 205, 304]);

/**
 * A transport over node:http / node:https with one keep-alive agent per protocol, made on first use.
 * When `NODE_USE_ENV_PROXY=1`, the agents take their proxy from `HTTP_PROXY` / `HTTPS_PROXY` /
 * `NO_PROXY` as Node's global agents and `fetch` then do (Node 24.5+,
 * https://nodejs.org/api/http.html#built-in-proxy-support); older Node versions ignore it.
 */
export function nodeTransport(): Transport {
  const agents = new Map<string, NodeHttp.Agent>();
  return (url, request) => {
    const secure = url.protocol === 'https:';
    // node:http refuses other protocols itself (ERR_INVALID_PROTOCOL).
    const module = secure ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
    let agent = agents.get(url.protocol);
    if (!agent) {
      const proxy = process.env.NODE_USE_ENV_PROXY === '1' ? { proxyEnv: process.env } : {};
      agent = new module.Agent({ keepAlive: true, ...proxy } as NodeHttp.AgentOptions);
      agents.set(url.protocol, agent);
    }
    const headers: Record<string, string> = { ...FETCH_DEFAULTS, ...request.headers };
    if (typeof request.body === 'string') headers['content-type'] ??= 'text/plain;charset=UTF-8';
    return new Promise<HopResponse>((resolve, reject) => {
      const outgoing = module.request(
        url,
        { method: request.method, headers, agent, signal: request.signal },
        (incoming) => {
          const status = incoming.statusCode ?? 0;
          const decodes = request.method !== 'HEAD' && !NO_BODY.has(status);
          resolve({
            status,
            headers: new ResponseHeaders(incoming.rawHeaders),
            body: () => (decodes ? decoded(incoming, incoming.headers['content-encoding']) : incoming),
            discard: () => {
              incoming.resume();
            },
          });
        },
      );
      // Also after the answer arrived: a failure while the body is read reaches the body's reader.
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  };
}

/**
 * `incoming` with the codings of its `content-encoding` header undone (the last applied is undone
 * first), or as it is when there are none or one is unknown (as `fetch` does).
 */
function decoded(incoming: Readable, contentEncoding: string | undefined): Readable {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '');
  if (codings.length === 0) return incoming;
  const zlib = process.getBuiltinModule('node:zlib');
  const decoders: Transform[] = [];
  for (const coding of codings.reverse()) {
    const decoder = decoderFor(coding, zlib);
    if (!decoder) {
      for (const made of decoders) made.destroy();
      return incoming;
    }
    decoders.push(decoder);
  }
  // pipeline passes an error of any stage on to the next one, so the reader of the last rejects
  // (its callbacks only keep the error from being reported twice), and closing the last early
  // closes the ones before it, the connection included.
  const { pipeline } = process.getBuiltinModule('node:stream');
  let stream: Readable = incoming;
  for (const decoder of decoders) stream = pipeline(stream, decoder, () => {});
  return stream;
}

/**
 * A decoder for one content coding, or undefined when it is not one `fetch` undoes. Lenient at the
 * end of the stream as `fetch` is: a body cut short yields what could be decoded.
 */
function decoderFor(coding: string, zlib: typeof NodeZlib): Transform | undefined {
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(lenient);
    case 'deflate':
      return inflateEither(zlib, lenient);
    case 'br':
      return zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      });
    default:
      return undefined;
  }
}

/**
 * Inflates `deflate` bodies in either form: the zlib format RFC 9110 §8.4.1.2 names (RFC 1950, whose
 * first byte's low four bits are 8) or the raw deflate data (RFC 1951) some servers send instead,
 * which browsers and `fetch` accept too. The form is told by the first byte.
 */
function inflateEither(zlib: typeof NodeZlib, options: NodeZlib.ZlibOptions): Transform {
  let inner: NodeZlib.Inflate | NodeZlib.InflateRaw | undefined;
  const outer: Transform = new (process.getBuiltinModule('node:stream').Transform)({
    transform(chunk: Buffer, _encoding, done) {
      if (!inner) {
        inner =
          ((chunk[0] ?? 0) & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inner.on('data', (data: Buffer) => outer.push(data));
        inner.on('error', (error) => outer.destroy(error));
      }
      if (inner.write(chunk)) done();
      else inner.once('drain', () => done());
    },
    flush(done) {
      if (!inner) {
        done();
        return;
      }
      inner.once('end', () => done());
      inner.end();
    },
    destroy(error, done) {
      inner?.destroy();
      done(error);
    },
  });
  return outer;
}

/**
 * A transport over a `fetch`-compatible function (redirects left to the attempt, `fetch`'s own
 * defaults and decoding).
 */
export function fetchTransport(fetchImpl: typeof globalThis.fetch): Transport {
  return async (url, request) => {
    const response = await fetchImpl(url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: 'manual',
      signal: request.signal,
    });
    return {
      status: response.status,
      headers: response.headers,
      body: () => chunksOf(response.body),
      discard: () => {
        response.body?.cancel().catch(() => undefined);
      },
    };
  };
}

/** The chunks of a web stream (none for a null body). */
async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Reached on `break` too: stops the download.
    await reader.cancel().catch(() => undefined);
  }
}
