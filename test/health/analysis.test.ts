import { describe, expect, it } from 'vitest';
import { expire, finish, record, start } from '../../src/health/analysis.js';
import { analysisResult } from '../../src/health/analysis-result.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { feed, result, round } from './fixtures.js';

const FAIL_500 = 'GET /: status 500, expected 200-299';
const REFUSED = 'GET /: connection failed (ECONNREFUSED)';

describe('failure limit (cumulative, strictly greater-than)', () => {
  it('default 0: a flapping endpoint fails on the first failed measurement', () => {
    const state = feed({ count: 10 }, 'PFPFPFPFPF');
    expect(state.measurements).toHaveLength(2);
    expect(state.decision).toBe('unhealthy');
    expect(state.reason).toBe(`1 failed measurement > failure-limit 0 (last: ${FAIL_500})`);
  });

  it('1: fails on the second failed measurement, passes in between do not reset it', () => {
    const state = feed({ count: 10, failureLimit: 1 }, 'PFPFPFPFPF');
    expect(state.measurements).toHaveLength(4);
    expect(state).toMatchObject({ decision: 'unhealthy', failures: 2 });
    expect(state.reason).toBe(`2 failed measurements > failure-limit 1 (last: ${FAIL_500})`);
  });

  it('3: fails on the 4th failure (Argo docs example)', () => {
    expect(feed({ count: 10, failureLimit: 3 }, 'FFF').decision).toBe('continue');
    expect(feed({ count: 10, failureLimit: 3 }, 'FFFF').decision).toBe('unhealthy');
  });

  it('tolerated failures still end healthy when the window ends', () => {
    const state = feed({ count: 6, failureLimit: 1 }, 'PFPPPP');
    expect(state.decision).toBe('healthy');
    expect(state.reason).toBe('5 of 6 measurements passed (1 failed ≤ failure-limit 1)');
  });
});

describe('consecutive error limit (reset by any answer)', () => {
  it('default 4: the 5th error in a row ends the analysis in error', () => {
    const state = feed({ count: 10 }, 'EEEEEP');
    expect(state.measurements).toHaveLength(5);
    expect(state).toMatchObject({ decision: 'error', consecutiveErrors: 5, errors: 5, failures: 0 });
    expect(state.reason).toBe(`5 consecutive errors > consecutive-error-limit 4 (last: ${REFUSED})`);
  });

  it('four errors then a success: continues, and the counter starts again', () => {
    const four = feed({ count: 10 }, 'EEEEP');
    expect(four).toMatchObject({ decision: 'continue', consecutiveErrors: 0, errors: 4 });
    expect(feed({ count: 10 }, 'EEEEPEEEE').decision).toBe('continue');
    expect(feed({ count: 10 }, 'EEEEPEEEEE').decision).toBe('error');
  });

  it('a failed measurement also resets it (the app answered)', () => {
    expect(feed({ count: 10, failureLimit: 5 }, 'EEEEFEEEE')).toMatchObject({
      decision: 'continue',
      consecutiveErrors: 4,
    });
  });

  it('0: the first error ends it', () => {
    expect(feed({ count: 10, consecutiveErrorLimit: 0 }, 'PE').decision).toBe('error');
  });

  it('a measurement with both failed and unanswered checks counts as failed', () => {
    const m = round(1, result('error'), result('failed'));
    const state = record(start({ count: 3 }), m);
    expect(state).toMatchObject({ decision: 'unhealthy', failures: 1, errors: 0 });
  });
});

describe('end of the window', () => {
  it('all passed → healthy', () => {
    const state = feed({ count: 3 }, 'PPP');
    expect(state).toMatchObject({ decision: 'healthy', reason: '3 of 3 measurements passed' });
  });

  it('zero measurements → inconclusive (no data is not healthy)', () => {
    const state = finish(start({ count: 3 }));
    expect(state.decision).toBe('inconclusive');
    expect(state.reason).toBe('no measurements were taken: no data is not healthy');
    expect(analysisResult(start({ count: 3 }))).toMatchObject({ verdict: 'inconclusive', healthy: false });
  });

  it('every measurement errored, under the limit → inconclusive', () => {
    const state = feed({ count: 3 }, 'EEE');
    expect(state.decision).toBe('inconclusive');
    expect(state.reason).toBe(
      `no measurement passed: 0 failed (≤ failure-limit 0), 3 unanswered (≤ consecutive-error-limit 4 in a row) (last: ${REFUSED})`,
    );
  });

  it('tolerated failures and no pass → inconclusive, not healthy', () => {
    expect(feed({ count: 2, failureLimit: 5 }, 'FF').decision).toBe('inconclusive');
  });

  it('errors and at least one pass, nothing violated → healthy', () => {
    expect(feed({ count: 3 }, 'EEP')).toMatchObject({
      decision: 'healthy',
      reason: '1 of 3 measurements passed (2 unanswered)',
    });
  });

  it('finish() of a decided state changes nothing; record() after a decision is a bug', () => {
    const done = feed({ count: 3 }, 'F');
    expect(finish(done)).toBe(done);
    expect(() => record(done, round(2, result('passed')))).toThrow('analysis already decided (unhealthy)');
  });
});

describe('consecutive success limit', () => {
  it('ends the window early as healthy when reached', () => {
    const state = feed({ count: 10, consecutiveSuccessLimit: 3 }, 'PPPPPP');
    expect(state.measurements).toHaveLength(3);
    expect(state).toMatchObject({
      decision: 'healthy',
      reason: '3 consecutive passed measurements reached consecutive-success-limit 3 (after 3 of 10)',
    });
  });

  it('a tolerated failure restarts the streak', () => {
    const state = feed({ count: 10, consecutiveSuccessLimit: 3, failureLimit: 1 }, 'PPFPPP');
    expect(state.measurements).toHaveLength(6);
    expect(state.decision).toBe('healthy');
  });

  it('set but not reached when the window ends → inconclusive (as Argo with both limits)', () => {
    const state = feed({ count: 4, consecutiveSuccessLimit: 3, failureLimit: 1 }, 'PPFP');
    expect(state.decision).toBe('inconclusive');
    expect(state.reason).toBe('consecutive-success-limit 3 not reached in 4 measurements (longest run: 2)');
  });

  it('reached, but a latency threshold is exceeded → unhealthy', () => {
    const state = feed({ count: 10, consecutiveSuccessLimit: 2, maxP95Ms: 50 }, 'PP', 80);
    expect(state.decision).toBe('unhealthy');
    expect(state.reason).toBe('p95 latency 80 ms > max-p95-ms 50 (over 2 answered checks)');
  });
});

describe('window thresholds (strictly greater-than)', () => {
  it('error rate equal to the limit passes; above it fails', () => {
    expect(feed({ count: 4, failureLimit: 9, maxErrorRatePct: 25 }, 'PPPF').decision).toBe('healthy');
    const over = feed({ count: 4, failureLimit: 9, maxErrorRatePct: 25 }, 'PPFF');
    expect(over.decision).toBe('unhealthy');
    expect(over.reason).toBe('error rate 50% > max-error-rate 25% (2 of 4 checks failed or unanswered)');
  });

  it('an error rate that cannot come back under the limit ends the window early', () => {
    const first = feed({ count: 10, failureLimit: 9, maxErrorRatePct: 10 }, 'F');
    expect(first.decision).toBe('continue'); // 1 of 10 = 10 %: could still end at exactly the limit
    const state = feed({ count: 10, failureLimit: 9, maxErrorRatePct: 10 }, 'FFPPPPPPPP');
    expect(state.measurements).toHaveLength(2);
    expect(state.decision).toBe('unhealthy');
    expect(state.reason).toBe(
      '2 of at most 10 checks failed or unanswered: error rate ≥ 20% > max-error-rate 10% whatever the rest of the window brings',
    );
  });

  it('unanswered checks count in the error rate', () => {
    const state = feed({ count: 2, maxErrorRatePct: 40 }, 'EP');
    expect(state.decision).toBe('unhealthy');
    expect(state.reason).toMatch(/error rate ≥ 50% > max-error-rate 40%/);
  });

  it('p95 and p99 are nearest-rank over every answered check of the window', () => {
    const checks = Array.from({ length: 20 }, (_, i) => result('passed', { latencyMs: i + 1 }));
    const judge = (limits: { maxP95Ms?: number; maxP99Ms?: number }) =>
      record(start({ count: 1, ...limits }), round(1, ...checks));
    expect(judge({ maxP95Ms: 19 }).decision).toBe('healthy');
    expect(judge({ maxP95Ms: 18 })).toMatchObject({
      decision: 'unhealthy',
      reason: 'p95 latency 19 ms > max-p95-ms 18 (over 20 answered checks)',
    });
    expect(judge({ maxP99Ms: 20 }).decision).toBe('healthy');
    expect(judge({ maxP99Ms: 19 })).toMatchObject({
      decision: 'unhealthy',
      reason: 'p99 latency 20 ms > max-p99-ms 19 (over 20 answered checks)',
    });
  });

  it('a threshold breach outranks "no measurement passed"', () => {
    expect(feed({ count: 2, consecutiveErrorLimit: 9, maxErrorRatePct: 100 }, 'EE').decision).toBe(
      'inconclusive',
    );
    expect(feed({ count: 3, failureLimit: 9, maxErrorRatePct: 99 }, 'FFF').decision).toBe('unhealthy');
  });
});

describe('progress deadline', () => {
  it('expire() ends an undecided analysis in error, and leaves a decided one alone', () => {
    const state = expire(feed({ count: 6 }, 'PP'), 35_000);
    expect(state).toMatchObject({
      decision: 'error',
      reason: 'progress deadline 35s reached after 2 of 6 measurements',
    });
    expect(expire(start({ count: 6 }), 600_000).reason).toBe(
      'progress deadline 10m reached before the first measurement',
    );
    const decided = feed({ count: 6 }, 'F');
    expect(expire(decided, 1000)).toBe(decided);
  });
});

describe('start() and analysisResult()', () => {
  it('refuses invalid limits with one line naming the setting', () => {
    expect(() => start({ count: 3, failureLimit: -1 })).toThrow(
      new ConfigurationError('failure-limit: expected an integer ≥ 0, got -1'),
    );
    expect(() => start({ count: 3, maxErrorRatePct: 101 })).toThrow(
      'max-error-rate: expected a percentage from 0 to 100, got 101',
    );
    expect(() => start({ count: 1.5 })).toThrow('count: expected an integer ≥ 0, got 1.5');
  });

  it('omitted limits take the Argo defaults', () => {
    expect(start({ count: 1, failureLimit: undefined }).config).toEqual({
      count: 1,
      failureLimit: 0,
      consecutiveErrorLimit: 4,
      consecutiveSuccessLimit: 0,
      maxErrorRatePct: undefined,
      maxP95Ms: undefined,
      maxP99Ms: undefined,
    });
  });

  it('a window in which nothing answered says so', () => {
    expect(analysisResult(feed({ count: 2, failureLimit: 0 }, 'EE', 20)).answered).toBe(false);
  });

  it('summarises counters, the error rate and percentiles', () => {
    const state = feed({ count: 4, failureLimit: 1 }, 'PEFP', 20);
    expect(analysisResult(state)).toMatchObject({
      verdict: 'healthy',
      healthy: true,
      failures: 1,
      errors: 1,
      passed: 2,
      planned: 4,
      errorRatePct: 50,
      p95Ms: 20,
      p99Ms: 20,
      answered: true,
      reason: '2 of 4 measurements passed (1 failed ≤ failure-limit 1, 1 unanswered)',
    });
    expect(analysisResult(state).measurements.map((m) => m.outcome)).toEqual([
      'passed',
      'error',
      'failed',
      'passed',
    ]);
  });

  it('analysisResult() of an undecided state finishes it first', () => {
    expect(analysisResult(feed({ count: 6 }, 'PP'))).toMatchObject({
      verdict: 'healthy',
      reason: '2 of 2 measurements passed',
    });
  });
});
