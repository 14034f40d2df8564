/**
 * Secrets never leave a step: the deploy, promote, rollback and release bundles run against a
 * loopback fake of the Vercel and GitHub APIs that refuses every request (401 or 500) with a body
 * echoing the request's headers — raw, base64 and URL-encoded — into the error message. Whatever the
 * API says, the sentinel secrets must appear nowhere (stdout, stderr, outputs, the job summary,
 * files left in RUNNER_TEMP) except in the `::add-mask::` line that precedes their first use.
 */
import { realpathSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundleRun, runBundledAction } from '../../src/runner/bundle.js';
import { type TestServer, sendJson, startServer } from '../helpers/server.js';
import { versionedSite } from '../helpers/site.js';

const SECRETS = {
  'vercel-token': 'SENTINEL-vercel/token+7q=Zx',
  'protection-bypass': 'SENTINEL-bypass/secret+k9=Qw',
  'github-token': 'SENTINEL-github/token+3p=Lm',
} as const;

/** The forms a secret may be echoed in: raw, URL-encoded, base64 / base64url, and inside `Bearer …` in base64. */
function leakedForms(secret: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64').replace(/=+$/, '');
  const bearer = b64(`Bearer ${secret}`);
  return [
    secret,
    encodeURIComponent(secret),
    b64(secret),
    Buffer.from(secret).toString('base64url'),
    // "Bearer " is 7 bytes: the token starts at a byte offset of 1 mod 3; skip the mixed characters.
    bearer.slice(12, -2),
  ];
}

let fake: TestServer;
beforeAll(async () => {
  fake = await startServer((req, res) => {
    const auth = String(req.headers.authorization ?? '');
    const echoed = Object.entries(req.headers)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join('; ');
    const message = `you sent ${echoed}; base64 ${Buffer.from(auth).toString('base64')}; encoded ${encodeURIComponent(auth)}`;
    const vercel = /^\/v\d+\//.test(req.url ?? '');
    sendJson(res, vercel ? 401 : 500, {
      error: { code: 'echo', message },
      message,
      headers: req.headers,
    });
  });
});
afterAll(() => fake.close());

async function filesUnder(dir: string): Promise<string> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return out.join('\n');
}

async function run(
  action: string,
  inputs: Record<string, string>,
): Promise<{ step: BundleRun; temp: string; everything: string }> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'gl-secrets-'));
  const step = await runBundledAction(
    action,
    { 'vercel-api-url': fake.origin, ...inputs },
    {
      env: {
        VERCEL_TOKEN: undefined,
        GITHUB_TOKEN: undefined,
        VERCEL_ORG_ID: 'team_fake',
        VERCEL_PROJECT_ID: 'prj_fake',
        GITHUB_API_URL: fake.origin,
        GITHUB_SERVER_URL: fake.origin,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: 'e'.repeat(40),
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '1',
        RUNNER_TEMP: runnerTemp,
        // The sites are written under the temp dir: that is the workspace.
        GITHUB_WORKSPACE: realpathSync(tmpdir()),
      },
    },
  );
  const temp = await filesUnder(runnerTemp);
  const everything = [step.stdout, step.stderr, JSON.stringify(step.outputs), step.summary, temp].join('\n');
  return { step, temp, everything };
}

function expectNoLeak(result: { step: BundleRun; everything: string }, secrets: readonly string[]): void {
  const { step, everything } = result;
  for (const secret of secrets) {
    for (const form of leakedForms(secret)) {
      const without = everything.split(`::add-mask::${secret}`).join('');
      expect(without.includes(form), `${form} leaked:\n${everything}`).toBe(false);
    }
    // Masked before its first use: the first occurrence of the raw value is the add-mask line.
    const first = step.stdout.indexOf(secret);
    expect(first, `no ::add-mask:: for ${secret}`).toBeGreaterThanOrEqual(0);
    expect(step.stdout.slice(0, first).endsWith('::add-mask::')).toBe(true);
  }
}

const vercelAndGithub = { 'vercel-token': SECRETS['vercel-token'], 'github-token': SECRETS['github-token'] };

describe('secrets against an API that echoes them back', () => {
  it('[secret] the API echoing the request is seen by the fake (the test can fail)', async () => {
    const result = await run('deploy', { ...vercelAndGithub, path: await versionedSite('1') });
    expect(result.step.exitCode).toBe(1);
    expect(fake.requests.some((r) => r.headers.authorization === `Bearer ${SECRETS['vercel-token']}`)).toBe(
      true,
    );
    // The error line quotes the API's answer, scrubbed.
    expect(result.step.stdout).toMatch(/::error::.*you sent .*\*\*\*/);
  });

  it('[secret] deploy never prints the Vercel or GitHub token', async () => {
    const result = await run('deploy', {
      ...vercelAndGithub,
      environment: 'production',
      path: await versionedSite('1'),
    });
    expect(result.step.exitCode).toBe(1);
    expectNoLeak(result, Object.values(vercelAndGithub));
  });

  it('[secret] promote never prints the Vercel or GitHub token', async () => {
    const result = await run('promote', { ...vercelAndGithub, 'deployment-id': 'dpl_fake' });
    expect(result.step.exitCode).toBe(1);
    expectNoLeak(result, Object.values(vercelAndGithub));
  });

  it('[secret] rollback never prints the Vercel or GitHub token', async () => {
    const result = await run('rollback', { ...vercelAndGithub, 'to-deployment-id': 'dpl_fake', reason: 'x' });
    expect(result.step.exitCode).toBe(1);
    expectNoLeak(result, Object.values(vercelAndGithub));
  });

  it('[secret] release never prints the Vercel token, the GitHub token or the bypass secret', async () => {
    const result = await run('release', {
      ...vercelAndGithub,
      'protection-bypass': SECRETS['protection-bypass'],
      path: await versionedSite('1'),
      'production-url': `${fake.origin}/`,
    });
    expect(result.step.exitCode).toBe(1);
    expectNoLeak(result, Object.values(SECRETS));
  });
});
