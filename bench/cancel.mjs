// Time to restore production when a release is cancelled mid-health-check, as the runner cancels a
// step: the release bundle (v2, a long health window) is sent SIGINT as soon as production serves
// v2; measured from the signal to the production domain serving v1 again, and to the step's exit.
// The runner sends SIGTERM 7.5 s after SIGINT and kills the step 2.5 s later: both must be well
// inside 7.5 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { max, median, releaseStepEnv, root, sandboxProcess } from './measure.mjs';

function site(version) {
  const dir = mkdtempSync(join(tmpdir(), 'gl-bench-site-'));
  mkdirSync(join(dir, 'api'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Shop</title><p>version ${version}</p>`);
  writeFileSync(join(dir, 'api', 'health.json'), JSON.stringify({ status: 'ok', version }));
  return dir;
}

function startRelease(sb, path, runId, inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'gl-bench-release-'));
  const env = releaseStepEnv(sb, path, runId, inputs, dir);
  const child = spawn(process.execPath, [join(root, 'dist', 'release.js')], { env, stdio: 'ignore' });
  const exited = new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, at: performance.now() })),
  );
  return {
    child,
    exited,
    output: () => readFileSync(join(dir, 'out'), 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function serves(origin, text) {
  for (;;) {
    const body = await fetch(origin)
      .then((r) => r.text())
      .catch(() => '');
    if (body.includes(text)) return performance.now();
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * When the SIGINT comes, ms after the production domain first serves v2: at once (the release is
 * still confirming its promote, which it watches for 1.5 s after confirmation), or 2.5 s later
 * (the release is in its health check).
 */
const MOMENTS = [
  { name: 'during the promote (as production switches)', delayMs: 0 },
  { name: 'during the health check', delayMs: 2500 },
];

export async function cancelBenchmarks({ runs = 5 } = {}) {
  const sb = await sandboxProcess();
  const rows = [];
  let n = 0;
  try {
    for (const moment of MOMENTS) {
      const restored = [];
      const exited = [];
      for (let i = 0; i < runs; i++, n++) {
        const v1 = site(`1.${n}`);
        const healthy = startRelease(sb, v1, `${100 + n}`, { interval: '300ms', count: '1' });
        if ((await healthy.exited).code !== 0) throw new Error(`v1 release failed: ${healthy.output()}`);
        healthy.cleanup();
        const v2 = site(`2.${n}`);
        const release = startRelease(sb, v2, `${200 + n}`, { interval: '1s', count: '60' });
        await serves(sb.info.origins.production, `version 2.${n}`);
        if (moment.delayMs) await new Promise((r) => setTimeout(r, moment.delayMs));
        const signalledAt = performance.now();
        release.child.kill('SIGINT');
        const back = await serves(sb.info.origins.production, `version 1.${n}`);
        const end = await release.exited;
        if (!/outcome=rolled_back|outcome<<[\s\S]*rolled_back/.test(release.output()))
          throw new Error(`cancelled release did not report rolled_back:\n${release.output()}`);
        restored.push(back - signalledAt);
        exited.push(end.at - signalledAt);
        release.cleanup();
        rmSync(v1, { recursive: true, force: true });
        rmSync(v2, { recursive: true, force: true });
      }
      const ms = (xs) => `median ${Math.round(median(xs))} ms, max ${Math.round(max(xs))} ms`;
      rows.push(
        {
          benchmark: `cancel ${moment.name}: SIGINT → production serves the previous release`,
          result: ms(restored),
          memory: '—',
          runs,
        },
        {
          benchmark: `cancel ${moment.name}: SIGINT → release step exited (outcome rolled_back)`,
          result: ms(exited),
          memory: '—',
          runs,
        },
      );
    }
  } finally {
    await sb.stop();
  }
  return rows;
}
