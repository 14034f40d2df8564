/**
 * The bundled smoke-test action (dist/smoke-test.js) driven the way the runner drives it:
 * INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, exit status.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../src/runner/bundle.js';
import { type TestServer, startServer } from '../helpers/server.js';
import { errorLines } from '../helpers/steps.js';

let site: TestServer;
beforeAll(async () => {
  site = await startServer((req, res) => {
    if (req.url === '/')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Shop</title> Welcome');
    else if (req.url === '/api/health')
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    else if (req.url === '/private') {
      res
        .writeHead(req.headers['x-vercel-protection-bypass'] === 'bypass-SENTINEL-42' ? 200 : 401)
        .end('private');
    } else res.writeHead(404).end('not found');
  });
});
afterAll(() => site.close());

/** The nearest-rank `p`-th percentile (the smallest value with at least p % of `values` ≤ it). */
function nearestRank(values: readonly number[], p: number): number | undefined {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

describe('smoke-test bundle', () => {
  it('passes, writing outputs, a JSON report and a summary table', async () => {
    const run = await runBundledAction('smoke-test', {
      url: site.url,
      checks: JSON.stringify([
        {
          name: 'home',
          path: '/',
          expect: { 'body-contains': 'Welcome', headers: { 'content-type': 'text/html' } },
        },
        { name: 'health', path: '/api/health', expect: { json: { '$.status': 'ok' } } },
      ]),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', total: '2', failed: '0' });
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    // p95-ms: whole milliseconds, the nearest-rank p95 of the latencies the report lists (docs/smoke-test.md).
    const latencies: number[] = report.checks.map((c: { latencyMs: number }) => c.latencyMs);
    expect(latencies).toHaveLength(2);
    for (const ms of latencies) expect(String(ms)).toMatch(/^\d+$/);
    expect(run.outputs['p95-ms']).toMatch(/^\d+$/);
    expect(Number(run.outputs['p95-ms'])).toBe(nearestRank(latencies, 95));
    expect(Number(run.outputs['p95-ms'])).toBeLessThanOrEqual(Math.max(...latencies));
    expect(report).toMatchObject({
      passed: true,
      total: 2,
      checks: [
        { name: 'home', outcome: 'passed' },
        { name: 'health', outcome: 'passed' },
      ],
    });
    expect(run.summary).toContain('### ✅ Smoke test passed: 2 of 2 checks');
    expect(run.summary).toMatch(/\| health \| `GET \/api\/health` \| 200 \| \d+ \| 1 \| ✅ passed \| {2}\|/);
    expect(errorLines(run.stdout)).toEqual([]);
  });

  it('fails with exit 1, outputs, annotations within the per-step limit and one line naming the failed checks', async () => {
    const checks = [
      { name: 'home', path: '/' },
      ...Array.from({ length: 12 }, (_, i) => ({ name: `gone-${i}`, path: `/gone/${i}` })),
    ];
    const run = await runBundledAction('smoke-test', {
      url: site.url,
      checks: JSON.stringify(checks),
      retries: '0',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', total: '13', failed: '12' });
    const errors = errorLines(run.stdout);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors).toHaveLength(10); // nine checks and the failure line
    expect(run.stdout).toContain(
      '::notice title=smoke-test::3 more errors not shown here; see the job summary',
    );
    expect(errors.at(-1)).toBe(
      '::error::smoke test failed: 12 of 13 checks failed (gone-0, gone-1, gone-2, gone-3, gone-4 and 7 more)',
    );
    expect(run.summary).toContain('❌ Smoke test failed: 12 of 13 checks failed');
    expect(run.summary.match(/❌ failed \| status 404, expected 200-299/g)).toHaveLength(12);
  });

  it('reads checks from a config file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gl-smoke-'));
    const config = join(dir, 'smoke.yml');
    await writeFile(
      config,
      'checks:\n  - name: health\n    path: /api/health\n    expect:\n      json: { "$.status": ok }\n',
    );
    const run = await runBundledAction('smoke-test', { url: site.url, config });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.total).toBe('1');
  });

  it('[input] bad input: one clear line, exit 1, no stack trace, no outputs', async () => {
    const bad = await runBundledAction('smoke-test', { url: site.url, checks: '- name: x\n  path: nope' });
    expect(bad.exitCode).toBe(1);
    expect(errorLines(bad.stdout)).toEqual([
      "::error::input 'checks': check 1 ('x'): path: expected a path starting with '/'",
    ]);
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
    expect(bad.outputs).toEqual({});

    const timeout = await runBundledAction('smoke-test', { url: site.url, timeout: 'soon' });
    expect(errorLines(timeout.stdout)).toEqual([
      "::error::input 'timeout': expected a duration like 30s or 5m, got 'soon'",
    ]);
    expect(timeout.exitCode).toBe(1);

    const missing = await runBundledAction('smoke-test', {}, { env: { INPUT_URL: '' } });
    expect(errorLines(missing.stdout)).toEqual(["::error::input 'url': required, but not supplied"]);
  });

  it('[secret] sends the protection bypass header, masks it first and never prints it', async () => {
    const secret = 'bypass-SENTINEL-42';
    const run = await runBundledAction('smoke-test', {
      url: `${site.origin}/`,
      checks: '[/private]',
      'protection-bypass': secret,
      'fail-fast': 'true',
    });
    expect(run.exitCode).toBe(0);
    const lines = (run.stdout + run.stderr).split('\n').filter((l) => l.includes(secret));
    expect(lines).toEqual([`::add-mask::${secret}`]);
    expect(run.stdout.indexOf(`::add-mask::${secret}`)).toBe(0);
    expect(run.summary).not.toContain(secret);
    expect(await readFile(run.outputs.report as string, 'utf8')).not.toContain(secret);
  });
});

describe('greenlight run', () => {
  it('runs the bundle from the CLI and prints outputs as JSON', async () => {
    const cli = resolve(import.meta.dirname, '../../dist/cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [
      cli,
      'run',
      'smoke-test',
      '--with',
      `url=${site.url}`,
      '--json',
    ]);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ exitCode: 0, outputs: { passed: 'true', total: '1' } });
    expect(result.summary).toContain('Smoke test passed');
  });

  it('[input] refuses an input the action does not declare, in one line', async () => {
    const cli = resolve(import.meta.dirname, '../../dist/cli.js');
    const error = await promisify(execFile)(process.execPath, [
      cli,
      'run',
      'smoke-test',
      '--with',
      'urll=x',
    ]).catch((e: unknown) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toBe(
      "action 'smoke-test' has no input 'urll'; it takes: url, checks, config, retries, timeout, concurrency, protection-bypass, follow-redirects, fail-fast, retry-on-status, retry-on-assertion\n",
    );
  });
});
