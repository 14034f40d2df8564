/**
 * Problem matchers for console output the gate does not parse itself: the runner reads them from a
 * JSON file named in an `::add-matcher::` command and annotates matching lines
 * (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md). The owners are the ones
 * actions/setup-node registers for the same tools, so adding these replaces its matchers instead of
 * annotating each problem twice.
 */

/** `src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.` (tsc without --pretty, as on a pipe). */
const TSC = {
  owner: 'tsc',
  pattern: [
    {
      regexp: '^([^\\s(][^(]*)\\((\\d+),(\\d+)\\):\\s+(error|warning)\\s+(TS\\d+):\\s*(.*)$',
      file: 1,
      line: 2,
      column: 3,
      severity: 4,
      code: 5,
      message: 6,
    },
  ],
};

/**
 * ESLint's default `stylish` format: a line naming the file, then one indented line per problem
 * (`  3:7  error  'x' is assigned a value but never used  no-unused-vars`).
 */
const ESLINT_STYLISH = {
  owner: 'eslint-stylish',
  pattern: [
    { regexp: '^\\s*([^\\s].*\\.[A-Za-z0-9]+)$', file: 1 },
    {
      regexp: '^\\s+(\\d+):(\\d+)\\s+(error|warning)\\s+(.+?)\\s{2,}(\\S+)$',
      line: 1,
      column: 2,
      severity: 3,
      message: 4,
      code: 5,
      loop: true,
    },
  ],
};

/** The matcher files to write, by file name: `{"problemMatcher": [...]}` each. */
export const PROBLEM_MATCHERS: Record<string, string> = {
  'tsc.json': `${JSON.stringify({ problemMatcher: [TSC] }, null, 2)}\n`,
  'eslint-stylish.json': `${JSON.stringify({ problemMatcher: [ESLINT_STYLISH] }, null, 2)}\n`,
};
