// Deploy benchmark: a generated static tree (2,000 files, ~50 MB) deployed to the sandbox — cold,
// then again with one file changed (which must upload exactly that file) — by Greenlight's deploy
// bundle and, on an identical tree, by the official CLI:
//   vercel deploy --prebuilt --prod --skip-domain --api <sandbox>
// The runs are paired — Greenlight then the CLI, pair after pair — so drift in the machine falls on
// both alike, and the ratio Greenlight / CLI is taken within each pair (the median over the pairs is
// reported). Each run gets its own fresh sandbox process, so its cold run finds nothing uploaded.
// Both tools run on the Node running this script (`npm run bench -- deploy --node <path>` picks
// one). Measured: wall time (process start → exit), bytes and files uploaded (from the sandbox's
// request log), peak RSS. `--runs <n>` changes the number of pairs (default 5).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distDigest, max, median, mib, root, sandboxProcess, timed, timedVercelCli } from './measure.mjs';

const FILES = 2000;
const TOTAL_BYTES = 50 * 1024 * 1024;

/** Deterministic pseudo-random bytes (incompressible, no two files alike). */
function bytes(seed, size) {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(`seed-${seed}`).digest();
  for (let i = 0; i < size; i += block.length) {
    block.copy(out, i);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

/** A Build Output API tree under `dir/.vercel/output` with FILES files totalling ~TOTAL_BYTES. */
function generateTree(dir) {
  const staticDir = join(dir, '.vercel', 'output', 'static');
  for (let i = 0; i < FILES; i++) {
    // Sizes from ~1 KB to ~50 KB, averaging TOTAL_BYTES / FILES.
    const size = Math.round((TOTAL_BYTES / FILES) * (0.05 + (1.9 * ((i * 7919) % FILES)) / FILES));
    const path = join(
      staticDir,
      `section-${i % 40}`,
      `page-${i}`,
      i % 3 === 0 ? 'index.html' : `asset-${i}.js`,
    );
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes(i, size));
  }
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><p>bench</p>');
  writeFileSync(
    join(dir, '.vercel', 'output', 'config.json'),
    JSON.stringify({ version: 3, routes: [{ handle: 'filesystem' }] }),
  );
  return join(staticDir, 'index.html');
}

const tools = {
  greenlight: (sb, tree) =>
    timed([join(root, 'dist', 'deploy.js')], {
      INPUT_ENVIRONMENT: 'production',
      INPUT_PATH: tree,
      // The generated tree lives in the temp dir, outside any workspace.
      'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'true',
      INPUT_PREBUILT: 'true',
      'INPUT_VERCEL-API-URL': sb.info.api,
      INPUT_PROVIDER: 'vercel',
      INPUT_TIMEOUT: '15m',
      VERCEL_TOKEN: sb.info.token,
      VERCEL_ORG_ID: sb.info.teamId,
      VERCEL_PROJECT_ID: sb.info.projectId,
      GITHUB_OUTPUT: '/dev/null',
    }),
  'vercel CLI 60.1.3': (sb, tree, home) =>
    timedVercelCli(sb, ['deploy', '--prebuilt', '--prod', '--skip-domain', '--yes'], home, { cwd: tree }),
};

const PHASES = { cold: 'cold', warm: 'one file changed' };
const GOALS = { cold: 0.6, warm: 0.8 };
const seconds = (ms) => (ms / 1000).toFixed(2);

/** One run of `tool`: its own tree copy and fresh sandbox; cold, then with one file changed. */
async function deployTwice(tool, run, pair) {
  const work = mkdtempSync(join(tmpdir(), 'gl-bench-deploy-'));
  const tree = join(work, 'tree');
  const changed = generateTree(tree);
  // Write the 50 MiB out now, so no writeback of this tree runs during the timed deploys.
  execFileSync('sync');
  const sb = await sandboxProcess();
  const out = {};
  try {
    for (const phase of Object.keys(PHASES)) {
      if (phase === 'warm')
        writeFileSync(changed, `<!doctype html><p>bench changed ${pair} ${Date.now()}</p>`);
      const r = await run(sb, tree, work);
      if (r.code !== 0) throw new Error(`${tool} ${phase} deploy failed:\n${r.stdout}\n${r.stderr}`);
      out[phase] = { ms: r.ms, rssBytes: r.rssBytes, ...(await sb.uploads()) };
    }
  } finally {
    await sb.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

export async function deployBenchmarks({ runs = 5 } = {}) {
  const names = Object.keys(tools);
  const [ours, theirs] = names;
  const digest = await distDigest();
  console.error(
    `deploy: ${runs} pairs on Node ${process.version} (${process.execPath}); dist/deploy.js ${digest['deploy.js']}, dist/index.js ${digest['index.js']}, all of dist/ ${digest.dist}`,
  );
  const started = Date.now();
  /** pairs[i][tool][phase] = {ms, rssBytes, files, bytes} */
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const pair = {};
    for (const tool of names) pair[tool] = await deployTwice(tool, tools[tool], i);
    pairs.push(pair);
    console.error(
      `deploy: pair ${i + 1}/${runs} — ` +
        Object.entries(PHASES)
          .map(
            ([phase, label]) =>
              `${label}: ${seconds(pair[ours][phase].ms)} s / ${seconds(pair[theirs][phase].ms)} s = ${(pair[ours][phase].ms / pair[theirs][phase].ms).toFixed(2)}×`,
          )
          .join('; ') +
        ` (${((Date.now() - started) / 1000).toFixed(0)} s so far; load average ${loadavg()[0].toFixed(2)})`,
    );
  }
  if ((await distDigest()).dist !== digest.dist)
    throw new Error('dist/ changed while the deploy benchmark ran: its figures mix two builds');

  const rows = [];
  for (const [phase, label] of Object.entries(PHASES)) {
    for (const tool of names) {
      const list = pairs.map((p) => p[tool][phase]);
      const sizes = [
        ...new Set(list.map((x) => `${x.files} files, ${(x.bytes / 1024 / 1024).toFixed(1)} MiB`)),
      ];
      rows.push({
        benchmark: `deploy ${FILES} files / ${mib(TOTAL_BYTES)}, ${label}: ${tool}`,
        result: `median ${seconds(median(list.map((x) => x.ms)))} s, min ${seconds(Math.min(...list.map((x) => x.ms)))} s, max ${seconds(max(list.map((x) => x.ms)))} s; uploaded ${sizes.join(' / ')}`,
        memory: `peak RSS ${mib(max(list.map((x) => x.rssBytes)))}`,
        runs: list.length,
      });
    }
    const ratios = pairs.map((p) => p[ours][phase].ms / p[theirs][phase].ms);
    const ratio = median(ratios);
    const rss =
      max(pairs.map((p) => p[ours][phase].rssBytes)) / max(pairs.map((p) => p[theirs][phase].rssBytes));
    rows.push({
      benchmark: `deploy ${FILES} files / ${mib(TOTAL_BYTES)}, ${label}: greenlight / CLI (goal ≤ ${GOALS[phase]}×)`,
      result: `**median ${ratio.toFixed(2)}×** (pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')}) — ${ratio <= GOALS[phase] ? 'met' : `missed by ${(ratio - GOALS[phase]).toFixed(2)}×`}`,
      memory: `peak RSS ${rss.toFixed(2)}×`,
      runs: ratios.length,
    });
  }
  console.error(`deploy: ${runs} pairs took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return rows;
}
