/**
 * GitHub REST failures as one clear line: `GitHub: POST /repos/o/r/deployments answered 403:
 * Resource not accessible by integration`. Octokit's own errors carry the request (headers, body)
 * and the whole response; {@link toGitHubError} keeps only the method, the path, the status and
 * GitHub's message, and scrubs the token from all of it.
 */
import { HttpError, type HttpFailureKind, redactUrl } from '../http/errors.js';
import { scrubValues } from '../runtime/secrets.js';

/**
 * A GitHub REST call that failed. `kind` is `status` when GitHub answered with an error status,
 * otherwise why no answer came (see {@link HttpFailureKind}).
 */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    message: string,
    readonly method: string,
    /** The API path without host, base path or query, e.g. `/repos/o/r/deployments`. */
    readonly path: string,
    readonly kind: HttpFailureKind,
    /** GitHub's answer status, when it answered. */
    readonly status?: number,
    /** GitHub's `documentation_url` for this failure, when it gave one. */
    readonly documentationUrl?: string,
  ) {
    super(message);
  }

  /**
   * Whether GitHub may have carried out the request although no success came back: a 5xx or 408
   * answer, a timeout, a reset connection or a passed deadline. Writes that fail this way are read
   * back before they are repeated.
   */
  get ambiguous(): boolean {
    if (this.kind === 'status') return this.status === undefined || this.status >= 500 || this.status === 408;
    return this.kind !== 'rate_limited';
  }
}

interface RequestErrorLike {
  status: number;
  message: string;
  request: { method?: string; url?: string };
  response?: { status: number; headers?: Record<string, string | undefined>; data?: unknown };
  cause?: unknown;
}

function isRequestError(error: unknown): error is RequestErrorLike {
  if (!(error instanceof Error)) return false;
  const e = error as unknown as Partial<RequestErrorLike>;
  return typeof e.status === 'number' && typeof e.request === 'object' && e.request !== null;
}

/**
 * Translates an Octokit `RequestError` (or an `HttpError` from our client beneath it) into a
 * {@link GitHubError} whose message is one line with no token, header or request body in it.
 * Anything else is returned unchanged.
 *
 * @param secrets values to scrub from the message (the token), raw, URL-encoded and base64
 * @param basePath the API base URL's path (`/api/v3` on GHES), left out of the printed path
 */
export function toGitHubError(error: unknown, secrets: readonly string[], basePath = ''): unknown {
  if (error instanceof GitHubError || !isRequestError(error)) return error;
  const method = (error.request.method ?? 'GET').toUpperCase();
  const path = apiPath(error.request.url ?? '', basePath);
  const scrub = (text: string): string => oneLine(redact(text, secrets));
  if (error.response) {
    const { status, headers = {}, data } = error.response;
    const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    const docs = typeof body.documentation_url === 'string' ? body.documentation_url : undefined;
    const limited = rateLimitNote(status, headers);
    const said = limited ?? githubMessage(body, data);
    const hint = /not accessible by integration/i.test(said)
      ? " (the workflow's `permissions:` do not allow this)"
      : '';
    const message = scrub(`GitHub: ${method} ${path} answered ${status}${said ? `: ${said}` : ''}${hint}`);
    return new GitHubError(message, method, path, limited ? 'rate_limited' : 'status', status, docs);
  }
  // No answer: Octokit wrapped the fetch failure; our HttpClient's error says what happened.
  const cause = error.cause;
  if (cause instanceof HttpError) {
    const detail = stripWhere(cause.message, method);
    return new GitHubError(
      scrub(`GitHub: ${method} ${path}: ${detail}`),
      method,
      path,
      cause.kind,
      cause.status,
    );
  }
  return new GitHubError(scrub(`GitHub: ${method} ${path}: ${error.message}`), method, path, 'network');
}

/** GitHub's `message`, plus the `errors[].message` (or code) of a 422, as plain text. */
function githubMessage(body: Record<string, unknown>, data: unknown): string {
  if (typeof data === 'string') return data.slice(0, 200);
  const parts: string[] = [];
  if (typeof body.message === 'string') parts.push(body.message);
  if (Array.isArray(body.errors)) {
    const details = body.errors
      .map((e: unknown) => {
        if (typeof e === 'string') return e;
        const o = (e ?? {}) as Record<string, unknown>;
        if (typeof o.message === 'string') return o.message;
        return [o.field, o.code].filter((x) => typeof x === 'string').join(' ');
      })
      .filter(Boolean);
    if (details.length > 0) parts.push(`(${details.join('; ')})`);
  }
  return parts.join(' ');
}

/**
 * GitHub signals an exhausted rate limit with 403 or 429 and `x-ratelimit-remaining: 0`
 * (`x-ratelimit-reset` in epoch seconds), or a secondary limit with `retry-after`
 * (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 */
function rateLimitNote(status: number, headers: Record<string, string | undefined>): string | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) {
    return `rate limited until ${new Date(reset * 1000).toISOString()}`;
  }
  if (headers['retry-after'] !== undefined) return `rate limited (retry after ${headers['retry-after']} s)`;
  return status === 429 ? 'rate limited' : undefined;
}

function apiPath(url: string, basePath: string): string {
  const printable = redactUrl(url);
  if (printable === '<invalid url>') return printable;
  const path = new URL(printable).pathname;
  return basePath && path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path;
}

/** `GET http://host/x: no answer …` → `no answer …` (we print our own method and path). */
function stripWhere(message: string, method: string): string {
  const m = new RegExp(`^${method} \\S+: `).exec(message);
  return m ? message.slice(m[0].length) : message;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

/**
 * Replaces every secret, raw and in the encodings an API may echo it in (URL-encoded, JSON-escaped,
 * base64), by `***`: the one scrubber in src/runtime/secrets.ts.
 */
export function redact(text: string, secrets: readonly string[]): string {
  return scrubValues(text, secrets);
}
