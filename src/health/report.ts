/**
 * The job-summary section of a health check: verdict headline, settings, window statistics, the
 * measurement timeline and a latency chart (a Mermaid `xychart-beta` block, which GitHub renders in
 * job summaries: https://mermaid.js.org/syntax/xyChart.html).
 */
import { markdownTable } from '../format/markdown.js';
import { formatDuration } from '../format/duration.js';
import type { Verdict } from './analysis.js';
import { type Measurement, describeMeasurement } from './measurement.js';
import { type HealthCheckResult, settingsLine } from './runner.js';
import { formatPct, windowStats } from './window.js';

const HEADLINE: Record<Verdict, string> = {
  healthy: '✅ Health check: healthy',
  unhealthy: '❌ Health check: unhealthy',
  inconclusive: '⚠️ Health check: inconclusive',
  error: '❌ Health check: error',
};

const RESULT: Record<Measurement['outcome'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  error: '⚠️ error',
};

/**
 * The timeline table: #, time offset, result, checks passed/total, worst latency (ms), reason (for a
 * measurement that passed on a retry: the first answer).
 */
export function timelineTable(measurements: readonly Measurement[]): string {
  return markdownTable(
    ['#', 'Time', 'Result', 'Checks passed', 'Worst latency (ms)', 'Reason'],
    measurements.map((m) => [
      String(m.index),
      `+${formatDuration(m.offsetMs)}`,
      RESULT[m.outcome],
      `${m.passed}/${m.total}`,
      m.maxLatencyMs === undefined ? '—' : String(m.maxLatencyMs),
      // A passed measurement needs no reason, unless it passed only on a retry: that first answer shows.
      m.outcome === 'passed' && m.retried === 0 ? '' : describeMeasurement(m),
    ]),
  );
}

/**
 * A Mermaid `xychart-beta` of latency per measurement, in ms: the line is the measurement's slowest
 * check; the bars are the p95 of the window so far (what `max-p95-ms` is judged on). A measurement with
 * no answered check is plotted as 0 on the line and its x label is starred. Empty string for none.
 */
export function latencyChart(measurements: readonly Measurement[]): string {
  if (measurements.length === 0) return '';
  const labels = measurements.map((m) => (m.maxLatencyMs === undefined ? `"${m.index}*"` : `"${m.index}"`));
  const worst = measurements.map((m) => m.maxLatencyMs ?? 0);
  const p95 = measurements.map((_, i) => windowStats(measurements.slice(0, i + 1)).p95Ms ?? 0);
  const top = Math.max(1, ...worst);
  const lines = [
    '```mermaid',
    'xychart-beta',
    '  title "Latency (ms)"',
    `  x-axis "measurement" [${labels.join(', ')}]`,
    `  y-axis "latency (ms)" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${p95.join(', ')}]`,
    `  line [${worst.join(', ')}]`,
    '```',
  ];
  const unanswered = measurements.some((m) => m.maxLatencyMs === undefined);
  const legend = `Line: the measurement's slowest check · bars: p95 of the window so far${unanswered ? ' · * no check answered (plotted as 0)' : ''}.`;
  return `${lines.join('\n')}\n\n${legend}`;
}

/** The whole job-summary section of a health check. */
export function healthMarkdown(result: HealthCheckResult): string {
  const s = result.settings;
  const n = result.measurements.length;
  const head = `### ${HEADLINE[result.verdict]}\n\n${result.reason}`;
  const stats = [
    `${n} of ${result.planned} measurements taken in ${formatDuration(result.elapsedMs)}`,
    `${result.passed} passed, ${result.failures} failed, ${result.errors} unanswered`,
    result.errorRatePct === undefined ? '' : `error rate ${formatPct(result.errorRatePct)}%`,
    result.p95Ms === undefined ? '' : `p95 ${result.p95Ms} ms`,
    result.p99Ms === undefined ? '' : `p99 ${result.p99Ms} ms`,
  ].filter(Boolean);
  const parts = [head, `Target: ${s.url} · ${settingsLine(s)}`, stats.join(' · ')];
  if (n > 0) parts.push(timelineTable(result.measurements), latencyChart(result.measurements));
  return parts.join('\n\n');
}
