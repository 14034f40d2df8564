/**
 * When a health analysis measures: the interval, how many measurements (`count`, or `duration`
 * turned into a count), the initial delay, the per-request timeout, and how often a check that got a
 * 5xx, a 429 or no answer is sent again within its measurement (`measurement-retries`). Pure.
 *
 * The defaults are the health-check and release actions' (docs/health-check.md, "Why these
 * defaults"): the first measurement at once (a hard-broken release is seen right after the promote),
 * and one retry 250 ms later, so that a single random 5xx does not fail a measurement (with 1 % of
 * requests failing at random, a measurement fails with p = 0.01² = 1e-4 instead of 0.01). Argo
 * Rollouts' `initialDelay` also defaults to none
 * (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */
import { formatDuration } from '../format/duration.js';
import { ConfigurationError } from '../runtime/errors.js';

/** Time between two measurements when `interval` is not given, ms (the actions' `10s`). */
export const DEFAULT_INTERVAL_MS = 10_000;
/** Measurements when neither `count` nor `duration` is given. */
export const DEFAULT_COUNT = 6;
/** Wait before the first measurement when `initial-delay` is not given, ms: measure at once. */
export const DEFAULT_INITIAL_DELAY_MS = 0;
/** Retries of a check that got a 5xx, a 429 or no answer, within one measurement (`measurement-retries`). */
export const DEFAULT_MEASUREMENT_RETRIES = 1;
/** The most `measurement-retries` accepted: each retry costs a pause and up to one timeout. */
export const MAX_MEASUREMENT_RETRIES = 5;
/** Pause before each such retry, ms. */
export const RETRY_PAUSE_MS = 250;
/** The longest per-request timeout chosen by default, ms (Argo's web provider: 10 s). */
export const MAX_DEFAULT_TIMEOUT_MS = 10_000;
/** The default progress deadline, ms (Argo Rollouts and Flagger: 600 s). */
export const DEFAULT_PROGRESS_DEADLINE_MS = 600_000;

export interface ScheduleOptions {
  /** Time between the starts of two measurements, ms (> 0). */
  intervalMs: number;
  /** Measurements in the window (≥ 1). Give `count` or `durationMs`, not both; neither → 6. */
  count?: number | undefined;
  /** Run for this long instead: count = ceil(durationMs / intervalMs). */
  durationMs?: number | undefined;
  /** Wait before the first measurement, ms (default 0: at once). */
  initialDelayMs?: number | undefined;
  /** Per-request timeout, ms (default: the smaller of 10 s and half the interval). */
  timeoutMs?: number | undefined;
  /**
   * How many times a check that got a 5xx, a 429 or no answer is sent again within its measurement
   * before the measurement is judged (integer 0–{@link MAX_MEASUREMENT_RETRIES}; default 1; 0 = off).
   */
  retries?: number | undefined;
  /** Pause before each of those retries, ms (default {@link RETRY_PAUSE_MS}; ≥ 0). */
  retryPauseMs?: number | undefined;
}

export interface Schedule {
  /** ms */
  intervalMs: number;
  count: number;
  /** ms */
  initialDelayMs: number;
  /** Per-request timeout, ms. */
  timeoutMs: number;
  /** Retries of a check that got a 5xx, a 429 or no answer, within its measurement. */
  retries: number;
  /** Pause before each retry, ms. */
  retryPauseMs: number;
}

/**
 * The default per-request timeout for an interval: `min(10 s, interval / 2)` (at least 1 ms), so a
 * round of probes ends well before the next one is due.
 */
export function defaultTimeoutMs(intervalMs: number): number {
  return Math.max(1, Math.min(MAX_DEFAULT_TIMEOUT_MS, Math.floor(intervalMs / 2)));
}

/**
 * Resolves a schedule, applying the defaults.
 * @throws ConfigurationError naming the input: interval not > 0, count and duration both given,
 *   count not an integer ≥ 1, duration or timeout not > 0, initial delay < 0, measurement retries
 *   not an integer from 0 to {@link MAX_MEASUREMENT_RETRIES}, retry pause < 0.
 */
export function resolveSchedule(options: ScheduleOptions): Schedule {
  const positive = (name: string, ms: number): void => {
    if (!(Number.isFinite(ms) && ms > 0))
      throw new ConfigurationError(`input '${name}': expected a duration above 0, got ${formatDuration(ms)}`);
  };
  positive('interval', options.intervalMs);
  if (options.count !== undefined && options.durationMs !== undefined) {
    throw new ConfigurationError("inputs 'count' and 'duration': expected one of them, got both");
  }
  if (options.count !== undefined && !(Number.isInteger(options.count) && options.count >= 1)) {
    throw new ConfigurationError(`input 'count': expected an integer of at least 1, got ${options.count}`);
  }
  if (options.durationMs !== undefined) positive('duration', options.durationMs);
  if (options.timeoutMs !== undefined) positive('timeout', options.timeoutMs);
  if (options.initialDelayMs !== undefined && !(options.initialDelayMs >= 0)) {
    throw new ConfigurationError(
      `input 'initial-delay': expected a duration of at least 0, got ${options.initialDelayMs}`,
    );
  }
  const retries = options.retries ?? DEFAULT_MEASUREMENT_RETRIES;
  if (!(Number.isInteger(retries) && retries >= 0 && retries <= MAX_MEASUREMENT_RETRIES)) {
    throw new ConfigurationError(
      `input 'measurement-retries': expected an integer from 0 to ${MAX_MEASUREMENT_RETRIES}, got ${retries}`,
    );
  }
  const retryPauseMs = options.retryPauseMs ?? RETRY_PAUSE_MS;
  if (!(Number.isFinite(retryPauseMs) && retryPauseMs >= 0)) {
    throw new ConfigurationError(`retry pause: expected a duration of at least 0, got ${retryPauseMs}`);
  }
  const count =
    options.count ??
    (options.durationMs !== undefined
      ? Math.max(1, Math.ceil(options.durationMs / options.intervalMs))
      : DEFAULT_COUNT);
  return {
    intervalMs: options.intervalMs,
    count,
    initialDelayMs: options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(options.intervalMs),
    retries,
    retryPauseMs,
  };
}

/** When the last measurement is due, ms after the start: `initialDelay + (count − 1) × interval`. */
export function lastMeasurementDueMs(schedule: Schedule): number {
  return schedule.initialDelayMs + (schedule.count - 1) * schedule.intervalMs;
}

/**
 * Checks up front that the planned window fits in the progress deadline: the last measurement must be
 * due, and have its timeout to answer, before the deadline. Retries are not counted: a retry that
 * would start after the deadline is not sent (the HTTP client refuses it), and the check keeps the
 * answer it had.
 * @throws ConfigurationError naming `progress-deadline` and the planned window.
 */
export function assertFitsDeadline(schedule: Schedule, progressDeadlineMs: number): void {
  const needed = lastMeasurementDueMs(schedule) + schedule.timeoutMs;
  if (needed > progressDeadlineMs) {
    const delay =
      schedule.initialDelayMs > 0 ? `initial delay ${formatDuration(schedule.initialDelayMs)} + ` : '';
    throw new ConfigurationError(
      `input 'progress-deadline': expected at least ${formatDuration(needed)} (${delay}${schedule.count - 1} × interval ${formatDuration(schedule.intervalMs)} + timeout ${formatDuration(schedule.timeoutMs)}), got ${formatDuration(progressDeadlineMs)}`,
    );
  }
}
