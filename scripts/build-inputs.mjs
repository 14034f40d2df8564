// The digest of what dist/ is built from. scripts/build.mjs records it in dist/build-inputs.sha256;
// test/global-setup.ts recomputes it before the tests run and rebuilds dist/ when the two differ, so
// the e2e tests never exercise bundles built from other sources.
//
// The digest covers the content of every file the build reads that a contributor edits: the
// TypeScript under src/ (.ts, .mts, .cts, and .json a module may import), the tsconfig files the
// build uses, package-lock.json (the exact versions of tsc, ncc and every bundled dependency) and the
// two build scripts. It depends on paths relative to the repository root and on bytes only — not on
// where the tree lives, mtimes, file modes or the locale — so a clean clone, a copy of the tree and
// CI all compute the same value as the machine that built the committed dist/.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this script belongs to (an absolute path). */
export const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** Where the build records the digest, relative to the repository root. */
export const DIGEST_FILE = 'dist/build-inputs.sha256';

/** Files outside src/ that the build reads, relative to the repository root. */
const FIXED_INPUTS = [
  'package-lock.json',
  'scripts/build-inputs.mjs',
  'scripts/build.mjs',
  'tsconfig.build.json',
  'tsconfig.json',
];

/** The files under src/ that tsc compiles or may import. */
const SOURCE = /\.(?:[cm]?ts|json)$/;

/**
 * The build's input files under `root`, as `/`-separated paths relative to `root`, sorted by UTF-16
 * code unit (not by locale, so the order is the same on every machine).
 * @param {string} root the repository root (absolute or relative to the working directory)
 * @returns {string[]} e.g. `['package-lock.json', 'scripts/build-inputs.mjs', …, 'src/index.ts', …]`
 * @throws when a fixed input (package-lock.json, a tsconfig, a build script) or src/ is missing
 */
export function buildInputFiles(root = repoRoot) {
  const found = [...FIXED_INPUTS];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE.test(entry.name)) found.push(path);
    }
  };
  walk('src');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The SHA-256 of the build's inputs under `root` (see the module comment): each file contributes its
 * relative path, its length in bytes and its bytes, in {@link buildInputFiles} order.
 * @param {string} root the repository root
 * @returns {string} 64 lowercase hex digits
 * @throws when an input cannot be read (see {@link buildInputFiles})
 */
export function buildInputsDigest(root = repoRoot) {
  const hash = createHash('sha256').update('greenlight build inputs v1\n');
  for (const path of buildInputFiles(root)) {
    const bytes = readFileSync(join(root, path));
    hash.update(`${path}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The digest the last build recorded in {@link DIGEST_FILE} under `root`.
 * @param {string} root the repository root
 * @returns {string | undefined} 64 hex digits, or undefined when the file is missing or malformed
 */
export function recordedDigest(root = repoRoot) {
  let text;
  try {
    text = readFileSync(join(root, DIGEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const digest = text.trim();
  return /^[0-9a-f]{64}$/.test(digest) ? digest : undefined;
}

/**
 * The text the build writes to {@link DIGEST_FILE}: the digest and a newline.
 * @param {string} digest from {@link buildInputsDigest}
 * @returns {string}
 */
export function digestFileText(digest) {
  return `${digest}\n`;
}
