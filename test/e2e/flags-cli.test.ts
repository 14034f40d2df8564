/**
 * `greenlight flags` from the bundled CLI (dist/cli.js) on a local file: operations change the file
 * in place, bad input exits 2 with one line and leaves it untouched, `list` shows each flag's state
 * and measured share, and `get` reads a flag's history from the trailers of its commits.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import { writeTree } from '../helpers/site.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const exec = promisify(execFile);

/** Runs the CLI; resolves with its exit code and output (never rejects). */
async function greenlight(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('greenlight flags', () => {
  it('applies operations to a local file; list shows state, overrides and measured share', async () => {
    const dir = await writeTree({});
    const file = 'production.flagd.json';
    expect(
      (await greenlight(dir, 'flags', 'create', '--flag', 'new-checkout', '--file', file, '--actor', 'me'))
        .code,
    ).toBe(0);
    const rollout = await greenlight(
      dir,
      'flags',
      'rollout',
      '--flag',
      'new-checkout',
      '--percentage',
      '25',
      '--file',
      file,
    );
    expect(rollout.code, rollout.stderr).toBe(0);
    expect(rollout.stdout).toMatch(/^rollout new-checkout 0%→25%\n/);
    await greenlight(dir, 'flags', 'override', '--flag', 'new-checkout', '--org', 'acme', '--file', file);
    const list = await greenlight(dir, 'flags', 'list', '--file', file);
    expect(list.stdout).toMatch(
      /^new-checkout {2}canary stage 3\/5 \(25%\) {2}overrides: acme→on {2}share 2[4-6]\.\d+%\n$/,
    );
  });

  it('[input] bad input exits 2 with one line and leaves the file untouched', async () => {
    const dir = await writeTree({});
    const file = join(dir, 'production.flagd.json');
    await greenlight(dir, 'flags', 'create', '--flag', 'new-checkout', '--file', file);
    const before = await readFile(file, 'utf8');
    for (const [args, line] of [
      [
        ['rollout', '--flag', 'new-checkout', '--percentage', '150'],
        "--percentage: expected a number from 0 to 100, got '150'",
      ],
      [
        ['enable', '--flag', '"; rm -rf /'],
        `input 'flag': expected a key matching ^[A-Za-z0-9][A-Za-z0-9_.-]*$, got "\\"; rm -rf /"`,
      ],
      [['advance', '--flag', 'missing'], `input 'flag': no flag 'missing' in ${file}`],
      [
        ['teleport', '--flag', 'new-checkout'],
        "greenlight flags: expected list, get, progress or an operation (create, enable, disable, rollout, advance, rollback-canary, kill, restore, override, remove-override, archive, canary, pause, resume), got 'teleport'",
      ],
    ] as const) {
      const result = await greenlight(dir, 'flags', ...args, '--file', file);
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: `${line}\n` });
    }
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('get shows one flag and its history from the commit trailers', async () => {
    const dir = await writeTree({});
    const git = (...args: string[]) =>
      exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir });
    await git('init', '-q');
    await greenlight(dir, 'flags', 'create', '--flag', 'new-checkout', '--file', 'flags.flagd.json');
    await git('add', '-A');
    await git(
      'commit',
      '-q',
      '-m',
      'flags(production): create new-checkout (off)\n\nFlag-Operation: create\nRequested-By: @ana',
    );
    await greenlight(dir, 'flags', 'enable', '--flag', 'new-checkout', '--file', 'flags.flagd.json');
    await git(
      'commit',
      '-q',
      '-am',
      'flags(production): enable new-checkout\n\nFlag-Operation: enable\nFlag-Reason: launch day\nRequested-By: @bo',
    );
    const shown = await greenlight(dir, 'flags', 'get', 'new-checkout', '--file', 'flags.flagd.json');
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^new-checkout {2}on {2}share 100%\n/);
    expect(shown.stdout).toContain('history (2):');
    expect(shown.stdout).toMatch(/flags\(production\): enable new-checkout {2}by @bo {2}\(launch day\)/);
    expect(shown.stdout).toMatch(/flags\(production\): create new-checkout \(off\) {2}by @ana\n/);
  });

  it('canary then progress: a due, healthy stage advances; the controller prints its decisions', async () => {
    const dir = await writeTree({});
    const health = await startServer((_req, res) => res.end('ok'));
    try {
      const file = 'production.flagd.json';
      await greenlight(dir, 'flags', 'create', '--flag', 'new-checkout', '--file', file);
      const canary = await greenlight(
        dir,
        'flags',
        'canary',
        '--flag',
        'new-checkout',
        '--health-url',
        health.origin,
        '--hold',
        '1ms',
        '--file',
        file,
      );
      expect(canary.stdout).toMatch(/^canary new-checkout 0%→1%\n/);
      const progress = await greenlight(
        dir,
        'flags',
        'progress',
        '--file',
        file,
        '--interval',
        '50ms',
        '--count',
        '2',
      );
      expect(progress.code, progress.stderr).toBe(0);
      expect(progress.stdout).toBe('new-checkout  1%  healthy → advance  (2 of 2 measurements passed)\n');
      expect((await greenlight(dir, 'flags', 'list', '--file', file)).stdout).toMatch(
        /canary stage 2\/5 \(10%\)/,
      );
      const missing = await greenlight(dir, 'flags', 'progress', '--file', 'nope.json');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^--file: cannot read nope\.json: ENOENT/);
    } finally {
      await health.close();
    }
  });
});
