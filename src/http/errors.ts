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

/**
 * A request that failed. The message names the method, the URL without its query string (queries
 * carry tokens), what happened and after how many attempts — never headers or bodies.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  /** What happened, without the method and URL (`connection failed (ECONNREFUSED) after 4 attempts`). */
  readonly detail: string;
  constructor(
    /** `GET https://host/path` (redacted). */
    readonly where: string,
    detail: string,
    readonly kind: HttpFailureKind,
    readonly attempts: number,
    readonly status?: number,
    /** The parsed JSON body of a `status` failure, when it had one. */
    readonly body?: unknown,
  ) {
    super(`${where}: ${detail}`);
    this.detail = detail;
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
