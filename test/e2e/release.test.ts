/**
 * The root action (release) against the sandbox: one step from deploy to a confirmed rollback.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleRun } from '../../src/runner/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  breakNextOnDomains,
  nextDeployment,
  errorLines,
  fetchText,
  productionId,
  runAgainst,
  waitFor,
} from '../helpers/sandbox-env.js';
import { startFakeSlack } from '../fakes/slack.js';
import { versionedSite } from '../helpers/site.js';
import { api, testSandbox } from '../sandbox/helpers.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

const FAST = { interval: '300ms', count: '3', 'progress-deadline': '30s', 'rollback-timeout': '20s' };
const gh = (sha: string, runId: string, attempt = '1') => ({
  env: { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt },
});

async function releaseVersion(
  version: string,
  sha: string,
  runId: string,
  extra: Record<string, string> = {},
  attempt = '1',
): Promise<BundleRun> {
  return runAgainst(
    sb,
    'release',
    { path: await versionedSite(version), 'production-url': sb.origins.production, ...FAST, ...extra },
    gh(sha, runId, attempt),
  );
}

const production = () => productionId(sb);

/**
 * Waits for the next deployment (one not in `known`) and then for its first request through the
 * production domain — the health check's first probe (the smoke test uses the unique URL) — and
 * returns its id. A one-shot serving fault of 1 ms latency marks that request.
 */
async function untilHealthCheckProbes(known: Set<string>): Promise<string> {
  const id = await nextDeployment(sb, known);
  const marker = await api(sb, 'POST', '/_sandbox/faults', {
    json: { deployment: id, serve: { latencyMs: 1, where: 'domains' }, count: 1 },
  });
  await waitFor(async () =>
    (await api(sb, 'GET', '/_sandbox/faults')).body.faults.every(
      (fault: { id: string }) => fault.id !== marker.body.id,
    ),
  );
  return id as string;
}
const breakNextDeploymentOnDomains = (known: Set<string>) => breakNextOnDomains(sb, known);

describe('release (root action)', () => {
  it('promotes a healthy release, then rolls a broken one back automatically and confirms it', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '10');
    expect(v1.exitCode, v1.stdout).toBe(0);
    expect(v1.outputs).toMatchObject({
      outcome: 'promoted',
      'previous-deployment-id': '',
      'time-to-rollback-ms': '',
    });
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
    expect(v1.summary).toContain('### ✅ Released');
    expect(v1.summary).toMatch(/\| deploy \| [\d.]+m?s \| ready \|/);
    // Each stage's log lines sit in a collapsible group of the runner's log, closed before the next one.
    const groups = v1.stdout.split('\n').filter((line) => /^::(end)?group::/.test(line));
    expect(groups).toEqual([
      '::group::deploy',
      '::endgroup::',
      '::group::smoke test',
      '::endgroup::',
      '::group::promote',
      '::endgroup::',
      '::group::health check',
      '::endgroup::',
    ]);

    const v1Id = v1.outputs['deployment-id'] as string;
    const pending = releaseVersion('2', 'b'.repeat(40), '11');
    const v2Id = await breakNextDeploymentOnDomains(new Set([v1Id]));
    const v2 = await pending;
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs).toMatchObject({
      outcome: 'rolled_back',
      'deployment-id': v2Id,
      'previous-deployment-id': v1Id,
    });
    expect(Number(v2.outputs['time-to-rollback-ms'])).toBeGreaterThan(0);
    expect(await production()).toBe(v1Id);
    const served = await fetchText(sb.origins.production);
    expect(served).toMatchObject({ status: 200 });
    expect(served.body).toContain('version 1');
    expect(errorLines(v2).at(-1)).toMatch(
      /^::error::release rolled_back: health check unhealthy: 1 failed measurement > failure-limit 0 .*; production serves dpl_\w+ again$/,
    );
    expect(v2.summary).toContain('Time from the first failed probe to production restored');

    // A re-run of the rolled-back release does not promote it again …
    const rerun = await releaseVersion('2', 'b'.repeat(40), '11', {}, '2');
    expect(rerun.exitCode).toBe(1);
    expect(rerun.outputs).toMatchObject({ outcome: 'rolled_back', 'deployment-id': v2Id });
    expect(errorLines(rerun).at(-1)).toContain(
      'was rolled back earlier; it is not promoted again unless force is true',
    );
    expect(await production()).toBe(v1Id);

    // … unless forced (here with the fault cleared, so it stays).
    await api(sb, 'DELETE', '/_sandbox/faults');
    const forced = await releaseVersion('2', 'b'.repeat(40), '11', { force: 'true' }, '3');
    expect(forced.outputs).toMatchObject({ outcome: 'promoted', 'deployment-id': v2Id });
    expect(await production()).toBe(v2Id);
  });

  it('[fault] with the default analysis, a hard-broken release is rolled back on the first measurement, after one retry', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '15');
    const v1Id = v1.outputs['deployment-id'] as string;
    // v2 with every health input left to its default (interval, count, initial delay, retries …).
    const pending = runAgainst(
      sb,
      'release',
      { path: await versionedSite('2'), 'production-url': sb.origins.production, 'rollback-timeout': '20s' },
      gh('b'.repeat(40), '16'),
    );
    const v2Id = await nextDeployment(sb, new Set([v1Id]));
    // Broken once live; `count` only to read back how many requests reached it through the domain.
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { deployment: v2Id, serve: { status: 500, rate: 1, where: 'domains' }, count: 1000 },
    });
    const v2 = await pending;
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs).toMatchObject({ outcome: 'rolled_back', 'deployment-id': v2Id });
    expect(await production()).toBe(v1Id);
    expect(v2.stdout).toContain(
      `Health check of ${new URL(sb.origins.production).href}: 6 measurements every 10s starting at once · failure-limit 0 · consecutive-error-limit 4 · timeout 5s · measurement-retries 1 (after 250ms) · progress-deadline 10m`,
    );
    // One measurement: its request and the one retry, both 500; no second measurement.
    expect(v2.stdout).toContain('#1 failed: 1/1 checks failed (GET /: status 500, expected 200-299)');
    expect(v2.stdout).not.toMatch(/^#2 /m);
    const faults = (await api(sb, 'GET', '/_sandbox/faults')).body.faults as { remaining: number }[];
    expect(faults.map((fault) => fault.remaining)).toEqual([998]);
    expect(v2.summary).toMatch(/\| 1 \| \+\d+ms \| ❌ failed \| 0\/1 \|/);
    expect(errorLines(v2).at(-1)).toBe(
      `::error::release rolled_back: health check unhealthy: 1 failed measurement > failure-limit 0 (last: GET /: status 500, expected 200-299); production serves ${v1Id} again`,
    );
  });

  it('a failed smoke test never touches production', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '20');
    const bad = await releaseVersion('2', 'b'.repeat(40), '21', {
      'smoke-checks': '- path: /\n  expect: { body-contains: version 3 }',
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.outcome).toBe('smoke_failed');
    expect(await production()).toBe(v1.outputs['deployment-id']);
    expect(bad.summary).toContain('body does not contain "version 3"');
  });

  it('[fault] reports rollback_failed when production cannot be moved back', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '30');
    const v1Id = v1.outputs['deployment-id'] as string;
    const pending = releaseVersion('2', 'b'.repeat(40), '31', { 'rollback-timeout': '3s' });
    const v2Id = await breakNextDeploymentOnDomains(new Set([v1Id]));
    await waitFor(async () => (await production()) === v2Id);
    await api(sb, 'POST', '/_sandbox/faults', { json: { aliasJob: 'failed', count: 1000 } });
    const v2 = await pending;
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs.outcome).toBe('rollback_failed');
    expect(errorLines(v2).at(-1)).toMatch(
      new RegExp(`^::error::release rollback_failed: .*production could not be moved back to ${v1Id}: `),
    );
    // Why it failed: the alias job failed (the last attempt may instead run into the deadline).
    expect(v2.stdout).toMatch(
      new RegExp(
        `^::warning::rollback attempt 1 did not hold: Vercel reports the rollback to ${v1Id} failed$`,
        'm',
      ),
    );
    expect(await production()).toBe(v2Id);
    expect(v2.summary).toContain('🚨 Rollback failed');
  });

  it('[fault] a promote answered 503 after it took effect is read back, not trusted: live and healthy is promoted', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '40');
    const v1Id = v1.outputs['deployment-id'] as string;
    // Every promote request is carried out, then answered 503: the release cannot tell from the
    // answer whether production moved, so it reads production back.
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v10/projects/*/promote/*', status: 503, after: true },
    });
    const v2 = await releaseVersion('2', 'b'.repeat(40), '41');
    const v2Id = v2.outputs['deployment-id'] as string;
    expect(v2.exitCode, v2.stdout).toBe(0);
    expect(v2.outputs).toMatchObject({ outcome: 'promoted', 'previous-deployment-id': v1Id });
    expect(await production()).toBe(v2Id);
    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as {
      method: string;
      path: string;
      status: number;
    }[];
    expect(requests).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        path: expect.stringMatching(`/promote/${v2Id}$`),
        status: 503,
      }),
    );
    expect(requests.filter((r) => r.path.includes('/rollback/'))).toEqual([]);
  });

  it('[fault] a promote answered 503 after it took effect, then unhealthy: rolled back', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '42');
    const v1Id = v1.outputs['deployment-id'] as string;
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v10/projects/*/promote/*', status: 503, after: true },
    });
    const pending = releaseVersion('2', 'b'.repeat(40), '43');
    await breakNextDeploymentOnDomains(new Set([v1Id]));
    const v2 = await pending;
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs).toMatchObject({ outcome: 'rolled_back', 'previous-deployment-id': v1Id });
    expect(await production()).toBe(v1Id);
  });

  it('[fault] a promote refused before it took effect leaves production alone: failed, read back', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '45');
    const v1Id = v1.outputs['deployment-id'] as string;
    await api(sb, 'POST', '/_sandbox/faults', {
      // Every promote request is refused before it takes effect (no count: the retries too).
      json: { endpoint: 'POST /v10/projects/*/promote/*', status: 503 },
    });
    const v2 = await releaseVersion('2', 'b'.repeat(40), '46');
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs).toMatchObject({ outcome: 'failed', 'previous-deployment-id': v1Id });
    expect(v2.outputs['deployment-id']).toMatch(/^dpl_/);
    expect(errorLines(v2).at(-1)).toMatch(
      new RegExp(
        `^::error::release failed: promote failed: .*answered 503.*; production still serves ${v1Id} \\(read back\\)$`,
      ),
    );
    expect(await production()).toBe(v1Id);
    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as { path: string }[];
    expect(requests.filter((r) => r.path.includes('/rollback/'))).toEqual([]);
  });

  it('[race] a manual rollback during the health check is not fought: the release ends rolled_back, production stays back', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '55');
    const v1Id = v1.outputs['deployment-id'] as string;
    const pending = runAgainst(
      sb,
      'release',
      { path: await versionedSite('2'), 'production-url': sb.origins.production, ...FAST, count: '10' },
      gh('b'.repeat(40), '56'),
    );
    const v2Id = await untilHealthCheckProbes(new Set([v1Id]));
    // A person runs rollback.yml while the release watches production.
    const rollback = await runAgainst(sb, 'rollback', { 'to-deployment-id': v1Id, reason: 'v2 looks wrong' });
    expect(rollback.outputs.outcome, rollback.stdout).toBe('rolled_back');
    const v2 = await pending;
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs).toMatchObject({ outcome: 'rolled_back', 'deployment-id': v2Id });
    expect(errorLines(v2).at(-1)).toContain(`production was moved back to ${v1Id} during the health check`);
    expect(await production()).toBe(v1Id);
  });

  it('[fault] on SIGINT during the health check, puts production back before the runner would kill the step', async () => {
    const v1 = await releaseVersion('1', 'a'.repeat(40), '50');
    const v1Id = v1.outputs['deployment-id'] as string;
    const cancel = new AbortController();
    const pending = runAgainst(
      sb,
      'release',
      {
        path: await versionedSite('2'),
        'production-url': sb.origins.production,
        ...FAST,
        count: '60',
      },
      { ...gh('b'.repeat(40), '51'), signal: cancel.signal },
    );
    const v2Id = await untilHealthCheckProbes(new Set([v1Id]));
    // The health check runs (healthy, 60 × 300 ms) while production serves v2: the run is cancelled.
    cancel.abort();
    const v2 = await pending;
    // It exited by itself: the runner's SIGKILL (10 s after SIGINT) never had to come.
    expect(v2.terminatedBy).toBeUndefined();
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs).toMatchObject({
      outcome: 'rolled_back',
      'deployment-id': v2Id,
      'previous-deployment-id': v1Id,
    });
    expect(await production()).toBe(v1Id);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
    expect(errorLines(v2).at(-1)).toBe(
      `::error::release rolled_back: cancelled during the health check (received SIGINT); production serves ${v1Id} again`,
    );
    expect(v2.summary).toContain(`### 🛑 Cancelled — ↩️ Rolled back: ${v2Id}`);
    expect(v2.summary).toMatch(/\| health check \| [\d.]+m?s \| cancelled \| received SIGINT \|/);
  });
});

describe('release: Slack notices', () => {
  it('with a bot token: one message, started then updated in place to promoted, with a thread reply; slack-ts out', async () => {
    const slack = await startFakeSlack();
    try {
      const channel = Object.values(slack.channels)[0] as string;
      const run = await releaseVersion('1', 'a'.repeat(40), '901', {
        'slack-bot-token': slack.token,
        'slack-channel': channel,
        'slack-api-url': slack.apiUrl,
      });
      expect(run.outputs.outcome, run.stdout).toBe('promoted');
      const parents = slack.messages.filter((message) => !message.threadTs);
      expect(parents).toHaveLength(1);
      const [parent] = parents;
      expect(run.outputs['slack-ts']).toBe(parent?.ts);
      expect(parent?.edits).toHaveLength(1); // the started version, replaced
      expect(JSON.stringify(parent?.edits[0])).toMatch(/started/i);
      expect(JSON.stringify(parent?.blocks)).toMatch(/promoted/i);
      const replies = slack.messages.filter((message) => message.threadTs === parent?.ts);
      expect(replies).toHaveLength(1);
      const all = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs);
      expect(all.split('\n').filter((line) => line.includes(slack.token))).toEqual([
        `::add-mask::${slack.token}`,
      ]);
    } finally {
      await slack.close();
    }
  });

  it('a Slack that answers 500 is a warning: the release still succeeds, one request per notice', async () => {
    const slack = await startFakeSlack();
    try {
      slack.failNext({ status: 500 }, 10);
      const run = await releaseVersion('1', 'b'.repeat(40), '902', { 'slack-webhook-url': slack.webhookUrl });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.outcome).toBe('promoted');
      expect(slack.requests).toHaveLength(2); // started, promoted: never resent
      expect(run.stdout).toMatch(/::warning title=Slack notice not sent::started: /);
    } finally {
      await slack.close();
    }
  });
});
