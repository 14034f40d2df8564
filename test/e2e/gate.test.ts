/**
 * The bundled gate action (dist/gate.js) driven the way the runner drives it: INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, exit status — on small projects in a temp workspace.
 * Reports are the ones the real tools wrote (test/fixtures/gates/, see scripts/gate-fixtures.mjs),
 * copied into the project by the gate's own command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BundleRun, runBundledAction } from '../../src/runner/bundle.js';
import { type TestServer, startServer } from '../helpers/server.js';
import { writeTree } from '../helpers/site.js';
import { errorLines } from '../helpers/steps.js';

/** A report the real tool wrote (test/fixtures/gates/), its `<root>` placeholder set to `root`. */
function fixture(path: string, root: string): string {
  return readFileSync(new URL(`../fixtures/gates/${path}`, import.meta.url), 'utf8')
    .replaceAll('&lt;root&gt;', root)
    .replaceAll('<root>', root);
}

/**
 * A workspace whose project in `app/` has a `tool.mjs` that plays the tool: it writes `files`
 * (path → content, relative to app/) and prints `output`, then exits with `exitCode`.
 */
async function project(
  build: (app: string) => { files?: Record<string, string>; output?: string; exitCode?: number },
): Promise<{ workspace: string; app: string }> {
  const workspace = await writeTree({ 'app/package.json': '{"private":true}' });
  const app = join(workspace, 'app');
  const { files = {}, output = '', exitCode = 0 } = build(app);
  const script = [
    "import { mkdirSync, writeFileSync } from 'node:fs';",
    "import { dirname } from 'node:path';",
    `for (const [path, text] of Object.entries(${JSON.stringify(files)})) { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, text); }`,
    `process.stdout.write(${JSON.stringify(output)});`,
    `process.exitCode = ${exitCode};`,
  ].join('\n');
  await writeFile(join(app, 'tool.mjs'), script);
  return { workspace, app };
}

/** Runs the gate in `workspace` (GITHUB_WORKSPACE and the step's working directory). */
function gate(workspace: string, inputs: Record<string, string>): Promise<BundleRun> {
  return runBundledAction('gate', inputs, {
    cwd: workspace,
    env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace },
  });
}

const annotations = (run: BundleRun, kind: 'error' | 'warning' | 'notice'): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith(`::${kind}`));

describe('gate bundle: commands', () => {
  it('passes a command that exits 0, with outputs, a result file and a summary row', async () => {
    const workspace = await writeTree({ 'ok.mjs': 'console.log("all good")' });
    const run = await gate(workspace, { name: 'build', run: 'node ok.mjs' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '0', 'tests-failed': '0' });
    expect(Number(run.outputs['duration-ms'])).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(run.outputs['result-file'] as string, 'utf8'))).toEqual({
      name: 'build',
      passed: true,
      files: {},
    });
    expect(run.stdout).toContain('all good');
    expect(run.summary).toContain('### ✅ build passed');
    expect(run.summary).toContain('| build | ✅ passed | 0 | 0 |');
  });

  it('fails a command that exits non-zero in one line, with the exit code', async () => {
    const workspace = await writeTree({ 'fail.mjs': 'process.exit(3)' });
    const run = await gate(workspace, { name: 'build', run: 'node fail.mjs' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(errorLines(run)).toEqual(['::error::build: the command exited with 3']);
    expect(run.summary).toContain('The command `node fail.mjs` exited with 3.');
  });

  it('runs argv without a shell by default, and through bash with shell: true', async () => {
    const workspace = await writeTree({});
    const refused = await gate(workspace, { run: 'echo a && touch made' });
    expect(refused.exitCode).toBe(1);
    expect(errorLines(refused)).toEqual([
      "::error::input 'run': runs without a shell, so '&&' would be a literal word; set shell: true or run a script",
    ]);
    expect(existsSync(join(workspace, 'made'))).toBe(false);
    const shell = await gate(workspace, { run: 'echo a && touch made', shell: 'true' });
    expect(shell.exitCode, shell.stdout).toBe(0);
    expect(existsSync(join(workspace, 'made'))).toBe(true);
  });

  it('[input] a command that is not on PATH is one line, and nothing runs', async () => {
    const workspace = await writeTree({});
    const run = await gate(workspace, { name: 'lint', run: 'no-such-linter --fix' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      `::error::input 'run': 'no-such-linter' was not found on PATH (working directory ${workspace})`,
    ]);
    expect(run.outputs).toEqual({});
  });

  it('[input] a bad coverage-threshold or size-budget is one line naming it, before the command runs', async () => {
    const workspace = await writeTree({});
    const coverage = await gate(workspace, { run: 'touch ran', 'coverage-threshold': 'lines=eighty' });
    expect(errorLines(coverage)).toEqual([
      "::error::input 'coverage-threshold': expected metric=percent pairs such as lines=80,branches=70 (metrics lines, statements, functions, branches), got 'lines=eighty'",
    ]);
    const size = await gate(workspace, { run: 'touch ran', 'size-budget': 'dist/*.js' });
    expect(errorLines(size)).toEqual([
      "::error::input 'size-budget': expected glob=size pairs such as dist/**/*.js=250kB (units B, kB, KiB, MB, MiB), got 'dist/*.js'",
    ]);
    const nothing = await gate(workspace, { name: 'lint' });
    expect(errorLines(nothing)).toEqual([
      "::error::input 'run': expected a command (or a preset, a report, or size-budget)",
    ]);
    expect(existsSync(join(workspace, 'ran'))).toBe(false);
  });

  it('[input] a report the command did not write is one line naming the input', async () => {
    const workspace = await writeTree({});
    const run = await gate(workspace, { name: 'test', run: 'node -e 0', report: 'junit.xml' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      `::error::input 'report': no file at ${join(workspace, 'junit.xml')} after the command (it exited with 0)`,
    ]);
  });

  it('registers problem matchers for console output, and none when a report is read', async () => {
    const workspace = await writeTree({});
    const console = await gate(workspace, { name: 'lint', run: 'node -e 0' });
    const matchers = console.stdout.split('\n').filter((line) => line.startsWith('::add-matcher::'));
    expect(matchers).toHaveLength(2);
    for (const line of matchers) {
      const file = line.slice('::add-matcher::'.length);
      const { problemMatcher } = JSON.parse(await readFile(file, 'utf8')) as {
        problemMatcher: { owner: string; pattern: { regexp: string }[] }[];
      };
      expect(['tsc', 'eslint-stylish']).toContain(problemMatcher[0]?.owner);
    }
    const quiet = await gate(workspace, { name: 'lint', run: 'node -e 0', annotate: 'false' });
    expect(quiet.stdout).not.toContain('::add-matcher::');
  });
});

describe('gate bundle: size budgets', () => {
  it('size preset: files over budget fail with one line, are annotated, and show the change against the base', async () => {
    const workspace = await writeTree({
      'dist/app.js': 'x'.repeat(1200),
      'dist/vendor.js': 'y'.repeat(300),
      'dist/style.css': 'z'.repeat(50),
    });
    const budget = 'dist/**/*.js=1kB\ndist/**/*.css=1KiB';
    const first = await gate(workspace, { preset: 'size', 'size-budget': budget });
    expect(first.exitCode).toBe(1);
    expect(errorLines(first)).toEqual([
      '::error title=size%3A size budget,file=dist/app.js::1.20 kB is over its budget of 1kB (dist/**/*.js)',
      '::error::size: 1 file over budget (dist/app.js 1.20 kB > 1kB)',
    ]);
    expect(first.summary).toContain('| `dist/app.js` | 1.20 kB | ❌ 1kB |');
    expect(first.summary).toContain('| `dist/vendor.js` | 300 B | ✅ 1kB |');

    // The base branch's result file gives the change per file.
    const base = join(workspace, 'base.json');
    await writeFile(base, await readFile(first.outputs['result-file'] as string, 'utf8'));
    await writeFile(join(workspace, 'dist/app.js'), 'x'.repeat(900));
    const second = await gate(workspace, {
      preset: 'size',
      'size-budget': budget,
      'base-report': 'base.json',
    });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.summary).toContain('| `dist/app.js` | 900 B | ✅ 1kB | 1.20 kB | −300 B |');
    expect(second.summary).toContain('| `dist/vendor.js` | 300 B | ✅ 1kB | 300 B | ±0 |');
  });

  it('a budget whose glob matches nothing is a warning, not a pass by accident', async () => {
    const workspace = await writeTree({ 'dist/app.js': 'x' });
    const run = await gate(workspace, {
      preset: 'size',
      'size-budget': 'build/**/*.js=1kB',
      'max-warnings': '0',
    });
    expect(run.exitCode).toBe(1);
    expect(annotations(run, 'warning')).toEqual([
      "::warning title=size::size-budget 'build/**/*.js' matched no file",
    ]);
    expect(errorLines(run)).toEqual(['::error::size: 0 errors, 1 warning (max 0)']);
  });
});

describe('gate bundle: reports the real tools wrote', () => {
  it('lint (ESLint JSON): errors and warnings annotated at file:line:column with the rule, one failure line', async () => {
    const { workspace } = await project((app) => ({
      files: { 'eslint-report.json': fixture('eslint/eslint.json', app) },
      exitCode: 1,
    }));
    const run = await gate(workspace, {
      name: 'lint',
      run: 'node tool.mjs',
      report: 'eslint-report.json',
      'working-directory': 'app',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '3', warnings: '1' });
    expect(errorLines(run)).toEqual([
      '::error title=lint,file=app/src/broken.js,line=1,col=26::Parsing error: Unexpected token ;',
      "::error title=lint%3A eqeqeq,file=app/src/cart.js,line=5,endLine=5,col=11,endColumn=13::Expected '===' and instead saw '=='.",
      "::error title=lint%3A no-undef,file=app/src/cart.js,line=5,endLine=5,col=24,endColumn=32::'fallback' is not defined.",
      '::error::lint: the command exited with 1; 3 errors, 1 warning',
    ]);
    expect(annotations(run, 'warning')).toEqual([
      "::warning title=lint%3A no-unused-vars,file=app/src/cart.js,line=3,endLine=3,col=9,endColumn=17::'discount' is assigned a value but never used.",
    ]);
    expect(run.summary).toContain('**Problems** (4)');
    expect(run.summary).toContain('| `app/src/cart.js:5:11` | error | `eqeqeq` |');
  });

  it('reads a report an earlier step wrote, with no command of its own', async () => {
    const { workspace, app } = await project(() => ({}));
    await writeFile(join(app, 'junit.xml'), fixture('vitest/junit.xml', app));
    const run = await gate(workspace, { name: 'test', report: 'junit.xml', 'working-directory': 'app' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ 'tests-failed': '2', 'duration-ms': '0' });
    expect(run.stdout).not.toContain('::group::');
    expect(errorLines(run).at(-1)).toBe('::error::test: 2 of 5 tests failed');
  });

  it('lint: warnings over max-warnings fail even when the command passed', async () => {
    const { workspace } = await project((app) => ({
      files: {
        'eslint-report.json': JSON.stringify(
          (JSON.parse(fixture('eslint/eslint.json', app)) as { messages: { severity: number }[] }[]).map(
            (result) => ({
              ...result,
              messages: result.messages.filter((message) => message.severity === 1),
            }),
          ),
        ),
      },
    }));
    const inputs = {
      name: 'lint',
      run: 'node tool.mjs',
      report: 'eslint-report.json',
      'working-directory': 'app',
    };
    expect((await gate(workspace, inputs)).exitCode).toBe(0);
    const strict = await gate(workspace, { ...inputs, 'max-warnings': '0' });
    expect(strict.exitCode).toBe(1);
    expect(errorLines(strict).at(-1)).toBe('::error::lint: 0 errors, 1 warning (max 0)');
  });

  it('test (Vitest JSON + coverage summary): failed tests annotated, coverage under threshold, delta against the base', async () => {
    const { workspace } = await project((root) => ({
      files: {
        'report.json': fixture('vitest/vitest.json', root),
        'coverage/coverage-summary.json': fixture('vitest/coverage-summary.json', root),
        'base/coverage-summary.json': fixture('jest/coverage-summary.json', root),
      },
      exitCode: 1,
    }));
    const run = await gate(workspace, {
      name: 'test',
      run: 'node tool.mjs',
      report: 'report.json',
      'coverage-report': 'coverage/coverage-summary.json',
      'coverage-threshold': 'lines=80,functions=50',
      'base-report': 'base/coverage-summary.json',
      'working-directory': 'app',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      passed: 'false',
      'tests-passed': '1',
      'tests-failed': '2',
      'tests-skipped': '2',
      'coverage-lines': '33.33',
    });
    expect(errorLines(run).at(-1)).toBe(
      // `%` is escaped as `%25` in workflow commands; the runner shows `33.33% < 80%`.
      '::error::test: the command exited with 1; 2 of 5 tests failed; coverage lines 33.33%25 < 80%25',
    );
    expect(errorLines(run)).toContain(
      '::error title=test%3A math > add > adds wrongly,file=app/src/math.spec.js,line=10::AssertionError: expected 3 to be 4 // Object.is equality',
    );
    expect(run.summary).toContain('**Failed tests** (2)');
    expect(run.summary).toContain('| lines | 33.33% (1/3) | ❌ 80% | 50% | −16.67 pp |');
    expect(run.summary).toContain('| functions | 50% (1/2) | ✅ 50% | 50% | ±0 |');
    expect(run.summary).toContain('**Slowest tests**');
    expect(JSON.parse(await readFile(run.outputs['result-file'] as string, 'utf8')).coverage.lines).toEqual({
      total: 3,
      covered: 1,
      pct: 33.33,
    });
  });

  it('typecheck (tsc console output): counted and summarised, annotated by the problem matcher', async () => {
    const { workspace } = await project(() => ({ output: fixture('tsc/tsc6.txt', ''), exitCode: 2 }));
    const run = await gate(workspace, {
      name: 'typecheck',
      run: 'node tool.mjs',
      'report-format': 'tsc',
      'working-directory': 'app',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '0' });
    // The runner's tsc matcher annotates these lines; the gate adds only its failure line.
    expect(errorLines(run)).toEqual(['::error::typecheck: the command exited with 2; 2 errors, 0 warnings']);
    expect(run.stdout).toContain('::add-matcher::');
    expect(run.summary).toContain('| `app/src/shapes.ts:6:14` | error | `TS2322` |');
  });

  it('format preset: a tool that exits 1 without reporting anything did not run, and fails the gate', async () => {
    const { workspace } = await project(() => ({
      output: 'npm error npx canceled due to missing packages and no YES option: ["prettier"]\n',
      exitCode: 1,
    }));
    const run = await gate(workspace, { preset: 'format', run: 'node tool.mjs', 'working-directory': 'app' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      '::error::format: the command exited with 1 but reported no problem (did it run?)',
    ]);
  });

  it('format preset: prettier --check output, one annotation per file; exit 1 means "found some"', async () => {
    const { workspace } = await project(() => ({
      output: fixture('prettier/check-parsable.txt', ''),
      exitCode: 1,
    }));
    const run = await gate(workspace, { preset: 'format', run: 'node tool.mjs', 'working-directory': 'app' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      '::error title=format,file=app/src/messy.ts::not formatted (prettier --check)',
      '::error title=format,file=app/src/styles.css::not formatted (prettier --check)',
      '::error::format: 2 errors, 0 warnings',
    ]);
    // The gate reads prettier's output itself: no problem matcher is registered for it.
    expect(run.stdout).not.toContain('::add-matcher::');
  });
});

describe('gate bundle: audit preset against npm', () => {
  let registry: TestServer | undefined;
  afterEach(async () => {
    await registry?.close();
    registry = undefined;
  });

  it('runs npm audit; findings at or above audit-level fail, on package.json, with advisory links', async () => {
    // npm's bulk advisory endpoint, played on loopback: POST a gzipped {name: [versions]} map, get
    // advisories per package (the public registry these machines reach refuses it).
    const asked: string[] = [];
    registry = await startServer((req, res) => {
      if (req.method === 'POST' && req.url?.endsWith('/-/npm/v1/security/advisories/bulk')) {
        asked.push(req.url);
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            lodash: [
              {
                id: 1106913,
                url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
                title: 'Command Injection in lodash',
                severity: 'high',
                vulnerable_versions: '<4.17.21',
                cwe: ['CWE-77'],
                cvss: { score: 7.2, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' },
              },
            ],
            minimist: [
              {
                id: 1096465,
                url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
                title: 'Prototype Pollution in minimist',
                severity: 'low',
                vulnerable_versions: '<0.2.1',
                cwe: ['CWE-1321'],
                cvss: { score: 0, vectorString: null },
              },
            ],
          }),
        );
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    const workspace = await writeTree({
      'package.json': fixture('npm-audit/project/package.fixture.json', ''),
      'package-lock.json': fixture('npm-audit/project/package-lock.fixture.json', ''),
    });
    const run = await runBundledAction(
      'gate',
      { preset: 'audit' },
      {
        cwd: workspace,
        env: {
          GITHUB_WORKSPACE: workspace,
          RUNNER_TEMP: workspace,
          npm_config_registry: `${registry.origin}/`,
          npm_config_update_notifier: 'false',
        },
      },
    );
    expect(asked).toHaveLength(1);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '0' });
    expect(errorLines(run)).toEqual([
      '::error title=audit%3A lodash,file=package.json::high: Command Injection in lodash (lodash) (https://github.com/advisories/GHSA-35jh-r3h4-6jhm)',
      '::error::audit: 1 error, 0 warnings',
    ]);
    expect(annotations(run, 'notice')).toHaveLength(2);
    expect(run.summary).toContain('https://github.com/advisories/GHSA-vh95-rmgr-6w4m');
  });
});
