// smoke-test benchmarks: the bundle's cold start, and 200 checks at concurrency 16 against a
// local server that answers after 20 ms.
import { createServer } from 'node:http';
import { max, median, mib, timedAction } from './measure.mjs';

async function server(latencyMs) {
  const s = createServer((_req, res) => setTimeout(() => res.end('ok'), latencyMs));
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${s.address().port}/`, close: () => new Promise((r) => s.close(r)) };
}

export async function smokeTestBenchmarks({ runs = 10 } = {}) {
  const rows = [];
  const fast = await server(0);
  try {
    const cold = [];
    for (let i = 0; i < runs; i++) {
      const r = await timedAction('smoke-test', { url: fast.url, checks: '[/]' });
      if (r.code !== 0) throw new Error(`smoke-test cold start failed:\n${r.stdout}${r.stderr}`);
      cold.push(r);
    }
    rows.push({
      benchmark: 'smoke-test cold start (process start → exit, 1 check, local server)',
      result: `median ${median(cold.map((r) => r.ms)).toFixed(0)} ms, max ${max(cold.map((r) => r.ms)).toFixed(0)} ms`,
      memory: `peak RSS ${mib(max(cold.map((r) => r.rssBytes)))}`,
      runs,
    });
  } finally {
    await fast.close();
  }
  const slow = await server(20);
  try {
    const checks = JSON.stringify(
      Array.from({ length: 200 }, (_, i) => ({ name: `c${i}`, path: `/p/${i}` })),
    );
    const many = [];
    for (let i = 0; i < Math.max(3, Math.floor(runs / 2)); i++) {
      const r = await timedAction('smoke-test', { url: slow.url, checks, concurrency: '16' });
      if (r.code !== 0) throw new Error(`smoke-test 200 checks failed:\n${r.stdout}${r.stderr}`);
      many.push(r);
    }
    rows.push({
      benchmark: '200 checks, concurrency 16, server latency 20 ms (floor: 13 waves × 20 ms = 260 ms)',
      result: `median ${median(many.map((r) => r.ms)).toFixed(0)} ms, max ${max(many.map((r) => r.ms)).toFixed(0)} ms`,
      memory: `peak RSS ${mib(max(many.map((r) => r.rssBytes)))}`,
      runs: many.length,
    });
  } finally {
    await slow.close();
  }
  return rows;
}
