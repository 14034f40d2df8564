// app-fixtures: rebuilds the small apps in test/fixtures/apps/ with the REAL tools, so that the
// sandbox and the deploy path are tested on what those tools write, not on what we believe they write.
//
// Run it by hand after `npm ci` (it is not part of CI or of the tests), then review
// `git diff test/fixtures/apps`:
//
//   node scripts/app-fixtures.mjs
//
// - vite-spa/source → vite-spa/dist: `vite build` (this repository's Vite, the one Vitest brings).
//   Vite copies public/vercel.json into dist/, which is how a Vite app ships its SPA rewrite.
// - static-site/source → static-site/prebuilt/.vercel/output: `vercel build --prod` (this
//   repository's Vercel CLI) with a local project link of framework "Other" (`framework: null`), as
//   `vercel pull` writes it; nothing is fetched. `builds.json` loses its argv (absolute paths of this
//   machine) and the diagnostics/ folder is left out.
//
// Each app is copied into a fresh temporary directory and built there, so this repository's own
// configs cannot leak in.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const apps = join(repo, 'test/fixtures/apps');
const VITE = join(repo, 'node_modules/vite/bin/vite.js');
const VERCEL = join(repo, 'node_modules/vercel/dist/vc.js');

function run(args, cwd, env = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`${args.join(' ')} exited ${result.status}`);
  }
}

function scratch(app) {
  const dir = mkdtempSync(join(tmpdir(), `greenlight-${app}-`));
  cpSync(join(apps, app, 'source'), dir, { recursive: true });
  return dir;
}

function viteSpa() {
  const dir = scratch('vite-spa');
  try {
    run([VITE, 'build', '--logLevel', 'warn'], dir, { NODE_ENV: 'production' });
    const out = join(apps, 'vite-spa/dist');
    rmSync(out, { recursive: true, force: true });
    cpSync(join(dir, 'dist'), out, { recursive: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function staticSite() {
  const dir = scratch('static-site');
  const home = mkdtempSync(join(tmpdir(), 'greenlight-vercel-home-'));
  try {
    mkdirSync(join(dir, '.vercel'));
    const link = { projectId: 'prj_fixture', orgId: 'team_fixture', settings: { framework: null } };
    writeFileSync(join(dir, '.vercel/project.json'), JSON.stringify(link));
    run([VERCEL, 'build', '--prod', '--yes'], dir, {
      HOME: home,
      VERCEL_TELEMETRY_DISABLED: '1',
      NO_UPDATE_NOTIFIER: '1',
    });
    const out = join(apps, 'static-site/prebuilt/.vercel/output');
    rmSync(join(apps, 'static-site/prebuilt'), { recursive: true, force: true });
    cpSync(join(dir, '.vercel/output'), out, {
      recursive: true,
      filter: (source) => !source.includes(`${join('.vercel', 'output', 'diagnostics')}`),
    });
    const builds = JSON.parse(readFileSync(join(out, 'builds.json'), 'utf8'));
    builds.argv = ['node', 'vercel', 'build', '--prod', '--yes'];
    writeFileSync(join(out, 'builds.json'), `${JSON.stringify(builds, null, 2)}\n`);
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

viteSpa();
staticSite();
process.stdout.write('rebuilt test/fixtures/apps/vite-spa/dist and static-site/prebuilt\n');
