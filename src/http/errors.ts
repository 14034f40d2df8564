/** Why a request produced no usable response. */
export type HttpFailureKind =
  /** One attempt took longer than its timeout. */
  | 'timeout'
  /** Connection refused or reset, DNS failure, TLS failure … */
  | 'network'
  /** The overall deadline passed before an answer. */
  | 'deadline'
  /** The server asked us to wait longer than we may (cap or deadline). */
  | 'rate_limited'
  /** The server answered with a status the caller treats as an error (see `requestJson`). */
  | 'status'
  /** The caller's signal aborted the request. */
  | 'aborted';

import { scrubSecrets } from '../runtime/secrets.js';

/** More about a failed request, for callers that decide what to do next or whom to blame. */
export interface HttpErrorInfo {
  /**
   * The API's own error code, as the API client's `ErrorBodyFormat` reads it from the body (Vercel:
   * `not_found`, `deployment_not_cancelable`), so a caller can name the input a 404 or 400 was about.
   */
  code?: string;
  /**
   * When the server said the request may be repeated (ms since the epoch, on the client's clock),
   * from `Retry-After` (RFC 9110 §10.2.3) or a rate-limit reset; always set for `rate_limited`.
   */
  retryAt?: number;
}

/**
 * A request that failed. The message names the method, the URL without its query string (queries
 * carry tokens), what happened and after how many attempts — never headers or request bodies; text
 * quoted from an API answer is scrubbed of every registered secret (src/runtime/secrets.ts).
 */
export class HttpError extends Error {
  override name = 'HttpError';
  /** What happened, without the method and URL (`connection failed (ECONNREFUSED) after 4 attempts`). */
  readonly detail: string;
  /** The API's error code (see {@link HttpErrorInfo.code}). */
  readonly code: string | undefined;
  /** When a repeat is allowed, ms since the epoch (see {@link HttpErrorInfo.retryAt}). */
  readonly retryAt: number | undefined;
  constructor(
    /** `GET https://host/path` (redacted). */
    readonly where: string,
    detail: string,
    readonly kind: HttpFailureKind,
    readonly attempts: number,
    /** The HTTP status of the last answer, when there was one. */
    readonly status?: number,
    /** The parsed JSON body of a `status` failure, when it had one. */
    readonly body?: unknown,
    info: HttpErrorInfo = {},
  ) {
    const clean = scrubSecrets(detail);
    super(`${where}: ${clean}`);
    this.detail = clean;
    this.code = info.code;
    this.retryAt = info.retryAt;
  }

  /** A 404 answer: what the request named (an id, a domain) does not exist, or is not visible with this token. */
  get notFound(): boolean {
    return this.kind === 'status' && this.status === 404;
  }

  /** A 4xx answer other than 408 and 429: the request itself was refused and repeating it will not help. */
  get refused(): boolean {
    return (
      this.kind === 'status' &&
      this.status !== undefined &&
      this.status >= 400 &&
      this.status < 500 &&
      !TRANSIENT_STATUS.has(this.status)
    );
  }
}

/** Statuses that say "try again later": 408, 425, 429 and the 5xx except 501 and 505. */
const TRANSIENT_STATUS = new Set([408, 425, 429]);

/** Whether an HTTP status is transient (see {@link isTransient}). */
export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUS.has(status) || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

/**
 * Whether a failed call is worth repeating later under the same deadline: timeouts, resets and
 * refused connections, 408/425/429 and 5xx answers (except 501, 505), and `rate_limited` (repeat
 * no earlier than its `retryAt`). Permanent: other 4xx (bad token, unknown id, invalid request),
 * `deadline`, `aborted`, and anything that is not an {@link HttpError}.
 */
export function isTransient(error: unknown): error is HttpError {
  if (!(error instanceof HttpError)) return false;
  switch (error.kind) {
    case 'timeout':
    case 'network':
    case 'rate_limited':
      return true;
    case 'status':
      return error.status !== undefined && isTransientStatus(error.status);
    default:
      return false;
  }
}

/** `https://host/path` without user info, query or fragment: safe to print. */
export function redactUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '<invalid url>';
  }
}
