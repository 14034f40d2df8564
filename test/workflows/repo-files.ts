// The repository's real workflow and action metadata files, discovered on disk when a test runs
// (whichever exist: later issues add reusable workflows, caller templates and actions).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileKind } from './yaml-tree.js';

/** Absolute path of the repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface RepoFile {
  /** `/`-separated path relative to the repository root. */
  readonly path: string;
  readonly kind: FileKind;
  readonly text: string;
}

const yamlIn = (dir: string): string[] =>
  existsSync(join(repoRoot, dir))
    ? readdirSync(join(repoRoot, dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => `${dir}/${name}`)
    : [];

const actionIn = (dir: string): string[] =>
  ['action.yml', 'action.yaml']
    .map((name) => (dir === '' ? name : `${dir}/${name}`))
    .filter((p) => existsSync(join(repoRoot, p)));

/**
 * `.github/workflows/*.y{a,}ml` and `workflows/*.y{a,}ml` (kind `workflow`), the root `action.yml`
 * and `actions/<name>/action.yml` (kind `action`), sorted by path.
 */
export function repoFiles(): RepoFile[] {
  const actionDirs = existsSync(join(repoRoot, 'actions'))
    ? readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `actions/${entry.name}`)
    : [];
  const workflows = [...yamlIn('.github/workflows'), ...yamlIn('workflows')].map((path) => ({
    path,
    kind: 'workflow' as const,
  }));
  const actions = ['', ...actionDirs].flatMap(actionIn).map((path) => ({ path, kind: 'action' as const }));
  return [...workflows, ...actions]
    .map((file) => ({ ...file, text: readFileSync(join(repoRoot, file.path), 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
