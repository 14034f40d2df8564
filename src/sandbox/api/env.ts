/**
 * The project's Environment Variables, what `vercel env ls|add|rm`, `vercel pull` and
 * `vercel env pull` use:
 *
 * - `GET /v10/projects/{idOrName}/env`
 *   (https://vercel.com/docs/rest-api/reference/endpoints/projects/retrieve-the-environment-variables-of-a-project-by-id-or-name)
 * - `POST /v10/projects/{idOrName}/env`
 *   (https://vercel.com/docs/rest-api/reference/endpoints/projects/create-one-or-more-environment-variables)
 * - `DELETE /v9|v10/projects/{idOrName}/env/{id}`
 *   (https://vercel.com/docs/rest-api/reference/endpoints/projects/remove-an-environment-variable)
 * - `GET /v3/env/pull/{projectId}[/{target}[/{gitBranch}]]`, the CLI's pull endpoint. Vercel does
 *   not document it; the shape `{env: {KEY: value}}` is what the CLI reads
 *   (https://github.com/vercel/vercel/blob/main/packages/cli/src/util/env/get-env-records.ts).
 *
 * The sandbox adds no system variables (`VERCEL_ENV` …) to a pull: it has no builds that would
 * read them, and Vercel does not document which ones its pull endpoint adds.
 */
import { randomId } from '../ids.js';
import type { SandboxServices } from '../services.js';
import { type EnvVarRecord, STAGING_ENVIRONMENT_ID, USER_ID } from '../types.js';
import { requireDeployment } from './deployments.js';
import { ApiError, type Reply, reply, readJson, type RouteContext } from './http-io.js';
import { requireProject } from './projects.js';

type StandardTarget = EnvVarRecord['target'][number];
const STANDARD_TARGETS: readonly StandardTarget[] = ['production', 'preview', 'development'];
const TYPES: readonly EnvVarRecord['type'][] = ['plain', 'encrypted', 'sensitive'];
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_KEY_LENGTH = 256;

/** A custom environment given by id or slug (only `staging` exists), or undefined. */
function customEnvironmentId(idOrSlug: string | null | undefined): string | undefined {
  return idOrSlug === STAGING_ENVIRONMENT_ID || idOrSlug === 'staging' ? STAGING_ENVIRONMENT_ID : undefined;
}

/** Whether a variable applies to `target` (a standard target or a custom environment id or slug). */
function appliesTo(env: EnvVarRecord, target: string): boolean {
  const custom = customEnvironmentId(target);
  if (custom) return env.customEnvironmentIds.includes(custom);
  return env.target.includes(target as StandardTarget);
}

/**
 * One variable as `GET …/env` shows it. `plain` and `encrypted` ("Config") values are readable to
 * the project's members; `sensitive` ("Secret") ones are write-only and come back as `""`
 * (https://vercel.com/docs/environment-variables).
 */
function envJson(env: EnvVarRecord): Record<string, unknown> {
  const readable = env.type !== 'sensitive';
  return {
    id: env.id,
    key: env.key,
    value: readable ? env.value : '',
    type: env.type,
    target: env.target,
    customEnvironmentIds: env.customEnvironmentIds,
    gitBranch: env.gitBranch ?? undefined,
    comment: env.comment ?? undefined,
    configurationId: null,
    createdAt: env.createdAt,
    updatedAt: env.updatedAt,
    createdBy: USER_ID,
    updatedBy: null,
    decrypted: env.type === 'encrypted',
  };
}

/**
 * `GET /v10/projects/{idOrName}/env` → `{envs: [...], pagination: {count, next: null, prev: null}}`,
 * oldest first. Filters: `target` (a standard target, or a custom environment id or slug, as the
 * CLI sends it), `customEnvironmentId`, `customEnvironmentSlug`, `gitBranch`; the deprecated
 * `decrypt` is accepted and changes nothing. An unknown project is a 404.
 */
export function listEnv(services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.idOrName);
  const { query } = ctx;
  const target =
    query.get('target') ?? query.get('customEnvironmentId') ?? query.get('customEnvironmentSlug');
  const gitBranch = query.get('gitBranch');
  const envs = services.store
    .envs()
    .filter((env) => (target ? appliesTo(env, target) : true))
    .filter((env) => (gitBranch ? env.gitBranch === null || env.gitBranch === gitBranch : true))
    .map((env) => envJson(env));
  return reply(200, { envs, pagination: { count: envs.length, next: null, prev: null } });
}

function badEnv(code: string, message: string, key?: unknown): ApiError {
  return new ApiError(400, code, message, typeof key === 'string' ? { key } : {});
}

/** Validates one item of a create body into a record (not yet stored). */
function parseEnv(item: unknown, now: number): EnvVarRecord {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    throw badEnv(
      'bad_request',
      'Each Environment Variable must be an object with `key`, `value`, `type`, `target`',
    );
  const body = item as Record<string, unknown>;
  const { key, value } = body;
  if (typeof key !== 'string' || key === '') throw badEnv('MISSING_KEY', 'The `key` is missing');
  if (key.length > MAX_KEY_LENGTH)
    throw badEnv('KEY_INVALID_LENGTH', `The key ${key} is longer than ${MAX_KEY_LENGTH} characters`, key);
  if (!KEY_PATTERN.test(key))
    throw badEnv(
      'KEY_INVALID_CHARACTERS',
      `The key ${key} may only contain letters, digits and underscores and must not start with a digit`,
      key,
    );
  if (typeof value !== 'string') throw badEnv('MISSING_VALUE', `The value of ${key} is missing`, key);
  const type = body.type ?? 'encrypted';
  if (!TYPES.includes(type as EnvVarRecord['type']))
    throw badEnv('bad_request', `The type of ${key} must be one of ${TYPES.join(', ')}`, key);
  const rawTargets =
    body.target === undefined ? [] : Array.isArray(body.target) ? body.target : [body.target];
  const target = rawTargets.map((entry: unknown) => {
    if (!STANDARD_TARGETS.includes(entry as StandardTarget))
      throw badEnv(
        'INVALID_TARGET',
        `The target ${String(entry)} of ${key} is not one of ${STANDARD_TARGETS.join(', ')}`,
        key,
      );
    return entry as StandardTarget;
  });
  const rawCustom: unknown[] = Array.isArray(body.customEnvironmentIds) ? body.customEnvironmentIds : [];
  const customEnvironmentIds = rawCustom.map((entry) => {
    const id = customEnvironmentId(typeof entry === 'string' ? entry : undefined);
    if (!id)
      throw badEnv('INVALID_TARGET', `The custom environment ${String(entry)} of ${key} does not exist`, key);
    return id;
  });
  if (target.length === 0 && customEnvironmentIds.length === 0)
    throw badEnv('MISSING_TARGET', `${key} needs a \`target\` or \`customEnvironmentIds\``, key);
  const gitBranch = typeof body.gitBranch === 'string' && body.gitBranch !== '' ? body.gitBranch : null;
  if (gitBranch !== null && (target.length !== 1 || target[0] !== 'preview'))
    throw badEnv(
      'GIT_BRANCH_NOT_PREVIEW',
      `${key}: a \`gitBranch\` needs the target to be preview only`,
      key,
    );
  if (type === 'sensitive' && target.includes('development'))
    throw badEnv('bad_request', `${key}: sensitive variables cannot target development`, key);
  return {
    id: randomId(16),
    key,
    value,
    type: type as EnvVarRecord['type'],
    target: [...new Set(target)],
    customEnvironmentIds: [...new Set(customEnvironmentIds)],
    gitBranch,
    comment: typeof body.comment === 'string' ? body.comment : null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Whether two variables would both apply to the same key, environment and branch. */
function overlaps(left: EnvVarRecord, right: EnvVarRecord): boolean {
  if (left.key !== right.key || left.gitBranch !== right.gitBranch) return false;
  return (
    left.target.some((target) => right.target.includes(target)) ||
    left.customEnvironmentIds.some((id) => right.customEnvironmentIds.includes(id))
  );
}

/**
 * `POST /v10/projects/{idOrName}/env[?upsert=true]`: the body is one variable or an array of them
 * (`{key, value, type, target[], customEnvironmentIds?, gitBranch?, comment?}`; `type` `plain`,
 * `encrypted` (the default) or `sensitive`). Answers 201 `{created, failed: []}` where `created` is
 * the variable, or the array when an array was sent. All-or-nothing: an invalid item is a 400
 * (`MISSING_KEY`, `KEY_INVALID_CHARACTERS`, `INVALID_TARGET`, …) and one whose key already exists
 * for one of its environments (and branch) is a 400 `ENV_ALREADY_EXISTS`, unless `upsert=true`,
 * which replaces the existing one.
 */
export async function createEnv(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  requireProject(ctx.params.idOrName);
  const body = await readJson(ctx.req);
  const upsert = ctx.query.get('upsert') === 'true';
  const now = Date.now();
  const items = (Array.isArray(body) ? body : [body]).map((item) => parseEnv(item, now));
  const envs = services.store.envs();
  for (const [index, item] of items.entries()) {
    const clash =
      (upsert ? undefined : envs.find((existing) => overlaps(existing, item))) ??
      items.slice(0, index).find((earlier) => overlaps(earlier, item));
    if (clash)
      throw new ApiError(
        400,
        'ENV_ALREADY_EXISTS',
        `A variable with the name \`${item.key}\` already exists for the target ${[...clash.target, ...clash.customEnvironmentIds].join(', ')} on branch ${clash.gitBranch ?? 'any'}`,
        { key: item.key, envVarId: clash.id },
      );
  }
  const kept = envs.filter((existing) => !items.some((item) => overlaps(existing, item)));
  services.store.state.envs = [...kept, ...items];
  services.store.save();
  const created = items.map((item) => envJson(item));
  return reply(201, { created: Array.isArray(body) ? created : created[0], failed: [] });
}

/** `DELETE /v9|v10/projects/{idOrName}/env/{id}` → the removed variable; an unknown id is a 404. */
export function removeEnv(services: SandboxServices, ctx: RouteContext): Reply {
  requireProject(ctx.params.idOrName);
  const envs = services.store.envs();
  const env = envs.find((candidate) => candidate.id === ctx.params.id);
  if (!env)
    throw new ApiError(404, 'not_found', `The Environment Variable "${ctx.params.id ?? ''}" was not found`);
  services.store.state.envs = envs.filter((candidate) => candidate !== env);
  services.store.save();
  return reply(200, envJson(env));
}

/**
 * `GET /v3/env/pull/{projectId}[/{target}[/{gitBranch}]]` → `{env: {KEY: value}}`: the values of
 * every variable for `target` (default `development`; a custom environment by id or slug works
 * too), branch-specific ones winning over general ones on `gitBranch`. `sensitive` values are
 * pulled as `""`, since they cannot be read back. `GET /v3/env/pull/{dpl_…}` pulls for that
 * deployment's target. An unknown project or target is a 404.
 */
export function pullEnv(services: SandboxServices, ctx: RouteContext): Reply {
  const { projectId } = ctx.params;
  let target = ctx.params.target ?? 'development';
  if (projectId?.startsWith('dpl_')) {
    const deployment = requireDeployment(services, projectId);
    target = deployment.customEnvironment ?? deployment.target ?? 'preview';
  } else {
    requireProject(projectId);
  }
  if (!STANDARD_TARGETS.includes(target as StandardTarget) && !customEnvironmentId(target))
    throw new ApiError(404, 'not_found', `The environment "${target}" was not found`);
  const gitBranch = ctx.params.gitBranch;
  const env: Record<string, string> = {};
  const applicable = services.store.envs().filter((candidate) => appliesTo(candidate, target));
  const general = applicable.filter((candidate) => candidate.gitBranch === null);
  const branch = gitBranch ? applicable.filter((candidate) => candidate.gitBranch === gitBranch) : [];
  for (const variable of [...general, ...branch])
    env[variable.key] = variable.type === 'sensitive' ? '' : variable.value;
  return reply(200, { env });
}
