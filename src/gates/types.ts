/**
 * What a gate reads from a tool's report, in one shape whatever the tool: problems (lint and type
 * errors, audit findings, unformatted files), test cases and coverage. Parsers (src/gates/reports/)
 * turn each format into a {@link GateReport}; the gate (src/gates/gate.ts) judges it.
 */

/** The report formats a gate reads. `tsc` and `prettier` are parsed from the tool's console output. */
export const REPORT_FORMATS = [
  'eslint-json',
  'junit-xml',
  'vitest-json',
  'jest-json',
  'coverage-summary',
  'tsc',
  'prettier',
  'npm-audit',
] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type Severity = 'error' | 'warning' | 'notice';

/** One lint/type/format/audit finding. */
export interface Problem {
  severity: Severity;
  message: string;
  /** Path relative to the repository root, `/`-separated; absent when the finding has no file. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The rule or code: `no-unused-vars`, `TS2322`, an advisory id. */
  rule?: string;
  /** A link for the reader (an advisory URL, a rule's docs). */
  url?: string;
}

export type TestStatus = 'passed' | 'failed' | 'skipped';

/** One test case. */
export interface TestCase {
  /** The full name: describe blocks and title, joined by ' > '. */
  name: string;
  status: TestStatus;
  /** Path relative to the repository root, `/`-separated, when the report says. */
  file?: string;
  /** 1-based, when the report says. */
  line?: number;
  /** ms, when the report says. */
  durationMs?: number;
  /** The failure message (first line(s)), for failed tests. */
  message?: string;
}

export const COVERAGE_METRICS = ['lines', 'statements', 'functions', 'branches'] as const;
export type CoverageMetricName = (typeof COVERAGE_METRICS)[number];

export interface CoverageMetric {
  total: number;
  covered: number;
  /** Percent, 0–100 (100 when total is 0, as istanbul reports it). */
  pct: number;
}

export interface GateReport {
  format: ReportFormat;
  problems: Problem[];
  tests: TestCase[];
  /** Totals per metric (istanbul `coverage-summary.json` "total"), when the report has coverage. */
  coverage?: Partial<Record<CoverageMetricName, CoverageMetric>>;
}
