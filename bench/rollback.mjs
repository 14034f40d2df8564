// Time to rollback in the rehearsal with the health-check action's default analysis settings
// (interval 10s, count 6, failure-limit 0): from v2's first failed probe to production confirmed
// serving v1 again. Goal: ≤ interval × (failure-limit + 1) + 3 s = 13 s.
import { join } from 'node:path';
import { max, median, root, timed } from './measure.mjs';

export async function rollbackBenchmarks({ runs = 3 } = {}) {
  const times = [];
  const walls = [];
  for (let i = 0; i < runs; i++) {
    const r = await timed([
      join(root, 'dist', 'cli.js'),
      'rehearse',
      '--interval',
      '10s',
      '--count',
      '6',
      '--json',
    ]);
    if (r.code !== 0) throw new Error(`rehearsal failed:\n${r.stdout}\n${r.stderr}`);
    const json = JSON.parse(r.stdout);
    times.push(json.timeToRollbackMs);
    walls.push(r.ms);
  }
  return [
    {
      benchmark: 'rehearsal time to rollback, default analysis (interval 10s, failure-limit 0; goal ≤ 13 s)',
      result: `median ${(median(times) / 1000).toFixed(2)} s, max ${(max(times) / 1000).toFixed(2)} s (whole rehearsal: median ${(median(walls) / 1000).toFixed(0)} s)`,
      memory: '—',
      runs,
    },
  ];
}
