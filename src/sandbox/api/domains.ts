/**
 * The team's domains: `GET /v5/domains`
 * (https://vercel.com/docs/rest-api/reference/endpoints/domains/list-all-the-domains), what
 * `vercel domains ls` calls. The sandbox has exactly two, the production and the staging domain.
 * Like every `*.vercel.app` name they are Vercel's (`serviceType: "zeit.world"`, Vercel's
 * nameservers), were not bought and do not expire.
 */
import type { SandboxServices } from '../services.js';
import { PRODUCTION_DOMAIN, STAGING_DOMAIN, TEAM_ID, TEAM_SLUG, USER_ID } from '../types.js';
import { ApiError, type Reply, reply, type RouteContext } from './http-io.js';

const VERCEL_NAMESERVERS = ['ns1.vercel-dns.com', 'ns2.vercel-dns.com'];

/**
 * `GET /v5/domains` → `{domains: [{id, name, serviceType, verified, nameservers,
 * intendedNameservers, customNameservers, creator, teamId, userId, createdAt, boughtAt, expiresAt,
 * transferredAt, renew}], pagination: {count, next, prev}}`, newest first (production, then staging,
 * both created with the project). `limit` (1–100) and `until`/`since` are applied; a single page.
 */
export function listDomains(services: SandboxServices, ctx: RouteContext): Reply {
  const { query } = ctx;
  const limit = Number(query.get('limit') ?? '20');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ApiError(400, 'bad_request', 'Query parameter `limit` must be an integer from 1 to 100');
  const createdAt = services.store.state.project.createdAt;
  const until = query.get('until');
  const since = query.get('since');
  const inRange =
    (until === null || createdAt < Number(until)) && (since === null || createdAt > Number(since));
  const named = [
    { id: 'dom_production', name: PRODUCTION_DOMAIN },
    { id: 'dom_staging', name: STAGING_DOMAIN },
  ];
  const domains = (inRange ? named : []).slice(0, limit).map(({ id, name }) => ({
    id,
    name,
    serviceType: 'zeit.world',
    verified: true,
    nameservers: VERCEL_NAMESERVERS,
    intendedNameservers: VERCEL_NAMESERVERS,
    customNameservers: [],
    creator: { id: USER_ID, username: TEAM_SLUG, email: 'sandbox@greenlight.invalid' },
    teamId: TEAM_ID,
    userId: USER_ID,
    createdAt,
    boughtAt: null,
    expiresAt: null,
    transferredAt: null,
    transferStartedAt: null,
    orderedAt: null,
    renew: false,
  }));
  return reply(200, {
    domains,
    pagination: { count: domains.length, next: null, prev: domains.length > 0 ? createdAt : null },
  });
}
