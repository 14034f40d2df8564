/**
 * The handler behind every loopback origin. A deployment origin serves its own deployment (from
 * the moment it is READY); a domain origin serves whatever deployment the domain points at now,
 * looked up per request, so promote/rollback/alias switch it atomically. Serving faults are
 * applied here. Answers carry `x-vercel-id` and `x-sandbox-deployment-id` (a sandbox-only aid).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { routeBuildOutput } from './build-output.js';
import { randomId } from './ids.js';
import type { OriginHandler, OriginKey } from './origins.js';
import type { SandboxServices } from './services.js';
import { buildSite, type Site } from './site.js';
import { sendFile, sendText } from './static-files.js';
import { type DeploymentRecord, PRODUCTION_DOMAIN, STAGING_DOMAIN } from './types.js';

export function createOriginHandler(services: SandboxServices): OriginHandler {
  const sites = new Map<string, Site>();
  const siteOf = (deployment: DeploymentRecord): Site => {
    let site = sites.get(deployment.id);
    if (!site) {
      site = buildSite(deployment, services.blobs);
      sites.set(deployment.id, site);
    }
    return site;
  };
  return (key, req, res) => {
    handle(services, siteOf, key, req, res).catch((error: unknown) => {
      services.logger.error(`sandbox: serving ${req.url ?? ''} failed: ${(error as Error).message}`);
      sendText(req, res, 500, 'Internal sandbox error', { 'x-vercel-error': 'INTERNAL_UNEXPECTED_ERROR' });
    });
  };
}

async function handle(
  services: SandboxServices,
  siteOf: (deployment: DeploymentRecord) => Site,
  key: OriginKey,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader('x-vercel-id', `sandbox::${randomId(12)}`);
  let deployment: DeploymentRecord | undefined;
  if (key.kind === 'domain') {
    deployment = key.domain === 'production' ? services.store.production() : services.store.staging();
    if (!deployment) {
      const name = key.domain === 'production' ? PRODUCTION_DOMAIN : STAGING_DOMAIN;
      sendText(req, res, 404, `No deployment is assigned to ${name} yet.\n\nDEPLOYMENT_NOT_FOUND`, {
        'x-vercel-error': 'DEPLOYMENT_NOT_FOUND',
      });
      return;
    }
  } else {
    deployment = services.store.deployment(key.deploymentId);
    if (!deployment) {
      sendText(req, res, 404, 'The deployment could not be found.\n\nDEPLOYMENT_NOT_FOUND', {
        'x-vercel-error': 'DEPLOYMENT_NOT_FOUND',
      });
      return;
    }
  }
  res.setHeader('x-sandbox-deployment-id', deployment.id);
  if (deployment.readyState === 'QUEUED' || deployment.readyState === 'BUILDING') {
    sendText(
      req,
      res,
      503,
      `The deployment ${deployment.id} is ${deployment.readyState} and not ready yet.\n\nDEPLOYMENT_NOT_READY`,
      {
        'x-vercel-error': 'DEPLOYMENT_NOT_READY',
        'retry-after': '1',
      },
    );
    return;
  }
  if (deployment.readyState !== 'READY') {
    sendText(
      req,
      res,
      404,
      `The deployment ${deployment.id} is ${deployment.readyState}.\n\nDEPLOYMENT_NOT_FOUND`,
      {
        'x-vercel-error': 'DEPLOYMENT_NOT_FOUND',
      },
    );
    return;
  }

  const effect = services.faults.serveEffect(deployment.id, key.kind === 'domain' ? 'domain' : 'unique');
  if (effect && effect.latencyMs > 0) await sleep(effect.latencyMs);
  if (res.destroyed) return;
  if (effect?.status !== undefined) {
    sendText(req, res, effect.status, `Sandbox serving fault ${effect.faultId}: status ${effect.status}`, {
      'x-sandbox-fault': effect.faultId,
    });
    return;
  }
  await serveSite(services, siteOf(deployment), req, res);
}

async function serveSite(
  services: SandboxServices,
  site: Site,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://origin');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    sendText(req, res, 400, 'Bad request path', { 'x-vercel-error': 'INVALID_REQUEST_PATH' });
    return;
  }
  if (path.split('/').includes('..')) {
    sendText(req, res, 400, 'Bad request path', { 'x-vercel-error': 'INVALID_REQUEST_PATH' });
    return;
  }
  const method = req.method ?? 'GET';
  if (site.configError) {
    const what = site.kind === 'static' ? 'Invalid vercel.json' : 'Invalid build output';
    sendText(req, res, 500, `${what}: ${site.configError}`, {
      'x-vercel-error': 'INVALID_BUILD_OUTPUT',
    });
    return;
  }
  const outcome = routeBuildOutput(site, { method, path, headers: req.headers, query: url.searchParams });
  if (outcome.kind === 'status') {
    sendText(req, res, outcome.status, outcome.text, outcome.headers);
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res);
  await sendFile(req, res, services.blobs.dir, outcome.file, outcome.status, outcome.headers);
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse): void {
  sendText(req, res, 405, 'Method not allowed', {
    allow: 'GET, HEAD',
    'x-vercel-error': 'METHOD_NOT_ALLOWED',
  });
}
