// Shared helpers for the benchmarks: run a bundle as the runner does and measure wall time and the
// child's peak RSS (reported by a preload that writes process.resourceUsage().maxRSS at exit).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const root = fileURLToPath(new URL('..', import.meta.url));
const preload = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url));

/** Runs `node <args>` with `env`; resolves {ms, code, rssBytes, stdout, stderr}. */
export async function timed(args, env = {}, { cwd = root } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'gl-bench-'));
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', preload, ...args], {
    cwd,
    env: { ...process.env, ...env, GREENLIGHT_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  const rssBytes = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN'));
  await rm(dir, { recursive: true, force: true });
  return { ms, code, rssBytes, stdout, stderr };
}

/** Runs an action bundle with inputs as INPUT_* and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY. */
export async function timedAction(action, inputs, env = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'gl-bench-action-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
  };
  await writeFile(files.GITHUB_OUTPUT, '');
  await writeFile(files.GITHUB_STEP_SUMMARY, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const result = await timed([join(root, 'dist', `${action}.js`)], { ...files, ...inputEnv, ...env });
  const output = await readFile(files.GITHUB_OUTPUT, 'utf8');
  await rm(dir, { recursive: true, force: true });
  return { ...result, output };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
export const max = (xs) => Math.max(...xs);
export const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Starts `greenlight sandbox` as its own process; resolves with its info and a stop function. */
export async function sandboxProcess() {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'sandbox', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)));
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
  });
  const call = async (method, path) =>
    (
      await fetch(`${info.api}${path}`, { method, headers: { authorization: `Bearer ${info.token}` } })
    ).json();
  return {
    info,
    /** Files and bytes uploaded since the last call. */
    async uploads() {
      const log = await call('GET', '/_sandbox/requests');
      const entries = (Array.isArray(log) ? log : log.requests).filter(
        (e) => e.method === 'POST' && e.path === '/v2/files' && e.status === 200,
      );
      await call('DELETE', '/_sandbox/requests');
      return { files: entries.length, bytes: entries.reduce((n, e) => n + (e.size ?? 0), 0) };
    },
    stop: () => new Promise((r) => (child.on('exit', r), child.kill('SIGTERM'))),
  };
}

/** sha256 of dist/deploy.js, dist/index.js and of the whole dist/ (every file, by path), to name what was measured. */
export async function distDigest() {
  const { createHash } = await import('node:crypto');
  const { readdir } = await import('node:fs/promises');
  const dist = join(root, 'dist');
  const sha = (buf) => createHash('sha256').update(buf).digest('hex');
  const all = createHash('sha256');
  const out = {};
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dist.length + 1))
    .sort();
  for (const name of files) {
    const hash = sha(await readFile(join(dist, name)));
    all.update(`${hash}  ${name}\n`);
    if (name === 'deploy.js' || name === 'index.js') out[name] = hash;
  }
  return { ...out, dist: all.digest('hex') };
}

/**
 * The environment the runner gives the root release action: its declared defaults (action.yml) as
 * INPUT_* variables, then `path`, the sandbox's production URL and API, `inputs` (name → value), the
 * sandbox's credentials, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files (created empty) and
 * RUNNER_TEMP in `dir`. The sites live in the temp dir, outside any workspace.
 * @param sb a {@link sandboxProcess}; `runId` also makes the commit SHA.
 */
export function releaseStepEnv(sb, path, runId, inputs, dir) {
  writeFileSync(join(dir, 'out'), '');
  writeFileSync(join(dir, 'summary'), '');
  const meta = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const defaults = Object.entries(meta.inputs)
    .filter(([, spec]) => spec.default !== undefined)
    .map(([name, spec]) => [`INPUT_${name.toUpperCase()}`, String(spec.default)]);
  return {
    ...process.env,
    ...Object.fromEntries(defaults),
    INPUT_PATH: path,
    'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'true',
    'INPUT_PRODUCTION-URL': sb.info.origins.production,
    'INPUT_VERCEL-API-URL': sb.info.api,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    VERCEL_TOKEN: sb.info.token,
    VERCEL_ORG_ID: sb.info.teamId,
    VERCEL_PROJECT_ID: sb.info.projectId,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    GITHUB_RUN_ID: runId,
    GITHUB_SHA: runId.padStart(40, '0'),
  };
}

/**
 * Runs the official CLI (60.1.3, its JavaScript entry on this Node) against sandbox `sb` with
 * `args`, logged in and linked through flags and environment, with `home` as HOME and a fresh empty
 * compile cache; resolves as {@link timed}.
 */
export function timedVercelCli(sb, args, home, { cwd = home } = {}) {
  const cli = join(dirname(createRequire(import.meta.url).resolve('vercel/package.json')), 'dist', 'vc.js');
  return timed(
    [cli, ...args, '--api', sb.info.api, '--token', sb.info.token, '--global-config', join(home, 'global')],
    {
      HOME: home,
      VERCEL_ORG_ID: sb.info.teamId,
      VERCEL_PROJECT_ID: sb.info.projectId,
      VERCEL_TELEMETRY_DISABLED: '1',
      NO_UPDATE_NOTIFIER: '1',
      // The JS CLI on this Node, never the native binary the package also ships.
      VERCEL_CLI_USE_NATIVE_BINARY: '0',
      // On Node ≥ 22.8 the CLI enables Node's compile cache in os.tmpdir(): give every run an
      // empty one, as on a fresh CI runner (a warm cache is not what a deploy job starts with).
      TMPDIR: mkdtempSync(join(home, 'tmp-')),
    },
    { cwd },
  );
}
