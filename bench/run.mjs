// Benchmark runner: `npm run bench [-- <name> …] [--node <path>] [--runs <n>]` (names: smoke-test,
// deploy, rollback, false-rollback, cancel, gate, flags, apps). Prints Markdown rows for docs/benchmarks.md.
// Runs the committed bundles in dist/, so build first.
//
// Options:
//   --node <path>  run the benchmarks (and every process they start) with this node binary: the
//                  runner re-executes itself under it, e.g. `--node ~/node24/bin/node`, since the
//                  actions run on Node 24 (`using: node24`).
//   --runs <n>     runs per measurement for the suites that take a count (smoke-test: cold-start
//                  pairs per action; default 10).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { appsBenchmarks } from './apps.mjs';
import { cancelBenchmarks } from './cancel.mjs';
import { deployBenchmarks } from './deploy.mjs';
import { falseRollbackBenchmarks } from './false-rollback.mjs';
import { flagsBenchmarks } from './flags.mjs';
import { gateBenchmarks } from './gate.mjs';
import { rollbackBenchmarks } from './rollback.mjs';
import { smokeTestBenchmarks } from './smoke-test.mjs';

const suites = {
  'smoke-test': smokeTestBenchmarks,
  deploy: deployBenchmarks,
  rollback: rollbackBenchmarks,
  'false-rollback': falseRollbackBenchmarks,
  cancel: cancelBenchmarks,
  gate: gateBenchmarks,
  flags: flagsBenchmarks,
  apps: appsBenchmarks,
};

/** The value after `--name` in `args` (undefined when absent), and `args` without the pair. */
function takeOption(args, name) {
  const at = args.indexOf(name);
  if (at < 0) return { value: undefined, rest: args };
  if (at + 1 >= args.length || args[at + 1].startsWith('-')) {
    console.error(`bench: ${name} needs a value`);
    process.exit(2);
  }
  return { value: args[at + 1], rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

const node = takeOption(process.argv.slice(2), '--node');
if (node.value !== undefined) {
  const again = spawnSync(node.value, [fileURLToPath(import.meta.url), ...node.rest], { stdio: 'inherit' });
  if (again.error) console.error(`bench: cannot run ${node.value}: ${again.error.message}`);
  process.exit(again.status ?? 1);
}
const runsOption = takeOption(node.rest, '--runs');
const runs = runsOption.value === undefined ? undefined : Number(runsOption.value);
if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1)) {
  console.error(`bench: --runs expects a whole number of at least 1, got ${runsOption.value}`);
  process.exit(2);
}
const wanted = runsOption.rest.filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in suites));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| benchmark | result | memory | runs |\n| --- | --- | --- | --- |');
for (const [name, suite] of Object.entries(suites)) {
  if (wanted.length && !wanted.includes(name)) continue;
  for (const row of await suite(runs === undefined ? {} : { runs }))
    console.log(`| ${row.benchmark} | ${row.result} | ${row.memory} | ${row.runs} |`);
}
