/**
 * What an analysis amounts to, for outputs, summaries and the release action.
 */
import { type AnalysisState, type Verdict, finish } from './analysis.js';
import type { Measurement } from './measurement.js';
import { windowStats } from './window.js';

export interface AnalysisResult {
  verdict: Verdict;
  /** `verdict === 'healthy'`. */
  healthy: boolean;
  /** Failed measurements (the app answered badly). */
  failures: number;
  /** Errored measurements (could not measure). */
  errors: number;
  /** Passed measurements. */
  passed: number;
  /** Measurements planned for the window. */
  planned: number;
  /** Failed or unanswered checks over all checks, % (undefined when no check ran). */
  errorRatePct: number | undefined;
  /** Nearest-rank p95 / p99 of every answered check's latency, ms (undefined when none answered). */
  p95Ms: number | undefined;
  p99Ms: number | undefined;
  /**
   * Whether any check or metric query of the window got an answer. False: the target could not be
   * measured at all (an unhealthy verdict then says nothing about the app, only that it was out of reach).
   */
  answered: boolean;
  /** One line explaining the verdict. */
  reason: string;
  measurements: Measurement[];
}

/**
 * Summarises an analysis. A state still `continue` is finished first (the window ends now), so the
 * summary always carries a verdict.
 */
export function analysisResult(state: AnalysisState): AnalysisResult {
  const done = state.decision === 'continue' ? finish(state) : state;
  const stats = windowStats(done.measurements);
  const verdict = done.decision as Verdict;
  return {
    verdict,
    healthy: verdict === 'healthy',
    failures: done.failures,
    errors: done.errors,
    passed: done.measurements.length - done.failures - done.errors,
    planned: done.config.count,
    errorRatePct: stats.errorRatePct,
    p95Ms: stats.p95Ms,
    p99Ms: stats.p99Ms,
    answered:
      stats.answered > 0 ||
      done.measurements.some((measurement) =>
        (measurement.metrics ?? []).some((metric) => metric.outcome !== 'error'),
      ),
    reason: done.reason,
    measurements: [...done.measurements],
  };
}
