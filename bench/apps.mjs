// apps benchmark: deploying a real app — the Vite SPA of test/fixtures/apps/vite-spa/dist, built by
// `vite build`, with its vercel.json catch-all rewrite — to a fresh sandbox, as a preview:
//   greenlight: the deploy bundle (`path: <dist>`), which reads vercel.json, checks its routing with
//               @vercel/routing-utils and sends it with the no-build project settings;
//   greenlight, no vercel.json: the same dist without the file (what reading and checking it costs);
//   vercel CLI 60.1.3: `vercel deploy <dist> --yes --api <sandbox>` on an identical copy.
// Runs are paired (greenlight, greenlight without vercel.json, CLI) with a fresh sandbox process and
// a fresh copy each, so drift falls on all three; the ratio is taken within each pair. Each deploy is
// checked: its URL must serve the SPA shell at a deep link (the rewrite applied).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, mib, root, sandboxProcess, timed, timedVercelCli } from './measure.mjs';

const DIST = join(root, 'test', 'fixtures', 'apps', 'vite-spa', 'dist');

function greenlight(sb, dir) {
  return timed([join(root, 'dist', 'deploy.js')], {
    INPUT_ENVIRONMENT: 'preview',
    INPUT_PATH: dir,
    'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'true',
    'INPUT_VERCEL-API-URL': sb.info.api,
    INPUT_PROVIDER: 'vercel',
    INPUT_TIMEOUT: '5m',
    VERCEL_TOKEN: sb.info.token,
    VERCEL_ORG_ID: sb.info.teamId,
    VERCEL_PROJECT_ID: sb.info.projectId,
    GITHUB_OUTPUT: '/dev/null',
  });
}

function cli(sb, dir, home) {
  return timedVercelCli(sb, ['deploy', dir, '--yes'], home);
}

/** The newest deployment's deep link must answer the shell (the rewrite applied). */
async function checkServed(sb, expectRewrite) {
  const list = await (
    await fetch(`${sb.info.api}/v6/deployments?limit=1`, {
      headers: { authorization: `Bearer ${sb.info.token}` },
    })
  ).json();
  const url = list.deployments[0].url;
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`http://${url}/settings/profile`);
    const text = await res.text();
    if (res.status !== 503) {
      const rewritten = res.status === 200 && text.includes('vite-spa shell');
      if (rewritten !== expectRewrite)
        throw new Error(`deep link answered ${res.status}, rewrite ${rewritten}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('deployment never became ready');
}

export async function appsBenchmarks({ runs = 5 } = {}) {
  const tools = ['greenlight', 'greenlight, no vercel.json', 'vercel CLI 60.1.3'];
  const times = Object.fromEntries(tools.map((t) => [t, []]));
  const rss = Object.fromEntries(tools.map((t) => [t, []]));
  const ratios = [];
  for (let pair = 1; pair <= runs; pair++) {
    const row = {};
    for (const tool of tools) {
      const work = mkdtempSync(join(tmpdir(), 'gl-bench-apps-'));
      const dir = join(work, 'dist');
      cpSync(DIST, dir, { recursive: true });
      if (tool === 'greenlight, no vercel.json') rmSync(join(dir, 'vercel.json'));
      const sb = await sandboxProcess();
      try {
        const r = tool.startsWith('greenlight') ? await greenlight(sb, dir) : await cli(sb, dir, work);
        if (r.code !== 0) throw new Error(`${tool} failed:\n${r.stdout}\n${r.stderr}`);
        await checkServed(sb, tool !== 'greenlight, no vercel.json');
        row[tool] = r.ms;
        times[tool].push(r.ms);
        rss[tool].push(r.rssBytes);
      } finally {
        await sb.stop();
        rmSync(work, { recursive: true, force: true });
      }
    }
    ratios.push(row.greenlight / row['vercel CLI 60.1.3']);
    console.error(`pair ${pair}: ${tools.map((t) => `${t} ${Math.round(row[t])} ms`).join(', ')}`);
  }
  const ms = (xs) =>
    `median ${Math.round(median(xs))} ms, min ${Math.round(Math.min(...xs))} ms, max ${Math.round(Math.max(...xs))} ms`;
  const rows = tools.map((t) => ({
    benchmark: `deploy the Vite SPA (3 files, vercel.json rewrite), preview: ${t}`,
    result: ms(times[t]),
    memory: `peak RSS ${mib(median(rss[t]))}`,
    runs,
  }));
  rows.push({
    benchmark: 'deploy the Vite SPA: greenlight / CLI',
    result: `**median ${median(ratios).toFixed(2)}×** (pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    memory: '—',
    runs,
  });
  return rows;
}
