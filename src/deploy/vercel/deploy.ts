/**
 * A Vercel deployment from a local tree, end to end, under one deadline.
 *
 * `@vercel/client`'s `createDeployment` collects the tree (`.vercelignore`, prebuilt
 * `.vercel/output`), hashes it, sends `POST /v13/deployments` and creates the deployment. Its traps
 * (observed with @vercel/client 18.4.2; see docs/deploy.md) are handled here:
 * - hashing is the one pass that reads every file: {@link hashTree} starts the client with its
 *   deployment options still a pending promise (which `createDeployment` accepts and awaits only
 *   after its `hashes-calculated` event), so the content key comes from the client's own hashes and
 *   the reuse lookup runs before anything is sent;
 * - it polls forever for `alias-assigned`, which a staged deploy may never reach: we stop at
 *   `created` and poll readiness ourselves, with a deadline;
 * - its uploads retry no 5xx, 429 or undici reset and stream each file through a fixed semaphore of
 *   50: when the API answers `missing_files` for more than one batch of files (or on any retry) we
 *   stop it and upload those files ourselves through the shared HTTP client (per-file retries,
 *   Retry-After, 64 at once — about 3× faster in the deploy benchmark), then a fresh round finds
 *   every file present and creates the deployment; a few files it uploads itself, saving the
 *   re-hash, and if that fails the retry round uploads them our way;
 * - a create that fails ambiguously is looked up by a per-deploy meta key before anything is sent
 *   twice, and other failures repeat the round with backoff;
 * - a rate limit is honoured: the create's 429 carries `error.limit` (`reset` in epoch seconds,
 *   `resetMs` in ms; https://vercel.com/docs/rest-api#rate-limits) because the client drops the
 *   answer's `Retry-After` header, while our own calls read `Retry-After` (RFC 9110 §10.2.3). A wait
 *   that ends past the deadline fails at once with `rate limited until <ISO time>`, sending nothing more;
 * - readiness polling rides out transient failures (5xx, 429, resets, timeouts) until the deadline
 *   and stops at once on permanent ones (other 4xx);
 * - its requests have no timeout: every step races the deadline, and on expiry the deployment (if
 *   one exists) is cancelled with `PATCH /v12/deployments/{id}/cancel`; the error says whether the
 *   cancel went through or how it was refused.
 */
import { randomUUID } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createDeployment } from './client.js';
import { formatDuration } from '../../format/duration.js';
import { HttpError, isTransient } from '../../http/errors.js';
import { backoffMs } from '../../http/retry-after.js';
import type { Clock } from '../../runtime/clock.js';
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { contentKeyOfHashes } from '../content-key.js';
import { type DeployRequest, type DeployResult, ProviderError } from '../types.js';
import type { VercelApi, VercelDeployment } from './api.js';
import { CLIENT_UPLOAD_MAX, type ClientFile, uploadMissing } from './upload.js';
import { staticDeploymentSettings } from './vercel-json.js';

export interface VercelDeployDeps {
  api: VercelApi;
  clock: Clock;
  logger: Logger;
  random?: () => number;
  userAgent?: string;
  /** Upload/create rounds before giving up (default 6). */
  maxRounds?: number;
  /** Readiness polling: first interval (kept for ten polls) and cap, ms (default 100 and 5000). */
  pollMs?: { first: number; max: number };
  /** Turns the API's deployment into the caller's shape (scheme, state). */
  toInfo: (d: VercelDeployment) => DeployResult['deployment'];
}

type ClientEvent = { type: string; payload: unknown; code?: string };
type ClientOptions = Parameters<typeof createDeployment>[0];
/** What the client needs of the API: the token, the team and the origin. */
export type VercelClientAuth = Pick<VercelApi, 'teamId'> & {
  auth: Pick<VercelApi['auth'], 'token' | 'apiUrl'>;
};
type DeploymentOptions = Exclude<Parameters<typeof createDeployment>[1], undefined | Promise<unknown>>;

/** The client options of a deploy of `path` (absolute); a fresh object per round, as the client writes to it. */
function clientOptionsFor(
  api: VercelClientAuth,
  path: string,
  prebuilt: boolean,
  userAgent?: string,
): ClientOptions {
  return {
    token: api.auth.token,
    ...(api.teamId ? { teamId: api.teamId } : {}),
    apiUrl: api.auth.apiUrl.replace(/\/+$/, ''),
    path,
    prebuilt,
    ...(prebuilt ? { vercelOutputDir: join(path, '.vercel', 'output') } : {}),
    userAgent: userAgent ?? 'greenlight',
    skipAutoDetectionConfirmation: true,
  };
}

/**
 * A deploy whose tree `@vercel/client` has collected and hashed — the one pass that reads every
 * file — while its deployment options are still pending, so nothing has been sent yet
 * (`createDeployment` accepts its options as a promise and awaits them only after its
 * `hashes-calculated` event). Its content key is known before the reuse lookup; {@link vercelDeploy}
 * sends it, or {@link HashedTree.discard} drops it.
 */
export interface HashedTree {
  /** Absolute path of the deployed directory. */
  readonly path: string;
  readonly prebuilt: boolean;
  /** {@link contentKeyOfHashes} of the hashed files: 64 hex characters. */
  readonly contentKey: string;
  /** Stops the client; nothing is sent. A no-op once {@link vercelDeploy} has taken it. */
  discard(): void;
}

/** What {@link vercelDeploy} takes over from a {@link HashedTree}. */
interface PausedClient {
  events: AsyncIterableIterator<ClientEvent>;
  files: Record<string, ClientFile>;
  /** Events yielded before the hashes (warnings, notices), logged once the deploy is sent. */
  earlier: ClientEvent[];
  send(options: DeploymentOptions): void;
}
const pausedClients = new WeakMap<HashedTree, () => PausedClient | undefined>();

/**
 * Starts `@vercel/client` on `path` and waits for its hashes (see {@link HashedTree}).
 * @param path the deployed directory (or, with `prebuilt`, the root holding `.vercel/output`).
 * @throws ConfigurationError naming the input `path` when it cannot be read or the client refuses
 *   the tree (e.g. both a `.vercelignore` and a `.nowignore`); nothing is sent.
 */
export async function hashTree(
  path: string,
  prebuilt: boolean,
  api: VercelClientAuth,
  userAgent?: string,
): Promise<HashedTree> {
  const root = resolve(path);
  await lstat(root).catch((error: unknown) => {
    throw new ConfigurationError(`input 'path': cannot read ${path}: ${errorMessage(error)}`);
  });
  let send: (options: DeploymentOptions) => void = () => {};
  const options = new Promise<DeploymentOptions>((resolveOptions) => {
    send = resolveOptions;
  });
  const events = createDeployment(
    clientOptionsFor(api, root, prebuilt, userAgent),
    options,
  ) as AsyncIterableIterator<ClientEvent>;
  const stop = (): void => void events.return?.(undefined).catch(() => {});
  const earlier: ClientEvent[] = [];
  let files: Record<string, ClientFile>;
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) throw new Error('the Vercel client stopped before hashing the files');
      if (next.value.type === 'hashes-calculated') {
        files = next.value.payload as Record<string, ClientFile>;
        break;
      }
      if (next.value.type === 'error') throw new Error(String((next.value.payload as Error)?.message));
      earlier.push(next.value);
    }
  } catch (error) {
    stop();
    throw new ConfigurationError(`input 'path': ${errorMessage(error)}`);
  }
  let state: 'paused' | 'taken' | 'discarded' = 'paused';
  const tree: HashedTree = {
    path: root,
    prebuilt,
    contentKey: contentKeyOfHashes(root, files, prebuilt),
    discard: () => {
      if (state !== 'paused') return;
      state = 'discarded';
      stop();
    },
  };
  pausedClients.set(tree, () => {
    if (state !== 'paused') return undefined;
    state = 'taken';
    return { events, files, earlier, send };
  });
  return tree;
}

class Expired extends Error {}

/** Resolves with `promise`, or rejects with {@link Expired} at `deadline` (clock ms). */
function beforeDeadline<T>(promise: Promise<T>, deadline: number, clock: Clock): Promise<T> {
  const ms = deadline - clock.now();
  if (ms <= 0) return Promise.reject(new Expired());
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Expired()), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

interface Failure {
  retryable: boolean;
  message: string;
  /** The create may have been stored although it failed (5xx, reset): read it back before another. */
  ambiguous: boolean;
  /** No new round before this time (ms since the epoch): the API's rate-limit reset. */
  retryAt?: number;
}

/**
 * When a Vercel rate limit resets, in ms since the epoch, from an error body's `limit`
 * (`{remaining, reset, resetMs, total}`; `reset` is documented in epoch seconds — a value too large
 * for seconds is read as ms). https://vercel.com/docs/rest-api#rate-limits
 */
export function limitResetMs(limit: unknown): number | undefined {
  if (!limit || typeof limit !== 'object') return undefined;
  const { reset, resetMs } = limit as { reset?: unknown; resetMs?: unknown };
  if (typeof resetMs === 'number' && Number.isFinite(resetMs)) return resetMs;
  if (typeof reset === 'number' && Number.isFinite(reset)) return reset < 1e11 ? reset * 1000 : reset;
  return undefined;
}

/** Whether an `error` event from the client is worth another round, and what it says. */
function classify(payload: unknown): Failure {
  const p = (payload ?? {}) as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
    limit?: unknown;
    cause?: { code?: unknown };
  };
  const message = typeof p.message === 'string' ? p.message : String(payload);
  const code =
    typeof p.code === 'string' ? p.code : typeof p.cause?.code === 'string' ? p.cause.code : undefined;
  if (typeof p.status === 'number') {
    const said = `${message}${code ? ` (${code})` : ''}, HTTP ${p.status}`;
    if (p.status === 429) {
      const retryAt = limitResetMs(p.limit);
      return {
        retryable: code !== 'builds_rate_limited',
        message: said,
        ambiguous: false,
        ...(retryAt !== undefined ? { retryAt } : {}),
      };
    }
    if (p.status >= 500) return { retryable: true, message: said, ambiguous: true };
    return { retryable: false, message: said, ambiguous: false };
  }
  // No status: a network failure (undici "fetch failed" with a cause such as ECONNRESET) or an upload
  // answered badly — the client drops upload statuses. Both are transient until the round budget says otherwise.
  return { retryable: true, message: code ? `${message} (${code})` : message, ambiguous: true };
}

/** `rate limited until <ISO time>`: the words every rate-limit failure uses. */
function rateLimitedUntil(at: number): string {
  return `rate limited until ${new Date(at).toISOString()}`;
}

/**
 * Deploys `request.path` and resolves once the deployment is READY (staged production: READY and
 * not live). Non-staged production also waits until production serves it.
 * @throws ProviderError on a refused deploy (bad token, unknown project …), a build ERROR/CANCELED,
 *   exhausted retries, or the deadline (after cancelling the deployment).
 */
export async function vercelDeploy(
  request: DeployRequest,
  projectName: string,
  deps: VercelDeployDeps,
  hashed?: HashedTree,
): Promise<DeployResult> {
  const { api, clock, logger } = deps;
  const random = deps.random ?? Math.random;
  const key = randomUUID();
  const path = resolve(request.path);
  const production = request.environment === 'production';
  let uploadedBytes = 0;
  let uploadedFiles = 0;
  let created: VercelDeployment | undefined;

  const expired = async (id: string | undefined, what: string): Promise<never> => {
    if (id) {
      const outcome = await api.cancel(id, clock.now() + 30_000).then(
        () => 'it was cancelled',
        (e: unknown) => cancelFailure(e),
      );
      throw new ProviderError(`deployment ${id} ${what} before the deadline; ${outcome}`);
    }
    throw new ProviderError(`no deployment was created before the deadline (${what})`);
  };

  // Read before anything is sent: a bad vercel.json refuses the deploy here.
  const settings = await staticDeploymentSettings(path, request.prebuilt).catch((error: unknown) => {
    hashed?.discard();
    throw error;
  });
  for (const warning of settings.warnings) logger.warning(warning);
  if (settings.source)
    logger.info(`${request.path} holds a package.json: Vercel builds it with the project's settings`);
  const rounds = deps.maxRounds ?? 6;
  // sha → the client's file record (bytes, or size + paths for files it streams), from hashing.
  let files: Record<string, ClientFile> = {};
  const deploymentOptions = {
    ...settings.body,
    name: projectName,
    project: api.auth.projectId,
    ...(production ? { target: 'production', autoAssignCustomDomains: !request.staged } : {}),
    meta: { ...request.meta, greenlightDeployKey: key },
  } as DeploymentOptions;
  // The first round continues the client that hashed the tree for the content key, when given.
  const paused =
    hashed && hashed.path === path && hashed.prebuilt === request.prebuilt
      ? pausedClients.get(hashed)?.()
      : undefined;
  hashed?.discard();
  for (let round = 1; !created; round++) {
    let events: AsyncIterableIterator<ClientEvent>;
    if (round === 1 && paused) {
      ({ events, files } = paused);
      for (const event of paused.earlier) logger.info(`Vercel ${event.type}: ${String(event.payload)}`);
      paused.send({ ...deploymentOptions, meta: { ...deploymentOptions.meta } });
    } else {
      events = createDeployment(clientOptionsFor(api, path, request.prebuilt, deps.userAgent), {
        ...deploymentOptions,
        meta: { ...deploymentOptions.meta },
      }) as AsyncIterableIterator<ClientEvent>;
    }
    // What ended this round if no deployment was created (the client may also just stop).
    let failure: Failure = {
      retryable: true,
      message: 'the client stopped without creating a deployment',
      ambiguous: true,
    };
    let missing: string[] | undefined;
    try {
      for (;;) {
        const next = await beforeDeadline(events.next(), request.deadline, clock);
        if (next.done) break;
        const event = next.value;
        if (event.type === 'hashes-calculated') {
          files = event.payload as Record<string, ClientFile>;
        } else if (event.type === 'file-count') {
          // The API answered missing_files. A few files: the client uploads them and creates in the
          // same round (a failure repeats the round). Many: we upload them (below), faster and each
          // retried, and a fresh round creates — re-hashing the tree once is cheap next to that.
          const reported = (event.payload as { missing?: string[] }).missing ?? [];
          if (reported.length > CLIENT_UPLOAD_MAX || round > 1) {
            missing = reported;
            break;
          }
          logger.info(`uploading ${reported.length} file(s)`);
        } else if (event.type === 'file-uploaded') {
          const file = (event.payload as { file?: ClientFile }).file;
          uploadedFiles++;
          uploadedBytes += file?.data?.length ?? file?.size ?? 0;
        } else if (event.type === 'warning' || event.type === 'notice') {
          logger.info(`Vercel ${event.type}: ${String(event.payload)}`);
        } else if (event.type === 'created') {
          created = event.payload as VercelDeployment;
          break;
        } else if (event.type === 'error') {
          failure = classify(event.payload);
          break;
        }
      }
    } catch (error) {
      if (error instanceof Expired) return expired(undefined, 'uploads and create did not finish');
      if (error instanceof ProviderError) throw error;
      // Option errors (no token, bad path) are thrown, not yielded.
      throw new ProviderError(`Vercel client: ${(error as Error).message}`);
    } finally {
      // Stops the client before its own uploads or polling; do not wait for anything it abandons.
      void events.return?.(undefined).catch(() => {});
    }
    if (created) break;
    if (missing) {
      try {
        const sent = await uploadMissing(missing, files, request.deadline, deps);
        uploadedFiles += sent.files;
        uploadedBytes += sent.bytes;
        failure = {
          retryable: true,
          message: `the API still reported ${missing.length} file(s) missing after they were uploaded`,
          ambiguous: false,
        };
        if (round < rounds) continue; // the next round finds every file and creates the deployment
      } catch (error) {
        if (error instanceof HttpError && error.kind === 'rate_limited') {
          // The API asked for a wait past the deadline (or the client's cap): nothing more is sent.
          throw new ProviderError(
            `upload ${rateLimitedUntil(error.retryAt ?? clock.now())}: ${error.message}`,
          );
        }
        if (clock.now() >= request.deadline) return expired(undefined, 'uploads did not finish');
        if (!(error instanceof HttpError)) throw error;
        failure = {
          retryable: isTransient(error),
          message: `upload failed: ${error.message}`,
          ambiguous: false,
          ...(error.retryAt !== undefined ? { retryAt: error.retryAt } : {}),
        };
      }
    }
    if (failure.retryAt !== undefined && failure.retryAt >= request.deadline) {
      throw new ProviderError(
        `Vercel ${failure.message.startsWith('upload') ? 'upload' : 'deploy'} ${rateLimitedUntil(failure.retryAt)}, past the deadline: ${failure.message}`,
      );
    }
    if (!failure.retryable) throw new ProviderError(`Vercel refused the deployment: ${failure.message}`);
    if (failure.ambiguous) {
      // Read back: a create that failed ambiguously (5xx, reset) may have been stored.
      const found = await api
        .listDeployments({ meta: { greenlightDeployKey: key }, limit: 1 }, request.deadline)
        .catch(() => []);
      if (found[0]) {
        created = { ...found[0], id: found[0].uid };
        break;
      }
    }
    if (round >= rounds) throw new ProviderError(`deploy failed after ${round} attempts: ${failure.message}`);
    const backoff = 1000 + backoffMs(round, 1000, 15_000, random);
    const wait = Math.max(backoff, (failure.retryAt ?? 0) - clock.now());
    if (clock.now() + wait >= request.deadline) return expired(undefined, failure.message);
    logger.warning(
      `deploy attempt ${round} failed (${failure.message}); retrying in ${formatDuration(wait)}`,
    );
    await clock.sleep(wait);
  }

  const id = created.id;
  logger.info(`created ${id} (${created.url}); waiting for it to be ready`);
  const ready = await waitUntilReady(id, request.deadline, deps).catch(async (error: unknown) => {
    if (error instanceof Expired) return expired(id, 'did not become READY');
    throw error;
  });
  if (production && !request.staged) {
    await waitUntilLive(id, request.deadline, deps).catch(async (error: unknown) => {
      if (error instanceof Expired)
        throw new ProviderError(
          `deployment ${id} is READY but production did not move to it before the deadline`,
        );
      throw error;
    });
  }
  return { deployment: deps.toInfo(ready), uploadedBytes, uploadedFiles };
}

/** What became of the cancel request at the deadline, as the end of the error line. */
function cancelFailure(error: unknown): string {
  if (error instanceof HttpError && error.kind === 'status') {
    const said = apiSaid(error.body);
    return `the cancel request was refused (HTTP ${error.status}${error.code ? ` ${error.code}` : ''}${said ? `: ${said}` : ''}), so it was not cancelled`;
  }
  return `it could not be cancelled (${error instanceof Error ? error.message : String(error)})`;
}

/** The `error.message` of a Vercel error body, if any. */
function apiSaid(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * Calls `probe` until it returns a value: every `first` ms for ten polls, then ×1.5 up to `max`.
 * Transient failures ({@link isTransient}: 5xx, 408/429, resets, timeouts) are polled through
 * until the deadline, waiting at least until the server's `Retry-After`; permanent ones are thrown.
 * @throws Expired at the deadline; HttpError for a permanent failure, or `rate_limited` when the
 *   server asks for a wait past the deadline.
 */
async function poll<T>(
  deadline: number,
  deps: VercelDeployDeps,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const { first, max } = deps.pollMs ?? { first: 100, max: 5000 };
  const { clock, logger } = deps;
  let failing = 0;
  for (let n = 1, wait = first; ; n++, wait = n <= 10 ? first : Math.min(max, Math.round(wait * 1.5))) {
    let value: T | undefined;
    let pause = wait;
    try {
      value = await beforeDeadline(probe(), deadline, clock);
      failing = 0;
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (error.retryAt !== undefined) {
        if (error.retryAt >= deadline) {
          if (error.kind === 'rate_limited') throw error;
          throw new HttpError(
            error.where,
            `${rateLimitedUntil(error.retryAt)}, past the deadline (${error.detail})`,
            'rate_limited',
            error.attempts,
            error.status,
            error.body,
            { retryAt: error.retryAt, ...(error.code ? { code: error.code } : {}) },
          );
        }
        pause = Math.max(wait, error.retryAt - clock.now());
      }
      if (failing++ === 0) logger.info(`${error.message}; polling on until the deadline`);
      else logger.debug(`${error.message} (${failing} in a row)`);
    }
    if (value !== undefined) return value;
    if (clock.now() + pause >= deadline) throw new Expired();
    await clock.sleep(pause);
  }
}

/** Polls `GET /v13/deployments/{id}` until READY; ERROR and CANCELED are final. */
function waitUntilReady(id: string, deadline: number, deps: VercelDeployDeps): Promise<VercelDeployment> {
  return poll(deadline, deps, async () => {
    // No retries inside the call: the poll backs off itself and rides out failures to the deadline.
    const d = await deps.api.getDeployment(id, deadline, { retries: 0 });
    const state = d.readyState ?? d.state;
    if (state === 'READY') return d;
    if (state === 'ERROR' || state?.endsWith('_ERROR')) {
      throw new ProviderError(`deployment ${id} failed to build: ${d.errorMessage ?? d.errorCode ?? state}`);
    }
    if (state === 'CANCELED') throw new ProviderError(`deployment ${id} was canceled`);
    return undefined;
  });
}

/** Polls the project until production serves `id` (non-staged production deploys). */
function waitUntilLive(id: string, deadline: number, deps: VercelDeployDeps): Promise<true> {
  return poll(deadline, deps, async () =>
    (await deps.api.getProject(deadline)).targets?.production?.id === id ? true : undefined,
  );
}
