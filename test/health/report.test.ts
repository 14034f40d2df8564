import { describe, expect, it } from 'vitest';
import { record, start } from '../../src/health/analysis.js';
import { healthMarkdown, latencyChart, timelineTable } from '../../src/health/report.js';
import type { HealthCheckResult } from '../../src/health/runner.js';
import { analysisResult } from '../../src/health/analysis-result.js';
import { measure } from '../../src/health/measurement.js';
import { result, round } from './fixtures.js';

function window(): HealthCheckResult {
  const measurements = [
    round(1, result('passed', { latencyMs: 12 }), result('passed', { latencyMs: 30 })),
    round(2, result('error'), result('error')),
    round(3, result('passed', { latencyMs: 14 }), result('failed', { path: '/api', latencyMs: 95 })),
  ];
  let state = start({ count: 6 });
  for (const m of measurements) state = record(state, m);
  return {
    ...analysisResult(state),
    elapsedMs: 30_000,
    settings: {
      url: 'https://shop.example/',
      intervalMs: 10_000,
      count: 6,
      initialDelayMs: 10_000,
      timeoutMs: 5_000,
      retries: 1,
      retryPauseMs: 250,
      progressDeadlineMs: 600_000,
      limits: state.config,
    },
  };
}

describe('health report', () => {
  it('has the verdict headline, the reason, the settings and the window statistics', () => {
    const md = healthMarkdown(window());
    expect(md.split('\n\n').slice(0, 4)).toEqual([
      '### ❌ Health check: unhealthy',
      '1 failed measurement > failure-limit 0 (last: GET /api: status 500, expected 200-299)',
      'Target: https://shop.example/ · 6 measurements every 10s after 10s · failure-limit 0 · consecutive-error-limit 4 · timeout 5s · measurement-retries 1 (after 250ms) · progress-deadline 10m',
      '3 of 6 measurements taken in 30s · 1 passed, 1 failed, 1 unanswered · error rate 50% · p95 95 ms · p99 95 ms',
    ]);
  });

  it('lists every measurement in the timeline', () => {
    expect(timelineTable(window().measurements).split('\n')).toEqual([
      '| # | Time | Result | Checks passed | Worst latency (ms) | Reason |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 1 | +10s | ✅ passed | 2/2 | 30 |  |',
      '| 2 | +20s | ⚠️ error | 0/2 | — | 2/2 checks unanswered (GET /: connection failed (ECONNREFUSED) (+1 more)) |',
      '| 3 | +30s | ❌ failed | 1/2 | 95 | 1/2 checks failed (GET /api: status 500, expected 200-299) |',
    ]);
  });

  it('shows the first answer of a measurement that passed only on a retry', () => {
    const retried = measure(
      [result('passed', { latencyMs: 20, attempts: 2 })],
      { index: 1, startedAt: 0, offsetMs: 0 },
      { retried: 1, reason: 'GET /: status 503, expected 200-299' },
    );
    expect(timelineTable([retried]).split('\n')[2]).toBe(
      '| 1 | +0ms | ✅ passed | 1/1 | 20 | 1/1 checks passed, slowest 20 ms, after a retry (first answer: GET /: status 503, expected 200-299) |',
    );
  });

  it('settings: a first measurement at once, and retries off', () => {
    const base = window();
    const md = healthMarkdown({ ...base, settings: { ...base.settings, initialDelayMs: 0, retries: 0 } });
    expect(md).toContain(
      'Target: https://shop.example/ · 6 measurements every 10s starting at once · failure-limit 0 · consecutive-error-limit 4 · timeout 5s · measurement-retries 0 · progress-deadline 10m',
    );
  });

  it('charts the slowest check per measurement and the window p95 as a mermaid xychart', () => {
    const chart = latencyChart(window().measurements);
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Latency (ms)"',
        '  x-axis "measurement" ["1", "2*", "3"]',
        '  y-axis "latency (ms)" 0 --> 105',
        '  bar [30, 30, 95]',
        '  line [30, 0, 95]',
        '```',
        '',
        "Line: the measurement's slowest check · bars: p95 of the window so far · * no check answered (plotted as 0).",
      ].join('\n'),
    );
    expect(healthMarkdown(window())).toContain(chart);
    expect(latencyChart([])).toBe('');
  });

  it('a window without measurements has no table and no chart', () => {
    const empty = { ...window(), ...analysisResult(start({ count: 6 })), elapsedMs: 0 };
    const md = healthMarkdown(empty);
    expect(md).toContain('### ⚠️ Health check: inconclusive');
    expect(md).not.toContain('| # |');
    expect(md).not.toContain('mermaid');
  });
});
