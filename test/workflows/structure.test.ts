// Structure of the reusable workflows and caller templates: the release path's wiring (rollback after
// a failed health check, production locks), concurrency groups that cannot deadlock a caller, and
// every `$/actions/<name>` step and reusable-workflow call matching the interface it calls (a typo'd
// input name fails here instead of at run time). Each rule is proven able to fail with a small bad
// fixture. The files are parsed as plain YAML; actionlint and the policy test cover the rest.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadActionlint } from './actionlint.js';
import { checkPolicy, formatViolations } from './policy.js';
import { repoFiles, repoRoot } from './repo-files.js';
import { checkInterfaces } from './sim/interface.js';
import { repositorySource } from './sim/load.js';

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const obj = (value: unknown): Obj => (isObj(value) ? value : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A parsed workflow and its `/`-separated path from the repository root. */
interface Workflow {
  readonly path: string;
  readonly doc: Obj;
}

/** Where rules look up what a workflow calls: action metadata and reusable workflows. */
interface Lookup {
  /** `actions/<name>/action.yml`, parsed; undefined when missing. */
  action(name: string): Obj | undefined;
  /** A workflow by repository path (`.github/workflows/x.yml`), parsed; undefined when missing. */
  workflow(path: string): Obj | undefined;
}

const workflow = (path: string, source: string): Workflow => ({ path, doc: obj(parse(source)) });

const jobsOf = (doc: Obj): Array<[string, Obj]> =>
  Object.entries(obj(doc.jobs)).map(([id, job]) => [id, obj(job)]);

function environmentOf(job: Obj): string | undefined {
  return text(job.environment) ?? text(obj(job.environment).name);
}

interface Concurrency {
  readonly group: string;
  readonly cancelInProgress: unknown;
}

/** `concurrency:` written as a string (group only) or a mapping. */
function concurrencyOf(value: unknown): Concurrency | undefined {
  if (typeof value === 'string') return { group: value, cancelInProgress: undefined };
  if (!isObj(value)) return undefined;
  return {
    group: text(value.group) ?? String(value.group ?? ''),
    cancelInProgress: value['cancel-in-progress'],
  };
}

/** The group a job runs under: its own, else the workflow's (workflow-level holds the whole run). */
const effectiveConcurrency = (doc: Obj, job: Obj): Concurrency | undefined =>
  concurrencyOf(job.concurrency) ?? concurrencyOf(doc.concurrency);

/**
 * The toolkit workflow a job-level `uses:` calls, as a repository path: `$/…` and `./…` (this
 * repository) and `greenlight-dev/greenlight/…@ref` (the toolkit, from a caller template).
 */
function calledWorkflow(uses: string): string | undefined {
  const match =
    /^(?:\$\/|\.\/|greenlight-dev\/greenlight\/)(\.github\/workflows\/[^@\s]+\.ya?ml)(?:@\S+)?$/.exec(uses);
  return match?.[1];
}

// ---------------------------------------------------------------------------------------------------
// Rules. Each returns readable problems; an empty list means the rule holds.

// Contexts that differ between runs (or are the caller's name inside a called workflow): a group
// built from them does not serialize releases.
const RUN_VARYING = /\bgithub\s*\.\s*(?:workflow|head_ref|run_id|run_number|run_attempt|sha|ref|event)\b/;

/**
 * Every job with `environment: production`, plus `alsoJobs`, runs in a non-empty, static concurrency
 * group (its own or the workflow's) with `cancel-in-progress: false`.
 */
function productionJobsLocked(wf: Workflow, alsoJobs: readonly string[] = []): string[] {
  return jobsOf(wf.doc)
    .filter(([id, job]) => environmentOf(job) === 'production' || alsoJobs.includes(id))
    .flatMap(([id, job]) => {
      const lock = effectiveConcurrency(wf.doc, job);
      const where = `${wf.path}: job \`${id}\``;
      if (lock === undefined || lock.group.trim() === '') return [`${where} has no concurrency group`];
      const problems: string[] = [];
      if (RUN_VARYING.test(lock.group))
        problems.push(`${where} group \`${lock.group}\` varies by run or caller`);
      if (lock.cancelInProgress !== false)
        problems.push(`${where} group \`${lock.group}\` is not cancel-in-progress: false`);
      return problems;
    });
}

/** Every job that runs steps sets `timeout-minutes` (a reusable-workflow call job cannot). */
function timeoutsSet(wf: Workflow): string[] {
  return jobsOf(wf.doc)
    .filter(([, job]) => job.uses === undefined && job['timeout-minutes'] === undefined)
    .map(([id]) => `${wf.path}: job \`${id}\` has no timeout-minutes`);
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;

/**
 * What a concurrency group may evaluate to, as patterns (case-insensitive, like GitHub's group
 * names) plus samples of concrete values: its literal text with every `${{ … }}` and `{N}` format
 * placeholder standing for anything and, when it holds expressions, each quoted literal in them
 * (`a && 'deploy-production' || format('deploy-{0}', github.ref)`). A group that is one expression
 * contributes only its literals. Conservative: two groups "overlap" when either could be the other.
 */
function groupValues(group: string): { patterns: RegExp[]; samples: string[] } {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const holes = /\$\{\{[\s\S]*?\}\}|\{\d+\}/;
  const toPattern = (s: string) => new RegExp(`^${s.split(holes).map(escape).join('.*')}$`, 'i');
  const sample = (s: string) => s.split(holes).join('');
  const expressions = [...group.matchAll(EXPRESSION)].map((m) => m[0]);
  const literals = expressions.flatMap((e) =>
    [...e.matchAll(/'((?:[^']|'')*)'/g)].map((m) => (m[1] ?? '').replace(/''/g, "'")),
  );
  const wholly = expressions.length > 0 && group.replace(EXPRESSION, '').trim() === '';
  const values = [...(wholly ? [] : [group]), ...literals];
  return { patterns: values.map(toPattern), samples: values.map(sample) };
}

function groupsOverlap(a: string, b: string): boolean {
  const [va, vb] = [groupValues(a), groupValues(b)];
  return (
    va.patterns.some((p) => vb.samples.some((s) => p.test(s))) ||
    vb.patterns.some((p) => va.samples.some((s) => p.test(s)))
  );
}

/** All concurrency groups declared in a workflow (workflow level and job level). */
const declaredGroups = (doc: Obj): string[] =>
  [concurrencyOf(doc.concurrency), ...jobsOf(doc).map(([, job]) => concurrencyOf(job.concurrency))]
    .filter((c): c is Concurrency => c !== undefined)
    .map((c) => c.group);

/**
 * A caller holds its groups (the calling job's, and its workflow's) while the called workflow runs;
 * a group anywhere in the called tree that can equal one of them deadlocks or cancels the caller.
 */
function callerGroupsDistinct(wf: Workflow, lookup: Lookup): string[] {
  const problems: string[] = [];
  const walk = (
    doc: Obj,
    path: string,
    held: ReadonlyArray<{ group: string; by: string }>,
    seen: Set<string>,
  ) => {
    for (const [id, job] of jobsOf(doc)) {
      const target = calledWorkflow(text(job.uses) ?? '');
      if (target === undefined || seen.has(target)) continue;
      const callee = lookup.workflow(target);
      if (callee === undefined) {
        problems.push(`${path}: job \`${id}\` calls ${target}, which does not exist`);
        continue;
      }
      const own = concurrencyOf(job.concurrency);
      const holding = [...held, ...(own ? [{ group: own.group, by: `${path} job \`${id}\`` }] : [])];
      for (const inner of declaredGroups(callee)) {
        for (const outer of holding) {
          if (groupsOverlap(outer.group, inner)) {
            problems.push(`${outer.by} holds group \`${outer.group}\` while ${target} takes \`${inner}\``);
          }
        }
      }
      walk(callee, target, holding, new Set([...seen, target]));
    }
  };
  const top = concurrencyOf(wf.doc.concurrency);
  walk(wf.doc, wf.path, top ? [{ group: top.group, by: wf.path }] : [], new Set([wf.path]));
  return problems;
}

/** pipeline.yml calls ci, deploy-staging, deploy-production and rollback, each with `$/`. */
function pipelineCallsOthers(wf: Workflow): string[] {
  const uses = jobsOf(wf.doc).map(([, job]) => text(job.uses) ?? '');
  return ['ci.yml', 'deploy-staging.yml', 'deploy-production.yml', 'rollback.yml']
    .filter((file) => !uses.includes(`$/.github/workflows/${file}`))
    .map((file) => `${wf.path}: does not call \`$/.github/workflows/${file}\``);
}

/**
 * The aggregator job `id` (the one check to require) needs every other job of the workflow, runs
 * `if: always()`, and reads each need's result in a step that also runs `if: always()`.
 */
function aggregatorNeedsAll(wf: Workflow, id: string): string[] {
  const jobs = jobsOf(wf.doc);
  const aggregator = jobs.find(([jobId]) => jobId === id)?.[1];
  if (aggregator === undefined) return [`${wf.path}: no job \`${id}\``];
  const where = `${wf.path}: job \`${id}\``;
  const needs = Array.isArray(aggregator.needs) ? aggregator.needs : [aggregator.needs];
  const problems = jobs
    .map(([jobId]) => jobId)
    .filter((jobId) => jobId !== id && !needs.includes(jobId))
    .map((jobId) => `${where} does not need \`${jobId}\``);
  if (String(aggregator.if ?? '').replace(/^\$\{\{\s*|\s*\}\}$/g, '') !== 'always()')
    problems.push(`${where} does not run \`if: always()\``);
  const steps = Array.isArray(aggregator.steps) ? aggregator.steps.map(obj) : [];
  const reads = JSON.stringify(steps);
  for (const need of needs) {
    if (!reads.includes(`needs.${String(need)}.result`))
      problems.push(`${where} never reads needs.${String(need)}.result`);
  }
  if (!steps.every((step) => String(step.if ?? '') === 'always()'))
    problems.push(`${where} has a step without \`if: always()\` (after a cancel it would be skipped)`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// The repository.

const readYaml = (path: string): Obj | undefined =>
  existsSync(join(repoRoot, path)) ? obj(parse(readFileSync(join(repoRoot, path), 'utf8'))) : undefined;

const repoLookup: Lookup = {
  action: (name) => readYaml(`actions/${name}/action.yml`),
  workflow: (path) => readYaml(path),
};

const workflows = repoFiles()
  .filter((f) => f.kind === 'workflow')
  .map((f) => workflow(f.path, f.text));
const named = (path: string): Workflow => {
  const found = workflows.find((wf) => wf.path === path);
  if (found === undefined) throw new Error(`${path} is missing`);
  return found;
};

const PRODUCTION = '.github/workflows/deploy-production.yml';
const REUSABLE = [
  '.github/workflows/ci.yml',
  '.github/workflows/deploy-staging.yml',
  PRODUCTION,
  '.github/workflows/rollback.yml',
  '.github/workflows/pipeline.yml',
  '.github/workflows/flags.yml',
  '.github/workflows/flags-canary.yml',
];

describe('reusable workflows and caller templates in the repository', () => {
  it('has the reusable workflows and both caller templates', () => {
    expect(workflows.map((wf) => wf.path)).toEqual(
      expect.arrayContaining([
        ...REUSABLE,
        'workflows/ci.yml',
        'workflows/deploy.yml',
        'workflows/rollback.yml',
        'workflows/flags.yml',
        'workflows/flags-canary.yml',
      ]),
    );
    for (const path of REUSABLE) expect(obj(named(path).doc.on)).toHaveProperty('workflow_call');
  });

  it('locks every job of a release and of a rollback in static, non-cancelling groups that differ', () => {
    const rollback = '.github/workflows/rollback.yml';
    for (const path of [PRODUCTION, rollback]) {
      const wf = named(path);
      expect(
        productionJobsLocked(
          wf,
          jobsOf(wf.doc).map(([id]) => id),
        ),
        path,
      ).toEqual([]);
    }
    // A manual rollback never queues behind (or is replaced by) a release.
    expect(concurrencyOf(named(PRODUCTION).doc.concurrency)?.group).not.toBe(
      concurrencyOf(named(rollback).doc.concurrency)?.group,
    );
    expect(concurrencyOf(jobsOf(named('workflows/rollback.yml').doc)[0]?.[1].concurrency)?.group).not.toBe(
      concurrencyOf(jobsOf(named('workflows/deploy.yml').doc)[0]?.[1].concurrency)?.group,
    );
  });

  it('sets timeout-minutes on every job that runs steps', () => {
    expect(workflows.flatMap(timeoutsSet)).toEqual([]);
  });

  it('never lets a caller hold a concurrency group its called workflows take', () => {
    expect(workflows.flatMap((wf) => callerGroupsDistinct(wf, repoLookup))).toEqual([]);
    // The templates really call the toolkit (so the check above walked something).
    for (const path of [
      'workflows/ci.yml',
      'workflows/deploy.yml',
      'workflows/rollback.yml',
      'workflows/flags.yml',
      'workflows/flags-canary.yml',
    ]) {
      const calls = jobsOf(named(path).doc).map(([, job]) => calledWorkflow(text(job.uses) ?? ''));
      expect(calls.filter(Boolean).length, path).toBeGreaterThan(0);
    }
  });

  it('routes the pipeline through the other four workflows with `$/`', () => {
    expect(pipelineCallsOthers(named('.github/workflows/pipeline.yml'))).toEqual([]);
  });

  it('aggregates every job into the one required check: `gates` in ci.yml, `result` in pipeline.yml', () => {
    expect(aggregatorNeedsAll(named('.github/workflows/ci.yml'), 'gates')).toEqual([]);
    expect(aggregatorNeedsAll(named('.github/workflows/pipeline.yml'), 'result')).toEqual([]);
  });

  it('uses every toolkit action from the workflows (their calls are checked in simulator.test.ts)', () => {
    const used = new Set(
      workflows.flatMap((wf) =>
        jobsOf(wf.doc).flatMap(([, job]) =>
          (Array.isArray(job.steps) ? job.steps : []).map((s) => text(obj(s).uses) ?? ''),
        ),
      ),
    );
    for (const name of [
      '$/',
      '$/actions/deploy',
      '$/actions/smoke-test',
      '$/actions/promote',
      '$/actions/health-check',
      '$/actions/rollback',
      '$/actions/release-outcome',
      '$/actions/gate',
      '$/actions/notify',
    ]) {
      expect(used, name).toContain(name);
    }
  });
});

// The two scripts the release's safety leans on, run with bash as the runner would (`bash -e`), with
// the job results / GitHub answers as environment variables. No network: `gh` is a stub on PATH.
const stepScript = (path: string, job: string, step: number): string => {
  const steps = obj(obj(named(path).doc.jobs)[job]).steps;
  const script = text(obj(Array.isArray(steps) ? steps[step] : undefined).run);
  if (script === undefined) throw new Error(`${path} ${job} step ${step} has no run:`);
  return script;
};

function runBash(script: string, env: Record<string, string>): { status: number | null; stdout: string } {
  const result = spawnSync('bash', ['-e', '-c', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout };
}

describe('deploy-production preflight staging check (by source tree)', () => {
  const script = stepScript(PRODUCTION, 'preflight', 1);
  const bin = mkdtempSync(join(tmpdir(), 'greenlight-gh-'));
  afterAll(() => rmSync(bin, { recursive: true, force: true }));
  // Answers like `gh api … --jq …` would: a commit's tree, the staging deployments as "id sha"
  // lines (newest first), a deployment's statuses newest first.
  writeFileSync(
    join(bin, 'gh'),
    [
      '#!/bin/bash',
      'echo "$*" >> "$GH_LOG"',
      '[ -z "$FAKE_DOWN" ] || exit 1',
      'args="$*"',
      'case "$args" in',
      '  *git/commits/*) sha=${args##*git/commits/}; sha=${sha%% *}; var="TREE_$sha"; echo "${!var:-tree-of-$sha}" ;;',
      '  *statuses*) id=${args#*deployments/}; id=${id%%/*}; var="STATES_$id"; echo "${!var}" ;;',
      '  *deployments*) printf "%b" "$FAKE_DEPLOYMENTS" ;;',
      'esac',
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'gh'), 0o755);
  const THIS = 'abcdef1234567890abcdef1234567890abcdef12';
  const DEVELOP = '1111111111111111111111111111111111111111';
  const OTHER = '2222222222222222222222222222222222222222';
  const preflight = (env: Record<string, string>) => {
    const log = join(bin, 'log');
    writeFileSync(log, '');
    const result = runBash(script, {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      GH_LOG: log,
      GITHUB_REPOSITORY: 'octo/app',
      SHA: THIS,
      REQUIRE_STAGING: 'true',
      [`TREE_${THIS}`]: 'tree-main',
      [`TREE_${DEVELOP}`]: 'tree-main',
      [`TREE_${OTHER}`]: 'tree-other',
      ...env,
    });
    return { ...result, calls: readFileSync(log, 'utf8') };
  };

  it("passes on this commit's own successful staging deployment", () => {
    const ok = preflight({ FAKE_DEPLOYMENTS: `7 ${THIS}\\n`, STATES_7: 'success in_progress' });
    expect(ok.status, ok.stdout).toBe(0);
    expect(ok.calls).toContain(
      'api --method GET repos/octo/app/deployments -f environment=staging -f per_page=30',
    );
    expect(ok.calls).toContain('repos/octo/app/deployments/7/statuses');
  });

  it('passes a merge commit whose tree staging verified under another commit (git-flow), or inactive after success', () => {
    const merged = preflight({
      FAKE_DEPLOYMENTS: `9 ${OTHER}\\n8 ${DEVELOP}\\n`,
      STATES_9: 'success',
      STATES_8: 'inactive success in_progress',
    });
    expect(merged.status, merged.stdout).toBe(0);
    expect(merged.stdout).toContain('Staging deployment 8');
    // The other tree's deployment is never taken for this one.
    expect(merged.calls).not.toContain('deployments/9/statuses');
  });

  it.each([
    ['no staging deployment', { FAKE_DEPLOYMENTS: '' }, 'has no deployment'],
    ['only another tree', { FAKE_DEPLOYMENTS: `9 ${OTHER}\\n`, STATES_9: 'success' }, 'has no deployment'],
    [
      'a failed one',
      { FAKE_DEPLOYMENTS: `7 ${THIS}\\n`, STATES_7: 'failure in_progress' },
      'none successful',
    ],
    ['one still running', { FAKE_DEPLOYMENTS: `7 ${THIS}\\n`, STATES_7: 'in_progress' }, 'none successful'],
    [
      'inactive without success',
      { FAKE_DEPLOYMENTS: `7 ${THIS}\\n`, STATES_7: 'inactive failure' },
      'none successful',
    ],
    ['an API error', { FAKE_DOWN: '1' }, 'Could not read'],
  ])('fails with one ::error:: line on %s', (_name, env, message) => {
    const result = preflight(env as Record<string, string>);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`^::error title=[^:]+::.*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'),
    );
  });

  it('skips the check when require-staging is false', () => {
    const result = preflight({ REQUIRE_STAGING: 'false' });
    expect(result.status).toBe(0);
    expect(result.calls).toBe('');
  });
});

describe('complete workflow examples in docs/workflows.md', () => {
  const markdown = readFileSync(join(repoRoot, 'docs/workflows.md'), 'utf8');
  // Complete workflows only (a top-level `jobs:`); fragments such as a `secrets:` block are skipped.
  // An example right after `<!-- policy-allows: <rule> -->` may break that one rule (the page
  // explains why next to it), and only that rule.
  const examples = [...markdown.matchAll(/(?:<!-- policy-allows: ([\w-]+) -->\n\n?)?```yaml\n([\s\S]*?)```/g)]
    .map((m) => ({ allows: m[1], source: m[2] ?? '' }))
    .filter(({ source }) => /^jobs:/m.test(source));

  it('are there to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map(({ source, allows }, i) => [i, source, allows] as const))(
    'example %i passes actionlint, the policy and the structure rules',
    async (i, source, allows) => {
      const path = `docs/workflows.md#example-${i}`;
      const runner = await loadActionlint();
      const { findings } = await runner.lintText(source, path);
      expect(findings.map((f) => runner.formatFinding(f)).join('\n')).toBe('');
      // Examples are caller templates: they carry the same placeholder pin.
      const violations = checkPolicy(source, 'workflow', { callerTemplate: true });
      if (allows !== undefined) expect(violations.map((v) => v.rule)).toContain(allows);
      expect(
        formatViolations(
          path,
          violations.filter((v) => v.rule !== allows),
        ),
      ).toBe('');
      const wf = workflow(path, source);
      expect([
        ...timeoutsSet(wf),
        ...callerGroupsDistinct(wf, repoLookup),
        ...(await checkInterfaces(path, (file) => (file === path ? source : repositorySource(file)))),
      ]).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// Each rule fails on a small bad fixture.

function mutate(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

const RELEASE = `on: workflow_call
permissions: {}
concurrency:
  group: greenlight-production
  cancel-in-progress: false
jobs:
  deploy:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment: production
    steps:
      - run: echo deploy
  verify:
    needs: deploy
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - run: echo verify
  rollback:
    needs: [deploy, verify]
    if: always() && needs.verify.result == 'failure'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment:
      name: production
    steps:
      - run: echo rollback
`;

const fixtureLookup = (workflows: Record<string, string>, actions: Record<string, string> = {}): Lookup => ({
  action: (name) => (name in actions ? obj(parse(actions[name] ?? '')) : undefined),
  workflow: (path) => (path in workflows ? obj(parse(workflows[path] ?? '')) : undefined),
});

describe('structure rules fail on bad fixtures', () => {
  const release = (source: string) => workflow('release.yml', source);

  it('passes the good fixture', () => {
    expect(productionJobsLocked(release(RELEASE), ['deploy'])).toEqual([]);
    expect(timeoutsSet(release(RELEASE))).toEqual([]);
  });

  it('productionJobsLocked: no group, a run-varying group, or a cancelling group', () => {
    const unlocked = mutate(
      RELEASE,
      'concurrency:\n  group: greenlight-production\n  cancel-in-progress: false\n',
      '',
    );
    expect(productionJobsLocked(release(unlocked), ['verify'])).toEqual([
      'release.yml: job `deploy` has no concurrency group',
      'release.yml: job `verify` has no concurrency group',
      'release.yml: job `rollback` has no concurrency group',
    ]);
    for (const group of [
      '${{ github.workflow }}-production',
      'deploy-${{ github.head_ref || github.run_id }}',
    ]) {
      expect(
        productionJobsLocked(release(mutate(RELEASE, 'group: greenlight-production', `group: ${group}`))),
      ).toEqual([
        `release.yml: job \`deploy\` group \`${group}\` varies by run or caller`,
        `release.yml: job \`rollback\` group \`${group}\` varies by run or caller`,
      ]);
    }
    expect(
      productionJobsLocked(release(mutate(RELEASE, 'cancel-in-progress: false', 'cancel-in-progress: true'))),
    ).toEqual([
      'release.yml: job `deploy` group `greenlight-production` is not cancel-in-progress: false',
      'release.yml: job `rollback` group `greenlight-production` is not cancel-in-progress: false',
    ]);
    // A job-level group overrides the workflow's, and must hold too.
    const jobGroup = mutate(
      RELEASE,
      '    environment: production\n',
      '    environment: production\n    concurrency: ""\n',
    );
    expect(productionJobsLocked(release(jobGroup))).toEqual([
      'release.yml: job `deploy` has no concurrency group',
    ]);
  });

  it('timeoutsSet: a step job without timeout-minutes (a workflow call job is exempt)', () => {
    const calls = `${RELEASE}  call:\n    uses: $/.github/workflows/x.yml\n`;
    expect(timeoutsSet(release(calls))).toEqual([]);
    const missing = mutate(
      RELEASE,
      '  verify:\n    needs: deploy\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n',
      '  verify:\n    needs: deploy\n    runs-on: ubuntu-latest\n',
    );
    expect(timeoutsSet(release(missing))).toEqual(['release.yml: job `verify` has no timeout-minutes']);
  });

  it('callerGroupsDistinct: a caller group equal to (or matching) a callee group, also one level down', () => {
    const callee = '.github/workflows/deploy-production.yml';
    const caller = (group: string) => `on: workflow_dispatch
permissions: {}
jobs:
  release:
    concurrency:
      group: ${group}
      cancel-in-progress: false
    uses: greenlight-dev/greenlight/${callee}@${'0'.repeat(40)}
`;
    const lookup = fixtureLookup({ [callee]: RELEASE });
    expect(
      callerGroupsDistinct(workflow('workflows/deploy.yml', caller('deploy-production')), lookup),
    ).toEqual([]);
    expect(
      callerGroupsDistinct(workflow('workflows/deploy.yml', caller('Greenlight-Production')), lookup),
    ).toEqual([
      `workflows/deploy.yml job \`release\` holds group \`Greenlight-Production\` while ${callee} takes \`greenlight-production\``,
    ]);
    const expression = "${{ github.event_name == 'workflow_dispatch' && 'greenlight-production' || 'ci' }}";
    expect(
      callerGroupsDistinct(workflow('workflows/deploy.yml', caller(`"${expression}"`)), lookup),
    ).toHaveLength(1);
    expect(
      callerGroupsDistinct(
        workflow('workflows/deploy.yml', caller("greenlight-${{ 'production' }}")),
        lookup,
      ),
    ).toHaveLength(1);
    // Through a pipeline: the template's group meets the group two levels down.
    const pipeline = '.github/workflows/pipeline.yml';
    const nested = fixtureLookup({
      [pipeline]: `on: workflow_call\njobs:\n  production:\n    uses: $/${callee}\n`,
      [callee]: RELEASE,
    });
    const template = caller('greenlight-production').replace(callee, pipeline);
    expect(callerGroupsDistinct(workflow('workflows/deploy.yml', template), nested)).toEqual([
      `workflows/deploy.yml job \`release\` holds group \`greenlight-production\` while ${callee} takes \`greenlight-production\``,
    ]);
    expect(callerGroupsDistinct(workflow('workflows/deploy.yml', caller('x')), fixtureLookup({}))).toEqual([
      `workflows/deploy.yml: job \`release\` calls ${callee}, which does not exist`,
    ]);
  });

  it('pipelineCallsOthers: a missing call, or one by `./` instead of `$/`', () => {
    const pipeline = `on: workflow_call
jobs:
  gates:
    uses: $/.github/workflows/ci.yml
  staging:
    uses: $/.github/workflows/deploy-staging.yml
  production:
    uses: $/.github/workflows/deploy-production.yml
  rollback:
    uses: $/.github/workflows/rollback.yml
`;
    expect(pipelineCallsOthers(workflow('p.yml', pipeline))).toEqual([]);
    expect(
      pipelineCallsOthers(
        workflow(
          'p.yml',
          mutate(
            pipeline,
            'uses: $/.github/workflows/rollback.yml',
            'uses: ./.github/workflows/rollback.yml',
          ),
        ),
      ),
    ).toEqual(['p.yml: does not call `$/.github/workflows/rollback.yml`']);
  });

  it('aggregatorNeedsAll: a job left out of needs, no always(), a result never read, a step without always()', () => {
    const ci = `on: workflow_call
jobs:
  lint:
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
  test:
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
  gates:
    needs: [lint, test]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - if: always()
        env:
          LINT: \${{ needs.lint.result }}
          TEST: \${{ needs.test.result }}
        run: exit 0
`;
    expect(aggregatorNeedsAll(workflow('ci.yml', ci), 'gates')).toEqual([]);
    const bad = mutate(
      mutate(mutate(ci, 'needs: [lint, test]', 'needs: [lint]'), '    if: always()\n', ''),
      '      - if: always()\n',
      '      - name: check\n',
    );
    expect(aggregatorNeedsAll(workflow('ci.yml', bad), 'gates')).toEqual([
      'ci.yml: job `gates` does not need `test`',
      'ci.yml: job `gates` does not run `if: always()`',
      'ci.yml: job `gates` has a step without `if: always()` (after a cancel it would be skipped)',
    ]);
    expect(
      aggregatorNeedsAll(
        workflow('ci.yml', mutate(ci, '          TEST: ${{ needs.test.result }}\n', '')),
        'gates',
      ),
    ).toEqual(['ci.yml: job `gates` never reads needs.test.result']);
  });
});
