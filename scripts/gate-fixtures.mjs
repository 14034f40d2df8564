// gate-fixtures: regenerates the reports in test/fixtures/gates/ by running the REAL tools on the
// small fixture projects there, so that the report parsers (src/gates/reports/) are tested against
// what the tools actually write, not against what we believe they write.
//
// Run it by hand, from anywhere, after `npm ci` (it is not part of CI or of the tests):
//
//   node scripts/gate-fixtures.mjs                 # every tool
//   node scripts/gate-fixtures.mjs eslint vitest   # some of them: eslint tsc prettier vitest jest npm-audit
//
// then review `git diff test/fixtures/gates` and update the expectations in test/gates/reports/ if
// a tool's output changed. POSIX only (paths are rewritten as the tools print them on Linux/macOS).
//
// Each project (test/fixtures/gates/<tool>/project/) is copied into a fresh temporary directory and
// the tool runs there, so that this repository's own configs (eslint.config.js, .prettierrc.json,
// vitest.config.ts) cannot leak in. The copy's absolute path is then rewritten to the placeholder
// `<root>` (`&lt;root&gt;` inside XML), the temporary directory around it (its node_modules, seen in
// stack traces) to `<tmp>`, and the machine's hostname to `fixture-host`, so that no path of this
// machine is committed; the tests substitute a root of their own.
//
// The tools and their versions:
// - ESLint, Prettier, TypeScript 6 (`tsc`) and TypeScript 7 (`typescript7`): this repository's
//   devDependencies (package.json), run from node_modules/.
// - Vitest 4.1.12 with @vitest/coverage-v8 4.1.12, Jest 30.2.0 and jest-junit 17.0.0: installed
//   from the npm registry into the temporary directory (never into this repository); Vitest is
//   pinned to the version in package.json, which coverage-v8 must match.
// - npm audit: the `npm` on PATH. It POSTs to the registry's bulk advisory endpoint; when that is
//   refused (a registry mirror that only serves GET), the error npm prints is written to
//   npm-audit/npm-audit-error.json instead of npm-audit.json, and the script says so. The lockfile is
//   kept as package-lock.fixture.json (and package.json as package.fixture.json) so that GitHub's
//   dependency graph does not raise alerts for this repository over its deliberately vulnerable pins.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const fixtures = join(repo, 'test/fixtures/gates');
const bin = {
  eslint: join(repo, 'node_modules/eslint/bin/eslint.js'),
  prettier: join(repo, 'node_modules/prettier/bin/prettier.cjs'),
  tsc6: join(repo, 'node_modules/typescript/bin/tsc'),
  tsc7: join(repo, 'node_modules/typescript7/bin/tsc'),
};
const INSTALLED = ['vitest@4.1.12', '@vitest/coverage-v8@4.1.12', 'jest@30.2.0', 'jest-junit@17.0.0'];
const TOOLS = ['eslint', 'tsc', 'prettier', 'vitest', 'jest', 'npm-audit'];

const chosen = process.argv.slice(2);
for (const name of chosen) {
  if (!TOOLS.includes(name)) {
    console.error(`gate-fixtures: unknown tool '${name}'; expected some of: ${TOOLS.join(' ')}`);
    process.exit(2);
  }
}
const selected = chosen.length > 0 ? chosen : TOOLS;
const work = realpathSync(mkdtempSync(join(tmpdir(), 'gate-fixtures-')));

/**
 * Runs a command; stdout and stderr go to one file in the order the tool wrote them (as a CI log
 * shows them), and that text is returned with the exit status. Failing is expected: the fixtures
 * are full of problems.
 */
function run(command, args, options) {
  const logPath = join(work, `output-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const log = openSync(logPath, 'w');
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true', ...options.env },
    stdio: ['ignore', log, options.stdoutOnly ? 'inherit' : log],
  });
  closeSync(log);
  if (result.error) throw result.error;
  return { status: result.status, output: readFileSync(logPath, 'utf8') };
}

/** Copies `<tool>/project/` into the temporary directory; returns the copy's absolute path. */
function copyProject(tool) {
  const target = join(work, tool);
  cpSync(join(fixtures, tool, 'project'), target, { recursive: true });
  return target;
}

/**
 * Rewrites the project copy's absolute path to `<root>`, the rest of the temporary directory to
 * `<tmp>` and the hostname to `fixture-host`, then writes the report.
 */
function writeReport(tool, fileName, text, projectDir, { xml = false } = {}) {
  const [open, close] = xml ? ['&lt;', '&gt;'] : ['<', '>'];
  const rewritten = text
    .split(projectDir)
    .join(`${open}root${close}`)
    .split(work) // the temporary directory's node_modules, in stack traces
    .join(`${open}tmp${close}`)
    .split(hostname())
    .join('fixture-host');
  if ([work, repo, homedir(), tmpdir()].some((path) => rewritten.includes(path))) {
    throw new Error(`gate-fixtures: ${tool}/${fileName} still holds an absolute path of this machine`);
  }
  writeFileSync(join(fixtures, tool, fileName), rewritten);
  console.log(
    `gate-fixtures: wrote test/fixtures/gates/${tool}/${fileName} (${Buffer.byteLength(rewritten)} bytes)`,
  );
}

function readOutput(path, result) {
  if (!existsSync(path))
    throw new Error(`gate-fixtures: the tool did not write ${path}; it said:\n${result.output}`);
  return readFileSync(path, 'utf8');
}

const generators = {
  eslint() {
    const project = copyProject('eslint');
    const { output } = run(process.execPath, [bin.eslint, '--format', 'json', 'src'], {
      cwd: project,
      stdoutOnly: true,
    });
    writeReport('eslint', 'eslint.json', output, project);
    const withMetadata = run(process.execPath, [bin.eslint, '--format', 'json-with-metadata', 'src'], {
      cwd: project,
      stdoutOnly: true,
    });
    writeReport('eslint', 'eslint-metadata.json', withMetadata.output, project);
  },

  tsc() {
    const project = copyProject('tsc');
    for (const [name, tsc] of [
      ['tsc6', bin.tsc6],
      ['tsc7', bin.tsc7],
    ]) {
      const plain = run(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], { cwd: project });
      writeReport('tsc', `${name}.txt`, plain.output, project);
      const pretty = run(process.execPath, [tsc, '-p', '.', '--pretty', 'true'], { cwd: project });
      writeReport('tsc', `${name}-pretty.txt`, pretty.output, project);
    }
  },

  prettier() {
    const project = copyProject('prettier');
    const check = run(process.execPath, [bin.prettier, '--check', '.'], { cwd: project });
    writeReport('prettier', 'check.txt', check.output, project);
    const listDifferent = run(process.execPath, [bin.prettier, '--list-different', '.'], { cwd: project });
    writeReport('prettier', 'list-different.txt', listDifferent.output, project);
    // Without the file Prettier cannot parse, --check ends on its usual summary line instead.
    const formattingOnly = run(
      process.execPath,
      [bin.prettier, '--check', 'src/messy.ts', 'src/styles.css', 'src/tidy.ts'],
      { cwd: project },
    );
    writeReport('prettier', 'check-parsable.txt', formattingOnly.output, project);
  },

  vitest() {
    const project = copyProject('vitest');
    const out = join(work, 'vitest-out');
    const result = run(
      process.execPath,
      [
        join(work, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'vitest.config.mjs',
        '--reporter=json',
        `--outputFile.json=${join(out, 'vitest.json')}`,
        '--reporter=junit',
        `--outputFile.junit=${join(out, 'junit.xml')}`,
        '--coverage.enabled',
        '--coverage.provider=v8',
        '--coverage.reporter=json-summary',
        '--coverage.reportOnFailure', // a test fails on purpose
        `--coverage.reportsDirectory=${join(out, 'coverage')}`,
      ],
      { cwd: project },
    );
    writeReport('vitest', 'vitest.json', readOutput(join(out, 'vitest.json'), result), project);
    writeReport('vitest', 'junit.xml', readOutput(join(out, 'junit.xml'), result), project, { xml: true });
    const summary = readOutput(join(out, 'coverage/coverage-summary.json'), result);
    writeReport('vitest', 'coverage-summary.json', summary, project);
  },

  jest() {
    const project = copyProject('jest');
    const out = join(work, 'jest-out');
    const jest = join(work, 'node_modules/jest/bin/jest.js');
    const cache = `--cacheDirectory=${join(work, 'jest-cache')}`;
    const result = run(
      process.execPath,
      [
        jest,
        '--ci',
        cache,
        '--json',
        `--outputFile=${join(out, 'jest.json')}`,
        '--reporters=default',
        '--reporters=jest-junit',
      ],
      { cwd: project, env: { JEST_JUNIT_OUTPUT_DIR: out, JEST_JUNIT_OUTPUT_NAME: 'junit.xml' } },
    );
    writeReport('jest', 'jest.json', readOutput(join(out, 'jest.json'), result), project);
    writeReport('jest', 'junit.xml', readOutput(join(out, 'junit.xml'), result), project, { xml: true });
    // jest-junit leaves out a suite that fails to load unless told; with that and the file attribute on:
    const withOptions = run(process.execPath, [jest, '--ci', cache, '--reporters=jest-junit'], {
      cwd: project,
      env: {
        JEST_JUNIT_OUTPUT_DIR: out,
        JEST_JUNIT_OUTPUT_NAME: 'junit-options.xml',
        JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: 'true',
        JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
      },
    });
    const optionsXml = readOutput(join(out, 'junit-options.xml'), withOptions);
    writeReport('jest', 'junit-options.xml', optionsXml, project, { xml: true });
    const covered = run(
      process.execPath,
      [
        jest,
        '--ci',
        cache,
        '--coverage',
        '--coverageReporters=json-summary',
        `--coverageDirectory=${join(out, 'coverage')}`,
      ],
      { cwd: project },
    );
    writeReport(
      'jest',
      'coverage-summary.json',
      readOutput(join(out, 'coverage/coverage-summary.json'), covered),
      project,
    );
  },

  'npm-audit'() {
    const project = copyProject('npm-audit');
    cpSync(join(project, 'package.fixture.json'), join(project, 'package.json'));
    const lockFixture = join(fixtures, 'npm-audit/project/package-lock.fixture.json');
    if (existsSync(lockFixture)) {
      cpSync(lockFixture, join(project, 'package-lock.json'));
    } else {
      const lock = run(
        'npm',
        ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
        {
          cwd: project,
        },
      );
      if (lock.status !== 0)
        throw new Error(`gate-fixtures: npm install --package-lock-only failed:\n${lock.output}`);
      cpSync(join(project, 'package-lock.json'), lockFixture);
    }
    const audit = run('npm', ['audit', '--json'], { cwd: project, stdoutOnly: true });
    let parsed;
    try {
      parsed = JSON.parse(audit.output);
    } catch {
      parsed = undefined;
    }
    if (parsed && typeof parsed.vulnerabilities === 'object') {
      writeReport('npm-audit', 'npm-audit.json', audit.output, project);
    } else {
      writeReport('npm-audit', 'npm-audit-error.json', audit.output, project);
      console.warn('gate-fixtures: npm audit did not produce a report; its error is in npm-audit-error.json');
    }
    // Without a lockfile npm audit refuses with ENOLOCK: the error shape the parser must name.
    const bare = join(work, 'npm-audit-nolock');
    mkdirSync(bare);
    cpSync(join(project, 'package.fixture.json'), join(bare, 'package.json'));
    const nolock = run('npm', ['audit', '--json'], { cwd: bare, stdoutOnly: true });
    writeReport('npm-audit', 'npm-audit-enolock.json', nolock.output, bare);
  },
};

try {
  if (selected.includes('vitest') || selected.includes('jest')) {
    console.log(`gate-fixtures: installing ${INSTALLED.join(' ')} into ${work}`);
    writeFileSync(join(work, 'package.json'), '{ "private": true }\n');
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...INSTALLED], {
      cwd: work,
    });
    if (install.status !== 0) throw new Error(`gate-fixtures: npm install failed:\n${install.output}`);
  }
  for (const tool of selected) generators[tool]();
} finally {
  rmSync(work, { recursive: true, force: true });
}
