import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { detectFormat, NOT_FORMATTED, parseReport } from '../../../src/gates/reports/index.js';

function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8');
}

const options = { root: '/repo', cwd: '/repo/app' };

const UNFORMATTED = [
  { severity: 'error', message: NOT_FORMATTED, file: 'app/src/messy.ts' },
  { severity: 'error', message: NOT_FORMATTED, file: 'app/src/styles.css' },
];
const UNPARSABLE = {
  severity: 'error',
  message: 'SyntaxError: Expression expected.',
  file: 'app/src/broken.ts',
  line: 1,
  column: 24,
};

describe('prettier', () => {
  it('reads --check: one error per unformatted file and per file it cannot parse', () => {
    expect(parseReport(fixture('prettier/check.txt'), 'prettier', options)).toEqual({
      format: 'prettier',
      problems: [UNPARSABLE, ...UNFORMATTED],
      tests: [],
    });
  });

  it('ignores the summary line of --check', () => {
    expect(parseReport(fixture('prettier/check-parsable.txt'), 'prettier', options).problems).toEqual(
      UNFORMATTED,
    );
  });

  it('reads --list-different: the bare paths', () => {
    expect(parseReport(fixture('prettier/list-different.txt'), 'prettier', options).problems).toEqual([
      UNPARSABLE,
      ...UNFORMATTED,
    ]);
    expect(parseReport('src/messy.ts\n', 'prettier', options).problems).toEqual([UNFORMATTED[0]]);
  });

  it('reads "All matched files use Prettier code style!" and empty output as no problems', () => {
    const clean = 'Checking formatting...\nAll matched files use Prettier code style!\n';
    expect(parseReport(clean, 'prettier', options).problems).toEqual([]);
    expect(parseReport('', 'prettier', options).problems).toEqual([]);
  });

  it('refuses a JSON report given as Prettier output', () => {
    const eslint = fixture('eslint/eslint.json');
    expect(() => parseReport(eslint, 'prettier', options)).toThrow(ConfigurationError);
    expect(() => parseReport(eslint, 'prettier', options)).toThrow(
      /^input 'report': expected the output of prettier --check or --list-different \(lines like \[warn\] src\/a\.ts\), got a JSON array whose first item is a JSON object with keys 'filePath', 'messages'/,
    );
  });

  it('is detected from its content, or from the name of bare --list-different output', () => {
    for (const name of ['check.txt', 'check-parsable.txt', 'list-different.txt']) {
      expect(detectFormat(fixture(`prettier/${name}`)), name).toBe('prettier');
    }
    expect(detectFormat('src/messy.ts\n')).toBeUndefined();
    expect(detectFormat('src/messy.ts\n', 'prettier-list.txt')).toBe('prettier');
  });
});
