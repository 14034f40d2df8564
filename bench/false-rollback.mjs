// False-rollback rate of the post-promotion health analysis on a healthy app that answers a random
// 1 % of requests with 503: the real analysis (`runHealthCheck`, src/health/runner.ts) with the
// window the health-check and release actions build from their default inputs (`healthWindow` over
// the declared specs), run over many simulated windows on a manual clock, against a fake transport
// whose 503s come from a seeded generator (so a run is reproducible). Compared with the analytic
// value: a measurement fails when its check fails on every attempt, q = p^(retries + 1), and a window
// of n measurements rolls back with P = 1 − (1 − q)^n (binomial: at least one failed measurement, with
// failure-limit 0). The same windows run once more with the previous defaults (first measurement one
// interval after the promote, no retry) for the before/after figure.
//
// `node bench/false-rollback.mjs [--windows N] [--rate P] [--seed S] [--loopback]` prints the rows;
// `node bench/false-rollback.mjs --sandbox N [--rate P]` runs N real releases end to end instead
// (sandboxFalseRollbacks below: slow, a few seconds per release, and only a handful of samples);
// `node bench/run.mjs false-rollback` prints the simulated rows through the runner. The sources are
// compiled into .bench/ with TypeScript 7 first (a few seconds): the bundle in dist/ does not export
// the analysis.
//
// Transport: the HTTP client's `fetch` injection when it has one; otherwise (a client that does not
// take `fetch`), or with `--loopback`, a loopback server answering from the same seeded sequence,
// which is slower.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { releaseStepEnv, root, sandboxProcess } from './measure.mjs';

/** Windows simulated per configuration by default. */
export const DEFAULT_WINDOWS = 20_000;
/** Share of requests the healthy app answers 503 (0–1). */
export const DEFAULT_FAULT_RATE = 0.01;
/** Seed of the fault generator (mulberry32), so that a run is reproducible. */
export const DEFAULT_SEED = 20_260_101;

/** z for a two-sided 95 % interval. */
const Z95 = 1.959964;

/**
 * Wilson score interval for `hits` successes out of `trials` at 95 % (E. B. Wilson, 1927): sound for
 * small counts, unlike the normal approximation. Returns `[low, high]` as shares (0–1).
 */
export function wilson95(hits, trials) {
  const share = hits / trials;
  const zz = Z95 * Z95;
  const centre = (share + zz / (2 * trials)) / (1 + zz / trials);
  const half =
    (Z95 / (1 + zz / trials)) * Math.sqrt((share * (1 - share)) / trials + zz / (4 * trials * trials));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The analytic false-rollback probability: P = 1 − (1 − rate^(retries+1))^measurements (one check, failure-limit 0). */
export function analyticRate(rate, retries, measurements) {
  return 1 - (1 - rate ** (retries + 1)) ** measurements;
}

/** Compiles src/ into a fresh directory under .bench/ and returns it (removed by the caller). */
function compileSources() {
  const out = join(root, '.bench', `lib-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript7/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return out;
}

/**
 * A transport that answers 503 with probability `rate` and 200 otherwise, each draw from the seeded
 * generator `next` (a function returning [0, 1)). Returns `{ client, close, kind }`.
 */
async function transport(lib, clock, rate, next, loopback) {
  const { HttpClient } = await import(pathToFileURL(join(lib, 'http/client.js')).href);
  const answer = () => (next() < rate ? 503 : 200);
  let called = 0;
  const fakeFetch = async () => {
    called += 1;
    const status = answer();
    return new globalThis.Response(status === 200 ? 'ok' : 'busy', { status });
  };
  const injected = new HttpClient({ clock, fetch: fakeFetch, random: () => 0 });
  // Does this client send through an injected fetch? One probe tells (its draw is not counted).
  await injected
    .request({ url: new URL('http://fake.invalid/'), retries: 0, timeoutMs: 1000 })
    .catch(() => undefined);
  if (called === 1 && !loopback) return { client: injected, close: async () => {}, kind: 'injected fetch' };

  const server = createServer((_req, res) => {
    const status = answer();
    res.writeHead(status).end(status === 200 ? 'ok' : 'busy');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new HttpClient({ clock, random: () => 0 });
  return {
    client,
    base: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
    kind: 'loopback server',
  };
}

/**
 * Simulates `windows` health analyses per configuration (the defaults, and the previous defaults) and
 * returns Markdown rows `{benchmark, result, memory, runs}` for docs/benchmarks.md.
 */
export async function falseRollbackBenchmarks({
  windows = DEFAULT_WINDOWS,
  rate = DEFAULT_FAULT_RATE,
  seed = DEFAULT_SEED,
  loopback = false,
} = {}) {
  const lib = compileSources();
  try {
    const load = (path) => import(pathToFileURL(join(lib, path)).href);
    const { runHealthCheck } = await load('health/runner.js');
    const { healthWindow } = await load('health/window-inputs.js');
    const { resolveSchedule } = await load('health/schedule.js');
    const { manualClock } = await load('runtime/clock.js');
    const { parseChecks } = await load('probes/check.js');
    const { readInputs, inputEnvName } = await load('inputs/spec.js');
    const { healthCheckSpec } = await load('actions/health-check.inputs.js');
    const { mulberry32 } = await load('sandbox/faults.js');

    // The window exactly as the health-check action maps its inputs with nothing but a URL given
    // (the release action shares the definitions and the mapping: test/health/window-inputs.test.ts).
    const inputs = readInputs(healthCheckSpec, { [inputEnvName('url')]: 'http://shop.invalid/' });
    const defaults = healthWindow(inputs);
    const configurations = [
      { name: 'defaults', schedule: defaults.schedule },
      {
        name: 'previous defaults',
        schedule: { ...defaults.schedule, initialDelayMs: defaults.schedule.intervalMs, retries: 0 },
      },
    ];

    let state = seed >>> 0;
    const next = () => {
      const [draw, after] = mulberry32(state);
      state = after;
      return draw;
    };
    const clock = manualClock();
    const wire = await transport(lib, clock, rate, next, loopback);
    const rows = [];
    try {
      const baseUrl = new URL(wire.base ?? 'http://shop.invalid/');
      const checks = parseChecks('[/]', 'default health checks');
      for (const configuration of configurations) {
        const schedule = resolveSchedule(configuration.schedule);
        let rolledBack = 0;
        let requests = 0;
        let retriedMeasurements = 0;
        const started = performance.now();
        for (let window = 0; window < windows; window++) {
          const result = await runHealthCheck({
            checks,
            probe: { baseUrl },
            schedule: configuration.schedule,
            limits: defaults.limits,
            progressDeadlineMs: inputs['progress-deadline'],
            http: wire.client,
            clock,
          });
          // The release rolls back on every verdict but healthy (docs/release.md).
          if (!result.healthy) rolledBack += 1;
          for (const measurement of result.measurements) {
            requests += measurement.checks.reduce((sum, check) => sum + check.attempts, 0);
            if (measurement.retried > 0) retriedMeasurements += 1;
          }
        }
        const seconds = (performance.now() - started) / 1000;
        const measured = rolledBack / windows;
        const [low, high] = wilson95(rolledBack, windows);
        const analytic = analyticRate(rate, schedule.retries, schedule.count);
        const pct = (share) => `${(share * 100).toFixed(share < 0.01 ? 3 : 2)} %`;
        const delay =
          schedule.initialDelayMs === 0 ? 'first at once' : `first after ${schedule.initialDelayMs / 1000} s`;
        const retry =
          schedule.retries === 0 ? 'no retry' : `${schedule.retries} retry after ${schedule.retryPauseMs} ms`;
        rows.push({
          benchmark: `false-rollback rate, healthy app with ${rate * 100} % random 503, ${configuration.name} (${schedule.count} × ${schedule.intervalMs / 1000} s, ${delay}, ${retry}, failure-limit ${defaults.limits.failureLimit}); simulated, ${wire.kind}`,
          result: `**${pct(measured)}** (${rolledBack} of ${windows}; 95 % CI ${pct(low)}–${pct(high)}); analytic ${pct(analytic)}; goal ≤ 1 %; ${retriedMeasurements} measurements retried, ${requests} requests, ${seconds.toFixed(1)} s`,
          memory: '—',
          runs: windows,
        });
      }
    } finally {
      await wire.close();
    }
    return rows;
  } finally {
    rmSync(lib, { recursive: true, force: true });
  }
}

/** Runs the release bundle once; resolves `{ outcome, stdout }`. */
function release(sb, path, runId, inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'gl-bench-release-'));
  const env = releaseStepEnv(sb, path, runId, inputs, dir);
  const child = spawn(process.execPath, [join(root, 'dist', 'release.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stdout += chunk));
  return new Promise((resolve) =>
    child.on('close', () => {
      const out = readFileSync(join(dir, 'out'), 'utf8');
      rmSync(dir, { recursive: true, force: true });
      const outcome = /^outcome<<(\S+)\n([\s\S]*?)\n\1$/m.exec(out)?.[2] ?? /^outcome=(.*)$/m.exec(out)?.[1];
      resolve({ outcome, stdout });
    }),
  );
}

/**
 * The end-to-end false-alarm run: `releases` releases of a healthy site through the release bundle
 * (the action's defaults, but `interval`, which does not change the odds of independent faults) on
 * the sandbox, each new deployment answering a random share `rate` of the requests that reach it
 * through the production domain with 503 (a serving fault with `seed`, docs/sandbox.md). Returns one
 * Markdown row: how many releases were rolled back, and how many measurements passed on a retry.
 */
export async function sandboxFalseRollbacks({
  releases = 10,
  rate = DEFAULT_FAULT_RATE,
  seed = DEFAULT_SEED,
  interval = '1s',
} = {}) {
  const sb = await sandboxProcess();
  const api = (method, path, body) =>
    fetch(`${sb.info.api}${path}`, {
      method,
      headers: { authorization: `Bearer ${sb.info.token}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }).then((res) => res.json());
  const known = new Set();
  let rolledBack = 0;
  let retried = 0;
  const outcomes = {};
  try {
    for (let i = 0; i < releases; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'gl-bench-site-'));
      writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Shop</title><p>version ${i}</p>`);
      const pending = release(sb, dir, `${300 + i}`, { interval });
      // The new deployment answers `rate` of its domain requests with 503 once it serves production.
      let id;
      while (!id) {
        const list = await api('GET', `/v6/deployments?projectId=${sb.info.projectId}&limit=20`);
        id = (list.deployments ?? []).map((deployment) => deployment.uid).find((uid) => !known.has(uid));
        if (!id) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      known.add(id);
      await api('POST', '/_sandbox/faults', {
        deployment: id,
        serve: { status: 503, rate, seed: (seed + i) >>> 0, where: 'domains' },
      });
      const { outcome, stdout } = await pending;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 'rolled_back') rolledBack += 1;
      else if (outcome !== 'promoted')
        throw new Error(`release ${i} ended ${outcome}:\n${stdout.slice(-3000)}`);
      retried += (stdout.match(/after a retry/g) ?? []).length;
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await sb.stop();
  }
  const [low, high] = wilson95(rolledBack, releases);
  const pct = (share) => `${(share * 100).toFixed(1)} %`;
  return {
    benchmark: `false-rollback rate end to end: ${releases} releases of a healthy site through the release bundle on the sandbox, ${rate * 100} % random 503 (seeded serving fault), default analysis but interval ${interval}`,
    result: `${rolledBack} of ${releases} rolled back (95 % CI ${pct(low)}–${pct(high)}; analytic ${(analyticRate(rate, 1, 6) * 100).toFixed(3)} %); ${retried} measurements passed on their retry`,
    memory: '—',
    runs: releases,
  };
}

/** `--name value` from argv, as a number, or the fallback. */
function numberOption(args, name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value)) {
    console.error(`false-rollback: ${name} expects a number, got ${args[at + 1]}`);
    process.exit(2);
  }
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args.includes('--sandbox')) {
    const row = await sandboxFalseRollbacks({
      releases: numberOption(args, '--sandbox', 10),
      rate: numberOption(args, '--rate', DEFAULT_FAULT_RATE),
      seed: numberOption(args, '--seed', DEFAULT_SEED),
    });
    console.log(`| ${row.benchmark} | ${row.result} | ${row.memory} | ${row.runs} |`);
    process.exit(0);
  }
  const rows = await falseRollbackBenchmarks({
    windows: numberOption(args, '--windows', DEFAULT_WINDOWS),
    rate: numberOption(args, '--rate', DEFAULT_FAULT_RATE),
    seed: numberOption(args, '--seed', DEFAULT_SEED),
    loopback: args.includes('--loopback'),
  });
  console.log('| benchmark | result | memory | runs |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.benchmark} | ${row.result} | ${row.memory} | ${row.runs} |`);
}
