// gate benchmark: the gate's overhead over running the same command bare, on the same project.
// The command is a real ESLint run (the repository's own eslint, JSON report to a file) on a small
// generated project with one error and one warning per file. Runs are paired and alternate (bare,
// gate, bare, gate …) so drift on the machine hits both; the overhead is taken within each pair
// (gate − bare) and the table gives the median. The gate reads the report, annotates, writes its
// outputs and summary; it exits 1 because the project has errors, as a failing lint gate does.
// Goal: overhead < 300 ms median.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { max, median, mib, root, timed, timedAction } from './measure.mjs';

const FILES = 20;

/** A project of FILES modules, each with an unused variable (error) and a console call (warning). */
async function project() {
  const dir = await mkdtemp(join(tmpdir(), 'gl-bench-gate-'));
  await mkdir(join(dir, 'src'));
  await writeFile(
    join(dir, 'eslint.config.js'),
    "export default [{ files: ['**/*.js'], rules: { 'no-unused-vars': 'error', 'no-console': 'warn' } }];\n",
  );
  await writeFile(join(dir, 'package.json'), '{"type":"module","private":true}\n');
  for (let i = 0; i < FILES; i++)
    await writeFile(join(dir, 'src', `m${i}.js`), `const unused${i} = ${i};\nconsole.log('m${i}');\n`);
  return dir;
}

export async function gateBenchmarks({ runs = 10 } = {}) {
  const dir = await project();
  const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const args = [eslint, '--format', 'json', '--output-file', 'report.json', 'src'];
  const bare = [];
  const gated = [];
  const overheads = [];
  const rss = [];
  try {
    for (let i = 0; i < runs; i++) {
      const plain = await timed(args, {}, { cwd: dir });
      if (plain.code !== 1) throw new Error(`bare eslint exited ${plain.code}: ${plain.stderr}`);
      const gate = await timedAction(
        'gate',
        {
          name: 'lint',
          run: `"${process.execPath}" ${args.map((arg) => `"${arg}"`).join(' ')}`,
          report: 'report.json',
          'report-format': 'auto',
          'max-warnings': '-1',
          'working-directory': '.',
          shell: 'false',
          annotate: 'true',
          'audit-level': 'moderate',
        },
        { GITHUB_WORKSPACE: dir },
      );
      if (gate.code !== 1 || !gate.output.includes(`${FILES}`))
        throw new Error(`gate exited ${gate.code}: ${gate.stdout}${gate.stderr}`);
      bare.push(plain.ms);
      gated.push(gate.ms);
      overheads.push(gate.ms - plain.ms);
      rss.push(gate.rssBytes);
      process.stderr.write(
        `gate: pair ${i + 1}/${runs} — bare ${plain.ms.toFixed(0)} ms, gate ${gate.ms.toFixed(0)} ms\n`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const ms = (value) => `${value.toFixed(0)} ms`;
  const overhead = median(overheads);
  return [
    {
      benchmark: `eslint on ${FILES} files, JSON report: bare`,
      result: `median ${ms(median(bare))}, max ${ms(max(bare))}`,
      memory: '',
      runs,
    },
    {
      benchmark: `the same through the gate action (reads the report, annotates, summary)`,
      result: `median ${ms(median(gated))}, max ${ms(max(gated))}`,
      memory: `gate process peak RSS ${mib(median(rss))}`,
      runs,
    },
    {
      benchmark: 'gate overhead, gate − bare within each pair (goal < 300 ms)',
      result: `**median ${ms(overhead)}** (pairs: ${overheads.map((value) => value.toFixed(0)).join(', ')}) — ${overhead < 300 ? 'met' : 'missed'}`,
      memory: '',
      runs,
    },
  ];
}
