// Checks third-party `uses:` pins against the verified table in test/workflows/pins.json (copied
// from the project's researched pin list), so a typo'd SHA or a stale `# vX.Y.Z` comment fails.
import { readFileSync } from 'node:fs';
import type { UsesRef } from './yaml-tree.js';

export interface Pin {
  readonly sha: string;
  readonly tag: string;
}

/** `owner/repo` → verified commit and tag. */
export type PinTable = Readonly<Record<string, Pin>>;

export function loadPins(): PinTable {
  return JSON.parse(readFileSync(new URL('./pins.json', import.meta.url), 'utf8')) as PinTable;
}

/**
 * The pin the caller templates (`workflows/`) carry until a Greenlight release commit exists: the
 * all-zero SHA plus a comment telling the user what to put there. Nothing resolves that commit, so
 * a copied template that was never re-pinned fails loudly at its first run instead of silently
 * running something unpinned (a branch or tag). Accepted only in caller templates, and only exactly
 * this: another SHA, another comment or another repository is still checked against pins.json.
 */
export const RELEASE_PIN_PLACEHOLDER = Object.freeze({
  repo: 'greenlight-dev/greenlight',
  sha: '0'.repeat(40),
  comment: 'pin: replace with the Greenlight release commit you trust',
});

/** Whether a repository path (`/`-separated, from the root) is a caller template. */
export function isCallerTemplate(path: string): boolean {
  return path.startsWith('workflows/');
}

/** Whether `ref` is exactly {@link RELEASE_PIN_PLACEHOLDER}: its repository, the zero SHA, the comment. */
export function isReleasePinPlaceholder(ref: UsesRef): boolean {
  const [path = '', sha = ''] = ref.uses.split('@');
  return (
    path.split('/').slice(0, 2).join('/') === RELEASE_PIN_PLACEHOLDER.repo &&
    sha === RELEASE_PIN_PLACEHOLDER.sha &&
    ref.comment === RELEASE_PIN_PLACEHOLDER.comment
  );
}

/** Whether a `uses:` value names a third-party action or workflow (not `./`, `$/` or `docker://`). */
export function isThirdParty(uses: string): boolean {
  return !uses.startsWith('./') && !uses.startsWith('$/') && !uses.startsWith('docker://');
}

/**
 * Problems with the third-party references in `refs`: action not in the table, SHA different from
 * the table's, or a same-line comment other than the table's tag. Empty when every pin matches.
 * With `callerTemplate` (files under `workflows/`), {@link RELEASE_PIN_PLACEHOLDER} is accepted.
 */
export function checkPins(
  refs: readonly UsesRef[],
  table: PinTable,
  options: { readonly callerTemplate?: boolean } = {},
): string[] {
  return refs
    .filter((ref) => isThirdParty(ref.uses))
    .filter((ref) => !(options.callerTemplate === true && isReleasePinPlaceholder(ref)))
    .flatMap((ref) => {
      const [path = '', sha = ''] = ref.uses.split('@');
      const repo = path.split('/').slice(0, 2).join('/');
      const pin = Object.hasOwn(table, repo) ? table[repo] : undefined;
      if (pin === undefined)
        return [`line ${ref.line}: ${repo} is not in pins.json (add it from the verified list)`];
      const problems: string[] = [];
      if (sha !== pin.sha)
        problems.push(`line ${ref.line}: ${path}@${sha} should be @${pin.sha} (${pin.tag})`);
      if (ref.comment !== pin.tag) {
        problems.push(
          `line ${ref.line}: ${path} comment is ${JSON.stringify(ref.comment ?? null)}, expected "${pin.tag}"`,
        );
      }
      return problems;
    });
}
