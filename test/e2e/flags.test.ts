/**
 * The bundled flags action (dist/flags.js) driven the way the runner drives it — INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files — against the fake GitHub's contents API (request
 * bodies checked against GitHub's OpenAPI description): one commit per change with its trailers,
 * concurrent changes that both land, dry runs and pull requests, and bad input that sends nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFlagOperation } from '../../src/flags/operations.js';
import type { FlagRequest } from '../../src/flags/types.js';
import { type BundleRun, runBundledAction } from '../../src/runner/bundle.js';
import { type FakeGitHub, startFakeGitHub } from '../fakes/github.js';
import { startServer } from '../helpers/server.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { createClient } from '@vercel/edge-config';
import { errorLines } from '../helpers/steps.js';

const TOKEN = 'ghs_SENTINELflagtoken';
const FILE = 'flags/production.flagd.json';
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN, repository: 'acme/shop' });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

/** Seeds the file with `requests` applied in turn, as earlier commits would have. */
function seed(...requests: Partial<FlagRequest>[]): string {
  let text: string | undefined = gh.file(FILE);
  for (const request of requests)
    text = applyFlagOperation(
      text,
      { flag: 'new-checkout', actor: 'seed', now: new Date(), ...request } as FlagRequest,
      FILE,
    ).text;
  gh.setFile(FILE, text as string);
  return text as string;
}

function flags(inputs: Record<string, string>): Promise<BundleRun> {
  return runBundledAction(
    'flags',
    { 'github-token': TOKEN, flag: 'new-checkout', ...inputs },
    {
      env: {
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: gh.url,
        GITHUB_ACTOR: 'octocat',
        GITHUB_RUN_ID: '4242',
        GITHUB_SERVER_URL: 'https://github.com',
      },
    },
  );
}

const writes = (): number => gh.requests.filter((request) => request.method !== 'GET').length;
const flagOf = (text: string | undefined): Record<string, unknown> =>
  JSON.parse(text ?? '{}').flags['new-checkout'] as Record<string, unknown>;

describe('flags bundle', () => {
  it('rollout: one commit with its subject and trailers, outputs and a summary with the measured share', async () => {
    seed({ operation: 'create' });
    const run = await flags({ operation: 'rollout', percentage: '10', reason: 'first canary' });
    expect(run.exitCode, run.stdout).toBe(0);
    const [head] = gh.log();
    expect(head?.message).toBe(
      'flags(production): rollout new-checkout 0%→10%\n\nFlag-Operation: rollout\nFlag-Reason: first canary\nRequested-By: @octocat\nWorkflow-Run: https://github.com/acme/shop/actions/runs/4242\n',
    );
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': head?.sha, 'pull-request-url': '' });
    expect(Math.abs(Number(run.outputs.share) - 10)).toBeLessThanOrEqual(1.5);
    expect(JSON.parse(run.outputs.after as string).metadata).toMatchObject({
      rolloutBasisPoints: 1000,
      updatedBy: 'octocat',
      reason: 'first canary',
    });
    expect(flagOf(gh.file(FILE))).toEqual(JSON.parse(run.outputs.after as string));
    expect(run.summary).toContain('### 🚩 rollout new-checkout 0%→10% (production)');
    expect(run.summary).toContain('Measured share served on: **');
  });

  it('[race] a change that lands between the read and the write is kept: the operation is applied again to the newer file', async () => {
    seed({ operation: 'create' }, { operation: 'rollout', percentage: 10 });
    gh.beforeNextPut(() => {
      // Another run overrides an organisation first.
      seed({ operation: 'override', org: 'acme', variant: 'on' });
    });
    const run = await flags({ operation: 'advance', reason: 'error budget fine' });
    expect(run.exitCode, run.stdout).toBe(0);
    const flag = flagOf(gh.file(FILE));
    expect(JSON.stringify(flag.targeting)).toContain('"acme"');
    expect((flag.metadata as Record<string, unknown>).rolloutBasisPoints).toBe(2500);
    expect(gh.requests.filter((request) => request.method === 'PUT')).toHaveLength(2);
    expect(run.summary).toContain('Written on attempt 2, after a concurrent change.');
  });

  it.each([
    [
      { operation: 'enable', flag: '"; rm -rf /', reason: 'x' },
      `::error::input 'flag': expected a key matching ^[A-Za-z0-9][A-Za-z0-9_.-]*$, got "\\"; rm -rf /"`,
    ],
    [
      { operation: 'rollout', percentage: '150', reason: 'x' },
      "::error::input 'percentage': expected a number from 0 to 100, got '150'",
    ],
    [
      { operation: 'enable' },
      "::error::input 'reason': required for the production environment (it is recorded in the flag and the commit)",
    ],
    [
      { operation: 'kill', environment: 'staging' },
      "::error::input 'reason': required for kill (it is recorded in the flag and the commit)",
    ],
    [
      { operation: 'override', reason: 'x' },
      "::error::input 'org': expected an organisation id for override",
    ],
  ])('[input] %j is one line; nothing is sent and the file is untouched', async (inputs, line) => {
    const before = seed({ operation: 'create' });
    const run = await flags(inputs as Record<string, string>);
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([line]);
    expect(gh.requests).toEqual([]);
    expect(gh.file(FILE)).toBe(before);
  });

  it('[input] an unknown flag is one line after the read, and nothing is written', async () => {
    const before = seed({ operation: 'create' });
    const run = await flags({ operation: 'enable', flag: 'no-such-flag', reason: 'x' });
    expect(errorLines(run)).toEqual([`::error::input 'flag': no flag 'no-such-flag' in ${FILE}`]);
    expect(writes()).toBe(0);
    expect(gh.file(FILE)).toBe(before);
  });

  it('dry-run reads and reports the change without writing it; the same request again changes nothing', async () => {
    const before = seed({ operation: 'create' });
    const dry = await flags({ operation: 'enable', reason: 'launch', 'dry-run': 'true' });
    expect(dry.exitCode, dry.stdout).toBe(0);
    expect(dry.outputs).toMatchObject({ changed: 'true', 'commit-sha': '', share: '100' });
    expect(writes()).toBe(0);
    expect(gh.file(FILE)).toBe(before);
    await flags({ operation: 'enable', reason: 'launch' });
    const again = await flags({ operation: 'enable', reason: 'launch' });
    expect(again.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
    expect(gh.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });

  it('mode pull-request: the change goes to a new branch and a pull request; the default branch is untouched', async () => {
    const before = seed({ operation: 'create' });
    const run = await flags({ operation: 'kill', reason: 'INC-42', mode: 'pull-request' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['pull-request-url']).toMatch(/^https?:\/\//);
    expect(gh.pulls).toHaveLength(1);
    expect(gh.file(FILE)).toBe(before);
    const branch = gh.branches().find((name) => name.startsWith('greenlight/flags-')) as string;
    expect(flagOf(gh.file(FILE, branch)).state).toBe('DISABLED');
    // Not in effect until merged: no commit-sha output, the summary links the pull request.
    expect(run.outputs['commit-sha']).toBe('');
    expect(run.summary).toContain(`[pull request](${run.outputs['pull-request-url']})`);
  });

  it('[input] a change the Edge Config store could not hold is refused before it is committed', async () => {
    const before = seed({ operation: 'create' });
    const run = await flags({
      operation: 'enable',
      reason: 'launch',
      'edge-config-id': 'ecfg_shopflags3',
      'vercel-api-url': 'http://127.0.0.1:9',
      'vercel-token': 'unused-token',
      'edge-config-size-limit': '100',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(
      /^::error::input 'edge-config-size-limit': the Edge Config items flagd and flags are \d+ bytes, over the limit of 100 bytes; nothing was sent/,
    );
    expect(writes()).toBe(0);
    expect(gh.file(FILE)).toBe(before);
  });

  it('mode pull-request with edge-config-id: nothing is pushed to Edge Config before the merge', async () => {
    const sandbox = await startSandbox({ buildDelayMs: 30 });
    try {
      seed({ operation: 'create' });
      const run = await flags({
        operation: 'enable',
        reason: 'launch',
        mode: 'pull-request',
        'edge-config-id': 'ecfg_shopflags2',
        'vercel-api-url': sandbox.api,
        'vercel-token': sandbox.token,
      });
      expect(run.exitCode, run.stdout).toBe(0);
      const log = (await (
        await fetch(`${sandbox.api}/_sandbox/requests`, {
          headers: { authorization: `Bearer ${sandbox.token}` },
        })
      ).json()) as { requests: { method: string }[] };
      expect(log.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it('[secret] the token never appears in the output except to mask it', async () => {
    seed({ operation: 'create' });
    const run = await flags({ operation: 'enable', reason: 'launch' });
    const all = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs);
    expect(all.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  });

  it('progress: the canary controller advances a healthy stage and takes an unhealthy one back, one commit each', async () => {
    const healthy = await startServer((_req, res) => res.end('ok'));
    const failing = await startServer((_req, res) => {
      res.statusCode = 503;
      res.end('down');
    });
    try {
      const longAgo = new Date(Date.now() - 3_600_000);
      let text: string | undefined;
      for (const request of [
        { operation: 'create', flag: 'new-checkout' },
        { operation: 'canary', flag: 'new-checkout', canary: { healthUrl: healthy.origin, holdMs: 60_000 } },
        { operation: 'create', flag: 'search-v2' },
        { operation: 'canary', flag: 'search-v2', canary: { healthUrl: failing.origin, holdMs: 60_000 } },
        { operation: 'advance', flag: 'search-v2' },
        { operation: 'create', flag: 'fresh' },
      ] as Partial<FlagRequest>[])
        text = applyFlagOperation(
          text,
          { actor: 'seed', now: longAgo, ...request } as FlagRequest,
          FILE,
        ).text;
      text = applyFlagOperation(
        text,
        {
          operation: 'canary',
          flag: 'fresh',
          canary: { healthUrl: healthy.origin, holdMs: 3_600_000 },
          actor: 'seed',
          now: new Date(),
        },
        FILE,
      ).text;
      gh.setFile(FILE, text);
      const run = await flags({
        operation: 'progress',
        flag: '',
        'health-interval': '500ms',
        'health-count': '2',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      const decisions = JSON.parse(run.outputs.decisions as string) as {
        flag: string;
        action: string;
        verdict: string;
      }[];
      expect(decisions.map((decision) => [decision.flag, decision.verdict, decision.action])).toEqual([
        ['new-checkout', 'healthy', 'advance'],
        ['search-v2', 'unhealthy', 'rollback-canary'],
        ['fresh', 'not due', 'hold'],
      ]);
      const subjects = gh
        .log()
        .slice(0, 2)
        .map((commit) => commit.message.split('\n')[0]);
      expect(subjects).toEqual([
        'flags(production): rollback-canary search-v2 10%→1%',
        'flags(production): advance new-checkout 1%→10%',
      ]);
      expect(gh.log()[0]?.message).toMatch(/\nFlag-Reason: canary stage unhealthy: /);
      expect(run.outputs.changed).toBe('true');
      expect(run.summary).toContain('### 🐤 Canary flags (production)');
      expect(run.summary).toContain('⬇️ back one stage');
      expect(run.stdout).toContain('::warning title=canary search-v2%3A rollback-canary::at 10%');
    } finally {
      await healthy.close();
      await failing.close();
    }
  });

  it('edge-config-id: a committed change is pushed to Edge Config, and an app reads it back there', async () => {
    const sandbox = await startSandbox({ buildDelayMs: 30 });
    try {
      seed({ operation: 'create' });
      const edgeConfig = {
        'edge-config-id': 'ecfg_shopflags1',
        'vercel-api-url': sandbox.api,
        'vercel-token': sandbox.token,
        'vercel-org-id': sandbox.teamId,
      };
      const run = await flags({ operation: 'enable', reason: 'launch', ...edgeConfig });
      expect(run.exitCode, run.stdout).toBe(0);
      const client = createClient(`${sandbox.api}/ecfg_shopflags1?token=${sandbox.token}`);
      expect(await client.get('flags')).toEqual({ 'new-checkout': true });
      expect(await client.get('flagd')).toEqual(JSON.parse(gh.file(FILE) as string));
      expect(run.stdout.split('\n').filter((line) => line.includes(sandbox.token))).toEqual([
        `::add-mask::${sandbox.token}`,
      ]);

      const before = gh.file(FILE);
      const bad = await flags({
        operation: 'disable',
        reason: 'x',
        ...edgeConfig,
        'edge-config-id': 'https://edge-config.vercel.com/ecfg_x?token=t',
      });
      expect(errorLines(bad)).toEqual([
        "::error::input 'edge-config-id': expected a store id like ecfg_abc123 (not a connection string)",
      ]);
      expect(gh.file(FILE)).toBe(before);
    } finally {
      await sandbox.close();
    }
  });
});
