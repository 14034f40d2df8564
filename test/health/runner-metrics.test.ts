/**
 * Metric queries in the health analysis: `runHealthCheck` with `metricQueries` against a local site
 * (checks) and a fake Prometheus query API, on a manual clock so the intervals cost no time. A
 * failed comparison is a failed measurement; a query without a number is an unanswered one, exactly
 * like a check that got no answer (Argo Rollouts' failure / error split).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record, start } from '../../src/health/analysis.js';
import { measure } from '../../src/health/measurement.js';
import type { MetricQuery } from '../../src/health/metrics.js';
import { healthMarkdown } from '../../src/health/report.js';
import { type HealthCheckOptions, runHealthCheck } from '../../src/health/runner.js';
import { HttpClient } from '../../src/http/client.js';
import { parseChecks } from '../../src/probes/check.js';
import { manualClock } from '../../src/runtime/clock.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { recordingLogger } from '../../src/runtime/logger.js';
import { clearSecrets } from '../../src/runtime/secrets.js';
import { type FakePrometheus, one, startPrometheus, vector } from '../fakes/prometheus.js';
import { type TestServer, closedPort, startServer } from '../helpers/server.js';
import { result } from './fixtures.js';

let site: TestServer;
let prom: FakePrometheus;
beforeEach(async () => {
  site = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
  prom = await startPrometheus();
});
afterEach(async () => {
  await site.close();
  await prom.close();
  clearSecrets();
});

const ERRORS: MetricQuery = { name: 'error-rate', query: 'errors', threshold: 0.05, op: '<' };
const P99: MetricQuery = { name: 'p99-ms', query: 'p99', threshold: 2000, op: '<' };

function options(over: Partial<HealthCheckOptions> = {}): HealthCheckOptions {
  const clock = manualClock();
  return {
    checks: parseChecks('[/]', 'test'),
    probe: { baseUrl: new URL(site.url) },
    schedule: { intervalMs: 10_000, count: 3, timeoutMs: 2_000, retries: 0 },
    http: new HttpClient({ clock }),
    clock,
    metricQueries: [ERRORS],
    metrics: { baseUrl: prom.url },
    ...over,
  };
}

describe('runHealthCheck with metric queries', () => {
  it('each measurement runs the checks and the queries; all passing → healthy, values recorded and logged', async () => {
    prom.answer('errors', one('0.01'));
    prom.answer('p99', one('840'));
    const logger = recordingLogger();
    const r = await runHealthCheck(options({ metricQueries: [ERRORS, P99], logger }));
    expect(r).toMatchObject({
      verdict: 'healthy',
      reason: '3 of 3 measurements passed',
      failures: 0,
      errors: 0,
    });
    expect(site.requests).toHaveLength(3);
    expect(prom.queries()).toEqual(['errors', 'p99', 'errors', 'p99', 'errors', 'p99']);
    expect(r.measurements[0]?.metrics).toEqual([
      {
        name: 'error-rate',
        query: 'errors',
        value: 0.01,
        outcome: 'passed',
        reason: 'error-rate = 0.01 (< 0.05)',
      },
      { name: 'p99-ms', query: 'p99', value: 840, outcome: 'passed', reason: 'p99-ms = 840 (< 2000)' },
    ]);
    // Checks-only statistics are unchanged by the queries.
    expect(r.measurements[0]).toMatchObject({ total: 1, passed: 1, failed: 0, errored: 0 });
    expect(r.settings.metrics).toEqual({
      url: `${prom.url}/api/v1/query`,
      queries: [ERRORS, P99],
      variables: {},
    });
    const lines = logger.lines.map((l) => l.message);
    expect(lines[0]).toMatch(/ · 2 metric queries on http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query$/);
    expect(lines[1]).toMatch(
      /^#1 passed: 1\/1 checks passed, slowest \d+ ms; 2\/2 metric queries passed: error-rate = 0\.01 \(< 0\.05\), p99-ms = 840 \(< 2000\)$/,
    );
  });

  it('checks passing but a query failing → unhealthy with failure-limit 0, named by the metric', async () => {
    prom.answer('errors', one('0.01'), one('0.07200000000000001'));
    const logger = recordingLogger();
    const r = await runHealthCheck(options({ logger }));
    expect(r).toMatchObject({ verdict: 'unhealthy', healthy: false, failures: 1, errors: 0 });
    expect(r.reason).toBe(
      '1 failed measurement > failure-limit 0 (last: error-rate = 0.072, expected < 0.05)',
    );
    expect(r.measurements.map((m) => m.outcome)).toEqual(['passed', 'failed']);
    expect(r.measurements[1]).toMatchObject({
      passed: 1,
      total: 1,
      reason: 'error-rate = 0.072, expected < 0.05',
    });
    expect(r.errorRatePct).toBe(0); // the checks' error rate: every check passed
    expect(logger.lines.map((l) => l.message)[2]).toMatch(
      /^#2 failed: 1\/1 checks passed, slowest \d+ ms; 1\/1 metric queries failed \(error-rate = 0\.072, expected < 0\.05\)$/,
    );
  });

  it('failure-limit applies to metric failures as to check failures', async () => {
    prom.answer('errors', one('0.2'), one('0.01'), one('0.2'));
    const r = await runHealthCheck(
      options({
        limits: { failureLimit: 1 },
        schedule: { intervalMs: 10_000, count: 4, timeoutMs: 2_000, retries: 0 },
      }),
    );
    expect(r.measurements.map((m) => m.outcome)).toEqual(['failed', 'passed', 'failed']);
    expect(r.reason).toBe(
      '2 failed measurements > failure-limit 1 (last: error-rate = 0.2, expected < 0.05)',
    );
  });

  it('a query without data → the measurement is unanswered, exactly like a check without an answer', async () => {
    // No script: the fake answers an empty vector every time.
    const byMetric = await runHealthCheck(options());
    expect(byMetric).toMatchObject({ verdict: 'inconclusive', failures: 0, errors: 3 });
    expect(byMetric.reason).toBe(
      'no measurement passed: 0 failed (≤ failure-limit 0), 3 unanswered (≤ consecutive-error-limit 4 in a row) (last: error-rate: no data (the query returned an empty vector))',
    );
    expect(byMetric.measurements[0]).toMatchObject({ outcome: 'error', passed: 1, errored: 0 });

    // The same window with a check that gets no answer and no query: the same verdict and counts.
    const port = await closedPort();
    const byCheck = await runHealthCheck(
      options({ probe: { baseUrl: new URL(`http://127.0.0.1:${port}/`) }, metricQueries: undefined }),
    );
    expect({ verdict: byCheck.verdict, failures: byCheck.failures, errors: byCheck.errors }).toEqual({
      verdict: byMetric.verdict,
      failures: byMetric.failures,
      errors: byMetric.errors,
    });
  });

  it('no data in a row past consecutive-error-limit → error; an answered round in between resets it', async () => {
    const r = await runHealthCheck(options({ limits: { consecutiveErrorLimit: 1 } }));
    expect(r).toMatchObject({ verdict: 'error', errors: 2 });
    expect(r.reason).toBe(
      '2 consecutive errors > consecutive-error-limit 1 (last: error-rate: no data (the query returned an empty vector))',
    );

    prom.answer('errors', vector(), one('0.01'), vector());
    const mixed = await runHealthCheck(options({ limits: { consecutiveErrorLimit: 1 } }));
    expect(mixed.measurements.map((m) => m.outcome)).toEqual(['error', 'passed', 'error']);
    expect(mixed).toMatchObject({ verdict: 'healthy', reason: '1 of 3 measurements passed (2 unanswered)' });
  });

  it('a failed query outranks an unanswered one in the same round', async () => {
    prom.answer('errors', one('0.5'));
    const r = await runHealthCheck(options({ metricQueries: [{ ...P99, query: 'nothing' }, ERRORS] }));
    expect(r.measurements[0]).toMatchObject({
      outcome: 'failed',
      reason: 'error-rate = 0.5, expected < 0.05',
    });
  });

  it('substitutes {{flag}} and {{stage}}, escaped for a PromQL string: the API receives exactly this text', async () => {
    const query: MetricQuery = {
      name: 'canary-errors',
      query:
        'sum(rate(http_requests_total{flag="{{flag}}",stage="{{stage}}",code=~"5.."}[1m])) / sum(rate(http_requests_total{flag="{{flag}}"}[1m]))',
      threshold: 0.05,
      op: '<',
    };
    const sent =
      'sum(rate(http_requests_total{flag="new-\\"checkout\\"\\\\v2",stage="10",code=~"5.."}[1m])) / sum(rate(http_requests_total{flag="new-\\"checkout\\"\\\\v2"}[1m]))';
    prom.answer(sent, one('0'));
    const r = await runHealthCheck(
      options({
        metricQueries: [query],
        metrics: { baseUrl: prom.url, variables: { flag: 'new-"checkout"\\v2', stage: '10' } },
      }),
    );
    expect(prom.queries()).toEqual([sent, sent, sent]);
    expect(r.verdict).toBe('healthy');
    expect(r.settings.metrics?.variables).toEqual({ flag: 'new-"checkout"\\v2', stage: '10' });
  });

  it('refuses bad metric options before any request', async () => {
    const cases: [Partial<HealthCheckOptions>, string][] = [
      [{ metrics: undefined }, 'metric queries need metrics.baseUrl: the Prometheus-compatible API to query'],
      [{ checks: [] }, 'a health check needs at least one check; metric queries are additive'],
      [
        { metricQueries: [{ ...ERRORS, query: 'x{flag="{{flag}}"}' }] },
        "metric query 'error-rate': {{flag}} has no value (variables given: none)",
      ],
      [
        { metricQueries: [{ ...ERRORS, threshold: Infinity }] },
        "metric query 'error-rate': threshold: expected a finite number, got Infinity",
      ],
      [{ metrics: { baseUrl: 'file:///etc' } }, 'metrics URL: expected an http(s) URL, got file:'],
    ];
    for (const [over, message] of cases) {
      const run = runHealthCheck(options(over));
      await expect(run).rejects.toThrow(ConfigurationError);
      await expect(run).rejects.toThrow(message);
    }
    expect(site.requests).toHaveLength(0);
    expect(prom.requests).toHaveLength(0);
  });

  it('sends the token and never prints it: not in the log, the result, nor the report', async () => {
    const token = 'tok-SENTINEL-9000';
    await prom.close();
    prom = await startPrometheus({ authorization: `Bearer ${token}` });
    prom.answer('errors', one('0.5'));
    const logger = recordingLogger();
    const r = await runHealthCheck(options({ metrics: { baseUrl: prom.url, token }, logger }));
    expect(prom.requests.every((q) => q.headers.authorization === `Bearer ${token}`)).toBe(true);
    expect(r.verdict).toBe('unhealthy');
    const printed = [JSON.stringify(logger.lines), JSON.stringify(r), healthMarkdown(r)].join('\n');
    expect(printed).not.toContain(token);
    expect(printed).not.toContain(Buffer.from(token).toString('base64'));
  });

  it('the report shows a metric-query table and a Metrics column in the timeline', async () => {
    prom.answer('errors', one('0.01'), one('0.07200000000000001'));
    const r = await runHealthCheck(options());
    const md = healthMarkdown(r);
    expect(md).toContain(`#### Metric queries (${prom.url}/api/v1/query)`);
    expect(md).toContain('| Metric | Query | Passes while | Last value | Passed | Failed | Unanswered |');
    expect(md).toContain('| error-rate | `errors` | &lt; 0.05 | 0.072 | 1 | 1 | 0 |');
    expect(md).toContain('| # | Time | Result | Checks passed | Worst latency (ms) | Metrics | Reason |');
    expect(md).toMatch(/\| 1 \| \+0ms \| ✅ passed \| 1\/1 \| \d+ \| error-rate = 0\.01 \| {2}\|/);
    expect(md).toMatch(
      /\| 2 \| \+10s \| ❌ failed \| 1\/1 \| \d+ \| ❌ error-rate = 0\.072 \| 1\/1 checks passed, slowest \d+ ms; 1\/1 metric queries failed \(error-rate = 0\.072, expected &lt; 0\.05\) \|/,
    );
  });
});

describe('measure with metric results (pure)', () => {
  const at = { index: 1, startedAt: 0, offsetMs: 0 };
  const passed = { name: 'm', query: 'q', value: 1, outcome: 'passed' as const, reason: 'm = 1 (< 2)' };
  const failed = {
    name: 'f',
    query: 'q',
    value: 3,
    outcome: 'failed' as const,
    reason: 'f = 3, expected < 2',
  };
  const noData = {
    name: 'n',
    query: 'q',
    value: undefined,
    outcome: 'error' as const,
    reason: 'n: no data (…)',
  };

  it('checks decide as before when every query passed', () => {
    expect(measure([result('passed')], at, undefined, [passed])).toMatchObject({
      outcome: 'passed',
      reason: '',
    });
    expect(measure([result('failed')], at, undefined, [passed])).toMatchObject({
      outcome: 'failed',
      reason: 'GET /: status 500, expected 200-299',
    });
  });

  it('a failed check is named before a failed query, and both are counted', () => {
    expect(measure([result('failed')], at, undefined, [failed]).reason).toBe(
      'GET /: status 500, expected 200-299 (+1 more)',
    );
  });

  it('an unanswered check and a failed query → failed, named by the query', () => {
    expect(measure([result('error')], at, undefined, [failed, noData])).toMatchObject({
      outcome: 'failed',
      reason: 'f = 3, expected < 2',
    });
  });

  it('no checks is still an error, whatever the queries say (checks are required)', () => {
    expect(measure([], at, undefined, [passed])).toMatchObject({
      outcome: 'error',
      reason: 'no checks to run',
    });
  });

  it('the analysis counts a metric failure as a failure and no data as an error', () => {
    let s = start({ count: 3, failureLimit: 1 });
    s = record(s, measure([result('passed')], at, undefined, [noData]));
    s = record(s, measure([result('passed')], { ...at, index: 2 }, undefined, [failed]));
    expect(s).toMatchObject({ failures: 1, errors: 1, consecutiveErrors: 0, decision: 'continue' });
  });
});
