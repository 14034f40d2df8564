import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActionlint } from './actionlint.js';
import type { ActionlintRunner, Finding } from './actionlint.js';
import { repoRoot } from './repo-files.js';

let runner: ActionlintRunner;
beforeAll(async () => {
  runner = await loadActionlint();
});

const show = (findings: readonly Finding[]): string =>
  findings.map((f) => runner.formatFinding(f)).join('\n');

// Uses the self-repository syntax (GitHub changelog 2026-07-30) that actionlint 1.7.7 rejects.
const SELF_REPOSITORY = `name: self-repository
on: push
permissions: {}
jobs:
  smoke:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - uses: $/actions/smoke-test
        with:
          url: http://127.0.0.1:8080
  deploy:
    needs: smoke
    uses: $/.github/workflows/x.yml
`;

describe('actionlint runner', () => {
  it('lints every workflow in the repository without findings', async () => {
    const { files, findings } = await runner.lintRepository(repoRoot);
    expect(files).toEqual(runner.discoverWorkflowFiles(repoRoot));
    expect(show(findings)).toBe('');
  });

  it('catches an undefined `needs` job and a bad expression, with file:line:col and rule', async () => {
    const text = `on: push
jobs:
  test:
    needs: [biuld]
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event_nmae }}"
      - run: echo "\${{ steps.x.outputs.y == }}"
`;
    const { findings } = await runner.lintText(text, 'bad.yml');
    const rules = findings.map((f) => f.rule);
    expect(rules).toContain('job-needs');
    expect(rules).toContain('expression');
    expect(runner.formatFinding(findings.find((f) => f.rule === 'job-needs')!)).toBe(
      'bad.yml:3:3: job "test" needs job "biuld" which does not exist in this workflow [job-needs]',
    );
    expect(findings.some((f) => f.line === 7 && f.message.includes('event_nmae'))).toBe(true);
    expect(findings.some((f) => f.line === 8 && f.rule === 'expression')).toBe(true);
  });

  it('needs each ignore entry: actionlint 1.7.7 reports the `$/` step and job references', async () => {
    const { findings } = await runner.lintText(SELF_REPOSITORY, 'self.yml', []);
    expect(findings.map((f) => [f.line, f.rule])).toEqual([
      [9, 'action'],
      [14, 'workflow-call'],
    ]);
    // Every entry matches a finding it was written for; a stale entry (fixed upstream) fails here.
    for (const entry of runner.IGNORES) {
      expect(
        findings.some((f) => f.rule === entry.rule && entry.message.test(f.message)),
        entry.reason,
      ).toBe(true);
    }
  });

  it('drops exactly those findings with the ignore list', async () => {
    const { findings, ignored } = await runner.lintText(SELF_REPOSITORY, 'self.yml');
    expect(show(findings)).toBe('');
    expect(ignored).toHaveLength(2);
  });

  it('does not hide real mistakes next to ignored `$/` references', async () => {
    const text = SELF_REPOSITORY.replace('needs: smoke', 'needs: smok').replace(
      'url: http://127.0.0.1:8080',
      'url: ${{ inputs.url }',
    );
    const { findings, ignored } = await runner.lintText(text, 'self.yml');
    expect(ignored).toHaveLength(2);
    expect(findings.map((f) => f.rule).sort()).toEqual(['expression', 'job-needs']);
  });

  it('still reports the same messages for ordinary references missing their @ref', async () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout
  b:
    uses: octo/repo/.github/workflows/x.yml
`;
    const { findings, ignored } = await runner.lintText(text, 'refs.yml');
    expect(ignored).toEqual([]);
    expect(findings.map((f) => [f.line, f.rule])).toEqual([
      [6, 'action'],
      [8, 'workflow-call'],
    ]);
  });

  it('keeps each ignore entry to one rule, a whole-message pattern and an upstream issue', () => {
    expect(runner.IGNORES.length).toBeGreaterThan(0);
    for (const entry of runner.IGNORES) {
      expect(entry.rule).toMatch(/^[a-z-]+$/);
      expect(entry.message.source.startsWith('^') && entry.message.source.endsWith('$')).toBe(true);
      expect(entry.reason).toMatch(/rhysd\/actionlint#\d+/);
    }
  });
});

describe('workflow discovery', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'greenlight-actionlint-'));
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    mkdirSync(join(root, 'workflows/nested'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/a.yml'), 'on: push\n');
    writeFileSync(join(root, '.github/workflows/b.yaml'), 'on: push\n');
    writeFileSync(join(root, '.github/workflows/notes.md'), '# not a workflow\n');
    writeFileSync(join(root, 'workflows/nested/deploy.yml'), 'on: push\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds *.yml and *.yaml under .github/workflows/ and workflows/, relative and sorted', () => {
    expect(runner.discoverWorkflowFiles(root)).toEqual([
      '.github/workflows/a.yml',
      '.github/workflows/b.yaml',
      'workflows/nested/deploy.yml',
    ]);
  });

  it('skips directories that do not exist', () => {
    const empty = mkdtempSync(join(tmpdir(), 'greenlight-actionlint-empty-'));
    try {
      expect(runner.discoverWorkflowFiles(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
