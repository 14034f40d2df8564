/**
 * The project and its production pointer: `GET`/`PATCH /v9/projects/{idOrName}`, promote
 * (`POST /v10/projects/{id}/promote/{deploymentId}`), rollback (`POST /v1|v9/projects/{id}/rollback/
 * {deploymentId}`), the alias-status lists the CLI reads when a job fails, custom environments.
 * Promote and rollback answer 201 with an empty body and complete asynchronously (see
 * `Lifecycle.requestAliasJob`). Source: https://vercel.com/docs/rest-api/reference/endpoints/projects,
 * docs/sandbox.md and the Vercel CLI's promote and rollback commands
 * (https://github.com/vercel/vercel/tree/main/packages/cli/src/commands/promote and `…/rollback`).
 */
import type { SandboxServices } from '../services.js';
import { PRODUCTION_DOMAIN, PROJECT_ID, PROJECT_NAME } from '../types.js';
import { customEnvironmentJson, projectJson } from '../views.js';
import { requireDeployment } from './deployments.js';
import { ApiError, type Reply, reply, readJsonObject, type RouteContext } from './http-io.js';

/** Throws 404 `not_found` unless `idOrName` names the sandbox's one project. */
export function requireProject(idOrName: string | undefined): void {
  if (idOrName !== PROJECT_ID && idOrName !== PROJECT_NAME)
    throw new ApiError(
      404,
      'not_found',
      `Project "${idOrName ?? ''}" was not found (the sandbox hosts only ${PROJECT_NAME} / ${PROJECT_ID})`,
    );
}

export function getProject(services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.idOrName);
  return reply(200, projectJson(services.view));
}

/** Only `autoAssignCustomDomains` changes anything; other settings are accepted and ignored. */
export async function updateProject(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  requireProject(ctx.params.idOrName);
  const body = await readJsonObject(ctx.req);
  if (body.autoAssignCustomDomains !== undefined) {
    if (typeof body.autoAssignCustomDomains !== 'boolean')
      throw new ApiError(400, 'bad_request', '`autoAssignCustomDomains` must be a boolean');
    services.store.state.project.autoAssignCustomDomains = body.autoAssignCustomDomains;
  }
  services.store.state.project.updatedAt = Date.now();
  services.store.save();
  return reply(200, projectJson(services.view));
}

/** Promote a READY production deployment (staged or earlier): 201, completes after a short delay. */
export function promote(services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.projectId);
  const deployment = requireDeployment(services, ctx.params.deploymentId);
  if (deployment.target !== 'production')
    throw new ApiError(
      400,
      'deployment_not_production',
      `Deployment ${deployment.id} is a preview deployment; only production deployments can be promoted without a rebuild`,
    );
  if (deployment.readyState !== 'READY')
    throw new ApiError(
      400,
      'deployment_not_ready',
      `Deployment ${deployment.id} is ${deployment.readyState}; only READY deployments can be promoted`,
    );
  services.lifecycle.requestAliasJob('promote', deployment);
  return reply(201);
}

/** Roll back to a READY production deployment that served production before. */
export function rollback(services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.projectId);
  const deployment = requireDeployment(services, ctx.params.deploymentId);
  if (
    deployment.target !== 'production' ||
    deployment.readyState !== 'READY' ||
    deployment.promotedAt === null
  )
    throw new ApiError(
      422,
      'rollback_not_eligible',
      `Deployment ${deployment.id} cannot be rolled back to: only READY production deployments that served production before are eligible`,
    );
  services.lifecycle.requestAliasJob('rollback', deployment);
  return reply(201);
}

/** `GET /v9/projects/{id}/{promote|rollback}/aliases[?failedOnly=true]`: the domains of the last job. */
export function aliasJobStatus(services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.projectId);
  const request = services.store.state.lastAliasRequest;
  const status =
    request?.jobStatus === 'succeeded' ? 'completed' : request?.jobStatus === 'failed' ? 'failed' : 'pending';
  let aliases = request
    ? [{ alias: { alias: PRODUCTION_DOMAIN, deploymentId: request.toDeploymentId }, status }]
    : [];
  if (ctx.query.get('failedOnly') === 'true') aliases = aliases.filter((a) => a.status === 'failed');
  return reply(200, { aliases, pagination: { count: aliases.length, next: null, prev: null } });
}

export function customEnvironments(_services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.idOrName);
  return reply(200, { environments: [customEnvironmentJson()] });
}

export function rollingRelease(_services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.idOrName);
  return reply(200, { rollingRelease: null });
}

/**
 * `GET /v9/projects` (the CLI's `project ls`) and `GET /v10/projects` (the documented version,
 * https://vercel.com/docs/rest-api/reference/endpoints/projects/retrieve-a-list-of-projects) →
 * `{projects: [project…], pagination: {count, next, prev}}`, the one project shaped as
 * `GET /v9/projects/{idOrName}` answers it. Filters: `search` (part of the name), `until` /
 * `from` / `since` (on `updatedAt`), `limit` (1–100); `repo`, `repoId`, `repoUrl` and
 * `deprecated=true` match nothing, as the project has no Git repository and a current Node.js.
 * `pagination.next` is always null (a single page).
 */
export function listProjects(services: SandboxServices, ctx: RouteContext): Reply {
  const { query } = ctx;
  const limit = Number(query.get('limit') ?? '20');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ApiError(400, 'bad_request', 'Query parameter `limit` must be an integer from 1 to 100');
  const project = projectJson(services.view);
  const updatedAt = services.store.state.project.updatedAt;
  const search = query.get('search')?.toLowerCase();
  const until = query.get('until');
  const from = query.get('from') ?? query.get('since');
  const matches =
    (search === undefined || PROJECT_NAME.includes(search) || PROJECT_ID === search) &&
    (until === null || updatedAt < Number(until)) &&
    (from === null || updatedAt > Number(from)) &&
    !['repo', 'repoId', 'repoUrl'].some((name) => query.has(name)) &&
    query.get('deprecated') !== 'true';
  const projects = matches ? [project] : [];
  return reply(200, {
    projects,
    pagination: { count: projects.length, next: null, prev: matches ? updatedAt : null },
  });
}
