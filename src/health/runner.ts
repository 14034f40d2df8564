/**
 * Runs a health analysis against a live URL: waits the initial delay (default 0: at once), then every
 * interval runs every check (one measurement), feeds it to the analysis and stops as soon as a
 * verdict is reached.
 *
 * Within a measurement, a check that got a 5xx, a 429 or no answer is sent again after a pause
 * (`schedule.retries` times, default once after 250 ms; {@link isRetryable}), and the measurement is
 * judged on the last answers: a momentary fault (one random 503) does not fail a measurement, a
 * broken app fails both attempts within ~0.3 s. The retry lives here rather than in the HTTP client
 * so that its pause is exact and on the analysis clock, and so that the report shows it. The HTTP
 * client itself never retries a probe (`retries: 0`), and its per-request timeout is
 * `min(10 s, interval / 2)` by default. Docs: docs/health-check.md ("Why these defaults").
 *
 * With `metricQueries`, every measurement also runs each query once against the Prometheus-compatible
 * API in `metrics` (src/health/metrics.ts), at the same time as the checks, with the same timeout and
 * deadline and no retry: a failed comparison fails the measurement, a query without a number
 * (no data, an API error) leaves it unanswered, as a check would. Checks stay required; queries are
 * additive. Docs: docs/health-check.md ("Metric queries").
 */
import type { HttpClient } from '../http/client.js';
import { redactUrl } from '../http/errors.js';
import { formatDuration } from '../format/duration.js';
import type { Check } from '../probes/check.js';
import { type ProbeOptions, type ProbeResult, runChecks } from '../probes/engine.js';
import type { StatusSet } from '../probes/status.js';
import type { Clock } from '../runtime/clock.js';
import { ConfigurationError } from '../runtime/errors.js';
import { type Logger, silentLogger } from '../runtime/logger.js';
import {
  type AnalysisConfig,
  type AnalysisLimits,
  type AnalysisState,
  expire,
  record,
  start,
} from './analysis.js';
import {
  type Measurement,
  classifyCheck,
  describeCheck,
  describeMeasurement,
  isRetryable,
  measure,
} from './measurement.js';
import {
  type MetricQuery,
  type MetricResult,
  type MetricsSource,
  checkMetricQueries,
  expandQuery,
  metricsEndpoint,
  queryMetrics,
  registerMetricsToken,
} from './metrics.js';
import {
  DEFAULT_PROGRESS_DEADLINE_MS,
  type Schedule,
  type ScheduleOptions,
  resolveSchedule,
} from './schedule.js';
import { type AnalysisResult, analysisResult } from './analysis-result.js';

export interface HealthProbeOptions {
  /** Base URL the check paths are resolved against. */
  baseUrl: URL;
  /** Follow redirects (default true) or judge the 3xx itself. */
  followRedirects?: boolean;
  /** Vercel protection bypass secret, sent as `x-vercel-protection-bypass` (same origin only). */
  protectionBypass?: string | undefined;
  /** Checks in flight at once within a measurement (default 8). */
  concurrency?: number;
}

export interface HealthCheckOptions {
  checks: readonly Check[];
  probe: HealthProbeOptions;
  /**
   * interval, count | duration, initial delay (default 0), timeout, retries within a measurement
   * (default 1) and their pause (default 250 ms) — durations in ms.
   */
  schedule: ScheduleOptions;
  /** Limits and thresholds; omitted ones take Argo's defaults (failure limit 0, error limit 4). */
  limits?: Partial<AnalysisLimits>;
  /** The whole analysis must decide within this, ms (default 600 000); else the verdict is `error`. */
  progressDeadlineMs?: number | undefined;
  /** The client every probe goes through. */
  http: HttpClient;
  /** The analysis clock: the one `http` was built with (probe deadlines are set on it). */
  clock: Clock;
  logger?: Logger;
  /** Called after every measurement with the state it led to (e.g. to react to the first failure). */
  onMeasurement?: (measurement: Measurement, state: AnalysisState) => void | Promise<void>;
  /**
   * Metric queries every measurement runs besides the checks (src/health/metrics.ts): a failed
   * comparison fails the measurement, no number leaves it unanswered. Needs `metrics`; `checks`
   * stay required (at least one).
   */
  metricQueries?: readonly MetricQuery[] | undefined;
  /**
   * The Prometheus-compatible query API: base URL, optional token (Bearer, or Basic when
   * `user:password`; registered as a secret) and the values of `{{flag}}` / `{{stage}}`.
   */
  metrics?: MetricsSource | undefined;
}

/** What a health check ran with, for the summary's settings line. */
export interface HealthSettings extends Schedule {
  url: string;
  progressDeadlineMs: number;
  limits: AnalysisConfig;
  /** The metric queries (absent when none): the endpoint (redacted), the queries and the placeholder values. */
  metrics?: { url: string; queries: MetricQuery[]; variables: Record<string, string> };
}

export interface HealthCheckResult extends AnalysisResult {
  settings: HealthSettings;
  /** Wall time of the whole analysis on the clock, ms. */
  elapsedMs: number;
}

const NO_RETRY_STATUSES: StatusSet = { has: () => false, text: '' };

/** The settings line, as logged and shown in the summary. */
export function settingsLine(settings: HealthSettings): string {
  const limits = settings.limits;
  return [
    `${settings.count} measurements every ${formatDuration(settings.intervalMs)} ${settings.initialDelayMs === 0 ? 'starting at once' : `after ${formatDuration(settings.initialDelayMs)}`}`,
    `failure-limit ${limits.failureLimit}`,
    `consecutive-error-limit ${limits.consecutiveErrorLimit}`,
    limits.consecutiveSuccessLimit ? `consecutive-success-limit ${limits.consecutiveSuccessLimit}` : '',
    limits.maxErrorRatePct !== undefined ? `max-error-rate ${limits.maxErrorRatePct}%` : '',
    limits.maxP95Ms !== undefined ? `max-p95-ms ${limits.maxP95Ms}` : '',
    limits.maxP99Ms !== undefined ? `max-p99-ms ${limits.maxP99Ms}` : '',
    `timeout ${formatDuration(settings.timeoutMs)}`,
    `measurement-retries ${settings.retries}${settings.retries > 0 ? ` (after ${formatDuration(settings.retryPauseMs)})` : ''}`,
    `progress-deadline ${formatDuration(settings.progressDeadlineMs)}`,
    settings.metrics
      ? `${settings.metrics.queries.length} metric ${settings.metrics.queries.length === 1 ? 'query' : 'queries'} on ${settings.metrics.url}`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Runs the analysis to a verdict. Never throws for the app's or the network's faults (they are
 * measurements); a measurement that starts at or after the progress deadline is not taken and the
 * verdict is `error`. Probe and metric requests carry the deadline, so none outlives it.
 * @throws ConfigurationError for an invalid schedule or limits (see `resolveSchedule`, `start`), and,
 *   before any request, for metric queries that are invalid, lack `metrics`, come without a check,
 *   or hold a placeholder `metrics.variables` gives no value for.
 */
export async function runHealthCheck(options: HealthCheckOptions): Promise<HealthCheckResult> {
  const schedule = resolveSchedule(options.schedule);
  const clock = options.clock;
  const logger = options.logger ?? silentLogger;
  const progressDeadlineMs = options.progressDeadlineMs ?? DEFAULT_PROGRESS_DEADLINE_MS;
  let state = start({ count: schedule.count, ...options.limits });
  const metrics = metricSettings(options);
  const settings: HealthSettings = {
    ...schedule,
    url: redactUrl(options.probe.baseUrl),
    progressDeadlineMs,
    limits: state.config,
    ...(metrics ? { metrics } : {}),
  };
  const begin = clock.now();
  const deadline = begin + progressDeadlineMs;
  const probe: ProbeOptions = {
    baseUrl: options.probe.baseUrl,
    timeoutMs: schedule.timeoutMs,
    retries: 0,
    retryOnStatus: NO_RETRY_STATUSES,
    retryOnAssertion: false,
    followRedirects: options.probe.followRedirects ?? true,
    protectionBypass: options.probe.protectionBypass,
    deadline,
    clock,
  };
  logger.info(`Health check of ${settings.url}: ${settingsLine(settings)}`);
  if (schedule.timeoutMs >= schedule.intervalMs) {
    logger.warning(
      `timeout ${formatDuration(schedule.timeoutMs)} ≥ interval ${formatDuration(schedule.intervalMs)}: a slow answer delays the next measurement`,
    );
  }

  let due = begin + schedule.initialDelayMs;
  while (state.decision === 'continue') {
    if (due >= deadline) {
      state = expire(state, progressDeadlineMs);
      break;
    }
    const wait = due - clock.now();
    if (wait > 0) await clock.sleep(wait);
    const startedAt = clock.now();
    const [round, metricResults] = await Promise.all([
      measureRound(options, probe, schedule),
      measureMetrics(options, { timeoutMs: schedule.timeoutMs, deadline }),
    ]);
    const measured = measure(
      round.results,
      { index: state.measurements.length + 1, startedAt, offsetMs: startedAt - begin },
      round.retry,
      metricResults,
    );
    state = record(state, measured);
    logger.info(`#${measured.index} ${measured.outcome}: ${describeMeasurement(measured)}`);
    await options.onMeasurement?.(measured, state);
    if (state.decision === 'continue' && clock.now() >= deadline) state = expire(state, progressDeadlineMs);
    // Fixed rate; a round that overran its slot starts the next one at once, then keeps the pace.
    due = Math.max(due + schedule.intervalMs, clock.now());
  }
  const summary = analysisResult(state);
  logger.info(`Verdict: ${summary.verdict} — ${summary.reason}`);
  return { ...summary, settings, elapsedMs: clock.now() - begin };
}

/**
 * Checks the metric options before anything is requested, registers the token as a secret, and
 * returns the settings to report (undefined without metric queries).
 * @throws ConfigurationError (see {@link runHealthCheck}).
 */
function metricSettings(options: HealthCheckOptions): HealthSettings['metrics'] {
  const queries = options.metricQueries ?? [];
  if (queries.length === 0) return undefined;
  checkMetricQueries(queries);
  if (!options.metrics)
    throw new ConfigurationError(
      'metric queries need metrics.baseUrl: the Prometheus-compatible API to query',
    );
  if (options.checks.length === 0)
    throw new ConfigurationError('a health check needs at least one check; metric queries are additive');
  const variables = { ...options.metrics.variables };
  for (const q of queries) expandQuery(q, variables);
  registerMetricsToken(options.metrics.token);
  return { url: redactUrl(metricsEndpoint(options.metrics.baseUrl)), queries: [...queries], variables };
}

/** One measurement's metric queries, each once, all at once ([] without any). */
async function measureMetrics(
  options: HealthCheckOptions,
  request: { timeoutMs: number; deadline: number },
): Promise<MetricResult[]> {
  const queries = options.metricQueries ?? [];
  if (queries.length === 0 || !options.metrics) return [];
  return queryMetrics(options.http, options.metrics, queries, { ...request, retries: 0 });
}

/**
 * One measurement's requests: every check once, then up to `schedule.retries` times, after
 * `schedule.retryPauseMs`, the checks whose last result {@link isRetryable}. A retry's answer replaces
 * the result before it, but no answer (refused, timeout, 429, the deadline) never replaces one: a 503
 * then a refused connection stays the failed 503 (the app did answer badly). `attempts` adds up.
 * @returns the checks' last results, in order, and how many checks were sent again with the first
 *   answer of the first of them.
 */
async function measureRound(
  options: HealthCheckOptions,
  probe: ProbeOptions,
  schedule: Schedule,
): Promise<{ results: ProbeResult[]; retry: { retried: number; reason: string } }> {
  const run = { concurrency: options.probe.concurrency ?? 8, failFast: false };
  let results = await runChecks(options.checks, probe, options.http, run);
  const retry = { retried: 0, reason: '' };
  for (let attempt = 1; attempt <= schedule.retries; attempt++) {
    const again = results.flatMap((result, position) => (isRetryable(result) ? [position] : []));
    if (again.length === 0) break;
    if (attempt === 1) {
      retry.retried = again.length;
      retry.reason = describeCheck(results[again[0] as number] as ProbeResult);
    }
    await options.clock.sleep(schedule.retryPauseMs);
    const checks = again.map((position) => options.checks[position] as Check);
    const answers = await runChecks(checks, probe, options.http, run);
    const merged = [...results];
    again.forEach((position, answer) => {
      const before = results[position] as ProbeResult;
      const after = answers[answer] as ProbeResult;
      const kept = classifyCheck(after) === 'error' ? before : after;
      merged[position] = { ...kept, attempts: before.attempts + after.attempts };
    });
    results = merged;
  }
  return { results, retry };
}
