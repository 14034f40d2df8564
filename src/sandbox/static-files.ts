/**
 * Sending one stored file over HTTP: content type by extension, `Content-Length`, a strong `ETag`
 * (the file's SHA-1) with `If-None-Match` → 304, and HEAD without a body.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

/** A servable file: where its bytes are (blob `sha`) and how to label them. */
export interface FileRef {
  /** Path relative to the served root, e.g. `docs/index.html`. */
  path: string;
  sha: string;
  contentType?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.cjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.rsc': 'text/x-component',
};

/** The `Content-Type` for a path, by extension (`application/octet-stream` when unknown). */
export function contentTypeFor(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Answers `req` with the file: `status` (default 200), extra `headers` (route headers win over the
 * defaults except `content-length`/`etag`). Bytes are read from `<blobDir>/<sha>`.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  blobDir: string,
  file: FileRef,
  status = 200,
  headers: Record<string, string> = {},
): Promise<void> {
  const data = await readFile(join(blobDir, file.sha));
  if (res.destroyed) return;
  const etag = `"${file.sha}"`;
  const out: Record<string, string> = {
    'content-type': file.contentType ?? contentTypeFor(file.path),
    'cache-control': 'public, max-age=0, must-revalidate',
    ...headers,
    etag,
    'content-length': String(data.length),
  };
  const match = req.headers['if-none-match'];
  if (
    status === 200 &&
    match !== undefined &&
    match.split(',').some((t) => t.trim() === etag || t.trim() === '*')
  ) {
    delete out['content-length'];
    res.writeHead(304, out);
    res.end();
    return;
  }
  res.writeHead(status, out);
  res.end(req.method === 'HEAD' ? undefined : data);
}

/** A small text answer (errors, redirects, faults); `x-vercel-error` names the error when given. */
export function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(text.endsWith('\n') ? text : `${text}\n`);
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'public, max-age=0, must-revalidate',
    ...headers,
    'content-length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
