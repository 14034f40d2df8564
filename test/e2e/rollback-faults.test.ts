/**
 * The rollback bundle under faults and re-runs, against the sandbox: permanent refusals fail at
 * once (one POST, one line naming the input, never the token), transient ones converge, and a
 * rollback without a target never rolls production forward again.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../src/runner/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, testSandbox } from '../sandbox/helpers.js';
import { errorLines, fetchText, productionId, runAgainst } from '../helpers/sandbox-env.js';
import { versionedSite } from '../helpers/site.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

/** The sites live under the temp dir: that is the job's workspace here. */
const WORKSPACE = { GITHUB_WORKSPACE: tmpdir() };

/** A staged production deploy of `version`, promoted; returns its id. */
async function release(version: string): Promise<string> {
  const sha = version.repeat(40).slice(0, 40);
  const deployed = await runAgainst(
    sb,
    'deploy',
    { environment: 'production', path: await versionedSite(version) },
    { env: { GITHUB_SHA: sha, GITHUB_RUN_ID: `10${version}`, GITHUB_RUN_ATTEMPT: '1', ...WORKSPACE } },
  );
  expect(deployed.exitCode, deployed.stdout).toBe(0);
  const id = deployed.outputs['deployment-id'] as string;
  const promoted = await runAgainst(sb, 'promote', { 'deployment-id': id });
  expect(promoted.outputs.outcome, promoted.stdout).toBe('promoted');
  return id;
}

type LogEntry = { method: string; path: string; status: number };
/** The rollback requests in the sandbox's request log. */
async function rollbackPosts(): Promise<LogEntry[]> {
  const log = (await api(sb, 'GET', '/_sandbox/requests')).body;
  const entries = (Array.isArray(log) ? log : log.requests) as LogEntry[];
  return entries.filter((e) => e.method === 'POST' && e.path.includes('/rollback/'));
}

describe('rollback: permanent refusals fail at once', () => {
  it.each([
    { status: 403, input: 'vercel-token' },
    { status: 404, input: 'to-deployment-id' },
    { status: 422, input: 'to-deployment-id' },
  ])(
    '[fault] $status on the rollback endpoint: exit 1 after one POST, one line naming $input',
    async ({ status, input }) => {
      const v1 = await release('1');
      await release('2');
      await api(sb, 'DELETE', '/_sandbox/requests');
      // Only the first request is refused: a retry would succeed, so any retry shows.
      await api(sb, 'POST', '/_sandbox/faults', {
        json: { endpoint: 'POST /v1/projects/*/rollback/*', status, count: 1 },
      });

      const r = await runAgainst(sb, 'rollback', { 'to-deployment-id': v1, reason: 'broken' });

      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ outcome: 'rollback_failed', 'to-deployment-id': '' });
      expect((await rollbackPosts()).map((e) => e.status)).toEqual([status]);
      const errors = errorLines(r);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(
          `^::error::rollback failed: input '${input}': Vercel API: roll back to ${v1}: .* ${status}`,
        ),
      );
      const all = r.stdout + r.stderr + r.summary + JSON.stringify(r.outputs);
      expect(all.split('\n').filter((l) => l.includes(sb.token))).toEqual([`::add-mask::${sb.token}`]);
      expect(await productionId(sb)).not.toBe(v1);
    },
  );

  it('[fault] a genuinely ineligible target (never served production) is one 422 and one line', async () => {
    await release('1');
    const staged = await runAgainst(
      sb,
      'deploy',
      { environment: 'production', path: await versionedSite('3') },
      { env: { GITHUB_SHA: 'c'.repeat(40), GITHUB_RUN_ID: '300', ...WORKSPACE } },
    );
    const never = staged.outputs['deployment-id'] as string;
    await api(sb, 'DELETE', '/_sandbox/requests');

    const r = await runAgainst(sb, 'rollback', { 'to-deployment-id': never });

    expect(r.exitCode).toBe(1);
    expect((await rollbackPosts()).map((e) => e.status)).toEqual([422]);
    expect(errorLines(r)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error::rollback failed: input 'to-deployment-id': .*422.*\\(rollback_not_eligible\\)$`,
        ),
      ),
    ]);
  });

  it('[fault] 500 twice, then success: rolled_back after 3 POSTs', async () => {
    const v1 = await release('1');
    await release('2');
    await api(sb, 'DELETE', '/_sandbox/requests');
    await api(sb, 'POST', '/_sandbox/faults', {
      json: { endpoint: 'POST /v1/projects/*/rollback/*', status: 500, count: 2 },
    });

    const r = await runAgainst(sb, 'rollback', { 'to-deployment-id': v1 });

    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'rolled_back', 'to-deployment-id': v1 });
    expect((await rollbackPosts()).map((e) => e.status)).toEqual([500, 500, 201]);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
  });
});

describe('rollback: never forward again', () => {
  it('[rerun] two rollbacks in a row without to-deployment-id: the second does not put the bad release back', async () => {
    const p1 = await release('1');
    const p2 = await release('2');

    const first = await runAgainst(sb, 'rollback', { reason: 'p2 is broken' });
    expect(first.outputs).toMatchObject({
      outcome: 'rolled_back',
      'to-deployment-id': p1,
      'from-deployment-id': p2,
    });
    await api(sb, 'DELETE', '/_sandbox/requests');

    const second = await runAgainst(sb, 'rollback', { reason: 'p2 is broken' });

    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({ outcome: 'noop', 'to-deployment-id': p1 });
    expect(second.summary).toContain(`already rolled back from ${p2} to ${p1}`);
    expect(await rollbackPosts()).toEqual([]);
    expect(await productionId(sb)).toBe(p1);
    expect((await fetchText(sb.origins.production)).body).toContain('version 1');
  });

  it.each([
    { name: 'without to-deployment-id', target: false },
    { name: 'with to-deployment-id', target: true },
  ])(
    '[rerun] the rollback action re-run (attempt 2) with the same inputs $name: no POST, noop',
    async ({ target }) => {
      // p0 is older and eligible: a re-run must not take production further back to it either.
      const p0 = await release('0');
      const p1 = await release('1');
      const p2 = await release('2');
      const inputs = { reason: 'health check failed', ...(target ? { 'to-deployment-id': p1 } : {}) };
      const attempt = (n: string) => ({ env: { GITHUB_RUN_ID: '900', GITHUB_RUN_ATTEMPT: n } });

      const one = await runAgainst(sb, 'rollback', inputs, attempt('1'));
      expect(one.exitCode, one.stdout).toBe(0);
      expect(one.outputs).toMatchObject({
        outcome: 'rolled_back',
        'to-deployment-id': p1,
        'from-deployment-id': p2,
      });
      await api(sb, 'DELETE', '/_sandbox/requests');

      const two = await runAgainst(sb, 'rollback', inputs, attempt('2'));

      expect(two.exitCode, two.stdout).toBe(0);
      expect(two.outputs).toMatchObject({
        outcome: 'noop',
        'to-deployment-id': p1,
        'from-deployment-id': p1,
      });
      expect(await rollbackPosts()).toEqual([]);
      expect(await productionId(sb)).toBe(p1);
      expect(await productionId(sb)).not.toBe(p0);
    },
  );
});

describe('rollback with the command provider', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gl-rollback-cmd-'));
    // Leaves a marker when any command is started.
    writeFileSync(
      join(dir, 'mark.mjs'),
      "import { writeFileSync } from 'node:fs'; writeFileSync('started', '1'); console.log('null');\n",
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('[input] a missing rollback-command is one line and starts no process', async () => {
    const r = await runBundledAction(
      'rollback',
      { provider: 'command', 'to-deployment-id': 'rel-1', 'production-command': 'node mark.mjs' },
      { env: { GITHUB_WORKSPACE: dir } },
    );

    expect(r.exitCode).toBe(1);
    expect(errorLines(r)).toEqual([
      "::error::input 'rollback-command': required with provider 'command' to roll back",
    ]);
    expect(r.stdout).not.toContain('did not hold');
    expect(existsSync(join(dir, 'started'))).toBe(false);
  });
});
