// Typed access to scripts/actionlint.mjs (plain JavaScript run by `node`), so tests lint strings
// with exactly the linter and ignore list the repository runs.

/** One actionlint finding (1-based line/column; `rule` is actionlint's rule kind). */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly rule: string;
}

export interface IgnoreEntry {
  readonly rule: string;
  readonly message: RegExp;
  readonly reason: string;
}

export interface ActionlintRunner {
  readonly IGNORES: readonly IgnoreEntry[];
  readonly WORKFLOW_DIRS: readonly string[];
  lintText(
    text: string,
    file: string,
    ignores?: readonly IgnoreEntry[],
  ): Promise<{ findings: Finding[]; ignored: Finding[] }>;
  lintRepository(root: string): Promise<{ files: string[]; findings: Finding[]; ignored: Finding[] }>;
  discoverWorkflowFiles(root: string): string[];
  formatFinding(finding: Finding): string;
}

// A computed specifier keeps TypeScript from looking for declarations of the .mjs file.
const runnerUrl = new URL('../../scripts/actionlint.mjs', import.meta.url).href;

export async function loadActionlint(): Promise<ActionlintRunner> {
  return (await import(runnerUrl)) as ActionlintRunner;
}
