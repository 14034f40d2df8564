// The CI gates (.github/workflows/ci.yml) through the job-graph simulator: the caller template and
// small callers run ci.yml on a tiny app whose package.json scripts lint, typecheck, test and build
// are shell scripts, with the committed gate bundle (dist/gate.js) running each gate and a fake npm
// (sim/fake-npm.ts) standing in for npm. Each scenario asserts the jobs that ran, their results,
// and what `gates` — the one check to require — concluded. Then the detect and aggregator scripts
// on their own, on the cases the scenarios do not reach (pnpm, yarn, .nvmrc, bad inputs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { writeTree } from '../helpers/site.js';
import { repoRoot } from './repo-files.js';
import { type LocalExecutor, localExecutor } from './sim/executor.js';
import type { Json } from './sim/expressions.js';
import { fakeNpmDir } from './sim/fake-npm.js';
import { results } from './sim/harness.js';
import { repositorySource } from './sim/load.js';
import { type SimulatedRun, Simulator, type StepInvocation } from './sim/simulator.js';

const LOCK = JSON.stringify({
  name: 'shop',
  lockfileVersion: 3,
  requires: true,
  packages: { '': { name: 'shop' } },
});

const packageJson = (scripts: Record<string, string>) =>
  JSON.stringify({ name: 'shop', private: true, scripts }, null, 2);

const SCRIPTS = {
  lint: 'sh scripts/lint.sh',
  typecheck: 'sh scripts/typecheck.sh',
  test: 'sh scripts/test.sh',
  build: 'sh scripts/build.sh',
};

/** The app: each script is a few lines of sh, so a gate costs the gate bundle and little else. */
const APP: Record<string, string> = {
  'package.json': packageJson(SCRIPTS),
  'package-lock.json': LOCK,
  '.node-version': '22\n',
  'src/cart.js': 'export const total = (items) => items.reduce((sum, item) => sum + item.price, 0);\n',
  // ESLint's JSON format: one error per `debugger` line in src/*.js.
  'scripts/lint.sh': `set -eu
key=unset; [ -z "\${API_KEY:-}" ] || key=set
echo "seen by lint: API_KEY=$key"
status=0; sep=''
printf '[' > eslint-report.json
for file in src/*.js; do
  line=$(grep -n debugger "$file" | head -n 1 | cut -d: -f1)
  if [ -n "$line" ]; then
    messages="{\\"ruleId\\":\\"no-debugger\\",\\"severity\\":2,\\"message\\":\\"Unexpected 'debugger' statement.\\",\\"line\\":$line,\\"column\\":1}"
    count=1; status=1
  else
    messages=''; count=0
  fi
  printf '%s{"filePath":"%s/%s","messages":[%s],"errorCount":%s,"warningCount":0}' "$sep" "$PWD" "$file" "$messages" "$count" >> eslint-report.json
  sep=','
done
printf ']\\n' >> eslint-report.json
exit $status
`,
  'scripts/typecheck.sh': `key=unset; [ -z "\${API_KEY:-}" ] || key=set
echo "seen by typecheck: API_KEY=$key"
`,
  // Four JUnit test cases, split across shards by --shard=<i>/<n>.
  'scripts/test.sh': `set -eu
shard=1/1
for arg in "$@"; do
  case "$arg" in --shard=*) shard=\${arg#--shard=} ;; esac
done
index=\${shard%/*}; total=\${shard#*/}
key=unset; [ -z "\${API_KEY:-}" ] || key=set
echo "seen by test: shard=$shard GREENLIGHT_SHARD=\${GREENLIGHT_SHARD:-unset} FEATURE=\${FEATURE:-unset} API_KEY=$key DATABASE_URL=\${DATABASE_URL:-unset}"
cases=''; count=0; n=0
for name in adds subtracts multiplies divides; do
  if [ $((n % total)) -eq $((index - 1)) ]; then
    cases="$cases<testcase classname=\\"cart\\" name=\\"$name\\" time=\\"0.001\\"/>"
    count=$((count + 1))
  fi
  n=$((n + 1))
done
printf '<?xml version="1.0" encoding="UTF-8"?>\\n<testsuites tests="%s" failures="0"><testsuite name="cart %s" tests="%s" failures="0" errors="0" skipped="0" time="0.004">%s</testsuite></testsuites>\\n' "$count" "$shard" "$count" "$cases" > test-results.xml
`,
  'scripts/build.sh': 'mkdir -p dist\nprintf "<p>shop</p>\\n" > dist/index.html\n',
};

/** A caller of ci.yml with these inputs, as a user would write it (the template's shape). */
const caller = (inputs: Record<string, Json>): string =>
  stringify({
    name: 'CI',
    on: 'pull_request',
    permissions: {},
    jobs: {
      ci: {
        permissions: { contents: 'read' },
        uses: '$/.github/workflows/ci.yml',
        ...(Object.keys(inputs).length > 0 ? { with: inputs } : {}),
        secrets: { TEST_ENV: '${{ secrets.TEST_ENV }}' },
      },
    },
  });

interface GateScenario {
  readonly run: SimulatedRun;
  readonly executor: LocalExecutor & { root: string };
  /** Every step that ran (not overridden), with its evaluated inputs and environment. */
  readonly invocations: StepInvocation[];
  /** The fake npm's calls, in order: working directory (relative to the job's workspace) and argv. */
  npm(): Array<{ job: string; cwd: string; args: string[] }>;
  log(job: string, step: string): string;
  summary(job: string, step: string): string;
}

let npmBin: string;
const cleanups: Array<() => void> = [];
beforeAll(() => {
  npmBin = fakeNpmDir();
});
afterAll(() => rmSync(npmBin, { recursive: true, force: true }));
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/**
 * Runs the template (`workflows/ci.yml`) or a caller with `inputs` on a pull request, on the app
 * with `tree` changes (null deletes a file). `onStep` sees each step as it starts.
 */
async function gates(
  options: {
    inputs?: Record<string, Json>;
    tree?: Record<string, string | null>;
    secrets?: Record<string, string>;
    onStep?: (invocation: StepInvocation, run: SimulatedRun) => void;
  } = {},
): Promise<GateScenario> {
  const files = { ...APP, ...options.tree };
  const tree = Object.fromEntries(
    Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  const checkout = await writeTree(tree, 'gl-gates-app-');
  const npmLog = join(mkdtempSync(join(tmpdir(), 'gl-npm-log-')), 'calls');
  writeFileSync(npmLog, '');
  const invocations: StepInvocation[] = [];
  const holder: { run?: SimulatedRun } = {};
  const executor = localExecutor({
    checkout,
    env: { PATH: `${npmBin}:${process.env.PATH ?? ''}`, FAKE_NPM_LOG: npmLog },
    onStep: (invocation) => {
      invocations.push(invocation);
      if (holder.run) options.onStep?.(invocation, holder.run);
    },
  });
  cleanups.push(() => {
    rmSync(checkout, { recursive: true, force: true });
    rmSync(executor.root, { recursive: true, force: true });
    rmSync(join(npmLog, '..'), { recursive: true, force: true });
  });
  const sim = new Simulator(executor.execute);
  const template = options.inputs === undefined;
  const workflow = template ? 'workflows/ci.yml' : 'caller.yml';
  const callerText = caller(options.inputs ?? {});
  const run = sim.start({
    workflow,
    event: 'pull_request',
    ref: 'refs/pull/7/merge',
    source: (path) => (path === 'caller.yml' ? callerText : repositorySource(path)),
    secrets: options.secrets ?? {},
  });
  holder.run = run;
  await run.done;
  const jobsRoot = join(executor.root, 'jobs');
  return {
    run,
    executor,
    invocations,
    npm: () =>
      readFileSync(npmLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const call = JSON.parse(line) as { cwd: string; args: string[] };
          const [job = '', ...rest] = call.cwd.slice(jobsRoot.length + 1).split('/workspace');
          return {
            job: job.replace(/^\d+\.\d+\./, ''),
            cwd: rest.join('/workspace') || '/',
            args: call.args,
          };
        }),
    log: (job, step) => executor.logs.get(`${job}#${step}`) ?? '',
    summary: (job, step) => executor.summaries.get(`${job}#${step}`) ?? '',
  };
}

const outputsOf = (s: GateScenario, path: string) => s.run.result?.jobs.get(path)?.outputs ?? {};

describe('ci.yml through the simulator, with the gate bundle', () => {
  it('(a) the template on a pull request: every gate runs in its own job, `gates` passes', async () => {
    const s = await gates();
    expect(results(s.run)).toEqual({
      ci: 'success',
      'ci/detect': 'success',
      'ci/lint': 'success',
      'ci/typecheck': 'success',
      'ci/test (1)': 'success',
      'ci/test': 'success',
      'ci/test-report': 'skipped', // one shard: nothing to merge
      'ci/build': 'success',
      'ci/gates': 'success',
    });
    expect(s.run.result?.conclusion).toBe('success');
    expect(outputsOf(s, 'ci')).toEqual({ passed: 'true', 'build-artifact': 'greenlight-build' });
    // Each gate job installs from the lockfile, then runs its script through the package manager.
    const calls = s.npm().map((call) => `${call.job}: npm ${call.args.join(' ')}`);
    expect(calls.sort()).toEqual(
      [
        'ci_build: npm ci --no-audit --no-fund',
        'ci_build: npm run build',
        'ci_lint: npm ci --no-audit --no-fund',
        'ci_lint: npm run lint',
        'ci_test__1_: npm ci --no-audit --no-fund',
        'ci_test__1_: npm run test',
        'ci_typecheck: npm ci --no-audit --no-fund',
        'ci_typecheck: npm run typecheck',
      ].sort(),
    );
    for (const gate of ['lint', 'typecheck', 'test (1)', 'build']) {
      const steps = s.run.result?.jobs.get(`ci/${gate}`)?.steps.map((step) => `${step.name}:${step.outcome}`);
      expect(steps?.slice(0, 5), gate).toEqual([
        'Check out:success',
        'Set up pnpm:skipped',
        'Enable corepack (yarn):skipped',
        'Set up Node:success',
        'Install:success',
      ]);
      const gateStep = s.invocations.find((step) => step.jobPath === `ci/${gate}` && step.step.id === 'gate');
      expect(gateStep?.step.uses, gate).toBe('$/actions/gate');
      const setupNode = s.invocations.find(
        (step) => step.jobPath === `ci/${gate}` && step.step.name === 'Set up Node',
      );
      expect(setupNode?.with).toEqual({
        'node-version': '',
        'node-version-file': '.node-version',
        cache: 'npm',
        'cache-dependency-path': 'package-lock.json',
      });
    }
    expect(outputsOf(s, 'ci/lint').passed).toBe('true');
    // The build output, as the artifact deploy workflows download.
    const artifact = join(s.executor.root, 'artifacts', String(s.run.id), 'greenlight-build', 'index.html');
    expect(readFileSync(artifact, 'utf8')).toContain('shop');
    // No service container unless asked for.
    expect(s.run.result?.jobs.get('ci/test (1)')?.services).toBeUndefined();
    expect(s.summary('ci/detect', 'detect')).toContain('| typecheck | `npm run typecheck` |');
    expect(s.summary('ci/gates', 'check')).toContain('### gates: true');
  });

  it('(b) the lint gate fails: `gates` fails, the other gates still ran and passed', async () => {
    const s = await gates({
      inputs: { 'lint-report': 'eslint-report.json' },
      tree: { 'src/debug.js': 'export function pay() {\n  debugger;\n}\n' },
    });
    expect(results(s.run)).toMatchObject({
      ci: 'failure',
      'ci/lint': 'failure',
      'ci/typecheck': 'success',
      'ci/test': 'success',
      'ci/build': 'success',
      'ci/gates': 'failure',
    });
    expect(outputsOf(s, 'ci/lint')).toMatchObject({ passed: 'false', errors: '1' });
    expect(outputsOf(s, 'ci')).toMatchObject({ passed: 'false' });
    // The gate read the ESLint report: the problem is annotated at its file.
    expect(s.log('ci/lint', 'gate')).toMatch(/::error [^\n]*file=src\/debug\.js/);
    expect(s.log('ci/gates', 'check')).toContain('::error title=CI gates::lint ended failure');
  });

  it('(c) the run is cancelled while the test gate runs: `gates` still runs, and fails', async () => {
    const s = await gates({
      inputs: {},
      onStep: (invocation, run) => {
        if (invocation.jobPath === 'ci/test (1)' && invocation.step.id === 'gate')
          run.cancel('cancelled by a maintainer');
      },
    });
    expect(s.run.result?.conclusion).toBe('cancelled');
    expect(results(s.run)).toMatchObject({
      'ci/test (1)': 'cancelled',
      'ci/test': 'cancelled',
      'ci/gates': 'failure',
    });
    expect(s.run.result?.jobs.get('ci/test (1)')?.steps.find((step) => step.id === 'gate')?.outcome).toBe(
      'cancelled',
    );
    expect(s.log('ci/gates', 'check')).toContain('::error title=CI gates::test ended cancelled');
    expect(outputsOf(s, 'ci')).toMatchObject({ passed: 'false' });
  });

  it('(d) no typecheck script: the gate is skipped with a notice and a summary line, `gates` passes', async () => {
    const { typecheck: _typecheck, ...scripts } = SCRIPTS;
    const s = await gates({ inputs: {}, tree: { 'package.json': packageJson(scripts) } });
    expect(results(s.run)).toMatchObject({
      ci: 'success',
      'ci/lint': 'success',
      'ci/typecheck': 'skipped',
      'ci/test': 'success',
      'ci/build': 'success',
      'ci/gates': 'success',
    });
    expect(s.log('ci/detect', 'detect')).toContain(
      '::notice title=typecheck skipped::The typecheck gate does not run: no typecheck script in package.json.',
    );
    expect(s.summary('ci/detect', 'detect')).toContain(
      '| typecheck | skipped: no `typecheck` script in package.json |',
    );
    expect(s.summary('ci/gates', 'check')).toContain('| typecheck | skipped | not run on purpose |');
    expect(s.npm().some((call) => call.args.includes('typecheck'))).toBe(false);
  });

  it('(d) skipped for another reason — no lockfile, so detect fails — is not a pass', async () => {
    const s = await gates({ inputs: {}, tree: { 'package-lock.json': null } });
    expect(results(s.run)).toMatchObject({
      'ci/detect': 'failure',
      'ci/lint': 'skipped',
      'ci/typecheck': 'skipped',
      'ci/test': 'skipped',
      'ci/build': 'skipped',
      'ci/gates': 'failure',
    });
    expect(s.log('ci/detect', 'detect')).toContain('::error title=CI gates::no lockfile');
    expect(s.log('ci/gates', 'check')).toContain('::error title=CI gates::detect ended failure');
  });

  it('(e) test-shards 2: two test jobs, each with its shard, and one merged report', async () => {
    const s = await gates({ inputs: { 'test-shards': 2, 'test-report': 'test-results.xml' } });
    expect(results(s.run)).toMatchObject({
      'ci/test (1)': 'success',
      'ci/test (2)': 'success',
      'ci/test': 'success',
      'ci/test-report': 'success',
      'ci/gates': 'success',
    });
    expect(s.run.result?.jobs.get('ci/test (2)')?.matrix).toEqual({ shard: 2 });
    const testRuns = s
      .npm()
      .filter((call) => call.args[0] === 'run')
      .filter((call) => call.args[1] === 'test')
      .map((call) => call.args.join(' '))
      .sort();
    expect(testRuns).toEqual(['run test -- --shard=1/2', 'run test -- --shard=2/2']);
    expect(s.log('ci/test (2)', 'gate')).toContain('seen by test: shard=2/2 GREENLIGHT_SHARD=2/2');
    // Each shard ran two of the four cases; the merged report has all four.
    expect(outputsOf(s, 'ci/test (1)')['tests-passed']).toBe('2');
    expect(outputsOf(s, 'ci/test (2)')['tests-passed']).toBe('2');
    expect(s.log('ci/test-report', 'merge')).toContain('merged 2 shard reports');
    expect(outputsOf(s, 'ci/test-report')).toMatchObject({
      passed: 'true',
      'tests-passed': '4',
      'tests-failed': '0',
    });
  });

  it('(f) postgres: the test job declares the service and gets its URL; test env reaches the test job only', async () => {
    const secret = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
    const s = await gates({
      inputs: { postgres: true, 'postgres-image': 'postgres:16-alpine', 'test-env': 'FEATURE=on' },
      secrets: { TEST_ENV: `API_KEY=${secret}` },
    });
    expect(results(s.run)).toMatchObject({ 'ci/test': 'success', 'ci/gates': 'success' });
    const services = s.run.result?.jobs.get('ci/test (1)')?.services;
    expect(services).toMatchObject({
      postgres: { image: 'postgres:16-alpine', ports: ['5432:5432'], env: { POSTGRES_PASSWORD: 'postgres' } },
    });
    for (const gate of ['lint', 'typecheck', 'build'])
      expect(s.run.result?.jobs.get(`ci/${gate}`)?.services).toBeUndefined();
    expect(s.log('ci/test (1)', 'gate')).toContain(
      'FEATURE=on API_KEY=set DATABASE_URL=postgresql://postgres:postgres@localhost:5432/test',
    );
    expect(s.log('ci/test (1)', 'prepare')).toContain(`::add-mask::${secret}`);
    expect(s.log('ci/lint', 'gate')).toContain('seen by lint: API_KEY=unset');
    expect(s.log('ci/typecheck', 'gate')).toContain('seen by typecheck: API_KEY=unset');
    // The secret reaches one step's environment: the test job's "Prepare the test run".
    const holding = s.invocations.filter((step) => JSON.stringify([step.env, step.with]).includes(secret));
    expect(holding.map((step) => `${step.jobPath} › ${step.step.name}`)).toEqual([
      'ci/test (1) › Prepare the test run',
    ]);
  });

  it('a bad TEST_ENV line fails the test job without printing the line', async () => {
    const s = await gates({
      inputs: { skip: 'lint typecheck build' },
      secrets: { TEST_ENV: 'not a pair s3cret' },
    });
    expect(results(s.run)).toMatchObject({
      'ci/test': 'failure',
      'ci/gates': 'failure',
      'ci/lint': 'skipped',
    });
    const log = s.log('ci/test (1)', 'prepare');
    expect(log).toContain('::error title=Bad TEST_ENV::line 1 is not NAME=value');
    expect(log).not.toContain('s3cret');
  });
});

// ---------------------------------------------------------------------------------------------------
// The scripts of ci.yml on their own.

const ci = parse(readFileSync(join(repoRoot, '.github/workflows/ci.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Array<{ id?: string; run?: string }> }>;
};
const stepScript = (job: string, id: string): string => {
  const script = ci.jobs[job]?.steps.find((step) => step.id === id)?.run;
  if (script === undefined) throw new Error(`ci.yml: no step ${job}.${id}`);
  return script;
};

describe('ci.yml detect script', () => {
  const script = join(mkdtempSync(join(tmpdir(), 'gl-detect-')), 'detect.cjs');
  writeFileSync(script, stepScript('detect', 'detect'));
  afterAll(() => rmSync(join(script, '..'), { recursive: true, force: true }));

  const detect = async (files: Record<string, string>, env: Record<string, string> = {}) => {
    const root = await writeTree(files, 'gl-detect-repo-');
    const output = join(root, '..', `${root.split('/').pop()}.output`);
    writeFileSync(output, '');
    const result = spawnSync(process.execPath, [script], {
      cwd: root,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: root,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: '/dev/null',
        WORKING_DIRECTORY: '.',
        TEST_SHARDS: '1',
        ...env,
      },
    });
    const outputs: Record<string, string> = {};
    const lines = readFileSync(output, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const heredoc = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
      if (!heredoc) continue;
      const body: string[] = [];
      for (i++; lines[i] !== heredoc[2]; i++) body.push(lines[i] ?? '');
      outputs[heredoc[1] as string] = body.join('\n');
    }
    rmSync(root, { recursive: true, force: true });
    rmSync(output, { force: true });
    return { status: result.status, stdout: result.stdout, outputs };
  };
  const withScripts = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ name: 'app', scripts: { lint: 'eslint .', test: 'vitest run' }, ...extra });

  it('pnpm from pnpm-lock.yaml, its version from packageManager (else by lockfile version); .nvmrc', async () => {
    const pinned = await detect({
      'package.json': withScripts({ packageManager: 'pnpm@9.15.0' }),
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      '.nvmrc': '20\n',
    });
    expect(pinned.status, pinned.stdout).toBe(0);
    expect(pinned.outputs).toMatchObject({
      'package-manager': 'pnpm',
      installer: 'pnpm',
      lockfile: 'pnpm-lock.yaml',
      'pnpm-version': '',
      'node-version': '',
      'node-version-file': '.nvmrc',
      lint: 'true',
      'lint-command': 'pnpm run lint',
      'test-separator': '',
      typecheck: 'false',
      build: 'false',
    });
    const unpinned = await detect({
      'package.json': withScripts(),
      'pnpm-lock.yaml': "lockfileVersion: '6.0'\n",
    });
    expect(unpinned.outputs).toMatchObject({
      'pnpm-version': '8',
      'node-version': '24',
      'node-version-file': '',
    });
  });

  it('yarn: berry (.yarnrc.yml or packageManager yarn@4) installs --immutable, classic --frozen-lockfile', async () => {
    const berry = await detect({
      'package.json': withScripts({ packageManager: 'yarn@4.5.0' }),
      'yarn.lock': '',
    });
    expect(berry.outputs).toMatchObject({
      'package-manager': 'yarn',
      installer: 'yarn',
      'lint-command': 'yarn run lint',
    });
    const classic = await detect({ 'package.json': withScripts(), 'yarn.lock': '' });
    expect(classic.outputs).toMatchObject({ installer: 'yarn-classic' });
  });

  it('a workspace member: the lockfile (and the install) at the root, the scripts of the member', async () => {
    const result = await detect(
      {
        'package.json': JSON.stringify({ name: 'root', private: true }),
        'package-lock.json': LOCK,
        'apps/web/package.json': JSON.stringify({ name: 'web', scripts: { build: 'vite build' } }),
        'apps/web/.node-version': '22\n',
      },
      { WORKING_DIRECTORY: 'apps/web', TEST_SHARDS: '3', TEST_REPORT: 'junit.xml' },
    );
    expect(result.status, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      'install-directory': '.',
      lockfile: 'package-lock.json',
      'node-version-file': 'apps/web/.node-version',
      build: 'true',
      'build-command': 'npm run build',
      test: 'false',
      shards: '[1,2,3]',
      'merge-reports': 'false', // no test script, nothing to merge
    });
  });

  it('commands given as inputs win over scripts; skip wins over both', async () => {
    const result = await detect(
      { 'package.json': withScripts(), 'package-lock.json': LOCK },
      { LINT_COMMAND: 'npx eslint . --max-warnings 0', TEST_COMMAND: 'npx vitest run', SKIP: 'lint, build' },
    );
    expect(result.outputs).toMatchObject({
      lint: 'false',
      test: 'true',
      'test-command': 'npx vitest run',
      'test-separator': '', // a given command takes --shard as it is
    });
    expect(result.stdout).toContain(
      '::notice title=lint skipped::The lint gate does not run: listed in skip.',
    );
  });

  it.each([
    [
      'several lockfiles',
      { 'yarn.lock': '' },
      {},
      'the repository root holds several lockfiles (package-lock.json, yarn.lock): set package-manager',
    ],
    [
      'a package manager without its lockfile',
      {},
      { PACKAGE_MANAGER: 'pnpm' },
      'package-manager is pnpm, but the repository root holds package-lock.json',
    ],
    ['an unknown gate in skip', {}, { SKIP: 'lint,format' }, "skip names an unknown gate 'format'"],
    ['0 shards', {}, { TEST_SHARDS: '0' }, "test-shards must be a whole number from 1 to 32, got '0'"],
    [
      'a coverage threshold with shards',
      {},
      { TEST_SHARDS: '2', COVERAGE_THRESHOLD: 'lines=80' },
      'coverage-threshold needs test-shards: 1',
    ],
    [
      'a directory outside the repository',
      {},
      { WORKING_DIRECTORY: '../elsewhere' },
      'working-directory must be inside the repository',
    ],
  ])('fails with one ::error:: line on %s', async (_name, files, env, message) => {
    const result = await detect({ 'package.json': withScripts(), 'package-lock.json': LOCK, ...files }, env);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`::error title=CI gates::${message}`);
  });
});

describe('ci.yml gates (aggregator) script', () => {
  const script = stepScript('gates', 'check');
  const check = (env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-gates-check-'));
    const all = {
      DETECT: 'success',
      LINT: 'success',
      LINT_RUNS: 'true',
      TYPECHECK: 'success',
      TYPECHECK_RUNS: 'true',
      TEST: 'success',
      TEST_RUNS: 'true',
      TEST_REPORT: 'skipped',
      TEST_REPORT_RUNS: 'false',
      BUILD: 'success',
      BUILD_RUNS: 'true',
      ...env,
    };
    const result = spawnSync('bash', ['-e', '-c', script], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: join(dir, 'out'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary'),
        ...all,
      },
    });
    const output = existsSync(join(dir, 'out')) ? readFileSync(join(dir, 'out'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    return { status: result.status, stdout: result.stdout, output };
  };

  it.each([
    ['every gate passed', 0, {}],
    ['a gate skipped because its script is absent', 0, { TYPECHECK: 'skipped', TYPECHECK_RUNS: 'false' }],
    ['the shards merged', 0, { TEST_REPORT: 'success', TEST_REPORT_RUNS: 'true' }],
    ['a gate failed', 1, { LINT: 'failure' }],
    ['a gate cancelled', 1, { TEST: 'cancelled' }],
    ['a gate that should run was skipped', 1, { BUILD: 'skipped' }],
    [
      'detect failed (everything skipped)',
      1,
      { DETECT: 'failure', LINT: 'skipped', LINT_RUNS: '', TYPECHECK: 'skipped', TYPECHECK_RUNS: '' },
    ],
    ['the merge of the shards failed', 1, { TEST_REPORT: 'failure', TEST_REPORT_RUNS: 'true' }],
    ['a gate that should not run ended cancelled (the run was cancelled)', 1, { TEST_REPORT: 'cancelled' }],
  ])('%s → exit %i', (_name, status, env) => {
    const result = check(env as Record<string, string>);
    expect(result.status, result.stdout).toBe(status);
    expect(result.output).toBe(`passed=${status === 0 ? 'true' : 'false'}\n`);
  });
});
