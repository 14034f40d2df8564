// Time to restore production after a hard-broken release goes live, over rehearsals on the embedded
// sandbox with the actions' default analysis (`greenlight rehearse --json`, whose --interval and
// --count default to the actions' 10s and 6; first measurement at once, one retry 250 ms later,
// failure-limit 0): from the end of the broken release's promote step (production confirmed serving
// it) to the end of the rollback step (production confirmed serving the previous deployment again),
// read from the rehearsal's stage timings. Goal: ≤ 3 s. The false-rollback rate the same defaults
// must keep ≤ 1 % is its own suite (bench/false-rollback.mjs): `node bench/run.mjs rollback false-rollback`.
import { join } from 'node:path';
import { max, median, root, timed } from './measure.mjs';

/** Rehearsals by default (`--runs` overrides). */
export const DEFAULT_REHEARSALS = 20;
/** The goal for the time to restore, ms. */
export const GOAL_MS = 3000;

/** The stage named `name` from a rehearsal's JSON; throws when it is missing. */
function stage(json, name) {
  const found = json.stages.find((entry) => entry.stage === name);
  if (!found) throw new Error(`rehearsal JSON has no stage '${name}'`);
  return found;
}

const end = (entry) => entry.startedAt + entry.durationMs;

/**
 * Runs `runs` rehearsals of `cli` (default dist/cli.js, extra `args` appended) and returns one
 * rehearsal's timings per run, ms: `restore` (promote end → rollback end), `healthCheck` and
 * `rollback` (the two steps in between), `firstFailedProbe` (first failed probe → restored), `wall`.
 * @throws Error with the rehearsal's output when one does not pass.
 */
export async function rehearsalTimings({
  runs = DEFAULT_REHEARSALS,
  cli = join(root, 'dist', 'cli.js'),
  args = [],
} = {}) {
  const timings = [];
  for (let i = 0; i < runs; i++) {
    const run = await timed([cli, 'rehearse', '--json', ...args]);
    if (run.code !== 0) throw new Error(`rehearsal failed:\n${run.stdout}\n${run.stderr}`);
    const json = JSON.parse(run.stdout);
    const promote = stage(json, 'v2: promote');
    const health = stage(json, 'v2: health check');
    const rollback = stage(json, 'v2: rollback');
    timings.push({
      restore: end(rollback) - end(promote),
      healthCheck: health.durationMs,
      rollback: rollback.durationMs,
      firstFailedProbe: json.timeToRollbackMs,
      wall: run.ms,
    });
  }
  return timings;
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

export async function rollbackBenchmarks({ runs = DEFAULT_REHEARSALS } = {}) {
  const timings = await rehearsalTimings({ runs });
  const of = (key) => timings.map((timing) => timing[key]);
  const restore = of('restore');
  return [
    {
      benchmark: `time to restore, rehearsal at the default analysis (10s × 6, first measurement at once, 1 retry after 250 ms, failure-limit 0): broken release's promote → production confirmed restored; goal ≤ ${GOAL_MS / 1000} s`,
      result: `**median ${seconds(median(restore))}, max ${seconds(max(restore))}** (${(median(restore) / GOAL_MS).toFixed(2)} × / ${(max(restore) / GOAL_MS).toFixed(2)} × the goal); of which health-check step median ${seconds(median(of('healthCheck')))}, rollback step median ${seconds(median(of('rollback')))}; first failed probe → restored median ${seconds(median(of('firstFailedProbe')))}; whole rehearsal median ${(median(of('wall')) / 1000).toFixed(0)} s`,
      memory: '—',
      runs,
    },
  ];
}
