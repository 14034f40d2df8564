/**
 * Statistics over a whole analysis window (every measurement so far) and the thresholds judged on
 * them: the error rate and the p95/p99 latencies. Pure.
 */
import { percentile } from '../probes/stats.js';
import type { Measurement } from './measurement.js';

export interface WindowStats {
  /** Checks run in the window. */
  checks: number;
  /** Checks that failed or got no answer (429s included). */
  bad: number;
  /** `bad / checks` in % (0–100), undefined when no check ran. */
  errorRatePct: number | undefined;
  /** Answered checks (their latencies feed the percentiles). */
  answered: number;
  /** Nearest-rank percentiles of the answered checks' latencies, ms (undefined when none answered). */
  p95Ms: number | undefined;
  p99Ms: number | undefined;
}

/** The latency and error-rate thresholds; undefined = not judged. */
export interface Thresholds {
  /** Largest tolerated error rate, % (0–100); strictly greater fails. */
  maxErrorRatePct: number | undefined;
  /** Largest tolerated p95 / p99 latency, ms; strictly greater fails. */
  maxP95Ms: number | undefined;
  maxP99Ms: number | undefined;
}

/** Counts and percentiles over `measurements`. */
export function windowStats(measurements: readonly Measurement[]): WindowStats {
  let checks = 0;
  let bad = 0;
  const latencies: number[] = [];
  for (const m of measurements) {
    checks += m.total;
    bad += m.failed + m.errored;
    latencies.push(...m.latenciesMs);
  }
  return {
    checks,
    bad,
    errorRatePct: checks === 0 ? undefined : (bad / checks) * 100,
    answered: latencies.length,
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}

/** A percentage as shown to users: at most two decimals (`33.33`, `5`, `0`). */
export function formatPct(pct: number): string {
  return String(Number(pct.toFixed(2)));
}

/**
 * The first threshold the window exceeds, as a one-line reason, or undefined when all are met.
 * Comparisons are strictly greater-than: an error rate equal to `maxErrorRatePct` passes.
 */
export function thresholdBreach(stats: WindowStats, t: Thresholds): string | undefined {
  if (t.maxErrorRatePct !== undefined && stats.errorRatePct !== undefined) {
    if (stats.errorRatePct > t.maxErrorRatePct) {
      return `error rate ${formatPct(stats.errorRatePct)}% > max-error-rate ${formatPct(t.maxErrorRatePct)}% (${stats.bad} of ${stats.checks} checks failed or unanswered)`;
    }
  }
  if (t.maxP95Ms !== undefined && stats.p95Ms !== undefined && stats.p95Ms > t.maxP95Ms) {
    return `p95 latency ${stats.p95Ms} ms > max-p95-ms ${t.maxP95Ms} (over ${stats.answered} answered checks)`;
  }
  if (t.maxP99Ms !== undefined && stats.p99Ms !== undefined && stats.p99Ms > t.maxP99Ms) {
    return `p99 latency ${stats.p99Ms} ms > max-p99-ms ${t.maxP99Ms} (over ${stats.answered} answered checks)`;
  }
  return undefined;
}

/**
 * Whether the error-rate threshold is already exceeded whatever the rest of the window brings: even if
 * every remaining check passed, `bad / (checks + remainingChecks)` would still be over the limit.
 * (Ending the window early only shrinks the denominator.) Returns the reason, or undefined.
 * @param remainingChecks the most checks the window can still run.
 */
export function certainErrorRateBreach(
  stats: WindowStats,
  remainingChecks: number,
  maxErrorRatePct: number | undefined,
): string | undefined {
  if (maxErrorRatePct === undefined || stats.bad === 0) return undefined;
  const most = stats.checks + remainingChecks;
  const least = (stats.bad / most) * 100;
  if (least <= maxErrorRatePct) return undefined;
  return `${stats.bad} of at most ${most} checks failed or unanswered: error rate ≥ ${formatPct(least)}% > max-error-rate ${formatPct(maxErrorRatePct)}% whatever the rest of the window brings`;
}
