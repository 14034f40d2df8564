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

/** Whether a `uses:` value names a third-party action or workflow (not `./`, `$/` or `docker://`). */
export function isThirdParty(uses: string): boolean {
  return !uses.startsWith('./') && !uses.startsWith('$/') && !uses.startsWith('docker://');
}

/**
 * Problems with the third-party references in `refs`: action not in the table, SHA different from
 * the table's, or a same-line comment other than the table's tag. Empty when every pin matches.
 */
export function checkPins(refs: readonly UsesRef[], table: PinTable): string[] {
  return refs
    .filter((ref) => isThirdParty(ref.uses))
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
