import * as core from '@actions/core';
import type { Logger } from './logger.js';

/** A {@link Logger} that speaks the runner's workflow commands through `@actions/core`. */
export function actionLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
  };
}
