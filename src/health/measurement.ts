/**
 * One measurement of a health analysis: one round of every check, and of every metric query
 * (src/health/metrics.ts), at one time, judged as a whole.
 *
 * - `passed`: every check and every metric query passed.
 * - `failed`: the app answered badly — a failed assertion, an unexpected status (5xx …), a latency over
 *   a check's `max-latency-ms` — or a metric query's comparison failed (`error-rate = 0.072, expected
 *   < 0.05`). A round with both failed and unanswered checks or queries counts as failed.
 * - `error`: could not measure — connection refused, DNS, timeout (probe outcome `error`), a 429 from
 *   the app (rate limited is "no answer", never a health failure), or a metric query without a number
 *   (no data, an API error): exactly like an unanswered check.
 *
 * The check counts (`total`, `passed`, `failed`, `errored`) and latencies are the checks' only; the
 * window's error rate and percentiles are judged on checks. Metric results are in `metrics`.
 *
 * A check that got a 5xx, a 429 or no answer is sent again within its measurement (the runner's
 * `measurement-retries`, see {@link isRetryable}); the measurement is judged on the last answers and
 * records how many checks were sent again and why (`retried`, `retriedReason`).
 */
import type { ProbeResult } from '../probes/engine.js';
import type { MetricResult } from './metrics.js';

export type MeasurementOutcome = 'passed' | 'failed' | 'error';

export interface Measurement {
  /** 1-based position in the analysis. */
  index: number;
  /** Clock time the round started, ms since the epoch. */
  startedAt: number;
  /** Time since the analysis started, ms (the initial delay included). */
  offsetMs: number;
  outcome: MeasurementOutcome;
  /** Checks in the round, and how each was judged (`errored`: no answer, 429s included). */
  total: number;
  passed: number;
  failed: number;
  errored: number;
  /** Latencies of the answered checks (passed or failed, 429s excluded), ms, in check order. */
  latenciesMs: number[];
  /** The slowest answered check, ms (undefined when none answered). */
  maxLatencyMs: number | undefined;
  /**
   * Why it did not pass, one line: the first failed (else unanswered) check, then metric query,
   * `GET /api/health: status 503, expected 200-299` or `error-rate = 0.072, expected < 0.05`, with
   * `(+n more)` when others did not pass either ('' when passed).
   */
  reason: string;
  /** Checks sent again in this measurement after a 5xx, a 429 or no answer (0 when none). */
  retried: number;
  /**
   * The first answer of the first check sent again, one line: `GET /: status 503, expected 200-299`
   * ('' when none was).
   */
  retriedReason: string;
  /** Every check's result, as the probe engine returned it. */
  checks: ProbeResult[];
  /** Every metric query's result, in query order ([] when the analysis has none). */
  metrics: MetricResult[];
}

/**
 * How one check counts in a measurement: its probe outcome, except that a 429 the check did not
 * expect is `error` (rate limited: could not measure) and a `skipped` check is `error`.
 */
export function classifyCheck(result: ProbeResult): MeasurementOutcome {
  if (result.outcome === 'passed') return 'passed';
  if (result.outcome === 'failed' && result.status !== 429) return 'failed';
  return 'error';
}

/**
 * Whether a check's result earns a retry within its measurement: no answer (refused, reset, DNS, TLS,
 * timeout), or an answer the check did not expect with a 5xx or a 429 status — what a momentary
 * fault looks like. A wrong body, a 4xx or a slow answer is the app's own answer and is not retried.
 */
export function isRetryable(result: ProbeResult): boolean {
  if (result.outcome === 'error') return true;
  if (result.outcome !== 'failed' || result.status === undefined) return false;
  return result.status >= 500 || result.status === 429;
}

/** One line about one check that did not pass: `GET /api/health: status 503, expected 200-299`. */
export const describeCheck = (r: ProbeResult): string => {
  const why =
    r.outcome === 'failed' && r.status === 429
      ? 'status 429 (rate limited: could not measure)'
      : r.reasons.join('; ') || r.outcome;
  return `${r.method} ${r.path}: ${why}`;
};

/**
 * Judges one round of check results (the last answer of each check, after any retries) and metric
 * query results: failed if any check or query failed, else error if any was unanswered (or there
 * were no checks), else passed.
 * @param at `index` (1-based), `startedAt` (clock ms) and `offsetMs` (ms since the analysis started).
 * @param retry how many checks were sent again in the round and the first answer of the first of them
 *   (default none).
 * @param metrics the round's metric query results (default none).
 */
export function measure(
  results: readonly ProbeResult[],
  at: { index: number; startedAt: number; offsetMs: number },
  retry: { retried: number; reason: string } = { retried: 0, reason: '' },
  metrics: readonly MetricResult[] = [],
): Measurement {
  const kinds = results.map(classifyCheck);
  const count = (k: MeasurementOutcome): number => kinds.filter((x) => x === k).length;
  const passed = count('passed');
  const failed = count('failed');
  const errored = count('error');
  const metricCount = (k: MeasurementOutcome): number => metrics.filter((m) => m.outcome === k).length;
  const outcome: MeasurementOutcome =
    failed > 0 || metricCount('failed') > 0
      ? 'failed'
      : errored > 0 || metricCount('error') > 0 || results.length === 0
        ? 'error'
        : 'passed';
  const latenciesMs = results.flatMap((r, i) =>
    kinds[i] !== 'error' && r.latencyMs !== undefined ? [r.latencyMs] : [],
  );
  let reason = '';
  if (outcome !== 'passed') {
    const bad = [
      ...results.filter((_, i) => kinds[i] === outcome).map(describeCheck),
      ...metrics.filter((m) => m.outcome === outcome).map((m) => m.reason),
    ];
    reason =
      bad.length === 0
        ? 'no checks to run'
        : `${bad[0]}${bad.length > 1 ? ` (+${bad.length - 1} more)` : ''}`;
  }
  return {
    ...at,
    outcome,
    total: results.length,
    passed,
    failed,
    errored,
    latenciesMs,
    maxLatencyMs: latenciesMs.length ? Math.max(...latenciesMs) : undefined,
    reason,
    retried: retry.retried,
    retriedReason: retry.reason,
    checks: [...results],
    metrics: [...metrics],
  };
}

/**
 * One line about a measurement, as logged and shown in the timeline:
 * `2/2 checks passed, slowest 45 ms`, `1/2 checks failed (GET /a: status 503, expected 200-299)`,
 * `2/2 checks unanswered (GET /: connection failed (ECONNREFUSED))`; a measurement that passed only
 * on a retry says so: `1/1 checks passed, slowest 12 ms, after a retry (first answer: GET /: status
 * 503, expected 200-299)`. With metric queries their part follows the checks':
 * `1/1 checks passed, slowest 9 ms; 2/2 metric queries passed: error-rate = 0.01 (< 0.05), p99-ms = 840 (< 2000)`,
 * `1/1 checks passed, slowest 9 ms; 1/2 metric queries failed (error-rate = 0.072, expected < 0.05)`,
 * `1/1 checks passed, slowest 9 ms; 1/1 metric queries unanswered (error-rate: no data (…))`.
 */
export function describeMeasurement(measurement: Measurement): string {
  const parts = [describeChecks(measurement)];
  if (measurement.metrics.length > 0) parts.push(describeMetrics(measurement.metrics));
  const why = measurement.outcome === 'passed' ? '' : ` (${measurement.reason})`;
  return `${parts.join('; ')}${why}`;
}

/** The checks' part of {@link describeMeasurement}, judged on the checks alone. */
function describeChecks(m: Measurement): string {
  if (m.failed > 0)
    return `${m.failed}/${m.total} checks failed${m.errored ? `, ${m.errored} unanswered` : ''}`;
  if (m.errored > 0 || m.total === 0) return `${m.errored}/${m.total} checks unanswered`;
  const slowest = m.maxLatencyMs === undefined ? '' : `, slowest ${m.maxLatencyMs} ms`;
  return `${m.passed}/${m.total} checks passed${slowest}${retryNote(m)}`;
}

/** The metric queries' part of {@link describeMeasurement}; passed queries show their values. */
function describeMetrics(metrics: readonly MetricResult[]): string {
  const n = metrics.length;
  const failed = metrics.filter((m) => m.outcome === 'failed').length;
  const errored = metrics.filter((m) => m.outcome === 'error').length;
  if (failed > 0) return `${failed}/${n} metric queries failed${errored ? `, ${errored} unanswered` : ''}`;
  if (errored > 0) return `${errored}/${n} metric queries unanswered`;
  return `${n}/${n} metric queries passed: ${metrics.map((m) => m.reason).join(', ')}`;
}

/** `, after a retry (first answer: …)` for a passed measurement whose checks were sent again; else ''. */
function retryNote(measurement: Measurement): string {
  if (measurement.retried === 0) return '';
  const what = measurement.retried === 1 ? 'a retry' : `retries of ${measurement.retried} checks`;
  return `, after ${what} (first answer: ${measurement.retriedReason})`;
}
