/** The request and response shapes of the shared HTTP client (src/http/client.ts). */

export interface HttpRequest {
  url: string | URL;
  /** Default `GET`. */
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as the JSON body with `content-type: application/json`. */
  json?: unknown;
  /** Overrides the client's per-attempt timeout (ms). */
  timeoutMs?: number;
  /** Absolute time (ms since epoch, on the client's clock) after which no attempt starts or continues. */
  deadline?: number;
  /** Overrides the client's retry count. */
  retries?: number;
  /** Whether a repeat is harmless. Default: true for GET, HEAD, OPTIONS, PUT, DELETE. */
  idempotent?: boolean;
  /** Statuses worth another attempt (default 408, 429, 500, 502, 503, 504). */
  retryOnStatus?: (status: number) => boolean;
  /** A further reason to retry an answered request (for example a failed assertion). */
  retryOnResponse?: (response: HttpResponse) => boolean;
  /**
   * `follow` (default) follows up to 10 redirects itself, dropping `authorization`, `cookie` and
   * `secretHeaders` when a hop leaves the original origin; `manual` returns 3xx answers as they are.
   */
  redirect?: 'follow' | 'manual';
  /** Header names (lower case) that must never be sent to another origin, e.g. a bypass token. */
  secretHeaders?: readonly string[];
  signal?: AbortSignal;
}

/**
 * How an API writes its errors in a JSON body; each API client supplies its own (Vercel's is in
 * src/deploy/vercel/errors.ts). The transport itself reads nothing from an error body.
 */
export interface ErrorBodyFormat {
  /** The human message, if the body has one. */
  message(body: unknown): string | undefined;
  /** The machine-readable error code, if the body has one. */
  code(body: unknown): string | undefined;
}

export interface HttpResponse {
  status: number;
  ok: boolean;
  /**
   * The answer's headers, with the Fetch `Headers` interface (from node:http a
   * src/http/headers.ts `ResponseHeaders`, which does not load the global `Headers`).
   */
  headers: Headers;
  /** The final URL after redirects. */
  url: string;
  redirected: boolean;
  body: Buffer;
  truncated: boolean;
  /** Attempts made, this one included. */
  attempts: number;
  /** Time of the last attempt from send to the end of the body, ms. */
  latencyMs: number;
  text(): string;
  /** The body parsed as JSON, or `undefined` when empty. Throws SyntaxError on bad JSON. */
  json(): unknown;
}
