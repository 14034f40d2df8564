/**
 * `@actions/exec` 3 has no timeout and gives no handle on the process it starts, so on its own a
 * command that hangs could only be abandoned, never stopped. Node publishes every new
 * `ChildProcess` on the built-in `child_process` diagnostics channel
 * (https://nodejs.org/api/diagnostics_channel.html#child_process), synchronously inside `spawn()`.
 * `@actions/exec` reports `exec tool: <path>` to its debug listener just before it spawns; the first
 * process created after that message for that file is the one it started. Catches are serialised
 * across the process so that two commands never wait for their child at the same moment.
 */
import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

const CHANNEL = 'child_process';
const EXEC_TOOL = 'exec tool: ';

/** The tail of the queue of catches; each one waits for the previous one to finish. */
let queue: Promise<void> = Promise.resolve();

/** Watches for the process one `@actions/exec` call starts. */
export interface ChildCatch {
  /** Pass as `listeners.debug` of that call: it arms the catch when exec announces the tool. */
  onDebug(message: string): void;
  /** Resolves with the process once it is created (never resolves if it never is). */
  readonly child: Promise<ChildProcess>;
  /** Stops watching; call when the exec call has settled. Idempotent. */
  done(): void;
}

/**
 * Waits for its turn, then starts watching. Call `done()` when the exec call settles, whether or not
 * the process was caught, so the next catch can begin.
 */
export async function catchChild(): Promise<ChildCatch> {
  let release!: () => void;
  const previous = queue;
  queue = new Promise<void>((resolve) => (release = resolve));
  await previous;

  let toolPath: string | undefined;
  let settled = false;
  let resolveChild!: (child: ChildProcess) => void;
  const child = new Promise<ChildProcess>((resolve) => (resolveChild = resolve));

  const finish = (): void => {
    if (settled) return;
    settled = true;
    unsubscribe(CHANNEL, onProcess);
    release();
  };
  function onProcess(message: unknown): void {
    const candidate = (message as { process?: ChildProcess }).process;
    if (toolPath === undefined || !candidate) return;
    const expected = toolPath;
    // Published from the ChildProcess constructor; spawnfile is set later in the same spawn() call.
    queueMicrotask(() => {
      if (settled || !matches(candidate, expected)) return;
      // @actions/exec ends the child's stdin with our empty input right after spawning it; a command
      // that exits before reading stdin makes that write fail with EPIPE, which would otherwise be an
      // unhandled 'error' event that crashes the action. Nothing is lost: the input was empty.
      candidate.stdin?.on('error', () => {});
      resolveChild(candidate);
      finish();
    });
  }
  subscribe(CHANNEL, onProcess);

  return {
    child,
    onDebug: (message) => {
      if (message.startsWith(EXEC_TOOL)) toolPath = message.slice(EXEC_TOOL.length);
    },
    done: finish,
  };
}

/** Windows runs `.cmd`/`.bat` tools through `cmd.exe`, so any file is accepted for those. */
function matches(child: ChildProcess, toolPath: string): boolean {
  return child.spawnfile === toolPath || /\.(cmd|bat)$/i.test(toolPath);
}
