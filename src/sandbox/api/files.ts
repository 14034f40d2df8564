/**
 * `POST /v2/files`: stores one file by its SHA-1. Accepts `x-vercel-digest` or `x-now-digest`
 * (SHA-1 hex) and `x-now-size` or `Content-Length`; checks both against the body and answers
 * exactly **200** `{}` (@vercel/client treats any other status as a failed upload). Source:
 * https://vercel.com/docs/rest-api/deployments/upload-deployment-files and docs/sandbox.md.
 */
import { BlobMismatchError, BlobStore } from '../blobs.js';
import type { SandboxServices } from '../services.js';
import { ApiError, type Reply, reply, type RouteContext } from './http-io.js';

function header(ctx: RouteContext, name: string): string | undefined {
  const value = ctx.req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function uploadFile(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  const digest = (header(ctx, 'x-vercel-digest') ?? header(ctx, 'x-now-digest'))?.trim().toLowerCase();
  if (!digest) {
    ctx.req.resume();
    throw new ApiError(
      400,
      'missing_digest',
      'Missing the `x-vercel-digest` (or `x-now-digest`) header with the SHA-1 of the file',
    );
  }
  ctx.note.digest = digest;
  if (!BlobStore.isSha1(digest)) {
    ctx.req.resume();
    throw new ApiError(
      400,
      'invalid_digest',
      `The digest "${digest}" is not a SHA-1 hex string (40 hex characters)`,
    );
  }
  const sizeHeader = header(ctx, 'x-now-size') ?? header(ctx, 'content-length');
  let size: number | undefined;
  if (sizeHeader !== undefined) {
    size = Number(sizeHeader);
    if (!Number.isInteger(size) || size < 0) {
      ctx.req.resume();
      throw new ApiError(400, 'invalid_size', `The declared size "${sizeHeader}" is not a byte count`);
    }
  }
  try {
    ctx.note.size = await services.blobs.putStream(ctx.req, digest, size);
  } catch (error) {
    if (error instanceof BlobMismatchError) throw new ApiError(400, error.code, error.message);
    throw error;
  }
  return reply(200, {});
}
