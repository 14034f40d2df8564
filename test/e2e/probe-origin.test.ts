/**
 * Through the bundles (dist/smoke-test.js, dist/health-check.js): a check path that would take the
 * request, and the `x-vercel-protection-bypass` secret with it, to another origin is refused before
 * anything is requested; a redirect to another origin is followed without the secret. A second
 * loopback server plays the other host and records what reaches it. Parsing facts: the WHATWG URL
 * Standard, https://url.spec.whatwg.org/.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../src/runner/bundle.js';
import { type TestServer, startServer } from '../helpers/server.js';
import { errorLines } from '../helpers/steps.js';

const SECRET = 'bypass-SENTINEL-origin-93';

let site: TestServer;
let other: TestServer;
beforeAll(async () => {
  other = await startServer((_req, res) => res.end('other host'));
  site = await startServer((req, res) => {
    if (req.url === '/hop') res.writeHead(302, { location: `${other.origin}/landing` }).end();
    else res.writeHead(req.headers['x-vercel-protection-bypass'] === SECRET ? 200 : 401).end('site');
  });
});
afterAll(async () => {
  await site.close();
  await other.close();
});
beforeEach(() => {
  site.requests.length = 0;
  other.requests.length = 0;
});

/** `host:port` of the other server, as a hostile path would name it. */
const otherHost = (): string => new URL(other.origin).host;

/** Lines of the step's output that carry the secret, apart from the mask command itself. */
const leaks = (run: { stdout: string; stderr: string }): string[] =>
  `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => line.includes(SECRET) && line !== `::add-mask::${SECRET}`);

describe('check paths and other origins, through the bundles', () => {
  // [what, the path naming `host`, the path as the one-line refusal shows it]
  const hostile: [string, (host: string) => string, (host: string) => string][] = [
    ['slash backslash', (h) => `/\\/${h}/x`, (h) => `/\\/${h}/x`],
    ['backslash backslash', (h) => `/\\\\${h}/x`, (h) => `/\\\\${h}/x`],
    ['tab between slashes', (h) => `/\t/${h}/x`, (h) => `/\\t/${h}/x`],
    ['protocol-relative with userinfo', (h) => `//u@${h}/x`, (h) => `//u@${h}/x`],
  ];

  it.each(hostile)(
    '[secret] smoke-test refuses a %s path in one line and requests nothing',
    async (_what, path, shown) => {
      const run = await runBundledAction('smoke-test', {
        url: site.url,
        'protection-bypass': SECRET,
        checks: JSON.stringify([
          { name: 'home', path: '/' },
          { name: 'evil', path: path(otherHost()) },
        ]),
      });
      // Before the fix: the other host got the request, secret header included, and the step passed.
      expect(other.requests).toEqual([]);
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run.stdout);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^::error::input 'checks': check 2 \('evil'\): path: expected a path /);
      expect(errors[0]).toContain(`got '${shown(otherHost())}'`);
      expect(site.requests).toEqual([]);
      expect(leaks(run)).toEqual([]);
      expect(run.summary).not.toContain(SECRET);
      expect(run.outputs).toEqual({});
    },
  );

  it('[secret] health-check refuses a hostile `path` input in one line and requests nothing', async () => {
    const run = await runBundledAction('health-check', {
      url: site.url,
      'protection-bypass': SECRET,
      path: `/\\/${otherHost()}/x`,
      interval: '50ms',
      count: '1',
      timeout: '2s',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      `::error::input 'path': check 1: path: expected a path on the base URL's origin, got '/\\/${otherHost()}/x' (it leads to ${otherHost()})`,
    ]);
    expect(other.requests).toEqual([]);
    expect(site.requests).toEqual([]);
    expect(leaks(run)).toEqual([]);
  });

  it('[secret] smoke-test follows a redirect to another origin without sending the secret there', async () => {
    const run = await runBundledAction('smoke-test', {
      url: site.url,
      'protection-bypass': SECRET,
      checks: JSON.stringify([{ name: 'hop', path: '/hop', expect: { 'body-contains': 'other host' } }]),
    });
    expect(run.exitCode).toBe(0);
    expect(site.requests.map((r) => [r.url, r.headers['x-vercel-protection-bypass']])).toEqual([
      ['/hop', SECRET],
    ]);
    expect(other.requests.map((r) => r.url)).toEqual(['/landing']);
    expect(other.requests[0]?.headers).not.toHaveProperty('x-vercel-protection-bypass');
    expect(leaks(run)).toEqual([]);
  });
});
