/**
 * The health window the two actions that declare it (health-check, release) build from their
 * inputs: the same definitions, and defaults that are the schedule's own (docs/health-check.md).
 */
import { describe, expect, it } from 'vitest';
import { healthCheckSpec } from '../../src/actions/health-check.inputs.js';
import { releaseSpec } from '../../src/actions/release.inputs.js';
import { DEFAULT_LIMITS } from '../../src/health/analysis.js';
import {
  DEFAULT_COUNT,
  DEFAULT_INITIAL_DELAY_MS,
  DEFAULT_INTERVAL_MS,
  DEFAULT_MEASUREMENT_RETRIES,
  RETRY_PAUSE_MS,
  resolveSchedule,
} from '../../src/health/schedule.js';
import { healthMetrics, healthWindow } from '../../src/health/window-inputs.js';
import { inputEnvName, readInputs } from '../../src/inputs/spec.js';

const WINDOW_INPUTS = [
  'interval',
  'count',
  'duration',
  'initial-delay',
  'failure-limit',
  'measurement-retries',
  'consecutive-error-limit',
  'max-error-rate',
  'max-p95-ms',
  'max-p99-ms',
  'consecutive-success-limit',
  'progress-deadline',
] as const;

describe('healthWindow: the shared window inputs', () => {
  it('health-check and release declare the same window inputs', () => {
    for (const name of WINDOW_INPUTS) {
      expect(releaseSpec.inputs[name], name).toBe(healthCheckSpec.inputs[name]);
    }
  });

  it('with nothing given, both actions measure at once, 6 × 10 s, one retry 250 ms later, failure-limit 0', () => {
    const env = { GITHUB_WORKSPACE: process.cwd() };
    const health = readInputs(healthCheckSpec, { ...env, [inputEnvName('url')]: 'https://shop.example' });
    const release = readInputs(releaseSpec, {
      ...env,
      [inputEnvName('production-url')]: 'https://shop.example',
      [inputEnvName('vercel-token')]: 'token',
      [inputEnvName('vercel-org-id')]: 'team_1',
      [inputEnvName('vercel-project-id')]: 'prj_1',
    });
    const fromHealth = healthWindow(health);
    const fromRelease = healthWindow({ ...release, timeout: undefined });
    expect(fromRelease).toEqual({
      ...fromHealth,
      schedule: { ...fromHealth.schedule, timeoutMs: undefined },
    });
    expect(resolveSchedule(fromHealth.schedule)).toEqual({
      intervalMs: DEFAULT_INTERVAL_MS,
      count: DEFAULT_COUNT,
      initialDelayMs: DEFAULT_INITIAL_DELAY_MS,
      timeoutMs: 5_000,
      retries: DEFAULT_MEASUREMENT_RETRIES,
      retryPauseMs: RETRY_PAUSE_MS,
    });
    expect(resolveSchedule(fromHealth.schedule)).toMatchObject({
      intervalMs: 10_000,
      count: 6,
      initialDelayMs: 0,
      retries: 1,
    });
    expect(fromHealth.limits).toMatchObject({
      failureLimit: DEFAULT_LIMITS.failureLimit,
      consecutiveErrorLimit: DEFAULT_LIMITS.consecutiveErrorLimit,
    });
  });

  it('passes measurement-retries through to the schedule', () => {
    const inputs = readInputs(healthCheckSpec, {
      [inputEnvName('url')]: 'https://shop.example',
      [inputEnvName('measurement-retries')]: '0',
      [inputEnvName('initial-delay')]: '30s',
    });
    expect(healthWindow(inputs).schedule).toMatchObject({ retries: 0, initialDelayMs: 30_000 });
  });
});

describe('healthMetrics: the shared metric inputs', () => {
  it('health-check and release declare the same metric inputs; the token is a secret', () => {
    for (const name of ['metrics-url', 'metric-queries', 'metrics-token'] as const) {
      expect(releaseSpec.inputs[name], name).toBe(healthCheckSpec.inputs[name]);
    }
    expect(healthCheckSpec.inputs['metrics-token'].secret).toBe(true);
  });

  it('maps the inputs to runHealthCheck options; none without metric-queries', () => {
    const read = (extra: Record<string, string>) =>
      readInputs(healthCheckSpec, {
        [inputEnvName('url')]: 'https://shop.example',
        ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [inputEnvName(k), v])),
      });
    expect(healthMetrics(read({}))).toEqual({});
    expect(
      healthMetrics(read({ 'metrics-url': 'https://prom.example', 'metrics-token': 'tok-123' })),
    ).toEqual({});
    const inputs = read({
      'metrics-url': 'https://prom.example/api/prom',
      'metrics-token': 'tok-123',
      'metric-queries': 'error-rate: sum(x) / sum(y) < 0.05\nup: min(up) >= 1',
    });
    expect(healthMetrics(inputs)).toEqual({
      metricQueries: [
        { name: 'error-rate', query: 'sum(x) / sum(y)', threshold: 0.05, op: '<' },
        { name: 'up', query: 'min(up)', threshold: 1, op: '>=' },
      ],
      metrics: { baseUrl: new URL('https://prom.example/api/prom'), token: 'tok-123' },
    });
  });

  it('refuses queries without metrics-url, and placeholders the action cannot fill', () => {
    const base = { [inputEnvName('url')]: 'https://shop.example' };
    expect(() =>
      healthMetrics(readInputs(healthCheckSpec, { ...base, [inputEnvName('metric-queries')]: 'e: x < 1' })),
    ).toThrow("input 'metrics-url': required when 'metric-queries' is given, but not supplied");
    const withFlag = readInputs(healthCheckSpec, {
      ...base,
      [inputEnvName('metrics-url')]: 'https://prom.example',
      [inputEnvName('metric-queries')]: 'e: x{stage="{{stage}}"} < 1',
    });
    expect(() => healthMetrics(withFlag)).toThrow("input 'metric-queries': query 'e' holds {{stage}}");
  });

  it('a bad line fails while the inputs are read, as one line', () => {
    expect(() =>
      readInputs(healthCheckSpec, {
        [inputEnvName('url')]: 'https://shop.example',
        [inputEnvName('metric-queries')]: 'ok: up > 0\nbad: up\tnope',
      }),
    ).toThrow(
      "input 'metric-queries': line 2: expected '<name>: <PromQL> <op> <number>' with op <, <=, > or >=, got 'bad: up\\tnope'",
    );
  });
});
