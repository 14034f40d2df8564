/**
 * The bundled health-check action (dist/health-check.js) driven the way the runner drives it:
 * INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, exit status.
 */
import { readFile } from 'node:fs/promises';
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
    else if (req.url === '/broken') res.writeHead(500).end('boom');
    else if (req.url === '/private') {
      res
        .writeHead(req.headers['x-vercel-protection-bypass'] === 'bypass-SENTINEL-77' ? 200 : 401)
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

// Short windows; a generous per-request timeout so a cold start of fetch in the child never times out.
const FAST = { interval: '50ms', count: '3', timeout: '2s' };

describe('health-check bundle', () => {
  it('healthy: exit 0, outputs, a summary with the timeline and the latency chart', async () => {
    const run = await runBundledAction('health-check', {
      url: site.url,
      ...FAST,
      checks: JSON.stringify([
        { name: 'home', path: '/', expect: { 'body-contains': 'Welcome' } },
        { name: 'health', path: '/api/health', expect: { json: { '$.status': 'ok' } } },
      ]),
      'max-error-rate': '0',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      healthy: 'true',
      verdict: 'healthy',
      failures: '0',
      errors: '0',
      'error-rate': '0',
      reason: '3 of 3 measurements passed',
    });
    // p95-ms / p99-ms: whole milliseconds, the nearest-rank percentiles of every answered check's
    // latency in the report (docs/health-check.md), so p95 ≤ p99 ≤ the slowest answer.
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    const latencies: number[] = report.measurements.flatMap((m: { latenciesMs: number[] }) => m.latenciesMs);
    expect(latencies).toHaveLength(6);
    for (const ms of latencies) expect(String(ms)).toMatch(/^\d+$/);
    expect(run.outputs['p95-ms']).toMatch(/^\d+$/);
    expect(run.outputs['p99-ms']).toMatch(/^\d+$/);
    const [p95, p99] = [Number(run.outputs['p95-ms']), Number(run.outputs['p99-ms'])];
    expect(p95).toBe(nearestRank(latencies, 95));
    expect(p99).toBe(nearestRank(latencies, 99));
    expect(p95).toBeLessThanOrEqual(p99);
    expect(p99).toBeLessThanOrEqual(Math.max(...latencies));
    expect(run.summary).toContain('### ✅ Health check: healthy');
    expect(run.summary).toContain('3 measurements every 50ms starting at once · failure-limit 0');
    expect(run.summary).toContain('| # | Time | Result | Checks passed | Worst latency (ms) | Reason |');
    expect(run.summary).toMatch(/\| 3 \| \+\d+ms \| ✅ passed \| 2\/2 \| \d+ \| {2}\|/);
    expect(run.summary).toMatch(/```mermaid\nxychart-beta\n[\s\S]*x-axis "measurement" \["1", "2", "3"\]/);
    expect(run.stdout).toMatch(/#3 passed: 2\/2 checks passed/);
    expect(errorLines(run.stdout)).toEqual([]);
  });

  it('GETs `path` when no checks are given', async () => {
    const run = await runBundledAction('health-check', { url: site.url, ...FAST, path: '/api/health' });
    expect(run.exitCode).toBe(0);
    expect(site.requests.some((r) => r.url === '/api/health')).toBe(true);
  });

  it('unhealthy: exit 1, verdict outputs, one annotation and one line with the reason', async () => {
    const run = await runBundledAction('health-check', { url: site.url, ...FAST, path: '/broken' });
    expect(run.exitCode).toBe(1);
    const reason = '1 failed measurement > failure-limit 0 (last: GET /broken: status 500, expected 200-299)';
    expect(run.outputs).toMatchObject({
      healthy: 'false',
      verdict: 'unhealthy',
      failures: '1',
      errors: '0',
      'error-rate': '100',
      reason,
    });
    expect(errorLines(run.stdout)).toEqual([
      `::error title=health check unhealthy::${reason}`,
      `::error::health check unhealthy: ${reason}`,
    ]);
    expect(run.summary).toContain('### ❌ Health check: unhealthy');
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    expect(report).toMatchObject({ verdict: 'unhealthy', measurements: [{ index: 1, outcome: 'failed' }] });
    expect(typeof report.measurements[0].startedAt).toBe('number');
    expect(run.summary).toMatch(
      /\| 1 \| \+\d+ms \| ❌ failed \| 0\/1 \| \d+ \| 1\/1 checks failed \(GET \/broken: status 500, expected 200-299\) \|/,
    );
  });

  it('[input] bad input: one clear line, exit 1, no stack trace, no outputs, no request', async () => {
    const before = site.requests.length;
    const cases: [Record<string, string>, string][] = [
      [{ interval: 'soon' }, "::error::input 'interval': expected a duration like 30s or 5m, got 'soon'"],
      [{ interval: '0s' }, "::error::input 'interval': expected a duration above 0, like 10s, got '0s'"],
      [
        { count: '3', duration: '1m' },
        "::error::inputs 'count' and 'duration': expected one of them, got both",
      ],
      [
        { 'failure-limit': '-1' },
        "::error::input 'failure-limit': expected an integer of at least 0, got '-1'",
      ],
      [
        { 'max-error-rate': '150' },
        "::error::input 'max-error-rate': expected a number from 0 to 100, got '150'",
      ],
      [
        { interval: '1m', count: '20' },
        "::error::input 'progress-deadline': expected at least 19m10s (19 × interval 1m + timeout 10s), got 10m",
      ],
    ];
    for (const [inputs, line] of cases) {
      const run = await runBundledAction('health-check', { url: site.url, ...inputs });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run.stdout)).toEqual([line]);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(run.outputs).toEqual({});
    }
    expect(site.requests.length).toBe(before);
  });

  it('[secret] sends the protection bypass header, masks it first and never prints it', async () => {
    const secret = 'bypass-SENTINEL-77';
    const run = await runBundledAction('health-check', {
      url: site.url,
      ...FAST,
      path: '/private',
      'protection-bypass': secret,
    });
    expect(run.exitCode).toBe(0);
    const lines = (run.stdout + run.stderr).split('\n').filter((l) => l.includes(secret));
    expect(lines).toEqual([`::add-mask::${secret}`]);
    expect(run.summary).not.toContain(secret);
  });
});
