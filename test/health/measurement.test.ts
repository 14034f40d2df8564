import { describe, expect, it } from 'vitest';
import { classifyCheck, describeMeasurement, isRetryable, measure } from '../../src/health/measurement.js';
import { result, round } from './fixtures.js';

describe('classifyCheck', () => {
  it('passed and failed stay; no answer, a skipped check and an unexpected 429 are errors', () => {
    expect(classifyCheck(result('passed'))).toBe('passed');
    expect(classifyCheck(result('failed'))).toBe('failed');
    expect(classifyCheck(result('error'))).toBe('error');
    expect(classifyCheck(result('skipped'))).toBe('error');
    expect(classifyCheck(result('failed', { status: 429, reasons: ['status 429, expected 200-299'] }))).toBe(
      'error',
    );
    expect(classifyCheck(result('passed', { status: 429 }))).toBe('passed');
  });
});

describe('isRetryable (what a measurement sends again)', () => {
  it('no answer, an unexpected 5xx and an unexpected 429 are retried', () => {
    expect(isRetryable(result('error'))).toBe(true);
    expect(isRetryable(result('failed'))).toBe(true); // 500
    expect(isRetryable(result('failed', { status: 503 }))).toBe(true);
    expect(isRetryable(result('failed', { status: 429 }))).toBe(true);
  });

  it("the app's own answers are not: a 4xx, a wrong body on a 2xx, a slow answer, a pass", () => {
    expect(isRetryable(result('failed', { status: 404, reasons: ['status 404, expected 200-299'] }))).toBe(
      false,
    );
    expect(isRetryable(result('failed', { status: 200, reasons: ['body does not contain "ok"'] }))).toBe(
      false,
    );
    expect(isRetryable(result('failed', { status: 200, reasons: ['latency 900 ms over 800 ms'] }))).toBe(
      false,
    );
    expect(isRetryable(result('passed', { status: 503 }))).toBe(false); // a check that expects 503
    expect(isRetryable(result('skipped'))).toBe(false);
  });
});

describe('measure', () => {
  it('a measurement that passed only on a retry says so, with the first answer', () => {
    const measurement = measure(
      [result('passed', { latencyMs: 12, attempts: 2 })],
      { index: 2, startedAt: 0, offsetMs: 10_000 },
      { retried: 1, reason: 'GET /: status 503, expected 200-299' },
    );
    expect(measurement).toMatchObject({
      outcome: 'passed',
      retried: 1,
      retriedReason: 'GET /: status 503, expected 200-299',
    });
    expect(describeMeasurement(measurement)).toBe(
      '1/1 checks passed, slowest 12 ms, after a retry (first answer: GET /: status 503, expected 200-299)',
    );
    expect(round(1, result('passed'))).toMatchObject({ retried: 0, retriedReason: '' });
  });

  it('all passed → passed, with the slowest latency', () => {
    const m = round(1, result('passed', { latencyMs: 12 }), result('passed', { latencyMs: 40 }));
    expect(m).toMatchObject({ outcome: 'passed', total: 2, passed: 2, maxLatencyMs: 40, reason: '' });
    expect(describeMeasurement(m)).toBe('2/2 checks passed, slowest 40 ms');
  });

  it('failed and unanswered checks together → failed, named by the first failed check', () => {
    const m = round(
      3,
      result('error'),
      result('failed', { path: '/api/health', reasons: ['status 503, expected 200-299'] }),
      result('failed', { path: '/b' }),
    );
    expect(m).toMatchObject({ outcome: 'failed', failed: 2, errored: 1, passed: 0 });
    expect(m.reason).toBe('GET /api/health: status 503, expected 200-299 (+1 more)');
    expect(describeMeasurement(m)).toBe(
      '2/3 checks failed, 1 unanswered (GET /api/health: status 503, expected 200-299 (+1 more))',
    );
  });

  it('only unanswered checks → error; a 429 counts as unanswered and its latency is left out', () => {
    const m = round(
      2,
      result('failed', { status: 429, latencyMs: 900, reasons: ['status 429, expected 200-299'] }),
      result('passed', { latencyMs: 15 }),
    );
    expect(m).toMatchObject({ outcome: 'error', errored: 1, passed: 1, latenciesMs: [15], maxLatencyMs: 15 });
    expect(m.reason).toBe('GET /: status 429 (rate limited: could not measure)');
    expect(describeMeasurement(m)).toBe(
      '1/2 checks unanswered (GET /: status 429 (rate limited: could not measure))',
    );
  });

  it('no checks at all is an error, never a pass', () => {
    expect(measure([], { index: 1, startedAt: 0, offsetMs: 0 })).toMatchObject({
      outcome: 'error',
      reason: 'no checks to run',
      maxLatencyMs: undefined,
    });
  });
});
