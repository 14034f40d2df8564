/**
 * The runner's cancellation, as an `AbortSignal`. When a workflow run is cancelled or a job times
 * out, the GitHub runner sends the step's process SIGINT, then SIGTERM 7.5 s later, then kills it
 * 2.5 s after that (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow;
 * `ProcessInvoker` in https://github.com/actions/runner). An action that must leave things in order
 * (put production back) listens for the first signal and has those ten seconds to do it.
 */
import type { Logger } from './logger.js';

export interface RunnerCancellation {
  /** Aborts on the first SIGINT or SIGTERM; its reason is an Error `received SIGINT` (or SIGTERM). */
  readonly signal: AbortSignal;
  /** Removes the signal handlers (Node's default, exiting at once, applies again). */
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Installs SIGINT and SIGTERM handlers on this process. The first signal aborts the returned
 * `signal` and logs a warning; every later one is only logged, so that a second signal (the runner's
 * SIGTERM after 7.5 s) does not kill the process while it is still restoring production. Call
 * `dispose` when done; until then Node's default handling (exit at once) is off.
 */
export function watchRunnerCancellation(logger: Logger): RunnerCancellation {
  const controller = new AbortController();
  const onSignal = (received: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      logger.warning(`received ${received} again; still finishing (restoring production first)`);
      return;
    }
    logger.warning(`received ${received}: the run was cancelled or the job timed out; stopping`);
    controller.abort(new Error(`received ${received}`));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of SIGNALS) process.off(name, onSignal);
    },
  };
}
