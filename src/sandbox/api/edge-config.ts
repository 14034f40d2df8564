/**
 * Edge Config items: `PATCH /v1/edge-config/{id}/items` (batch of create/update/upsert/delete,
 * applied all-or-nothing) and the reads `GET /v1/edge-config/{id}`, `…/items`, `…/item/{key}`.
 * Any `ecfg_…` id exists. The renamed `/v1/global-config/…` paths are served too. Source:
 * https://vercel.com/docs/rest-api/edge-config/update-edge-config-items-in-batch and docs/sandbox.md.
 */
import type { SandboxServices } from '../services.js';
import { type EdgeConfigItem, TEAM_ID } from '../types.js';
import { ApiError, type Reply, reply, readJsonObject, type RouteContext } from './http-io.js';

const ID = /^ecfg_[A-Za-z0-9]+$/;
const KEY = /^[\w-]{1,256}$/;

function requireConfig(services: SandboxServices, id: string | undefined): Record<string, EdgeConfigItem> {
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

export async function patchItems(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  const id = ctx.params.id ?? '';
  const current = requireConfig(services, id);
  const body = await readJsonObject(ctx.req);
  if (!Array.isArray(body.items)) bad('Missing required property `items` (an array of operations)');
  const next: Record<string, EdgeConfigItem> = structuredClone(current);
  const now = Date.now();
  for (const [i, raw] of body.items.entries()) {
    if (typeof raw !== 'object' || raw === null) bad(`\`items[${i}]\` must be an object`);
    const op = raw as Record<string, unknown>;
    const key = op.key;
    if (typeof key !== 'string' || !KEY.test(key)) bad(`\`items[${i}].key\` must match ^[\\w-]+$`);
    if (op.description !== undefined && op.description !== null && typeof op.description !== 'string')
      bad(`\`items[${i}].description\` must be a string or null`);
    const existing = next[key];
    switch (op.operation) {
      case 'create':
      case 'update':
      case 'upsert': {
        if (op.value === undefined) bad(`\`items[${i}].value\` is required for "${op.operation}"`);
        if (op.operation === 'create' && existing) bad(`Cannot create item "${key}": it already exists`);
        if (op.operation === 'update' && !existing) bad(`Cannot update item "${key}": it does not exist`);
        next[key] = {
          key,
          value: op.value,
          description:
            op.description === undefined ? existing?.description : (op.description as string | null),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        break;
      }
      case 'delete':
        delete next[key];
        break;
      default:
        bad(`\`items[${i}].operation\` must be "create", "update", "upsert" or "delete"`);
    }
  }
  services.store.state.edgeConfigs[id] = next;
  services.store.save();
  return reply(200, { status: 'ok' });
}

export function listItems(services: SandboxServices, ctx: RouteContext): Reply {
  const id = ctx.params.id ?? '';
  const items = requireConfig(services, id);
  return reply(
    200,
    Object.values(items).map((item) => itemJson(id, item)),
  );
}

export function getItem(services: SandboxServices, ctx: RouteContext): Reply {
  const id = ctx.params.id ?? '';
  const item = requireConfig(services, id)[ctx.params.key ?? ''];
  if (!item) throw new ApiError(404, 'not_found', `Item "${ctx.params.key ?? ''}" was not found in ${id}`);
  return reply(200, itemJson(id, item));
}

export function getConfig(services: SandboxServices, ctx: RouteContext): Reply {
  const id = ctx.params.id ?? '';
  const items = Object.values(requireConfig(services, id));
  const updatedAt = Math.max(0, ...items.map((i) => i.updatedAt));
  return reply(200, {
    id,
    slug: id,
    ownerId: TEAM_ID,
    itemCount: items.length,
    sizeInBytes: Buffer.byteLength(JSON.stringify(items)),
    digest: String(updatedAt),
    createdAt: 0,
    updatedAt,
  });
}
