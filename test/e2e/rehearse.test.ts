/**
 * `greenlight rehearse`, the main job: the bundled CLI on the embedded sandbox, with short health
 * intervals; and the orchestrator failing when an expected outcome does not happen.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseRehearseArgs } from '../../src/cli/rehearse.js';
import { DEFAULT_COUNT, DEFAULT_INTERVAL_MS } from '../../src/health/schedule.js';
import { rehearse } from '../../src/rehearse/rehearsal.js';
import { api, testSandbox } from '../sandbox/helpers.js';
import { writeTree } from '../helpers/site.js';

const cli = resolve(import.meta.dirname, '../../dist/cli.js');
const FAST = ['--interval', '200ms', '--count', '2'];

async function greenlight(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const EXPECTED_STAGES = [
  ['staging: deploy', 'ready'],
  ['staging: smoke test', 'passed'],
  ['v1: deploy (staged)', 'ready'],
  ['v1: smoke test', 'passed'],
  ['v1: promote', 'promoted'],
  ['v1: health check', 'healthy'],
  ['v2: deploy (staged)', 'ready'],
  ['v2: smoke test', 'passed'],
  ['v2: promote', 'promoted'],
  ['v2: health check', 'unhealthy'],
  ['v2: rollback', 'rolled_back'],
  ['confirm: production serves v1', 'confirmed'],
];

describe('greenlight rehearse', () => {
  it('runs the release path on the example site and reports JSON', async () => {
    const r = await greenlight(['rehearse', '--json', ...FAST]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.outcome).toBe('passed');
    expect(json.stages.map((s: { stage: string; outcome: string }) => [s.stage, s.outcome])).toEqual(
      EXPECTED_STAGES,
    );
    expect(json.timeToRollbackMs).toBeGreaterThan(0);
    // From the broken release's promote: it spans the health check, so it includes the rollback time.
    expect(json.timeToRestoreMs).toBeGreaterThanOrEqual(json.timeToRollbackMs);
    expect(json.health).toEqual({ intervalMs: 200, count: 2 });
  });

  it('prints a readable timeline and deploys a prebuilt Build Output tree', async () => {
    const r = await greenlight(['rehearse', '--prebuilt', ...FAST]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ {2}v2: rollback +[\d.]+m?s {2}rolled_back: production → dpl_\w+$/m);
    expect(r.stdout).toMatch(
      /Time from the broken release's promote to production restored: (\d+ ms|[\d.]+s \(\d+ ms\))$/m,
    );
    expect(r.stdout).toMatch(
      /Time from the first failed probe to production restored: (\d+ ms|[\d.]+s \(\d+ ms\))$/m,
    );
    expect(r.stdout).toContain('Rehearsal passed');
  });

  it("deploys the user's own static build output with --dir (a vercel.json with cleanUrls, a 404 page)", async () => {
    // test/fixtures/apps/static-site: no rewrite, so the derived checks expect a missing page to 404.
    const dir = resolve(import.meta.dirname, '../fixtures/apps/static-site/source');
    const r = await greenlight(['rehearse', '--dir', dir, '--json', ...FAST]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toBe('passed');
  });

  it("health check: the actions' defaults unless --interval / --count say otherwise", () => {
    expect(parseRehearseArgs([])).toMatchObject({ intervalMs: DEFAULT_INTERVAL_MS, count: DEFAULT_COUNT });
    expect(parseRehearseArgs([])).toMatchObject({ intervalMs: 10_000, count: 6 });
    expect(parseRehearseArgs(['--interval=1s', '--count', '2'])).toMatchObject({
      intervalMs: 1000,
      count: 2,
    });
  });

  it('refuses a --dir that is not a build output, in one line', async () => {
    const empty = await writeTree({ 'README.md': 'no site here' });
    const r = await greenlight(['rehearse', '--dir', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `greenlight rehearse: --dir: expected a static build output with an index.html (e.g. dist/ or out/), got '${empty}'\n`,
    );
    const bad = await greenlight(['rehearse', '--interval', 'soon']);
    expect(bad.stderr).toBe('greenlight rehearse: --interval: expected a duration like 30s or 5m\n');
  });

  it('fails, naming the stage, when an expected outcome does not happen', async () => {
    const sandbox = await testSandbox();
    try {
      await api(sandbox, 'POST', '/_sandbox/faults', {
        json: { endpoint: 'POST /v10/projects/*/promote/*', status: 409, code: 'conflict' },
      });
      const result = await rehearse({ sandbox, dir: undefined, prebuilt: false, intervalMs: 200, count: 2 });
      expect(result.outcome).toBe('failed');
      expect(result.stages.at(-1)).toMatchObject({ stage: 'v1: promote', outcome: 'failed' });
      expect(result.reason).toMatch(
        /^v1 promote: expected exit 0, got 1 \(Vercel API: promote dpl_\w+: POST .* answered 409/,
      );
      expect(result.failedStepLog).toContain('::error::');
    } finally {
      await sandbox.close();
    }
  });
});
