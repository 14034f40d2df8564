/**
 * Conformance with the official CLI (`vercel` 60.1.3, pointed at the sandbox with its hidden
 * `--api <origin>` flag): staged deploys (plain and `--prebuilt`), promote and rollback; the
 * `pull` → `build` → `deploy --prebuilt` recipe; `env add|ls`, `inspect`, `alias set|ls`,
 * `project ls`, `domains ls` and `remove`. Asserted on outcomes (what an origin serves, what the
 * CLI printed or wrote, what the sandbox holds) and on the requests the CLI made.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, deployReady, get, type Json, testSandbox } from './helpers.js';

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

/** What a command printed on both streams (the CLI writes most of its output to stderr). */
function printed(result: CliResult): string {
  return `${result.stdout}\n${result.stderr}`;
}

/** The API requests logged since the last clear, as `METHOD /path STATUS`. */
async function requestsSeen(): Promise<string[]> {
  const requests = (await api(sb, 'GET', '/_sandbox/requests')).body.requests as Json[];
  return requests.map((request) => `${request.method} ${request.path} ${request.status}`);
}

/** The unique URL a deploy printed on stdout (`https://127.0.0.1:PORT`), as `host:port`. */
function printedHost(result: CliResult): string {
  const match = /https:\/\/(127\.0\.0\.1:\d+)/.exec(result.stdout);
  if (!match?.[1]) throw new Error(`no deployment URL on stdout: ${result.stdout}\n${result.stderr}`);
  return match[1];
}

/** GETs an https URL trusting only `ca`; resolves with the body (rejects on a TLS or HTTP error). */
function httpsText(url: string, ca: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
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
  // A small static project for `vercel pull && vercel build && vercel deploy --prebuilt`: no
  // package.json, so `vercel build` uses the @vercel/static builder bundled in the CLI.
  mkdirSync(join(root, 'recipe'));
  writeFileSync(join(root, 'recipe', 'index.html'), '<h1>recipe home</h1>');
  writeFileSync(join(root, 'recipe', 'about.html'), '<h1>recipe about</h1>');
  writeFileSync(join(root, 'recipe', 'vercel.json'), JSON.stringify({ cleanUrls: true }));
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
    // The URL the CLI prints (https://127.0.0.1:PORT) opens, trusting the sandbox's CA.
    expect(await httpsText(`https://${printedHost(first)}/`, readFileSync(sb.ca))).toBe('<h1>plain v1</h1>');
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

  it('pull, build and deploy --prebuilt (the standard recipe) run offline; production serves the build', async () => {
    await api(sb, 'DELETE', '/_sandbox/requests');
    const dir = join(root, 'recipe');
    const token = { VERCEL_TOKEN: sb.token };
    // A production variable for the pull to bring down (`--no-sensitive`: a readable Config value).
    expectOk(
      await vercel(
        ['env', 'add', 'GREETING', 'production', '--value', 'hello sandbox', '--no-sensitive', '--yes'],
        dir,
        token,
      ),
    );
    const listed = await vercel(['env', 'ls'], dir, token);
    expectOk(listed);
    expect(printed(listed)).toMatch(/GREETING\s+hello sandbox\s+Config\s+Production/);

    // 1. pull: the project settings and the production variables land in .vercel/.
    expectOk(await vercel(['pull', '--yes', '--environment=production'], dir, token));
    expect(JSON.parse(readFileSync(join(dir, '.vercel', 'project.json'), 'utf8'))).toMatchObject({
      projectId: sb.projectId,
      orgId: sb.teamId,
      projectName: 'greenlight-sandbox',
      settings: { framework: null, buildCommand: null, outputDirectory: null, rootDirectory: null },
    });
    expect(readFileSync(join(dir, '.vercel', '.env.production.local'), 'utf8')).toContain(
      'GREETING="hello sandbox"',
    );

    // 2. build: no package.json and `framework: null`, so the CLI uses the @vercel/static builder it
    // bundles (`requirePath: ""`) and downloads nothing. npm is told to stay offline and pointed at a
    // closed port, so a builder install would fail here instead of reaching the internet.
    expectOk(
      await vercel(['build', '--prod'], dir, {
        ...token,
        npm_config_offline: 'true',
        npm_config_registry: 'http://127.0.0.1:9/',
      }),
    );
    const output = join(dir, '.vercel', 'output');
    expect(JSON.parse(readFileSync(join(output, 'builds.json'), 'utf8')).builds).toEqual([
      expect.objectContaining({ use: '@vercel/static', requirePath: '', src: '**' }),
    ]);
    expect(existsSync(join(dir, '.vercel', 'builders'))).toBe(false);
    expect(JSON.parse(readFileSync(join(output, 'config.json'), 'utf8')).overrides).toEqual({
      'about.html': { path: 'about' },
      'index.html': { path: 'index' },
    });

    // 3. deploy --prebuilt --prod: live at once; the production origin serves the Build Output tree
    // with clean URLs.
    const deployed = await vercel(['deploy', '--prebuilt', '--prod'], dir, token);
    expectOk(deployed);
    const release = await deploymentByUrl(printedHost(deployed));
    expect(release).toMatchObject({ readyState: 'READY', readySubstate: 'PROMOTED', target: 'production' });
    expect((await get(`${sb.origins.production}/`)).text).toBe('<h1>recipe home</h1>');
    expect((await get(`${sb.origins.production}/about`)).text).toBe('<h1>recipe about</h1>');
    const legacy = await get(`${sb.origins.production}/about.html`);
    expect([legacy.status, legacy.headers.get('location')]).toEqual([308, '/about']);

    const seen = await requestsSeen();
    expect(seen).toContain(`POST /v10/projects/${sb.projectId}/env 201`);
    expect(seen).toContain(`GET /v10/projects/${sb.projectId}/env 200`);
    expect(seen).toContain(`GET /v3/env/pull/${sb.projectId}/production 200`);
    expect(seen.filter((line) => / [45]\d\d$/.test(line) && line !== 'POST /v13/deployments 400')).toEqual(
      [],
    );
  });

  it('inspect, alias set to the staging and production domains, alias ls, project ls, domains ls', async () => {
    const token = { VERCEL_TOKEN: sb.token };
    // Made through the API: what is under test is the commands below.
    await deployReady(sb, { 'index.html': '<h1>live before</h1>' }, { target: 'production' });
    const staged = await deployReady(
      sb,
      { 'index.html': '<h1>aliased</h1>', 'css/site.css': 'body{}' },
      { target: 'production', autoAssignCustomDomains: false },
    );
    await api(sb, 'DELETE', '/_sandbox/requests');

    const inspected = await vercel(['inspect', staged.url], root, token);
    expectOk(inspected);
    expect(printed(inspected)).toContain(staged.id);
    expect(printed(inspected)).toMatch(/status\s+● Ready/);
    expect(printed(inspected)).toMatch(/css\/site\.css \(6B\)/);

    // The staging domain moves to the deployment; production does not.
    const toStaging = await vercel(['alias', 'set', staged.url, sb.domains.staging], root, token);
    expectOk(toStaging);
    expect(printed(toStaging)).toContain(`https://${sb.domains.staging} now points to ${staged.url}`);
    expect((await get(sb.origins.staging)).text).toBe('<h1>aliased</h1>');
    expect((await get(sb.origins.production)).text).toBe('<h1>live before</h1>');

    // Aliasing the production domain makes it the live production deployment.
    expectOk(await vercel(['alias', 'set', staged.url, sb.domains.production], root, token));
    expect((await get(sb.origins.production)).text).toBe('<h1>aliased</h1>');
    const project = (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body;
    expect(project.targets.production.id).toBe(staged.id);
    expect(await deploymentByUrl(staged.url)).toMatchObject({ readySubstate: 'PROMOTED' });

    const [aliases, projects, domains] = await Promise.all([
      vercel(['alias', 'ls'], root, token),
      vercel(['project', 'ls'], root, token),
      vercel(['domains', 'ls'], root, token),
    ]);
    for (const result of [aliases, projects, domains]) expectOk(result);
    const pattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const domain of [sb.domains.production, sb.domains.staging])
      expect(printed(aliases)).toMatch(new RegExp(`${pattern(staged.url)}\\s+${pattern(domain)}\\s`));
    expect(printed(projects)).toMatch(
      new RegExp(`greenlight-sandbox\\s+https://${pattern(project.targets.production.alias[0])}\\s`),
    );
    expect(printed(domains)).toContain('2 Domains found');
    for (const domain of [sb.domains.production, sb.domains.staging])
      expect(printed(domains)).toMatch(new RegExp(`^\\s*${pattern(domain)}\\s`, 'm'));

    const seen = await requestsSeen();
    for (const expected of [
      `GET /v11/deployments/${staged.id}/builds 200`,
      `POST /now/deployments/${encodeURIComponent(staged.url)}/aliases 200`,
      'GET /v3/now/aliases 200',
      'GET /v9/projects 200',
      'GET /v5/domains 200',
    ])
      expect(seen).toContain(expected);
    expect(seen.filter((line) => / [45]\d\d$/.test(line))).toEqual([]);
  });

  it('remove deletes a deployment (its URL 404s, it leaves the lists) and refuses the live production one', async () => {
    const token = { VERCEL_TOKEN: sb.token };
    const live = await deployReady(sb, { 'index.html': '<h1>keep me</h1>' }, { target: 'production' });
    const preview = await deployReady(sb, { 'index.html': '<h1>short-lived</h1>' });
    expect((await get(`http://${preview.url}/`)).text).toBe('<h1>short-lived</h1>');
    await api(sb, 'DELETE', '/_sandbox/requests');

    const removed = await vercel(['remove', preview.url, '--yes'], root, token);
    expectOk(removed);
    expect(printed(removed)).toContain('Removed 1 deployment');
    expect((await get(`http://${preview.url}/`)).status).toBe(404);
    expect((await api(sb, 'GET', `/v13/deployments/${preview.id}`)).status).toBe(404);
    const listed = (await api(sb, 'GET', '/v6/deployments?limit=100')).body.deployments as Json[];
    expect(listed.map((deployment) => deployment.uid)).toContain(live.id);
    expect(listed.map((deployment) => deployment.uid)).not.toContain(preview.id);

    const refused = await vercel(['remove', live.url, '--yes'], root, token);
    expect(refused.code).toBe(1);
    expect(printed(refused)).toContain('is the current production deployment');
    expect((await get(sb.origins.production)).text).toBe('<h1>keep me</h1>');
    expect((await get(`http://${live.url}/`)).text).toBe('<h1>keep me</h1>');

    const seen = await requestsSeen();
    expect(seen).toContain(`DELETE /now/deployments/${preview.id} 200`);
    expect(seen).toContain(`DELETE /now/deployments/${live.id} 400`);
  });
});
