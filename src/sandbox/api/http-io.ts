/**
 * Request and response handling for the sandbox's API origin (deployment and domain origins do not
 * use it; see static-files.ts): JSON request bodies in; replies and the `{"error":{"code","message"}}`
 * error shape of the Vercel REST API (https://vercel.com/docs/rest-api/errors) out; and a tiny
 * method + path-pattern router. Server side only — the product's HTTP client is `src/http/`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An API failure answered as `{"error":{"code","message",…extra}}` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** What a route handler answers; `undefined` means the handler wrote the response itself. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function reply(status: number, body?: unknown, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}

export function errorBody(error: ApiError): unknown {
  return { error: { code: error.code, message: error.message, ...error.extra } };
}

export function sendReply(res: ServerResponse, result: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...result.headers };
  let payload: string | undefined;
  if (result.body !== undefined) {
    payload = JSON.stringify(result.body);
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(payload));
  } else {
    headers['content-length'] = '0';
  }
  res.writeHead(result.status, headers);
  res.end(payload);
}

const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** Reads the request body as JSON (empty body = `{}`); invalid JSON is a 400 `bad_request`. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES)
      throw new ApiError(413, 'payload_too_large', 'The JSON body is larger than 64 MiB');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_request', 'Invalid JSON body');
  }
}

/** Reads a JSON object body, or throws 400 `bad_request`. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readJson(req);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ApiError(400, 'bad_request', 'The request body must be a JSON object');
  return body as Record<string, unknown>;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Extra facts for the request log entry (the upload digest and size). */
  note: { digest?: string; size?: number };
}

export type RouteHandler = (ctx: RouteContext) => Promise<Reply | undefined> | Reply | undefined;

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

/**
 * Routes `"GET /v13/deployments/:id"`-style patterns. `:name` captures one path segment
 * (percent-decoded), so `127.0.0.1%3A4000` arrives as `127.0.0.1:4000`.
 */
export class Router {
  private readonly routes: Route[] = [];

  add(spec: string, handler: RouteHandler): this {
    const [method = '', path = ''] = spec.split(' ');
    this.routes.push({ method, segments: split(path), handler });
    return this;
  }

  match(method: string, path: string): { handler: RouteHandler; params: Record<string, string> } | undefined {
    const got = split(path);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== got.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((segment, i) => {
        const value = got[i] ?? '';
        if (segment.startsWith(':')) {
          if (value === '') return false;
          try {
            params[segment.slice(1)] = decodeURIComponent(value);
          } catch {
            return false;
          }
          return true;
        }
        return segment === value;
      });
      if (ok) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function split(path: string): string[] {
  return path.replace(/^\/+|\/+$/g, '').split('/');
}
