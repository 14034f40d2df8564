import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";

// lib/health/schedule.js
var DEFAULT_INTERVAL_MS = 1e4;
var DEFAULT_COUNT = 6;
var DEFAULT_INITIAL_DELAY_MS = 0;
var DEFAULT_MEASUREMENT_RETRIES = 1;
var MAX_MEASUREMENT_RETRIES = 5;
var RETRY_PAUSE_MS = 250;
var MAX_DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_PROGRESS_DEADLINE_MS = 6e5;
function defaultTimeoutMs(intervalMs) {
  return Math.max(1, Math.min(MAX_DEFAULT_TIMEOUT_MS, Math.floor(intervalMs / 2)));
}
function resolveSchedule(options) {
  const positive = (name, ms) => {
    if (!(Number.isFinite(ms) && ms > 0))
      throw new ConfigurationError(`input '${name}': expected a duration above 0, got ${formatDuration(ms)}`);
  };
  positive("interval", options.intervalMs);
  if (options.count !== void 0 && options.durationMs !== void 0) {
    throw new ConfigurationError("inputs 'count' and 'duration': expected one of them, got both");
  }
  if (options.count !== void 0 && !(Number.isInteger(options.count) && options.count >= 1)) {
    throw new ConfigurationError(`input 'count': expected an integer of at least 1, got ${options.count}`);
  }
  if (options.durationMs !== void 0)
    positive("duration", options.durationMs);
  if (options.timeoutMs !== void 0)
    positive("timeout", options.timeoutMs);
  if (options.initialDelayMs !== void 0 && !(options.initialDelayMs >= 0)) {
    throw new ConfigurationError(`input 'initial-delay': expected a duration of at least 0, got ${options.initialDelayMs}`);
  }
  const retries = options.retries ?? DEFAULT_MEASUREMENT_RETRIES;
  if (!(Number.isInteger(retries) && retries >= 0 && retries <= MAX_MEASUREMENT_RETRIES)) {
    throw new ConfigurationError(`input 'measurement-retries': expected an integer from 0 to ${MAX_MEASUREMENT_RETRIES}, got ${retries}`);
  }
  const retryPauseMs = options.retryPauseMs ?? RETRY_PAUSE_MS;
  if (!(Number.isFinite(retryPauseMs) && retryPauseMs >= 0)) {
    throw new ConfigurationError(`retry pause: expected a duration of at least 0, got ${retryPauseMs}`);
  }
  const count = options.count ?? (options.durationMs !== void 0 ? Math.max(1, Math.ceil(options.durationMs / options.intervalMs)) : DEFAULT_COUNT);
  return {
    intervalMs: options.intervalMs,
    count,
    initialDelayMs: options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(options.intervalMs),
    retries,
    retryPauseMs
  };
}
function lastMeasurementDueMs(schedule) {
  return schedule.initialDelayMs + (schedule.count - 1) * schedule.intervalMs;
}
function assertFitsDeadline(schedule, progressDeadlineMs) {
  const needed = lastMeasurementDueMs(schedule) + schedule.timeoutMs;
  if (needed > progressDeadlineMs) {
    const delay = schedule.initialDelayMs > 0 ? `initial delay ${formatDuration(schedule.initialDelayMs)} + ` : "";
    throw new ConfigurationError(`input 'progress-deadline': expected at least ${formatDuration(needed)} (${delay}${schedule.count - 1} \xD7 interval ${formatDuration(schedule.intervalMs)} + timeout ${formatDuration(schedule.timeoutMs)}), got ${formatDuration(progressDeadlineMs)}`);
  }
}

export {
  DEFAULT_INTERVAL_MS,
  DEFAULT_COUNT,
  DEFAULT_MEASUREMENT_RETRIES,
  MAX_MEASUREMENT_RETRIES,
  DEFAULT_PROGRESS_DEADLINE_MS,
  resolveSchedule,
  assertFitsDeadline
};
