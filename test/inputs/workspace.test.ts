/**
 * The deploy path's shape: a directory inside the workspace (symlinks resolved), with a Build
 * Output API tree when prebuilt — checked while deploy's and release's inputs are read.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SPECS } from '../../src/actions/specs.js';
import { readInputs } from '../../src/inputs/spec.js';
import { isWithin, resolveDeployPath } from '../../src/inputs/workspace.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'gl-workspace-')));
const ws = join(base, 'ws');
const outside = join(base, 'outside');
for (const dir of [join(ws, 'dist'), join(ws, 'app/.vercel/output'), join(ws, 'bare'), outside])
  mkdirSync(dir, { recursive: true });
writeFileSync(join(ws, 'package.json'), '{}');
writeFileSync(join(ws, 'app/.vercel/output/config.json'), '{"version":3}');
symlinkSync(outside, join(ws, 'escape'));
symlinkSync(join(ws, 'dist'), join(ws, 'inner-link'));
mkdirSync(join(ws, 'linked-output/.vercel'), { recursive: true });
symlinkSync(outside, join(ws, 'linked-output/.vercel/output'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const env = { GITHUB_WORKSPACE: ws };
const check = (raw: string, o: { prebuilt?: boolean; allow?: boolean; cwd?: string } = {}) =>
  resolveDeployPath(raw, {
    env,
    cwd: o.cwd ?? ws,
    allowOutsideWorkspace: o.allow ?? false,
    requireBuildOutput: o.prebuilt ?? false,
  });

describe('resolveDeployPath', () => {
  it('resolves a directory inside the workspace to its real path', () => {
    expect(check('dist')).toBe(join(ws, 'dist'));
    expect(check('.')).toBe(ws);
    expect(check(join(ws, 'dist'))).toBe(join(ws, 'dist'));
    expect(check('inner-link')).toBe(join(ws, 'dist'));
    expect(check('app', { prebuilt: true })).toBe(join(ws, 'app'));
  });

  it('[input] refuses a path that escapes the workspace, by .. or by a symlink', () => {
    const escape = relative(ws, '/etc');
    expect(() => check(escape)).toThrow(
      new ConfigurationError(
        `input 'path': expected a directory inside the workspace '${ws}' (or allow-outside-workspace: true), got '${escape}'`,
      ),
    );
    expect(() => check('../../../etc')).toThrow(/^input 'path': expected a directory inside the workspace/);
    expect(() => check('escape')).toThrow(/^input 'path': expected a directory inside the workspace/);
    expect(() => check(outside)).toThrow(/^input 'path': expected a directory inside the workspace/);
    expect(check('escape', { allow: true })).toBe(outside);
  });

  it('[input] refuses a file and a missing path', () => {
    expect(() => check('package.json')).toThrow(
      new ConfigurationError("input 'path': expected a directory, got 'package.json' (not a directory)"),
    );
    expect(() => check('nope')).toThrow(
      new ConfigurationError("input 'path': expected an existing directory, got 'nope' (not found)"),
    );
  });

  it('[input] refuses a prebuilt deploy without .vercel/output, or with one linking outside', () => {
    expect(() => check('bare', { prebuilt: true })).toThrow(
      new ConfigurationError(
        "input 'path': expected a directory holding .vercel/output (prebuilt is true; run vercel build first), got 'bare'",
      ),
    );
    expect(() => check('linked-output', { prebuilt: true })).toThrow(/links outside it$/);
  });

  it('uses the current directory as the workspace when GITHUB_WORKSPACE is unset', () => {
    const opts = { env: {}, cwd: join(ws, 'dist'), allowOutsideWorkspace: false, requireBuildOutput: false };
    expect(resolveDeployPath('.', opts)).toBe(join(ws, 'dist'));
    expect(() => resolveDeployPath('..', opts)).toThrow(/inside the workspace/);
  });

  it('isWithin compares path segments, not prefixes', () => {
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/b/..c')).toBe(true);
    expect(isWithin('/a/b', '/a/bc')).toBe(false);
    expect(isWithin('/a/b', '/a')).toBe(false);
  });
});

describe('deploy and release read the path rule with their inputs', () => {
  const required: Record<string, Record<string, string>> = {
    deploy: {},
    release: { 'INPUT_PRODUCTION-URL': 'https://shop.example.com' },
  };
  for (const action of ['deploy', 'release']) {
    const spec = SPECS[action]!;
    const read = (inputs: Record<string, string>) =>
      readInputs(spec, { GITHUB_WORKSPACE: ws, ...required[action], ...inputs });

    it(`[input] ${action}: path escapes, files and a prebuilt path without a tree fail before anything runs`, () => {
      expect(read({ INPUT_PATH: join(ws, 'dist') }).path).toBe(join(ws, 'dist'));
      expect(() => read({ INPUT_PATH: '../../../../../../../../etc' })).toThrow(
        /^input 'path': expected a directory inside the workspace/,
      );
      expect(() => read({ INPUT_PATH: join(ws, 'package.json') })).toThrow(
        /^input 'path': expected a directory,/,
      );
      expect(() => read({ INPUT_PATH: join(ws, 'bare'), INPUT_PREBUILT: 'true' })).toThrow(
        /^input 'path': expected a directory holding \.vercel\/output/,
      );
      expect(read({ INPUT_PATH: outside, 'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'true' }).path).toBe(outside);
      // With provider command, prebuilt is the command's business.
      expect(
        read({ INPUT_PATH: join(ws, 'bare'), INPUT_PREBUILT: 'true', INPUT_PROVIDER: 'command' }).path,
      ).toBe(join(ws, 'bare'));
    });
  }
});
