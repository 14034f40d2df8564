/**
 * The environment of a user's command. Every value Greenlight hands over travels in a
 * `GREENLIGHT_*` variable, never in the command line: no quoting or injection is possible, and
 * nothing lands in argv (`/proc/<pid>/cmdline`, process listings).
 */
import type { Logger } from '../../runtime/logger.js';

/**
 * A meta key as an environment-variable suffix: camelCase and separators become upper snake case
 * (`githubCommitSha` → `GITHUB_COMMIT_SHA`, `run-id` → `RUN_ID`, `HTTPPort` → `HTTP_PORT`).
 * Returns `''` when nothing usable is left.
 */
export function metaEnvKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/**
 * `GREENLIGHT_META_<KEY>` for each meta entry. Two keys that map to the same name keep the first
 * and warn; a key with no letters or digits is skipped with a warning.
 */
export function metaEnv(meta: Record<string, string>, logger: Logger): Record<string, string> {
  const out: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    const suffix = metaEnvKey(key);
    if (!suffix) {
      logger.warning(`meta key '${key}' has no letters or digits; not passed to the command`);
      continue;
    }
    const name = `GREENLIGHT_META_${suffix}`;
    if (name in out) {
      logger.warning(`meta keys '${from[name]}' and '${key}' both map to ${name}; '${key}' is not passed`);
      continue;
    }
    out[name] = value;
    from[name] = key;
  }
  return out;
}

/**
 * The full environment of a command: `base` (the process environment by default) without unset
 * values, without stale `GREENLIGHT_*` variables and without the action's own inputs (`INPUT_*`,
 * which can hold other secrets the command has no business seeing), then `vars` on top.
 */
export function commandEnv(
  base: Record<string, string | undefined>,
  vars: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    const upper = name.toUpperCase();
    if (upper.startsWith('GREENLIGHT_') || upper.startsWith('INPUT_')) continue;
    env[name] = value;
  }
  return { ...env, ...vars };
}
