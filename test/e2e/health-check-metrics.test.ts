/**
 * The bundled health-check action (dist/health-check.js) with metric queries, driven as the runner
 * drives it (INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, exit status), against a
 * local site and a fake Prometheus query API (test/fakes/prometheus.ts).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../src/runner/bundle.js';
import { type FakePrometheus, one, startPrometheus } from '../fakes/prometheus.js';
import { type TestServer, startServer } from '../helpers/server.js';
import { errorLines } from '../helpers/steps.js';

const TOKEN = 'prom-TOKEN-SENTINEL-31';
const ERROR_RATE = 'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))';
const P99 = 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) * 1000';

let site: TestServer;
let prom: FakePrometheus;
beforeAll(async () => {
  site = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
  prom = await startPrometheus({ prefix: '/api/prom', authorization: `Bearer ${TOKEN}` });
  prom.answer(ERROR_RATE, one('0.07200000000000001'));
  prom.answer(P99, one('840'));
  prom.answer('healthy_errors', one('0.001'));
});
afterAll(async () => {
  await site.close();
  await prom.close();
});

const FAST = { interval: '50ms', count: '3', timeout: '2s' };

describe('health-check bundle with metric queries', () => {
  it('checks passing but a metric query failing → unhealthy, the metric named in the failure line and summary; the token never printed', async () => {
    const before = prom.requests.length;
    const run = await runBundledAction('health-check', {
      url: site.url,
      ...FAST,
      'metrics-url': prom.url,
      'metrics-token': TOKEN,
      'metric-queries': `# Prometheus: error ratio and p99 (ms)\nlatency-p99-ms: ${P99} < 2000\nerror-rate: ${ERROR_RATE} < 0.05\n`,
    });
    expect(run.exitCode).toBe(1);
    const reason = '1 failed measurement > failure-limit 0 (last: error-rate = 0.072, expected < 0.05)';
    expect(run.outputs).toMatchObject({
      healthy: 'false',
      verdict: 'unhealthy',
      failures: '1',
      errors: '0',
      reason,
    });
    expect(run.outputs['error-rate']).toBe('0'); // the checks all passed
    expect(errorLines(run)).toEqual([
      `::error title=health check unhealthy::${reason}`,
      `::error::health check unhealthy: ${reason}`,
    ]);
    // One measurement: the site once, both queries once, with the token, exactly the text given.
    expect(site.requests.filter((r) => r.url === '/')).toHaveLength(1);
    const sent = prom.requests.slice(before);
    expect(sent.map((r) => r.query)).toEqual(expect.arrayContaining([P99, ERROR_RATE]));
    expect(sent).toHaveLength(2);
    for (const r of sent) expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);

    expect(run.summary).toContain('### ❌ Health check: unhealthy');
    expect(run.summary).toContain(reason);
    expect(run.summary).toContain(`#### Metric queries (${prom.url}/api/v1/query)`);
    expect(run.summary).toContain(`| error-rate | \`${ERROR_RATE}\` | &lt; 0.05 | 0.072 | 0 | 1 | 0 |`);
    expect(run.summary).toContain(`| latency-p99-ms | \`${P99}\` | &lt; 2000 | 840 | 1 | 0 | 0 |`);
    expect(run.summary).toMatch(
      /\| 1 \| \+\d+ms \| ❌ failed \| 1\/1 \| \d+ \| latency-p99-ms = 840 · ❌ error-rate = 0\.072 \|/,
    );
    expect(run.stdout).toMatch(
      /#1 failed: 1\/1 checks passed, slowest \d+ ms; 1\/2 metric queries failed \(error-rate = 0\.072, expected < 0\.05\)/,
    );

    const report = await readFile(run.outputs.report as string, 'utf8');
    expect(JSON.parse(report)).toMatchObject({
      verdict: 'unhealthy',
      measurements: [
        {
          outcome: 'failed',
          metrics: [
            { name: 'latency-p99-ms', query: P99, value: 840, outcome: 'passed' },
            { name: 'error-rate', query: ERROR_RATE, value: 0.07200000000000001, outcome: 'failed' },
          ],
        },
      ],
    });
    const printed = [run.stdout, run.stderr, run.summary, report, JSON.stringify(run.outputs)].join('\n');
    expect(printed.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  });

  it('healthy when checks and queries pass', async () => {
    const run = await runBundledAction('health-check', {
      url: site.url,
      ...FAST,
      'metrics-url': prom.url,
      'metrics-token': TOKEN,
      'metric-queries': 'error-rate: healthy_errors < 0.05',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'healthy', reason: '3 of 3 measurements passed' });
    expect(run.summary).toContain('| error-rate | `healthy_errors` | &lt; 0.05 | 0.001 | 3 | 0 | 0 |');
    expect(errorLines(run)).toEqual([]);
  });

  it('[input] bad metric inputs: one line, exit 1, no outputs, no request', async () => {
    const siteBefore = site.requests.length;
    const promBefore = prom.requests.length;
    const cases: [Record<string, string>, string][] = [
      [
        { 'metrics-url': prom.url, 'metric-queries': 'error-rate: ok < 1\nerror-rate sum(x) < 0.05' },
        "::error::input 'metric-queries': line 2: expected '<name>: <PromQL> <op> <number>' with op <, <=, > or >=, got 'error-rate sum(x) < 0.05'",
      ],
      [
        { 'metric-queries': 'error-rate: x < 0.05' },
        "::error::input 'metrics-url': required when 'metric-queries' is given, but not supplied",
      ],
      [
        { 'metrics-url': prom.url, 'metric-queries': 'e: x{flag="{{flag}}"} < 1' },
        "::error::input 'metric-queries': query 'e' holds {{flag}}, which this action cannot fill (placeholders are for callers of runHealthCheck that pass variables, such as a canary controller)",
      ],
      [
        { 'metrics-url': 'prometheus.example.com', 'metric-queries': 'e: x < 1' },
        "::error::input 'metrics-url': expected an http(s) URL like https://example.com, got 'prometheus.example.com'",
      ],
    ];
    for (const [inputs, line] of cases) {
      const run = await runBundledAction('health-check', {
        url: site.url,
        'metrics-token': TOKEN,
        ...inputs,
      });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([line]);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(run.outputs).toEqual({});
      expect((run.stdout + run.stderr).split('\n').filter((l) => l.includes(TOKEN))).toEqual([
        `::add-mask::${TOKEN}`,
      ]);
    }
    expect(site.requests.length).toBe(siteBefore);
    expect(prom.requests.length).toBe(promBefore);
  });
});
