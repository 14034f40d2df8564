// shellcheck over every `run:` block of the workflows (.github/workflows/, workflows/) and of the
// action metadata files, as the runner executes them: bash, `-eo pipefail`
// (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell).
// `${{ … }}` expressions are replaced by a plain word first, as the runner substitutes them before
// bash sees the script. Prints `file: job › step: SCnnnn message` lines; exits 1 on any finding,
// 2 when shellcheck is not installed (`apt-get install shellcheck`, Debian's package).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Workflow and action files of the repository, `/`-separated, relative to `base`. */
export function scriptFiles(base = root) {
  const yamlIn = (dir) =>
    existsSync(join(base, dir))
      ? readdirSync(join(base, dir))
          .filter((name) => /\.ya?ml$/.test(name))
          .map((name) => `${dir}/${name}`)
      : [];
  const actions = existsSync(join(base, 'actions'))
    ? readdirSync(join(base, 'actions')).map((name) => `actions/${name}/action.yml`)
    : [];
  return [...yamlIn('.github/workflows'), ...yamlIn('workflows'), 'action.yml', ...actions].filter((path) =>
    existsSync(join(base, path)),
  );
}

/**
 * The bash scripts in one workflow or action file: `{ where, script }` per `run:` step whose shell is
 * bash (the default on Linux runners), with `${{ … }}` replaced by `EXPR`.
 */
export function runBlocks(path, text) {
  const doc = parse(text) ?? {};
  const blocks = [];
  const add = (where, step, defaultShell) => {
    if (typeof step?.run !== 'string') return;
    const shell = step.shell ?? defaultShell ?? 'bash';
    if (!/^bash\b/.test(shell)) return;
    blocks.push({
      where: `${path}: ${where} › ${step.name ?? step.id ?? 'run'}`,
      script: step.run.replace(/\$\{\{[\s\S]*?\}\}/g, 'EXPR'),
    });
  };
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    for (const step of job?.steps ?? [])
      add(`job ${id}`, step, job?.defaults?.run?.shell ?? doc.defaults?.run?.shell);
  }
  for (const step of doc.runs?.steps ?? []) add('composite', step, undefined);
  return blocks;
}

function main() {
  const probe = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    console.error('shellcheck is not installed (Debian: apt-get install shellcheck)');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'greenlight-shellcheck-'));
  let findings = 0;
  let blocks = 0;
  try {
    for (const path of scriptFiles()) {
      for (const block of runBlocks(path, readFileSync(join(root, path), 'utf8'))) {
        blocks += 1;
        const file = join(dir, `block-${blocks}.sh`);
        writeFileSync(file, `#!/usr/bin/env bash\nset -eo pipefail\n${block.script}`);
        const result = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', file], { encoding: 'utf8' });
        const lines = result.stdout.split('\n').filter(Boolean);
        for (const line of lines) {
          // gcc format: file:line:col: level: message [SCnnnn]; lines are offset by the 2 we added.
          const match = /^[^:]+:(\d+):(\d+): (\w+): (.*)$/.exec(line);
          const at = match ? `line ${Number(match[1]) - 2}:${match[2]}` : '';
          console.log(`${block.where} ${at}: ${match ? `${match[3]}: ${match[4]}` : line}`);
          findings += 1;
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${blocks} run blocks: ${findings} shellcheck finding(s)`);
  process.exit(findings > 0 ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
