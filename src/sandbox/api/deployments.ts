/**
 * Deployment reads and changes: `GET /v13/deployments/{idOrUrl}`, `GET /v6/deployments` (filters
 * and `until` pagination), `PATCH /v12/deployments/{id}/cancel`, and deployment aliases
 * (`GET`/`POST /v2/deployments/{id}/aliases`). Source: https://vercel.com/docs/rest-api
 * (deployments, aliases) and docs/sandbox.md.
 */
import { findDeployment, type SandboxCore } from '../core.js';
import { ApiError, type Reply, reply, readJsonObject, type RouteContext } from '../http.js';
import { type DeploymentRecord, PRODUCTION_DOMAIN, PROJECT_ID, PROJECT_NAME } from '../types.js';
import { deploymentJson, deploymentListItem } from '../views.js';

export function requireDeployment(core: SandboxCore, idOrUrl: string | undefined): DeploymentRecord {
  const d = idOrUrl === undefined ? undefined : findDeployment(core, idOrUrl);
  if (!d) throw new ApiError(404, 'not_found', `The deployment "${idOrUrl ?? ''}" could not be found`);
  return d;
}

export function getDeployment(core: SandboxCore, ctx: RouteContext): Reply {
  return reply(200, deploymentJson(core.view, requireDeployment(core, ctx.params.idOrUrl)));
}

export function cancelDeployment(core: SandboxCore, ctx: RouteContext): Reply {
  const d = requireDeployment(core, ctx.params.id);
  if (!core.lifecycle.cancel(d))
    throw new ApiError(
      400,
      'deployment_not_cancelable',
      `The deployment ${d.id} is ${d.readyState} and can no longer be canceled`,
    );
  return reply(200, deploymentJson(core.view, d));
}

function intParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ApiError(
      400,
      'bad_request',
      `Query parameter \`${name}\` must be an integer from ${min} to ${max}`,
    );
  return n;
}

/** `GET /v6/deployments`: newest first; `pagination.next` is the `created` to pass as `until`. */
export function listDeployments(core: SandboxCore, ctx: RouteContext): Reply {
  const q = ctx.query;
  const limit = intParam(q, 'limit', 1, 100) ?? 20;
  const until = intParam(q, 'until', 0, Number.MAX_SAFE_INTEGER);
  const since = intParam(q, 'since', 0, Number.MAX_SAFE_INTEGER);
  const projectId = q.get('projectId') ?? q.get('app');
  const target = q.get('target');
  const states = q
    .get('state')
    ?.split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const meta = [...q.entries()]
    .filter(([k]) => k.startsWith('meta-'))
    .map(([k, v]) => [k.slice(5), v] as const);
  const rollbackCandidate = q.get('rollbackCandidate') === 'true';

  const matching = core.store.newestFirst().filter((d) => {
    if (projectId && projectId !== PROJECT_ID && projectId !== PROJECT_NAME) return false;
    if (target === 'production' && d.target !== 'production') return false;
    if (target === 'preview' && d.target !== null) return false;
    if (states && states.length > 0 && !states.includes(d.readyState)) return false;
    if (until !== undefined && d.createdAt >= until) return false;
    if (since !== undefined && d.createdAt <= since) return false;
    if (meta.some(([k, v]) => d.meta[k] !== v)) return false;
    return true;
  });
  const items = matching.map((d) => deploymentListItem(core.view, d));
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
export async function assignAlias(core: SandboxCore, ctx: RouteContext): Promise<Reply> {
  const d = requireDeployment(core, ctx.params.id);
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
  if (d.readyState !== 'READY')
    throw new ApiError(
      400,
      'deployment_not_ready',
      `The deployment ${d.id} is ${d.readyState}; only READY deployments can be aliased`,
    );
  const now = Date.now();
  const { record, oldDeploymentId } = core.store.setAlias(alias, d.id, now);
  // The production domain names the live production deployment, however it got there.
  if (alias === PRODUCTION_DOMAIN) core.lifecycle.goLive(d, now);
  d.aliasAssignedAt ??= now;
  core.store.save();
  core.lifecycle.emit('change', d.id);
  return reply(200, {
    uid: record.uid,
    alias: record.alias,
    created: new Date(now).toISOString(),
    oldDeploymentId,
  });
}

/** `GET /v2/deployments/{id}/aliases` → `{aliases: [{uid, alias, created, redirect}]}`. */
export function listAliases(core: SandboxCore, ctx: RouteContext): Reply {
  const d = requireDeployment(core, ctx.params.id);
  const aliases = core.store.aliasesOf(d.id).map((a) => ({
    uid: a.uid,
    alias: a.alias,
    created: new Date(a.createdAt).toISOString(),
    redirect: null,
  }));
  return reply(200, { aliases });
}
