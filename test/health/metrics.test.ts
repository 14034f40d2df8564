/**
 * Metric queries (src/health/metrics.ts): the `metric-queries` line syntax, placeholder escaping,
 * and `queryMetric` against a fake Prometheus query API answering the documented shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MetricQuery,
  checkMetricQueries,
  escapePromqlString,
  expandQuery,
  formatValue,
  metricsAuthorization,
  metricsEndpoint,
  parseMetricQueries,
  parseSampleValue,
  queryMetric,
} from '../../src/health/metrics.js';
import { HttpClient } from '../../src/http/client.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import {
  type FakePrometheus,
  apiError,
  matrix,
  one,
  plain,
  scalar,
  startPrometheus,
  vector,
} from '../fakes/prometheus.js';
import { closedPort } from '../helpers/server.js';

const ERROR_RATE = 'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))';
const P99 = 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) * 1000';

/** The ConfigurationError message `fn` throws (fails the test when it throws nothing else). */
function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseMetricQueries: one query a line, <name>: <PromQL> <op> <number>', () => {
  it('parses the documented examples, keeping the PromQL exactly', () => {
    expect(parseMetricQueries(`error-rate: ${ERROR_RATE} < 0.05\nlatency-p99-ms: ${P99} < 2000`)).toEqual([
      { name: 'error-rate', query: ERROR_RATE, threshold: 0.05, op: '<' },
      { name: 'latency-p99-ms', query: P99, threshold: 2000, op: '<' },
    ]);
  });

  it('takes the last comparison of the line; comparisons, colons and braces inside the PromQL stay in it', () => {
    expect(
      parseMetricQueries(
        [
          'a: sum(x > 0) >= 1',
          'b: job:errors:ratio5m{path="/a<b"} <= 1e-3',
          'c:   up{job="api"}>0.5',
          'd.e_f: count(up == 0) < -1.5',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'a', query: 'sum(x > 0)', threshold: 1, op: '>=' },
      { name: 'b', query: 'job:errors:ratio5m{path="/a<b"}', threshold: 0.001, op: '<=' },
      { name: 'c', query: 'up{job="api"}', threshold: 0.5, op: '>' },
      { name: 'd.e_f', query: 'count(up == 0)', threshold: -1.5, op: '<' },
    ]);
  });

  it('skips blank lines and # comments, keeps placeholders, and accepts CRLF', () => {
    const raw = '# the canary\r\n\r\n  errors: sum(rate(x{flag="{{flag}}",stage="{{stage}}"}[1m])) < 1  \r\n';
    expect(parseMetricQueries(raw)).toEqual([
      { name: 'errors', query: 'sum(rate(x{flag="{{flag}}",stage="{{stage}}"}[1m]))', threshold: 1, op: '<' },
    ]);
    expect(parseMetricQueries('# nothing yet\n')).toEqual([]);
  });

  it('refuses a bad line with one line naming the input and the line', () => {
    const syntax = "expected '<name>: <PromQL> <op> <number>' with op <, <=, > or >=";
    const cases: [string, string][] = [
      [
        'ok: up < 1\nerror-rate sum(x) < 1',
        `input 'metric-queries': line 2: ${syntax}, got 'error-rate sum(x) < 1'`,
      ],
      ['error-rate: sum(x)', `input 'metric-queries': line 1: ${syntax}, got 'error-rate: sum(x)'`],
      [
        'job:errors:ratio5m < 0.05',
        `input 'metric-queries': line 1: ${syntax}, got 'job:errors:ratio5m < 0.05'`,
      ],
      ['e: x == 1', `input 'metric-queries': line 1: ${syntax}, got 'e: x == 1'`],
      ['e: x < soon', `input 'metric-queries': line 1: ${syntax}, got 'e: x < soon'`],
      [
        'e: x => 1',
        "input 'metric-queries': line 1 (e): expected the comparison to be <, <=, > or >=, got 'e: x => 1'",
      ],
      ['e: x < 1\ne: y < 2', "input 'metric-queries': line 2: expected a name used once, got 'e' again"],
      [
        'e: x{flag="{{feature}}"} < 1',
        "input 'metric-queries': line 1 (e): expected placeholders {{flag}} or {{stage}}, got '{{feature}}'",
      ],
      [
        'e: x{flag="{{ flag }}"} < 1',
        "input 'metric-queries': line 1 (e): expected placeholders {{flag}} or {{stage}}, got '{{ flag }}'",
      ],
    ];
    for (const [raw, message] of cases) expect(configError(() => parseMetricQueries(raw))).toBe(message);
  });

  it('checkMetricQueries refuses queries built in code that the syntax could not express', () => {
    const q: MetricQuery = { name: 'e', query: 'up', threshold: 1, op: '<' };
    expect(() => checkMetricQueries([q])).not.toThrow();
    expect(configError(() => checkMetricQueries([{ ...q, threshold: Number.NaN }]))).toBe(
      "metric query 'e': threshold: expected a finite number, got NaN",
    );
    expect(configError(() => checkMetricQueries([{ ...q, op: '==' as MetricQuery['op'] }]))).toBe(
      "metric query 'e': op: expected <, <=, > or >=, got '=='",
    );
    expect(configError(() => checkMetricQueries([q, q]))).toBe(
      "metric query 'e': name: expected a name used once",
    );
    expect(configError(() => checkMetricQueries([{ ...q, name: 'a b' }]))).toMatch(
      /^metric query 'a b': name:/,
    );
  });
});

describe('placeholders', () => {
  it('escapes a value for a PromQL double-quoted string: backslash, double quote, line breaks, tab', () => {
    expect(escapePromqlString('plain-10')).toBe('plain-10');
    expect(escapePromqlString('a"b\\c\nd\re\tf')).toBe('a\\"b\\\\c\\nd\\re\\tf');
  });

  it('substitutes {{flag}} and {{stage}} (every occurrence), escaped', () => {
    const q: MetricQuery = {
      name: 'errors',
      query: 'sum(x{flag="{{flag}}", stage="{{stage}}"}) / sum(y{flag="{{flag}}"})',
      threshold: 1,
      op: '<',
    };
    expect(expandQuery(q, { flag: 'new"checkout\\', stage: '10' })).toBe(
      'sum(x{flag="new\\"checkout\\\\", stage="10"}) / sum(y{flag="new\\"checkout\\\\"})',
    );
  });

  it('refuses a placeholder without a value', () => {
    const q: MetricQuery = { name: 'errors', query: 'x{flag="{{flag}}"}', threshold: 1, op: '<' };
    expect(configError(() => expandQuery(q, { stage: '10' }))).toBe(
      "metric query 'errors': {{flag}} has no value (variables given: stage)",
    );
    expect(configError(() => expandQuery(q))).toBe(
      "metric query 'errors': {{flag}} has no value (variables given: none)",
    );
  });
});

describe('helpers', () => {
  it('metricsEndpoint appends /api/v1/query, keeping a path prefix and query parameters', () => {
    expect(metricsEndpoint('https://prom.example.com').href).toBe('https://prom.example.com/api/v1/query');
    expect(metricsEndpoint('https://x.grafana.net/api/prom/').href).toBe(
      'https://x.grafana.net/api/prom/api/v1/query',
    );
    expect(
      metricsEndpoint('https://vm.example/select/0/prometheus/api/v1/query?extra_label=env%3Dprod').href,
    ).toBe('https://vm.example/select/0/prometheus/api/v1/query?extra_label=env%3Dprod');
    expect(configError(() => metricsEndpoint('ftp://prom.example'))).toBe(
      'metrics URL: expected an http(s) URL, got ftp:',
    );
  });

  it('metricsAuthorization: Bearer for a token, Basic for user:password', () => {
    expect(metricsAuthorization('glc_abc')).toBe('Bearer glc_abc');
    expect(metricsAuthorization('123456:glc_abc')).toBe(
      `Basic ${Buffer.from('123456:glc_abc').toString('base64')}`,
    );
  });

  it('parseSampleValue reads Prometheus sample values', () => {
    expect(parseSampleValue('0.072')).toBe(0.072);
    expect(parseSampleValue('1e-3')).toBe(0.001);
    expect(parseSampleValue('+Inf')).toBe(Infinity);
    expect(parseSampleValue('-Inf')).toBe(-Infinity);
    expect(parseSampleValue('NaN')).toBeNaN();
    expect(parseSampleValue('abc')).toBeUndefined();
    expect(parseSampleValue('')).toBeUndefined();
    expect(parseSampleValue(null)).toBeUndefined();
  });

  it('formatValue rounds to 6 significant digits unless that would flip the comparison', () => {
    expect(formatValue(0.07200000000000001, { op: '<', threshold: 0.05 })).toBe('0.072');
    // 0.05 < 0.05 fails either way: the rounded value reads right.
    expect(formatValue(0.0500000001, { op: '<', threshold: 0.05 })).toBe('0.05');
    // 0.05 <= 0.05 would read as a pass: shown in full.
    expect(formatValue(0.0500000001, { op: '<=', threshold: 0.05 })).toBe('0.0500000001');
    expect(formatValue(Infinity, { op: '<', threshold: 1 })).toBe('+Inf');
  });
});

describe('queryMetric against a Prometheus-compatible API', () => {
  let prom: FakePrometheus;
  const http = new HttpClient();
  const q = (query: string, op: MetricQuery['op'] = '<', threshold = 0.05): MetricQuery => ({
    name: 'error-rate',
    query,
    threshold,
    op,
  });
  beforeAll(async () => {
    prom = await startPrometheus({ prefix: '/api/prom' });
    prom.answer('one_ok', one('0.012'));
    prom.answer('one_bad', one('0.07200000000000001'));
    prom.answer('scalar_ok', scalar('3'));
    prom.answer('empty', vector());
    prom.answer('nan', one('NaN'));
    prom.answer('inf', one('+Inf'));
    prom.answer(
      'two',
      vector({ metric: { code: '500' }, value: '1' }, { metric: { code: '502' }, value: '2' }),
    );
    prom.answer('bad(', apiError(400, 'bad_data', '1:5: parse error: unclosed left parenthesis'));
    prom.answer('slow', apiError(503, 'timeout', 'query timed out in expression evaluation'));
    prom.answer('proxy', plain(503, '<html>upstream unavailable</html>'));
    prom.answer('range', matrix(['1', '2']));
    prom.answer('weird', {
      status: 200,
      body: { status: 'success', data: { resultType: 'vector', result: [{ value: [1, 'x'] }] } },
    });
    prom.answer('err200', {
      status: 200,
      body: { status: 'error', errorType: 'execution', error: 'many-to-many matching' },
    });
  });
  afterAll(() => prom.close());

  it('one sample below the threshold → passed, with the value', async () => {
    const r = await queryMetric(http, prom.url, q('one_ok'));
    expect(r).toEqual({
      name: 'error-rate',
      query: 'one_ok',
      value: 0.012,
      outcome: 'passed',
      reason: 'error-rate = 0.012 (< 0.05)',
    });
    const sent = prom.requests.at(-1);
    expect(sent).toMatchObject({ method: 'GET', query: 'one_ok', time: undefined });
    expect(sent?.url.startsWith('/api/prom/api/v1/query?')).toBe(true);
    expect(sent?.headers.accept).toBe('application/json');
    expect(sent?.headers.authorization).toBeUndefined();
  });

  it('the comparison failing → failed, `name = value, expected <op> <threshold>`', async () => {
    expect(await queryMetric(http, prom.url, q('one_bad'))).toMatchObject({
      value: 0.07200000000000001,
      outcome: 'failed',
      reason: 'error-rate = 0.072, expected < 0.05',
    });
    expect(await queryMetric(http, prom.url, q('one_bad', '>=', 0.08))).toMatchObject({
      outcome: 'failed',
      reason: 'error-rate = 0.072, expected >= 0.08',
    });
    expect(await queryMetric(http, prom.url, q('one_bad', '>', 0.05))).toMatchObject({ outcome: 'passed' });
  });

  it('a scalar → its value', async () => {
    expect(await queryMetric(http, prom.url, q('scalar_ok', '<=', 3))).toMatchObject({
      value: 3,
      outcome: 'passed',
      reason: 'error-rate = 3 (<= 3)',
    });
  });

  it('+Inf is a number: compared, and shown as +Inf', async () => {
    expect(await queryMetric(http, prom.url, q('inf'))).toMatchObject({
      value: Infinity,
      outcome: 'failed',
      reason: 'error-rate = +Inf, expected < 0.05',
    });
  });

  it('an empty vector or NaN → error ("no data"), never a failure', async () => {
    expect(await queryMetric(http, prom.url, q('empty'))).toEqual({
      name: 'error-rate',
      query: 'empty',
      value: undefined,
      outcome: 'error',
      reason: 'error-rate: no data (the query returned an empty vector)',
    });
    expect(await queryMetric(http, prom.url, q('nan'))).toMatchObject({
      value: undefined,
      outcome: 'error',
      reason: 'error-rate: no data (the query returned NaN, e.g. a ratio over zero requests)',
    });
  });

  it('two series → error: the query must aggregate to one number', async () => {
    expect(await queryMetric(http, prom.url, q('two'))).toMatchObject({
      outcome: 'error',
      reason:
        'error-rate: the query returned 2 series ({code="500"}, {code="502"}); it must aggregate to one number, e.g. with sum(…) or max(…)',
    });
  });

  it("status error with 400 → error carrying the API's errorType and error", async () => {
    expect(await queryMetric(http, prom.url, q('bad('))).toMatchObject({
      outcome: 'error',
      value: undefined,
      reason:
        'error-rate: the metrics API answered 400: bad_data: 1:5: parse error: unclosed left parenthesis',
    });
  });

  it('a 503 → error, whether Prometheus wrote it or a proxy did; one request, no retry', async () => {
    const before = prom.requests.length;
    expect(await queryMetric(http, prom.url, q('slow'))).toMatchObject({
      outcome: 'error',
      reason: 'error-rate: the metrics API answered 503: timeout: query timed out in expression evaluation',
    });
    expect(await queryMetric(http, prom.url, q('proxy'))).toMatchObject({
      outcome: 'error',
      reason: 'error-rate: the metrics API answered 503',
    });
    expect(prom.requests.length - before).toBe(2);
  });

  it('other shapes → error with a hint', async () => {
    expect((await queryMetric(http, prom.url, q('range'))).reason).toBe(
      'error-rate: the query returned a range vector (matrix); it must return one number: wrap the range selector in a function, e.g. rate(…[5m])',
    );
    expect((await queryMetric(http, prom.url, q('weird'))).reason).toBe(
      `error-rate: the metrics API answered a sample without a number ('"x"')`,
    );
    expect((await queryMetric(http, prom.url, q('err200'))).reason).toBe(
      'error-rate: the metrics API answered status error: execution: many-to-many matching',
    );
    // The wrong base URL: the fake answers 404 with text.
    expect((await queryMetric(http, `${prom.server.origin}/nope`, q('one_ok'))).reason).toBe(
      'error-rate: the metrics API answered 404',
    );
  });

  it('no answer at all → error', async () => {
    const port = await closedPort();
    const r = await queryMetric(http, `http://127.0.0.1:${port}`, q('one_ok'));
    expect(r.outcome).toBe('error');
    expect(r.reason).toMatch(
      /^error-rate: no answer from the metrics API \(connection failed \(ECONNREFUSED\)\)$/,
    );
  });

  it('substitutes and escapes placeholders; the API receives exactly the expanded text', async () => {
    const query = q('sum(rate(http_requests_total{flag="{{flag}}",code=~"5.."}[1m])) / {{stage}}');
    const r = await queryMetric(http, prom.url, query, {
      variables: { flag: 'new"check\\out', stage: '10' },
    });
    const expected = 'sum(rate(http_requests_total{flag="new\\"check\\\\out",code=~"5.."}[1m])) / 10';
    expect(prom.queries().at(-1)).toBe(expected);
    expect(r).toMatchObject({ query: expected, outcome: 'error' }); // unscripted: empty vector
  });

  it('a placeholder without a value throws before any request', async () => {
    const before = prom.requests.length;
    await expect(queryMetric(http, prom.url, q('x{flag="{{flag}}"}'))).rejects.toThrow(
      "metric query 'error-rate': {{flag}} has no value (variables given: none)",
    );
    expect(prom.requests.length).toBe(before);
  });

  it('sends `time` in seconds when asked', async () => {
    await queryMetric(http, prom.url, q('one_ok'), { time: 1_700_000_000_500 });
    expect(prom.requests.at(-1)?.time).toBe('1700000000.5');
  });
});

describe('queryMetric with a token', () => {
  const token = 'glc_TOKEN-SENTINEL-42';
  let prom: FakePrometheus;
  beforeAll(async () => {
    prom = await startPrometheus({ authorization: `Bearer ${token}` });
    prom.answer('up', one('1'));
  });
  afterAll(() => prom.close());

  it('sends it as a Bearer token; without it the API refuses (error, not failure) and the token is never in a reason', async () => {
    const http = new HttpClient();
    const query: MetricQuery = { name: 'up', query: 'up', threshold: 1, op: '>=' };
    expect(await queryMetric(http, prom.url, query, { token })).toMatchObject({
      outcome: 'passed',
      value: 1,
    });
    const refused = await queryMetric(http, prom.url, query, { token: 'wrong-token-123' });
    expect(refused).toMatchObject({
      outcome: 'error',
      reason: 'up: the metrics API answered 401: unauthorized: authentication required',
    });
    expect(JSON.stringify(refused)).not.toContain(token);
  });

  it('user:password goes as Basic auth', async () => {
    const basic = await startPrometheus({
      authorization: `Basic ${Buffer.from('1234:pw-SENTINEL').toString('base64')}`,
    });
    try {
      basic.answer('up', one('1'));
      const r = await queryMetric(
        new HttpClient(),
        basic.url,
        { name: 'up', query: 'up', threshold: 1, op: '>=' },
        {
          token: '1234:pw-SENTINEL',
        },
      );
      expect(r.outcome).toBe('passed');
    } finally {
      await basic.close();
    }
  });
});
