/**
 * A check path never takes a request (and the `x-vercel-protection-bypass` secret it carries) to
 * another origin: hostile paths are refused when the checks are parsed, legitimate ones resolve on
 * the base URL's origin. Parsing facts: the WHATWG URL Standard, https://url.spec.whatwg.org/.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/client.js';
import { type Check, parseChecks, toChecks } from '../../src/probes/check.js';
import { type ProbeOptions, checkUrl, runChecks } from '../../src/probes/engine.js';
import { parseStatusSet } from '../../src/probes/status.js';
import { manualClock } from '../../src/runtime/clock.js';
import { type TestServer, startServer } from '../helpers/server.js';

const BASES = ['http://127.0.0.1:3000/', 'https://shop.example.com/app', 'https://preview.vercel.app/a/b/'];

/** The one-line refusal for `path`, or throws when the path was accepted. */
const refusal = (path: string, name = 'evil'): string => {
  try {
    toChecks([{ name, path }], "input 'checks'");
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(path)}`);
};

// Each of these reaches another host when resolved as a reference against the base
// (https://url.spec.whatwg.org/#relative-slash-state: after a leading '/', a second '/' or '\'
// starts an authority for http(s); https://url.spec.whatwg.org/#concept-basic-url-parser: tabs and
// newlines are removed first).
const HOSTILE: [string, string][] = [
  ['slash backslash', '/\\/evil.test:8080/x'],
  ['backslash backslash', '/\\\\evil.test:8080/x'],
  ['protocol-relative', '//evil.test/x'],
  ['protocol-relative with userinfo', '//user:pw@evil.test/x'],
  ['backslash with @', '/\\user@evil.test/'],
  ['three slashes', '///evil.test/x'],
  ['tab between slashes', '/\t/evil.test/x'],
  ['newline between slashes', '/\n/evil.test/x'],
  ['carriage return between slashes', '/\r\n/evil.test/x'],
  ['tab inside a harmless path', '/a\tb'],
  ['absolute URL', 'https://evil.test/x'],
  ['absolute URL, other scheme', 'javascript:alert(1)'],
  ['scheme-relative without slash', 'https:evil.test'],
  ['empty host', '//'],
  ['backslash, empty host', '/\\'],
];

// [path, expected URL against https://shop.example.com/app]
const LEGITIMATE: [string, string][] = [
  ['/', 'https://shop.example.com/app/'],
  ['/a/b?x=1#f', 'https://shop.example.com/app/a/b?x=1#f'],
  ['/%2F%2Fhost', 'https://shop.example.com/app/%2F%2Fhost'],
  ['/%5C%5Chost/x', 'https://shop.example.com/app/%5C%5Chost/x'],
  ['/search?q=//evil', 'https://shop.example.com/app/search?q=//evil'],
  ['/search?next=https://evil.test/', 'https://shop.example.com/app/search?next=https://evil.test/'],
  ['/@evil.test', 'https://shop.example.com/app/@evil.test'],
  ['/user:pw@evil.test/', 'https://shop.example.com/app/user:pw@evil.test/'],
  // Before the fix the leading '/' was stripped and `https:evil.test` / `user:1` were read as URLs
  // with a scheme (https://url.spec.whatwg.org/#scheme-state).
  ['/https:evil.test', 'https://shop.example.com/app/https:evil.test'],
  ['/http:evil.test', 'https://shop.example.com/app/http:evil.test'],
  ['/user:1', 'https://shop.example.com/app/user:1'],
  ['/a//b', 'https://shop.example.com/app/a//b'],
  ['/../../x', 'https://shop.example.com/app/x'],
  ['/%2e%2e/x', 'https://shop.example.com/app/x'],
  ['/a b', 'https://shop.example.com/app/a%20b'],
  ['/\u3000/x', 'https://shop.example.com/app/%E3%80%80/x'],
];

describe('check paths stay on the base origin', () => {
  it.each(HOSTILE)(
    '[input] refuses %s in one line naming the check, the input and the path',
    (_what, path) => {
      const message = refusal(path);
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toMatch(/^input 'checks': check 1 \('evil'\): path: expected a path /);
      for (const base of BASES) expect(() => checkUrl(new URL(base), path)).toThrow();
    },
  );

  it('shows the refused path with control characters escaped', () => {
    expect(refusal('/\\/evil.test:8080/x')).toBe(
      "input 'checks': check 1 ('evil'): path: expected a path on the base URL's origin, got '/\\/evil.test:8080/x' (it leads to evil.test:8080)",
    );
    expect(refusal('/\t/evil.test/x')).toBe(
      "input 'checks': check 1 ('evil'): path: expected a path without tabs or line breaks (URL parsers drop them), got '/\\t/evil.test/x'",
    );
    expect(refusal('https://evil.test/x')).toBe(
      "input 'checks': check 1 ('evil'): path: expected a path starting with '/'",
    );
  });

  it('refuses in YAML as written in a workflow, naming the check', () => {
    expect(() =>
      parseChecks("- /\n- name: sneaky\n  path: '/\\/evil.test/'\n", "input 'smoke-checks'"),
    ).toThrow(/^input 'smoke-checks': check 2 \('sneaky'\): path: expected a path on the base URL's origin/);
  });

  it.each(LEGITIMATE)('accepts %s and resolves it on the base origin', (path, href) => {
    const [check] = toChecks([path], "input 'checks'");
    expect(check?.path).toBe(path);
    expect(checkUrl(new URL('https://shop.example.com/app'), path).href).toBe(href);
    for (const base of BASES) {
      expect(checkUrl(new URL(base), path).origin).toBe(new URL(base).origin);
    }
  });

  it('keeps the base path prefix, with or without its trailing slash, and drops the base query', () => {
    expect(checkUrl(new URL('https://x.dev/app?token=1'), '/h?full=1').href).toBe(
      'https://x.dev/app/h?full=1',
    );
    expect(checkUrl(new URL('https://x.dev/app/'), '/h').href).toBe('https://x.dev/app/h');
    expect(checkUrl(new URL('http://127.0.0.1:3000'), '/').href).toBe('http://127.0.0.1:3000/');
  });
});

// Pieces that make up hostile and harmless paths, so generated strings hit the parser's corners.
const piece = fc.constantFrom(
  '/',
  '\\',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u001f',
  '@',
  ':',
  '.',
  '..',
  '?',
  '#',
  '%2F',
  '%5C',
  '%2e',
  '%',
  'evil.test',
  '127.0.0.1:9',
  'http:',
  'https:',
  'javascript:',
  '[::1]',
  'a',
  '\u3000',
  '\uff0f',
);
const crafted = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const anyPath = fc.oneof(
  crafted,
  crafted.map((s) => `/${s}`),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `/${s}`),
);

describe('properties', () => {
  it('[input] any string is either refused in one line or resolved on the base origin', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(anyPath, fc.constantFrom(...BASES), (path, base) => {
        let checks;
        try {
          checks = toChecks([{ name: 'p', path }], "input 'checks'");
        } catch (error) {
          refused++;
          const message = (error as Error).message;
          expect(message).toMatch(/^input 'checks': check 1 \('p'\): path: expected /);
          expect(message).not.toMatch(/[\r\n]/);
          return;
        }
        accepted++;
        const url = checkUrl(new URL(base), checks[0]?.path as string);
        expect(url.origin).toBe(new URL(base).origin);
      }),
      { numRuns: 4000 },
    );
    // Both branches were exercised, so the property says something about each.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('[input] an accepted path always stays under the base path prefix', () => {
    fc.assert(
      fc.property(
        crafted.map((s) => `/${s}`),
        (path) => {
          let ok = true;
          try {
            toChecks([path], 'x');
          } catch {
            ok = false;
          }
          if (!ok) return;
          const url = checkUrl(new URL('https://shop.example.com/app'), path);
          expect(url.pathname.startsWith('/app/')).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const options = (base: string, over: Partial<ProbeOptions> = {}): ProbeOptions => ({
  baseUrl: new URL(base),
  timeoutMs: 2000,
  retries: 0,
  retryOnStatus: parseStatusSet('429, 5xx'),
  retryOnAssertion: false,
  followRedirects: true,
  protectionBypass: 'bypass-SENTINEL-7',
  clock: manualClock(),
  ...over,
});

describe('runChecks and another origin', () => {
  it('[secret] a check redirected to another origin does not carry the bypass header there', async () => {
    const other = await startServer((_req, res) => res.end('landed'));
    const site = await startServer((req, res) => {
      if (req.url === '/hop') res.writeHead(302, { location: `${other.origin}/landing` }).end();
      else res.writeHead(404).end();
    });
    servers.push(other, site);
    const [result] = await runChecks(
      parseChecks('- path: /hop\n  expect: { body-contains: landed }', 'x'),
      options(site.url),
      new HttpClient({ clock: manualClock() }),
      { concurrency: 1, failFast: false },
    );
    expect(result).toMatchObject({ outcome: 'passed', status: 200 });
    expect(site.requests.map((r) => [r.url, r.headers['x-vercel-protection-bypass']])).toEqual([
      ['/hop', 'bypass-SENTINEL-7'],
    ]);
    expect(other.requests.map((r) => r.url)).toEqual(['/landing']);
    expect(other.requests[0]?.headers).not.toHaveProperty('x-vercel-protection-bypass');
  });

  it('[secret] a hostile path that reached the engine is refused before any request', async () => {
    const other = await startServer((_req, res) => res.end('stolen'));
    const site = await startServer((_req, res) => res.end('ok'));
    servers.push(other, site);
    const home = toChecks(['/'], 'x')[0] as Check;
    // A check built in code, not parsed: the engine's own guard has to refuse it.
    const hostile: Check = { ...home, name: 'evil', path: `/\\/${new URL(other.origin).host}/x` };
    await expect(
      runChecks([home, hostile], options(site.url), new HttpClient({ clock: manualClock() }), {
        concurrency: 1,
        failFast: false,
      }),
    ).rejects.toThrow(/^check 'evil': path: expected a path on the base URL's origin/);
    expect(other.requests).toEqual([]);
    expect(site.requests).toEqual([]);
  });
});
