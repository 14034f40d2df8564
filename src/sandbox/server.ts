/**
 * Assembly: state store, blob store, faults, lifecycle, the TLS certificates, the API origin, the
 * domain origins and one origin per deployment (each answering HTTP and HTTPS on its port). The
 * public contract (`startSandbox`) is in index.ts and types.ts.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../runtime/errors.js';
import { silentLogger } from '../runtime/logger.js';
import { createApiHandler } from './api/handler.js';
import { BlobStore } from './blobs.js';
import { FaultRegistry } from './faults.js';
import { randomId } from './ids.js';
import { Lifecycle } from './lifecycle.js';
import { OriginPool, OriginServer } from './origins.js';
import { RequestLog } from './request-log.js';
import { createOriginHandler } from './serve.js';
import type { SandboxServices } from './services.js';
import { SandboxStore } from './store.js';
import { certificateNames, prepareTls, type SandboxTls } from './tls.js';
import {
  PRODUCTION_DOMAIN,
  PROJECT_ID,
  type Sandbox,
  type SandboxInfo,
  type SandboxOptions,
  type SandboxState,
  STAGING_DOMAIN,
  TEAM_ID,
} from './types.js';

/** How long a promote or rollback job stays `pending`, ms. */
const ALIAS_DELAY_MS = 100;

function validate(options: SandboxOptions): void {
  const { port, buildDelayMs, token } = options;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new ConfigurationError(`Sandbox port must be an integer from 0 to 65535 (got ${String(port)})`);
  if (buildDelayMs !== undefined && (!Number.isFinite(buildDelayMs) || buildDelayMs < 0))
    throw new ConfigurationError(
      `Sandbox buildDelayMs must be a number of milliseconds >= 0 (got ${String(buildDelayMs)})`,
    );
  if (token !== undefined && !/^[\x21-\x7e]{8,}$/.test(token))
    throw new ConfigurationError('Sandbox token must be at least 8 printable characters without spaces');
}

function freshState(token: string): SandboxState {
  const now = Date.now();
  return {
    version: 1,
    token,
    apiPort: 0,
    domainPorts: { production: 0, staging: 0 },
    project: { createdAt: now, updatedAt: now, autoAssignCustomDomains: true },
    deployments: [],
    aliases: [],
    lastAliasRequest: null,
    edgeConfigs: {},
  };
}

/** The host written into origins and deployment URLs (a wildcard bind is reached on loopback). */
function publicHost(host: string): string {
  if (host === '' || host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts a sandbox (see `startSandbox` in index.ts for the contract). Throws `ConfigurationError`
 * for bad options or an API port that cannot be bound; an unreadable state file or a state dir that
 * cannot be written rejects with the underlying error.
 */
export async function startSandboxServer(options: SandboxOptions = {}): Promise<Sandbox> {
  validate(options);
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const tempDir = options.stateDir ? undefined : mkdtempSync(join(tmpdir(), 'greenlight-sandbox-'));
  const baseDir = options.stateDir ?? (tempDir as string);
  mkdirSync(baseDir, { recursive: true });
  const store = SandboxStore.open(options.stateDir ? join(baseDir, 'state.json') : null, () =>
    freshState(options.token ?? `gls_${randomId(32)}`),
  );
  if (options.token) store.state.token = options.token;
  const blobs = new BlobStore(join(baseDir, 'files'));
  const faults = new FaultRegistry();
  const lifecycle = new Lifecycle(store, faults, {
    buildDelayMs: options.buildDelayMs ?? 300,
    aliasDelayMs: ALIAS_DELAY_MS,
    logger,
  });
  const urlHost = publicHost(host);
  let tls: SandboxTls;
  try {
    tls = await prepareTls({
      dir: baseDir,
      persist: options.stateDir !== undefined,
      names: certificateNames(urlHost),
      logger,
    });
  } catch (error) {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  const services: SandboxServices = {
    store,
    blobs,
    faults,
    lifecycle,
    origins: undefined as unknown as OriginPool,
    requests: new RequestLog(),
    logger,
    view: { store, host: urlHost, api: '' },
    token: store.state.token,
    domainPorts: { production: 0, staging: 0 },
  };
  services.origins = new OriginPool(host, createOriginHandler(services), tls.server, logger);
  const apiServer = new OriginServer(createApiHandler(services), tls.server);

  try {
    const explicit = options.port !== undefined && options.port !== 0;
    const apiPort = await apiServer
      .listen(host, explicit ? (options.port as number) : store.state.apiPort, !explicit)
      .catch((error: NodeJS.ErrnoException) => {
        throw new ConfigurationError(
          `Sandbox cannot listen on ${host}:${String(options.port)}: ${error.code ?? error.message}`,
        );
      });
    if (!explicit && store.state.apiPort !== 0 && apiPort !== store.state.apiPort)
      logger.warning(`sandbox: API port ${store.state.apiPort} is taken; now on ${apiPort}`);
    services.view.api = `http://${urlHost}:${apiPort}`;
    services.domainPorts.production = await services.origins.bind(
      { kind: 'domain', domain: 'production' },
      store.state.domainPorts.production,
    );
    services.domainPorts.staging = await services.origins.bind(
      { kind: 'domain', domain: 'staging' },
      store.state.domainPorts.staging,
    );
    for (const deployment of store.state.deployments) {
      deployment.port = await services.origins.bind(
        { kind: 'deployment', deploymentId: deployment.id },
        deployment.port,
      );
    }
    store.state.apiPort = apiPort;
    store.state.domainPorts = { ...services.domainPorts };
    store.save();
  } catch (error) {
    await apiServer.close();
    await services.origins.closeAll();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  lifecycle.resume();
  logger.debug(`sandbox: API on ${services.view.api}, state in ${options.stateDir ?? 'memory'}`);

  const info: SandboxInfo = {
    api: services.view.api,
    token: services.token,
    teamId: TEAM_ID,
    projectId: PROJECT_ID,
    origins: {
      production: `http://${urlHost}:${services.domainPorts.production}`,
      staging: `http://${urlHost}:${services.domainPorts.staging}`,
    },
    domains: { production: PRODUCTION_DOMAIN, staging: STAGING_DOMAIN },
    ca: tls.caFile,
  };
  let closing: Promise<void> | undefined;
  return {
    ...structuredClone(info),
    origins: { ...info.origins },
    domains: { ...info.domains },
    info: () => structuredClone(info),
    close: () => {
      closing ??= (async () => {
        lifecycle.close();
        await apiServer.close();
        await services.origins.closeAll();
        store.save();
        if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
