/**
 * Synthetic probe results and measurements for the pure analysis tests.
 */
import { type AnalysisState, record, start } from '../../src/health/analysis.js';
import { type Measurement, measure } from '../../src/health/measurement.js';
import type { ProbeResult } from '../../src/probes/engine.js';

/** A probe result: `passed` (200), `failed` (500) or `error` (refused), overridable. */
export function result(outcome: ProbeResult['outcome'], over: Partial<ProbeResult> = {}): ProbeResult {
  const answered = outcome === 'passed' || outcome === 'failed';
  return {
    name: '/',
    method: 'GET',
    path: '/',
    status: outcome === 'passed' ? 200 : outcome === 'failed' ? 500 : undefined,
    latencyMs: answered ? 10 : undefined,
    attempts: 1,
    outcome,
    reasons:
      outcome === 'passed'
        ? []
        : outcome === 'failed'
          ? ['status 500, expected 200-299']
          : ['connection failed (ECONNREFUSED)'],
    startedAt: 0,
    ...over,
  };
}

/** One measurement of `results`, numbered `index`. */
export function round(index: number, ...results: ProbeResult[]): Measurement {
  return measure(results, { index, startedAt: index * 10_000, offsetMs: index * 10_000 });
}

const CODES: Record<string, ProbeResult['outcome']> = { P: 'passed', F: 'failed', E: 'error' };

/**
 * Feeds one single-check measurement per letter (P passed, F failed, E error) until the analysis
 * decides; letters after the decision are not recorded.
 */
export function feed(config: Parameters<typeof start>[0], letters: string, latencyMs = 10): AnalysisState {
  let state = start(config);
  [...letters].forEach((letter, i) => {
    if (state.decision !== 'continue') return;
    const outcome = CODES[letter];
    if (!outcome) throw new Error(`bad letter ${letter}`);
    const r = result(outcome, outcome === 'error' ? {} : { latencyMs });
    state = record(state, round(i + 1, r));
  });
  return state;
}
