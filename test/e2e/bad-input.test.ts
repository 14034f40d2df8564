/**
 * Bad inputs through the bundles, as the runner drives them, against the sandbox: every one ends
 * the step with exit 1 and exactly one `::error::` line naming the input — no stack trace, no
 * password or secret printed — and not one request reaches the sandbox.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BundleRun, runBundledAction } from '../../src/runner/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, testSandbox } from '../sandbox/helpers.js';
import { errorLines, runAgainst, sandboxEnv } from '../helpers/sandbox-env.js';

const PASSWORD = 'hunter2-PW-e2e-7c3a';
const TOKEN = 'tok-SENTINEL-e2e-91bd';

let ws: string;
beforeAll(() => {
  ws = realpathSync(mkdtempSync(join(tmpdir(), 'gl-bad-input-e2e-')));
  mkdirSync(join(ws, 'dist'));
  writeFileSync(join(ws, 'dist/index.html'), '<p>hi</p>');
  mkdirSync(join(ws, 'bare'));
  writeFileSync(join(ws, 'bare/index.html'), '<p>no build output</p>');
  writeFileSync(join(ws, 'package.json'), '{}');
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

let sb: Sandbox;
beforeEach(async () => {
  sb = await testSandbox();
});
afterEach(() => sb.close());

const withCredentials = (origin: string): string => origin.replace('://', `://ops:${PASSWORD}@`);

async function requestsSeen(): Promise<unknown[]> {
  const log = (await api(sb, 'GET', '/_sandbox/requests')).body as { requests?: unknown[] } | unknown[];
  return Array.isArray(log) ? log : (log.requests ?? []);
}

/** Runs `action` (probes against the sandbox's API origin, deploy-side actions with it as the API). */
function runStep(
  action: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<BundleRun> {
  const env = { GITHUB_WORKSPACE: ws, GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '1', ...extraEnv };
  if (action === 'smoke-test' || action === 'health-check')
    return runBundledAction(action, { url: sb.api, ...inputs }, { env: sandboxEnv(sb, env) });
  return runAgainst(sb, action, inputs, { env });
}

async function expectRefused(
  action: string,
  inputs: Record<string, string>,
  message: RegExp | string,
  env: Record<string, string> = {},
) {
  await api(sb, 'DELETE', '/_sandbox/requests');
  const run = await runStep(action, inputs, env);
  const what = `${action} ${JSON.stringify(inputs)}\n${run.stdout}${run.stderr}`;
  expect(run.exitCode, what).toBe(1);
  const errors = errorLines(run);
  expect(errors, what).toHaveLength(1);
  if (typeof message === 'string') expect(errors[0], what).toBe(`::error::${message}`);
  else expect(errors[0], what).toMatch(message);
  const printed = (run.stdout + run.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(printed, what).not.toMatch(/\n\s+at |unexpected error/);
  expect(printed, what).not.toContain(PASSWORD);
  expect(printed, what).not.toContain(TOKEN);
  expect(run.summary).toBe('');
  expect(await requestsSeen(), what).toEqual([]);
}

const credentials = (name: string) =>
  `input '${name}': expected an http(s) URL without user:password@, got a URL with credentials`;
const tooLong = (name: string, max: string, example: string) =>
  `input '${name}': expected a duration above 0 and at most ${max}, like ${example}, got '597h'`;
const zero = (name: string, example: string) =>
  `input '${name}': expected a duration above 0, like ${example}, got '0s'`;
const control = (name: string) =>
  `input '${name}': expected a value without control characters (a newline, a tab …), got a value that is not shown`;
const ALIAS =
  "input 'alias': expected a hostname such as staging.example.com (no scheme, path or port), got 'https://evil.example.com/x'";

describe('bad inputs stop every action before its first request', () => {
  it('[input] smoke-test: credentials in the URL, 597h, 0s, a secret with a newline', async () => {
    await expectRefused('smoke-test', { url: withCredentials(sb.api) }, credentials('url'));
    await expectRefused('smoke-test', { timeout: '597h' }, tooLong('timeout', '10m', '10s'));
    await expectRefused('smoke-test', { timeout: '0s' }, zero('timeout', '10s'));
    await expectRefused('smoke-test', { 'protection-bypass': `${TOKEN}\nx` }, control('protection-bypass'));
  });

  it('[input] health-check: credentials in the URL, 597h, 0s deadline, a secret with a newline', async () => {
    await expectRefused('health-check', { url: withCredentials(sb.api) }, credentials('url'));
    await expectRefused('health-check', { interval: '597h' }, tooLong('interval', '6h', '10s'));
    await expectRefused('health-check', { 'progress-deadline': '0s' }, zero('progress-deadline', '10m'));
    await expectRefused('health-check', { 'protection-bypass': `${TOKEN}\rx` }, control('protection-bypass'));
  });

  it('[input] deploy: path escape, a file, prebuilt without a tree, URL as alias, credentials, 597h, 0s, token with a newline', async () => {
    const dist = join(ws, 'dist');
    await expectRefused(
      'deploy',
      { path: '../../../../../../../../etc' },
      `input 'path': expected a directory inside the workspace '${ws}' (or allow-outside-workspace: true), got '../../../../../../../../etc'`,
    );
    await expectRefused(
      'deploy',
      { path: join(ws, 'package.json') },
      `input 'path': expected a directory, got '${join(ws, 'package.json')}' (not a directory)`,
    );
    await expectRefused(
      'deploy',
      { path: join(ws, 'bare'), prebuilt: 'true' },
      `input 'path': expected a directory holding .vercel/output (prebuilt is true; run vercel build first), got '${join(ws, 'bare')}'`,
    );
    await expectRefused(
      'deploy',
      { path: dist, environment: 'staging', alias: 'https://evil.example.com/x' },
      ALIAS,
    );
    await expectRefused(
      'deploy',
      { path: dist, 'vercel-api-url': withCredentials(sb.api) },
      credentials('vercel-api-url'),
    );
    await expectRefused('deploy', { path: dist, timeout: '597h' }, tooLong('timeout', '24h', '15m'));
    await expectRefused('deploy', { path: dist, timeout: '0s' }, zero('timeout', '15m'));
    await expectRefused('deploy', { path: dist, 'vercel-token': `${TOKEN}\nx` }, control('vercel-token'));
  });

  it('[input] promote: URL as alias, credentials, 597h, token with a newline', async () => {
    const id = { 'deployment-id': 'dpl_1' };
    await expectRefused('promote', { ...id, alias: 'https://evil.example.com/x' }, ALIAS);
    await expectRefused(
      'promote',
      { ...id, 'vercel-api-url': withCredentials(sb.api) },
      credentials('vercel-api-url'),
    );
    await expectRefused('promote', { ...id, timeout: '597h' }, tooLong('timeout', '24h', '5m'));
    await expectRefused('promote', { ...id, 'vercel-token': `${TOKEN}\u001b[2J` }, control('vercel-token'));
  });

  it('[input] rollback: credentials, 597h, 0s', async () => {
    await expectRefused(
      'rollback',
      { 'vercel-api-url': withCredentials(sb.api) },
      credentials('vercel-api-url'),
    );
    await expectRefused('rollback', { timeout: '597h' }, tooLong('timeout', '24h', '5m'));
    await expectRefused('rollback', { timeout: '0s' }, zero('timeout', '5m'));
  });

  it('[input] release: credentials in production-url, path escape, a file, prebuilt without a tree, 597h, 0s', async () => {
    const ok = { path: join(ws, 'dist'), 'production-url': sb.origins.production };
    await expectRefused(
      'release',
      { ...ok, 'production-url': withCredentials(sb.origins.production) },
      credentials('production-url'),
    );
    await expectRefused(
      'release',
      { ...ok, path: `${ws}/../../../../../../etc` },
      /^::error::input 'path': expected a directory inside the workspace /,
    );
    await expectRefused(
      'release',
      { ...ok, path: join(ws, 'package.json') },
      /^::error::input 'path': expected a directory, /,
    );
    await expectRefused(
      'release',
      { ...ok, path: join(ws, 'bare'), prebuilt: 'true' },
      /^::error::input 'path': expected a directory holding \.vercel\/output /,
    );
    await expectRefused(
      'release',
      { ...ok, 'rollback-timeout': '597h' },
      tooLong('rollback-timeout', '24h', '5m'),
    );
    await expectRefused('release', { ...ok, interval: '597h' }, tooLong('interval', '6h', '10s'));
    await expectRefused('release', { ...ok, timeout: '0s' }, zero('timeout', '15m'));
    await expectRefused(
      'release',
      { ...ok, 'smoke-checks': '- &a [*a' },
      /^::error::input 'smoke-checks': expected a YAML or JSON list of checks/,
    );
  });

  it('[input] a VERCEL_TOKEN from the environment with a line break is refused, never printed', async () => {
    await expectRefused(
      'promote',
      { 'deployment-id': 'dpl_1' },
      "input 'vercel-token': VERCEL_TOKEN contains a control character (a line break?); set it again without one",
      { VERCEL_TOKEN: `${TOKEN}\nsecond-line` },
    );
  });
});
