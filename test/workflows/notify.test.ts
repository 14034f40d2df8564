// Slack notices of the release workflows, through the job-graph simulator with the loopback fake
// Slack (test/fakes/slack.ts: incoming webhook and Web API): each scenario calls
// deploy-production.yml (or the rollback template) with the Slack secrets a caller passes, the notify
// steps running the committed dist/notify.js against the fake, and asserts what Slack received —
// one message per release updated in place with thread replies (bot token), one message per notice
// (webhook), nothing at all without a secret — and that the run's result never depends on Slack.
//
// Kept cheap (each scenario well under 2 CPU-seconds): the release is called directly, not through
// pipeline.yml (no gates, no npm), with a prebuilt app (no build) and a 2-measurement health window;
// where the scenario is about the notices rather than the release, the release step is decided by
// the test (`overrides`) from a production the seed put live, and only the outcome job's
// release-outcome reads it back.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type FakeSlack, type SlackMessage, startFakeSlack } from '../fakes/slack.js';
import { breakNextOnDomains } from '../helpers/sandbox-env.js';
import { deployReady } from '../sandbox/helpers.js';
import { repositorySource } from './sim/load.js';
import { type Scenario, results, scenario } from './sim/harness.js';
import type { SimulatedRun, StepResult } from './sim/simulator.js';

const PRODUCTION = '.github/workflows/deploy-production.yml';
const CALLER = 'test/release-caller.yml';
const RELEASE = 'production/release';
const OUTCOME = 'production/outcome';

/**
 * A caller of deploy-production.yml as a user writes one ("Using the workflows directly"), with the
 * test's settings: the sandbox as Vercel, a prebuilt `dist/` (no build), no staging check, a
 * 2-measurement health window, and the Slack Web API of the fake.
 */
const CALLER_SOURCE = `name: Release
on: workflow_dispatch
permissions: {}
jobs:
  production:
    permissions:
      contents: read
      deployments: write
    uses: $/${PRODUCTION}
    with:
      production-url: \${{ vars.PRODUCTION_URL }}
      vercel-org-id: \${{ vars.VERCEL_ORG_ID }}
      vercel-project-id: \${{ vars.VERCEL_PROJECT_ID }}
      vercel-api-url: \${{ vars.VERCEL_API_URL }}
      require-staging: false
      build-command: ''
      path: dist
      health-interval: 300ms
      health-count: 2
      rollback-timeout: 20s
      slack-channel: \${{ vars.SLACK_CHANNEL }}
      slack-api-url: \${{ vars.SLACK_API_URL }}
    secrets:
      VERCEL_TOKEN: \${{ secrets.VERCEL_TOKEN }}
      SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
      SLACK_BOT_TOKEN: \${{ secrets.SLACK_BOT_TOKEN }}
`;

/** A caller of deploy-staging.yml, the same way; its smoke test looks for a version not built. */
const STAGING_CALLER = 'test/staging-caller.yml';
const STAGING_SOURCE = `name: Staging
on: push
permissions: {}
jobs:
  staging:
    permissions:
      contents: read
    uses: $/.github/workflows/deploy-staging.yml
    with:
      vercel-org-id: \${{ vars.VERCEL_ORG_ID }}
      vercel-project-id: \${{ vars.VERCEL_PROJECT_ID }}
      vercel-api-url: \${{ vars.VERCEL_API_URL }}
      build-command: ''
      path: dist
      alias: \${{ vars.STAGING_DOMAIN }}
      health-url: \${{ vars.STAGING_HEALTH_URL }}
      health-interval: 300ms
      health-count: 1
      smoke-checks: |
        - name: the new version
          path: /
          expect:
            status: 200
            body-contains: version 3
    secrets:
      VERCEL_TOKEN: \${{ secrets.VERCEL_TOKEN }}
      SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
`;

/** The caller repository: the app already built. */
const APP = {
  'dist/index.html': '<!doctype html><title>Shop</title><p>version 2</p>',
  'dist/api/health.json': JSON.stringify({ status: 'ok', version: '2' }),
};

interface NotifyScenario extends Scenario {
  readonly slack: FakeSlack;
  /**
   * Puts `version` live as a production deployment through the sandbox's API, in-process (the
   * harness's `seed` runs the release bundle: a third of a CPU-second more per version).
   */
  seed(version: string): Promise<string>;
  /** Dispatches the caller with these Slack secrets (and SLACK_CHANNEL), the fake as the Web API. */
  release(secrets?: Record<string, string>, channel?: string): SimulatedRun;
}

function notifyTest(name: string, body: (s: NotifyScenario) => Promise<void>): void {
  it.concurrent(name, async () => {
    const [base, slack] = await Promise.all([scenario({ app: APP }), startFakeSlack()]);
    const s: NotifyScenario = {
      ...base,
      slack,
      seed: async (version: string) =>
        (
          (await deployReady(
            base.sb,
            {
              'index.html': `<!doctype html><title>Shop</title><p>version ${version}</p>`,
              'api/health.json': JSON.stringify({ status: 'ok', version }),
            },
            { target: 'production' },
          )) as { id: string }
        ).id,
      release: (secrets: Record<string, string> = {}, channel = '#deploys') =>
        base.sim.start({
          workflow: CALLER,
          event: 'workflow_dispatch',
          sha: 'c0ffee0000000000000000000000000000000001',
          source: (path) => (path === CALLER ? CALLER_SOURCE : repositorySource(path)),
          vars: {
            VERCEL_ORG_ID: base.sb.teamId,
            VERCEL_PROJECT_ID: base.sb.projectId,
            VERCEL_API_URL: base.sb.api,
            PRODUCTION_URL: base.sb.origins.production,
            SLACK_CHANNEL: channel,
            SLACK_API_URL: slack.apiUrl,
          },
          secrets: { VERCEL_TOKEN: base.sb.token, ...secrets },
        }),
    };
    try {
      await body(s);
    } finally {
      await Promise.all([base.close(), slack.close()]);
    }
  });
}

/**
 * Decides the release step instead of running the release bundle: the outputs a release that ended
 * `outcome` would write, about `deployment` (already put live, or not, by the seed).
 */
function decideRelease(
  s: Scenario,
  outputs: { outcome: string; deployment: string; previous: string },
  result: StepResult['outcome'] = outputs.outcome === 'promoted' ? 'success' : 'failure',
): void {
  s.overrides.set(`${RELEASE}#release`, {
    outcome: result,
    outputs: {
      outcome: outputs.outcome,
      'deployment-id': outputs.deployment,
      'previous-deployment-id': outputs.previous,
      url: `https://${outputs.deployment}.example.vercel.app`,
    },
  });
}

const header = (message: SlackMessage | undefined): string =>
  String((message?.blocks?.[0] as { text?: { text?: string } } | undefined)?.text?.text ?? '');
/** Everything a message shows (header, fields, reason, context), as one string. */
const shown = (message: SlackMessage | undefined): string =>
  JSON.stringify([message?.text, message?.blocks, message?.attachments]);
const headersOf = (messages: readonly SlackMessage[]): string[] => messages.map(header);
/** What the fake Slack received, as `endpoint status`. */
const calls = (slack: FakeSlack): string[] =>
  slack.requests.map((request) => `${request.endpoint} ${request.status}`);
/** The notify steps that ran, as `job#step`. */
const notifySteps = (s: Scenario): string[] =>
  s.invocations
    .filter((invocation) => invocation.step.uses === '$/actions/notify')
    .map((invocation) => `${invocation.jobPath}#${invocation.step.id}`);

describe('deploy-production.yml notices, against a fake Slack', () => {
  notifyTest(
    'a healthy release with a bot token: one message, posted at the start and updated in place to promoted, with a thread reply',
    async (s) => {
      const v1 = await s.seed('1');
      const run = s.release({ SLACK_BOT_TOKEN: s.slack.token });
      await run.done;
      expect(results(run), run.log.join('\n')).toMatchObject({
        production: 'success',
        [RELEASE]: 'success',
        [OUTCOME]: 'success',
      });
      const released = run.result?.jobs.get(RELEASE)?.outputs['deployment-id'] as string;
      expect(run.result?.jobs.get('production')?.outputs.outcome).toBe('promoted');

      // Posted to #deploys by name, then updated by the id Slack answered, and a reply in its thread.
      expect(calls(s.slack)).toEqual(['chat.postMessage 200', 'chat.update 200', 'chat.postMessage 200']);
      expect(s.slack.requests[0]?.params.channel).toBe('#deploys');
      expect(s.slack.requests[1]?.params).toMatchObject({ channel: 'C0DEPLOYS' });
      expect(s.slack.requests.map((request) => request.headers.authorization)).toEqual(
        Array(3).fill(`Bearer ${s.slack.token}`),
      );
      const [parent, reply, ...more] = s.slack.messages;
      expect(more).toEqual([]);
      expect(parent?.threadTs).toBeUndefined();
      expect(s.slack.requests[1]?.params.ts).toBe(parent?.ts);
      expect(reply?.threadTs).toBe(parent?.ts);
      // The parent showed "started" and shows "promoted" now; the reply says promoted.
      expect(parent?.edits.map((edit) => JSON.stringify(edit.blocks))).toEqual([
        expect.stringContaining('🚀 Started · production'),
      ]);
      expect(headersOf([parent, reply] as SlackMessage[])).toEqual([
        '✅ Promoted · production',
        '✅ Promoted · production',
      ]);
      // previous → new, the deployment's URL, how long it took.
      expect(shown(reply)).toContain(`\`${v1}\` → \`${released}\``);
      expect(shown(reply)).toContain(run.result?.jobs.get(RELEASE)?.outputs.url);
      expect(shown(reply)).toMatch(/\*Duration\*\\n\d/);
      // The outcome job read back what the release job announced: no notice of its own.
      expect(notifySteps(s)).toEqual([`${RELEASE}#slack-started`, `${RELEASE}#slack-release`]);
      // The token reached the notify steps through `with:`, and no other step of any job.
      for (const invocation of s.invocations) {
        const where = JSON.stringify([invocation.env, invocation.with, invocation.script]);
        if (invocation.step.uses === '$/actions/notify')
          expect(invocation.with['slack-bot-token']).toBe(s.slack.token);
        else if (invocation.step.id === 'slack') expect(invocation.env.SLACK_BOT_TOKEN).toBe(s.slack.token);
        else expect(where, `${invocation.jobPath}#${invocation.step.id}`).not.toContain(s.slack.token);
      }
    },
  );

  notifyTest(
    'no Slack secret: no notify step runs, no request reaches Slack, the run is green',
    async (s) => {
      const v1 = await s.seed('1');
      decideRelease(s, { outcome: 'promoted', deployment: v1, previous: '' });
      const run = s.release({}, '#deploys');
      await run.done;
      expect(results(run), run.log.join('\n')).toMatchObject({
        production: 'success',
        [RELEASE]: 'success',
        [OUTCOME]: 'success',
      });
      expect(run.result?.conclusion).toBe('success');
      expect(run.result?.jobs.get('production')?.outputs.outcome).toBe('promoted');
      expect(s.slack.requests).toEqual([]);
      expect(notifySteps(s)).toEqual([]);
      for (const job of [RELEASE, OUTCOME]) {
        expect(s.executor.logs.get(`${job}#slack`)).toContain('Slack notices: none (no Slack secret passed)');
        const steps = run.result?.jobs.get(job)?.steps ?? [];
        expect(
          steps.filter((step) => step.id.startsWith('slack-')).map((step) => `${step.id}:${step.outcome}`),
        ).toEqual(
          job === RELEASE
            ? ['slack-started:skipped', 'slack-describe:skipped', 'slack-release:skipped']
            : ['slack-describe:skipped', 'slack-outcome:skipped'],
        );
      }
    },
  );

  notifyTest(
    'a release rolled back by its health check (webhook): a started notice, then rolled_back with the reason',
    async (s) => {
      const v1 = await s.seed('1');
      const run = s.release({ SLACK_WEBHOOK_URL: s.slack.webhookUrl }, '');
      const broken = await breakNextOnDomains(s.sb, new Set([v1]));
      await run.done;
      expect(run.result?.jobs.get('production')?.outputs.outcome).toBe('rolled_back');
      expect(await s.production()).toBe(v1);
      expect(results(run)).toMatchObject({ [RELEASE]: 'failure', [OUTCOME]: 'failure' });

      // A webhook cannot update: one message per notice, both in the webhook's channel.
      expect(calls(s.slack)).toEqual(['webhook 200', 'webhook 200']);
      const [started, rolledBack] = s.slack.messages;
      expect(headersOf(s.slack.messages)).toEqual(['🚀 Started · production', '↩️ Rolled back · production']);
      expect(started?.via).toBe('webhook');
      expect(shown(rolledBack)).toMatch(
        /The health check failed; production was back on the previous deployment \d+\.\ds after the first failed probe\./,
      );
      // new → previous after a rollback; the fallback text carries the reason too.
      expect(shown(rolledBack)).toContain(`\`${broken}\` → \`${v1}\``);
      expect(rolledBack?.text).toMatch(
        /^↩️ Rolled back · production — octo\/shop c0ffee0: The health check failed/,
      );
      // The outcome job confirmed what the release job announced: no third notice.
      expect(notifySteps(s)).toEqual([`${RELEASE}#slack-started`, `${RELEASE}#slack-release`]);
      expect(run.result?.jobs.get(RELEASE)?.outputs['slack-status']).toBe('rolled_back');
    },
  );

  notifyTest(
    'Slack answers 500: a warning naming it, the release goes on and stays green, the next notice posts anew',
    async (s) => {
      const v1 = await s.seed('1');
      decideRelease(s, { outcome: 'promoted', deployment: v1, previous: '' });
      s.slack.failNext({ status: 500 });
      const run = s.release({ SLACK_BOT_TOKEN: s.slack.token });
      await run.done;
      expect(run.result?.conclusion).toBe('success');
      expect(results(run)).toMatchObject({ [RELEASE]: 'success', [OUTCOME]: 'success' });
      expect(run.result?.jobs.get('production')?.outputs.outcome).toBe('promoted');
      const steps = run.result?.jobs.get(RELEASE)?.steps ?? [];
      expect(steps.find((step) => step.id === 'slack-started')).toMatchObject({
        outcome: 'success',
        outputs: { ok: 'false', ts: '', channel: '' },
      });
      expect(s.executor.logs.get(`${RELEASE}#slack-started`)).toMatch(
        /^::warning title=notify::Slack notice not sent: .*500.*the step continues/m,
      );
      // Never resent after a 5xx (Slack may have posted it); the release step ran after it.
      expect(calls(s.slack)).toEqual(['chat.postMessage 500', 'chat.postMessage 200']);
      expect(s.invocations.map((invocation) => `${invocation.jobPath}#${invocation.step.id}`)).toContain(
        `${RELEASE}#slack-release`,
      );
      // No message to update: the outcome notice is a message of its own, in the channel given.
      expect(s.slack.requests[1]?.params).toMatchObject({ channel: '#deploys' });
      expect(s.slack.requests[1]?.params).not.toHaveProperty('thread_ts');
      expect(headersOf(s.slack.messages)).toEqual(['✅ Promoted · production']);
    },
  );

  notifyTest(
    'the outcome job repairs what the release job could not roll back: it updates the same message and replies in its thread',
    async (s) => {
      const v1 = await s.seed('1');
      const v2 = await s.seed('2');
      // The release job's own rollback failed: production still serves the release (v2).
      decideRelease(s, { outcome: 'rollback_failed', deployment: v2, previous: v1 });
      const run = s.release({ SLACK_BOT_TOKEN: s.slack.token });
      await run.done;
      expect(await s.production()).toBe(v1);
      expect(run.result?.jobs.get('production')?.outputs.outcome).toBe('rolled_back');
      // The first notice's ts and channel travelled to the outcome job as the release job's outputs.
      const releaseOutputs = run.result?.jobs.get(RELEASE)?.outputs ?? {};
      const [parent, ...replies] = s.slack.messages;
      expect(releaseOutputs).toMatchObject({
        'slack-ts': parent?.ts,
        'slack-channel': 'C0DEPLOYS',
        'slack-status': 'rollback_failed',
      });
      expect(notifySteps(s)).toEqual([
        `${RELEASE}#slack-started`,
        `${RELEASE}#slack-release`,
        `${OUTCOME}#slack-outcome`,
      ]);
      expect(calls(s.slack)).toEqual([
        'chat.postMessage 200',
        'chat.update 200',
        'chat.postMessage 200',
        'chat.update 200',
        'chat.postMessage 200',
      ]);
      // One message: started → rollback failed → rolled back, and the history in its thread.
      expect(parent?.edits.map((edit) => JSON.stringify(edit.blocks))).toEqual([
        expect.stringContaining('🚀 Started · production'),
        expect.stringContaining('🔥 Rollback failed · production'),
      ]);
      expect(header(parent)).toBe('↩️ Rolled back · production');
      expect(replies.map((reply) => reply.threadTs)).toEqual([parent?.ts, parent?.ts]);
      expect(headersOf(replies)).toEqual(['🔥 Rollback failed · production', '↩️ Rolled back · production']);
      expect(shown(replies[1])).toContain(
        'The release job ended failure with this release live and not confirmed healthy; the outcome job rolled production back to the previous deployment.',
      );
      expect(shown(replies[1])).toContain(`\`${v2}\` → \`${v1}\``);
    },
  );
});

describe('deploy-staging.yml notices', () => {
  notifyTest(
    'a failed smoke test (webhook): one notice, failed at smoke-test, with the reason',
    async (s) => {
      const run = s.sim.start({
        workflow: STAGING_CALLER,
        event: 'push',
        source: (path) => (path === STAGING_CALLER ? STAGING_SOURCE : repositorySource(path)),
        vars: {
          VERCEL_ORG_ID: s.sb.teamId,
          VERCEL_PROJECT_ID: s.sb.projectId,
          VERCEL_API_URL: s.sb.api,
          STAGING_DOMAIN: s.sb.domains.staging,
          STAGING_HEALTH_URL: s.sb.origins.staging,
        },
        secrets: { VERCEL_TOKEN: s.sb.token, SLACK_WEBHOOK_URL: s.slack.webhookUrl },
      });
      await run.done;
      expect(results(run), run.log.join('\n')).toMatchObject({
        staging: 'failure',
        'staging/deploy': 'failure',
      });
      const steps = run.result?.jobs.get('staging/deploy')?.steps ?? [];
      expect(steps.map((step) => `${step.id}:${step.outcome}`)).toEqual(
        expect.arrayContaining([
          'smoke:failure',
          'alias:skipped',
          'slack-succeeded:skipped',
          'slack-failed:success',
        ]),
      );
      expect(calls(s.slack)).toEqual(['webhook 200']);
      const [notice] = s.slack.messages;
      expect(header(notice)).toBe('❌ Failed at smoke-test · staging');
      expect(shown(notice)).toContain(
        'The new deployment failed its smoke test; the staging domain still serves the previous one.',
      );
      expect(shown(notice)).toContain(run.result?.jobs.get('staging/deploy')?.outputs['deployment-id']);
    },
  );
});

describe('rollback.yml notices, through the caller template', () => {
  notifyTest('a manual rollback is a notice too: rolled_back, from → to, with the reason', async (s) => {
    const v1 = await s.seed('1');
    const v2 = await s.seed('2');
    const run = s.start('workflows/rollback.yml', 'workflow_dispatch', {
      inputs: { reason: 'v2 <is> slow' },
      secrets: { SLACK_WEBHOOK_URL: s.slack.webhookUrl },
    });
    await run.done;
    expect(results(run), run.log.join('\n')).toMatchObject({
      rollback: 'success',
      'rollback/rollback': 'success',
    });
    expect(await s.production()).toBe(v1);
    expect(calls(s.slack)).toEqual(['webhook 200']);
    const [notice] = s.slack.messages;
    expect(header(notice)).toBe('↩️ Rolled back · production');
    expect(shown(notice)).toContain(`\`${v2}\` → \`${v1}\``);
    // The reason from the form, escaped by the action (it reached it through `with:`).
    expect(shown(notice)).toContain('Manual rollback: v2 &lt;is&gt; slow');
  });
});

describe('the Slack wiring of the workflows', () => {
  type Workflow = {
    on?: { workflow_call?: Record<string, Record<string, unknown>> };
    jobs: Record<string, Job>;
  };
  type Job = {
    uses?: string;
    with?: Record<string, unknown>;
    secrets?: Record<string, unknown>;
    steps?: Array<{
      id?: string;
      name?: string;
      uses?: string;
      run?: string;
      if?: string;
      with?: Record<string, unknown>;
    }>;
  };
  const load = (path: string) => parse(repositorySource(path)) as Workflow;
  const NOTIFYING = [
    '.github/workflows/deploy-staging.yml',
    PRODUCTION,
    '.github/workflows/rollback.yml',
    '.github/workflows/flags.yml',
    '.github/workflows/flags-canary.yml',
  ];

  it('every notifying workflow (and pipeline.yml) declares both optional secrets and slack-channel', () => {
    for (const path of [...NOTIFYING, '.github/workflows/pipeline.yml']) {
      const call = load(path).on?.workflow_call ?? {};
      expect(call.secrets, path).toMatchObject({
        SLACK_WEBHOOK_URL: { required: false },
        SLACK_BOT_TOKEN: { required: false },
      });
      expect(call.inputs, path).toMatchObject({
        'slack-channel': { type: 'string', default: '' },
        'slack-api-url': { type: 'string', default: 'https://slack.com/api/' },
      });
    }
  });

  it('pipeline.yml and the caller templates pass the Slack secrets and channel on by name', () => {
    const pipeline = load('.github/workflows/pipeline.yml');
    for (const job of ['staging', 'production', 'rollback']) {
      expect(pipeline.jobs[job]?.secrets, job).toMatchObject({
        SLACK_WEBHOOK_URL: '${{ secrets.SLACK_WEBHOOK_URL }}',
        SLACK_BOT_TOKEN: '${{ secrets.SLACK_BOT_TOKEN }}',
      });
      expect(pipeline.jobs[job]?.with, job).toMatchObject({
        'slack-channel': '${{ inputs.slack-channel }}',
        'slack-api-url': '${{ inputs.slack-api-url }}',
      });
    }
    for (const path of [
      'workflows/deploy.yml',
      'workflows/rollback.yml',
      'workflows/flags.yml',
      'workflows/flags-canary.yml',
    ]) {
      const [job] = Object.values(load(path).jobs);
      expect(job?.secrets, path).toMatchObject({
        SLACK_WEBHOOK_URL: '${{ secrets.SLACK_WEBHOOK_URL }}',
        SLACK_BOT_TOKEN: '${{ secrets.SLACK_BOT_TOKEN }}',
      });
      expect(job?.with?.['slack-channel'], path).toBe('${{ vars.SLACK_CHANNEL }}');
    }
  });

  it('every notify step is guarded by the Check Slack step, gets the secrets only through `with:`, and never fails its job', () => {
    const checks = new Set<string>();
    for (const path of NOTIFYING) {
      for (const [id, job] of Object.entries(load(path).jobs)) {
        const steps = job.steps ?? [];
        const notify = steps.filter((step) => step.uses === '$/actions/notify');
        if (notify.length === 0) continue;
        const check = steps.find((step) => step.id === 'slack');
        expect(check?.name, `${path} ${id}`).toBe('Check Slack');
        checks.add(check?.run ?? '');
        for (const step of notify) {
          const where = `${path} ${id} ${step.name}`;
          expect(String(step.if), where).toMatch(
            /steps\.slack(?:-describe)?\.outputs\.(?:transport|status|flags) != ''/,
          );
          expect(step, where).toMatchObject({ 'continue-on-error': true });
          expect(step.with?.['webhook-url'], where).toBe(
            "${{ steps.slack.outputs.transport == 'webhook' && secrets.SLACK_WEBHOOK_URL || '' }}",
          );
          expect(step.with?.['slack-bot-token'], where).toBe(
            "${{ steps.slack.outputs.transport == 'bot' && secrets.SLACK_BOT_TOKEN || '' }}",
          );
        }
        for (const step of steps.filter((candidate) => candidate.id === 'slack-describe'))
          expect(step, `${path} ${id}`).toMatchObject({ 'continue-on-error': true });
        // No script expands a Slack secret.
        for (const step of steps) expect(String(step.run ?? ''), `${path} ${id}`).not.toMatch(/secrets\./);
      }
    }
    // One Check Slack script everywhere.
    expect(checks.size).toBe(1);
  });

  const checkSlack = (() => {
    const steps = load(PRODUCTION).jobs.release?.steps ?? [];
    return String(steps.find((step) => step.id === 'slack')?.run);
  })();
  const runCheck = (env: Record<string, string>) => {
    const output = `${process.env.TMPDIR ?? '/tmp'}/gl-check-slack-${process.pid}-${Math.random()}`;
    const result = spawnSync(
      'bash',
      ['-e', '-c', `${checkSlack}\ncat "$GITHUB_OUTPUT"; rm -f "$GITHUB_OUTPUT"`],
      {
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_OUTPUT: output,
          SLACK_WEBHOOK_URL: '',
          SLACK_BOT_TOKEN: '',
          SLACK_CHANNEL: '',
          ...env,
        },
        encoding: 'utf8',
      },
    );
    return { status: result.status, stdout: result.stdout };
  };

  it.each([
    ['nothing', {}, '', 'Slack notices: none'],
    ['a webhook', { SLACK_WEBHOOK_URL: 'https://hooks.example/x' }, 'webhook', 'Slack notices: webhook'],
    [
      'a bot token and a channel',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CHANNEL: '#deploys' },
      'bot',
      'Slack notices: bot',
    ],
    [
      'both secrets and a channel (the bot token wins: it threads)',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CHANNEL: '#deploys', SLACK_WEBHOOK_URL: 'https://hooks.example/x' },
      'bot',
      'Slack notices: bot',
    ],
    [
      'a bot token without a channel',
      { SLACK_BOT_TOKEN: 'xoxb-1' },
      '',
      '::warning title=Slack::SLACK_BOT_TOKEN is set but slack-channel is empty',
    ],
    [
      'a bot token without a channel, and a webhook',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_WEBHOOK_URL: 'https://hooks.example/x' },
      'webhook',
      'The notices go to SLACK_WEBHOOK_URL instead.',
    ],
  ])('Check Slack with %s: transport %j', (_name, env, transport, line) => {
    const result = runCheck(env as Record<string, string>);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(line);
    expect(result.stdout).toMatch(new RegExp(`^transport=${transport}$`, 'm'));
    expect(result.stdout).not.toContain('xoxb-1');
    expect(result.stdout).not.toContain('hooks.example');
  });

  it("describes each release outcome with docs/notify.md's status", () => {
    const steps = load(PRODUCTION).jobs.release?.steps ?? [];
    const script = String(steps.find((step) => step.id === 'slack-describe')?.run);
    const describe = (outcome: string, extra: Record<string, string> = {}) => {
      const output = `${process.env.TMPDIR ?? '/tmp'}/gl-describe-${process.pid}-${Math.random()}`;
      const result = spawnSync(
        'bash',
        ['-e', '-c', `${script}\ncat "$GITHUB_OUTPUT"; rm -f "$GITHUB_OUTPUT"`],
        {
          env: {
            PATH: process.env.PATH ?? '',
            GITHUB_OUTPUT: output,
            OUTCOME: outcome,
            STARTED_AT: '',
            ...extra,
          },
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(0);
      return Object.fromEntries(
        result.stdout
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      ) as Record<string, string>;
    };
    // docs/notify.md's threading example (test/notify/docs.test.ts checks the same table).
    expect(
      Object.fromEntries(
        ['promoted', 'superseded', 'smoke_failed', 'rolled_back', 'rollback_failed', 'failed', ''].map(
          (outcome) => [outcome, describe(outcome).status],
        ),
      ),
    ).toEqual({
      promoted: 'promoted',
      superseded: 'succeeded',
      smoke_failed: 'failed',
      rolled_back: 'rolled_back',
      rollback_failed: 'rollback_failed',
      failed: 'failed',
      '': 'failed',
    });
    expect(describe('smoke_failed')).toMatchObject({ stage: 'smoke-test' });
    expect(describe('rolled_back', { TIME_TO_ROLLBACK_MS: '1234' })).toMatchObject({
      stage: 'health-check',
      reason: expect.stringContaining('1.2s after the first failed probe'),
    });
    expect(describe('', { RELEASE_STEP: 'skipped' }).reason).toContain('failed before the release began');
    expect(describe('promoted', { STARTED_AT: String(Date.now() - 5000) }).duration).toMatch(/^\d{4,}$/);
  });
});
