/**
 * Runs a health analysis against a live URL: waits the initial delay, then every interval runs every
 * check once (one measurement), feeds it to the analysis and stops as soon as a verdict is reached.
 * Probes go through the shared HttpClient with **no retries** (a retry would hide the very failure a
 * health check exists to see) and a per-request timeout of `min(10 s, interval / 2)` by default.
 */
import type { HttpClient } from '../http/client.js';
import { redactUrl } from '../http/errors.js';
import { formatDuration } from '../format/duration.js';
import type { Check } from '../probes/check.js';
import { type ProbeOptions, runChecks } from '../probes/engine.js';
import type { StatusSet } from '../probes/status.js';
import type { Clock } from '../runtime/clock.js';
import { type Logger, silentLogger } from '../runtime/logger.js';
import {
  type AnalysisConfig,
  type AnalysisLimits,
  type AnalysisState,
  expire,
  record,
  start,
} from './analysis.js';
import { type Measurement, describeMeasurement, measure } from './measurement.js';
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
  /** interval, count | duration, initial delay (default one interval), timeout — all in ms. */
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
}

/** What a health check ran with, for the summary's settings line. */
export interface HealthSettings extends Schedule {
  url: string;
  progressDeadlineMs: number;
  limits: AnalysisConfig;
}

export interface HealthCheckResult extends AnalysisResult {
  settings: HealthSettings;
  /** Wall time of the whole analysis on the clock, ms. */
  elapsedMs: number;
}

const NO_RETRY_STATUSES: StatusSet = { has: () => false, text: '' };

/** The settings line, as logged and shown in the summary. */
export function settingsLine(settings: HealthSettings): string {
  const l = settings.limits;
  return [
    `${settings.count} measurements every ${formatDuration(settings.intervalMs)} after ${formatDuration(settings.initialDelayMs)}`,
    `failure-limit ${l.failureLimit}`,
    `consecutive-error-limit ${l.consecutiveErrorLimit}`,
    l.consecutiveSuccessLimit ? `consecutive-success-limit ${l.consecutiveSuccessLimit}` : '',
    l.maxErrorRatePct !== undefined ? `max-error-rate ${l.maxErrorRatePct}%` : '',
    l.maxP95Ms !== undefined ? `max-p95-ms ${l.maxP95Ms}` : '',
    l.maxP99Ms !== undefined ? `max-p99-ms ${l.maxP99Ms}` : '',
    `timeout ${formatDuration(settings.timeoutMs)}`,
    `progress-deadline ${formatDuration(settings.progressDeadlineMs)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Runs the analysis to a verdict. Never throws for the app's or the network's faults (they are
 * measurements); a measurement that starts at or after the progress deadline is not taken and the
 * verdict is `error`. Probe requests carry the deadline, so none outlives it.
 * @throws ConfigurationError for an invalid schedule or limits (see `resolveSchedule`, `start`).
 */
export async function runHealthCheck(options: HealthCheckOptions): Promise<HealthCheckResult> {
  const schedule = resolveSchedule(options.schedule);
  const clock = options.clock;
  const logger = options.logger ?? silentLogger;
  const progressDeadlineMs = options.progressDeadlineMs ?? DEFAULT_PROGRESS_DEADLINE_MS;
  let state = start({ count: schedule.count, ...options.limits });
  const settings: HealthSettings = {
    ...schedule,
    url: redactUrl(options.probe.baseUrl),
    progressDeadlineMs,
    limits: state.config,
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
    const results = await runChecks(options.checks, probe, options.http, {
      concurrency: options.probe.concurrency ?? 8,
      failFast: false,
    });
    const m = measure(results, {
      index: state.measurements.length + 1,
      startedAt,
      offsetMs: startedAt - begin,
    });
    state = record(state, m);
    logger.info(`#${m.index} ${m.outcome}: ${describeMeasurement(m)}`);
    await options.onMeasurement?.(m, state);
    if (state.decision === 'continue' && clock.now() >= deadline) state = expire(state, progressDeadlineMs);
    // Fixed rate; a round that overran its slot starts the next one at once, then keeps the pace.
    due = Math.max(due + schedule.intervalMs, clock.now());
  }
  const summary = analysisResult(state);
  logger.info(`Verdict: ${summary.verdict} — ${summary.reason}`);
  return { ...summary, settings, elapsedMs: clock.now() - begin };
}
