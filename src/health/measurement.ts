/**
 * One measurement of a health analysis: one round of every check at one time, judged as a whole.
 *
 * - `passed`: every check passed.
 * - `failed`: the app answered badly — a failed assertion, an unexpected status (5xx …), a latency over
 *   a check's `max-latency-ms`. A round with both failed and unanswered checks counts as failed.
 * - `error`: could not measure — connection refused, DNS, timeout (probe outcome `error`), or a 429 from
 *   the app (rate limited is "no answer", never a health failure).
 *
 * A check that got a 5xx, a 429 or no answer is sent again within its measurement (the runner's
 * `measurement-retries`, see {@link isRetryable}); the measurement is judged on the last answers and
 * records how many checks were sent again and why (`retried`, `retriedReason`).
 */
import type { ProbeResult } from '../probes/engine.js';

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
  /** Why it did not pass, one line: `GET /api/health: status 503, expected 200-299` ('' when passed). */
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
 * Judges one round of check results (the last answer of each check, after any retries).
 * @param at `index` (1-based), `startedAt` (clock ms) and `offsetMs` (ms since the analysis started).
 * @param retry how many checks were sent again in the round and the first answer of the first of them
 *   (default none).
 */
export function measure(
  results: readonly ProbeResult[],
  at: { index: number; startedAt: number; offsetMs: number },
  retry: { retried: number; reason: string } = { retried: 0, reason: '' },
): Measurement {
  const kinds = results.map(classifyCheck);
  const count = (k: MeasurementOutcome): number => kinds.filter((x) => x === k).length;
  const passed = count('passed');
  const failed = count('failed');
  const errored = count('error');
  const outcome: MeasurementOutcome =
    failed > 0 ? 'failed' : errored > 0 || results.length === 0 ? 'error' : 'passed';
  const latenciesMs = results.flatMap((r, i) =>
    kinds[i] !== 'error' && r.latencyMs !== undefined ? [r.latencyMs] : [],
  );
  let reason = '';
  if (results.length === 0) reason = 'no checks to run';
  else if (outcome !== 'passed') {
    const bad = results.filter((_, i) => kinds[i] === outcome);
    const first = bad[0] as ProbeResult;
    reason = describeCheck(first) + (bad.length > 1 ? ` (+${bad.length - 1} more)` : '');
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
  };
}

/**
 * One line about a measurement, as logged and shown in the timeline:
 * `2/2 checks passed, slowest 45 ms`, `1/2 checks failed (GET /a: status 503, expected 200-299)`,
 * `2/2 checks unanswered (GET /: connection failed (ECONNREFUSED))`; a measurement that passed only
 * on a retry says so: `1/1 checks passed, slowest 12 ms, after a retry (first answer: GET /: status
 * 503, expected 200-299)`.
 */
export function describeMeasurement(measurement: Measurement): string {
  if (measurement.outcome === 'passed') {
    const slowest = measurement.maxLatencyMs === undefined ? '' : `, slowest ${measurement.maxLatencyMs} ms`;
    return `${measurement.passed}/${measurement.total} checks passed${slowest}${retryNote(measurement)}`;
  }
  if (measurement.outcome === 'failed') {
    const also = measurement.errored ? `, ${measurement.errored} unanswered` : '';
    return `${measurement.failed}/${measurement.total} checks failed${also} (${measurement.reason})`;
  }
  return `${measurement.errored}/${measurement.total} checks unanswered (${measurement.reason})`;
}

/** `, after a retry (first answer: …)` for a passed measurement whose checks were sent again; else ''. */
function retryNote(measurement: Measurement): string {
  if (measurement.retried === 0) return '';
  const what = measurement.retried === 1 ? 'a retry' : `retries of ${measurement.retried} checks`;
  return `, after ${what} (first answer: ${measurement.retriedReason})`;
}
