/**
 * A Vercel deployment from a local tree, end to end, under one deadline.
 *
 * `@vercel/client`'s `createDeployment` collects the tree (`.vercelignore`, prebuilt
 * `.vercel/output`), hashes it, sends `POST /v13/deployments` and creates the deployment. Its traps
 * (research notes, vercel.md §1.5 and §1.7) are handled here:
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
 * - its requests have no timeout: every step races the deadline, and on expiry the deployment (if
 *   one exists) is cancelled with `PATCH /v12/deployments/{id}/cancel`.
 */
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createDeployment } from '@vercel/client';
import { formatDuration } from '../../inputs/parse.js';
import { HttpError } from '../../http/errors.js';
import { backoffMs } from '../../http/retry-after.js';
import type { Clock } from '../../runtime/clock.js';
import type { Logger } from '../../runtime/logger.js';
import { type DeployRequest, type DeployResult, ProviderError } from '../types.js';
import type { VercelApi, VercelDeployment } from './api.js';
import { CLIENT_UPLOAD_MAX, type ClientFile, uploadMissing } from './upload.js';

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
}

/** Whether an `error` event from the client is worth another round, and what it says. */
function classify(payload: unknown): Failure {
  const p = (payload ?? {}) as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: { code?: unknown };
  };
  const message = typeof p.message === 'string' ? p.message : String(payload);
  const code =
    typeof p.code === 'string' ? p.code : typeof p.cause?.code === 'string' ? p.cause.code : undefined;
  if (typeof p.status === 'number') {
    const said = `${message}${code ? ` (${code})` : ''}, HTTP ${p.status}`;
    if (p.status === 429 && code !== 'builds_rate_limited') return { retryable: true, message: said };
    if (p.status >= 500) return { retryable: true, message: said };
    return { retryable: false, message: said };
  }
  // No status: a network failure (undici "fetch failed" with a cause such as ECONNRESET) or an upload
  // answered badly — the client drops upload statuses. Both are transient until the round budget says otherwise.
  return { retryable: true, message: code ? `${message} (${code})` : message };
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
      await api
        .cancel(id, clock.now() + 30_000)
        .catch((e: unknown) => logger.warning(`could not cancel ${id}: ${String(e)}`));
      throw new ProviderError(`deployment ${id} ${what} before the deadline; it was cancelled`);
    }
    throw new ProviderError(`no deployment was created before the deadline (${what})`);
  };

  const rounds = deps.maxRounds ?? 6;
  // sha → the client's file record (bytes, or size + paths for files it streams), from hashing.
  let files: Record<string, ClientFile> = {};
  for (let round = 1; !created; round++) {
    const events = createDeployment(
      {
        token: api.auth.token,
        ...(api.teamId ? { teamId: api.teamId } : {}),
        apiUrl: api.auth.apiUrl.replace(/\/+$/, ''),
        path,
        prebuilt: request.prebuilt,
        ...(request.prebuilt ? { vercelOutputDir: join(path, '.vercel', 'output') } : {}),
        userAgent: deps.userAgent ?? 'greenlight',
        skipAutoDetectionConfirmation: true,
      },
      {
        name: projectName,
        project: api.auth.projectId,
        ...(production ? { target: 'production', autoAssignCustomDomains: !request.staged } : {}),
        meta: { ...request.meta, greenlightDeployKey: key },
      } as Parameters<typeof createDeployment>[1],
    ) as AsyncIterableIterator<ClientEvent>;
    // What ended this round if no deployment was created (the client may also just stop).
    let failure: Failure = { retryable: true, message: 'the client stopped without creating a deployment' };
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
        };
        if (round < rounds) continue; // the next round finds every file and creates the deployment
      } catch (error) {
        if (clock.now() >= request.deadline) return expired(undefined, 'uploads did not finish');
        if (!(error instanceof HttpError)) throw error;
        const status = error.status ?? 0;
        failure = {
          retryable: error.kind !== 'status' || status >= 500 || status === 429,
          message: `upload failed: ${error.message}`,
        };
      }
    }
    if (!failure.retryable) throw new ProviderError(`Vercel refused the deployment: ${failure.message}`);
    // Read back: a create that failed ambiguously may exist already.
    const found = await api
      .listDeployments({ meta: { greenlightDeployKey: key }, limit: 1 }, request.deadline)
      .catch(() => []);
    if (found[0]) {
      created = { ...found[0], id: found[0].uid };
      break;
    }
    if (round >= rounds) throw new ProviderError(`deploy failed after ${round} attempts: ${failure.message}`);
    const wait = 1000 + backoffMs(round, 1000, 15_000, random);
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

async function poll<T>(
  deadline: number,
  deps: VercelDeployDeps,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const { first, max } = deps.pollMs ?? { first: 100, max: 5000 };
  // `first` for the first ten polls (a sandbox or cached build is ready in well under a second), then ×1.5 up to `max`.
  for (let n = 1, wait = first; ; n++, wait = n <= 10 ? first : Math.min(max, Math.round(wait * 1.5))) {
    const value = await beforeDeadline(probe(), deadline, deps.clock);
    if (value !== undefined) return value;
    if (deps.clock.now() + wait >= deadline) throw new Expired();
    await deps.clock.sleep(wait);
  }
}

/** Polls `GET /v13/deployments/{id}` until READY; ERROR and CANCELED are final. */
function waitUntilReady(id: string, deadline: number, deps: VercelDeployDeps): Promise<VercelDeployment> {
  return poll(deadline, deps, async () => {
    const d = await deps.api.getDeployment(id, deadline);
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
