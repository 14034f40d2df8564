import * as core from '@actions/core';
import { type Logger, outermostGroup } from './logger.js';

/**
 * A {@link Logger} that speaks the runner's workflow commands through `@actions/core`; groups are
 * `core.startGroup` / `core.endGroup` (https://github.com/actions/toolkit/tree/main/packages/core#logging).
 */
export function actionLogger(): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: outermostGroup(
      (name) => core.startGroup(name),
      () => core.endGroup(),
    ),
  };
}
