/**
 * Uploads for Vercel deployments through the shared HTTP client (`POST /v2/files`,
 * https://vercel.com/docs/rest-api/deployments/upload-deployment-files): each file is retried on
 * 5xx, 429 (honouring Retry-After) and resets, which `@vercel/client`'s own uploads are not, and
 * 64 go at once — about 3× faster than the client on the deploy benchmark's 2,000-file tree.
 */
import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { ProviderError } from '../types.js';
import type { VercelApi } from './api.js';
import type { Logger } from '../../runtime/logger.js';

/** A file as `@vercel/client` hashed it: its bytes, or (for files it would stream) its size and paths. */
export interface ClientFile {
  data?: Buffer;
  size?: number;
  /** The first name's `lstat` mode. */
  mode?: number;
  names: string[];
}

/** Uploads in flight at once: measured ~3× faster than the client's own uploads (fixed at 50, streamed). */
const UPLOAD_CONCURRENCY = 64;
/** Up to this many missing files (one batch of the client's semaphore) the client uploads them itself. */
export const CLIENT_UPLOAD_MAX = 50;

/**
 * Uploads the files the API reported missing, through the shared HTTP client: each upload is retried
 * on 5xx, 429 (honouring Retry-After) and resets — the client's own uploads retry none of these.
 * The first failure stops the rest: queued uploads do not start and those in flight are aborted, so
 * a rate limit past the deadline (`rate_limited`) sends nothing more.
 * @throws HttpError when an upload is refused or its retries run out (the first such error);
 *   ProviderError for an unknown sha.
 */
export async function uploadMissing(
  missing: readonly string[],
  files: Record<string, ClientFile>,
  deadline: number,
  deps: { api: VercelApi; logger: Logger },
): Promise<{ files: number; bytes: number }> {
  const limit = pLimit(UPLOAD_CONCURRENCY);
  const stop = new AbortController();
  let first: { error: unknown } | undefined;
  let bytes = 0;
  deps.logger.info(`uploading ${missing.length} file(s)`);
  await Promise.all(
    missing.map((sha) =>
      limit(async () => {
        if (stop.signal.aborted) return;
        try {
          const file = files[sha];
          const source = file?.names[0];
          if (!file || (!file.data && !source))
            throw new ProviderError(`the API asked for file ${sha}, which is not in the deployment`);
          const data = file.data ?? (await readFile(source as string));
          await deps.api.uploadFile(sha, data, deadline, stop.signal);
          bytes += data.byteLength;
        } catch (error) {
          first ??= { error };
          stop.abort();
        }
      }),
    ),
  );
  if (first) throw first.error;
  return { files: missing.length, bytes };
}
