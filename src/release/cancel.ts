/**
 * Cancellation helpers for the release path. When a workflow run is cancelled or a job times out,
 * the GitHub runner sends the step's process SIGINT, then SIGTERM 7.5 s later, then kills it 2.5 s
 * after that (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow,
 * and `ProcessInvoker` in https://github.com/actions/runner). The action entry turns those signals
 * into an `AbortSignal`; these helpers let a stage stop waiting at once and bound what follows.
 */
import type { Clock } from '../runtime/clock.js';
import { StageCancelled } from './stages.js';

/** One line saying why `signal` aborted: its reason's message (e.g. `received SIGINT`), or `cancelled`. */
export function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.message) return reason.message;
  if (typeof reason === 'string' && reason) return reason;
  return 'cancelled';
}

/**
 * Starts `start()` and settles as its promise does, unless `signal` aborts first: then rejects at
 * once with {@link StageCancelled} (message: {@link abortReason}). When `signal` has already aborted,
 * `start` is not called. The work itself is not stopped; whoever needs its late outcome keeps its own
 * reference. Without a signal this is `start()`.
 */
export function untilAborted<T>(signal: AbortSignal | undefined, start: () => Promise<T>): Promise<T> {
  if (!signal) return start();
  if (signal.aborted) return Promise.reject(new StageCancelled(abortReason(signal)));
  const work = start();
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new StageCancelled(abortReason(signal)));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/**
 * Settles as `work` does, but once `signal` has aborted, waits at most `graceMs()` more (ms on
 * `clock`, asked at the moment of the abort, or at once when it already aborted) and then resolves
 * with `fallback()` instead. Used to keep a rollback inside the runner's budget after a cancel.
 * Without a signal this is `work`.
 */
export function boundAfterAbort<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  graceMs: () => number,
  clock: Clock,
  fallback: () => T,
): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const stopTimer = new AbortController();
    const onAbort = (): void => {
      clock.sleep(Math.max(0, graceMs()), stopTimer.signal).then(
        () => resolve(fallback()),
        () => {},
      );
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => {
      stopTimer.abort();
      signal.removeEventListener('abort', onAbort);
    };
    work.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error as Error);
      },
    );
  });
}

/**
 * Waits until `work` settles or `ms` pass on `clock`, whichever is first; never rejects (a cancelled
 * promote is given a moment to land before the rollback reads production).
 */
export async function settleWithin(work: Promise<unknown>, ms: number, clock: Clock): Promise<void> {
  const stopTimer = new AbortController();
  try {
    await Promise.race([
      work.then(
        () => undefined,
        () => undefined,
      ),
      clock.sleep(Math.max(0, ms), stopTimer.signal).catch(() => undefined),
    ]);
  } finally {
    stopTimer.abort();
  }
}
