/**
 * Turns probe results into what users read: counts, the p95 latency and a Markdown table.
 */
import { codeSpan, markdownTable } from '../format/markdown.js';
import type { ProbeResult } from './engine.js';
import { percentile } from './stats.js';

export interface SmokeTestReport {
  url: string;
  passed: boolean;
  total: number;
  failed: number;
  skipped: number;
  /** p95 of the latencies of answered checks, ms (undefined when nothing answered). */
  p95Ms: number | undefined;
  checks: ProbeResult[];
}

/** Counts and the p95 of a smoke test's results. `passed` only when every check passed. */
export function smokeTestReport(url: string, checks: ProbeResult[]): SmokeTestReport {
  const latencies = checks.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
  const failed = checks.filter((c) => c.outcome === 'failed' || c.outcome === 'error').length;
  const skipped = checks.filter((c) => c.outcome === 'skipped').length;
  return {
    url,
    passed: failed === 0 && skipped === 0 && checks.length > 0,
    total: checks.length,
    failed,
    skipped,
    p95Ms: percentile(latencies, 95),
    checks,
  };
}

const ICON: Record<ProbeResult['outcome'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  error: '❌ error',
  skipped: '⏭️ skipped',
};

/** The per-check Markdown table (check, path, status, latency ms, attempts, result, reason). */
export function resultsTable(checks: readonly ProbeResult[]): string {
  return markdownTable(
    ['Check', 'Path', 'Status', 'Latency (ms)', 'Attempts', 'Result', 'Reason'],
    checks.map((c) => [
      c.name,
      codeSpan(`${c.method} ${c.path}`),
      c.status === undefined ? '—' : String(c.status),
      c.latencyMs === undefined ? '—' : String(c.latencyMs),
      String(c.attempts),
      ICON[c.outcome],
      c.reasons.join('; '),
    ]),
  );
}

/** The whole job-summary section of a smoke test. */
export function smokeTestMarkdown(report: SmokeTestReport): string {
  const head = report.passed
    ? `### ✅ Smoke test passed: ${report.total} of ${report.total} checks`
    : `### ❌ Smoke test failed: ${report.failed} of ${report.total} checks failed${report.skipped ? `, ${report.skipped} skipped` : ''}`;
  const p95 = report.p95Ms === undefined ? '' : ` · p95 ${report.p95Ms} ms`;
  return `${head}\n\nTarget: ${report.url}${p95}\n\n${resultsTable(report.checks)}`;
}
