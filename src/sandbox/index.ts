/**
 * The embedded Vercel-compatible sandbox: a local server speaking the subset of the Vercel REST API
 * that Greenlight, @vercel/client and the official `vercel` CLI use, serving every deployment on
 * its own loopback origin plus one origin per domain (production, staging) that follows
 * promote/rollback/alias. Usage and the fault API: docs/sandbox.md.
 */
import type { Logger } from '../runtime/logger.js';
import { startSandboxServer } from './server.js';

export interface SandboxOptions {
  /** API port; 0 (default) = a free port. Deployment/domain origins always get free ports. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /**
   * When set, state persists across restarts (JSON written atomically: temp file + rename) and
   * uploaded files are stored there too; otherwise memory + a temp dir removed on close.
   */
  stateDir?: string;
  /** Bearer token to require; default: a random one (or the persisted one with stateDir). */
  token?: string;
  /** Time a deployment spends QUEUED→BUILDING→READY, ms (default 300 total). */
  buildDelayMs?: number;
  logger?: Logger;
}

/** The JSON-able object `greenlight sandbox` prints as its first line. */
export interface SandboxInfo {
  api: string;
  token: string;
  teamId: string;
  projectId: string;
  origins: { production: string; staging: string };
  domains: { production: string; staging: string };
}

export interface Sandbox {
  /** API origin, e.g. http://127.0.0.1:43121 (no trailing slash). */
  api: string;
  token: string;
  /** 'team_greenlight' */
  teamId: string;
  /** 'prj_greenlight'; project name 'greenlight-sandbox'. */
  projectId: string;
  /** Origins of the production and staging domains. */
  origins: { production: string; staging: string };
  /** The domain names those origins stand for (what an alias request names). */
  domains: { production: string; staging: string };
  info(): SandboxInfo;
  close(): Promise<void>;
}

/**
 * Starts a sandbox. Throws `ConfigurationError` (one line) for bad options or an API port that
 * cannot be bound; an unreadable state file throws an Error naming the file.
 */
export function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandboxServer(options);
}

export { sandboxCommand } from './command.js';
