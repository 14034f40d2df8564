/**
 * The analysis window as the actions that health-check declare it (health-check, release): their
 * inputs, parsed, mapped to a schedule and the analysis limits. Input names are the actions'
 * (docs/health-check.md); units are already ms and %.
 */
import { ConfigurationError } from '../runtime/errors.js';
import type { AnalysisLimits } from './analysis.js';
import { type MetricQuery, type MetricsSource, placeholdersIn } from './metrics.js';
import { type ScheduleOptions, assertFitsDeadline, resolveSchedule } from './schedule.js';

/** The parsed window inputs: durations in ms, rates in % (0–100), undefined when not given. */
export interface HealthWindowInputs {
  interval: number;
  count: number | undefined;
  duration: number | undefined;
  'initial-delay': number | undefined;
  /** Per-request timeout, ms; the release action leaves it to the schedule's default. */
  timeout?: number | undefined;
  /** Retries of a check that got a 5xx, a 429 or no answer, within its measurement (default 1). */
  'measurement-retries'?: number | undefined;
  'failure-limit': number;
  'consecutive-error-limit': number;
  'consecutive-success-limit': number | undefined;
  'max-error-rate': number | undefined;
  'max-p95-ms': number | undefined;
  'max-p99-ms': number | undefined;
  /** The whole window must fit in this, ms. */
  'progress-deadline': number;
}

/**
 * The schedule and limits of a health analysis from its inputs.
 * @throws ConfigurationError when the window cannot fit in `progress-deadline`, or count and
 *   duration are both given.
 */
export function healthWindow(inputs: HealthWindowInputs): {
  schedule: ScheduleOptions;
  limits: Partial<AnalysisLimits>;
} {
  const schedule: ScheduleOptions = {
    intervalMs: inputs.interval,
    count: inputs.count,
    durationMs: inputs.duration,
    initialDelayMs: inputs['initial-delay'],
    timeoutMs: inputs.timeout,
    retries: inputs['measurement-retries'],
  };
  assertFitsDeadline(resolveSchedule(schedule), inputs['progress-deadline']);
  return {
    schedule,
    limits: {
      failureLimit: inputs['failure-limit'],
      consecutiveErrorLimit: inputs['consecutive-error-limit'],
      ...(inputs['consecutive-success-limit'] !== undefined
        ? { consecutiveSuccessLimit: inputs['consecutive-success-limit'] }
        : {}),
      maxErrorRatePct: inputs['max-error-rate'],
      maxP95Ms: inputs['max-p95-ms'],
      maxP99Ms: inputs['max-p99-ms'],
    },
  };
}

/** The parsed metric inputs (undefined when not given). */
export interface HealthMetricInputs {
  'metrics-url': URL | undefined;
  'metric-queries': MetricQuery[] | undefined;
  'metrics-token': string | undefined;
}

/**
 * The metric options of a health analysis from the actions' inputs: none without `metric-queries`
 * (then `metrics-url` and `metrics-token` are unused). health-check and release fill no
 * placeholder, so a query holding `{{flag}}` or `{{stage}}` is refused here, before any request —
 * unless `placeholdersFilled` (the canary controller fills them per flag and stage).
 * @throws ConfigurationError `input 'metrics-url': required when 'metric-queries' is given, but not
 *   supplied`, or naming the query with a placeholder.
 */
export function healthMetrics(
  inputs: HealthMetricInputs,
  options: { placeholdersFilled?: boolean } = {},
): {
  metricQueries?: MetricQuery[];
  metrics?: MetricsSource;
} {
  const queries = inputs['metric-queries'] ?? [];
  if (queries.length === 0) return {};
  const url = inputs['metrics-url'];
  if (!url)
    throw new ConfigurationError(
      "input 'metrics-url': required when 'metric-queries' is given, but not supplied",
    );
  for (const q of options.placeholdersFilled ? [] : queries) {
    const [used] = placeholdersIn(q.query);
    if (used !== undefined) {
      throw new ConfigurationError(
        `input 'metric-queries': query '${q.name}' holds {{${used}}}, which this action cannot fill (placeholders are for callers of runHealthCheck that pass variables, such as a canary controller)`,
      );
    }
  }
  return { metricQueries: queries, metrics: { baseUrl: url, token: inputs['metrics-token'] } };
}
