// Benchmark runner: `npm run bench [-- <name> …]` (names: smoke-test, deploy, rollback, cancel).
// Prints Markdown rows for docs/benchmarks.md. Runs the committed bundles in dist/, so build first.
import { cpus } from 'node:os';
import { cancelBenchmarks } from './cancel.mjs';
import { deployBenchmarks } from './deploy.mjs';
import { rollbackBenchmarks } from './rollback.mjs';
import { smokeTestBenchmarks } from './smoke-test.mjs';

const suites = {
  'smoke-test': smokeTestBenchmarks,
  deploy: deployBenchmarks,
  rollback: rollbackBenchmarks,
  cancel: cancelBenchmarks,
};
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
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
  for (const row of await suite())
    console.log(`| ${row.benchmark} | ${row.result} | ${row.memory} | ${row.runs} |`);
}
