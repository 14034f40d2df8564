/**
 * Who the token belongs to: `GET /v2/user` and `GET /teams/{idOrSlug}` (the first requests the
 * official CLI makes). One user, one team. Shapes follow the CLI's own test mocks:
 *
 * - https://github.com/vercel/vercel/blob/main/packages/cli/test/mocks/user.ts
 * - https://github.com/vercel/vercel/blob/main/packages/cli/test/mocks/team.ts
 */
import type { SandboxServices } from '../services.js';
import { TEAM_ID, TEAM_SLUG, USER_ID } from '../types.js';
import { ApiError, type Reply, reply, type RouteContext } from './http-io.js';

const TEAM_NAME = 'Greenlight Sandbox';

export function getUser(): Reply {
  return reply(200, {
    user: {
      id: USER_ID,
      uid: USER_ID,
      email: 'sandbox@greenlight.invalid',
      name: TEAM_NAME,
      username: 'greenlight-user',
      avatar: null,
      defaultTeamId: TEAM_ID,
      createdAt: 0,
      softBlock: null,
      limited: false,
      billing: { plan: 'pro', status: 'active' },
    },
  });
}

export function teamJson(): Record<string, unknown> {
  return {
    id: TEAM_ID,
    slug: TEAM_SLUG,
    name: TEAM_NAME,
    avatar: null,
    createdAt: 0,
    creatorId: USER_ID,
    membership: { uid: USER_ID, role: 'OWNER', confirmed: true, createdAt: 0 },
    billing: { plan: 'pro', status: 'active' },
  };
}

export function getTeam(_services: SandboxServices, ctx: RouteContext): Reply {
  const id = ctx.params.teamId;
  if (id !== TEAM_ID && id !== TEAM_SLUG)
    throw new ApiError(404, 'not_found', `Team "${id ?? ''}" was not found`);
  return reply(200, teamJson());
}

export function listTeams(): Reply {
  return reply(200, { teams: [teamJson()], pagination: { count: 1, next: null, prev: null } });
}
