/**
 * The handler behind every loopback origin. A deployment origin serves its own deployment (from
 * the moment it is READY); a domain origin serves whatever deployment the domain points at now,
 * looked up per request, so promote/rollback/alias switch it atomically. Serving faults are
 * applied here. Answers carry `x-vercel-id` and `x-sandbox-deployment-id` (a sandbox-only aid).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { routeBuildOutput } from './build-output.js';
import type { SandboxCore } from './core.js';
import { randomId } from './ids.js';
import type { OriginHandler, OriginKey } from './origins.js';
import { buildSite, type Site, staticLookup } from './site.js';
import { sendFile, sendText } from './static-files.js';
import { type DeploymentRecord, PRODUCTION_DOMAIN, STAGING_DOMAIN } from './types.js';

export function createOriginHandler(core: SandboxCore): OriginHandler {
  const sites = new Map<string, Site>();
  const siteOf = (d: DeploymentRecord): Site => {
    let site = sites.get(d.id);
    if (!site) {
      site = buildSite(d, core.blobs);
      sites.set(d.id, site);
    }
    return site;
  };
  return (key, req, res) => {
    handle(core, siteOf, key, req, res).catch((error: unknown) => {
      core.logger.error(`sandbox: serving ${req.url ?? ''} failed: ${(error as Error).message}`);
      sendText(req, res, 500, 'Internal sandbox error', { 'x-vercel-error': 'INTERNAL_UNEXPECTED_ERROR' });
    });
  };
}

async function handle(
  core: SandboxCore,
  siteOf: (d: DeploymentRecord) => Site,
  key: OriginKey,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader('x-vercel-id', `sandbox::${randomId(12)}`);
  let d: DeploymentRecord | undefined;
  if (key.kind === 'domain') {
    d = key.domain === 'production' ? core.store.production() : core.store.staging();
    if (!d) {
      const name = key.domain === 'production' ? PRODUCTION_DOMAIN : STAGING_DOMAIN;
      sendText(req, res, 404, `No deployment is assigned to ${name} yet.\n\nDEPLOYMENT_NOT_FOUND`, {
        'x-vercel-error': 'DEPLOYMENT_NOT_FOUND',
      });
      return;
    }
  } else {
    d = core.store.deployment(key.deploymentId);
    if (!d) {
      sendText(req, res, 404, 'The deployment could not be found.\n\nDEPLOYMENT_NOT_FOUND', {
        'x-vercel-error': 'DEPLOYMENT_NOT_FOUND',
      });
      return;
    }
  }
  res.setHeader('x-sandbox-deployment-id', d.id);
  if (d.readyState === 'QUEUED' || d.readyState === 'BUILDING') {
    sendText(
      req,
      res,
      503,
      `The deployment ${d.id} is ${d.readyState} and not ready yet.\n\nDEPLOYMENT_NOT_READY`,
      {
        'x-vercel-error': 'DEPLOYMENT_NOT_READY',
        'retry-after': '1',
      },
    );
    return;
  }
  if (d.readyState !== 'READY') {
    sendText(req, res, 404, `The deployment ${d.id} is ${d.readyState}.\n\nDEPLOYMENT_NOT_FOUND`, {
      'x-vercel-error': 'DEPLOYMENT_NOT_FOUND',
    });
    return;
  }

  const effect = core.faults.serveEffect(d.id, key.kind === 'domain' ? 'domain' : 'unique');
  if (effect && effect.latencyMs > 0) await sleep(effect.latencyMs);
  if (res.destroyed) return;
  if (effect?.status !== undefined) {
    sendText(req, res, effect.status, `Sandbox serving fault ${effect.faultId}: status ${effect.status}`, {
      'x-sandbox-fault': effect.faultId,
    });
    return;
  }
  await serveSite(core, siteOf(d), req, res);
}

async function serveSite(
  core: SandboxCore,
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
    sendText(req, res, 500, `Invalid build output: ${site.configError}`, {
      'x-vercel-error': 'INVALID_BUILD_OUTPUT',
    });
    return;
  }
  if (site.kind === 'static') {
    const file = staticLookup(site, path);
    if (file) {
      if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res);
      await sendFile(req, res, core.blobs.dir, file);
      return;
    }
    const page = site.files.get('404.html');
    if (page) await sendFile(req, res, core.blobs.dir, page, 404);
    else
      sendText(req, res, 404, 'The page could not be found\n\nNOT_FOUND', { 'x-vercel-error': 'NOT_FOUND' });
    return;
  }
  const outcome = routeBuildOutput(site, { method, path, headers: req.headers, query: url.searchParams });
  if (outcome.kind === 'status') {
    sendText(req, res, outcome.status, outcome.text, outcome.headers);
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res);
  await sendFile(req, res, core.blobs.dir, outcome.file, outcome.status, outcome.headers);
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse): void {
  sendText(req, res, 405, 'Method not allowed', {
    allow: 'GET, HEAD',
    'x-vercel-error': 'METHOD_NOT_ALLOWED',
  });
}
