/**
 * Deployment reads and changes: `GET /v13/deployments/{idOrUrl}`, `GET /v6/deployments` (filters
 * and `until` pagination), `PATCH /v12/deployments/{id}/cancel`, and deployment aliases
 * (`GET`/`POST /v2/deployments/{id}/aliases`). Source: https://vercel.com/docs/rest-api
 * (deployments, aliases) and docs/sandbox.md.
 */
import { findDeployment, type SandboxServices } from '../services.js';
import { type DeploymentRecord, PRODUCTION_DOMAIN, PROJECT_ID, PROJECT_NAME } from '../types.js';
import { deploymentJson, deploymentListItem } from '../views.js';
import { ApiError, type Reply, reply, readJsonObject, type RouteContext } from './http-io.js';

export function requireDeployment(services: SandboxServices, idOrUrl: string | undefined): DeploymentRecord {
  const deployment = idOrUrl === undefined ? undefined : findDeployment(services, idOrUrl);
  if (!deployment)
    throw new ApiError(404, 'not_found', `The deployment "${idOrUrl ?? ''}" could not be found`);
  return deployment;
}

export function getDeployment(services: SandboxServices, ctx: RouteContext): Reply {
  return reply(200, deploymentJson(services.view, requireDeployment(services, ctx.params.idOrUrl)));
}

export function cancelDeployment(services: SandboxServices, ctx: RouteContext): Reply {
  const deployment = requireDeployment(services, ctx.params.id);
  if (!services.lifecycle.cancel(deployment))
    throw new ApiError(
      400,
      'deployment_not_cancelable',
      `The deployment ${deployment.id} is ${deployment.readyState} and can no longer be canceled`,
    );
  return reply(200, deploymentJson(services.view, deployment));
}

function intParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ApiError(
      400,
      'bad_request',
      `Query parameter \`${name}\` must be an integer from ${min} to ${max}`,
    );
  return value;
}

/** `GET /v6/deployments`: newest first; `pagination.next` is the `created` to pass as `until`. */
export function listDeployments(services: SandboxServices, ctx: RouteContext): Reply {
  const query = ctx.query;
  const limit = intParam(query, 'limit', 1, 100) ?? 20;
  const until = intParam(query, 'until', 0, Number.MAX_SAFE_INTEGER);
  const since = intParam(query, 'since', 0, Number.MAX_SAFE_INTEGER);
  const projectId = query.get('projectId') ?? query.get('app');
  const target = query.get('target');
  const states = query
    .get('state')
    ?.split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const meta = [...query.entries()]
    .filter(([k]) => k.startsWith('meta-'))
    .map(([k, v]) => [k.slice(5), v] as const);
  const rollbackCandidate = query.get('rollbackCandidate') === 'true';

  const matching = services.store.newestFirst().filter((d) => {
    if (projectId && projectId !== PROJECT_ID && projectId !== PROJECT_NAME) return false;
    if (target === 'production' && d.target !== 'production') return false;
    if (target === 'preview' && d.target !== null) return false;
    if (states && states.length > 0 && !states.includes(d.readyState)) return false;
    if (until !== undefined && d.createdAt >= until) return false;
    if (since !== undefined && d.createdAt <= since) return false;
    if (meta.some(([k, v]) => d.meta[k] !== v)) return false;
    return true;
  });
  const items = matching.map((d) => deploymentListItem(services.view, d));
  const filtered = rollbackCandidate ? items.filter((i) => i.isRollbackCandidate === true) : items;
  const page = filtered.slice(0, limit);
  const more = filtered.length > limit;
  return reply(200, {
    deployments: page,
    pagination: {
      count: page.length,
      next: more ? (page.at(-1)?.created ?? null) : null,
      prev: page[0]?.created ?? null,
    },
  });
}

/** `POST /v2/deployments/{id}/aliases` `{alias}` → `{uid, alias, created, oldDeploymentId}`. */
export async function assignAlias(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  const deployment = requireDeployment(services, ctx.params.id);
  const body = await readJsonObject(ctx.req);
  const alias =
    typeof body.alias === 'string'
      ? body.alias
          .trim()
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/\/.*$/, '')
      : '';
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?$/.test(alias))
    throw new ApiError(400, 'invalid_alias', 'The `alias` must be a host name such as staging.example.com');
  if (deployment.readyState !== 'READY')
    throw new ApiError(
      400,
      'deployment_not_ready',
      `The deployment ${deployment.id} is ${deployment.readyState}; only READY deployments can be aliased`,
    );
  const now = Date.now();
  const { record, oldDeploymentId } = services.store.setAlias(alias, deployment.id, now);
  // The production domain names the live production deployment, however it got there.
  if (alias === PRODUCTION_DOMAIN) services.lifecycle.goLive(deployment, now);
  deployment.aliasAssignedAt ??= now;
  services.store.save();
  services.lifecycle.emit('change', deployment.id);
  return reply(200, {
    uid: record.uid,
    alias: record.alias,
    created: new Date(now).toISOString(),
    oldDeploymentId,
  });
}

/** `GET /v2/deployments/{id}/aliases` → `{aliases: [{uid, alias, created, redirect}]}`. */
export function listAliases(services: SandboxServices, ctx: RouteContext): Reply {
  const deployment = requireDeployment(services, ctx.params.id);
  const aliases = services.store.aliasesOf(deployment.id).map((a) => ({
    uid: a.uid,
    alias: a.alias,
    created: new Date(a.createdAt).toISOString(),
    redirect: null,
  }));
  return reply(200, { aliases });
}

/**
 * `DELETE /v13/deployments/{id}` (https://vercel.com/docs/rest-api/reference/endpoints/deployments/delete-a-deployment)
 * and `DELETE /now/deployments/{id}`, the path `vercel remove` 60.1.3 calls (its `hard` query is
 * ignored). `?url=` (a deployment or alias URL) takes precedence over the id, as documented.
 * Answers 200 `{uid, state: "DELETED"}`; the deployment leaves every list, its URL answers 404
 * and the aliases pointing at it are removed (a staging domain it served then serves nothing).
 * An unknown deployment is a 404.
 *
 * The deployment the production domain serves is refused with 400 `deployment_is_production`:
 * Vercel documents that current production deployments are kept out of retention deletion
 * (https://vercel.com/docs/deployment-retention) but not what the API does with one, and deleting
 * it would take the site down, so the sandbox chooses the safe answer. Promote or roll back to
 * another deployment first.
 */
export function removeDeployment(services: SandboxServices, ctx: RouteContext): Reply {
  const url = ctx.query.get('url');
  const deployment = requireDeployment(services, url !== null && url !== '' ? url : ctx.params.id);
  if (services.store.production()?.id === deployment.id)
    throw new ApiError(
      400,
      'deployment_is_production',
      `The deployment ${deployment.id} is the current production deployment of ${PROJECT_NAME} and cannot be removed; promote or roll back to another deployment first`,
    );
  services.lifecycle.cancel(deployment);
  services.store.removeDeployment(deployment.id);
  services.store.save();
  services.lifecycle.emit('change', deployment.id);
  return reply(200, { uid: deployment.id, state: 'DELETED' });
}
