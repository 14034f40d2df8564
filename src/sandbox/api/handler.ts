/**
 * The API origin: route table, bearer-token check (403 `{"error":{"code":"forbidden","message":
 * "Not authorized"}}`), API faults, the request log, and the JSON error shape for every failure
 * (unknown route → 404 `not_found`). `teamId`/`slug` query parameters are accepted and ignored.
 * The origin also serves the read endpoint of `@vercel/edge-config` (`/{ecfg_id}/item/{key}`, …),
 * which checks its token itself and answers a wrong one with 401 (edge-config.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestLogEntry } from '../request-log.js';
import type { SandboxServices } from '../services.js';
import type { ApiFault } from '../types.js';
import { getTeam, getUser, listTeams } from './account.js';
import { listAllAliases } from './aliases.js';
import { listBuilds } from './builds.js';
import { addFault, clearFaults, clearRequests, listFaults, listRequests, removeFault } from './control.js';
import { createDeployment } from './create-deployment.js';
import {
  assignAlias,
  cancelDeployment,
  getDeployment,
  listAliases,
  listDeployments,
  removeDeployment,
  requireDeployment,
} from './deployments.js';
import { listDomains } from './domains.js';
import {
  getConfig,
  getItem,
  isEdgeConfigRead,
  listItems,
  patchItems,
  readDigest,
  readItem,
  readItems,
} from './edge-config.js';
import { createEnv, listEnv, pullEnv, removeEnv } from './env.js';
import { deploymentEvents } from './events.js';
import { uploadFile } from './files.js';
import { ApiError, errorBody, type Reply, reply, Router, type RouteContext, sendReply } from './http-io.js';
import {
  aliasJobStatus,
  customEnvironments,
  getProject,
  listProjects,
  promote,
  rollback,
  rollingRelease,
  updateProject,
} from './projects.js';

type ServicesRouteHandler = (
  services: SandboxServices,
  ctx: RouteContext,
) => Promise<Reply | undefined> | Reply | undefined;

/** `GET /v1/deployments/{id}/checks`: the sandbox runs no checks, so the list is always empty. */
function listChecks(services: SandboxServices, ctx: RouteContext): Reply {
  requireDeployment(services, ctx.params.id);
  return reply(200, { checks: [] });
}

function routes(services: SandboxServices): Router {
  const router = new Router();
  const on = (spec: string, handler: ServicesRouteHandler): void => {
    router.add(spec, (ctx) => handler(services, ctx));
  };
  on('POST /v13/deployments', createDeployment);
  on('GET /v13/deployments/:idOrUrl', getDeployment);
  on('GET /v6/deployments', listDeployments);
  on('GET /v7/deployments', listDeployments);
  on('PATCH /v12/deployments/:id/cancel', cancelDeployment);
  on('GET /v2/deployments/:id/aliases', listAliases);
  on('POST /v2/deployments/:id/aliases', assignAlias);
  on('GET /v1/deployments/:id/checks', listChecks);
  on('GET /v3/now/deployments/:idOrUrl/events', deploymentEvents);
  on('GET /v3/deployments/:idOrUrl/events', deploymentEvents);
  on('POST /v2/files', uploadFile);
  on('GET /v9/projects/:idOrName', getProject);
  on('PATCH /v9/projects/:idOrName', updateProject);
  on('GET /v9/projects/:idOrName/custom-environments', customEnvironments);
  on('GET /v1/projects/:idOrName/rolling-release', rollingRelease);
  on('POST /v10/projects/:projectId/promote/:deploymentId', promote);
  on('POST /v1/projects/:projectId/rollback/:deploymentId', rollback);
  on('POST /v9/projects/:projectId/rollback/:deploymentId', rollback);
  on('GET /v1/projects/:projectId/promote/aliases', aliasJobStatus);
  on('GET /v9/projects/:projectId/promote/aliases', aliasJobStatus);
  on('GET /v9/projects/:projectId/rollback/aliases', aliasJobStatus);
  on('GET /v2/user', getUser);
  on('GET /teams/:teamId', getTeam);
  on('GET /v2/teams/:teamId', getTeam);
  on('GET /v2/teams', listTeams);
  on('GET /v1/teams', listTeams);
  // What `vercel pull|build|inspect|alias|project ls|env|domains ls|remove` call (the unversioned
  // `/now/…` and `/projects/…` paths are the ones CLI 60.1.3 uses).
  on('DELETE /v13/deployments/:id', removeDeployment);
  on('DELETE /now/deployments/:id', removeDeployment);
  on('GET /v11/deployments/:id/builds', listBuilds);
  on('GET /now/deployments/:id/aliases', listAliases);
  on('POST /now/deployments/:id/aliases', assignAlias);
  on('GET /v4/aliases', listAllAliases);
  on('GET /v3/now/aliases', listAllAliases);
  on('GET /v5/domains', listDomains);
  on('GET /v9/projects', listProjects);
  on('GET /v10/projects', listProjects);
  on('GET /projects/:idOrName/custom-environments', customEnvironments);
  on('GET /v10/projects/:idOrName/env', listEnv);
  on('POST /v10/projects/:idOrName/env', createEnv);
  on('DELETE /v10/projects/:idOrName/env/:id', removeEnv);
  on('DELETE /v9/projects/:idOrName/env/:id', removeEnv);
  on('GET /v3/env/pull/:projectId', pullEnv);
  on('GET /v3/env/pull/:projectId/:target', pullEnv);
  on('GET /v3/env/pull/:projectId/:target/:gitBranch', pullEnv);
  for (const base of ['/v1/edge-config', '/v1/global-config']) {
    on(`GET ${base}/:id`, getConfig);
    on(`GET ${base}/:id/items`, listItems);
    on(`PATCH ${base}/:id/items`, patchItems);
    on(`GET ${base}/:id/item/:key`, getItem);
  }
  // The read endpoint of @vercel/edge-config (a connection string `<api>/<ecfg_id>?token=…`); it
  // checks its own token (isEdgeConfigRead). Last, so no API route is shadowed.
  on('GET /:id/item/:key', readItem);
  on('HEAD /:id/item/:key', readItem);
  on('GET /:id/items', readItems);
  on('GET /:id/digest', readDigest);
  on('GET /_sandbox/faults', listFaults);
  on('POST /_sandbox/faults', addFault);
  on('DELETE /_sandbox/faults', clearFaults);
  on('DELETE /_sandbox/faults/:id', removeFault);
  on('GET /_sandbox/requests', listRequests);
  on('DELETE /_sandbox/requests', clearRequests);
  return router;
}

const STATUS_CODES: Record<number, string> = {
  429: 'rate_limited',
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** The answer an API fault with a `status` gives (429s carry `limit` like the real API). */
function faultError(fault: ApiFault & { status: number }): ApiError {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  const extra: Record<string, unknown> =
    fault.status === 429
      ? { limit: { remaining: 0, reset: Date.now() + (fault.retryAfter ?? 1) * 1000, total: 100 } }
      : {};
  const code =
    fault.code ??
    STATUS_CODES[fault.status] ??
    (fault.status >= 500 ? 'internal_server_error' : 'bad_request');
  return new ApiError(fault.status, code, `Sandbox fault ${fault.id}: HTTP ${fault.status}`, extra, headers);
}

export function createApiHandler(
  services: SandboxServices,
): (req: IncomingMessage, res: ServerResponse) => void {
  const router = routes(services);
  return (req, res) => {
    void handle(services, router, req, res);
  };
}

async function handle(
  services: SandboxServices,
  router: Router,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const started = Date.now();
  const url = new URL(req.url ?? '/', 'http://api');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname;
  const control = path === '/_sandbox' || path.startsWith('/_sandbox/');
  const entry: RequestLogEntry = {
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    status: 0,
    time: new Date(started).toISOString(),
    durationMs: 0,
  };
  // An Edge Config read may carry its token in the query; the log never shows it.
  if (entry.query.token !== undefined) entry.query.token = '***';
  const ctx: RouteContext = { req, res, params: {}, query: url.searchParams, note: {} };
  res.on('close', () => {
    entry.status = res.headersSent ? res.statusCode : 0;
    entry.durationMs = Date.now() - started;
    Object.assign(entry, ctx.note);
    if (!control) services.requests.add(entry);
  });
  // An `after` fault lets the request take effect, then replaces its answer.
  const answerWith = (fault: ApiFault): void => {
    if (fault.drop) {
      req.socket.destroy();
      return;
    }
    if (fault.status !== undefined) throw faultError({ ...fault, status: fault.status });
  };
  let afterwards: ApiFault | undefined;
  try {
    if (!control) {
      const fault = services.faults.takeApi(method, path);
      if (fault) {
        entry.fault = fault.id;
        if (fault.latencyMs) await sleep(fault.latencyMs);
        if (fault.after) afterwards = fault;
        else {
          answerWith(fault);
          if (fault.drop) return;
        }
      }
    }
    if (!isEdgeConfigRead(method, path) && req.headers.authorization !== `Bearer ${services.token}`)
      throw new ApiError(403, 'forbidden', 'Not authorized');
    const match = router.match(method, path);
    if (!match) throw new ApiError(404, 'not_found', `The requested path ${method} ${path} was not found`);
    ctx.params = match.params;
    const result = await match.handler(ctx);
    if (afterwards) {
      answerWith(afterwards);
      if (afterwards.drop) return;
    }
    if (result) sendReply(res, result);
  } catch (error) {
    if (error instanceof ApiError) {
      sendReply(res, { status: error.status, body: errorBody(error), headers: error.headers });
      return;
    }
    services.logger.error(`sandbox: ${method} ${path} failed: ${(error as Error).stack ?? String(error)}`);
    sendReply(
      res,
      reply(500, { error: { code: 'internal_server_error', message: (error as Error).message } }),
    );
  }
}
