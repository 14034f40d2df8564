import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { detectFormat, parseReport } from '../../../src/gates/reports/index.js';

function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8');
}

const options = { root: '/repo', cwd: '/repo/app' };

/** What tsc 6 and tsc 7 report on test/fixtures/gates/tsc/project (they order the union differently). */
function expected(union: string) {
  return [
    {
      severity: 'error',
      message: [
        "Type '{ kind: string; size: number; }' is not assignable to type 'Shape'.",
        "Types of property 'kind' are incompatible.",
        `  Type 'string' is not assignable to type '${union}'.`,
      ].join('\n'),
      file: 'app/src/main.ts',
      line: 5,
      column: 14,
      rule: 'TS2322',
    },
    {
      severity: 'error',
      message: "Type 'string' is not assignable to type 'number'.",
      file: 'app/src/shapes.ts',
      line: 6,
      column: 14,
      rule: 'TS2322',
    },
  ];
}

describe('tsc', () => {
  it.each([
    ['tsc6.txt', '"square" | "circle"'],
    ['tsc6-pretty.txt', '"square" | "circle"'],
    ['tsc7.txt', '"circle" | "square"'],
    ['tsc7-pretty.txt', '"circle" | "square"'],
  ])('reads %s: each diagnostic with its chained message, position and code', (name, union) => {
    expect(parseReport(fixture(`tsc/${name}`), 'tsc', options)).toEqual({
      format: 'tsc',
      problems: expected(union),
      tests: [],
    });
  });

  it('resolves paths against the directory tsc ran in', () => {
    const atRoot = parseReport(fixture('tsc/tsc6.txt'), 'tsc', { root: '/repo', cwd: '/repo' });
    expect(atRoot.problems.map((problem) => problem.file)).toEqual(['src/main.ts', 'src/shapes.ts']);
    const outside = parseReport(fixture('tsc/tsc6.txt'), 'tsc', { root: '/repo', cwd: '/other' });
    expect(outside.problems.map((problem) => [problem.file, problem.line])).toEqual([
      [undefined, 5],
      [undefined, 6],
    ]);
  });

  it('reads diagnostics without a file, warnings, and lines around them from npm run', () => {
    const text = [
      '> app@1.0.0 typecheck',
      '> tsc --noEmit',
      '',
      "error TS5083: Cannot read file '/repo/app/tsconfig.base.json'.",
      "src/a.ts(1,2): warning TS6133: 'x' is declared but its value is never read.",
      'npm error Lifecycle script `typecheck` failed with error:',
    ].join('\n');
    expect(parseReport(text, 'tsc', options).problems).toEqual([
      { severity: 'error', message: "Cannot read file '/repo/app/tsconfig.base.json'.", rule: 'TS5083' },
      {
        severity: 'warning',
        message: "'x' is declared but its value is never read.",
        file: 'app/src/a.ts',
        line: 1,
        column: 2,
        rule: 'TS6133',
      },
    ]);
  });

  it('reads empty output (no errors) as no problems', () => {
    expect(parseReport('', 'tsc', options).problems).toEqual([]);
  });

  it('refuses a JSON or XML report given as tsc output', () => {
    const junit = fixture('vitest/junit.xml');
    expect(() => parseReport(junit, 'tsc', options)).toThrow(ConfigurationError);
    expect(() => parseReport(junit, 'tsc', options)).toThrow(
      `input 'report': expected tsc's console output (lines like src/a.ts(3,7): error TS2322: …), got XML: '<?xml version="1.0" encoding="UTF-8" ?>'`,
    );
    expect(() => parseReport('[]', 'tsc', options)).toThrow(/got an empty JSON array$/);
  });

  it('is detected from its content, plain or pretty', () => {
    for (const name of ['tsc6.txt', 'tsc6-pretty.txt', 'tsc7.txt', 'tsc7-pretty.txt']) {
      expect(detectFormat(fixture(`tsc/${name}`), name), name).toBe('tsc');
    }
    expect(detectFormat('', 'typecheck.log')).toBe('tsc');
  });
});
