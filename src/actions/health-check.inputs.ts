import { DURATION_LIMITS } from '../inputs/parse.js';
import { defineAction, input } from '../inputs/spec.js';
import { parseMetricQueries } from '../health/metrics.js';
import { DEFAULT_MEASUREMENT_RETRIES, MAX_MEASUREMENT_RETRIES } from '../health/schedule.js';
import { checksText } from './smoke-test.inputs.js';

/** The health-check action's interface; `actions/health-check/action.yml` repeats it (checked by a test). */
export const healthCheckSpec = defineAction({
  name: 'health-check',
  inputs: {
    url: input.url({
      description: 'Base URL to watch, e.g. the production URL right after a promotion.',
      required: true,
    }),
    checks: input.custom(checksText('checks'), {
      description:
        'Checks as an inline YAML or JSON list, in the smoke-test format: name, path, method, headers, body, expect (status, body-contains, body-matches, json, headers, max-latency-ms). Every measurement runs all of them.',
    }),
    config: input.string({
      description: 'Path to a YAML or JSON file holding the checks (instead of `checks`).',
    }),
    path: input.string({
      description: 'Path to GET, expecting 2xx, when neither checks nor config is given.',
      default: '/',
      pattern: /^\//,
      expected: "a path starting with '/'",
    }),
    interval: input.duration({
      description: 'Time between the starts of two measurements, e.g. 10s.',
      default: '10s',
      max: DURATION_LIMITS.interval,
    }),
    count: input.number({
      description: 'Measurements in the window (default 6). Give count or duration, not both.',
      integer: true,
      min: 1,
      max: 10_000,
    }),
    duration: input.duration({
      description: 'Run for this long instead of a count, e.g. 2m: count = ceil(duration / interval).',
      max: DURATION_LIMITS.deadline,
    }),
    'initial-delay': input.duration({
      description: 'Wait before the first measurement, e.g. 30s; 0s measures at once.',
      default: '0s',
      max: DURATION_LIMITS.interval,
      allowZero: true,
    }),
    'failure-limit': input.number({
      description:
        'Failed measurements tolerated; the analysis is unhealthy when failures exceed it (0: the first failure).',
      default: '0',
      integer: true,
      min: 0,
    }),
    'measurement-retries': input.number({
      description:
        'Times a check that got a 5xx, a 429 or no answer is sent again, 250ms later, before its measurement is judged (0: never). One retry keeps a random 1% of 5xx from failing a release.',
      default: String(DEFAULT_MEASUREMENT_RETRIES),
      integer: true,
      min: 0,
      max: MAX_MEASUREMENT_RETRIES,
    }),
    'consecutive-error-limit': input.number({
      description:
        'Measurements in a row without an answer (refused, timeout, DNS, 429) tolerated; one more ends the analysis in error.',
      default: '4',
      integer: true,
      min: 0,
    }),
    'max-error-rate': input.number({
      description:
        'Largest share of checks that may fail or go unanswered over the whole window, in % (0-100).',
      min: 0,
      max: 100,
    }),
    'max-p95-ms': input.number({
      description: 'Largest p95 latency of the answered checks over the whole window, in ms.',
      integer: true,
      min: 1,
    }),
    'max-p99-ms': input.number({
      description: 'Largest p99 latency of the answered checks over the whole window, in ms.',
      integer: true,
      min: 1,
    }),
    'consecutive-success-limit': input.number({
      description:
        'Passed measurements in a row that end the window early as healthy; when set and not reached, the verdict is inconclusive. 0 or empty: off.',
      integer: true,
      min: 0,
    }),
    'progress-deadline': input.duration({
      description: 'The whole analysis must decide within this, else the verdict is error.',
      default: '10m',
      max: DURATION_LIMITS.deadline,
    }),
    timeout: input.duration({
      description: 'Timeout of each request, e.g. 5s. Default: the smaller of 10s and half the interval.',
      max: DURATION_LIMITS.request,
    }),
    'protection-bypass': input.string({
      description:
        'Vercel Deployment Protection bypass secret, sent as the x-vercel-protection-bypass header (never to another origin) and masked.',
      secret: true,
    }),
    'metrics-url': input.url({
      description:
        'Base URL of a Prometheus-compatible query API (Prometheus, Grafana Cloud, Mimir, Thanos, VictoriaMetrics), e.g. https://prometheus.example.com; /api/v1/query is appended. Required with metric-queries.',
    }),
    'metric-queries': input.custom((raw) => parseMetricQueries(raw), {
      description:
        'Metric queries every measurement also runs, one a line: <name>: <PromQL> <op> <number>, op <, <=, > or >=, e.g. error-rate: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) < 0.05. A failed comparison fails the measurement; no data leaves it unanswered.',
    }),
    'metrics-token': input.string({
      description:
        'Token for metrics-url, masked: sent as Authorization: Bearer <token>, or as Basic auth when it is user:password (Grafana Cloud: instance id:token).',
      secret: true,
    }),
  },
  outputs: {
    healthy: "'true' when the verdict is healthy, else 'false'.",
    verdict: 'healthy, unhealthy, inconclusive or error.',
    failures: 'Measurements that failed (the app answered badly).',
    errors: 'Measurements that got no answer (refused, timeout, DNS, 429).',
    'error-rate': 'Failed or unanswered checks over all checks, in % (empty when none ran).',
    'p95-ms': '95th percentile latency of the answered checks, in ms (empty when none answered).',
    'p99-ms': '99th percentile latency of the answered checks, in ms (empty when none answered).',
    reason: 'One line explaining the verdict.',
    report:
      'Path of the JSON report: settings, verdict and every measurement with its start time (ms since epoch) and check results.',
  },
});
