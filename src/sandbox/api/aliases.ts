/**
 * The team's aliases: `GET /v4/aliases` (https://vercel.com/docs/rest-api/reference/endpoints/aliases/list-aliases)
 * and `GET /v3/now/aliases`, the older version `vercel alias ls` calls. The production and staging
 * domains are aliases too, so they are listed with the deployment each serves. Assigning one is
 * `POST /v2/deployments/{id}/aliases` (deployments.ts).
 */
import type { SandboxServices } from '../services.js';
import { PROJECT_ID, PROJECT_NAME, TEAM_SLUG, USER_ID } from '../types.js';
import { deploymentUrl } from '../views.js';
import { ApiError, type Reply, reply, type RouteContext } from './http-io.js';

function timestampParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ApiError(400, 'bad_request', `Query parameter \`${name}\` must be a timestamp in milliseconds`);
  return value;
}

/**
 * `GET /v4/aliases` and `GET /v3/now/aliases` → `{aliases: [{uid, alias, created, createdAt,
 * updatedAt, deploymentId, deployment: {id, url, meta}, projectId, redirect, redirectStatusCode,
 * creator}], pagination: {count, next, prev}}`, newest first. Filters: `domain` (one or more names,
 * repeated or comma-separated), `projectId` (id or name), `since`/`from` and `until` (on
 * `createdAt`), `limit` (1–100, default 20). For the next page pass `until=<pagination.next>`.
 */
export function listAllAliases(services: SandboxServices, ctx: RouteContext): Reply {
  const { query } = ctx;
  const limit = Number(query.get('limit') ?? '20');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ApiError(400, 'bad_request', 'Query parameter `limit` must be an integer from 1 to 100');
  const until = timestampParam(query, 'until');
  const since = timestampParam(query, 'since') ?? timestampParam(query, 'from');
  const domains = query
    .getAll('domain')
    .flatMap((value) => value.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const projectId = query.get('projectId');
  const projectMatches = projectId === null || projectId === PROJECT_ID || projectId === PROJECT_NAME;
  // Newest first; of two made in the same millisecond the later one (later in the state) first.
  const matching = services.store.state.aliases
    .map((alias, index) => ({ alias, index }))
    .sort((left, right) => right.alias.createdAt - left.alias.createdAt || right.index - left.index)
    .map(({ alias }) => alias)
    .filter(
      (alias) =>
        projectMatches &&
        (domains.length === 0 || domains.includes(alias.alias)) &&
        (until === undefined || alias.createdAt < until) &&
        (since === undefined || alias.createdAt > since),
    );
  const page = matching.slice(0, limit).map((alias) => {
    const deployment = services.store.deployment(alias.deploymentId);
    return {
      uid: alias.uid,
      alias: alias.alias,
      created: new Date(alias.createdAt).toISOString(),
      createdAt: alias.createdAt,
      updatedAt: alias.createdAt,
      deploymentId: alias.deploymentId,
      deployment: deployment
        ? { id: deployment.id, url: deploymentUrl(services.view, deployment), meta: deployment.meta }
        : null,
      projectId: PROJECT_ID,
      redirect: null,
      redirectStatusCode: null,
      creator: { uid: USER_ID, email: 'sandbox@greenlight.invalid', username: TEAM_SLUG },
    };
  });
  const more = matching.length > limit;
  return reply(200, {
    aliases: page,
    pagination: {
      count: page.length,
      next: more ? (page.at(-1)?.createdAt ?? null) : null,
      prev: page[0]?.createdAt ?? null,
    },
  });
}
