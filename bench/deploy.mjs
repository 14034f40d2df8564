// Deploy benchmark: a generated static tree (2,000 files, ~50 MB) deployed to the sandbox — cold,
// then again with one file changed (which must upload exactly that file) — by Greenlight's deploy
// bundle and, side by side on the same tree, by the official CLI:
//   vercel deploy --prebuilt --prod --skip-domain --api <sandbox>
// Each tool gets its own sandbox process, so its cold run finds nothing uploaded. Measured: wall
// time (process start → exit), bytes and files uploaded (from the sandbox's request log), peak RSS.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { max, median, mib, root, sandboxProcess, timed } from './measure.mjs';

const FILES = 2000;
const TOTAL_BYTES = 50 * 1024 * 1024;
const VERCEL_CLI = join(
  dirname(createRequire(import.meta.url).resolve('vercel/package.json')),
  'dist',
  'vc.js',
);

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
    timed(
      [
        VERCEL_CLI,
        'deploy',
        '--prebuilt',
        '--prod',
        '--skip-domain',
        '--yes',
        '--api',
        sb.info.api,
        '--token',
        sb.info.token,
        '--global-config',
        join(home, 'global'),
      ],
      {
        HOME: home,
        VERCEL_ORG_ID: sb.info.teamId,
        VERCEL_PROJECT_ID: sb.info.projectId,
        VERCEL_TELEMETRY_DISABLED: '1',
        NO_UPDATE_NOTIFIER: '1',
      },
      { cwd: tree },
    ),
};

export async function deployBenchmarks({ runs = 5 } = {}) {
  const rows = [];
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    results[tool] = { cold: [], warm: [] };
    for (let i = 0; i < runs; i++) {
      const work = mkdtempSync(join(tmpdir(), 'gl-bench-deploy-'));
      const tree = join(work, 'tree');
      const changed = generateTree(tree);
      const sb = await sandboxProcess();
      try {
        for (const phase of ['cold', 'warm']) {
          if (phase === 'warm') writeFileSync(changed, `<!doctype html><p>bench changed ${Date.now()}</p>`);
          const r = await run(sb, tree, work);
          if (r.code !== 0) throw new Error(`${tool} ${phase} deploy failed:\n${r.stdout}\n${r.stderr}`);
          results[tool][phase].push({ ...r, ...(await sb.uploads()) });
        }
      } finally {
        await sb.stop();
        rmSync(work, { recursive: true, force: true });
      }
    }
  }
  for (const phase of ['cold', 'warm']) {
    for (const [tool, r] of Object.entries(results)) {
      const list = r[phase];
      rows.push({
        benchmark: `deploy ${FILES} files / ${mib(TOTAL_BYTES)}, ${phase === 'cold' ? 'cold' : 'one file changed'}: ${tool}`,
        result: `median ${(median(list.map((x) => x.ms)) / 1000).toFixed(2)} s, max ${(max(list.map((x) => x.ms)) / 1000).toFixed(2)} s; uploaded ${list[0].files} files, ${(list[0].bytes / 1024 / 1024).toFixed(1)} MiB`,
        memory: `peak RSS ${mib(max(list.map((x) => x.rssBytes)))}`,
        runs: list.length,
      });
    }
  }
  return rows;
}
