/**
 * Loopback origins: one server per deployment (its unique URL) and one per domain (production,
 * staging); the API origin is the same kind of server. `*.localhost` does not resolve on these
 * machines, so an origin is a port. Every port answers plain HTTP and HTTPS alike (the official CLI
 * prints deployments as `https://…`), both with the same request handler: see `OriginServer`.
 */
import {
  createServer as createHttpServer,
  type Server as HttpServer,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import {
  type AddressInfo,
  createServer as createTcpServer,
  type Server as TcpServer,
  type Socket,
} from 'node:net';
import type { Logger } from '../runtime/logger.js';
import type { CertificateAndKey } from './tls.js';

export type OriginKey =
  { kind: 'deployment'; deploymentId: string } | { kind: 'domain'; domain: 'production' | 'staging' };

export type OriginHandler = (key: OriginKey, req: IncomingMessage, res: ServerResponse) => void;

/** The first byte of a TLS record that carries a handshake message; a TLS client opens with one (its ClientHello). */
const TLS_HANDSHAKE_RECORD = 0x16;

/** How long an idle keep-alive connection stays open, ms. */
const KEEP_ALIVE_TIMEOUT_MS = 2_000;

/**
 * Listens on `port` (0 = any free port) and resolves with the bound port. With `fallback`, a busy
 * or refused `port` is retried on a free one instead of failing.
 */
export async function listen(
  server: TcpServer,
  host: string,
  port: number,
  fallback = false,
): Promise<number> {
  try {
    return await listenOnce(server, host, port);
  } catch (error) {
    if (!fallback || port === 0) throw error;
    return listenOnce(server, host, 0);
  }
}

function listenOnce(server: TcpServer, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * One origin's port, serving plain HTTP and HTTPS. A TCP server accepts each connection and waits
 * for its first bytes: when the first is a TLS handshake record (0x16, which no HTTP request line
 * starts with) the socket goes to an `https.Server`, otherwise to an `http.Server`, with the bytes
 * put back in front (`unshift`) so that server reads them as if it had accepted the connection
 * itself (the documented `'connection'` event). Both answer with the same `handler`, so routing,
 * faults and the request log see no difference but `req.socket.encrypted`. The cost is one read
 * and one `unshift` per connection; requests on a kept-alive connection cost nothing more.
 *
 * Unlike a listening `http.Server`, the inner ones run no periodic check of `headersTimeout` and
 * `requestTimeout` (Node starts it only on `listen`), so a client that stalls mid-request is not
 * cut off after 60 s; `close` still ends every connection.
 */
export class OriginServer {
  private readonly tcp: TcpServer;
  private readonly http: HttpServer;
  /** Made on the first TLS connection: a TLS context costs about 1 ms, which plain-HTTP use need not pay. */
  private https: HttpsServer | undefined;
  /** Every accepted connection until it closes, whichever protocol it speaks (for `close`). */
  private readonly connections = new Set<Socket>();

  /** `tls`: the server certificate and its key (PEM). */
  constructor(
    private readonly handler: RequestListener,
    private readonly tls: CertificateAndKey,
  ) {
    this.http = createHttpServer(handler);
    this.http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    // The socket options http.createServer gives its own listener: a half-closed request can
    // still be answered, and no Nagle delay.
    this.tcp = createTcpServer({ allowHalfOpen: true, noDelay: true }, (socket) => this.accept(socket));
  }

  /** Listens like `listen` above (`fallback`: a busy `port` is replaced by a free one); resolves with the port. */
  listen(host: string, port: number, fallback = false): Promise<number> {
    return listen(this.tcp, host, port, fallback);
  }

  /** The bound port (only while listening). */
  get port(): number {
    return (this.tcp.address() as AddressInfo).port;
  }

  /**
   * Stops listening and destroys every connection (keep-alive and streaming ones included, and
   * ones still in their TLS handshake or that sent nothing yet); resolves once all are closed.
   */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.tcp.listening) {
        resolve();
        return;
      }
      this.tcp.close(() => resolve());
      for (const socket of this.connections) socket.destroy();
    });
  }

  private accept(socket: Socket): void {
    this.connections.add(socket);
    socket.once('close', () => this.connections.delete(socket));
    // Until a protocol server owns the socket, a reset only ends it, and a client that hangs up
    // without a byte gets the FIN http.Server would send.
    const onError = (): void => {
      socket.destroy();
    };
    const onEnd = (): void => {
      socket.end();
    };
    socket.on('error', onError);
    socket.once('end', onEnd);
    const dispatch = (): void => {
      const arrived = socket.read() as Buffer | null;
      if (arrived === null) {
        socket.once('readable', dispatch);
        return;
      }
      socket.unshift(arrived);
      socket.off('end', onEnd);
      if (arrived[0] === TLS_HANDSHAKE_RECORD) {
        // As on a socket an https.Server accepts itself; the TLS socket wrapping it inherits this.
        // The raw socket keeps `onError`: the TLS socket reports the connection's errors.
        socket.allowHalfOpen = false;
        this.httpsServer().emit('connection', socket);
      } else {
        socket.off('error', onError);
        this.http.emit('connection', socket);
      }
    };
    dispatch();
  }

  private httpsServer(): HttpsServer {
    if (!this.https) {
      this.https = createHttpsServer({ cert: this.tls.cert, key: this.tls.key }, this.handler);
      this.https.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    }
    return this.https;
  }
}

export class OriginPool {
  private readonly servers = new Map<string, OriginServer>();

  /** `tls`: the server certificate and its key (PEM) every origin presents to HTTPS clients. */
  constructor(
    private readonly host: string,
    private readonly handler: OriginHandler,
    private readonly tls: CertificateAndKey,
    private readonly logger: Logger,
  ) {}

  /** Binds the origin for `key`, preferring `preferredPort` (falls back to a free port); returns the port. */
  async bind(key: OriginKey, preferredPort = 0): Promise<number> {
    const name = keyName(key);
    const existing = this.servers.get(name);
    if (existing) return existing.port;
    const server = new OriginServer((req, res) => this.handler(key, req, res), this.tls);
    const port = await server.listen(this.host, preferredPort, true);
    if (preferredPort !== 0 && port !== preferredPort)
      this.logger.warning(`sandbox: port ${preferredPort} for ${name} is taken; now on ${port}`);
    this.servers.set(name, server);
    return port;
  }

  /** Closes every origin and all their connections. */
  async closeAll(): Promise<void> {
    const servers = [...this.servers.values()];
    this.servers.clear();
    await Promise.all(servers.map((server) => server.close()));
  }
}

function keyName(key: OriginKey): string {
  return key.kind === 'deployment' ? `deployment ${key.deploymentId}` : `${key.domain} domain`;
}
