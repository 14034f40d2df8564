/**
 * The embedded Vercel-compatible sandbox: a local server speaking the subset of the Vercel REST API
 * that Greenlight, @vercel/client and the official `vercel` CLI use, serving every deployment on
 * its own loopback origin plus one origin per domain (production, staging) that follows
 * promote/rollback/alias. Usage and the fault API: docs/sandbox.md.
 */
import { startSandboxServer } from './server.js';
import type { Sandbox, SandboxOptions } from './types.js';

export type { Sandbox, SandboxInfo, SandboxOptions } from './types.js';

/**
 * Starts a sandbox: the API and every origin answer HTTP and HTTPS on their ports, HTTPS with a
 * certificate from the sandbox's own CA, whose PEM file `ca` names (docs/sandbox.md#tls). Throws
 * `ConfigurationError` (one line) for bad options or an API port that cannot be bound; an
 * unreadable state file throws an Error naming the file; a state dir (or temp dir) where the TLS
 * files cannot be written rejects with the file system error.
 */
export function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandboxServer(options);
}

export { sandboxCommand } from './command.js';
