// smoke-test benchmarks:
//
// 1. Cold start, process start → exit, of the smoke-test, health-check, promote and rollback bundles
//    against a bare `fetch` one-liner (`node --input-type=module -e "await fetch(url)"`), in pairs
//    that alternate (baseline, action, baseline, action …) so drift on the machine hits both sides.
//    smoke-test and health-check make one GET of a loopback server; promote and rollback run against
//    `greenlight sandbox` (seeded once with a promoted deployment) and end `noop` after their reads
//    (promote: the deployment and the project; rollback: the project), so they start up, read the
//    Vercel API and write their outputs, but never deploy. Goals: smoke-test and health-check ≤ 1.2×
//    the baseline's median wall time and ≤ 1.1× its median peak RSS; promote and rollback ≤ 1.5×.
// 2. 200 checks at concurrency 16 against a server that answers after 20 ms. The request phase is
//    timed by the server, from the first request's arrival to the last answer's end; its floor is
//    13 waves × 20 ms = 260 ms (goal ≤ 1.3×). Connections counts the TCP connections the bundle opened.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { max, median, mib, sandboxProcess, timed, timedAction } from './measure.mjs';

/** A loopback server answering `ok` after `latencyMs`; records the request phase and connections. */
async function server(latencyMs) {
  let first;
  let last;
  let connections = 0;
  const listener = createServer((_req, res) => {
    first ??= performance.now();
    setTimeout(() => {
      res.end('ok');
      last = performance.now();
    }, latencyMs);
  });
  listener.on('connection', () => connections++);
  await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${listener.address().port}/`,
    /** Forgets what was recorded so far. */
    reset() {
      first = undefined;
      last = undefined;
      connections = 0;
    },
    /** The request phase (ms) and TCP connections since the last reset. */
    phase: () => ({ ms: last - first, connections }),
    close: () => new Promise((resolve) => (listener.closeAllConnections(), listener.close(resolve))),
  };
}

/** The baseline: a bare Node `fetch` of `url`, ESM, nothing else. */
const BASELINE = ['--input-type=module', '-e', 'await fetch(process.env.BENCH_URL)'];

/** Deploys a one-page site to the sandbox and promotes it; resolves with its id and the step env. */
async function seedSandbox(sandbox, workspace) {
  const env = {
    VERCEL_TOKEN: sandbox.info.token,
    VERCEL_ORG_ID: sandbox.info.teamId,
    VERCEL_PROJECT_ID: sandbox.info.projectId,
    GITHUB_WORKSPACE: workspace,
  };
  const site = join(workspace, 'site');
  await rm(site, { recursive: true, force: true });
  await mkdir(site);
  await writeFile(join(site, 'index.html'), '<h1>bench</h1>\n');
  const api = { 'vercel-api-url': sandbox.info.api };
  const deployed = await timedAction('deploy', { ...api, environment: 'production', path: site }, env);
  const id = output(deployed.output, 'deployment-id');
  if (deployed.code !== 0 || !id)
    throw new Error(`bench: seeding deploy failed:\n${deployed.stdout}${deployed.stderr}`);
  const promoted = await timedAction('promote', { ...api, 'deployment-id': id }, env);
  if (promoted.code !== 0) throw new Error(`bench: seeding promote failed:\n${promoted.stdout}`);
  return { id, env, api };
}

/**
 * The value of output `name` in a `GITHUB_OUTPUT` file's text, written as `name<<delimiter` lines
 * (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#setting-an-output-parameter).
 */
function output(text, name) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${name}<<`));
  if (start < 0) return undefined;
  const end = lines.indexOf(lines[start].slice(name.length + 2), start + 1);
  return end < 0 ? undefined : lines.slice(start + 1, end).join('\n');
}

/** `part / whole` as `1.23×`. */
const ratio = (part, whole) => `${(part / whole).toFixed(2)}×`;

export async function smokeTestBenchmarks({ runs = 10 } = {}) {
  const rows = [];
  const fast = await server(0);
  const sandbox = await sandboxProcess();
  const workspace = await mkdtemp(join(tmpdir(), 'gl-bench-ws-'));
  try {
    const seeded = await seedSandbox(sandbox, workspace);
    const health = { interval: '1s', count: '1', 'initial-delay': '0s', timeout: '5s' };
    const contenders = {
      'smoke-test': () => timedAction('smoke-test', { url: fast.url }),
      'health-check': () => timedAction('health-check', { url: fast.url, ...health }),
      promote: () => timedAction('promote', { ...seeded.api, 'deployment-id': seeded.id }, seeded.env),
      rollback: () => timedAction('rollback', { ...seeded.api, 'to-deployment-id': seeded.id }, seeded.env),
    };
    const baseline = [];
    const measured = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
    // One warm-up pair per contender (disk cache, the sandbox's first answers), not counted.
    for (let round = -1; round < runs; round++) {
      for (const [name, start] of Object.entries(contenders)) {
        const base = await timed(BASELINE, { BENCH_URL: fast.url });
        if (base.code !== 0) throw new Error(`bench: baseline fetch failed:\n${base.stderr}`);
        const run = await start();
        if (run.code !== 0) throw new Error(`bench: ${name} failed:\n${run.stdout}${run.stderr}`);
        if (round < 0) continue;
        baseline.push(base);
        measured[name].push(run);
      }
    }
    const baseMs = median(baseline.map((run) => run.ms));
    const baseRss = median(baseline.map((run) => run.rssBytes));
    rows.push({
      benchmark: 'baseline: `node -e "await fetch(url)"` (ESM), process start → exit, local server',
      result: `median ${baseMs.toFixed(0)} ms, max ${max(baseline.map((run) => run.ms)).toFixed(0)} ms`,
      memory: `median peak RSS ${mib(baseRss)}`,
      runs: baseline.length,
    });
    for (const [name, list] of Object.entries(measured)) {
      const ms = median(list.map((run) => run.ms));
      const rss = median(list.map((run) => run.rssBytes));
      const what =
        name === 'smoke-test' || name === 'health-check'
          ? '1 check, local server'
          : 'sandbox, ends noop, never deploys';
      rows.push({
        benchmark: `${name} cold start (process start → exit, ${what}) vs baseline`,
        result: `median ${ms.toFixed(0)} ms = **${ratio(ms, baseMs)}**, max ${max(list.map((run) => run.ms)).toFixed(0)} ms`,
        memory: `median peak RSS ${mib(rss)} = **${ratio(rss, baseRss)}**`,
        runs: list.length,
      });
    }
  } finally {
    await fast.close();
    await sandbox.stop();
    await rm(workspace, { recursive: true, force: true });
  }
  const slow = await server(20);
  try {
    const checks = JSON.stringify(
      Array.from({ length: 200 }, (_, index) => ({ name: `c${index}`, path: `/p/${index}` })),
    );
    const many = [];
    for (let round = 0; round < Math.max(3, Math.floor(runs / 2)); round++) {
      slow.reset();
      const run = await timedAction('smoke-test', { url: slow.url, checks, concurrency: '16' });
      if (run.code !== 0) throw new Error(`smoke-test 200 checks failed:\n${run.stdout}${run.stderr}`);
      many.push({ ...run, ...slow.phase(), wall: run.ms });
    }
    const phase = median(many.map((run) => run.ms));
    rows.push({
      benchmark:
        '200 checks, concurrency 16, server latency 20 ms: request phase (floor: 13 waves × 20 ms = 260 ms)',
      result:
        `median ${phase.toFixed(0)} ms = **${ratio(phase, 260)}** the floor, max ${max(many.map((run) => run.ms)).toFixed(0)} ms; ` +
        `whole run median ${median(many.map((run) => run.wall)).toFixed(0)} ms; ` +
        `${median(many.map((run) => run.connections))} connections`,
      memory: `peak RSS ${mib(max(many.map((run) => run.rssBytes)))}`,
      runs: many.length,
    });
  } finally {
    await slow.close();
  }
  return rows;
}
