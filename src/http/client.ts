/**
 * The one HTTP client behind every network call Greenlight makes (Vercel, GitHub, Slack, probes),
 * over node:http / node:https with keep-alive connections (src/http/transport.ts): a timeout per
 * attempt, an overall deadline, exponential backoff with full jitter, `Retry-After` honoured
 * (seconds or HTTP date) up to a cap, and retries only where they are safe (idempotent methods; any
 * method for 429 and refused connections, which the server never processed) unless the caller opts
 * in with `idempotent: true`.
 *
 * `Retry-After` (RFC 9110 §10.2.3: delta-seconds or an HTTP date) is honoured on every retried
 * answer; a wait beyond `maxRetryAfterMs` or past the request's deadline fails at once with
 * `rate limited until <ISO time>` and sends nothing more.
 */
import { type Clock, systemClock } from '../runtime/clock.js';
import { type Logger, silentLogger } from '../runtime/logger.js';
import { sendOnce } from './attempt.js';
import { scrubValues } from '../runtime/secrets.js';
import { HttpError, redactUrl } from './errors.js';
import { backoffMs, retryAfterMs } from './retry-after.js';
import { type Transport, fetchTransport, nodeTransport } from './transport.js';
import type { ErrorBodyFormat, HttpRequest, HttpResponse } from './types.js';

export type { ErrorBodyFormat, HttpRequest, HttpResponse } from './types.js';

export interface HttpClientOptions {
  clock?: Clock;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
  /**
   * Sends through this `fetch`-compatible function instead of node:http / node:https (for a test
   * that stubs the network); redirects are still followed by the client.
   */
  fetch?: typeof globalThis.fetch;
  logger?: Logger;
  userAgent?: string;
  /** Per-attempt timeout in ms, headers and body included (default 30 000). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff ceiling in ms (default 500); doubles per retry up to `maxDelayMs` (default 10 000). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The longest `Retry-After` we wait, in ms (default 60 000); a longer one fails at once. */
  maxRetryAfterMs?: number;
  /** Bodies are read up to this many bytes (default 32 MiB); the rest is dropped and `truncated` set. */
  maxBodyBytes?: number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** The default retryable statuses: 408, 429, 500, 502, 503, 504. */
export const defaultRetryOnStatus = (status: number): boolean => RETRY_STATUS.has(status);

export class HttpClient {
  private readonly clock: Clock;
  private readonly random: () => number;
  /** node:http / node:https with this client's keep-alive agents, unless `fetch` was given. */
  private readonly transport: Transport;
  private readonly logger: Logger;
  private readonly settings: Required<
    Pick<
      HttpClientOptions,
      'timeoutMs' | 'retries' | 'baseDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs' | 'maxBodyBytes'
    >
  > & { userAgent: string };

  constructor(options: HttpClientOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport();
    this.logger = options.logger ?? silentLogger;
    this.settings = {
      timeoutMs: options.timeoutMs ?? 30_000,
      retries: options.retries ?? 3,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 10_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
      maxBodyBytes: options.maxBodyBytes ?? 32 * 1024 * 1024,
      userAgent: options.userAgent ?? 'greenlight',
    };
  }

  /**
   * Sends a request, retrying as the options allow, and returns the last answer whatever its status.
   * @throws HttpError (`timeout`, `network`, `deadline`, `aborted`) when no answer came, and
   *   `rate_limited` (with `retryAt`) when the server asked for a wait beyond the cap or the deadline.
   */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const method = (req.method ?? 'GET').toUpperCase();
    const where = `${method} ${redactUrl(req.url)}`;
    const retries = req.retries ?? this.settings.retries;
    const idempotent = req.idempotent ?? IDEMPOTENT.has(method);
    const retryOnStatus = req.retryOnStatus ?? defaultRetryOnStatus;
    const deadline = req.deadline ?? Infinity;

    for (let attempt = 1; ; attempt++) {
      if (req.signal?.aborted) throw new HttpError(where, 'aborted', 'aborted', attempt - 1);
      const remaining = deadline - this.clock.now();
      if (remaining <= 0) {
        throw new HttpError(
          where,
          `no answer before the deadline (${attempt - 1} attempts)`,
          'deadline',
          attempt - 1,
        );
      }
      const outcome = await sendOnce(
        req,
        method,
        Math.min(req.timeoutMs ?? this.settings.timeoutMs, remaining),
        attempt,
        {
          transport: this.transport,
          userAgent: this.settings.userAgent,
          maxBodyBytes: this.settings.maxBodyBytes,
        },
      );
      const now = this.clock.now();
      if ('status' in outcome) {
        const retryable =
          retryOnStatus(outcome.status) ||
          (req.retryOnResponse !== undefined && req.retryOnResponse(outcome));
        const safe = idempotent || outcome.status === 429;
        if (!retryable || !safe || attempt > retries) return outcome;
        const asked = retryAfterMs(outcome.headers, now);
        if (asked !== undefined && (asked > this.settings.maxRetryAfterMs || now + asked >= deadline)) {
          const until = new Date(now + asked).toISOString();
          throw new HttpError(
            where,
            `rate limited until ${until} (${attempt} attempts)`,
            'rate_limited',
            attempt,
            outcome.status,
            undefined,
            { retryAt: now + asked },
          );
        }
        const waitMs =
          asked ?? backoffMs(attempt, this.settings.baseDelayMs, this.settings.maxDelayMs, this.random);
        if (now + waitMs >= deadline) return outcome;
        this.logger.debug(`${where} → ${outcome.status}; retry ${attempt} of ${retries} in ${waitMs} ms`);
        await this.pause(waitMs, req.signal, where, attempt);
        continue;
      }
      if (outcome.kind === 'aborted') throw new HttpError(where, 'aborted', 'aborted', attempt);
      const waitMs = backoffMs(attempt, this.settings.baseDelayMs, this.settings.maxDelayMs, this.random);
      if (!(idempotent || outcome.unsent) || attempt > retries || now + waitMs >= deadline) {
        const tries = attempt === 1 ? '' : ` after ${attempt} attempts`;
        throw new HttpError(where, `${outcome.detail}${tries}`, outcome.kind, attempt);
      }
      this.logger.debug(`${where} → ${outcome.detail}; retry ${attempt} of ${retries} in ${waitMs} ms`);
      await this.pause(waitMs, req.signal, where, attempt);
    }
  }

  /**
   * Sends a request and parses the JSON answer.
   * @param errorFormat how this API writes errors (for example Vercel's `{error:{code,message}}`);
   *   without it an error is only its status.
   * @throws HttpError of kind `status` for a non-2xx answer; its message carries the API's own error
   *   message when `errorFormat` finds one, scrubbed of the request's own credentials and every
   *   registered secret; `status`, `code`, `retryAt` (from `Retry-After`, when sent) and `body` (the
   *   parsed body) let the caller decide what to do or which input to blame.
   */
  async requestJson<T = unknown>(req: HttpRequest, errorFormat?: ErrorBodyFormat): Promise<T> {
    const res = await this.request({ ...req, headers: { accept: 'application/json', ...req.headers } });
    let parsed: unknown;
    try {
      parsed = res.json();
    } catch {
      parsed = undefined;
    }
    if (!res.ok) {
      const method = (req.method ?? 'GET').toUpperCase();
      throw statusError(`${method} ${redactUrl(req.url)}`, req, res, parsed, this.clock.now(), errorFormat);
    }
    return parsed as T;
  }

  /**
   * A `fetch`-compatible function that sends through this client (retries, deadlines, Retry-After),
   * for libraries that take a custom fetch, such as Octokit (`request: { fetch }`).
   */
  asFetch(defaults: Partial<HttpRequest> = {}): typeof globalThis.fetch {
    return async (input, init) => {
      const request = input instanceof Request ? input : undefined;
      const url = request ? request.url : String(input);
      const headers: Record<string, string> = {};
      new Headers(init?.headers ?? request?.headers).forEach((value, key) => {
        headers[key] = value;
      });
      const rawBody = init?.body ?? (request ? await request.text() : undefined);
      if (
        rawBody !== undefined &&
        rawBody !== null &&
        typeof rawBody !== 'string' &&
        !(rawBody instanceof Uint8Array)
      ) {
        throw new TypeError('greenlight fetch: only string or byte bodies are supported');
      }
      const res = await this.request({
        ...defaults,
        url,
        method: init?.method ?? request?.method ?? 'GET',
        headers,
        ...(rawBody ? { body: rawBody } : {}),
        ...(init?.signal ? { signal: init.signal } : {}),
      });
      const nullBody = res.status === 204 || res.status === 205 || res.status === 304;
      const response = new Response(nullBody ? null : new Uint8Array(res.body), {
        status: res.status,
        headers: res.headers,
      });
      Object.defineProperty(response, 'url', { value: res.url });
      return response;
    };
  }

  private async pause(
    ms: number,
    signal: AbortSignal | undefined,
    where: string,
    attempts: number,
  ): Promise<void> {
    try {
      await this.clock.sleep(ms, signal);
    } catch {
      throw new HttpError(where, 'aborted', 'aborted', attempts);
    }
  }
}

/**
 * The `status` HttpError for a non-2xx answer: the API's message as `errorFormat` reads it (scrubbed
 * of the request's header values named secret and of registered secrets), its error code and any
 * `Retry-After`. `now` is ms on the client's clock.
 */
export function statusError(
  where: string,
  req: Pick<HttpRequest, 'headers' | 'secretHeaders'>,
  res: HttpResponse,
  parsed: unknown,
  now: number,
  errorFormat?: ErrorBodyFormat,
): HttpError {
  const said = errorFormat?.message(parsed);
  const code = errorFormat?.code(parsed);
  const own = requestSecrets(req);
  const detail = scrubValues(`answered ${res.status}${said ? `: ${said}` : ''}`, own);
  const asked = retryAfterMs(res.headers, now);
  return new HttpError(where, detail, 'status', res.attempts, res.status, parsed, {
    ...(code !== undefined ? { code } : {}),
    ...(asked !== undefined ? { retryAt: now + asked } : {}),
  });
}

/** The credential values a request carries (`authorization` with and without its scheme, secret headers). */
function requestSecrets(req: Pick<HttpRequest, 'headers' | 'secretHeaders'>): string[] {
  const names = new Set(['authorization', 'cookie', 'proxy-authorization', ...(req.secretHeaders ?? [])]);
  const out: string[] = [];
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (!names.has(name.toLowerCase())) continue;
    out.push(value);
    const credentials = /^\S+\s+(\S+)$/.exec(value)?.[1];
    if (credentials) out.push(credentials);
  }
  return out;
}
