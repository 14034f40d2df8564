// The canary controller (workflows/flags-canary.yml → .github/workflows/flags-canary.yml) through the
// job-graph simulator: each scenario triggers the caller template as a user copies it (on its
// schedule, or "Run workflow"), the `$/actions/flags` step runs the committed bundle
// (dist/flags.js, `operation: progress`) against a loopback fake of GitHub holding the flag files
// and a loopback health target, and the scenario asserts the jobs' results, each environment's
// decisions, the commits that landed in the fake (message and trailers), the health requests and
// the Slack notices (the notify action against the loopback fake Slack). Each stage's analysis is 2
// measurements 200 ms apart, so each scenario costs well under 2 CPU-seconds (one flags bundle
// process per environment and pass, and one notify process per pass that changed a flag).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFlagOperation } from '../../src/flags/operations.js';
import type { FlagRequest, OnFailure } from '../../src/flags/types.js';
import { type FakeGitHub, type RecordedRequest, startFakeGitHub } from '../fakes/github.js';
import { type FakeSlack, type SlackMessage, startFakeSlack } from '../fakes/slack.js';
import { type TestServer, startServer } from '../helpers/server.js';
import { type LocalExecutor, localExecutor } from './sim/executor.js';
import type { Json } from './sim/expressions.js';
import { checkInterfaces } from './sim/interface.js';
import { repositorySource } from './sim/load.js';
import { type SimulatedRun, Simulator, type StepInvocation } from './sim/simulator.js';

/** The token the simulator hands out as `github.token`. */
const TOKEN = 'ghs_simulated_token';
const REPOSITORY = 'octo/shop';
const TEMPLATE = 'workflows/flags-canary.yml';
const FORM = 'workflows/flags.yml';
const REUSABLE = '.github/workflows/flags-canary.yml';
/** The controller's job for one environment: template job `canary`, called matrix job `progress`. */
const jobOf = (environment: string): string => `canary/progress (${environment})`;
const FORM_JOB = 'flags/change';
const PRODUCTION = 'flags/production.flagd.json';
const STAGING = 'flags/staging.flagd.json';
const fileOf = (environment: string): string => `flags/${environment}.flagd.json`;
/** When the seeded canaries started: long ago, so a stage held since then is due. */
const PAST = new Date('2026-01-05T09:00:00Z');
/**
 * Each stage's analysis: 2 measurements 200 ms apart. Not shorter: each request's timeout is half
 * the interval, and a loopback answer can take tens of ms on a loaded 2-core machine.
 */
const HEALTH = { 'health-interval': '200ms', 'health-count': '2' };

interface SeededFlag {
  readonly flag: string;
  /** A canary policy: the flag starts at its first stage (1 %) and advances `advanced` times. */
  readonly canary?: { healthUrl: string; holdMs?: number; onFailure?: OnFailure; since?: Date };
  readonly advanced?: number;
  /** No canary: a plain rollout to this percentage (0 = created, off). */
  readonly rollout?: number;
}

/** A flag file written as the action writes it: each flag created, then put in its canary or rollout. */
function flagFile(flags: readonly SeededFlag[], where = PRODUCTION): string {
  let text: string | undefined;
  const apply = (request: Omit<FlagRequest, 'actor'>): void => {
    text = applyFlagOperation(text, { actor: 'octocat', ...request }, where).text;
  };
  for (const seeded of flags) {
    const { flag } = seeded;
    apply({ operation: 'create', flag, now: PAST });
    if (seeded.canary) {
      const now = seeded.canary.since ?? PAST;
      const { healthUrl, holdMs = 30 * 60_000, onFailure = 'previous-stage' } = seeded.canary;
      apply({ operation: 'canary', flag, now, reason: 'start', canary: { healthUrl, holdMs, onFailure } });
      for (let i = 0; i < (seeded.advanced ?? 0); i++)
        apply({ operation: 'advance', flag, now, reason: 'by hand' });
    } else if (seeded.rollout) {
      apply({ operation: 'rollout', flag, now: PAST, percentage: seeded.rollout, reason: 'plain' });
    }
  }
  return text ?? '';
}

type FlagJson = { state: string; metadata: Record<string, unknown> };
const flagsIn = (text: string | undefined): Record<string, FlagJson> =>
  (JSON.parse(text ?? '{}') as { flags: Record<string, FlagJson> }).flags;

interface Decision {
  flag: string;
  stage: number;
  stageNumber: number;
  stages: number[];
  heldMs?: number;
  holdMs: number;
  verdict: string;
  action: string;
  reason: string;
  commitSha?: string;
  superseded?: boolean;
}

interface CanaryScenario {
  readonly github: FakeGitHub;
  readonly sim: Simulator;
  readonly executor: LocalExecutor;
  readonly invocations: StepInvocation[];
  /** The head of `main` after seeding. */
  readonly head: string;
  /** The controller's scheduled run (the cron fires). */
  schedule(secrets?: Record<string, string>): SimulatedRun;
  /** Actions → Flag canaries → Run workflow. */
  dispatch(environment: string, secrets?: Record<string, string>): SimulatedRun;
  /** Actions → Flags → Run workflow (the form for one change). */
  change(inputs: Record<string, Json>): SimulatedRun;
  /** Writes of a flag file (`PUT …/contents/…`). */
  puts(): RecordedRequest[];
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * A fake GitHub whose `octo/shop` holds the given flag files, a simulator whose controller template
 * analyses each stage with {@link HEALTH} (the template's own 6 × 10s would cost a minute a flag).
 */
async function canaryScenario(
  files: Record<string, string>,
  options: { protectedEnvironments?: string[] } = {},
): Promise<CanaryScenario> {
  const github = await startFakeGitHub({ token: TOKEN, repository: REPOSITORY });
  let head = '';
  for (const [path, text] of Object.entries(files)) head = github.setFile(path, text).commitSha;
  const checkout = mkdtempSync(join(tmpdir(), 'gl-canary-checkout-'));
  const invocations: StepInvocation[] = [];
  const executor = localExecutor({
    checkout,
    env: { GITHUB_API_URL: github.url },
    onStep: (invocation) => invocations.push(invocation),
  });
  cleanups.push(async () => {
    await github.close();
    rmSync(checkout, { recursive: true, force: true });
    rmSync(executor.root, { recursive: true, force: true });
  });
  const sim = new Simulator(executor.execute, {
    protectedEnvironments: options.protectedEnvironments ?? [],
  });
  // The template as a user copies it, with a shorter analysis (see HEALTH).
  const template = repositorySource(TEMPLATE)
    .replace('health-interval: 10s\n', `health-interval: ${HEALTH['health-interval']}\n`)
    .replace("health-count: '6'\n", `health-count: '${HEALTH['health-count']}'\n`);
  expect(template).not.toBe(repositorySource(TEMPLATE));
  const source = (path: string): string => (path === TEMPLATE ? template : repositorySource(path));
  return {
    github,
    sim,
    executor,
    invocations,
    head,
    schedule: (secrets = {}) => sim.start({ workflow: TEMPLATE, event: 'schedule', secrets, source }),
    dispatch: (environment, secrets = {}) =>
      sim.start({ workflow: TEMPLATE, event: 'workflow_dispatch', inputs: { environment }, secrets, source }),
    change: (inputs) => sim.start({ workflow: FORM, event: 'workflow_dispatch', inputs }),
    puts: () => github.requests.filter((r) => r.method === 'PUT' && r.path.includes('/contents/')),
  };
}

/** A loopback health target answering every request with `status`. */
async function healthTarget(status: number): Promise<TestServer> {
  const server = await startServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'text/plain' });
    response.end(status < 400 ? 'ok' : 'broken');
  });
  cleanups.push(() => server.close());
  return server;
}

/** The loopback fake Slack (incoming webhook and Web API), closed after the test. */
async function fakeSlack(): Promise<FakeSlack> {
  const slack = await startFakeSlack();
  cleanups.push(() => slack.close());
  return slack;
}

/** A notice's header, and everything it shows (fields, reason, context) as one string. */
const header = (message: SlackMessage | undefined): string =>
  String((message?.blocks?.[0] as { text?: { text?: string } } | undefined)?.text?.text ?? '');
const shown = (message: SlackMessage | undefined): string =>
  JSON.stringify([message?.text, message?.blocks, message?.attachments]);

/** The result of each job, by path. */
function results(run: SimulatedRun): Record<string, string> {
  if (!run.result) throw new Error('the run has not finished');
  return Object.fromEntries([...run.result.jobs.values()].map((job) => [job.path, job.result]));
}

/** One environment's decisions (the controller job's `decisions` output). */
function decisionsOf(run: SimulatedRun, environment: string): Decision[] {
  const outputs = run.result?.jobs.get(jobOf(environment))?.outputs ?? {};
  return JSON.parse(outputs.decisions || 'null') as Decision[];
}

const stepOutcomes = (run: SimulatedRun, job: string): Record<string, string> =>
  Object.fromEntries((run.result?.jobs.get(job)?.steps ?? []).map((step) => [step.id, step.outcome]));

/** The files a commit changed, against its first parent. */
function changedFiles(github: FakeGitHub, sha: string): string[] {
  const log = github.log();
  const index = log.findIndex((commit) => commit.sha === sha);
  const commit = log[index];
  const parent = log[index + 1];
  if (!commit || !parent) throw new Error(`commit ${sha} is not on main with a parent`);
  return [...new Set([...commit.files.keys(), ...parent.files.keys()])]
    .filter((path) => commit.files.get(path) !== parent.files.get(path))
    .sort();
}

const subjects = (github: FakeGitHub, count: number): string[] =>
  github
    .log()
    .slice(0, count)
    .map((commit) => commit.message.split('\n')[0] ?? '');

/** Resolves once the simulator's group log has `entry`. */
async function logged(sim: Simulator, entry: string): Promise<void> {
  for (let i = 0; i < 400 && !sim.groups.log.includes(entry); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(sim.groups.log).toContain(entry);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the controller template (workflows/flags-canary.yml) and its reusable workflow', () => {
  type Workflow = {
    on: Record<string, unknown>;
    permissions: unknown;
    jobs: Record<string, Record<string, unknown>>;
  };
  const template = parse(repositorySource(TEMPLATE)) as Workflow;
  const reusable = parse(repositorySource(REUSABLE)) as Workflow;
  const form = parse(repositorySource('.github/workflows/flags.yml')) as Workflow;

  it('runs every 15 minutes and on "Run workflow" for one environment or all', () => {
    expect(template.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(template.on.workflow_dispatch).toMatchObject({
      inputs: { environment: { type: 'choice', options: ['all', 'production', 'staging'], default: 'all' } },
    });
    expect(template.permissions).toEqual({});
    expect(String(template.jobs.canary?.uses)).toBe(
      `greenlight-dev/greenlight/${REUSABLE}@${'0'.repeat(40)}`,
    );
  });

  it('names no environment (no reviewer every 15 minutes) and takes the flags form’s group', () => {
    const job = reusable.jobs.progress ?? {};
    expect(job).not.toHaveProperty('environment');
    expect(job.concurrency).toEqual({
      group: 'flags-${{ matrix.environment }}',
      'cancel-in-progress': false,
    });
    // The same group as the form's change job, per environment.
    expect(form.jobs.change?.concurrency).toEqual({
      group: 'flags-${{ inputs.environment }}',
      'cancel-in-progress': false,
    });
    expect(job.strategy).toEqual({
      'fail-fast': false,
      matrix: { environment: '${{ fromJSON(inputs.environments) }}' },
    });
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(reusable.permissions).toEqual({});
  });

  it('calls the reusable workflows and the flags action with inputs they declare', async () => {
    for (const path of [TEMPLATE, FORM]) expect(await checkInterfaces(path), path).toEqual([]);
  });
});

describe('flags-canary.yml through the caller template, against a fake GitHub and a health target', () => {
  it('(a) a scheduled pass: the due healthy canary advances 1%→10% in one commit, the held one is left; decisions list both', async () => {
    const health = await healthTarget(200);
    const production = flagFile([
      { flag: 'new-checkout', canary: { healthUrl: `${health.origin}/new-checkout` } },
      // Started a moment ago, held for an hour: not due.
      {
        flag: 'dark-mode',
        canary: { healthUrl: `${health.origin}/dark-mode`, holdMs: 3_600_000, since: new Date() },
      },
    ]);
    const staging = flagFile([{ flag: 'new-checkout' }], STAGING);
    const s = await canaryScenario({ [PRODUCTION]: production, [STAGING]: staging });
    const slack = await fakeSlack();
    const run = s.schedule({ SLACK_WEBHOOK_URL: slack.webhookUrl });
    await run.done;
    expect(results(run), run.log.join('\n')).toEqual({
      canary: 'success',
      'canary/progress': 'success',
      [jobOf('production')]: 'success',
      [jobOf('staging')]: 'success',
    });
    expect(stepOutcomes(run, jobOf('production'))).toEqual({
      __run: 'success',
      flags: 'success',
      slack: 'success',
      'slack-describe': 'success',
      'slack-notify': 'success',
    });

    // One commit, on top of the seeded head, changing only the production file.
    const [commit, parent] = s.github.log();
    expect(parent?.sha).toBe(s.head);
    expect(commit?.message).toMatch(
      new RegExp(
        `^${escape('flags(production): advance new-checkout 1%→10%')}\n\n` +
          'Flag-Operation: advance\n' +
          'Flag-Reason: canary stage healthy: .+\n' +
          'Requested-By: @octocat\n' +
          `Workflow-Run: ${escape(`https://github.com/${REPOSITORY}/actions/runs/${run.id}`)}\n$`,
      ),
    );
    expect(s.puts()).toHaveLength(1);
    expect(changedFiles(s.github, commit?.sha ?? '')).toEqual([PRODUCTION]);
    expect(s.github.violations).toEqual([]);
    const after = flagsIn(s.github.file(PRODUCTION));
    expect(after['new-checkout']?.metadata).toMatchObject({
      rolloutBasisPoints: 1000,
      lastOperation: 'advance',
    });
    // The new stage's clock starts at the pass.
    expect(Date.now() - Date.parse(String(after['new-checkout']?.metadata.stageSince))).toBeLessThan(60_000);
    expect(after['dark-mode']).toEqual(flagsIn(production)['dark-mode']);

    // Only the due flag's target was measured: the analysis's 2 measurements.
    expect(health.requests.map((request) => request.url)).toEqual(['/new-checkout', '/new-checkout']);

    // The decisions output lists both flags, in file order.
    const decisions = decisionsOf(run, 'production');
    expect(decisions).toEqual([
      expect.objectContaining({
        flag: 'new-checkout',
        stage: 1,
        stageNumber: 1,
        stages: [1, 10, 25, 50, 100],
        verdict: 'healthy',
        action: 'advance',
        commitSha: commit?.sha,
      }),
      expect.objectContaining({
        flag: 'dark-mode',
        stage: 1,
        holdMs: 3_600_000,
        verdict: 'not due',
        action: 'hold',
      }),
    ]);
    expect(decisions[1]).not.toHaveProperty('commitSha');
    expect(run.result?.jobs.get(jobOf('production'))?.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': commit?.sha,
    });
    // Staging: nothing in a canary, nothing written, no notice step.
    expect(decisionsOf(run, 'staging')).toEqual([]);
    expect(stepOutcomes(run, jobOf('staging'))).toEqual({
      __run: 'success',
      flags: 'success',
      slack: 'skipped',
      'slack-describe': 'skipped',
      'slack-notify': 'skipped',
    });

    // The controller ran as the template says: progress, per environment, with the job's token.
    const steps = s.invocations.filter((invocation) => invocation.step.id === 'flags');
    expect(
      steps.map((step) => step.with).sort((a, b) => (a.environment ?? '').localeCompare(b.environment ?? '')),
    ).toEqual([
      { operation: 'progress', environment: 'production', ...HEALTH, mode: 'commit', 'github-token': TOKEN },
      { operation: 'progress', environment: 'staging', ...HEALTH, mode: 'commit', 'github-token': TOKEN },
    ]);

    // One flag_changed notice, for the decision that changed something (not the held flag), worded
    // as its commit subject, with the analysis's reason and the commit.
    expect(slack.requests.map((request) => `${request.endpoint} ${request.status}`)).toEqual(['webhook 200']);
    const [notice] = slack.messages;
    expect(header(notice)).toBe('🚩 Flag changed: new-checkout · production');
    expect(shown(notice)).toContain('*Change*\\nadvance new-checkout 1%→10%');
    expect(shown(notice)).toMatch(/new-checkout: canary stage healthy: [^"]+/);
    expect(shown(notice)).toContain(`https://github.com/${REPOSITORY}/commit/${commit?.sha}`);
    expect(shown(notice)).not.toContain('dark-mode');
    // The decisions reached the script through env, never its text.
    const describe = s.invocations.find((invocation) => invocation.step.id === 'slack-describe');
    expect(describe?.script).not.toContain('new-checkout');
    expect(describe?.env.DECISIONS).toContain('new-checkout');
  });

  it('(b) an unhealthy target: one flag goes back a stage, one whose policy says kill is killed; job succeeds with warnings', async () => {
    const health = await healthTarget(500);
    const production = flagFile([
      { flag: 'new-checkout', canary: { healthUrl: `${health.origin}/new-checkout` }, advanced: 1 },
      { flag: 'payments', canary: { healthUrl: `${health.origin}/payments`, onFailure: 'kill' } },
    ]);
    const s = await canaryScenario({ [PRODUCTION]: production });
    const slack = await fakeSlack();
    const run = s.dispatch('production', { SLACK_WEBHOOK_URL: slack.webhookUrl });
    await run.done;
    expect(results(run), run.log.join('\n')).toEqual({
      canary: 'success',
      'canary/progress': 'success',
      [jobOf('production')]: 'success',
    });

    // One commit per decision, in file order.
    const [kill, rollback, parent] = s.github.log();
    expect(parent?.sha).toBe(s.head);
    expect(rollback?.message).toMatch(
      new RegExp(
        `^${escape('flags(production): rollback-canary new-checkout 10%→1%')}\n\n` +
          'Flag-Operation: rollback-canary\nFlag-Reason: canary stage unhealthy: .+\nRequested-By: @octocat\n',
      ),
    );
    expect(kill?.message).toMatch(
      new RegExp(
        `^${escape('flags(production): kill payments')}\n\n` +
          'Flag-Operation: kill\nFlag-Reason: canary stage unhealthy: .+\nRequested-By: @octocat\n',
      ),
    );
    expect(s.puts()).toHaveLength(2);
    const after = flagsIn(s.github.file(PRODUCTION));
    expect(after['new-checkout']?.metadata).toMatchObject({
      rolloutBasisPoints: 100,
      lastOperation: 'rollback-canary',
    });
    expect(after.payments).toMatchObject({ state: 'DISABLED', metadata: { lastOperation: 'kill' } });

    expect(decisionsOf(run, 'production')).toEqual([
      expect.objectContaining({
        flag: 'new-checkout',
        stage: 10,
        verdict: 'unhealthy',
        action: 'rollback-canary',
        commitSha: rollback?.sha,
      }),
      expect.objectContaining({
        flag: 'payments',
        stage: 1,
        verdict: 'unhealthy',
        action: 'kill',
        commitSha: kill?.sha,
      }),
    ]);
    // A warning annotation per flag taken back, for whoever looks at the run.
    const log = s.executor.logs.get(`${jobOf('production')}#flags`) ?? '';
    expect(log).toMatch(/^::warning title=canary new-checkout%3A rollback-canary::at 10%25: /m);
    expect(log).toMatch(/^::warning title=canary payments%3A kill::at 1%25: /m);

    // One notice for the pass, listing both decisions as their commit subjects, with each reason.
    expect(slack.requests.map((request) => `${request.endpoint} ${request.status}`)).toEqual(['webhook 200']);
    const [notice] = slack.messages;
    expect(header(notice)).toBe('🚩 Flag changed: new-checkout, payments · production');
    expect(shown(notice)).toContain('*Change*\\nrollback-canary new-checkout 10%→1%; kill payments');
    expect(subjects(s.github, 2)).toEqual([
      'flags(production): kill payments',
      'flags(production): rollback-canary new-checkout 10%→1%',
    ]);
    expect(shown(notice)).toMatch(
      /new-checkout: canary stage unhealthy: [^"]+; payments: canary stage unhealthy: [^"]+/,
    );
    // Two decisions, two commits: the notice links the run (its context line), not one commit.
    expect(shown(notice)).not.toContain('*URL*');
  });

  it('(c) nothing in a canary: no write, every job succeeds, no notice', async () => {
    const health = await healthTarget(200);
    const production = flagFile([
      { flag: 'off-flag' },
      { flag: 'plain-rollout', rollout: 25 },
      // A canary finished: at 100 % it is no longer in a canary stage.
      { flag: 'done', canary: { healthUrl: health.url }, advanced: 4 },
    ]);
    const s = await canaryScenario({ [PRODUCTION]: production });
    const slack = await fakeSlack();
    // No staging file at all: nothing to do there either.
    const run = s.schedule({ SLACK_WEBHOOK_URL: slack.webhookUrl });
    await run.done;
    expect(results(run), run.log.join('\n')).toEqual({
      canary: 'success',
      'canary/progress': 'success',
      [jobOf('production')]: 'success',
      [jobOf('staging')]: 'success',
    });
    expect(s.puts()).toEqual([]);
    expect(s.github.requests.every((request) => request.method === 'GET')).toBe(true);
    expect(s.github.branchHead('main')).toBe(s.head);
    expect(health.requests).toEqual([]);
    for (const environment of ['production', 'staging']) {
      expect(decisionsOf(run, environment)).toEqual([]);
      expect(run.result?.jobs.get(jobOf(environment))?.outputs.changed).toBe('false');
      expect(stepOutcomes(run, jobOf(environment)).slack).toBe('skipped');
    }
    expect(slack.requests).toEqual([]);
  });

  it('(d) two environments: two matrix jobs in their own groups, each committing only its own file', async () => {
    const health = await healthTarget(200);
    const s = await canaryScenario({
      [PRODUCTION]: flagFile([
        { flag: 'new-checkout', canary: { healthUrl: `${health.origin}/production` } },
      ]),
      [STAGING]: flagFile(
        [{ flag: 'new-checkout', canary: { healthUrl: `${health.origin}/staging` }, advanced: 2 }],
        STAGING,
      ),
    });
    const run = s.dispatch('all');
    await run.done;
    expect(results(run), run.log.join('\n')).toEqual({
      canary: 'success',
      'canary/progress': 'success',
      [jobOf('production')]: 'success',
      [jobOf('staging')]: 'success',
    });
    for (const environment of ['production', 'staging'])
      expect(s.sim.groups.log).toContain(`take flags-${environment} by run ${run.id}/${jobOf(environment)}`);

    expect(subjects(s.github, 2).sort()).toEqual([
      'flags(production): advance new-checkout 1%→10%',
      'flags(staging): advance new-checkout 25%→50%',
    ]);
    expect(
      s
        .puts()
        .map((put) => decodeURIComponent(put.path))
        .sort(),
    ).toEqual([`/repos/${REPOSITORY}/contents/${PRODUCTION}`, `/repos/${REPOSITORY}/contents/${STAGING}`]);
    for (const environment of ['production', 'staging']) {
      const [decision] = decisionsOf(run, environment);
      expect(decision).toMatchObject({ action: 'advance', verdict: 'healthy' });
      // The environment's commit changed only the environment's file.
      expect(changedFiles(s.github, decision?.commitSha ?? '')).toEqual([fileOf(environment)]);
      expect(s.github.log().find((commit) => commit.sha === decision?.commitSha)?.message).toMatch(
        new RegExp(`^flags\\(${environment}\\): `),
      );
    }
    // Each environment's pass measured its own target.
    expect(health.requests.map((request) => request.url).sort()).toEqual([
      '/production',
      '/production',
      '/staging',
      '/staging',
    ]);
  });

  it('(e) a pass and a change from the form on one environment: the shared group runs them one after the other', async () => {
    const health = await healthTarget(200);
    const s = await canaryScenario({
      [PRODUCTION]: flagFile([{ flag: 'new-checkout', canary: { healthUrl: health.url } }]),
    });
    const group = 'flags-production';
    const pass = s.schedule();
    await logged(s.sim, `take ${group} by run ${pass.id}/${jobOf('production')}`);
    const change = s.change({ operation: 'pause', flag: 'new-checkout', reason: 'looking at a graph' });
    await Promise.all([pass.done, change.done]);
    expect(results(pass)[jobOf('production')]).toBe('success');
    expect(results(change)).toEqual({ flags: 'success', [FORM_JOB]: 'success' });
    expect(s.sim.groups.log.filter((entry) => entry.includes(group))).toEqual([
      `take ${group} by run ${pass.id}/${jobOf('production')}`,
      `wait ${group} by run ${change.id}/${FORM_JOB}`,
      `release ${group} by run ${pass.id}/${jobOf('production')}`,
      `take ${group} by run ${change.id}/${FORM_JOB}`,
      `release ${group} by run ${change.id}/${FORM_JOB}`,
    ]);
    // The person's change applied to the controller's result: both landed, one write each.
    expect(subjects(s.github, 2)).toEqual([
      'flags(production): pause new-checkout',
      'flags(production): advance new-checkout 1%→10%',
    ]);
    expect(s.puts()).toHaveLength(2);
    expect(flagsIn(s.github.file(PRODUCTION))['new-checkout']?.metadata).toMatchObject({
      rolloutBasisPoints: 1000,
      canaryPaused: true,
    });
  });

  it('(e′) a pass waits behind a change awaiting its reviewers, a newer pass replaces it, and it sees the change', async () => {
    const health = await healthTarget(200);
    const s = await canaryScenario(
      { [PRODUCTION]: flagFile([{ flag: 'new-checkout', canary: { healthUrl: health.url } }]) },
      { protectedEnvironments: ['production'] },
    );
    const group = 'flags-production';
    const change = s.change({ operation: 'pause', flag: 'new-checkout', reason: 'looking at a graph' });
    expect(await change.waitingForApproval()).toBe(FORM_JOB);
    // The controller's job names no environment: it asks no reviewer, it waits for the group.
    const first = s.dispatch('production');
    await logged(s.sim, `wait ${group} by run ${first.id}/${jobOf('production')}`);
    const second = s.dispatch('production');
    await first.done;
    expect(results(first)[jobOf('production')]).toBe('cancelled');
    await logged(s.sim, `wait ${group} by run ${second.id}/${jobOf('production')}`);
    expect(s.invocations).toEqual([]);

    change.approve(FORM_JOB);
    await Promise.all([change.done, second.done]);
    expect(results(change)).toEqual({ flags: 'success', [FORM_JOB]: 'success' });
    expect(results(second)[jobOf('production')]).toBe('success');
    // The pass ran after the pause landed: it held the paused flag and wrote nothing.
    expect(subjects(s.github, 1)).toEqual(['flags(production): pause new-checkout']);
    expect(s.puts()).toHaveLength(1);
    expect(decisionsOf(second, 'production')).toEqual([
      expect.objectContaining({ flag: 'new-checkout', verdict: 'paused', action: 'hold' }),
    ]);
    expect(health.requests).toEqual([]);
  });

  it('(f) the form starts a canary with its health URL and policy; the next pass holds it until it is due', async () => {
    const health = await healthTarget(200);
    const s = await canaryScenario({ [PRODUCTION]: flagFile([{ flag: 'new-checkout' }]) });
    const change = s.change({
      operation: 'canary',
      flag: 'new-checkout',
      reason: 'start the canary',
      'health-url': `${health.origin}/new-checkout`,
      'on-failure': 'kill',
    });
    await change.done;
    expect(results(change), change.log.join('\n')).toEqual({ flags: 'success', [FORM_JOB]: 'success' });
    expect(subjects(s.github, 1)).toEqual(['flags(production): canary new-checkout 0%→1%']);
    expect(flagsIn(s.github.file(PRODUCTION))['new-checkout']?.metadata).toMatchObject({
      rolloutBasisPoints: 100,
      canaryHealthUrl: `${health.origin}/new-checkout`,
      canaryOnFailure: 'kill',
      canaryHoldMs: 30 * 60_000,
    });
    expect(s.invocations.find((invocation) => invocation.step.id === 'flags')?.with).toMatchObject({
      operation: 'canary',
      'health-url': `${health.origin}/new-checkout`,
      'on-failure': 'kill',
      hold: '30m',
      checks: '',
    });

    const pass = s.dispatch('production');
    await pass.done;
    expect(results(pass)[jobOf('production')]).toBe('success');
    expect(decisionsOf(pass, 'production')).toEqual([
      expect.objectContaining({ flag: 'new-checkout', stage: 1, verdict: 'not due', action: 'hold' }),
    ]);
    expect(s.puts()).toHaveLength(1);
    expect(health.requests).toEqual([]);
  });
});
