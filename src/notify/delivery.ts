/**
 * What sending a notice amounts to, and the retry rules: both transports retry a 429 once after its
 * `Retry-After`; the Web API also sends again a request that never reached Slack (refused, no DNS
 * answer, no route), while an incoming webhook makes one attempt at it. Anything that may have
 * reached Slack — a 5xx, a reset connection, a timeout — is never sent again, since Slack may have
 * posted it and a retry would post it twice.
 */
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';

/** Why a notice did not reach Slack. */
export interface SlackFailure {
  /**
   * Slack's error code (`invalid_auth`, `channel_not_found`, `no_service`, `invalid_blocks`,
   * `rate_limited` …; https://docs.slack.dev/reference/methods/chat.postMessage#errors), else
   * `HTTP <status>`, `network_error` or `timeout`.
   */
  code: string;
  /** The call that failed: `chat.postMessage`, `chat.update` or `incoming webhook`. */
  call: string;
  /** More, when known: the HTTP status, Slack's messages, the network error, "may have been posted". */
  detail?: string | undefined;
}

/** The outcome of sending a notice. */
export interface Delivery {
  ok: boolean;
  /** The message's timestamp (bot token only): the new message's, or the updated parent's. */
  ts?: string | undefined;
  /** The channel's id (bot token only), e.g. `C0123456789`. */
  channel?: string | undefined;
  /** Set when `ok` is false. */
  failure?: SlackFailure | undefined;
}

/** A failure as one line: `invalid_auth (chat.postMessage)`, `no_service (incoming webhook; HTTP 404)`. */
export function describeFailure(failure: SlackFailure): string {
  return `${failure.code} (${failure.call}${failure.detail ? `; ${failure.detail}` : ''})`;
}

/** How a transport sends: where it logs, how it waits, and its limits. */
export interface SendOptions {
  /** Receives debug lines (the packages' own logs included) and an info line per retry. */
  logger: Logger;
  /** Waits for `Retry-After` and between retries ({@link Clock.sleep}); tests pass a manual clock. */
  clock: Clock;
  /** Each request's timeout, in ms (default {@link SEND_DEFAULTS}). */
  timeoutMs?: number;
  /** The longest `Retry-After` honoured, in ms; a longer one fails at once as `rate_limited`. */
  maxRetryAfterMs?: number;
  /** The waits before each resend of a request that never reached Slack, in ms (their count is the retries). */
  notSentRetryDelaysMs?: readonly number[];
}

/** Defaults of {@link SendOptions}: a 10 s request timeout, `Retry-After` up to 30 s, two resends. */
export const SEND_DEFAULTS = {
  timeoutMs: 10_000,
  maxRetryAfterMs: 30_000,
  notSentRetryDelaysMs: [500, 1500],
} as const;

/**
 * Network error codes raised before a request's first byte was written: the connection was refused
 * or never made, so sending again cannot post twice (https://nodejs.org/api/errors.html#common-system-errors;
 * `UND_ERR_CONNECT_TIMEOUT` is undici's, behind Node's `fetch`).
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * The first `code` (e.g. `ECONNREFUSED`) on `error` or its `cause` chain: `fetch` rejects with a
 * `TypeError('fetch failed')` whose `cause` is the system error.
 */
export function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = current.cause;
  }
  return undefined;
}

/** Whether `error` (a `fetch` rejection) happened before any byte of the request was sent. */
export function neverSent(error: unknown): boolean {
  const code = networkErrorCode(error);
  return code !== undefined && NOT_SENT_CODES.has(code);
}

/** Whether `error` is the request timeout (`AbortSignal.timeout`'s `TimeoutError`). */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

/** The failure of a request that got no answer: `timeout` or `network_error` with its code. */
export function noAnswerFailure(error: unknown, call: string, timeoutMs: number): SlackFailure {
  if (isTimeout(error)) {
    return { code: 'timeout', call, detail: `no answer within ${timeoutMs} ms; it may have been posted` };
  }
  const code = networkErrorCode(error);
  const sent = code !== undefined && NOT_SENT_CODES.has(code);
  return {
    code: 'network_error',
    call,
    // The code or the error's class, never its message: a URL there could be a webhook's secret one.
    detail: `${code ?? (error instanceof Error ? error.name : typeof error)}${sent ? '' : '; it may have been posted'}`,
  };
}

/** What the last answer said, as seen by {@link witnessFetch}. */
export interface AnswerSeen {
  status: number;
  headers: Headers;
}

/**
 * `fetch` (the global one unless given) that remembers the status and headers of the last answer and
 * counts requests: the `fetch` option both Slack packages document
 * (https://docs.slack.dev/tools/node-slack-sdk/web-api/, https://docs.slack.dev/tools/node-slack-sdk/webhook/),
 * used here to read a 429's `Retry-After` that `@slack/webhook`'s error does not carry.
 */
export function witnessFetch(base: typeof globalThis.fetch = globalThis.fetch): {
  fetch: (url: string | URL, init?: RequestInit) => Promise<Response>;
  readonly last: AnswerSeen | undefined;
  readonly requests: number;
} {
  let last: AnswerSeen | undefined;
  let requests = 0;
  return {
    fetch: async (url, init) => {
      requests++;
      last = undefined;
      const response = await base(url, init);
      last = { status: response.status, headers: response.headers };
      return response;
    },
    get last() {
      return last;
    },
    get requests() {
      return requests;
    },
  };
}
