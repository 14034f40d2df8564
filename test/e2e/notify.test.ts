/**
 * The bundled notify action (dist/notify.js) driven the way the runner drives it — INPUT_*
 * variables, GITHUB_* context, GITHUB_OUTPUT — against the fake Slack: a webhook notice, a bot
 * notice and its thread, the retry rules (one retry after a 429's Retry-After, never after a 500), a
 * failure as a warning (or, with fail-on-error, as the step's one error line), a 40,000-character
 * reason, input mistakes, and the webhook URL and token never printed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BundleRun, runBundledAction } from '../../src/runner/bundle.js';
import { type FakeSlack, startFakeSlack, validateMessage } from '../fakes/slack.js';
import { errorLines } from '../helpers/steps.js';

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(() => slack.close());
beforeEach(() => {
  slack.requests.length = 0;
  slack.messages.length = 0;
});

/** What the runner sets for a run of acme/shop on main, second attempt. */
const GITHUB_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REF_NAME: 'main',
  GITHUB_HEAD_REF: '',
  GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01',
  GITHUB_ACTOR: 'octocat',
  GITHUB_TRIGGERING_ACTOR: 'octocat',
  GITHUB_RUN_ID: '555',
  GITHUB_RUN_NUMBER: '12',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW: 'Deploy',
  GITHUB_JOB: 'release',
};

/** Every run of this file, for the secrets check at the end. */
const runs: BundleRun[] = [];

async function notify(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<BundleRun> {
  const run = await runBundledAction('notify', inputs, { env: { ...GITHUB_ENV, ...env } });
  runs.push(run);
  return run;
}

const webhookInputs = (): Record<string, string> => ({ 'webhook-url': slack.webhookUrl });
const botInputs = (channel = '#deploys'): Record<string, string> => ({
  'slack-bot-token': slack.token,
  channel,
  'slack-api-url': slack.apiUrl,
});

/** The `::warning` lines a step printed. */
function warningLines(run: BundleRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
}

describe('notify bundle', () => {
  it('posts a webhook notice: one valid Block Kit message, ok output, no ts', async () => {
    const run = await notify({
      ...webhookInputs(),
      status: 'failed',
      environment: 'production',
      stage: 'smoke-test',
      reason: 'GET / answered 503',
      duration: '1m30s',
      url: 'https://shop-abc.vercel.app',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ ok: 'true', ts: '', channel: '' });
    expect(slack.requests).toHaveLength(1);
    const [message] = slack.messages;
    expect(message?.via).toBe('webhook');
    expect(message?.text).toBe(
      '❌ Failed at smoke-test · production — acme/shop abcdef0: GET / answered 503',
    );
    expect(JSON.stringify(message?.attachments)).toContain('"color":"danger"');
    expect(JSON.stringify(message?.attachments)).toContain(
      '<https://github.com/acme/shop/actions/runs/555/attempts/2|Run #12, attempt 2>',
    );
    expect(warningLines(run)).toEqual([]);
    expect(errorLines(run)).toEqual([]);
  });

  it('posts with a bot token and outputs ts and the channel id', async () => {
    const run = await notify({ ...botInputs(), status: 'started', environment: 'production' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ ok: 'true', ts: slack.messages[0]?.ts, channel: 'C0DEPLOYS' });
    expect(slack.requests.map((request) => request.endpoint)).toEqual(['chat.postMessage']);
    expect(slack.requests[0]?.headers.authorization).toBe(`Bearer ${slack.token}`);
  });

  it('with ts, updates the parent in place and replies in its thread (as a later job would)', async () => {
    const started = await notify({ ...botInputs(), status: 'started', environment: 'production' });
    const { ts, channel } = started.outputs as { ts: string; channel: string };
    const promoted = await notify({
      ...botInputs(channel),
      ts,
      status: 'promoted',
      environment: 'production',
      deployment: 'dpl_new',
      'previous-deployment': 'dpl_old',
    });
    expect(promoted.exitCode).toBe(0);
    expect(promoted.outputs).toEqual({ ok: 'true', ts, channel: 'C0DEPLOYS' });
    expect(slack.requests.map((request) => request.endpoint)).toEqual([
      'chat.postMessage',
      'chat.update',
      'chat.postMessage',
    ]);
    expect(slack.requests[1]?.params).toMatchObject({ channel: 'C0DEPLOYS', ts });
    expect(slack.requests[2]?.params).toMatchObject({ channel: 'C0DEPLOYS', thread_ts: ts });
    const [parent, reply] = slack.messages;
    expect(parent?.edits).toHaveLength(1);
    expect(parent?.text).toMatch(/^✅ Promoted · production/);
    expect(reply).toMatchObject({ threadTs: ts });
    expect(JSON.stringify(reply?.attachments)).toContain('`dpl_old` → `dpl_new`');
  });

  it('retries a 429 exactly once, after its Retry-After (bot token and webhook)', async () => {
    slack.failNext({ status: 429, retryAfter: 1, on: 'chat.postMessage' });
    const run = await notify({ ...botInputs(), status: 'started' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(slack.requests.map((request) => request.status)).toEqual([429, 200]);
    const [first, second] = slack.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);

    slack.requests.length = 0;
    slack.failNext({ status: 429, retryAfter: 1, on: 'webhook' });
    const hook = await notify({ ...webhookInputs(), status: 'started' });
    expect(hook.outputs.ok).toBe('true');
    expect(slack.requests.map((request) => request.status)).toEqual([429, 200]);
    expect((slack.requests[1]?.at ?? 0) - (slack.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('sends exactly one request on a 500 and warns, exit 0', async () => {
    slack.failNext({ status: 500 });
    const run = await notify({ ...botInputs(), status: 'failed', stage: 'deploy' });
    expect(run.exitCode).toBe(0);
    expect(slack.requests).toHaveLength(1);
    expect(run.outputs).toEqual({ ok: 'false', ts: '', channel: '' });
    expect(warningLines(run)).toEqual([
      '::warning title=notify::Slack notice not sent: HTTP 500 (chat.postMessage; not retried: Slack may have posted it); the step continues (fail-on-error: true fails it)',
    ]);
    expect(errorLines(run)).toEqual([]);
  });

  it('warns naming invalid_auth, exit 0', async () => {
    const run = await notify({
      ...botInputs(),
      'slack-bot-token': 'xoxb-not-the-right-token',
      status: 'started',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe('false');
    expect(warningLines(run)).toHaveLength(1);
    expect(warningLines(run)[0]).toContain('Slack notice not sent: invalid_auth (chat.postMessage)');
  });

  it('warns naming no_service for a revoked webhook, exit 0', async () => {
    const run = await notify({
      'webhook-url': `${slack.origin}/services/T0FAKE000/B0FAKE000/revokedSecretSENTINEL99`,
      status: 'started',
    });
    expect(run.exitCode).toBe(0);
    expect(warningLines(run)[0]).toContain('Slack notice not sent: no_service (incoming webhook; HTTP 404)');
  });

  it('fails with one line when fail-on-error is true', async () => {
    const run = await notify({
      ...botInputs(),
      'slack-bot-token': 'xoxb-not-the-right-token',
      status: 'started',
      'fail-on-error': 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(errorLines(run)).toEqual([
      '::error::notify: Slack notice not sent: invalid_auth (chat.postMessage)',
    ]);
    expect(warningLines(run)).toEqual([]);
  });

  it('delivers a 40,000-character reason cut to fit, marked with …, and valid', async () => {
    const run = await notify({
      ...botInputs(),
      status: 'rolled_back',
      stage: 'health-check',
      reason: `${'error rate 12% > 1%; '.repeat(2000)}`.slice(0, 40_000),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe('true');
    const [request] = slack.requests;
    expect(request?.status).toBe(200);
    expect(validateMessage(request?.params ?? {})).toBeUndefined();
    const attachment = (request?.params.attachments as { blocks: { text?: { text: string } }[] }[])[0];
    const reason = attachment?.blocks.find((block) => block.text?.text.startsWith('*Reason*'))?.text?.text;
    expect(reason?.length).toBe(3000);
    expect(reason?.endsWith('…')).toBe(true);
  });

  it("sends the user's payload instead of the notice", async () => {
    const payload = {
      text: 'Release 1.2.3 is live',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*1.2.3*' } }],
    };
    const run = await notify({ ...webhookInputs(), payload: JSON.stringify(payload) });
    expect(run.exitCode).toBe(0);
    expect(slack.requests[0]?.params).toEqual(payload);
  });

  it('refuses input mistakes with one line and sends nothing', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { status: 'started' },
        /^::error::inputs 'webhook-url' and 'slack-bot-token': expected one Slack transport .*got neither$/,
      ],
      [{ ...webhookInputs(), ...botInputs(), status: 'started' }, /got both/],
      [
        { ...webhookInputs(), status: 'deployed' },
        /^::error::input 'status': expected one of started, .*, got 'deployed'$/,
      ],
      [
        { ...webhookInputs(), payload: '{"text": ' },
        /^::error::input 'payload': expected a Slack message as a JSON object, got invalid JSON/,
      ],
    ];
    for (const [inputs, line] of cases) {
      const run = await notify(inputs);
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([expect.stringMatching(line)]);
    }
    expect(slack.requests).toEqual([]);
  });

  it('never prints the webhook URL or the token, even at debug level (only ::add-mask::)', async () => {
    // One more run of each transport with the runner's debug logging on, one failing.
    await notify(
      { ...webhookInputs(), status: 'succeeded' },
      { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
    );
    slack.failNext({ destroy: true });
    await notify({ ...botInputs(), status: 'failed' }, { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' });
    expect(runs.length).toBeGreaterThan(10);
    const secrets = [
      slack.webhookUrl,
      new URL(slack.webhookUrl).pathname,
      'hookSecretSENTINEL0123456',
      'revokedSecretSENTINEL99',
      slack.token,
      'fakeSlackTokenSENTINEL',
      'xoxb-not-the-right-token',
    ];
    for (const run of runs) {
      const printed = [
        ...run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
      ].join('\n');
      for (const secret of secrets) expect(printed).not.toContain(secret);
    }
    const masks = runs.flatMap((run) =>
      run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::')),
    );
    expect(masks).toContain(`::add-mask::${slack.webhookUrl}`);
    expect(masks).toContain(`::add-mask::${slack.token}`);
  });
});
