/**
 * Size budgets: the files each budget's glob matches, measured, and compared with the budget and
 * with the base branch's sizes.
 */
import { create } from '@actions/glob';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { SizeBudget } from './limits.js';

export interface FileSize {
  /** Path relative to the repository root, `/`-separated. */
  file: string;
  /** Bytes. */
  bytes: number;
  budget: SizeBudget;
  /** Bytes on the base branch, when a base report lists the file. */
  baseBytes?: number;
}

/** The sizes a size gate records (`{"files": {"<path>": bytes}}`), read back as a base report. */
export interface SizeReport {
  files: Record<string, number>;
}

/** Whether `text` is a size report this gate wrote. */
export function isSizeReport(value: unknown): value is SizeReport {
  if (!value || typeof value !== 'object') return false;
  const files = (value as { files?: unknown }).files;
  return (
    !!files &&
    typeof files === 'object' &&
    Object.values(files as Record<string, unknown>).every((bytes) => typeof bytes === 'number')
  );
}

/**
 * Measures every file each budget matches (globs relative to `cwd`, in `@actions/glob` syntax:
 * https://github.com/actions/toolkit/tree/main/packages/glob#patterns). A file matched by several
 * budgets is measured against each.
 * @returns one entry per (budget, file), in budget order then path order; `unmatched` lists the
 *   globs that matched no file.
 */
export async function measureSizes(
  budgets: readonly SizeBudget[],
  cwd: string,
  root: string,
  base?: SizeReport,
): Promise<{ sizes: FileSize[]; unmatched: string[] }> {
  const sizes: FileSize[] = [];
  const unmatched: string[] = [];
  for (const budget of budgets) {
    const pattern = isAbsolute(budget.glob) ? budget.glob : join(cwd, budget.glob);
    const globber = await create(pattern, { matchDirectories: false, implicitDescendants: false });
    const files = (await globber.glob()).sort();
    if (files.length === 0) unmatched.push(budget.glob);
    for (const path of files) {
      const file = relative(root, path).split(sep).join('/');
      const bytes = (await stat(path)).size;
      const baseBytes = base?.files[file];
      sizes.push({ file, bytes, budget, ...(baseBytes !== undefined ? { baseBytes } : {}) });
    }
  }
  return { sizes, unmatched };
}
