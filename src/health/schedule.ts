/**
 * When a health analysis measures: the interval, how many measurements (`count`, or `duration`
 * turned into a count), the initial delay, and the per-request timeout. Pure.
 */
import { formatDuration } from '../format/duration.js';
import { ConfigurationError } from '../runtime/errors.js';

/** Measurements when neither `count` nor `duration` is given. */
export const DEFAULT_COUNT = 6;
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
  /** Wait before the first measurement, ms (default: one interval). */
  initialDelayMs?: number | undefined;
  /** Per-request timeout, ms (default: the smaller of 10 s and half the interval). */
  timeoutMs?: number | undefined;
}

export interface Schedule {
  intervalMs: number;
  count: number;
  initialDelayMs: number;
  timeoutMs: number;
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
 *   count not an integer ≥ 1, duration or timeout not > 0, initial delay < 0.
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
  const count =
    options.count ??
    (options.durationMs !== undefined
      ? Math.max(1, Math.ceil(options.durationMs / options.intervalMs))
      : DEFAULT_COUNT);
  return {
    intervalMs: options.intervalMs,
    count,
    initialDelayMs: options.initialDelayMs ?? options.intervalMs,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(options.intervalMs),
  };
}

/** When the last measurement is due, ms after the start: `initialDelay + (count − 1) × interval`. */
export function lastMeasurementDueMs(schedule: Schedule): number {
  return schedule.initialDelayMs + (schedule.count - 1) * schedule.intervalMs;
}

/**
 * Checks up front that the planned window fits in the progress deadline: the last measurement must be
 * due, and have its timeout to answer, before the deadline.
 * @throws ConfigurationError naming `progress-deadline` and the planned window.
 */
export function assertFitsDeadline(schedule: Schedule, progressDeadlineMs: number): void {
  const needed = lastMeasurementDueMs(schedule) + schedule.timeoutMs;
  if (needed > progressDeadlineMs) {
    throw new ConfigurationError(
      `input 'progress-deadline': expected at least ${formatDuration(needed)} (initial delay ${formatDuration(schedule.initialDelayMs)} + ${schedule.count - 1} × interval ${formatDuration(schedule.intervalMs)} + timeout ${formatDuration(schedule.timeoutMs)}), got ${formatDuration(progressDeadlineMs)}`,
    );
  }
}
