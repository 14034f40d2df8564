/**
 * The canary controller over simulated time (a manual clock): a healthy canary advances through
 * every stage to 100 %, an unhealthy stage goes back one stage (or is killed) within one pass,
 * inconclusive and paused stages hold, and two overlapping passes never advance a flag twice.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMetricQueries } from '../../src/health/metrics.js';
import { HttpClient } from '../../src/http/client.js';
import { readManagedFlag, servedPercent } from '../../src/flags/managed.js';
import { applyFlagOperation } from '../../src/flags/operations.js';
import { progressLocalFile, progressRepository } from '../../src/flags/progress.js';
import { createOctokit } from '../../src/github/octokit.js';
import type { FlagRequest } from '../../src/flags/types.js';
import { manualClock } from '../../src/runtime/clock.js';
import { recordingLogger } from '../../src/runtime/logger.js';
import { startFakeGitHub } from '../fakes/github.js';
import { one, startPrometheus } from '../fakes/prometheus.js';
import { type TestServer, startServer } from '../helpers/server.js';
import { runAgainst } from '../helpers/sandbox-env.js';
import { versionedSite, writeTree } from '../helpers/site.js';
import { api, testSandbox } from '../sandbox/helpers.js';

const HOLD_MS = 30 * 60_000;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A health target answering `status()` (changeable while the test runs); records the paths asked. */
const asked: string[] = [];
async function target(status: () => number): Promise<string> {
  server = await startServer((req, res) => {
    asked.push(req.url ?? '');
    res.statusCode = status();
    res.end(String(res.statusCode));
  });
  return server.origin;
}

/** A flag file with `new-checkout` in a canary against `healthUrl`; returns its path. */
async function canaryFile(
  healthUrl: string,
  clock: { now(): number },
  extra: Partial<FlagRequest> = {},
): Promise<string> {
  let text: string | undefined;
  for (const request of [
    { operation: 'create' },
    { operation: 'canary', canary: { holdMs: HOLD_MS, ...extra.canary, healthUrl } },
  ] as Partial<FlagRequest>[])
    text = applyFlagOperation(
      text,
      { flag: 'new-checkout', actor: 'ana', now: new Date(clock.now()), ...request } as FlagRequest,
      'flags.json',
    ).text;
  const path = join(await writeTree({}), 'production.flagd.json');
  await writeFile(path, text as string);
  return path;
}

async function served(path: string): Promise<{ percent: number; enabled: boolean }> {
  const flag = readManagedFlag(JSON.parse(await readFile(path, 'utf8')).flags['new-checkout']);
  return { percent: servedPercent(flag as NonNullable<typeof flag>), enabled: flag?.enabled ?? false };
}

function pass(path: string, clock: ReturnType<typeof manualClock>) {
  const logger = recordingLogger();
  return progressLocalFile({
    path,
    actor: 'greenlight-canary',
    health: { schedule: { intervalMs: 1000, count: 3 }, http: new HttpClient({ clock }), clock, logger },
    clock,
    logger,
  });
}

describe('canary controller', () => {
  it('a healthy canary holds each stage its minimum time, then advances through every stage to 100 %', async () => {
    const clock = manualClock();
    asked.length = 0;
    const path = await canaryFile(await target(() => 200), clock);
    expect(await served(path)).toEqual({ percent: 1, enabled: true });
    const early = await pass(path, clock);
    expect(early).toMatchObject([{ flag: 'new-checkout', stage: 1, verdict: 'not due', action: 'hold' }]);
    expect(early[0]?.reason).toBe(
      'held 0ms of 30m0s'.replace('30m0s', early[0]?.reason.split(' of ')[1] ?? ''),
    );
    const reached: number[] = [];
    for (let round = 0; round < 6; round++) {
      await clock.sleep(HOLD_MS);
      const decisions = await pass(path, clock);
      if (decisions.length === 0) break;
      expect(decisions[0]).toMatchObject({ verdict: 'healthy', action: 'advance' });
      reached.push((await served(path)).percent);
    }
    expect(reached).toEqual([10, 25, 50, 100]);
    expect(new Set(asked)).toEqual(new Set(['/']));
    // At 100 % the canary is over: nothing is due, nothing changes.
    const before = await readFile(path, 'utf8');
    expect(await pass(path, clock)).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('a stage that turns unhealthy at 25 % goes back to 10 % within one pass, with the reason recorded', async () => {
    const clock = manualClock();
    let status = 200;
    const path = await canaryFile(await target(() => status), clock);
    for (let round = 0; round < 2; round++) {
      await clock.sleep(HOLD_MS);
      await pass(path, clock);
    }
    expect((await served(path)).percent).toBe(25);
    status = 503;
    await clock.sleep(HOLD_MS);
    const [decision] = await pass(path, clock);
    expect(decision).toMatchObject({ stage: 25, verdict: 'unhealthy', action: 'rollback-canary' });
    expect(await served(path)).toEqual({ percent: 10, enabled: true });
    const metadata = JSON.parse(await readFile(path, 'utf8')).flags['new-checkout'].metadata;
    expect(metadata.reason).toMatch(/^canary stage unhealthy: /);
  });

  it('with on-failure kill, an unhealthy stage kills the flag (callers get their code default)', async () => {
    const clock = manualClock();
    const path = await canaryFile(await target(() => 500), clock, {
      canary: { healthUrl: '', onFailure: 'kill' },
    });
    await clock.sleep(HOLD_MS);
    const [decision] = await pass(path, clock);
    expect(decision).toMatchObject({ verdict: 'unhealthy', action: 'kill' });
    expect(await served(path)).toEqual({ percent: 1, enabled: false });
  });

  it("metric queries see what probes cannot: the cohort's error rate, queried with the flag and stage, takes it back", async () => {
    const clock = manualClock();
    const path = await canaryFile(await target(() => 200), clock);
    const prometheus = await startPrometheus();
    try {
      const query = 'sum(rate(http_errors_total{flag="{{flag}}",stage="{{stage}}"}[5m]))';
      const sent = 'sum(rate(http_errors_total{flag="new-checkout",stage="1"}[5m]))';
      prometheus.answer(sent, one('0.09'));
      await clock.sleep(HOLD_MS);
      const logger = recordingLogger();
      const [decision] = await progressLocalFile({
        path,
        actor: 'greenlight-canary',
        health: {
          schedule: { intervalMs: 1000, count: 3 },
          metricQueries: parseMetricQueries(`error-rate: ${query} < 0.05`),
          metrics: { baseUrl: prometheus.url },
          http: new HttpClient({ clock }),
          clock,
          logger,
        },
        clock,
        logger,
      });
      expect(decision).toMatchObject({ verdict: 'unhealthy', action: 'rollback-canary' });
      expect(decision?.reason).toContain('error-rate = 0.09, expected < 0.05');
      expect(prometheus.queries()).toContain(sent);
      expect(await served(path)).toEqual({ percent: 0, enabled: true });
    } finally {
      await prometheus.close();
    }
  });

  it('without checks, the health URL itself is asked, query string included', async () => {
    const clock = manualClock();
    asked.length = 0;
    const path = await canaryFile(`${await target(() => 200)}/api/health?flag=new-checkout`, clock);
    await clock.sleep(HOLD_MS);
    expect(await pass(path, clock)).toMatchObject([{ action: 'advance' }]);
    expect(new Set(asked)).toEqual(new Set(['/api/health?flag=new-checkout']));
  });

  it('a paused canary is left alone; resumed, it goes on', async () => {
    const clock = manualClock();
    const path = await canaryFile(await target(() => 200), clock);
    const pause = applyFlagOperation(
      await readFile(path, 'utf8'),
      { operation: 'pause', flag: 'new-checkout', actor: 'bo', now: new Date(clock.now()) },
      path,
    );
    await writeFile(path, pause.text);
    await clock.sleep(HOLD_MS);
    expect(await pass(path, clock)).toMatchObject([{ verdict: 'paused', action: 'hold' }]);
    const resume = applyFlagOperation(
      pause.text,
      { operation: 'resume', flag: 'new-checkout', actor: 'bo', now: new Date(clock.now()) },
      path,
    );
    await writeFile(path, resume.text);
    expect(await pass(path, clock)).toMatchObject([{ verdict: 'healthy', action: 'advance' }]);
  });

  it('no answer from the target holds the stage (error), never rolls back', async () => {
    const clock = manualClock();
    const path = await canaryFile('http://127.0.0.1:9', clock);
    await clock.sleep(HOLD_MS);
    const [decision] = await pass(path, clock);
    expect(decision?.action).toBe('hold');
    expect(['error', 'inconclusive']).toContain(decision?.verdict);
    expect((await served(path)).percent).toBe(1);
  });

  it('[race] two overlapping passes on the repository advance the flag once: the stage in the file is the lock', async () => {
    const clock = manualClock();
    const local = await canaryFile(await target(() => 200), clock);
    const gh = await startFakeGitHub({ token: 'ghs_canary', repository: 'acme/shop' });
    try {
      gh.setFile('flags/production.flagd.json', await readFile(local, 'utf8'));
      await clock.sleep(HOLD_MS);
      const logger = recordingLogger();
      const http = new HttpClient({ clock });
      const octokit = createOctokit({ token: 'ghs_canary', apiUrl: gh.url, http });
      // Two scheduled runs (their actors differ, so their commits would too).
      const repositoryPass = (actor: string) =>
        progressRepository({
          octokit,
          file: { owner: 'acme', repo: 'shop', path: 'flags/production.flagd.json' },
          environment: 'production',
          mode: 'commit',
          actor,
          health: { schedule: { intervalMs: 1000, count: 3 }, http, clock, logger },
          clock,
          logger,
        });
      const [first, second] = await Promise.all([repositoryPass('run-1'), repositoryPass('run-2')]);
      const decisions = [...first.decisions, ...second.decisions];
      expect(
        decisions.filter((decision) => decision.action === 'advance' && !decision.superseded),
      ).toHaveLength(1);
      expect(decisions.filter((decision) => decision.superseded)).toHaveLength(1);
      const flag = readManagedFlag(
        JSON.parse(gh.file('flags/production.flagd.json') as string).flags['new-checkout'],
      );
      expect(servedPercent(flag as NonNullable<typeof flag>)).toBe(10);
      expect(gh.log()[0]?.message).toMatch(
        /^flags\(production\): advance new-checkout 1%→10%\n\nFlag-Operation: advance\nFlag-Reason: canary stage healthy: /,
      );
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  it('against the sandbox: the deployed app is healthy through 1 % → 10 % → 25 %, then breaks and the canary goes back to 10 % within one pass', async () => {
    const sb = await testSandbox();
    try {
      // The app, deployed and promoted through the bundles as a workflow would.
      const deployed = await runAgainst(
        sb,
        'deploy',
        { environment: 'production', path: await versionedSite('1'), staged: 'false' },
        { env: { GITHUB_SHA: '1'.repeat(40), GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1' } },
      );
      expect(deployed.exitCode, deployed.stdout).toBe(0);
      const id = deployed.outputs['deployment-id'] as string;
      const clock = manualClock();
      const path = await canaryFile(`${sb.origins.production}/api/health.json`, clock);
      for (let round = 0; round < 2; round++) {
        await clock.sleep(HOLD_MS);
        expect(await pass(path, clock)).toMatchObject([{ verdict: 'healthy', action: 'advance' }]);
      }
      expect((await served(path)).percent).toBe(25);
      // Production starts answering 500.
      await api(sb, 'POST', '/_sandbox/faults', {
        json: { deployment: id, serve: { status: 500, rate: 1, where: 'domains' } },
      });
      await clock.sleep(HOLD_MS);
      expect(await pass(path, clock)).toMatchObject([
        { stage: 25, verdict: 'unhealthy', action: 'rollback-canary' },
      ]);
      expect(await served(path)).toEqual({ percent: 10, enabled: true });
    } finally {
      await sb.close();
    }
  });
});
