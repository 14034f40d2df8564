/**
 * The health analysis as a reducer: `start(config)`, then `record(state, measurement)` per round until
 * `state.decision` is a verdict, and `finish(state)` when the window ends. Pure; no I/O, no clock.
 *
 * Semantics follow Argo Rollouts' analysis (docs/features/analysis.md, analysis/analysis.go):
 * - `failures` is cumulative; the analysis is **unhealthy** as soon as `failures > failureLimit`
 *   (default 0: the first failed measurement ends it). Strictly greater-than.
 * - `consecutiveErrors` is reset by any answered (passed or failed) measurement; the analysis ends in
 *   **error** as soon as `consecutiveErrors > consecutiveErrorLimit` (default 4: the 5th in a row).
 * - `consecutiveSuccessLimit` (0 = off): reaching it ends the window early, healthy if the thresholds
 *   hold. When it is set, a window that ends without reaching it is **inconclusive** (as Argo when both
 *   limits apply).
 * - Thresholds over the whole window (`maxErrorRatePct`, `maxP95Ms`, `maxP99Ms`, strictly greater-than
 *   fails) are judged when the window ends; the error rate also ends it early once it can no longer
 *   come back under the limit.
 * - At the end of `count` measurements: healthy ⇔ failure limit not violated, thresholds met and at
 *   least one measurement passed. No data is not healthy: zero measurements, or none passed, is
 *   **inconclusive**.
 *
 * Unlike Argo, an errored measurement counts toward `count`, so the window is bounded in time (Actions
 * minutes); a window of errors under the limit is therefore inconclusive rather than extended.
 */
import { formatDuration } from '../format/duration.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Measurement } from './measurement.js';
import { type Thresholds, certainErrorRateBreach, thresholdBreach, windowStats } from './window.js';

export type Verdict = 'healthy' | 'unhealthy' | 'inconclusive' | 'error';
export type Decision = 'continue' | Verdict;

export interface AnalysisLimits extends Thresholds {
  /** Failed measurements tolerated (default 0). */
  failureLimit: number;
  /** Errored measurements in a row tolerated (default 4). */
  consecutiveErrorLimit: number;
  /** Passed measurements in a row that end the window early as healthy; 0 = off (default). */
  consecutiveSuccessLimit: number;
}

export interface AnalysisConfig extends AnalysisLimits {
  /** Measurements in the window. */
  count: number;
}

/** Defaults as Argo Rollouts: failureLimit 0, consecutiveErrorLimit 4, consecutiveSuccessLimit off. */
export const DEFAULT_LIMITS: Readonly<AnalysisLimits> = {
  failureLimit: 0,
  consecutiveErrorLimit: 4,
  consecutiveSuccessLimit: 0,
  maxErrorRatePct: undefined,
  maxP95Ms: undefined,
  maxP99Ms: undefined,
};

export interface AnalysisState {
  readonly config: AnalysisConfig;
  readonly measurements: readonly Measurement[];
  /** Failed measurements (cumulative). */
  readonly failures: number;
  /** Errored measurements (cumulative). */
  readonly errors: number;
  readonly consecutiveErrors: number;
  readonly consecutiveSuccesses: number;
  /** `continue` while measuring; the verdict once decided. */
  readonly decision: Decision;
  /** One line explaining the decision ('' while continuing). */
  readonly reason: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function check(name: string, value: number | undefined, ok: boolean, expected: string): void {
  if (value !== undefined && !ok) throw new ConfigurationError(`${name}: expected ${expected}, got ${value}`);
}

/**
 * A fresh analysis. Omitted limits take {@link DEFAULT_LIMITS}.
 * @throws ConfigurationError naming the setting (`failure-limit: expected an integer ≥ 0, got -1`).
 */
export function start(options: { count: number } & Partial<AnalysisLimits>): AnalysisState {
  const config: AnalysisConfig = { ...DEFAULT_LIMITS, ...dropUndefined(options) } as AnalysisConfig;
  const whole = (v: number): boolean => Number.isInteger(v) && v >= 0;
  check('count', config.count, whole(config.count), 'an integer ≥ 0');
  check('failure-limit', config.failureLimit, whole(config.failureLimit), 'an integer ≥ 0');
  check(
    'consecutive-error-limit',
    config.consecutiveErrorLimit,
    whole(config.consecutiveErrorLimit),
    'an integer ≥ 0',
  );
  check(
    'consecutive-success-limit',
    config.consecutiveSuccessLimit,
    whole(config.consecutiveSuccessLimit),
    'an integer ≥ 0',
  );
  const pct = config.maxErrorRatePct;
  check('max-error-rate', pct, pct !== undefined && pct >= 0 && pct <= 100, 'a percentage from 0 to 100');
  check('max-p95-ms', config.maxP95Ms, (config.maxP95Ms ?? 0) >= 0, 'a latency ≥ 0 ms');
  check('max-p99-ms', config.maxP99Ms, (config.maxP99Ms ?? 0) >= 0, 'a latency ≥ 0 ms');
  return {
    config,
    measurements: [],
    failures: 0,
    errors: 0,
    consecutiveErrors: 0,
    consecutiveSuccesses: 0,
    decision: 'continue',
    reason: '',
  };
}

function dropUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const decide = (state: AnalysisState, decision: Verdict, reason: string): AnalysisState => ({
  ...state,
  decision,
  reason,
});

/**
 * Adds one measurement and decides: a verdict as soon as one is reached (terminating early on failure,
 * on too many errors in a row, on an error rate that cannot recover, or on the consecutive-success
 * limit), the end-of-window verdict after `count` measurements, else `continue`.
 * @throws Error when the state is already decided (a caller bug).
 */
export function record(state: AnalysisState, m: Measurement): AnalysisState {
  if (state.decision !== 'continue') throw new Error(`analysis already decided (${state.decision})`);
  const { config } = state;
  const next: AnalysisState = {
    ...state,
    measurements: [...state.measurements, m],
    failures: state.failures + (m.outcome === 'failed' ? 1 : 0),
    errors: state.errors + (m.outcome === 'error' ? 1 : 0),
    consecutiveErrors: m.outcome === 'error' ? state.consecutiveErrors + 1 : 0,
    consecutiveSuccesses: m.outcome === 'passed' ? state.consecutiveSuccesses + 1 : 0,
  };
  if (next.failures > config.failureLimit) {
    return decide(
      next,
      'unhealthy',
      `${plural(next.failures, 'failed measurement')} > failure-limit ${config.failureLimit} (last: ${m.reason})`,
    );
  }
  if (next.consecutiveErrors > config.consecutiveErrorLimit) {
    return decide(
      next,
      'error',
      `${plural(next.consecutiveErrors, 'consecutive error')} > consecutive-error-limit ${config.consecutiveErrorLimit} (last: ${m.reason})`,
    );
  }
  const n = next.measurements.length;
  const perRound = Math.max(...next.measurements.map((x) => x.total));
  const remaining = Math.max(0, config.count - n) * perRound;
  // At the last measurement the window's own verdict (finish) speaks instead.
  const certain =
    remaining > 0 &&
    config.maxErrorRatePct !== undefined &&
    certainErrorRateBreach(windowStats(next.measurements), remaining, config.maxErrorRatePct);
  if (certain) return decide(next, 'unhealthy', certain);
  const csl = config.consecutiveSuccessLimit;
  if (csl > 0 && next.consecutiveSuccesses >= csl) {
    const breach = thresholdBreach(windowStats(next.measurements), config);
    if (breach) return decide(next, 'unhealthy', breach);
    return decide(
      next,
      'healthy',
      `${plural(csl, 'consecutive passed measurement')} reached consecutive-success-limit ${csl} (after ${n} of ${config.count})`,
    );
  }
  return n >= config.count ? finish(next) : next;
}

/**
 * Ends the window now (after `count` measurements, or earlier if the caller stops) and returns the
 * decided state; a state already decided is returned as it is. In order: zero measurements →
 * inconclusive; a threshold exceeded → unhealthy; no passed measurement → inconclusive; a
 * consecutive-success limit that was set but not reached → inconclusive; else healthy.
 */
export function finish(state: AnalysisState): AnalysisState {
  if (state.decision !== 'continue') return state;
  const { config, measurements } = state;
  const n = measurements.length;
  if (n === 0) return decide(state, 'inconclusive', 'no measurements were taken: no data is not healthy');
  const breach = thresholdBreach(windowStats(measurements), config);
  if (breach) return decide(state, 'unhealthy', breach);
  const passed = n - state.failures - state.errors;
  const last = measurements.at(-1) as Measurement;
  if (passed === 0) {
    const lastBad = [...measurements].reverse().find((m) => m.outcome !== 'passed') ?? last;
    return decide(
      state,
      'inconclusive',
      `no measurement passed: ${state.failures} failed (≤ failure-limit ${config.failureLimit}), ${state.errors} unanswered (≤ consecutive-error-limit ${config.consecutiveErrorLimit} in a row) (last: ${lastBad.reason})`,
    );
  }
  const csl = config.consecutiveSuccessLimit;
  if (csl > 0) {
    return decide(
      state,
      'inconclusive',
      `consecutive-success-limit ${csl} not reached in ${plural(n, 'measurement')} (longest run: ${longestRun(measurements)})`,
    );
  }
  const extra = [
    state.failures ? `${state.failures} failed ≤ failure-limit ${config.failureLimit}` : '',
    state.errors ? `${state.errors} unanswered` : '',
  ].filter(Boolean);
  return decide(
    state,
    'healthy',
    `${passed} of ${plural(n, 'measurement')} passed${extra.length ? ` (${extra.join(', ')})` : ''}`,
  );
}

function longestRun(measurements: readonly Measurement[]): number {
  let best = 0;
  let run = 0;
  for (const m of measurements) {
    run = m.outcome === 'passed' ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * Ends the analysis in `error` because the progress deadline passed before it could decide.
 * A state already decided is returned as it is.
 * @param progressDeadlineMs the deadline, ms (for the reason).
 */
export function expire(state: AnalysisState, progressDeadlineMs: number): AnalysisState {
  if (state.decision !== 'continue') return state;
  const n = state.measurements.length;
  const where = n === 0 ? 'before the first measurement' : `after ${n} of ${state.config.count} measurements`;
  return decide(state, 'error', `progress deadline ${formatDuration(progressDeadlineMs)} reached ${where}`);
}
