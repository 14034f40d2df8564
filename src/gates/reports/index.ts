/**
 * The report parsers of the gate action: each tool's report, in the format named by the
 * `report-format` input (or told by {@link detectFormat}), becomes one {@link GateReport}.
 * One module per format; their docstrings give the shape and where the format is documented.
 */
import { quoteValue } from '../../inputs/parse.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { REPORT_FORMATS, type GateReport, type ReportFormat } from '../types.js';
import { parseCoverageSummary } from './coverage-summary.js';
import { parseEslintJson } from './eslint.js';
import { parseJestJson } from './jest-json.js';
import { parseJunitXml } from './junit.js';
import { parseNpmAudit, type AuditSeverity } from './npm-audit.js';
import { parsePrettier } from './prettier.js';
import type { PathOptions } from './shared.js';
import { parseTsc } from './tsc.js';

export { detectFormat } from './detect.js';
export { AUDIT_SEVERITIES, auditProblems, type AuditSeverity } from './npm-audit.js';
export { NOT_FORMATTED } from './prettier.js';
export type { PathOptions } from './shared.js';

export interface ParseOptions extends PathOptions {
  /**
   * For npm-audit only: the lowest severity that is an error (npm's `--audit-level`); findings
   * below it are notices. Default `info`: every finding is an error. {@link auditProblems} grades
   * a parsed report again.
   */
  auditLevel?: AuditSeverity;
}

/**
 * Parses a tool's report into problems, test cases and coverage totals. Every `file` in the result
 * is relative to `options.root` and `/`-separated: absolute paths in the report are made relative,
 * relative ones are resolved against `options.cwd` (the directory the tool ran in) first, and a
 * path outside the root is dropped (the finding stays, without a file).
 * @param text the report as the tool wrote it (a file's content, or the command's output for tsc
 *   and Prettier, stdout and stderr together).
 * @throws ConfigurationError naming input 'report' and what was expected when the text is not a
 *   report of that format (e.g. "input 'report': expected ESLint JSON (an array of results, from
 *   eslint --format json), got a JSON object with keys 'testResults'"), or naming input
 *   'report-format' when `format` is not one of {@link REPORT_FORMATS}.
 */
export function parseReport(text: string, format: ReportFormat, options: ParseOptions): GateReport {
  switch (format) {
    case 'eslint-json':
      return parseEslintJson(text, options);
    case 'junit-xml':
      return parseJunitXml(text, options);
    case 'vitest-json':
    case 'jest-json':
      return parseJestJson(text, format, options);
    case 'coverage-summary':
      return parseCoverageSummary(text);
    case 'tsc':
      return parseTsc(text, options);
    case 'prettier':
      return parsePrettier(text, options);
    case 'npm-audit':
      return parseNpmAudit(text, options);
    default: {
      const unknown: never = format;
      throw new ConfigurationError(
        `input 'report-format': expected one of ${REPORT_FORMATS.join(', ')}, got ${quoteValue(String(unknown))}`,
      );
    }
  }
}
