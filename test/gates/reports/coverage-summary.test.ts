import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { detectFormat, parseReport } from '../../../src/gates/reports/index.js';

function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8').replaceAll(
    '<root>',
    '/repo/app',
  );
}

const options = { root: '/repo', cwd: '/repo/app' };

describe('coverage-summary', () => {
  it('reads the totals of the summary @vitest/coverage-v8 writes', () => {
    expect(parseReport(fixture('vitest/coverage-summary.json'), 'coverage-summary', options)).toEqual({
      format: 'coverage-summary',
      problems: [],
      tests: [],
      coverage: {
        lines: { total: 3, covered: 1, pct: 33.33 },
        statements: { total: 4, covered: 1, pct: 25 },
        functions: { total: 2, covered: 1, pct: 50 },
        branches: { total: 2, covered: 0, pct: 0 },
      },
    });
  });

  it("reads the totals of Jest's (istanbul) summary", () => {
    expect(parseReport(fixture('jest/coverage-summary.json'), 'coverage-summary', options).coverage).toEqual({
      lines: { total: 4, covered: 2, pct: 50 },
      statements: { total: 5, covered: 2, pct: 40 },
      functions: { total: 2, covered: 1, pct: 50 },
      branches: { total: 2, covered: 0, pct: 0 },
    });
  });

  it('computes a pct that istanbul wrote as "Unknown" (100 when there is nothing to cover)', () => {
    const text = JSON.stringify({
      total: {
        lines: { total: 0, covered: 0, skipped: 0, pct: 'Unknown' },
        branches: { total: 3, covered: 2, skipped: 0, pct: 'Unknown' },
      },
    });
    expect(parseReport(text, 'coverage-summary', options).coverage).toEqual({
      lines: { total: 0, covered: 0, pct: 100 },
      branches: { total: 3, covered: 2, pct: 66.67 },
    });
  });

  it('refuses a report without totals', () => {
    const jest = fixture('jest/jest.json');
    expect(() => parseReport(jest, 'coverage-summary', options)).toThrow(ConfigurationError);
    expect(() => parseReport(jest, 'coverage-summary', options)).toThrow(
      /^input 'report': expected an istanbul coverage-summary\.json \(an object with "total": \{ lines, statements, … \}\), got a JSON object with keys 'numFailedTestSuites', /,
    );
    expect(() => parseReport('{"total": {"lines": 80}}', 'coverage-summary', options)).toThrow(
      `input 'report': expected an istanbul coverage-summary.json (an object with "total": { lines, statements, … }), got "total" as a JSON object with keys 'lines'`,
    );
  });

  it('is detected from its content', () => {
    expect(detectFormat(fixture('vitest/coverage-summary.json'))).toBe('coverage-summary');
    expect(detectFormat(fixture('jest/coverage-summary.json'))).toBe('coverage-summary');
  });
});
