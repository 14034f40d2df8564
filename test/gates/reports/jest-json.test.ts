import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { detectFormat, parseReport } from '../../../src/gates/reports/index.js';

/** A committed report with the fixture project's placeholder `<root>` replaced by `projectDir`. */
function fixture(path: string, projectDir = '/repo/app'): string {
  const text = readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8');
  return text.replaceAll('<root>', projectDir);
}

const options = { root: '/repo', cwd: '/repo/app' };
const duration = expect.any(Number) as number;

describe('vitest-json', () => {
  it("reads Vitest's JSON report: nested describe names, status, line, duration, failure message", () => {
    const report = parseReport(fixture('vitest/vitest.json'), 'vitest-json', options);
    expect(report).toEqual({
      format: 'vitest-json',
      problems: [],
      tests: [
        {
          name: 'app/src/broken.spec.js',
          status: 'failed',
          file: 'app/src/broken.spec.js',
          message: 'cannot load this suite',
        },
        {
          name: 'math > add > adds two numbers',
          status: 'passed',
          file: 'app/src/math.spec.js',
          line: 6,
          durationMs: duration,
        },
        {
          name: 'math > add > adds wrongly',
          status: 'failed',
          file: 'app/src/math.spec.js',
          line: 10,
          durationMs: duration,
          message: 'AssertionError: expected 3 to be 4 // Object.is equality',
        },
        { name: 'math > add > adds later', status: 'skipped', file: 'app/src/math.spec.js', line: 14 },
        { name: 'math > add > adds strings', status: 'skipped', file: 'app/src/math.spec.js', line: 18 },
      ],
    });
    expect(report.tests[1]?.durationMs).toBeGreaterThan(0);
  });

  it('is detected as vitest-json, not jest-json', () => {
    expect(detectFormat(fixture('vitest/vitest.json'), 'report.json')).toBe('vitest-json');
  });
});

describe('jest-json', () => {
  it("reads Jest's --json output: pending and todo are skipped, a suite that failed to run is a failed test", () => {
    const report = parseReport(fixture('jest/jest.json'), 'jest-json', options);
    expect(report).toEqual({
      format: 'jest-json',
      problems: [],
      tests: [
        {
          name: 'math > add > adds two numbers',
          status: 'passed',
          file: 'app/src/math.spec.js',
          durationMs: duration,
        },
        {
          name: 'math > add > adds wrongly',
          status: 'failed',
          file: 'app/src/math.spec.js',
          durationMs: duration,
          message: 'Error: expect(received).toBe(expected) // Object.is equality\nExpected: 4\nReceived: 3',
        },
        { name: 'math > add > adds later', status: 'skipped', file: 'app/src/math.spec.js' },
        { name: 'math > add > adds strings', status: 'skipped', file: 'app/src/math.spec.js' },
        {
          name: 'app/src/broken.spec.js',
          status: 'failed',
          file: 'app/src/broken.spec.js',
          message: '● Test suite failed to run\ncannot load this suite',
        },
      ],
    });
    const raw = JSON.parse(fixture('jest/jest.json')) as {
      testResults: { assertionResults: { duration: number | null }[] }[];
    };
    const durations = raw.testResults[0]?.assertionResults.map(
      (assertion) => assertion.duration ?? undefined,
    );
    expect(report.tests.slice(0, 4).map((test) => test.durationMs)).toEqual(durations);
  });

  it('names a test file outside the root by its path, without a file', () => {
    const report = parseReport(fixture('jest/jest.json', '/elsewhere'), 'jest-json', options);
    expect(report.tests.map((test) => [test.name, test.file])).toEqual([
      ['math > add > adds two numbers', undefined],
      ['math > add > adds wrongly', undefined],
      ['math > add > adds later', undefined],
      ['math > add > adds strings', undefined],
      ['/elsewhere/src/broken.spec.js', undefined],
    ]);
  });

  it('is detected as jest-json, not vitest-json', () => {
    expect(detectFormat(fixture('jest/jest.json'), 'report.json')).toBe('jest-json');
  });

  it('refuses a report without testResults, naming the format', () => {
    const coverage = fixture('jest/coverage-summary.json');
    expect(() => parseReport(coverage, 'jest-json', options)).toThrow(ConfigurationError);
    expect(() => parseReport(coverage, 'jest-json', options)).toThrow(
      `input 'report': expected Jest's --json output (an object with testResults), got a JSON object with keys 'total', '/repo/app/src/math.js'`,
    );
    expect(() => parseReport('[]', 'vitest-json', options)).toThrow(
      "input 'report': expected Vitest's JSON report (an object with testResults), got an empty JSON array",
    );
  });
});
