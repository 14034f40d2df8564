// The feature-flag form (workflows/flags.yml → .github/workflows/flags.yml) through the job-graph
// simulator: each scenario dispatches the caller template as a user copies it, the `$/actions/flags`
// step runs the committed bundle (dist/flags.js) against a loopback fake of GitHub holding the
// repository's flag file, and the scenario asserts the jobs' results, the outputs the caller sees,
// the commits that landed in the fake (message and trailers), the requests sent and the Slack notice
// (the notify action against the loopback fake Slack). No sandbox, no checkout: one flags bundle
// process per change (and one notify process when Slack is on), so each scenario costs well under 2
// CPU-seconds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFlagOperation } from '../../src/flags/operations.js';
import { FLAG_OPERATIONS, type FlagRequest } from '../../src/flags/types.js';
import { type FakeGitHub, type RecordedRequest, startFakeGitHub } from '../fakes/github.js';
import { type FakeSlack, type SlackMessage, startFakeSlack } from '../fakes/slack.js';
import { type LocalExecutor, localExecutor } from './sim/executor.js';
import type { Json } from './sim/expressions.js';
import { repositorySource } from './sim/load.js';
import { type SimulatedRun, Simulator, type StepInvocation } from './sim/simulator.js';

/** The token the simulator hands out as `github.token` (and `secrets.GITHUB_TOKEN`). */
const TOKEN = 'ghs_simulated_token';
/** The simulator's `github.repository`. */
const REPOSITORY = 'octo/shop';
const TEMPLATE = 'workflows/flags.yml';
const JOB = 'flags/change';
const FLAG = 'new-checkout';
const PRODUCTION = 'flags/production.flagd.json';
const STAGING = 'flags/staging.flagd.json';

/** A flag file holding one flag, created (off) the way the action creates it. */
const createdFlagFile = (flag = FLAG): string =>
  applyFlagOperation(
    undefined,
    { operation: 'create', flag, actor: 'octocat', now: new Date('2026-01-05T09:00:00Z') },
    PRODUCTION,
  ).text;

interface FlagsScenario {
  readonly github: FakeGitHub;
  readonly sim: Simulator;
  readonly executor: LocalExecutor;
  /** Every step that ran, with its evaluated `with:`, `env:` and script. */
  readonly invocations: StepInvocation[];
  /** What the seeded files held before the scenario. */
  readonly seeded: { production: string; staging: string; head: string };
  /** Dispatches the template (Actions → Flags → Run workflow) with the form's values. */
  dispatch(inputs: Record<string, Json>, secrets?: Record<string, string>): SimulatedRun;
  /** Writes of the flag file (`PUT …/contents/…`). */
  puts(): RecordedRequest[];
  /** The flags step's log (the latest run's). */
  log(): string;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A fake GitHub whose `octo/shop` holds a production and a staging flag file, and a simulator. */
async function flagsScenario(options: { protectedEnvironments?: string[] } = {}): Promise<FlagsScenario> {
  const github = await startFakeGitHub({ token: TOKEN, repository: REPOSITORY });
  const production = createdFlagFile();
  const staging = createdFlagFile();
  github.setFile(PRODUCTION, production);
  const { commitSha: head } = github.setFile(STAGING, staging);
  // The job checks nothing out: the action reads and writes through the contents API.
  const checkout = mkdtempSync(join(tmpdir(), 'gl-flags-checkout-'));
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
  return {
    github,
    sim,
    executor,
    invocations,
    seeded: { production, staging, head },
    dispatch: (inputs, secrets = {}) =>
      sim.start({ workflow: TEMPLATE, event: 'workflow_dispatch', inputs, secrets }),
    puts: () => github.requests.filter((r) => r.method === 'PUT' && r.path.includes('/contents/')),
    log: () => executor.logs.get(`${JOB}#flags`) ?? '',
  };
}

/** The result of each job, by path. */
function results(run: SimulatedRun): Record<string, string> {
  if (!run.result) throw new Error('the run has not finished');
  return Object.fromEntries([...run.result.jobs.values()].map((job) => [job.path, job.result]));
}

/** The outputs the caller template sees from its `flags` call. */
const outputsOf = (run: SimulatedRun): Record<string, string> => run.result?.jobs.get('flags')?.outputs ?? {};

const stepOutcomes = (run: SimulatedRun): Record<string, string> =>
  Object.fromEntries((run.result?.jobs.get(JOB)?.steps ?? []).map((step) => [step.id, step.outcome]));

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

/** Resolves once the simulator's group log has `entry`. */
async function logged(sim: Simulator, entry: string): Promise<void> {
  for (let i = 0; i < 400 && !sim.groups.log.includes(entry); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(sim.groups.log).toContain(entry);
}

describe('the form (workflows/flags.yml)', () => {
  const form = (
    parse(repositorySource(TEMPLATE)) as {
      on: { workflow_dispatch: { inputs: Record<string, { type: string; options?: string[] }> } };
    }
  ).on.workflow_dispatch.inputs;

  it('offers the fourteen operations, each one the action accepts, and the environments with a flag file', () => {
    expect(form.operation?.options).toEqual([
      'create',
      'enable',
      'disable',
      'rollout',
      'advance',
      'rollback-canary',
      'kill',
      'restore',
      'override',
      'remove-override',
      'archive',
      'canary',
      'pause',
      'resume',
    ]);
    for (const operation of form.operation?.options ?? []) expect(FLAG_OPERATIONS).toContain(operation);
    // `progress` (the canary controller) is flags-canary.yml's, not a person's.
    expect(form.operation?.options).not.toContain('progress');
    expect(form['on-failure']).toMatchObject({ type: 'choice', options: ['previous-stage', 'kill'] });
    expect(form.environment).toMatchObject({ type: 'choice', options: ['production', 'staging'] });
    expect(form.variant).toMatchObject({ type: 'choice', options: ['on', 'off'] });
    expect(form['dry-run']?.type).toBe('boolean');
  });
});

describe('flags.yml through the caller template, against a fake GitHub', () => {
  it('(a) rollout 10 on a created flag: one commit with the message and trailers, changed, share ~10, a Slack notice', async () => {
    const s = await flagsScenario();
    const slack = await fakeSlack();
    const run = s.dispatch(
      { operation: 'rollout', flag: FLAG, percentage: '10', reason: 'first canary' },
      { SLACK_WEBHOOK_URL: slack.webhookUrl },
    );
    await run.done;
    expect(results(run), run.log.join('\n')).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(stepOutcomes(run)).toEqual({
      __run: 'success',
      flags: 'success',
      slack: 'success',
      'slack-describe': 'success',
      'slack-notify': 'success',
    });

    // One commit landed on the default branch, on top of the seeded head.
    const [commit, parent] = s.github.log();
    expect(parent?.sha).toBe(s.seeded.head);
    expect(commit?.message).toBe(
      [
        `flags(production): rollout ${FLAG} 0%→10%`,
        '',
        'Flag-Operation: rollout',
        'Flag-Reason: first canary',
        'Requested-By: @octocat',
        `Workflow-Run: https://github.com/${REPOSITORY}/actions/runs/${run.id}`,
        '',
      ].join('\n'),
    );
    expect(s.puts()).toHaveLength(1);
    expect(s.github.violations).toEqual([]);
    const flag = (
      JSON.parse(s.github.file(PRODUCTION) ?? '{}') as { flags: Record<string, Record<string, unknown>> }
    ).flags[FLAG];
    expect(flag?.metadata).toMatchObject({
      rolloutBasisPoints: 1000,
      reason: 'first canary',
      updatedBy: 'octocat',
      lastOperation: 'rollout',
    });
    // Only the production file changed.
    expect(s.github.file(STAGING)).toBe(s.seeded.staging);

    // The outputs the caller sees.
    const outputs = outputsOf(run);
    expect(outputs).toMatchObject({ changed: 'true', 'commit-sha': commit?.sha, 'pull-request-url': '' });
    expect(Number(outputs.share)).toBeGreaterThan(8);
    expect(Number(outputs.share)).toBeLessThan(12);

    // The form's values reached the action through `with:`, the token through github.token.
    const step = s.invocations.find((i) => i.step.id === 'flags');
    expect(step?.with).toMatchObject({
      operation: 'rollout',
      flag: FLAG,
      percentage: '10',
      environment: 'production',
      reason: 'first canary',
      mode: 'commit',
      'dry-run': 'false',
      force: 'false',
      'github-token': TOKEN,
    });

    // One flag_changed notice through the webhook, naming the change as the commit subject does,
    // with the reason and a link to the commit.
    expect(slack.requests.map((request) => `${request.endpoint} ${request.status}`)).toEqual(['webhook 200']);
    const [notice] = slack.messages;
    expect(header(notice)).toBe(`🚩 Flag changed: ${FLAG} · production`);
    expect(shown(notice)).toContain(`*Change*\\nrollout ${FLAG} 0%→10%`);
    expect(commit?.message.split('\n')[0]).toBe(`flags(production): rollout ${FLAG} 0%→10%`);
    expect(shown(notice)).toContain('first canary');
    expect(shown(notice)).toContain(`https://github.com/${REPOSITORY}/commit/${commit?.sha}`);
    // The form's values reached the notice through env and `with:`, never a script's text.
    const notify = s.invocations.find((i) => i.step.id === 'slack-notify');
    expect(notify?.with).toMatchObject({
      'webhook-url': slack.webhookUrl,
      'slack-bot-token': '',
      channel: '',
      status: 'flag_changed',
      flag: FLAG,
      'flag-change': `rollout ${FLAG} 0%→10%`,
      reason: 'first canary',
    });
    for (const invocation of s.invocations) {
      expect(invocation.script ?? '').not.toContain(FLAG);
      if (invocation.step.id !== 'slack' && invocation.step.id !== 'slack-notify')
        expect(JSON.stringify(invocation.env)).not.toContain(slack.webhookUrl);
    }
  });

  it('(a′) with a bot token: the notice is posted to the channel through the Web API', async () => {
    const s = await flagsScenario();
    const slack = await fakeSlack();
    const run = s.sim.start({
      workflow: TEMPLATE,
      event: 'workflow_dispatch',
      inputs: { operation: 'enable', flag: FLAG, reason: 'launch' },
      vars: { SLACK_CHANNEL: '#deploys' },
      secrets: { SLACK_BOT_TOKEN: slack.token },
      // The fake as the Web API root (the template leaves slack-api-url at Slack's).
      source: (path) =>
        path === TEMPLATE
          ? repositorySource(path).replace(
              '      slack-channel: ${{ vars.SLACK_CHANNEL }}\n',
              `      slack-channel: \${{ vars.SLACK_CHANNEL }}\n      slack-api-url: ${slack.apiUrl}\n`,
            )
          : repositorySource(path),
    });
    await run.done;
    expect(results(run), run.log.join('\n')).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(slack.requests.map((request) => `${request.endpoint} ${request.status}`)).toEqual([
      'chat.postMessage 200',
    ]);
    expect(slack.messages).toEqual([expect.objectContaining({ channel: 'C0DEPLOYS', threadTs: undefined })]);
    expect(header(slack.messages[0])).toBe(`🚩 Flag changed: ${FLAG} · production`);
    expect(shown(slack.messages[0])).toContain(`*Change*\\nenable ${FLAG}`);
  });

  it("words every operation's change as the action's commit subject does", () => {
    const steps = (
      parse(repositorySource('.github/workflows/flags.yml')) as {
        jobs: { change: { steps: Array<{ id?: string; run?: string }> } };
      }
    ).jobs.change.steps;
    const script = String(steps.find((step) => step.id === 'slack-describe')?.run);
    const now = new Date('2026-01-05T09:00:00Z');
    const requests: Array<Omit<FlagRequest, 'actor' | 'now'>> = [
      { operation: 'create', flag: FLAG },
      { operation: 'rollout', flag: FLAG, percentage: 12.5, reason: 'r' },
      { operation: 'enable', flag: FLAG },
      { operation: 'disable', flag: FLAG },
      {
        operation: 'canary',
        flag: FLAG,
        reason: 'r',
        canary: { healthUrl: 'https://shop.example/health', holdMs: 60_000, onFailure: 'kill' },
      },
      { operation: 'advance', flag: FLAG, reason: 'r' },
      { operation: 'rollback-canary', flag: FLAG, reason: 'r' },
      { operation: 'pause', flag: FLAG },
      { operation: 'resume', flag: FLAG },
      { operation: 'override', flag: FLAG, org: 'acme', variant: 'off' },
      { operation: 'remove-override', flag: FLAG, org: 'acme' },
      { operation: 'kill', flag: FLAG, reason: 'r' },
      { operation: 'restore', flag: FLAG },
      { operation: 'archive', flag: FLAG },
    ];
    expect(new Set(requests.map((request) => request.operation))).toEqual(new Set(FLAG_OPERATIONS));
    let text: string | undefined;
    for (const request of requests) {
      const change = applyFlagOperation(text, { actor: 'octocat', now, ...request }, PRODUCTION);
      text = change.text;
      const result = spawnSync('bash', ['-e', '-c', `${script}\ncat "$GITHUB_OUTPUT"`], {
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_OUTPUT: join(mkdtempSync(join(tmpdir(), 'gl-describe-')), 'output'),
          OPERATION: request.operation,
          FLAG: request.flag,
          ORG: request.org ?? '',
          VARIANT: request.variant ?? 'on',
          BEFORE: change.before,
          AFTER: change.after,
        },
        encoding: 'utf8',
      });
      expect(result.stdout.trim(), result.stderr).toBe(`change=${change.description}`);
    }
  });

  it.each([
    ['flag', { flag: '"; rm -rf /', percentage: '10', reason: 'canary' }],
    ['percentage', { flag: FLAG, percentage: '150', reason: 'canary' }],
    ['reason', { flag: FLAG, percentage: '10' }],
  ] as const)(
    '(b–d) a bad %s: the job fails with one line naming the input, the file untouched, no request sent',
    async (input, form) => {
      const s = await flagsScenario();
      const run = s.dispatch({ operation: 'rollout', ...form });
      await run.done;
      expect(results(run)).toEqual({ flags: 'failure', [JOB]: 'failure' });
      expect(stepOutcomes(run)).toEqual({
        __run: 'success',
        flags: 'failure',
        slack: 'skipped',
        'slack-describe': 'skipped',
        'slack-notify': 'skipped',
      });
      // The step's whole log is that one line (after masking the token).
      const lines = s
        .log()
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('::add-mask::'));
      expect(lines, s.log()).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^::error::input '${input}': `));
      // Validated before anything was read or written.
      expect(s.github.requests).toEqual([]);
      expect(s.github.file(PRODUCTION)).toBe(s.seeded.production);
      expect(s.github.branchHead('main')).toBe(s.seeded.head);
      expect(outputsOf(run).changed ?? '').toBe('');
      // The form's text never reached a shell script.
      for (const invocation of s.invocations) expect(invocation.script ?? '').not.toContain(form.flag);
    },
  );

  it('(e) dry-run: changed=true and the measured share, nothing written', async () => {
    const s = await flagsScenario();
    const slack = await fakeSlack();
    const run = s.dispatch(
      { operation: 'rollout', flag: FLAG, percentage: '10', reason: 'what would 10 % do', 'dry-run': true },
      { SLACK_WEBHOOK_URL: slack.webhookUrl },
    );
    await run.done;
    expect(results(run), run.log.join('\n')).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(outputsOf(run)).toMatchObject({ changed: 'true', 'commit-sha': '', 'pull-request-url': '' });
    expect(Number(outputsOf(run).share)).toBeGreaterThan(8);
    expect(s.puts()).toEqual([]);
    expect(s.github.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(s.github.file(PRODUCTION)).toBe(s.seeded.production);
    expect(s.github.branchHead('main')).toBe(s.seeded.head);
    // No notice for a change that did not land.
    expect(stepOutcomes(run)).toMatchObject({ slack: 'skipped', 'slack-notify': 'skipped' });
    expect(slack.requests).toEqual([]);
  });

  it('(f) two dispatches for one environment: the concurrency group runs them one after the other, both land', async () => {
    const s = await flagsScenario();
    const group = 'flags-production';
    const first = s.dispatch({ operation: 'rollout', flag: FLAG, percentage: '10', reason: 'canary' });
    await logged(s.sim, `take ${group} by run ${first.id}/${JOB}`);
    const second = s.dispatch({ operation: 'rollout', flag: FLAG, percentage: '25', reason: 'widen' });
    await Promise.all([first.done, second.done]);
    expect(results(first)).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(results(second)).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(s.sim.groups.log.filter((entry) => entry.includes(group))).toEqual([
      `take ${group} by run ${first.id}/${JOB}`,
      `wait ${group} by run ${second.id}/${JOB}`,
      `release ${group} by run ${first.id}/${JOB}`,
      `take ${group} by run ${second.id}/${JOB}`,
      `release ${group} by run ${second.id}/${JOB}`,
    ]);
    // The second applied its operation to the first's result: no conflict, one write each.
    expect(
      s.github
        .log()
        .slice(0, 2)
        .map((commit) => commit.message.split('\n')[0]),
    ).toEqual([`flags(production): rollout ${FLAG} 10%→25%`, `flags(production): rollout ${FLAG} 0%→10%`]);
    expect(s.puts()).toHaveLength(2);
    expect(outputsOf(second)['commit-sha']).toBe(s.github.branchHead('main'));
  });

  it('(f′) a third dispatch while one runs and one waits replaces the waiting one: the group is no queue', async () => {
    const s = await flagsScenario();
    const group = 'flags-production';
    const first = s.dispatch({ operation: 'rollout', flag: FLAG, percentage: '10', reason: 'canary' });
    await logged(s.sim, `take ${group} by run ${first.id}/${JOB}`);
    const replaced = s.dispatch({ operation: 'rollout', flag: FLAG, percentage: '25', reason: 'widen' });
    await logged(s.sim, `wait ${group} by run ${replaced.id}/${JOB}`);
    const third = s.dispatch({ operation: 'rollout', flag: FLAG, percentage: '50', reason: 'widen more' });
    await Promise.all([first.done, replaced.done, third.done]);
    expect(results(first)).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(results(replaced)).toEqual({ flags: 'cancelled', [JOB]: 'cancelled' });
    expect(replaced.result?.conclusion).toBe('cancelled');
    expect(results(third)).toEqual({ flags: 'success', [JOB]: 'success' });
    // The replaced dispatch changed nothing; the other two landed.
    expect(
      s.github
        .log()
        .slice(0, 2)
        .map((commit) => commit.message.split('\n')[0]),
    ).toEqual([`flags(production): rollout ${FLAG} 10%→50%`, `flags(production): rollout ${FLAG} 0%→10%`]);
    expect(s.puts()).toHaveLength(2);
  });

  it('(g) production waits for an approval (holding its group), staging does not; the approved change lands', async () => {
    const s = await flagsScenario({ protectedEnvironments: ['production'] });
    const production = s.dispatch({ operation: 'rollout', flag: FLAG, percentage: '10', reason: 'canary' });
    expect(await production.waitingForApproval()).toBe(JOB);
    expect(s.sim.groups.log).toContain(`take flags-production by run ${production.id}/${JOB}`);
    // A staging change meanwhile: its own group, no reviewers.
    const staging = s.dispatch({ operation: 'enable', flag: FLAG, environment: 'staging' });
    await staging.done;
    expect(results(staging)).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(s.github.log()[0]?.message.split('\n')[0]).toBe(`flags(staging): enable ${FLAG}`);
    // Nothing of the production change ran: no step, no request for its file.
    expect(s.invocations.filter((i) => i.runId === production.id)).toEqual([]);
    expect(s.github.requests.some((r) => r.path.includes('production.flagd.json'))).toBe(false);
    expect(s.github.file(PRODUCTION)).toBe(s.seeded.production);

    production.approve(JOB);
    await production.done;
    expect(results(production)).toEqual({ flags: 'success', [JOB]: 'success' });
    expect(s.github.log()[0]?.message.split('\n')[0]).toBe(`flags(production): rollout ${FLAG} 0%→10%`);
    expect(outputsOf(production).changed).toBe('true');
  });

  it('(h) a staging change runs in flags-staging, not in staging: it leaves no staging deployment that require-staging would accept', async () => {
    // The deploy workflows' environment is protected here, the flags one is: a flag change in
    // staging waits for the flags-staging reviewers and never enters the staging environment.
    const s = await flagsScenario({ protectedEnvironments: ['flags-staging'] });
    const staging = s.dispatch({ operation: 'enable', flag: FLAG, environment: 'staging' });
    expect(await staging.waitingForApproval()).toBe(JOB);
    expect(staging.log).toContain(`wait ${JOB}: approval for flags-staging`);
    expect(staging.log.some((line) => line.endsWith('approval for staging'))).toBe(false);
    staging.approve(JOB);
    await staging.done;
    expect(results(staging)).toEqual({ flags: 'success', [JOB]: 'success' });
  });
});
