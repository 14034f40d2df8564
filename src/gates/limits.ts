/**
 * The limits a gate judges by, parsed from their inputs: coverage thresholds per metric and byte
 * budgets per glob.
 */
import { ConfigurationError } from '../runtime/errors.js';
import { COVERAGE_METRICS, type CoverageMetricName } from './types.js';

/** Minimum coverage per metric, in percent (0–100). */
export type CoverageThreshold = Partial<Record<CoverageMetricName, number>>;

/** Items of a list input: comma- or newline-separated, blanks dropped. */
function items(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * `lines=80,branches=70` → `{ lines: 80, branches: 70 }`; a bare number (`80`) applies to lines.
 * @throws ConfigurationError naming input 'coverage-threshold' with what was expected.
 */
export function parseCoverageThreshold(raw: string): CoverageThreshold {
  const threshold: CoverageThreshold = {};
  const expected = `expected metric=percent pairs such as lines=80,branches=70 (metrics ${COVERAGE_METRICS.join(', ')})`;
  for (const item of items(raw)) {
    const [name, value] = item.includes('=')
      ? item.split('=', 2).map((part) => part.trim())
      : ['lines', item];
    const pct = Number(value);
    if (
      !(COVERAGE_METRICS as readonly string[]).includes(name ?? '') ||
      value === '' ||
      !Number.isFinite(pct) ||
      pct < 0 ||
      pct > 100
    )
      throw new ConfigurationError(`input 'coverage-threshold': ${expected}, got '${item}'`);
    threshold[name as CoverageMetricName] = pct;
  }
  return threshold;
}

/** One byte budget: every file matching `glob` must be at most `bytes`. */
export interface SizeBudget {
  glob: string;
  /** Bytes. */
  bytes: number;
  /** As written, e.g. `250kB`. */
  written: string;
}

/** Byte multipliers: SI (kB = 1000 B) and IEC (KiB = 1024 B) units, case as written or lower. */
const UNITS: Record<string, number> = {
  b: 1,
  kb: 1000,
  kib: 1024,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/**
 * `250kB`, `1.5 MiB`, `4096` → bytes (an integer, rounded down).
 * @returns undefined when `text` is not a size.
 */
export function parseBytes(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = UNITS[(match[2] || 'b').toLowerCase()];
  return unit === undefined ? undefined : Math.floor(Number(match[1]) * unit);
}

/**
 * `dist/**\/*.js=250kB, dist/**\/*.css=50kB` (comma- or newline-separated) → budgets, in order.
 * @throws ConfigurationError naming input 'size-budget' with what was expected.
 */
export function parseSizeBudgets(raw: string): SizeBudget[] {
  return items(raw).map((item) => {
    const at = item.lastIndexOf('=');
    const glob = at > 0 ? item.slice(0, at).trim() : '';
    const written = at > 0 ? item.slice(at + 1).trim() : '';
    const bytes = parseBytes(written);
    if (!glob || bytes === undefined)
      throw new ConfigurationError(
        `input 'size-budget': expected glob=size pairs such as dist/**/*.js=250kB (units B, kB, KiB, MB, MiB), got '${item}'`,
      );
    return { glob, bytes, written };
  });
}

/** `1234` → `1.23 kB`; bytes in SI units, as budgets are usually written. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1000 ** 2) return `${(bytes / 1000).toFixed(2)} kB`;
  return `${(bytes / 1000 ** 2).toFixed(2)} MB`;
}
