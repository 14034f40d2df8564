/**
 * Runs one user command with `@actions/exec` (https://github.com/actions/toolkit/tree/main/packages/exec):
 * the line is split into words by exec's parser and started without a shell; stdin is closed at once
 * (a prompting tool reads EOF and fails instead of hanging); output is captured, scrubbed and logged
 * a line at a time (exec's own echo of the command line and raw output is silenced); a watchdog stops
 * the process at the deadline (SIGTERM, then SIGKILL after a grace period).
 */
import type { ChildProcess } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { type ExecOutput, getExecOutput } from '@actions/exec';
import type { Clock } from '../../runtime/clock.js';
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { ProviderError } from '../types.js';
import { type ChildCatch, catchChild } from './child-handle.js';
import { COMMAND_INPUTS, type Operation, programOf } from './command-line.js';
import { type Scrub, tailLine } from './scrub.js';

/** Lines of stderr quoted when a command fails. */
const STDERR_TAIL = 5;
/** Longest wait setTimeout supports (about 24.8 days); longer deadlines are clamped. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface CommandRun {
  operation: Operation;
  /** A line accepted by `checkCommandLine`. */
  line: string;
  /** The complete environment of the process. */
  env: Record<string, string>;
  cwd: string | undefined;
  /** Absolute deadline, ms on `clock`. */
  deadline: number;
  /** Log the command's output at info (true) or debug level. */
  loud: boolean;
}

export interface RunDeps {
  clock: Clock;
  logger: Logger;
  scrub: Scrub;
  /** Wait between SIGTERM and SIGKILL at the deadline, ms. */
  killGraceMs: number;
}

/** How a command names itself in logs and errors: the input and the program, never its arguments. */
export function commandName(operation: Operation, line: string, scrub: Scrub): string {
  return `${COMMAND_INPUTS[operation]} '${scrub(programOf(line))}'`;
}

/**
 * Runs the command and returns its complete stdout and stderr when it exits 0.
 * The deadline is read once on `clock` and then kept in real time, as the process runs in real time.
 * @throws ConfigurationError when the program cannot be found or is not executable.
 * @throws ProviderError on a non-zero exit or a signal (with the scrubbed last lines of stderr), when
 *   the process cannot be started, and when the deadline passes (the process is stopped first).
 */
export async function runCommand(run: CommandRun, deps: RunDeps): Promise<ExecOutput> {
  const name = commandName(run.operation, run.line, deps.scrub);
  if (run.deadline <= deps.clock.now()) {
    throw new ProviderError(`${name} did not finish before the deadline (no time was left to start it)`);
  }
  logAt(run, deps.logger)(`running ${name}`);

  const handle = await catchChild();
  try {
    return await watch(run, deps, name, handle);
  } finally {
    handle.done();
  }
}

async function watch(run: CommandRun, deps: RunDeps, name: string, handle: ChildCatch): Promise<ExecOutput> {
  const { logger, scrub } = deps;
  const remaining = run.deadline - deps.clock.now();
  const log = logAt(run, logger);
  const stdout = lineSink((l) => log(scrub(l)));
  const stderr = lineSink((l) => log(scrub(l)));
  const settled = getExecOutput(run.line, [], {
    ...(run.cwd !== undefined ? { cwd: run.cwd } : {}),
    env: run.env,
    silent: true,
    ignoreReturnCode: true,
    input: Buffer.alloc(0),
    listeners: { debug: handle.onDebug, stdout: stdout.write, stderr: stderr.write },
  }).then(
    (output) => ({ output }),
    (error: unknown) => ({ error }),
  );
  void settled.then(handle.done);

  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), Math.min(remaining, MAX_TIMER_MS));
  });
  const first = await Promise.race([settled, expired]);
  clearTimeout(timer);
  stdout.end();
  stderr.end();

  if (first === 'expired') {
    logger.warning(`${name} passed its deadline; stopping it`);
    const stopped = await stop(handle.child, settled, deps.killGraceMs);
    throw new ProviderError(
      `${name} did not finish before the deadline; ${stopped ? 'it was stopped' : 'it could not be stopped and may still be running'}`,
    );
  }
  if ('error' in first) {
    const message = errorMessage(first.error);
    if (message.startsWith('Unable to locate executable file')) {
      throw new ConfigurationError(
        `input '${COMMAND_INPUTS[run.operation]}': cannot run '${scrub(programOf(run.line))}': expected a program on PATH or a path (relative to the working directory) to an executable file`,
      );
    }
    throw new ProviderError(`${name} could not be started: ${scrub(message)}`);
  }
  const { output } = first;
  if (output.exitCode === 0) return output;
  const how = output.exitCode === null ? 'was ended by a signal' : `exited with code ${output.exitCode}`;
  throw new ProviderError(`${name} ${how}; stderr: ${tailLine(output.stderr, STDERR_TAIL, scrub)}`);
}

function logAt(run: CommandRun, logger: Logger): (line: string) => void {
  return (line) => (run.loud ? logger.info(line) : logger.debug(line));
}

/**
 * SIGTERM, then SIGKILL after `graceMs`. Resolves true once the process has exited (or exec has
 * settled), false if it is still there a second after SIGKILL or was never caught.
 */
async function stop(
  child: Promise<ChildProcess>,
  settled: Promise<unknown>,
  graceMs: number,
): Promise<boolean> {
  const gone = Promise.race([settled.then(() => true), child.then(exited)]);
  void child.then((p) => p.kill('SIGTERM'));
  if (await within(gone, graceMs)) return true;
  void child.then((p) => p.kill('SIGKILL'));
  return within(gone, 1000);
}

function exited(child: ChildProcess): Promise<true> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => child.once('exit', () => resolve(true)));
}

/** `promise`'s value, or false when it has not settled within `ms`. */
async function within(promise: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Splits a byte stream into lines (UTF-8 safe across chunks) and hands each to `onLine`. */
function lineSink(onLine: (line: string) => void): { write: (data: Buffer) => void; end: () => void } {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let ended = false;
  const flush = (text: string): void => {
    const lines = (partial + text).split(/\r?\n/);
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  return {
    write: (data) => {
      if (!ended) flush(decoder.write(data));
    },
    end: () => {
      if (ended) return;
      ended = true;
      flush(decoder.end());
      if (partial) onLine(partial);
      partial = '';
    },
  };
}
