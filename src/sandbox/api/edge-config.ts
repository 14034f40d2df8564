/**
 * Edge Config on the sandbox's API origin, both sides of it:
 *
 * - **The REST API** (bearer token of the sandbox): `PATCH /v1/edge-config/{id}/items`, a batch of
 *   `create`/`update`/`upsert`/`delete` applied all-or-nothing with the documented validation
 *   (https://vercel.com/docs/rest-api/edge-config/update-edge-config-items-in-batch: key
 *   `^[\w-]+$` of at most 256 characters, description at most 512, `create` needs a `value`,
 *   `update`/`upsert` need a `value` or a `description`), answered `{"status":"ok"}`; `?dryRun=1`
 *   validates without storing. The reads `GET /v1/edge-config/{id}`, `…/items`, `…/item/{key}`.
 *   The renamed `/v1/global-config/…` paths are served too.
 * - **The read endpoint apps use** through `@vercel/edge-config` (1.x): a connection string
 *   `<api origin>/<ecfg_id>?token=<sandbox token>` makes the SDK request `GET|HEAD
 *   /{id}/item/{key}?version=1`, `GET /{id}/items?version=1[&key=…]` and `GET
 *   /{id}/digest?version=1` with `Authorization: Bearer <token>` (the `token` query parameter works
 *   too, as on edge-config.vercel.com). Answers carry `x-edge-config-digest` and an `ETag`
 *   (`If-None-Match` gets a 304, which the SDK's cache relies on); a missing item is a 404 *with*
 *   the digest header (the SDK reads it as `undefined`), a malformed id a 404 without it (the SDK's
 *   "Edge Config not found"), a wrong token a 401 (the SDK's "Unauthorized").
 *
 * Any `ecfg_…` id exists (empty until written). A store whose items would exceed 512 KB — the
 * largest plan's limit (https://vercel.com/docs/pricing/edge-config), counted as the JSON of
 * `{key: value}` in UTF-8 bytes — refuses the batch with a 400. See docs/sandbox.md.
 */
import { createHash } from 'node:crypto';
import type { SandboxServices } from '../services.js';
import { type EdgeConfigItem, TEAM_ID } from '../types.js';
import { ApiError, type Reply, reply, readJsonObject, type RouteContext } from './http-io.js';

/** Edge Config ids: `ecfg_` and letters or digits. */
const ID = /^ecfg_[A-Za-z0-9]+$/;
/** Item keys (the API's documented pattern and length). */
const KEY = /^[\w-]+$/;
const MAX_KEY_LENGTH = 256;
const MAX_DESCRIPTION_LENGTH = 512;
/** The largest plan's store size (Enterprise, 512 KB), in bytes of the `{key: value}` JSON. */
export const SANDBOX_EDGE_CONFIG_MAX_BYTES = 524_288;
/** The read endpoint's paths: `/{id}/item/{key}`, `/{id}/items`, `/{id}/digest`. */
const READ_PATH = /^\/ecfg_[^/]*\/(?:item\/[^/]+|items|digest)\/?$/;

type Items = Record<string, EdgeConfigItem>;

function requireConfig(services: SandboxServices, id: string | undefined): Items {
  if (!id || !ID.test(id))
    throw new ApiError(404, 'not_found', `Edge Config "${id ?? ''}" was not found (ids look like ecfg_…)`);
  services.store.state.edgeConfigs[id] ??= {};
  return services.store.state.edgeConfigs[id];
}

function itemJson(id: string, item: EdgeConfigItem): Record<string, unknown> {
  return { ...item, edgeConfigId: id };
}

function bad(message: string): never {
  throw new ApiError(400, 'bad_request', message);
}

/** The store as apps read it: `{key: value}` in key order of creation. */
function valuesOf(items: Items): Record<string, unknown> {
  return Object.fromEntries(Object.values(items).map((item) => [item.key, item.value]));
}

/** Bytes of the store's `{key: value}` JSON (what the size limit counts). */
function sizeInBytes(items: Items): number {
  return Buffer.byteLength(JSON.stringify(valuesOf(items)));
}

/** A content digest of the store (16 hex characters): changes whenever a value changes. */
function digestOf(items: Items): string {
  const entries = Object.keys(items)
    .sort()
    .map((key) => [key, items[key]?.value]);
  return createHash('sha1').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
}

/** Checks one batch operation against the documented schema; returns its fields. */
function checkOperation(
  raw: unknown,
  index: number,
): { operation: string; key: string; value: unknown; description: unknown } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    bad(`\`items[${index}]\` must be an object`);
  const { operation, key, value, description } = raw as Record<string, unknown>;
  if (operation !== 'create' && operation !== 'update' && operation !== 'upsert' && operation !== 'delete')
    bad(`\`items[${index}].operation\` must be "create", "update", "upsert" or "delete"`);
  if (typeof key !== 'string' || !KEY.test(key))
    bad(`\`items[${index}].key\` must be a string matching ^[\\w-]+$`);
  if (key.length > MAX_KEY_LENGTH)
    bad(`\`items[${index}].key\` must be at most ${MAX_KEY_LENGTH} characters (got ${key.length})`);
  if (description !== undefined && description !== null) {
    if (typeof description !== 'string') bad(`\`items[${index}].description\` must be a string or null`);
    if (description.length > MAX_DESCRIPTION_LENGTH)
      bad(`\`items[${index}].description\` must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
  }
  if (operation === 'create' && value === undefined)
    bad(`\`items[${index}].value\` is required for "create"`);
  if ((operation === 'update' || operation === 'upsert') && value === undefined && description === undefined)
    bad(`\`items[${index}]\` needs a \`value\` or a \`description\` for "${operation}"`);
  return { operation, key, value, description };
}

/**
 * `PATCH /v1/edge-config/{id}/items`: `{"items":[…]}` → 200 `{"status":"ok"}`, all-or-nothing;
 * 400 `bad_request` naming the first invalid operation, a `create` of an existing key, an `update`
 * of a missing one, or a result over {@link SANDBOX_EDGE_CONFIG_MAX_BYTES}. `?dryRun=1` (or `true`)
 * checks everything and stores nothing.
 */
export async function patchItems(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  const id = ctx.params.id ?? '';
  const current = requireConfig(services, id);
  const body = await readJsonObject(ctx.req);
  if (!Array.isArray(body.items)) bad('Missing required property `items` (an array of operations)');
  const next: Items = structuredClone(current);
  const now = Date.now();
  for (const [index, raw] of body.items.entries()) {
    const { operation, key, value, description } = checkOperation(raw, index);
    const existing = Object.hasOwn(next, key) ? next[key] : undefined;
    if (operation === 'delete') {
      delete next[key];
      continue;
    }
    if (operation === 'create' && existing) bad(`Cannot create item "${key}": it already exists`);
    if (operation === 'update' && !existing) bad(`Cannot update item "${key}": it does not exist`);
    if (!existing && value === undefined)
      bad(`\`items[${index}].value\` is required: item "${key}" does not exist yet`);
    const item: EdgeConfigItem = {
      key,
      value: value === undefined ? existing?.value : value,
      description: description === undefined ? existing?.description : (description as string | null),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    // An own property even for a key like `__proto__` (which `^[\w-]+$` allows).
    Object.defineProperty(next, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  const size = sizeInBytes(next);
  if (size > SANDBOX_EDGE_CONFIG_MAX_BYTES)
    bad(
      `The Edge Config would be ${size} bytes, over the ${SANDBOX_EDGE_CONFIG_MAX_BYTES}-byte limit (https://vercel.com/docs/pricing/edge-config)`,
    );
  const dryRun = ['1', 'true'].includes(ctx.query.get('dryRun') ?? '');
  if (!dryRun) {
    services.store.state.edgeConfigs[id] = next;
    services.store.save();
  }
  return reply(200, { status: 'ok' });
}

/** `GET /v1/edge-config/{id}/items`: every item as `{key, value, description?, createdAt, updatedAt, edgeConfigId}`. */
export function listItems(services: SandboxServices, ctx: RouteContext): Reply {
  const id = ctx.params.id ?? '';
  const items = requireConfig(services, id);
  return reply(
    200,
    Object.values(items).map((item) => itemJson(id, item)),
  );
}

/** `GET /v1/edge-config/{id}/item/{key}`: one item, or 404 `not_found`. */
export function getItem(services: SandboxServices, ctx: RouteContext): Reply {
  const id = ctx.params.id ?? '';
  const items = requireConfig(services, id);
  const key = ctx.params.key ?? '';
  const item = Object.hasOwn(items, key) ? items[key] : undefined;
  if (!item) throw new ApiError(404, 'not_found', `Item "${ctx.params.key ?? ''}" was not found in ${id}`);
  return reply(200, itemJson(id, item));
}

/** `GET /v1/edge-config/{id}`: the store's metadata (`itemCount`, `sizeInBytes`, `digest`, …). */
export function getConfig(services: SandboxServices, ctx: RouteContext): Reply {
  const id = ctx.params.id ?? '';
  const items = requireConfig(services, id);
  const records = Object.values(items);
  const updatedAt = Math.max(0, ...records.map((item) => item.updatedAt));
  return reply(200, {
    id,
    slug: id,
    ownerId: TEAM_ID,
    itemCount: records.length,
    sizeInBytes: sizeInBytes(items),
    digest: digestOf(items),
    createdAt: 0,
    updatedAt,
  });
}

/**
 * Whether a request is for the read endpoint of `@vercel/edge-config` (GET or HEAD of
 * `/{id}/item/{key}`, `/{id}/items`, `/{id}/digest`), which checks its own token (401, not the
 * API's 403).
 */
export function isEdgeConfigRead(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && READ_PATH.test(path);
}

/** The read endpoint's token check: `Authorization: Bearer <token>` or `?token=`; else 401. */
function requireReadToken(services: SandboxServices, ctx: RouteContext): void {
  const bearer = /^Bearer (\S+)$/.exec(ctx.req.headers.authorization ?? '')?.[1];
  const token = bearer ?? ctx.query.get('token') ?? '';
  if (token !== services.token) throw new ApiError(401, 'unauthorized', 'Invalid Edge Config read token');
}

/** The read endpoint's Edge Config: a malformed id is a 404 without a digest (the SDK: not found). */
function readConfig(services: SandboxServices, ctx: RouteContext): Items {
  requireReadToken(services, ctx);
  const id = ctx.params.id ?? '';
  if (!ID.test(id)) throw new ApiError(404, 'not_found', `Edge Config "${id}" was not found`);
  return services.store.state.edgeConfigs[id] ?? {};
}

/**
 * A 200 with `body`, its strong `ETag` and the store digest, or a 304 when `If-None-Match`
 * already names that ETag.
 */
function readReply(ctx: RouteContext, items: Items, body: unknown): Reply {
  const etag = `"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
  const headers = { etag, 'x-edge-config-digest': digestOf(items), 'cache-control': 'no-store' };
  const asked = (ctx.req.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
  if (asked.includes(etag) || asked.includes('*')) return reply(304, undefined, headers);
  return reply(200, body, headers);
}

/** `GET|HEAD /{id}/item/{key}`: the value as JSON; 404 with `x-edge-config-digest` when there is no such item. */
export function readItem(services: SandboxServices, ctx: RouteContext): Reply {
  const items = readConfig(services, ctx);
  const key = ctx.params.key ?? '';
  const item = Object.hasOwn(items, key) ? items[key] : undefined;
  if (!item)
    throw new ApiError(
      404,
      'not_found',
      `Item "${key}" was not found`,
      {},
      {
        'x-edge-config-digest': digestOf(items),
      },
    );
  return readReply(ctx, items, item.value);
}

/** `GET /{id}/items`: `{key: value}` of every item, or of the `key` query parameters that exist. */
export function readItems(services: SandboxServices, ctx: RouteContext): Reply {
  const items = readConfig(services, ctx);
  const values = valuesOf(items);
  const keys = ctx.query.getAll('key');
  const body =
    keys.length === 0
      ? values
      : Object.fromEntries(keys.filter((key) => Object.hasOwn(values, key)).map((key) => [key, values[key]]));
  return readReply(ctx, items, body);
}

/** `GET /{id}/digest`: the store digest as a JSON string. */
export function readDigest(services: SandboxServices, ctx: RouteContext): Reply {
  const items = readConfig(services, ctx);
  return readReply(ctx, items, digestOf(items));
}
