/**
 * The shape of a deploy's `path` input: an existing directory inside the job's workspace (after
 * symlinks are resolved), holding a Build Output API tree when the deploy is prebuilt. Checked
 * while the inputs are read, before any request.
 */
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../runtime/errors.js';
import { quoteValue, showValue } from './parse.js';

export interface DeployPathOptions {
  /** The step's environment; `GITHUB_WORKSPACE` is the workspace, else `cwd`. */
  env: Record<string, string | undefined>;
  /** The directory a relative `path` is resolved against, and the workspace without GITHUB_WORKSPACE. */
  cwd?: string;
  /** The `allow-outside-workspace` input: any directory will do. */
  allowOutsideWorkspace: boolean;
  /** With `true`, the directory must hold `.vercel/output/` (a Build Output API tree). */
  requireBuildOutput: boolean;
}

/** `child` is `parent` or below it (both absolute, symlinks already resolved). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Resolves the `path` input of deploy and release to the real (symlink-free) absolute directory to
 * deploy.
 * @param raw the input as given, absolute or relative to `cwd`.
 * @returns the real path of the directory.
 * @throws ConfigurationError naming input 'path' (and quoting it, escaped to one line) when it does
 *   not exist, is not a directory, lies outside the workspace (unless `allowOutsideWorkspace`), or
 *   lacks `.vercel/output/` when `requireBuildOutput`.
 */
export function resolveDeployPath(raw: string, o: DeployPathOptions): string {
  const cwd = o.cwd ?? process.cwd();
  const shown = showValue(raw);
  let real: string;
  try {
    real = realpathSync(resolve(cwd, raw));
  } catch {
    throw new ConfigurationError(`input 'path': expected an existing directory, got ${shown} (not found)`);
  }
  if (!statSync(real).isDirectory()) {
    throw new ConfigurationError(`input 'path': expected a directory, got ${shown} (not a directory)`);
  }
  const inside = o.allowOutsideWorkspace ? undefined : workspaceOf(o.env, cwd);
  if (inside !== undefined && !isWithin(inside, real)) {
    throw new ConfigurationError(
      `input 'path': expected a directory inside the workspace ${quoteValue(inside)} (or allow-outside-workspace: true), got ${shown}`,
    );
  }
  if (o.requireBuildOutput) {
    let output: string | undefined;
    try {
      output = realpathSync(join(real, '.vercel', 'output'));
    } catch {
      output = undefined;
    }
    if (output === undefined || !statSync(output).isDirectory()) {
      throw new ConfigurationError(
        `input 'path': expected a directory holding .vercel/output (prebuilt is true; run vercel build first), got ${shown}`,
      );
    }
    if (inside !== undefined && !isWithin(inside, output)) {
      throw new ConfigurationError(
        `input 'path': expected .vercel/output inside the workspace ${quoteValue(inside)} (or allow-outside-workspace: true), got ${shown} whose .vercel/output links outside it`,
      );
    }
  }
  return real;
}

/** The real path of the workspace: `GITHUB_WORKSPACE`, else `cwd`. */
function workspaceOf(env: Record<string, string | undefined>, cwd: string): string {
  const given = env.GITHUB_WORKSPACE?.trim() || undefined;
  try {
    return realpathSync(resolve(cwd, given ?? '.'));
  } catch {
    throw new ConfigurationError(
      `input 'path': expected the workspace ${quoteValue(given ?? cwd)} (GITHUB_WORKSPACE) to exist`,
    );
  }
}
