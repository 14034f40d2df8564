/**
 * Every input of every action, fed generated and hostile values through `readInputs` (fast-check):
 * the result is a parsed value or ONE ConfigurationError line that names the input — no newline, no
 * stack — and a secret's value, or a URL's password, never appears in it.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SPECS } from '../../src/actions/specs.js';
import { inputEnvName, readInputs } from '../../src/inputs/spec.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const ws = realpathSync(mkdtempSync(join(tmpdir(), 'gl-bad-input-')));
mkdirSync(join(ws, 'dist'));
writeFileSync(join(ws, 'package.json'), '{}');
afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** What each action needs to get past its required inputs (and a deployable path). */
const BASE: Record<string, Record<string, string>> = {
  'smoke-test': { url: 'https://shop.example.com' },
  'health-check': { url: 'https://shop.example.com' },
  deploy: { path: join(ws, 'dist') },
  promote: { 'deployment-id': 'dpl_1' },
  rollback: {},
  release: { path: join(ws, 'dist'), 'production-url': 'https://shop.example.com' },
  'release-outcome': {},
  flags: { operation: 'enable', flag: 'new-checkout', 'github-token': 'ghs_test' },
  notify: { 'webhook-url': 'https://hooks.slack.com/services/T0/B0/x', status: 'started' },
};

const PASSWORD = 'hunter2-PW-8c1f';
const SECRET = 'sk-SENTINEL-5d2e';

const INJECTION = [
  '"; rm -rf /',
  '$(id)',
  '`id`',
  '${{ secrets.VERCEL_TOKEN }}',
  "' || true; echo '",
  '::error::forged',
  'a\n::error::forged',
  '\u001b[31mred\u001b[0m',
  '%0A::error::x',
  '\u0000',
  'x\u2028y',
];
const YAML = [
  '[',
  '{',
  '- {path: /, expect: {status: [}',
  '{"checks": [ {"path": "/"} ',
  '- name: "a\nb"\n  path: x',
  '- !!js/function "function () {}"',
  '- &a [*a]',
  [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  ].join('\n'),
  '- path: /\n  expect: {body-matches: "("}',
  '- path: /\n  expect: {json: {"no-dollar": 1}}',
];
const URLS = [
  `http://ops:${PASSWORD}@shop.example.com`,
  `https://ops:${PASSWORD}@shop.example.com/x`,
  `https://:${PASSWORD}@shop.example.com`,
  `http:/ops:${PASSWORD}@shop.example.com`,
  `https://ops:${PASSWORD}@exa mple.com`,
  'javascript:alert(1)',
  'file:///etc/passwd',
  '//shop.example.com',
];
const PATHS = [
  '../../../etc',
  '/etc',
  '..',
  '../..',
  'package.json',
  '/etc/passwd',
  'nope/../../..',
  '~/.ssh',
];
const DURATIONS = [
  '597h',
  '0s',
  '0ms',
  '24h1ms',
  '6h1s',
  '99999999999h',
  '1e9s',
  '-1s',
  '1.5',
  'NaNs',
  '10m',
];

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...INJECTION, ...YAML, ...URLS, ...PATHS, ...DURATIONS),
  fc.tuple(fc.constantFrom(...INJECTION, ...URLS), fc.string()).map(([a, b]) => a + b),
);

function outcome(action: string, name: string, value: string): { message?: string } {
  const env: Record<string, string> = { GITHUB_WORKSPACE: ws };
  for (const [k, v] of Object.entries(BASE[action] ?? {})) env[inputEnvName(k)] = v;
  env[inputEnvName(name)] = value;
  try {
    readInputs(SPECS[action]!, env);
    return {};
  } catch (error) {
    // Anything but a ConfigurationError is a bug: it would print as "unexpected error" with a stack.
    expect(error, `${action} ${name}=${JSON.stringify(value)}`).toBeInstanceOf(ConfigurationError);
    return { message: (error as Error).message };
  }
}

function expectOneLineNaming(message: string, name: string): void {
  expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(message).not.toMatch(/\n\s+at |ConfigurationError|ZodError/);
  expect(message).toContain(`'${name}'`);
}

describe('every input of every action, fed hostile values', () => {
  for (const [action, spec] of Object.entries(SPECS)) {
    it(`[input] every ${action} input: a value, or one line naming the input; secrets and passwords never shown`, () => {
      for (const [name, def] of Object.entries(spec.inputs)) {
        fc.assert(
          fc.property(hostile, (raw) => {
            const value = def.secret ? `${SECRET}${raw}` : raw;
            const { message } = outcome(action, name, value);
            if (message === undefined) return;
            expectOneLineNaming(message, name);
            expect(message).not.toContain(PASSWORD);
            if (def.secret) expect(message).not.toContain(SECRET);
          }),
          { numRuns: 40 },
        );
      }
    });
  }

  it('[input] every URL input refuses user:password@ without showing either', () => {
    let seen = 0;
    for (const [action, spec] of Object.entries(SPECS)) {
      // A secret URL (a Slack webhook) says only "a value that is not shown" (the test below).
      for (const [name] of Object.entries(spec.inputs).filter(([n, d]) => /url$/.test(n) && !d.secret)) {
        for (const url of URLS.slice(0, 5)) {
          expect(outcome(action, name, url).message).toBe(
            `input '${name}': expected an http(s) URL without user:password@, got a URL with credentials`,
          );
          seen++;
        }
      }
    }
    // url ×3 (smoke-test, health-check, notify), production-url, vercel-api-url ×6, metrics-url ×3,
    // health-url, slack-api-url ×2 (notify, release)
    expect(seen).toBe(5 * 16);
  });

  it('[input] every duration input refuses 597h (it would overflow a timer) and states its range', () => {
    let seen = 0;
    for (const [action, spec] of Object.entries(SPECS)) {
      for (const name of Object.keys(spec.inputs)) {
        const probe = outcome(action, name, '1m').message;
        if (probe !== undefined && !/interval|duration|timeout|delay|deadline/.test(name)) continue;
        if (!/timeout|interval|duration|delay|deadline/.test(name)) continue;
        const message = outcome(action, name, '597h').message;
        expect(message, `${action} ${name}`).toMatch(
          new RegExp(
            `^input '${name}': expected a duration (above 0|of at least 0) and at most (24h|6h|10m), like \\S+, got '597h'$`,
          ),
        );
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(15);
  });

  it('[input] every timeout, deadline and interval refuses 0s; initial-delay takes it', () => {
    for (const [action, spec] of Object.entries(SPECS)) {
      for (const name of Object.keys(spec.inputs).filter((n) =>
        /timeout|interval|deadline|^duration$/.test(n),
      )) {
        expect(outcome(action, name, '0s').message, `${action} ${name}`).toMatch(
          new RegExp(`^input '${name}': expected a duration above 0, like \\S+, got '0s'$`),
        );
      }
    }
    expect(outcome('health-check', 'initial-delay', '0s').message).toBeUndefined();
  });

  it('[input] every secret input refuses control characters without showing the value', () => {
    for (const [action, spec] of Object.entries(SPECS)) {
      for (const [name] of Object.entries(spec.inputs).filter(([, d]) => d.secret)) {
        for (const bad of [`${SECRET}\nX`, `${SECRET}\u0000`, `${SECRET}\tY`, `${SECRET}\u001b[0m`]) {
          expect(outcome(action, name, bad).message).toBe(
            `input '${name}': expected a value without control characters (a newline, a tab …), got a value that is not shown`,
          );
        }
      }
    }
  });

  it('[input] alias is a hostname for deploy and promote alike', () => {
    for (const action of ['deploy', 'promote']) {
      expect(outcome(action, 'alias', 'https://evil.example.com/x').message).toBe(
        "input 'alias': expected a hostname such as staging.example.com (no scheme, path or port), got 'https://evil.example.com/x'",
      );
      expect(outcome(action, 'alias', 'staging.example.com').message).toBeUndefined();
    }
  });

  it('[input] checks given inline are validated while the inputs are read, in one line', () => {
    for (const [action, name] of [
      ['smoke-test', 'checks'],
      ['health-check', 'checks'],
      ['release', 'smoke-checks'],
      ['release', 'health-checks'],
    ] as const) {
      for (const yaml of YAML) {
        const message = outcome(action, name, yaml).message;
        expect(message, `${action} ${name} ${JSON.stringify(yaml)}`).toMatch(
          new RegExp(`^input '${name}': `),
        );
        expectOneLineNaming(message as string, name);
      }
      expect(outcome(action, name, '[/, /about]').message).toBeUndefined();
    }
  });
});
