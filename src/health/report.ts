/**
 * The job-summary section of a health check: verdict headline, settings, window statistics, the
 * metric queries (when there are any), the measurement timeline and a latency chart (a Mermaid `xychart-beta` block, which GitHub renders in
 * job summaries: https://mermaid.js.org/syntax/xyChart.html).
 */
import { codeSpan, markdownTable } from '../format/markdown.js';
import { formatDuration } from '../format/duration.js';
import type { Verdict } from './analysis.js';
import { type Measurement, describeMeasurement } from './measurement.js';
import { type MetricResult, formatNumber, formatValue } from './metrics.js';
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
 * The timeline table: #, time offset, result, checks passed/total, worst latency (ms), the metric
 * values (only when the analysis has metric queries), reason (for a measurement that passed on a
 * retry: the first answer).
 */
export function timelineTable(measurements: readonly Measurement[]): string {
  const withMetrics = measurements.some((m) => m.metrics.length > 0);
  return markdownTable(
    [
      '#',
      'Time',
      'Result',
      'Checks passed',
      'Worst latency (ms)',
      ...(withMetrics ? ['Metrics'] : []),
      'Reason',
    ],
    measurements.map((m) => [
      String(m.index),
      `+${formatDuration(m.offsetMs)}`,
      RESULT[m.outcome],
      `${m.passed}/${m.total}`,
      m.maxLatencyMs === undefined ? '—' : String(m.maxLatencyMs),
      ...(withMetrics ? [m.metrics.map(metricCell).join(' · ')] : []),
      // A passed measurement needs no reason, unless it passed only on a retry: that first answer shows.
      m.outcome === 'passed' && m.retried === 0 ? '' : describeMeasurement(m),
    ]),
  );
}

const METRIC_MARK: Record<MetricResult['outcome'], string> = { passed: '', failed: '❌ ', error: '⚠️ ' };

/** One metric result in a timeline cell: `error-rate = 0.012`, `❌ error-rate = 0.072`, `⚠️ error-rate = —`. */
function metricCell(r: MetricResult): string {
  const value = r.value === undefined ? '—' : formatNumber(r.value);
  return `${METRIC_MARK[r.outcome]}${r.name} = ${value}`;
}

/**
 * The metric queries' table: name, query as sent, pass condition, last value, and how many
 * measurements each query passed, failed or left unanswered. Empty string without metric queries.
 */
export function metricsTable(result: Pick<HealthCheckResult, 'settings' | 'measurements'>): string {
  const queries = result.settings.metrics?.queries ?? [];
  if (queries.length === 0) return '';
  const rows = queries.map((q) => {
    const results = result.measurements.flatMap((m) => m.metrics.filter((r) => r.name === q.name));
    const count = (o: MetricResult['outcome']): string =>
      String(results.filter((r) => r.outcome === o).length);
    const last = results.at(-1);
    return [
      q.name,
      codeSpan(last?.query ?? q.query),
      `${q.op} ${q.threshold}`,
      last === undefined ? '—' : last.value === undefined ? '— (no number)' : formatValue(last.value, q),
      count('passed'),
      count('failed'),
      count('error'),
    ];
  });
  return `#### Metric queries (${result.settings.metrics?.url ?? ''})\n\n${markdownTable(
    ['Metric', 'Query', 'Passes while', 'Last value', 'Passed', 'Failed', 'Unanswered'],
    rows,
  )}`;
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
  const metrics = metricsTable(result);
  if (metrics) parts.push(metrics);
  if (n > 0) parts.push(timelineTable(result.measurements), latencyChart(result.measurements));
  return parts.join('\n\n');
}
