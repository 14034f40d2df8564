/**
 * istanbul's `coverage-summary.json` (the `json-summary` reporter,
 * https://istanbul.js.org/docs/advanced/alternative-reporters/#json-summary), as Vitest
 * (`--coverage.reporter=json-summary`, https://vitest.dev/guide/coverage) and Jest
 * (`--coverageReporters=json-summary`) write it:
 *
 * ```
 * { "total": { "lines": { "total": 3, "covered": 1, "skipped": 0, "pct": 33.33 },
 *              "statements": …, "functions": …, "branches": …, "branchesTrue": { …, "pct": "Unknown" } },
 *   "/abs/src/math.js": { … } }
 * ```
 *
 * `pct` is a percentage (0–100, two decimals); istanbul writes `"Unknown"` for a metric with no
 * items in some versions (and 100 in newer ones).
 */
import { COVERAGE_METRICS, type CoverageMetric, type GateReport } from '../types.js';
import { describeJson, finiteNumber, isRecord, parseJson, reportError } from './shared.js';

const EXPECTED = 'an istanbul coverage-summary.json (an object with "total": { lines, statements, … })';

/**
 * Reads the totals of a coverage summary into `coverage` (lines, statements, functions, branches,
 * each `{ total, covered, pct }`); the per-file entries are not read. A `pct` that is not a number
 * is computed from `covered / total` (100 when total is 0).
 * @throws ConfigurationError naming input 'report' when there is no `total` with at least one metric.
 */
export function parseCoverageSummary(text: string): GateReport {
  const data = parseJson(text, EXPECTED);
  if (!isRecord(data) || !isRecord(data.total)) throw reportError(EXPECTED, describeJson(data));
  const coverage: GateReport['coverage'] = {};
  for (const metric of COVERAGE_METRICS) {
    const read = readMetric(data.total[metric]);
    if (read !== undefined) coverage[metric] = read;
  }
  if (Object.keys(coverage).length === 0) {
    throw reportError(EXPECTED, `"total" as ${describeJson(data.total)}`);
  }
  return { format: 'coverage-summary', problems: [], tests: [], coverage };
}

function readMetric(value: unknown): CoverageMetric | undefined {
  if (!isRecord(value)) return undefined;
  const total = finiteNumber(value.total);
  const covered = finiteNumber(value.covered);
  if (total === undefined || covered === undefined) return undefined;
  const pct = finiteNumber(value.pct) ?? (total === 0 ? 100 : Math.round((covered / total) * 10_000) / 100);
  return { total, covered, pct };
}
