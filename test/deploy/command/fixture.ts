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
          process.kill(Number(readFileSync(join(dir, name), 'utf8')), 'SIGKILL');
        } catch {
          // already gone
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

/** Script source: records its pid in `<name>.pid`, then runs until killed (ignoring SIGTERM when asked). */
export const hang = (name: string, ignoreSigterm = false): string => `
import { writeFileSync } from 'node:fs';
${ignoreSigterm ? "process.on('SIGTERM', () => console.log('ignoring SIGTERM'));" : ''}
writeFileSync(${JSON.stringify(`${name}.pid`)}, String(process.pid));
setInterval(() => {}, 1000);
`;

/** Whether a process is still there. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
