import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { parseReport } from '../../../src/gates/reports/index.js';

/** A committed report with the fixture project's placeholder `<root>` replaced by `projectDir`. */
function fixture(path: string, projectDir: string): string {
  const text = readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8');
  return text.replaceAll('<root>', projectDir).replaceAll('&lt;root&gt;', projectDir);
}

const options = { root: '/repo', cwd: '/repo/app' };

const EXPECTED = [
  {
    severity: 'error',
    message: 'Parsing error: Unexpected token ;',
    file: 'app/src/broken.js',
    line: 1,
    column: 26,
  },
  {
    severity: 'warning',
    message: "'discount' is assigned a value but never used.",
    file: 'app/src/cart.js',
    line: 3,
    column: 9,
    endLine: 3,
    endColumn: 17,
    rule: 'no-unused-vars',
  },
  {
    severity: 'error',
    message: "Expected '===' and instead saw '=='.",
    file: 'app/src/cart.js',
    line: 5,
    column: 11,
    endLine: 5,
    endColumn: 13,
    rule: 'eqeqeq',
  },
  {
    severity: 'error',
    message: "'fallback' is not defined.",
    file: 'app/src/cart.js',
    line: 5,
    column: 24,
    endLine: 5,
    endColumn: 32,
    rule: 'no-undef',
  },
];

describe('eslint-json', () => {
  it('reads every message of eslint --format json, with files relative to the root', () => {
    const report = parseReport(fixture('eslint/eslint.json', '/repo/app'), 'eslint-json', options);
    expect(report).toEqual({ format: 'eslint-json', problems: EXPECTED, tests: [] });
  });

  it('adds the rule docs URL from --format json-with-metadata', () => {
    const report = parseReport(fixture('eslint/eslint-metadata.json', '/repo/app'), 'eslint-json', options);
    expect(report.problems).toEqual(
      EXPECTED.map((problem) =>
        problem.rule === undefined
          ? problem
          : { ...problem, url: `https://eslint.org/docs/latest/rules/${problem.rule}` },
      ),
    );
  });

  it('makes paths relative to the root when ESLint ran at the root', () => {
    const report = parseReport(fixture('eslint/eslint.json', '/repo'), 'eslint-json', {
      root: '/repo',
      cwd: '/repo',
    });
    expect(report.problems.map((problem) => problem.file)).toEqual([
      'src/broken.js',
      'src/cart.js',
      'src/cart.js',
      'src/cart.js',
    ]);
  });

  it('keeps findings in files outside the root, without a file', () => {
    const report = parseReport(fixture('eslint/eslint.json', '/elsewhere/app'), 'eslint-json', options);
    expect(report.problems).toHaveLength(4);
    expect(report.problems.filter((problem) => 'file' in problem)).toEqual([]);
    expect(report.problems[1]).toMatchObject({ line: 3, column: 9, rule: 'no-unused-vars' });
  });

  it('reads an empty array (nothing linted) as no problems', () => {
    expect(parseReport('[]\n', 'eslint-json', options)).toEqual({
      format: 'eslint-json',
      problems: [],
      tests: [],
    });
  });

  it('skips what npm run prints before the JSON', () => {
    const text = `\n> app@1.0.0 lint\n> eslint --format json src\n\n${fixture('eslint/eslint.json', '/repo/app')}`;
    expect(parseReport(text, 'eslint-json', options).problems).toEqual(EXPECTED);
  });

  it('refuses another report with one line naming the input and what was expected', () => {
    const vitest = fixture('vitest/vitest.json', '/repo/app');
    expect(() => parseReport(vitest, 'eslint-json', options)).toThrow(ConfigurationError);
    expect(() => parseReport(vitest, 'eslint-json', options)).toThrow(
      /^input 'report': expected ESLint JSON \(an array of results, from eslint --format json\), got a JSON object with keys 'numTotalTestSuites', /,
    );
    expect(() => parseReport('[{"file": "a.js"}]', 'eslint-json', options)).toThrow(
      "input 'report': expected ESLint JSON (an array of results, from eslint --format json), got an array holding a JSON object with keys 'file' (no filePath and messages)",
    );
  });

  it('refuses text that is not JSON, quoting its first line', () => {
    expect(() => parseReport('src/a.ts(1,1): error TS1: x\nmore', 'eslint-json', options)).toThrow(
      "input 'report': expected ESLint JSON (an array of results, from eslint --format json), got text that is not JSON: 'src/a.ts(1,1): error TS1: x'",
    );
    expect(() => parseReport('  \n', 'eslint-json', options)).toThrow(/got an empty report$/);
  });
});
