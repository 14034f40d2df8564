/**
 * A non-idempotent write (create a deployment, post a status) that is repeated only after reading
 * back that the failed attempt left nothing behind (no duplicate deployment or status; see
 * docs/security.md, "Threats and what holds them"). The
 * HttpClient never repeats such a POST after an answer it cannot interpret (5xx, timeout, reset);
 * this does, safely, a bounded number of times.
 */
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import { GitHubError } from './errors.js';

export interface WriteOnce<T> {
  /** For log lines: `create the production deployment of abc1234`. */
  what: string;
  send: () => Promise<T>;
  /** What the write would have produced, if it already exists; `undefined` otherwise. */
  readBack: () => Promise<T | undefined>;
  /** Sends at most (default 3). */
  attempts: number;
  /** Wait before each read-back, ms. */
  delayMs: number;
  /** Absolute, ms on `clock`: no read-back or repeat starts after it. */
  deadline: number;
  clock: Clock;
  logger: Logger;
}

/**
 * Sends the write; when it fails ambiguously ({@link GitHubError.ambiguous}), waits `delayMs`,
 * reads back, returns what it finds, else sends again.
 * @throws the write's error when it is not ambiguous, when attempts or time run out, or the
 *   read-back's own error
 */
export async function writeOnce<T>(operation: WriteOnce<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation.send();
    } catch (error) {
      if (!(error instanceof GitHubError) || !error.ambiguous) throw error;
      if (operation.clock.now() + operation.delayMs >= operation.deadline) throw error;
      operation.logger.warning(
        `${error.message}; checking whether GitHub did ${operation.what} before trying again`,
      );
      await operation.clock.sleep(operation.delayMs);
      const found = await operation.readBack();
      if (found !== undefined) {
        operation.logger.info(`GitHub did ${operation.what} despite the error; not repeating it`);
        return found;
      }
      if (attempt >= operation.attempts) throw error;
    }
  }
}
