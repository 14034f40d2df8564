/**
 * The probe engine: sends a check's request through the shared HTTP client (retries, backoff,
 * Retry-After, deadlines) and judges the answer. smoke-test runs a list of checks once;
 * health-check runs them on an interval.
 */
import pLimit from 'p-limit';
import type { HttpClient } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import { ValueError } from '../inputs/parse.js';
import type { Clock } from '../runtime/clock.js';
import { ConfigurationError } from '../runtime/errors.js';
import { type Check, resolveCheckPath } from './check.js';
import { judge } from './expect.js';
import type { StatusSet } from './status.js';

export interface ProbeOptions {
  /** Base URL the check paths are resolved against (a path prefix is kept). */
  baseUrl: URL;
  /** Per-request timeout, ms. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** Statuses that earn another attempt (for example 429 and 5xx; 404 during warm-up). */
  retryOnStatus: StatusSet;
  /** Whether an answered request that fails its assertions is retried too. */
  retryOnAssertion: boolean;
  followRedirects: boolean;
  /** Vercel Deployment Protection bypass secret, sent as `x-vercel-protection-bypass`
   * (https://vercel.com/docs/deployment-protection/methods-to-bypass-deployment-protection/protection-bypass-automation). */
  protectionBypass?: string | undefined;
  /** Absolute time (ms on `clock`) after which no attempt starts. */
  deadline?: number;
  /** The clock `startedAt` and `deadline` are read on: the one the HTTP client was built with. */
  clock: Clock;
}

/** `passed`/`failed`: the app answered (well/badly). `error`: no answer to judge. `skipped`: not run (fail-fast). */
export type ProbeOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface ProbeResult {
  name: string;
  method: string;
  path: string;
  status: number | undefined;
  /** Time of the last attempt, redirects included, ms. */
  latencyMs: number | undefined;
  attempts: number;
  outcome: ProbeOutcome;
  /** Why it did not pass (empty when passed). */
  reasons: string[];
  /** Clock time the probe started, ms since epoch. */
  startedAt: number;
}

/**
 * Resolves a check path against the base URL, keeping the base's own path prefix; the result
 * always has the base's origin (see {@link resolveCheckPath}).
 * @throws ValueError for a path that would leave the base's origin.
 */
export function checkUrl(baseUrl: URL, path: string): URL {
  return resolveCheckPath(baseUrl, path);
}

/**
 * Every check's URL, before anything is requested.
 * @throws ConfigurationError `check '<name>': path: expected …` for the first check whose path
 *   would leave the base's origin (parsing refuses those already; this guards other callers).
 */
function checkUrls(checks: readonly Check[], baseUrl: URL): URL[] {
  return checks.map((check) => {
    try {
      return resolveCheckPath(baseUrl, check.path);
    } catch (error) {
      if (!(error instanceof ValueError)) throw error;
      throw new ConfigurationError(`check '${check.name}': path: ${error.message}`);
    }
  });
}

const BYPASS_HEADER = 'x-vercel-protection-bypass';

/**
 * Runs one check. Never throws for the app's or the network's faults: they become the result.
 * @throws ConfigurationError, before any request, for a path that would leave the base's origin.
 */
export async function probe(check: Check, options: ProbeOptions, http: HttpClient): Promise<ProbeResult> {
  const [url] = checkUrls([check], options.baseUrl);
  const startedAt = options.clock.now();
  const base = { name: check.name, method: check.method, path: check.path, startedAt };
  const headers = { ...check.headers };
  if (options.protectionBypass) headers[BYPASS_HEADER] = options.protectionBypass;
  const toAnswer = (r: { status: number; headers: Headers; text(): string; latencyMs: number }) => ({
    status: r.status,
    headers: r.headers,
    body: r.text(),
    latencyMs: r.latencyMs,
  });
  try {
    const res = await http.request({
      url: url as URL,
      method: check.method,
      headers,
      ...(check.body !== undefined ? { body: check.body } : {}),
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      // The user wrote this check and chose its retries, whatever its method.
      idempotent: true,
      // A status the check expects is its answer, not a warm-up: a check of a 404 page is not retried.
      retryOnStatus: (status) => options.retryOnStatus.has(status) && !check.expect.status.has(status),
      ...(options.retryOnAssertion
        ? { retryOnResponse: (r) => judge(toAnswer(r), check.expect).length > 0 }
        : {}),
      redirect: options.followRedirects ? 'follow' : 'manual',
      secretHeaders: [BYPASS_HEADER],
      ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
    });
    const reasons = judge(toAnswer(res), check.expect);
    return {
      ...base,
      status: res.status,
      latencyMs: Math.round(res.latencyMs),
      attempts: res.attempts,
      outcome: reasons.length === 0 ? 'passed' : 'failed',
      reasons,
    };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return {
      ...base,
      status: undefined,
      latencyMs: undefined,
      attempts: error.attempts,
      outcome: 'error',
      reasons: [error.detail],
    };
  }
}

/**
 * Runs checks with at most `concurrency` in flight. Results come back in the checks' order. With
 * `failFast`, checks not yet started when one fails are reported `skipped`.
 * @throws ConfigurationError, before any request, when a check's path would leave the base's origin.
 */
export async function runChecks(
  checks: readonly Check[],
  options: ProbeOptions,
  http: HttpClient,
  run: { concurrency: number; failFast: boolean },
): Promise<ProbeResult[]> {
  checkUrls(checks, options.baseUrl);
  const limit = pLimit(run.concurrency);
  let stop = false;
  return Promise.all(
    checks.map((check) =>
      limit(async (): Promise<ProbeResult> => {
        if (stop) {
          const startedAt = options.clock.now();
          return {
            name: check.name,
            method: check.method,
            path: check.path,
            status: undefined,
            latencyMs: undefined,
            attempts: 0,
            outcome: 'skipped',
            reasons: ['not run: an earlier check failed (fail-fast)'],
            startedAt,
          };
        }
        const result = await probe(check, options, http);
        if (run.failFast && result.outcome !== 'passed') stop = true;
        return result;
      }),
    ),
  );
}
