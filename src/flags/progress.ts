/**
 * The canary controller wired to a flag file: its health analysis (the health-check action's
 * analysis on the flag's target) and its write paths — a repository through the GitHub contents
 * API (one commit per decision, re-applied on a conflict), or a local file.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { HttpClient } from '../http/client.js';
import { type GitHubOctokit } from '../github/octokit.js';
import { readRepositoryFile, type RepositoryFile, writeFileWithRetry } from '../github/contents.js';
import type { MetricQuery } from '../health/metrics.js';
import { runHealthCheck } from '../health/runner.js';
import type { ScheduleOptions } from '../health/schedule.js';
import { parseChecks } from '../probes/check.js';
import type { Clock } from '../runtime/clock.js';
import { ConfigurationError, errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import {
  CANARY_LIMITS,
  type CanaryAnalysis,
  type CanaryDecision,
  type CanaryTarget,
  progressCanaries,
} from './canary.js';
import { commitMessage } from './describe.js';
import { applyFlagOperation } from './operations.js';

/** How a stage is analysed: the health window (interval and count, ms) and the HTTP client. */
export interface CanaryHealthOptions {
  schedule: ScheduleOptions;
  /**
   * Metric queries each measurement also runs (health/metrics.ts), against `metrics`; `{{flag}}`
   * and `{{stage}}` in a query become the flag key and the stage percentage.
   */
  metricQueries?: readonly MetricQuery[];
  metrics?: { baseUrl: string | URL; token?: string | undefined };
  http: HttpClient;
  clock: Clock;
  logger: Logger;
}

/**
 * The analysis of one flag's stage: the flag's checks (inline YAML/JSON, smoke-test format, relative
 * to its health URL; without checks, `GET` of the health URL itself, query string included, must
 * answer 2xx), and the metric queries with the flag and stage filled in, under
 * {@link CANARY_LIMITS} (error rate over 5 % or p99 over 2,000 ms fail, one failed measurement
 * tolerated). A check list that does not parse is an
 * `error` verdict for that flag, not a failure of the pass.
 */
export function canaryAnalyzer(
  options: CanaryHealthOptions,
): (target: CanaryTarget) => Promise<CanaryAnalysis> {
  return async (target) => {
    let checks;
    let baseUrl: URL;
    try {
      baseUrl = new URL(target.healthUrl);
      if (target.checks) checks = parseChecks(target.checks, `flag '${target.flag}' canaryChecks`);
      else {
        // No checks: GET the health URL itself, query string included (…/api/health?flag=x).
        checks = parseChecks(
          JSON.stringify([{ path: `${baseUrl.pathname}${baseUrl.search}` }]),
          'canaryHealthUrl',
        );
        baseUrl = new URL(baseUrl.origin);
      }
    } catch (error) {
      return { verdict: 'error', reason: errorMessage(error) };
    }
    const metrics =
      options.metricQueries && options.metricQueries.length > 0 && options.metrics
        ? {
            metricQueries: options.metricQueries,
            metrics: {
              baseUrl: options.metrics.baseUrl,
              ...(options.metrics.token ? { token: options.metrics.token } : {}),
              variables: { flag: target.flag, stage: String(target.stage) },
            },
          }
        : {};
    const result = await runHealthCheck({
      checks,
      probe: { baseUrl },
      schedule: options.schedule,
      ...metrics,
      limits: CANARY_LIMITS,
      http: options.http,
      clock: options.clock,
      logger: options.logger,
    });
    // Nothing answered at all (no check, no metric) is no data about the cohort — the error-rate
    // threshold counts unanswered checks as bad: hold, do not roll back. A slow or failing answer
    // is data: unhealthy stays unhealthy.
    if (result.verdict === 'unhealthy' && !result.answered)
      return { verdict: 'error', reason: `no answer from the health target: ${result.reason}` };
    return { verdict: result.verdict, reason: result.reason };
  };
}

/**
 * One controller pass over `file` in a repository: every decision is its own commit (or pull
 * request) through the contents API, applied only while the flag still serves the analysed stage.
 * @returns the decisions, and the file's text after the last one (for an Edge Config sync).
 * @throws ConfigurationError when the file is not a flagd document; GitHubError when GitHub refuses.
 */
export async function progressRepository(options: {
  octokit: GitHubOctokit;
  file: RepositoryFile;
  environment: string;
  mode: 'commit' | 'pull-request';
  actor: string;
  workflowRunUrl?: string;
  defaultHoldMs?: number;
  health: CanaryHealthOptions;
  clock: Clock;
  logger: Logger;
}): Promise<{ decisions: CanaryDecision[]; text: string | undefined }> {
  const { octokit, file, clock, logger } = options;
  const text = await readRepositoryFile(octokit, file);
  let latest: string | undefined;
  const decisions = await progressCanaries({
    text,
    where: file.path,
    now: clock.now(),
    analyze: canaryAnalyzer(options.health),
    actor: options.actor,
    ...(options.defaultHoldMs !== undefined ? { defaultHoldMs: options.defaultHoldMs } : {}),
    logger,
    apply: async (request) => {
      const written = await writeFileWithRetry(
        octokit,
        file,
        (current) => {
          const change = applyFlagOperation(current, request, file.path);
          latest = change.text;
          if (!change.changed) return undefined;
          return {
            text: change.text,
            message: commitMessage(change, request, {
              environment: options.environment,
              ...(options.workflowRunUrl ? { workflowRunUrl: options.workflowRunUrl } : {}),
            }),
          };
        },
        { mode: options.mode, clock, logger },
      );
      return {
        ...(written.commitSha ? { commitSha: written.commitSha } : {}),
        ...(written.pullRequestUrl ? { pullRequestUrl: written.pullRequestUrl } : {}),
      };
    },
  });
  return { decisions, text: latest ?? text };
}

/**
 * One controller pass over a local file (`greenlight flags progress`): each decision rewrites the
 * file (written whole beside it, then renamed over it).
 * @throws ConfigurationError when the file cannot be read or is not a flagd document.
 */
export async function progressLocalFile(options: {
  path: string;
  actor: string;
  defaultHoldMs?: number;
  health: CanaryHealthOptions;
  clock: Clock;
  logger: Logger;
}): Promise<CanaryDecision[]> {
  const read = async (): Promise<string> => {
    try {
      return await readFile(options.path, 'utf8');
    } catch (error) {
      throw new ConfigurationError(`--file: cannot read ${options.path}: ${errorMessage(error)}`);
    }
  };
  return progressCanaries({
    text: await read(),
    where: options.path,
    now: options.clock.now(),
    analyze: canaryAnalyzer(options.health),
    actor: options.actor,
    ...(options.defaultHoldMs !== undefined ? { defaultHoldMs: options.defaultHoldMs } : {}),
    logger: options.logger,
    apply: async (request) => {
      const change = applyFlagOperation(await read(), request, options.path);
      if (change.changed) {
        const temporary = join(dirname(options.path), `.${basename(options.path)}.${randomUUID()}.tmp`);
        await writeFile(temporary, change.text);
        await rename(temporary, options.path);
      }
      return {};
    },
  });
}
