/**
 * Loopback origins: one HTTP server per deployment (its unique URL) and one per domain
 * (production, staging). `*.localhost` does not resolve on these machines, so an origin is a port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../runtime/logger.js';

export type OriginKey =
  { kind: 'deployment'; deploymentId: string } | { kind: 'domain'; domain: 'production' | 'staging' };

export type OriginHandler = (key: OriginKey, req: IncomingMessage, res: ServerResponse) => void;

/**
 * Listens on `port` (0 = any free port) and resolves with the bound port. With `fallback`, a busy
 * or refused `port` is retried on a free one instead of failing.
 */
export async function listen(server: Server, host: string, port: number, fallback = false): Promise<number> {
  try {
    return await listenOnce(server, host, port);
  } catch (error) {
    if (!fallback || port === 0) throw error;
    return listenOnce(server, host, 0);
  }
}

function listenOnce(server: Server, host: string, port: number): Promise<number> {
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

/** Closes a server and every connection it holds (keep-alive and streaming ones included). */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export class OriginPool {
  private readonly servers = new Map<string, Server>();

  constructor(
    private readonly host: string,
    private readonly handler: OriginHandler,
    private readonly logger: Logger,
  ) {}

  /** Binds the origin for `key`, preferring `preferredPort` (falls back to a free port); returns the port. */
  async bind(key: OriginKey, preferredPort = 0): Promise<number> {
    const name = keyName(key);
    const existing = this.servers.get(name);
    if (existing) return (existing.address() as AddressInfo).port;
    const server = createServer((req, res) => this.handler(key, req, res));
    server.keepAliveTimeout = 2_000;
    const port = await listen(server, this.host, preferredPort, true);
    if (preferredPort !== 0 && port !== preferredPort)
      this.logger.warning(`sandbox: port ${preferredPort} for ${name} is taken; now on ${port}`);
    this.servers.set(name, server);
    return port;
  }

  async closeAll(): Promise<void> {
    const servers = [...this.servers.values()];
    this.servers.clear();
    await Promise.all(servers.map(closeServer));
  }
}

function keyName(key: OriginKey): string {
  return key.kind === 'deployment' ? `deployment ${key.deploymentId}` : `${key.domain} domain`;
}
