import { renameSync, writeFileSync } from 'node:fs';
import { randomId } from './ids.js';

/**
 * Writes `data` to `path` atomically: first to a temp file beside it, then a rename, so a reader
 * (or a restart after a crash) sees either the old content or the new one, never half of it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = `${path}.tmp-${randomId(8)}`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}
