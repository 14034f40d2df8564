// The generator of docs/reliability.md: tagged tests become rows by kind; a report that misses a
// test file is refused, so a partial run cannot shrink the page.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../workflows/repo-files.js';

interface ReliabilityScript {
  renderPage(
    report: {
      testResults: Array<{
        name: string;
        assertionResults: Array<{ title: string; ancestorTitles: string[]; status: string }>;
      }>;
    },
    allFiles: string[],
  ): string;
}
const { renderPage } = (await import(
  new URL('../../scripts/reliability.mjs', import.meta.url).href
)) as ReliabilityScript;

const report = {
  testResults: [
    {
      name: join(repoRoot, 'test/e2e/a.test.ts'),
      assertionResults: [
        { title: '[fault] survives 503 ×10', ancestorTitles: ['deploy'], status: 'passed' },
        { title: '[secret] token | never printed', ancestorTitles: [], status: 'failed' },
        { title: 'an untagged test', ancestorTitles: [], status: 'passed' },
      ],
    },
    {
      name: join(repoRoot, 'test/e2e/b.test.ts'),
      assertionResults: [{ title: '[rerun] twice', ancestorTitles: [], status: 'passed' }],
    },
  ],
};

describe('reliability page', () => {
  it('lists tagged tests by kind with their result, and counts a failed secret test as a leak', () => {
    const page = renderPage(report, ['test/e2e/a.test.ts', 'test/e2e/b.test.ts']);
    expect(page).toContain('| Faults survived | 1 | 0 |');
    expect(page).toContain('| Secrets | 0 | 1 |');
    expect(page).toContain('| deploy › survives 503 ×10 | `test/e2e/a.test.ts` | passed |');
    expect(page).toContain('| token \\| never printed | `test/e2e/a.test.ts` | failed |');
    expect(page).toContain('| twice | `test/e2e/b.test.ts` | passed |');
    expect(page).not.toContain('untagged');
    expect(page).toContain('## Races\n\nConcurrent releases converge');
  });

  it('refuses a report that misses a test file', () => {
    expect(() =>
      renderPage(report, ['test/e2e/a.test.ts', 'test/e2e/b.test.ts', 'test/e2e/c.test.ts']),
    ).toThrow(/misses 1 test file\(s\), e\.g\. test\/e2e\/c\.test\.ts/);
  });
});
