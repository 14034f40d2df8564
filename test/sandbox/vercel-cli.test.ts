/**
 * Conformance with the official CLI (`vercel` 60.1.3, pointed at the sandbox with its hidden
 * `--api <origin>` flag): staged deploys (plain and `--prebuilt`), promote and rollback, asserted on
 * outcomes (what the production origin serves) and on the requests the CLI made.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, get, type Json, testSandbox } from './helpers.js';

const CLI = join(dirname(createRequire(import.meta.url).resolve('vercel/package.json')), 'dist', 'vc.js');
const HARD_TIMEOUT_MS = 60_000;

let sb: Sandbox;
let root: string;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with stdin closed, a temp HOME and global config, and a hard timeout. */
function vercel(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, ...args, '--api', sb.api, '--global-config', join(root, 'global')],
      {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH ?? '',
          HOME: join(root, 'home'),
          VERCEL_ORG_ID: sb.teamId,
          VERCEL_PROJECT_ID: sb.projectId,
          VERCEL_TELEMETRY_DISABLED: '1',
          NO_UPDATE_NOTIFIER: '1',
          NO_COLOR: '1',
          ...env,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vercel ${args.join(' ')} hung for ${HARD_TIMEOUT_MS} ms\n${stderr}`));
    }, HARD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOk(result: CliResult): void {
  expect(result.code, `vercel failed:\n${result.stderr}`).toBe(0);
}

/** The unique URL a deploy printed on stdout (`https://127.0.0.1:PORT`), as `host:port`. */
function printedHost(result: CliResult): string {
  const match = /https:\/\/(127\.0\.0\.1:\d+)/.exec(result.stdout);
  if (!match?.[1]) throw new Error(`no deployment URL on stdout: ${result.stdout}\n${result.stderr}`);
  return match[1];
}

async function deploymentByUrl(host: string): Promise<Json> {
  return (await api(sb, 'GET', `/v13/deployments/${encodeURIComponent(host)}`)).body;
}

beforeAll(async () => {
  sb = await testSandbox({ buildDelayMs: 200 });
  root = mkdtempSync(join(tmpdir(), 'sandbox-cli-test-'));
  for (const d of ['home', 'global', 'plain', 'prebuilt/.vercel/output/static/assets'])
    mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'plain', 'index.html'), '<h1>plain v1</h1>');
  writeFileSync(join(root, 'plain', 'style.css'), 'h1{color:green}');
  const out = join(root, 'prebuilt', '.vercel', 'output');
  writeFileSync(
    join(out, 'config.json'),
    JSON.stringify({
      version: 3,
      routes: [
        { src: '/legacy', headers: { Location: '/' }, status: 308 },
        { handle: 'filesystem' },
        { src: '/(.*)', dest: '/index.html' },
      ],
    }),
  );
  writeFileSync(join(out, 'static', 'index.html'), '<h1>prebuilt v2</h1>');
  writeFileSync(join(out, 'static', 'assets', 'app.js'), 'console.log("v2")');
});
afterAll(async () => {
  await sb.close();
  rmSync(root, { recursive: true, force: true });
});

describe('vercel CLI 60.1.3 against the sandbox', () => {
  it('deploys staged, promotes, deploys prebuilt, promotes, and rolls back', async () => {
    // 1. Staged production deploy of a plain tree, token by flag.
    const first = await vercel(
      ['deploy', '--prod', '--skip-domain', '--yes', '--token', sb.token],
      join(root, 'plain'),
    );
    expectOk(first);
    const v1 = await deploymentByUrl(printedHost(first));
    expect(v1).toMatchObject({
      readyState: 'READY',
      readySubstate: 'STAGED',
      target: 'production',
      autoAssignCustomDomains: false,
      source: 'cli',
    });
    expect((await get(`http://${v1.url}/style.css`)).text).toBe('h1{color:green}');
    expect((await get(sb.origins.production)).status).toBe(404);

    // 2. Promote it by URL (token from VERCEL_TOKEN); production now serves v1.
    const promoted = await vercel(['promote', v1.url, '--yes', '--scope', sb.teamId], root, {
      VERCEL_TOKEN: sb.token,
    });
    expectOk(promoted);
    expect(promoted.stderr).toContain('Success!');
    expect((await get(sb.origins.production)).text).toBe('<h1>plain v1</h1>');

    // 3. Staged prebuilt (Build Output API) deploy; production keeps v1.
    const second = await vercel(
      ['deploy', '--prebuilt', '--prod', '--skip-domain', '--token', sb.token],
      join(root, 'prebuilt'),
    );
    expectOk(second);
    const v2 = await deploymentByUrl(printedHost(second));
    expect(v2).toMatchObject({ readyState: 'READY', readySubstate: 'STAGED' });
    expect((await get(`http://${v2.url}/any/route`)).text).toBe('<h1>prebuilt v2</h1>');
    expect((await get(`http://${v2.url}/legacy`)).status).toBe(308);
    expect((await get(sb.origins.production)).text).toBe('<h1>plain v1</h1>');

    // 4. Promote v2 by id.
    expectOk(
      await vercel(['promote', v2.id, '--yes', '--scope', sb.teamId], root, { VERCEL_TOKEN: sb.token }),
    );
    expect((await get(sb.origins.production)).text).toBe('<h1>prebuilt v2</h1>');

    // 5. Roll back to v1 by URL.
    const rolled = await vercel(['rollback', `https://${v1.url}`, '--yes', '--scope', sb.teamId], root, {
      VERCEL_TOKEN: sb.token,
    });
    expectOk(rolled);
    expect((await get(sb.origins.production)).text).toBe('<h1>plain v1</h1>');
    const project = (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body;
    expect(project.lastAliasRequest).toMatchObject({
      type: 'rollback',
      toDeploymentId: v1.id,
      fromDeploymentId: v2.id,
      jobStatus: 'succeeded',
    });

    // What the CLI asked for, in the shapes the sandbox serves.
    const seen = new Set(
      ((await api(sb, 'GET', '/_sandbox/requests')).body.requests as Json[]).map(
        (r) => `${r.method} ${r.path} ${r.status}`,
      ),
    );
    for (const expected of [
      'GET /v2/user 200',
      `GET /teams/${sb.teamId} 200`,
      `GET /v9/projects/${sb.projectId} 200`,
      'POST /v13/deployments 400',
      'POST /v13/deployments 200',
      'POST /v2/files 200',
      `POST /v10/projects/${sb.projectId}/promote/${v1.id} 201`,
      `POST /v10/projects/${sb.projectId}/promote/${v2.id} 201`,
      `POST /v9/projects/${sb.projectId}/rollback/${v1.id} 201`,
    ]) {
      expect(seen, expected).toContain(expected);
    }
    expect(
      [...seen].filter((s) => / (4\d\d|5\d\d)$/.test(s) && !s.startsWith('POST /v13/deployments 400')),
    ).toEqual([]);
  });

  it('fails cleanly (no hang) when the token is wrong: the sandbox answers 403', async () => {
    await api(sb, 'DELETE', '/_sandbox/requests');
    const result = await vercel(
      ['deploy', '--prod', '--skip-domain', '--token', 'wrongtoken123'],
      join(root, 'plain'),
    );
    expect(result.code).toBe(1);
    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as Json[];
    expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toContain(
      `GET /v9/projects/${sb.projectId} 403`,
    );
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
