/**
 * Executes one user command. The line is split into words by {@link splitCommandLine} and the
 * program is started directly with `child_process.spawn`, without a shell
 * (https://nodejs.org/api/child_process.html#child_processspawncommand-args-options). stdin is
 * closed at once (a prompting tool reads EOF and fails instead of hanging); stdout and stderr are
 * captured, scrubbed and logged a line at a time. On POSIX the command leads a process group of its
 * own (https://nodejs.org/api/child_process.html#optionsdetached), so that at the deadline SIGTERM
 * and, after a grace period, SIGKILL reach everything it started, not only the process itself.
 * Commands are independent: any number may run at the same time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../runtime/clock.js';
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { ProviderError } from '../types.js';
import {
  COMMAND_INPUTS,
  type Operation,
  programOf,
  resolveProgram,
  splitCommandLine,
} from './command-line.js';
import { type Scrub, tailLine } from './scrub.js';

/** Lines of stderr quoted when a command fails. */
const STDERR_TAIL = 5;
/** Longest wait setTimeout supports (about 24.8 days); longer deadlines are clamped. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** After SIGKILL, how long the process may take to be gone before it is reported as still running, ms. */
const KILL_WAIT_MS = 1000;
/**
 * After the command exits, how long its stdout and stderr may stay open (held by something it left
 * running in the background) before its output is taken as complete, ms. `@actions/exec` waited as long.
 */
const STDIO_CLOSE_MS = 10_000;
/** While waiting for a stopped command's process group to empty, how often it is checked, ms. */
const GROUP_POLL_MS = 50;
const IS_WINDOWS = process.platform === 'win32';

/** One command to execute: which input's line, with what environment, until when. */
export interface CommandExecution {
  operation: Operation;
  /** A line accepted by `checkCommandLine`. */
  line: string;
  /** The complete environment of the process (its `PATH` is where a bare program name is looked up). */
  env: Record<string, string>;
  /** Working directory of the process, and what a relative program path is resolved against (default: this process's). */
  cwd: string | undefined;
  /** Absolute deadline, ms on `clock`. */
  deadline: number;
  /** Log the command's output at info (true) or debug level. */
  loud: boolean;
}

/** What executing a command needs from its surroundings. */
export interface ExecuteDeps {
  clock: Clock;
  logger: Logger;
  scrub: Scrub;
  /** Wait between SIGTERM and SIGKILL at the deadline, ms. */
  killGraceMs: number;
}

/** Everything a command that exited 0 printed, unscrubbed (decoded as UTF-8). */
export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** How a started command ended, as far as the caller is concerned. */
type Outcome =
  | { kind: 'exited'; code: number | null }
  | { kind: 'not-started'; error: NodeJS.ErrnoException }
  | { kind: 'expired' };

/** How a command names itself in logs and errors: the input and the program, never its arguments. */
export function commandName(operation: Operation, line: string, scrub: Scrub): string {
  return `${COMMAND_INPUTS[operation]} '${scrub(programOf(line))}'`;
}

/**
 * Executes the command and returns its complete stdout and stderr when it exits 0.
 * The deadline is read once on `clock` and then kept in real time, as the process runs in real time.
 * At the deadline the command's process group gets SIGTERM, and SIGKILL `killGraceMs` later unless
 * the command and everything it started are gone by then (Windows: the process itself is killed).
 * A command that exits while something it started keeps its stdout or stderr open is done once those
 * close, or 10 s after it exited (its output is then complete as far as it goes).
 * @throws ConfigurationError `input '<input>': cannot run '<program>': expected a program on PATH or
 *   a path (relative to the working directory) to an executable file` when the program cannot be
 *   found or is not executable (ENOENT or EACCES when it is started).
 * @throws ProviderError on a non-zero exit or a signal (with the scrubbed last lines of stderr), when
 *   the process cannot be started otherwise, when no time is left to start it, and when the deadline
 *   passes (`… did not finish before the deadline; it was stopped`, or `…; it could not be stopped and
 *   may still be running` when it is still there a second after SIGKILL).
 */
export async function executeCommand(execution: CommandExecution, deps: ExecuteDeps): Promise<CommandOutput> {
  const { logger, scrub } = deps;
  const name = commandName(execution.operation, execution.line, scrub);
  const remaining = execution.deadline - deps.clock.now();
  if (remaining <= 0) {
    throw new ProviderError(`${name} did not finish before the deadline (no time was left to start it)`);
  }
  const log = logAt(execution, logger);
  log(`running ${name}`);

  const { child, untrack } = spawnTracked(() => start(execution, name, scrub));
  try {
    return await watch(execution, deps, name, child);
  } finally {
    untrack();
  }
}

/**
 * Process groups of commands still running. Detached, they do not get the signal that stops
 * Greenlight (the runner's SIGINT/SIGTERM on cancel, Ctrl-C in a terminal), so it is forwarded to
 * them; when nothing else in the process handles that signal, they get SIGTERM as well and the
 * handler steps aside and raises it again, so Greenlight ends as it would have without it. Whatever
 * is still running when the process exits gets SIGTERM. A command that could not be stopped at its deadline stays here.
 */
const runningGroups = new Set<number>();
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function signalGroups(name: NodeJS.Signals): void {
  for (const group of runningGroups) {
    try {
      process.kill(-group, name);
    } catch {
      // Already gone.
    }
  }
}

function forward(name: NodeJS.Signals): void {
  // Written at once (a pipe's stdout is asynchronous, and the process may end below); a full
  // pipe (EAGAIN) must not keep the signal from the commands.
  try {
    writeSync(1, `::debug::${name}: passed on to ${runningGroups.size} command process group(s)\n`);
  } catch {
    // The line is only a diagnostic.
  }
  signalGroups(name);
  if (process.listenerCount(name) === 1) {
    // Greenlight is about to end, and with it any later escalation: SIGTERM too, for what ignores
    // SIGINT (a shell's background jobs do: https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html#tag_19_11).
    signalGroups('SIGTERM');
    process.removeListener(name, forward);
    process.kill(process.pid, name);
  }
}

const onExit = (): void => signalGroups('SIGTERM');

/** Spawns in progress: the forwarding stays installed while one is (see {@link spawnTracked}). */
let spawning = 0;

function forwardWhileRunning(): void {
  if (runningGroups.size > 0 || spawning > 0) return;
  for (const name of FORWARDED) process.on(name, forward);
  process.on('exit', onExit);
}

function stopForwardingIfIdle(): void {
  if (runningGroups.size > 0 || spawning > 0) return;
  for (const name of FORWARDED) process.removeListener(name, forward);
  process.removeListener('exit', onExit);
}

/**
 * Spawns the command with the signal forwarding already in place, and records its process group.
 * The forwarding is installed before the spawn: the command may start, and a signal may arrive
 * (the runner cancelling as soon as it sees the command run), before the code after `spawn` runs,
 * and a signal meeting no listener ends Greenlight at once without passing it on. The group is
 * recorded in the same synchronous run as the spawn, and listeners run only after it, so a
 * forwarded signal always finds it. Returns the child and a function that forgets its group once
 * it has exited (a command still running, e.g. one that could not be stopped, stays).
 */
export function spawnTracked(spawnChild: () => ChildProcess): { child: ChildProcess; untrack: () => void } {
  if (IS_WINDOWS) return { child: spawnChild(), untrack: () => {} };
  forwardWhileRunning();
  spawning++;
  let child: ChildProcess;
  try {
    child = spawnChild();
  } catch (error) {
    spawning--;
    stopForwardingIfIdle();
    throw error;
  }
  spawning--;
  const pid = child.pid;
  if (pid !== undefined) runningGroups.add(pid);
  stopForwardingIfIdle();
  return {
    child,
    untrack: () => {
      if (pid === undefined || (child.exitCode === null && child.signalCode === null)) return;
      runningGroups.delete(pid);
      stopForwardingIfIdle();
    },
  };
}

async function watch(
  execution: CommandExecution,
  deps: ExecuteDeps,
  name: string,
  child: ChildProcess,
): Promise<CommandOutput> {
  const { logger, scrub } = deps;
  const remaining = execution.deadline - deps.clock.now();
  const log = logAt(execution, logger);
  const note = (message: string): void => logger.debug(`${name}: ${scrub(message)}`);
  const ended = outcome(child, note);
  const closed = new Promise<true>((resolve) => child.once('close', () => resolve(true)));
  closeStdin(child.stdin, (error) => note(`closing its stdin failed: ${errorMessage(error)}`));
  const stdout = capture(child.stdout, (line) => log(scrub(line)), note);
  const stderr = capture(child.stderr, (line) => log(scrub(line)), note);

  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'expired' }), Math.min(remaining, MAX_TIMER_MS));
  });
  const first = await Promise.race([ended.outcome, expired]);
  clearTimeout(timer);
  ended.dispose();
  stdout.end();
  stderr.end();

  if (first.kind === 'expired') {
    logger.warning(`${name} passed its deadline; stopping it`);
    const stopped = await stop(child, closed, deps.killGraceMs);
    if (!stopped) abandon(child);
    throw new ProviderError(
      `${name} did not finish before the deadline; ${stopped ? 'it was stopped' : 'it could not be stopped and may still be running'}`,
    );
  }
  if (first.kind === 'not-started') {
    if (first.error.code === 'ENOENT' || first.error.code === 'EACCES') {
      throw cannotRun(execution, scrub);
    }
    throw new ProviderError(`${name} could not be started: ${scrub(first.error.message)}`);
  }
  if (first.code === 0) return { stdout: stdout.text(), stderr: stderr.text() };
  const how = first.code === null ? 'was ended by a signal' : `exited with code ${first.code}`;
  throw new ProviderError(`${name} ${how}; stderr: ${tailLine(stderr.text(), STDERR_TAIL, scrub)}`);
}

/**
 * Ends `stdin` at once, so that the command reads end-of-file from it. A command that exits (or
 * closes its stdin) first makes that fail with EPIPE, which is ignored: nothing was to be written.
 * Any other error on the stream is handed to `onError`; none is ever left unhandled (an unhandled
 * 'error' event would crash the process: https://nodejs.org/api/events.html#error-events).
 */
export function closeStdin(stdin: Writable | null, onError: (error: Error) => void): void {
  if (!stdin) return;
  stdin.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') onError(error);
  });
  stdin.end();
}

/**
 * Spawns the program: no shell, stdio piped, on POSIX detached (the leader of a new process group).
 * Failures reported later (ENOENT, EACCES) arrive as the child's 'error' event.
 * @throws ConfigurationError for a line with no program; ProviderError when the working directory
 *   does not exist or `spawn` refuses its arguments.
 */
function start(execution: CommandExecution, name: string, scrub: Scrub): ChildProcess {
  const [program, ...args] = splitCommandLine(execution.line);
  if (!program) throw cannotRun(execution, scrub);
  const { cwd } = execution;
  if (cwd !== undefined && !existsSync(cwd)) {
    // The wording @actions/exec used, which ran these commands before.
    throw new ProviderError(`${name} could not be started: ${scrub(`The cwd: ${cwd} does not exist!`)}`);
  }
  try {
    return spawn(resolveProgram(program, cwd), args, {
      ...(cwd !== undefined ? { cwd } : {}),
      env: execution.env,
      stdio: 'pipe',
      detached: !IS_WINDOWS,
    });
  } catch (error) {
    throw new ProviderError(`${name} could not be started: ${scrub(errorMessage(error))}`);
  }
}

function cannotRun(execution: CommandExecution, scrub: Scrub): ConfigurationError {
  return new ConfigurationError(
    `input '${COMMAND_INPUTS[execution.operation]}': cannot run '${scrub(programOf(execution.line))}': expected a program on PATH or a path (relative to the working directory) to an executable file`,
  );
}

/**
 * How the child ends: it could not be started, or it exited and its stdout and stderr closed (or
 * {@link STDIO_CLOSE_MS} passed after it exited; they are then destroyed). `dispose` clears the
 * timer once the caller no longer waits.
 */
function outcome(
  child: ChildProcess,
  note: (message: string) => void,
): { outcome: Promise<Outcome>; dispose: () => void } {
  let stdioTimer: NodeJS.Timeout | undefined;
  let disposed = false;
  const ended = new Promise<Outcome>((resolve) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      // Also emitted when a signal cannot be sent to a running process; only a failed spawn has no pid.
      if (child.pid === undefined) resolve({ kind: 'not-started', error });
      else note(errorMessage(error));
    });
    child.once('exit', (code) => {
      if (disposed) return;
      stdioTimer = setTimeout(() => {
        note('exited, but something it started kept its output open; not waiting for it');
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve({ kind: 'exited', code });
      }, STDIO_CLOSE_MS);
    });
    child.once('close', (code) => {
      clearTimeout(stdioTimer);
      resolve({ kind: 'exited', code });
    });
  });
  return {
    outcome: ended,
    dispose: () => {
      disposed = true;
      clearTimeout(stdioTimer);
    },
  };
}

/**
 * SIGTERM to the process group, then SIGKILL to it after `graceMs` unless the process has exited,
 * its stdout and stderr have closed and the group is empty by then.
 * @returns true once the process has exited and its output has closed (everything that held it is
 *   gone), false if that has not happened a second after SIGKILL.
 */
async function stop(child: ChildProcess, closed: Promise<true>, graceMs: number): Promise<boolean> {
  const graceEnds = performance.now() + graceMs;
  signal(child, 'SIGTERM');
  if (await within(closed, graceMs)) {
    // A member that ignored SIGTERM and holds no output stream is only seen in the group.
    while (groupAlive(child)) {
      const left = graceEnds - performance.now();
      if (left <= 0) break;
      await sleep(Math.min(GROUP_POLL_MS, left));
    }
    if (!groupAlive(child)) return true;
  }
  signal(child, 'SIGKILL');
  return within(closed, KILL_WAIT_MS);
}

/**
 * Sends `name` to the child's whole process group (`process.kill(-pid)`,
 * https://nodejs.org/api/process.html#processkillpid-signal); on Windows, where there are no process
 * groups, or when the group cannot be signalled, to the child alone (`child.kill`).
 */
function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (!IS_WINDOWS && child.pid !== undefined) {
    try {
      process.kill(-child.pid, name);
      return;
    } catch {
      // ESRCH: the group is gone (child.kill below is then a no-op); EPERM: reach the child at least.
    }
  }
  child.kill(name);
}

/**
 * Whether any process is left in the child's process group (a zombie, exited but not yet reaped by
 * its parent, counts). Always false on Windows.
 */
function groupAlive(child: ChildProcess): boolean {
  if (IS_WINDOWS || child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lets this process exit while a command that could not be stopped still runs. */
function abandon(child: ChildProcess): void {
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
}

function logAt(execution: CommandExecution, logger: Logger): (line: string) => void {
  return (line) => (execution.loud ? logger.info(line) : logger.debug(line));
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

/**
 * Collects one output stream: its whole text (UTF-8, for the caller) and, until `end`, each line
 * handed to `onLine` as it arrives.
 */
function capture(
  stream: Readable | null,
  onLine: (line: string) => void,
  note: (message: string) => void,
): { text: () => string; end: () => void } {
  const decoder = new StringDecoder('utf8');
  const lines = lineSink(onLine);
  let text = '';
  let complete = false;
  stream?.on('data', (data: Buffer) => {
    if (!complete) text += decoder.write(data);
    lines.write(data);
  });
  stream?.on('error', (error) => note(`reading its output failed: ${errorMessage(error)}`));
  return {
    text: () => {
      if (!complete) text += decoder.end();
      complete = true;
      return text;
    },
    end: lines.end,
  };
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
