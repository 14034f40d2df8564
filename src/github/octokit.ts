/**
 * The Octokit every GitHub call in Greenlight goes through: `@actions/github`'s `getOctokit`
 * (REST endpoint methods + pagination), with its requests sent by our {@link HttpClient} (per-attempt
 * timeouts, retries with backoff for idempotent calls, `Retry-After` and GitHub's
 * `x-ratelimit-reset` honoured) and its failures turned into one-line {@link GitHubError}s without
 * the token.
 */
import { getOctokit } from '@actions/github';
import type { HttpClient, HttpRequest, HttpResponse } from '../http/client.js';
import { ConfigurationError } from '../runtime/errors.js';
import { type Logger, silentLogger } from '../runtime/logger.js';
import { redact, toGitHubError } from './errors.js';

/** The client `createOctokit` returns: `octokit.rest.*`, `octokit.request`, `octokit.paginate`. */
export type GitHubOctokit = ReturnType<typeof getOctokit>;

export interface CreateOctokitOptions {
  /** A `GITHUB_TOKEN`, installation token or PAT. Sent as `Authorization: token …`, never logged. */
  token: string;
  /** REST API root; default `GITHUB_API_URL` from the runner, else `https://api.github.com`. */
  apiUrl?: string;
  http: HttpClient;
  logger?: Logger;
  /** Default `greenlight` (the runner's orchestration id is appended by `@actions/github`). */
  userAgent?: string;
}

/**
 * Creates an Octokit whose requests go through `http` (`request: { fetch: http.asFetch() }`).
 * Every failed call rejects with a {@link GitHubError} (via an Octokit `request` hook) whose message
 * reads `GitHub: <METHOD> <path> answered <status>: <GitHub's message>` or
 * `GitHub: <METHOD> <path>: <what happened>` when no answer came.
 *
 * Per call, pass `request: { fetch: githubFetch(http, { deadline }) }` to bound it by a deadline.
 * See https://github.com/actions/toolkit/tree/main/packages/github and
 * https://github.com/octokit/core.js#options.
 *
 * @throws ConfigurationError when the token is empty or the API URL is not an http(s) URL
 */
export function createOctokit(options: CreateOctokitOptions): GitHubOctokit {
  const token = options.token.trim();
  if (token === '')
    throw new ConfigurationError('github-token is empty: pass a token with the needed permissions');
  const baseUrl = apiBaseUrl(options.apiUrl);
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  const logger = options.logger ?? silentLogger;
  const secrets = [token];
  const say = (write: (m: string) => void) => (message: string) => write(redact(message, secrets));
  const octokit = getOctokit(token, {
    baseUrl,
    userAgent: options.userAgent ?? 'greenlight',
    request: { fetch: githubFetch(options.http) },
    log: {
      debug: say((m) => logger.debug(m)),
      info: say((m) => logger.debug(m)),
      warn: say((m) => logger.warning(m)),
      error: say((m) => logger.error(m)),
    },
  });
  octokit.hook.wrap('request', async (request, requestOptions) => {
    try {
      return await request(requestOptions);
    } catch (error) {
      throw toGitHubError(error, secrets, basePath);
    }
  });
  return octokit;
}

/**
 * A fetch for Octokit's `request.fetch` that sends through `http`. Idempotent calls are also retried
 * on GitHub's rate-limit 403 (`x-ratelimit-remaining: 0` or `retry-after`), waiting as GitHub says.
 *
 * @param options.deadline absolute time (ms since epoch on `http.clock`) after which no attempt runs
 * @param options.idempotent overrides the method default (GET yes, POST no)
 */
export function githubFetch(
  http: HttpClient,
  options: Pick<HttpRequest, 'deadline' | 'idempotent'> = {},
): typeof globalThis.fetch {
  return http.asFetch({ ...options, retryOnResponse: isRateLimited403 });
}

/** GitHub's primary or secondary rate limit answered as 403. */
export function isRateLimited403(response: HttpResponse): boolean {
  if (response.status !== 403) return false;
  return response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after');
}

/**
 * The REST API root without a trailing slash: `apiUrl`, else `GITHUB_API_URL`, else
 * `https://api.github.com` (GHES: `https://HOST/api/v3`).
 * @throws ConfigurationError when it is not an http(s) URL
 */
export function apiBaseUrl(apiUrl?: string): string {
  const raw = (apiUrl?.trim() || process.env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(
    /\/+$/,
    '',
  );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(
      `GitHub API URL '${raw}' is not a URL: expected e.g. https://api.github.com`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(
      `GitHub API URL '${raw}' must be http(s): expected e.g. https://api.github.com`,
    );
  }
  return raw;
}
