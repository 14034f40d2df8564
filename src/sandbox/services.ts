/**
 * The services of one running sandbox that every API route and origin handler is given (server.ts
 * assembles them), and the deployment lookup by id, URL or alias that
 * `GET /v13/deployments/{idOrUrl}` and the CLI's `promote <url>` rely on.
 */
import type { Logger } from '../runtime/logger.js';
import type { BlobStore } from './blobs.js';
import type { FaultRegistry } from './faults.js';
import type { Lifecycle } from './lifecycle.js';
import type { OriginPool } from './origins.js';
import type { RequestLog } from './request-log.js';
import type { SandboxStore } from './store.js';
import { type DeploymentRecord, PRODUCTION_DOMAIN, STAGING_DOMAIN } from './types.js';
import type { ViewContext } from './views.js';

/** State, stores and helpers of one running sandbox, shared by its API routes and origins. */
export interface SandboxServices {
  store: SandboxStore;
  blobs: BlobStore;
  faults: FaultRegistry;
  lifecycle: Lifecycle;
  origins: OriginPool;
  requests: RequestLog;
  logger: Logger;
  view: ViewContext;
  token: string;
  /** Ports of the domain origins. */
  domainPorts: { production: number; staging: number };
}

/**
 * Finds a deployment by `dpl_…` id, by URL (`host:port` or `http://host:port/…` of its own
 * origin, or of a domain origin = the deployment that domain serves) or by alias name.
 */
export function findDeployment(services: SandboxServices, idOrUrl: string): DeploymentRecord | undefined {
  const { store } = services;
  const byId = store.deployment(idOrUrl);
  if (byId) return byId;
  const host = idOrUrl
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .toLowerCase();
  const port = /:(\d+)$/.exec(host)?.[1];
  if (port !== undefined) {
    const portNumber = Number(port);
    if (portNumber === services.domainPorts.production) return store.production();
    if (portNumber === services.domainPorts.staging) return store.staging();
    return store.state.deployments.find((d) => d.port === portNumber);
  }
  if (host === PRODUCTION_DOMAIN) return store.production();
  if (host === STAGING_DOMAIN) return store.staging();
  const alias = store.alias(host);
  return alias ? store.deployment(alias.deploymentId) : undefined;
}
