/**
 * The flag document, pushed to a Vercel Edge Config store after a flag change, so applications on
 * Vercel read it at the edge (https://vercel.com/docs/edge-config) instead of from the repository.
 *
 * Two items are written, in one `PATCH /v1/edge-config/{id}/items` that upserts both
 * (https://vercel.com/docs/rest-api/edge-config/update-edge-config-items-in-batch):
 *
 * - `flagd`: the whole flagd document (https://flagd.dev/reference/flag-definitions/) as a JSON
 *   value, for apps that evaluate it with `@openfeature/flagd-core` — targeting, rollouts and
 *   overrides included.
 * - `flags`: `{ "<flagKey>": boolean }` for the Flags SDK adapter `@flags-sdk/edge-config`, which
 *   reads static values only. It holds only managed flags (managed.ts) that are ENABLED and have no
 *   targeting, each as its default variant's value (`on` → true, `off` → false). Left out:
 *   - DISABLED flags (killed or archived): flagd serves callers their **code default**, and the
 *     adapter does the same for a key it does not find (the flag's `defaultValue`). Writing `false`
 *     instead would override a code default of `true`.
 *   - flags with targeting (a rollout, organisation overrides): one static value cannot say "25 % of
 *     users" or "on for acme"; writing the default variant would serve everyone in the rollout and
 *     every overridden organisation the wrong value. Apps that need these read `flagd`.
 *   - flags not in the managed shape (hand-edited): their variants need not be booleans.
 *
 * Edge Config has no compare-and-swap: the last write wins, and a write reaches every region within
 * about 10 s. The whole store is limited to 8 KB (Hobby), 64 KB (Pro) or 512 KB (Enterprise)
 * (https://vercel.com/docs/pricing/edge-config), so the size is checked before anything is sent.
 */
import { vercelErrorFormat } from '../deploy/vercel/errors.js';
import type { HttpClient } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import { ConfigurationError, ReportedFailure } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { type FlagDocument, parseFlagDocument, validateFlagDocument } from './document.js';
import { readManagedFlag } from './managed.js';

/** Vercel's API origin. */
export const VERCEL_API_URL = 'https://api.vercel.com';
/** Edge Config ids: `ecfg_` then letters and digits. */
export const EDGE_CONFIG_ID = /^ecfg_[A-Za-z0-9]+$/;
/** The size the two items may take by default, in bytes: 64 KB, the Pro plan's store limit. */
export const DEFAULT_EDGE_CONFIG_SIZE_LIMIT_BYTES = 65_536;

/** `{ "<flagKey>": boolean }`: what `@flags-sdk/edge-config` reads from the `flags` item. */
export type EdgeConfigFlags = Record<string, boolean>;

/** One operation of the batch: an upsert of `key` to `value` (any JSON), with a `description` (≤ 512 characters). */
export interface EdgeConfigUpsert<Value> {
  operation: 'upsert';
  key: string;
  value: Value;
  description: string;
}

/** The two items to upsert: `flagd` (the document) and `flags` (the derived static map). */
export type FlagEdgeConfigItems = readonly [
  EdgeConfigUpsert<FlagDocument>,
  EdgeConfigUpsert<EdgeConfigFlags>,
];

/**
 * The `flags` map of a document: each managed flag that is ENABLED and has no targeting, as its
 * default variant's value (`on` → true, `off` → false). DISABLED flags, flags with targeting and
 * flags not in the managed shape are left out (see the module comment for why). Keys keep the
 * document's order.
 */
export function staticFlags(document: FlagDocument): EdgeConfigFlags {
  const flags: EdgeConfigFlags = {};
  for (const [key, json] of Object.entries(document.flags)) {
    const managed = readManagedFlag(json);
    if (!managed || !managed.enabled || json.targeting !== undefined) continue;
    flags[key] = managed.defaultVariant === 'on';
  }
  return flags;
}

/**
 * The two Edge Config items for the flagd document `documentText`: `flagd`, the whole document as
 * a JSON value (sent minified), and `flags`, the {@link staticFlags} map.
 * @param where the document's name, for messages (`flags/production.flagd.json`).
 * @throws ConfigurationError when the text is not a valid flagd document (invalid JSON, the flagd
 *   schema, flagd-core's strict loader; see document.ts): nothing invalid is ever published.
 */
export function edgeConfigItems(documentText: string, where = 'the flag document'): FlagEdgeConfigItems {
  if (documentText.trim() === '')
    throw new ConfigurationError(`${where}: expected a flagd JSON document, got an empty text`);
  const document = parseFlagDocument(documentText, where);
  validateFlagDocument(document, where);
  return [
    {
      operation: 'upsert',
      key: 'flagd',
      value: document,
      description:
        'The flagd flag document (OpenFeature), written by Greenlight; evaluate it with @openfeature/flagd-core.',
    },
    {
      operation: 'upsert',
      key: 'flags',
      value: staticFlags(document),
      description:
        'Managed flags without targeting as {key: boolean}, for @flags-sdk/edge-config; written by Greenlight.',
    },
  ];
}

/**
 * The size of `items` as the store holds them: the JSON of `{"flagd": …, "flags": …}` in UTF-8
 * bytes (descriptions are not counted).
 */
export function edgeConfigSizeBytes(items: readonly EdgeConfigUpsert<unknown>[]): number {
  return Buffer.byteLength(JSON.stringify(Object.fromEntries(items.map((item) => [item.key, item.value]))));
}

/** A sync Vercel refused or that got no answer. One line, never the token. */
export class EdgeConfigSyncError extends ReportedFailure {
  override name = 'EdgeConfigSyncError';
  constructor(
    message: string,
    /** The HTTP status of Vercel's answer, when there was one. */
    readonly status: number | undefined,
    /** The input to fix, when one is to blame (`vercel-token` for 401/403, `edge-config-id` for 404). */
    readonly input: string | undefined,
  ) {
    super(message);
  }
}

export interface EdgeConfigSyncOptions {
  /** The project's HTTP client (retries, deadlines, `Retry-After`; src/http/client.ts). */
  http: HttpClient;
  /** API origin, default {@link VERCEL_API_URL} (the sandbox's `api` in tests; a path prefix is kept). */
  apiUrl?: string;
  /** Vercel access token with write access to the Edge Config; sent as a bearer token, never printed. */
  token: string;
  /** The team owning the Edge Config (`team_…`), sent as `teamId`; omit for a personal account. */
  teamId?: string;
  /** The store: `ecfg_…` (the id in its connection string, without the token). */
  edgeConfigId: string;
  /** The flagd document as written to the repository. */
  documentText: string;
  /** Where the document came from, for messages (`flags/production.flagd.json`). */
  where?: string;
  /**
   * The most the two items may take, in bytes of their JSON (see {@link edgeConfigSizeBytes});
   * default {@link DEFAULT_EDGE_CONFIG_SIZE_LIMIT_BYTES} (Pro). Set it to the plan's limit (8,192
   * Hobby, 524,288 Enterprise) minus what other items of the store take.
   */
  sizeLimitBytes?: number;
  logger: Logger;
  /** Absolute time, ms since the epoch on the client's clock, after which no attempt starts. */
  deadline?: number;
}

export interface EdgeConfigSyncResult {
  /** The size of the two items as sent, in bytes (see {@link edgeConfigSizeBytes}). */
  bytes: number;
  /** The keys written. */
  items: ['flagd', 'flags'];
}

/** What to say about a bad `edge-config-id` without echoing it (a pasted connection string carries its token). */
function describeBadId(value: string): string {
  if (value.trim() === '') return 'nothing';
  if (/^[a-z]+:/i.test(value.trim()))
    return 'a URL or connection string (pass only its ecfg_… id; the token in it stays secret)';
  return `${value.length} characters that do not match`;
}

/**
 * Upserts the `flagd` and `flags` items of {@link edgeConfigItems} into the Edge Config
 * `edgeConfigId` with one `PATCH {apiUrl}/v1/edge-config/{edgeConfigId}/items[?teamId=…]`
 * (https://vercel.com/docs/rest-api/edge-config/update-edge-config-items-in-batch), which Vercel
 * applies all-or-nothing and answers `{"status":"ok"}`. The write is a full snapshot, so it is
 * retried on 429, 5xx and resets. Last writer wins: a sync of an older document after a newer one
 * puts the older one back — sync the file as it is after the change.
 * @returns the size sent in bytes and the keys written.
 * @throws ConfigurationError, before anything is sent: input `edge-config-id` not matching
 *   `^ecfg_[A-Za-z0-9]+$`, an empty `vercel-token`, input `edge-config-size-limit` not a positive
 *   integer, the two items over `sizeLimitBytes` (the line says both sizes), or an invalid document.
 * @throws EdgeConfigSyncError when Vercel refuses the write or does not answer: one line with the
 *   method, the URL without its query, the status and Vercel's message (never the token); `input`
 *   names `vercel-token` for 401/403 and `edge-config-id` for 404.
 */
/**
 * The two items of `documentText` and their size, checked against `limitBytes` — what
 * {@link syncEdgeConfig} would send. The flags action runs it on a change before committing it, so a
 * file that would not fit the store is refused with the repository untouched.
 * @throws ConfigurationError naming input 'edge-config-size-limit' (both sizes in the line), or for
 *   an invalid document.
 */
export function checkEdgeConfigSize(
  documentText: string,
  limitBytes: number,
  where?: string,
): { items: FlagEdgeConfigItems; bytes: number } {
  const items = edgeConfigItems(documentText, where);
  const bytes = edgeConfigSizeBytes(items);
  if (bytes > limitBytes)
    throw new ConfigurationError(
      `input 'edge-config-size-limit': the Edge Config items flagd and flags are ${bytes} bytes, over the limit of ${limitBytes} bytes; nothing was sent (store limits: 8 KB Hobby, 64 KB Pro, 512 KB Enterprise, https://vercel.com/docs/pricing/edge-config)`,
    );
  return { items, bytes };
}

export async function syncEdgeConfig(options: EdgeConfigSyncOptions): Promise<EdgeConfigSyncResult> {
  const { edgeConfigId, logger } = options;
  if (!EDGE_CONFIG_ID.test(edgeConfigId))
    throw new ConfigurationError(
      `input 'edge-config-id': expected an Edge Config id matching ${EDGE_CONFIG_ID.source}, got ${describeBadId(edgeConfigId)}`,
    );
  if (options.token.trim() === '')
    throw new ConfigurationError(
      "input 'vercel-token': expected a Vercel access token with access to the Edge Config",
    );
  const limit = options.sizeLimitBytes ?? DEFAULT_EDGE_CONFIG_SIZE_LIMIT_BYTES;
  if (!Number.isInteger(limit) || limit <= 0)
    throw new ConfigurationError(
      `input 'edge-config-size-limit': expected a positive whole number of bytes (8192 Hobby, 65536 Pro, 524288 Enterprise), got ${String(limit)}`,
    );
  const { items, bytes } = checkEdgeConfigSize(options.documentText, limit, options.where);

  const base = (options.apiUrl ?? VERCEL_API_URL).replace(/\/+$/, '');
  const query = options.teamId ? `?${new URLSearchParams({ teamId: options.teamId }).toString()}` : '';
  const url = `${base}/v1/edge-config/${encodeURIComponent(edgeConfigId)}/items${query}`;
  let answer: { status?: unknown } | undefined;
  try {
    answer = await options.http.requestJson<{ status?: unknown } | undefined>(
      {
        method: 'PATCH',
        url,
        headers: { authorization: `Bearer ${options.token}` },
        json: { items },
        idempotent: true,
        ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
      },
      vercelErrorFormat,
    );
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const status = error.kind === 'status' ? error.status : undefined;
    const input =
      status === 401 || status === 403 ? 'vercel-token' : status === 404 ? 'edge-config-id' : undefined;
    const hint = input ? ` (check input '${input}')` : '';
    throw new EdgeConfigSyncError(
      `Edge Config ${edgeConfigId}: ${error.message.replace(/\s+/g, ' ')}${hint}`,
      status,
      input,
    );
  }
  if (answer?.status !== 'ok')
    throw new EdgeConfigSyncError(
      `Edge Config ${edgeConfigId}: PATCH answered without {"status":"ok"} (${JSON.stringify(answer)?.slice(0, 200) ?? 'no body'})`,
      undefined,
      undefined,
    );
  logger.info(
    `Edge Config ${edgeConfigId}: upserted flagd and flags (${bytes} of ${limit} bytes; ${Object.keys(items[1].value).length} static flags)`,
  );
  return { bytes, items: ['flagd', 'flags'] };
}
