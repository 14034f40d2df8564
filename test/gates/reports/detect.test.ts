import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { detectFormat, parseReport } from '../../../src/gates/reports/index.js';
import type { ReportFormat } from '../../../src/gates/types.js';

function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8');
}

/** Every committed report with a format, and the format it is. */
const FIXTURES: [string, ReportFormat][] = [
  ['eslint/eslint.json', 'eslint-json'],
  ['eslint/eslint-metadata.json', 'eslint-json'],
  ['tsc/tsc6.txt', 'tsc'],
  ['tsc/tsc6-pretty.txt', 'tsc'],
  ['tsc/tsc7.txt', 'tsc'],
  ['tsc/tsc7-pretty.txt', 'tsc'],
  ['prettier/check.txt', 'prettier'],
  ['prettier/check-parsable.txt', 'prettier'],
  ['prettier/list-different.txt', 'prettier'],
  ['vitest/vitest.json', 'vitest-json'],
  ['vitest/junit.xml', 'junit-xml'],
  ['vitest/coverage-summary.json', 'coverage-summary'],
  ['jest/jest.json', 'jest-json'],
  ['jest/junit.xml', 'junit-xml'],
  ['jest/junit-options.xml', 'junit-xml'],
  ['jest/coverage-summary.json', 'coverage-summary'],
];

describe('detectFormat', () => {
  it.each(FIXTURES)('tells %s is %s from its content alone', (path, format) => {
    expect(detectFormat(fixture(path))).toBe(format);
  });

  it('lets the content win over a misleading file name', () => {
    expect(detectFormat(fixture('jest/jest.json'), 'eslint-report.json')).toBe('jest-json');
  });

  it('falls back to the file name when the content does not tell, else undefined', () => {
    expect(detectFormat('', 'out/eslint.json')).toBe('eslint-json');
    expect(detectFormat('', 'coverage/coverage-summary.json')).toBe('coverage-summary');
    expect(detectFormat('', 'results.xml')).toBe('junit-xml');
    expect(detectFormat('', 'tsc.log')).toBe('tsc');
    expect(detectFormat('')).toBeUndefined();
    expect(detectFormat('{"a": 1}', 'report.json')).toBeUndefined();
    expect(detectFormat('hello\n', 'output.txt')).toBeUndefined();
  });

  it('reads an empty JSON array as ESLint (nothing linted)', () => {
    expect(detectFormat('[]')).toBe('eslint-json');
    expect(detectFormat('[1, 2]')).toBeUndefined();
  });

  it('gives a format every parser reads: each fixture parses as what it is detected as', () => {
    for (const [path, format] of FIXTURES) {
      const detected = detectFormat(fixture(path));
      expect(detected, path).toBe(format);
      const report = parseReport(fixture(path), format, { root: '/repo', cwd: '/repo/app' });
      expect(report.format, path).toBe(format);
      expect(
        report.problems.length + report.tests.length + Object.keys(report.coverage ?? {}).length,
        path,
      ).toBeGreaterThan(0);
    }
  });
});

describe('parseReport', () => {
  it("refuses a format it does not know, naming input 'report-format'", () => {
    const call = () => parseReport('[]', 'sarif' as ReportFormat, { root: '/repo', cwd: '/repo' });
    expect(call).toThrow(ConfigurationError);
    expect(call).toThrow(
      "input 'report-format': expected one of eslint-json, junit-xml, vitest-json, jest-json, coverage-summary, tsc, prettier, npm-audit, got 'sarif'",
    );
  });
});
