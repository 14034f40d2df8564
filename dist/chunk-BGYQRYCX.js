import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  GitHubError
} from "./chunk-PQDK4F2P.js";

// lib/github/write-once.js
async function writeOnce(operation) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation.send();
    } catch (error) {
      if (!(error instanceof GitHubError) || !error.ambiguous)
        throw error;
      if (operation.clock.now() + operation.delayMs >= operation.deadline)
        throw error;
      operation.logger.warning(`${error.message}; checking whether GitHub did ${operation.what} before trying again`);
      await operation.clock.sleep(operation.delayMs);
      const found = await operation.readBack();
      if (found !== void 0) {
        operation.logger.info(`GitHub did ${operation.what} despite the error; not repeating it`);
        return found;
      }
      if (attempt >= operation.attempts)
        throw error;
    }
  }
}

export {
  writeOnce
};
