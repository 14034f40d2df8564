/**
 * The runner against scripted local servers (F9: flapping and ambiguous health), on a manual clock so
 * the intervals cost no time; only the probes' own timeouts are real. The analysis semantics are
 * tested with `retries: 0` (one request per check per measurement, so a script maps to measurements);
 * the retry within a measurement, on by default, has its own block.
 */
import { type Server, createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Measurement } from '../../src/health/measurement.js';
import { type HealthCheckOptions, runHealthCheck } from '../../src/health/runner.js';
import { HttpClient } from '../../src/http/client.js';
import { parseChecks } from '../../src/probes/check.js';
import { type Clock, manualClock } from '../../src/runtime/clock.js';
import { recordingLogger } from '../../src/runtime/logger.js';
import { type TestServer, closedPort, startServer } from '../helpers/server.js';

let server: TestServer | undefined;
let late: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (late) {
    late.closeAllConnections();
    await new Promise((resolve) => late?.close(resolve));
    late = undefined;
  }
});

const HEALTH = '[/api/health]';
/** One request per check per measurement: each scripted answer is one measurement. */
const NO_RETRY = { intervalMs: 10_000, count: 10, timeoutMs: 2_000, retries: 0 };

function options(
  base: string,
  over: Partial<HealthCheckOptions> & { clock?: Clock } = {},
  checks = HEALTH,
): HealthCheckOptions & { clock: Clock & { slept?: number[] } } {
  const clock = over.clock ?? manualClock();
  return {
    checks: parseChecks(checks, 'test'),
    probe: { baseUrl: new URL(base) },
    schedule: NO_RETRY,
    http: new HttpClient({ clock }),
    ...over,
    clock,
  };
}

/** A server answering each request with the next status of `script` (the last one repeats). */
async function scripted(script: number[]): Promise<TestServer> {
  let n = 0;
  return startServer((_req, res) => {
    const status = script[Math.min(n++, script.length - 1)] as number;
    res.writeHead(status, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
}

describe('runHealthCheck: failures (the app answered badly)', () => {
  it('flapping 200/500 with failure-limit 0 fails on the first 500, after measurement 2', async () => {
    server = await scripted([200, 500, 200, 500, 200, 500, 200, 500]);
    const logger = recordingLogger();
    const o = options(server.url, { logger });
    const result = await runHealthCheck(o);
    expect(result).toMatchObject({ verdict: 'unhealthy', healthy: false, failures: 1, errors: 0 });
    expect(result.reason).toBe(
      '1 failed measurement > failure-limit 0 (last: GET /api/health: status 500, expected 200-299)',
    );
    expect(server.requests).toHaveLength(2);
    expect(o.clock.slept).toEqual([10_000]); // the first measurement at once, then the interval
    const lines = logger.lines.map((l) => l.message);
    expect(lines[1]).toMatch(/^#1 passed: 1\/1 checks passed, slowest \d+ ms$/);
    expect(lines[2]).toBe('#2 failed: 1/1 checks failed (GET /api/health: status 500, expected 200-299)');
    expect(lines.at(-1)).toBe(`Verdict: unhealthy — ${result.reason}`);
  });

  it('flapping with failure-limit 1 fails on the second 500, at measurement 4', async () => {
    server = await scripted([200, 500, 200, 500, 200, 500, 200, 500]);
    const result = await runHealthCheck(options(server.url, { limits: { failureLimit: 1 } }));
    expect(result).toMatchObject({ verdict: 'unhealthy', failures: 2 });
    expect(result.measurements.map((m) => m.outcome)).toEqual(['passed', 'failed', 'passed', 'failed']);
    expect(server.requests).toHaveLength(4);
  });

  it('with measurement-retries 0, each measurement sends exactly one request per check', async () => {
    server = await scripted([503]);
    const result = await runHealthCheck(options(server.url, { limits: { failureLimit: 2 } }));
    expect(result.measurements).toHaveLength(3);
    expect(server.requests).toHaveLength(3);
    expect(result.measurements.every((m) => m.checks[0]?.attempts === 1)).toBe(true);
  });

  it('an answer slower than the check’s max-latency-ms is a failure', async () => {
    server = await startServer((_req, res) => setTimeout(() => res.end('ok'), 60));
    const result = await runHealthCheck(
      options(server.url, {}, '- path: /\n  expect: { max-latency-ms: 20 }'),
    );
    expect(result.verdict).toBe('unhealthy');
    expect(result.reason).toMatch(
      /^1 failed measurement > failure-limit 0 \(last: GET \/: latency \d+ ms over 20 ms\)$/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('an empty 200 where JSON is expected is a failure', async () => {
    server = await startServer((_req, res) => res.writeHead(200).end());
    const result = await runHealthCheck(
      options(server.url, {}, '- path: /api/health\n  expect: { json: { "$.status": ok } }'),
    );
    expect(result.verdict).toBe('unhealthy');
    expect(result.reason).toBe(
      '1 failed measurement > failure-limit 0 (last: GET /api/health: body is empty, expected JSON)',
    );
  });
});

describe('runHealthCheck: errors (could not measure)', () => {
  it('five refused connections with consecutive-error-limit 4 → error on the 5th', async () => {
    const port = await closedPort();
    const result = await runHealthCheck(options(`http://127.0.0.1:${port}`));
    expect(result).toMatchObject({ verdict: 'error', errors: 5, failures: 0 });
    expect(result.measurements).toHaveLength(5);
    expect(result.reason).toBe(
      '5 consecutive errors > consecutive-error-limit 4 (last: GET /api/health: connection failed (ECONNREFUSED))',
    );
  });

  it('four refused connections then an answer → the analysis goes on (and ends healthy)', async () => {
    const port = await closedPort();
    const seen: Measurement[] = [];
    const result = await runHealthCheck(
      options(`http://127.0.0.1:${port}`, {
        schedule: { ...NO_RETRY, count: 6 },
        onMeasurement: async (m, state) => {
          seen.push(m);
          expect(state.measurements.at(-1)).toBe(m);
          if (m.index === 4) {
            late = createServer((_req, res) => res.end('ok'));
            await new Promise<void>((resolve) => late?.listen(port, '127.0.0.1', resolve));
          }
        },
      }),
    );
    expect(seen.map((m) => m.outcome)).toEqual(['error', 'error', 'error', 'error', 'passed', 'passed']);
    expect(result).toMatchObject({ verdict: 'healthy', errors: 4, passed: 2 });
    expect(result.reason).toBe('2 of 6 measurements passed (4 unanswered)');
  });

  it('a 429 from the app is could-not-measure, never a failure', async () => {
    server = await scripted([429]);
    const result = await runHealthCheck(options(server.url));
    expect(result).toMatchObject({ verdict: 'error', failures: 0, errors: 5 });
    expect(result.reason).toMatch(/rate limited: could not measure/);
  });

  it('a probe slower than its timeout is an error, not a hang', { timeout: 5_000 }, async () => {
    server = await startServer((_req, res) => setTimeout(() => res.end('late'), 3_000));
    const result = await runHealthCheck(
      options(server.url, { schedule: { ...NO_RETRY, count: 1, timeoutMs: 50 } }, '[/]'),
    );
    expect(result.measurements[0]).toMatchObject({
      outcome: 'error',
      reason: 'GET /: no answer within 50 ms',
    });
    expect(result.verdict).toBe('inconclusive');
  });
});

describe('runHealthCheck: ending early and deadlines', () => {
  it('consecutive-success-limit ends the window early as healthy', async () => {
    server = await scripted([200]);
    const result = await runHealthCheck(options(server.url, { limits: { consecutiveSuccessLimit: 2 } }));
    expect(result).toMatchObject({ verdict: 'healthy', healthy: true, passed: 2, planned: 10 });
    expect(server.requests).toHaveLength(2);
  });

  it('runs count measurements on the interval, then reports the window', async () => {
    server = await scripted([200]);
    const o = options(server.url, { schedule: { intervalMs: 30_000, count: 3 } });
    const result = await runHealthCheck(o);
    expect(result).toMatchObject({ verdict: 'healthy', errorRatePct: 0, elapsedMs: 60_000 });
    expect(result.measurements.map((m) => m.offsetMs)).toEqual([0, 30_000, 60_000]);
    expect(result.settings).toMatchObject({
      count: 3,
      initialDelayMs: 0,
      timeoutMs: 10_000,
      retries: 1,
      retryPauseMs: 250,
      progressDeadlineMs: 600_000,
    });
  });

  it('a window that does not fit the progress deadline ends in error when the deadline comes', async () => {
    server = await scripted([200]);
    const result = await runHealthCheck(options(server.url, { progressDeadlineMs: 35_000 }));
    expect(result).toMatchObject({ verdict: 'error', healthy: false });
    // Measurements at 0, 10, 20 and 30 s; the one due at 40 s is past the deadline.
    expect(result.reason).toBe('progress deadline 35s reached after 4 of 10 measurements');
    expect(server.requests).toHaveLength(4);
  });

  it('slow measurements that run past the progress deadline end in error', async () => {
    const manual = manualClock();
    let extra = 0;
    const clock: Clock = { now: () => manual.now() + extra, sleep: (ms) => manual.sleep(ms) };
    server = await startServer((_req, res) => {
      extra += 20_000; // each answer "takes" 20 s on the analysis clock
      res.end('ok');
    });
    const result = await runHealthCheck(
      options(server.url, {
        clock,
        http: new HttpClient({ clock }),
        schedule: { intervalMs: 10_000, count: 3, initialDelayMs: 10_000 },
        progressDeadlineMs: 45_000,
      }),
    );
    expect(result.measurements.map((m) => m.offsetMs)).toEqual([10_000, 30_000]);
    expect(result).toMatchObject({
      verdict: 'error',
      reason: 'progress deadline 45s reached after 2 of 3 measurements',
    });
  });
});

describe('runHealthCheck: a retry within the measurement (the default: once, 250 ms later)', () => {
  /** The defaults as the actions map them: interval 10 s, 6 measurements, the first at once, one retry. */
  const DEFAULTS = { intervalMs: 10_000 };

  it('[fault] a single random 503 followed by success is not a failed measurement', async () => {
    server = await scripted([200, 503, 200]);
    const logger = recordingLogger();
    const setup = options(server.url, { schedule: DEFAULTS, logger });
    const result = await runHealthCheck(setup);
    expect(result).toMatchObject({ verdict: 'healthy', failures: 0, errors: 0, passed: 6 });
    expect(result.measurements.map((measurement) => measurement.retried)).toEqual([0, 1, 0, 0, 0, 0]);
    const second = result.measurements[1];
    expect(second).toMatchObject({
      outcome: 'passed',
      retriedReason: 'GET /api/health: status 503, expected 200-299',
    });
    expect(second?.checks[0]).toMatchObject({ status: 200, attempts: 2, outcome: 'passed' });
    expect(server.requests).toHaveLength(7);
    // The first measurement at once; the retry 250 ms after the 503; the interval keeps its pace.
    expect(setup.clock.slept).toEqual([10_000, 250, 9_750, 10_000, 10_000, 10_000]);
    expect(result.measurements.map((measurement) => measurement.offsetMs)).toEqual([
      0, 10_000, 20_000, 30_000, 40_000, 50_000,
    ]);
    expect(logger.lines.map((line) => line.message)).toContainEqual(
      expect.stringMatching(
        /^#2 passed: 1\/1 checks passed, slowest \d+ ms, after a retry \(first answer: GET \/api\/health: status 503, expected 200-299\)$/,
      ),
    );
  });

  it('[fault] a hard-broken endpoint fails the first measurement, at once, after one retry', async () => {
    server = await scripted([500]);
    const setup = options(server.url, { schedule: DEFAULTS });
    const result = await runHealthCheck(setup);
    expect(result).toMatchObject({ verdict: 'unhealthy', failures: 1 });
    expect(result.reason).toBe(
      '1 failed measurement > failure-limit 0 (last: GET /api/health: status 500, expected 200-299)',
    );
    expect(result.measurements).toHaveLength(1);
    expect(result.measurements[0]).toMatchObject({ offsetMs: 0, retried: 1 });
    expect(result.measurements[0]?.checks[0]?.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
    expect(setup.clock.slept).toEqual([250]); // no initial delay: only the retry's pause
    expect(result.elapsedMs).toBe(250);
  });

  it('[fault] a 503 then a reset connection stays a failed measurement (no answer never hides a bad one)', async () => {
    let n = 0;
    server = await startServer((req, res) => {
      n += 1;
      if (n === 1) res.writeHead(503).end('busy');
      else req.socket.destroy();
    });
    const result = await runHealthCheck(options(server.url, { schedule: { ...DEFAULTS, count: 1 } }));
    expect(result.measurements[0]).toMatchObject({ outcome: 'failed', retried: 1 });
    expect(result.measurements[0]?.checks[0]).toMatchObject({ status: 503, attempts: 2 });
    expect(result.verdict).toBe('unhealthy');
  });

  it('[fault] a refused connection is sent again; refused twice is one unanswered measurement', async () => {
    const port = await closedPort();
    const setup = options(`http://127.0.0.1:${port}`, { schedule: { ...DEFAULTS, count: 2 } });
    const result = await runHealthCheck(setup);
    expect(result).toMatchObject({ verdict: 'inconclusive', errors: 2, failures: 0 });
    expect(
      result.measurements.map((measurement) => [
        measurement.outcome,
        measurement.retried,
        measurement.checks[0]?.attempts,
      ]),
    ).toEqual([
      ['error', 1, 2],
      ['error', 1, 2],
    ]);
  });

  it("the app's own bad answers are not sent again: a 404, a wrong body", async () => {
    server = await startServer((req, res) =>
      req.url === '/missing' ? res.writeHead(404).end() : res.end('{"status":"down"}'),
    );
    const result = await runHealthCheck(
      options(
        server.url,
        { schedule: { ...DEFAULTS, count: 1 } },
        '- path: /missing\n- path: /api/health\n  expect: { json: { "$.status": ok } }',
      ),
    );
    expect(result.measurements[0]).toMatchObject({ outcome: 'failed', failed: 2, retried: 0 });
    expect(server.requests).toHaveLength(2);
  });

  it('sends again only the checks that got a 5xx, and judges the measurement on their new answers', async () => {
    let flaky = 0;
    server = await startServer((req, res) => {
      if (req.url === '/flaky') flaky += 1;
      res.writeHead(req.url === '/flaky' && flaky === 1 ? 502 : 200).end('ok');
    });
    const result = await runHealthCheck(
      options(server.url, { schedule: { ...DEFAULTS, count: 1 } }, '[/, /flaky, /other]'),
    );
    expect(result.measurements[0]).toMatchObject({ outcome: 'passed', passed: 3, retried: 1 });
    expect(server.requests.map((request) => request.url).sort()).toEqual(['/', '/flaky', '/flaky', '/other']);
  });

  it('measurement-retries 2: a check gets up to three answers, 250 ms apart', async () => {
    server = await scripted([503, 503, 200]);
    const setup = options(server.url, { schedule: { ...DEFAULTS, count: 1, retries: 2 } });
    const result = await runHealthCheck(setup);
    expect(result.measurements[0]).toMatchObject({ outcome: 'passed', retried: 1 });
    expect(result.measurements[0]?.checks[0]?.attempts).toBe(3);
    expect(setup.clock.slept).toEqual([250, 250]);
  });
});
