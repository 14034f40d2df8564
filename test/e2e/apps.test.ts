/**
 * Real apps (test/fixtures/apps, built by the real tools: scripts/app-fixtures.mjs) through the
 * bundled deploy action and `greenlight rehearse`: a Vite SPA with a vercel.json catch-all rewrite,
 * and a static site with cleanUrls as a plain directory and as `vercel build` output.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, get, testSandbox } from '../sandbox/helpers.js';
import { errorLines, runAgainst } from '../helpers/sandbox-env.js';
import { writeTree } from '../helpers/site.js';

const APPS = resolve(import.meta.dirname, '../fixtures/apps');
const cli = resolve(import.meta.dirname, '../../dist/cli.js');
const inApps = { env: { GITHUB_WORKSPACE: APPS } };

async function greenlight(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the deploy action on real apps', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await testSandbox({ buildDelayMs: 0 });
  });
  afterAll(() => sb.close());

  it('deploys a Vite dist/ as built: no framework build, its vercel.json rewrite serves deep links', async () => {
    const run = await runAgainst(
      sb,
      'deploy',
      { environment: 'preview', path: join(APPS, 'vite-spa/dist') },
      inApps,
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const url = run.outputs.url as string;
    const shell = await get(`${url}/`);
    expect(shell.status).toBe(200);
    expect(shell.text).toContain('vite-spa shell');
    expect(await get(`${url}/settings/profile`)).toMatchObject({ status: 200, text: shell.text });
    const deployment = await api(sb, 'GET', `/v13/deployments/${run.outputs['deployment-id'] as string}`);
    // What makes Vercel serve the files as uploaded instead of running a preset's build on them.
    expect(deployment.body.projectSettings).toEqual({
      framework: null,
      buildCommand: '',
      installCommand: '',
      outputDirectory: '',
      rootDirectory: null,
    });
  });

  it('deploys a static site with cleanUrls from its vercel.json', async () => {
    const run = await runAgainst(
      sb,
      'deploy',
      { environment: 'preview', path: join(APPS, 'static-site/source') },
      inApps,
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const url = run.outputs.url as string;
    expect((await get(`${url}/about`)).text).toContain('about');
    const redirect = await get(`${url}/about.html`);
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/about');
    expect(await get(`${url}/missing`)).toMatchObject({ status: 404 });
  });

  it('a source tree (package.json) is left to Vercel to build: the sandbox fails it, saying why', async () => {
    const run = await runAgainst(
      sb,
      'deploy',
      { environment: 'preview', path: join(APPS, 'vite-spa/source') },
      inApps,
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("holds a package.json: Vercel builds it with the project's settings");
    expect(errorLines(run).join('\n')).toMatch(/package\.json "build" script.*The sandbox does not build/);
  });

  it('[input] refuses an invalid vercel.json in one line before any request', async () => {
    await api(sb, 'DELETE', '/_sandbox/requests');
    const dir = await writeTree({
      'index.html': 'x',
      'vercel.json': JSON.stringify({ rewrites: [{ source: '/(', destination: '/index.html' }] }),
    });
    const run = await runAgainst(sb, 'deploy', { environment: 'preview', path: dir });
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::input 'path': vercel\.json: .*source/);
    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body;
    expect(Array.isArray(requests) ? requests : requests.requests).toEqual([]);
  });

  it('[input] refuses a vercel.json that would have Vercel build the files, before any request', async () => {
    await api(sb, 'DELETE', '/_sandbox/requests');
    const dir = await writeTree({
      'index.html': 'built',
      'vercel.json': JSON.stringify({ buildCommand: 'npm run build', cleanUrls: true }),
    });
    const run = await runAgainst(sb, 'deploy', { environment: 'preview', path: dir });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      "::error::input 'path': vercel.json \"buildCommand\" would have Vercel build the deployed files; remove it from the built directory's vercel.json, or deploy a `vercel build` tree with prebuilt",
    ]);
    const requests = (await api(sb, 'GET', '/_sandbox/requests')).body;
    expect(Array.isArray(requests) ? requests : requests.requests).toEqual([]);
  });
});

describe('greenlight rehearse on real apps', () => {
  const FAST = ['--interval', '200ms', '--count', '2'];

  it('passes on a Vite SPA: the derived checks expect its deep link rewritten, not a 404', async () => {
    const r = await greenlight(['rehearse', '--dir', join(APPS, 'vite-spa/dist'), '--json', ...FAST]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toBe('passed');
  });

  it('runs --checks on a prebuilt static site with clean URLs', async () => {
    const checks = await writeTree({
      'checks.yml': [
        '- { name: home, path: /, expect: { status: 200, body-contains: static-site home } }',
        '- { name: clean URL, path: /blog/first-post, expect: { status: 200, body-contains: first post } }',
        '- { name: not found, path: /nope, expect: { status: 404, body-contains: page not found } }',
      ].join('\n'),
    });
    const r = await greenlight([
      'rehearse',
      '--dir',
      join(APPS, 'static-site/prebuilt'),
      '--prebuilt',
      '--checks',
      join(checks, 'checks.yml'),
      ...FAST,
    ]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toMatch(/^ {2}v1: smoke test +[\d.]+m?s {2}passed: 3 checks on the unique URL$/m);
  });

  it('[input] refuses a --checks file that is not a list of checks, in one line', async () => {
    const dir = await writeTree({ 'checks.yml': '- { name: home }' });
    const r = await greenlight(['rehearse', '--checks', join(dir, 'checks.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^greenlight rehearse: --checks: check 1 \('home'\): path: .*\n$/);
  });
});
