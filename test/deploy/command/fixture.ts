/**
 * A temp directory holding small Node scripts that play the user's commands (run as
 * `node <script>` with the directory as working directory), and a provider wired to them.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandProvider, type CommandProviderOptions } from '../../../src/deploy/command/provider.js';
import type { DeployRequest } from '../../../src/deploy/types.js';
import { type Clock, systemClock } from '../../../src/runtime/clock.js';
import { recordingLogger } from '../../../src/runtime/logger.js';

export interface Fixture {
  dir: string;
  /** Writes `<name>` (an ES module) into the directory. */
  script(name: string, source: string): void;
  /** Reads a JSON file the scripts wrote, relative to the directory. */
  readJson<T = Record<string, unknown>>(name: string): T;
  exists(name: string): boolean;
  logger: ReturnType<typeof recordingLogger>;
  provider(
    commands: CommandProviderOptions['commands'],
    extra?: Partial<Omit<CommandProviderOptions, 'commands'>> & { clock?: Clock },
  ): CommandProvider;
  /** Kills any process that left its pid in a `*.pid` file (a failed test must not leave one running), then deletes the directory. */
  remove(): void;
}

export function fixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'greenlight-command-'));
  const logger = recordingLogger();
  return {
    dir,
    logger,
    script: (name, source) => writeFileSync(join(dir, name), source),
    readJson: <T>(name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T,
    exists: (name) => existsSync(join(dir, name)),
    provider: (commands, extra = {}) =>
      new CommandProvider({ commands, cwd: dir, logger, clock: systemClock, killGraceMs: 300, ...extra }),
    remove: () => {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.pid'))) {
        try {
          process.kill(readPid(dir, name), 'SIGKILL');
        } catch {
          // already gone, or the file was left empty
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Script source: writes every `GREENLIGHT_*` variable and the arguments to `<file>`. */
export const recordEnv = (file: string): string => `
import { writeFileSync } from 'node:fs';
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('GREENLIGHT_')));
writeFileSync(${JSON.stringify(file)}, JSON.stringify({ env, argv: process.argv.slice(2), inputs: Object.keys(process.env).filter((k) => k.startsWith('INPUT_')) }));
`;

/** Script source: prints `lines` to stdout, one per line. */
export const printLines = (...lines: string[]): string =>
  lines.map((l) => `console.log(${JSON.stringify(l)});`).join('\n');

/**
 * Script source: records its pid in `<name>.pid`, then runs until killed. With `ignoreSigterm` it
 * survives SIGTERM, and creates `<name>.sigterm` when one arrives.
 */
export const hang = (name: string, ignoreSigterm = false): string => `
import { writeFileSync } from 'node:fs';
${ignoreSigterm ? `process.on('SIGTERM', () => writeFileSync(${JSON.stringify(`${name}.sigterm`)}, ''));` : ''}
writeFileSync(${JSON.stringify(`${name}.pid`)}, String(process.pid));
setInterval(() => {}, 1000);
`;

/** `PF_EXITING` in the flags of /proc/<pid>/stat: the process has begun to exit. */
const PF_EXITING = 0x4;

/**
 * Whether a process is still running: `process.kill(pid, 0)` finds it and, on Linux, it has neither
 * begun to exit (`PF_EXITING`, set before its files are closed, so a pipe it held can report EOF a
 * moment before it turns into a zombie) nor exited (a zombie waiting to be reaped: an orphan's parent
 * is init, which may take a while to reap it or, in some containers, never does). Fields of
 * /proc/<pid>/stat: https://man7.org/linux/man-pages/man5/proc_pid_stat.5.html
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state, ppid, pgrp, session, tty_nr, tpgid, flags, …
    const [state, , , , , , flags] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return state !== 'Z' && state !== 'X' && (Number(flags) & PF_EXITING) === 0;
  } catch {
    return false; // reaped since
  }
}

/**
 * Reads the pid a script wrote to `<dir>/<name>`.
 * @throws Error when the file holds no positive integer (0 or a negative pid would name a process group).
 */
export function readPid(dir: string, name: string): number {
  const pid = Number(readFileSync(join(dir, name), 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`${name} holds no pid`);
  return pid;
}

/** A deadline `ms` from now on the system clock. */
export const inMs = (ms: number): number => Date.now() + ms;

/** A minimal deploy request. */
export const request = (over: Partial<DeployRequest> = {}): DeployRequest => ({
  path: 'dist',
  environment: 'production',
  staged: true,
  prebuilt: false,
  meta: {},
  deadline: inMs(20_000),
  ...over,
});
