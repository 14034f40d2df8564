/**
 * The content key of a deploy: a digest of exactly the files a Vercel deploy of `path` uploads, so
 * that "the same build" can be recognised across re-runs and runs (the deployment's
 * `greenlightContentKey` meta, which the reuse lookup matches).
 *
 * Which files: the rule `@vercel/client` itself applies, by calling its exported `buildFileTree`
 * with the options vercel/deploy.ts passes to `createDeployment` — for a static directory, every
 * file under `path` except the client's default ignores (`.git`, `.vercel`, `node_modules`,
 * `.env.local`, `.DS_Store` …) and the patterns of a `.vercelignore`/`.nowignore` at its root, plus
 * `.vercel/routes.json` when present; with `prebuilt`, the `.vercel/output` tree (plus the files its
 * functions' `.vc-config.json` `filePathMap` names). Asking the client instead of copying its list
 * keeps the key in step with what is uploaded when the client changes its rules.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readFile, readlink } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { ConfigurationError, errorMessage } from '../runtime/errors.js';

/** The deployment meta key that records the content key. */
export const CONTENT_KEY_META = 'greenlightContentKey';

/** Bumped whenever what the digest covers changes, so that old and new keys never match. */
const SCHEME = 'greenlight-content-key/1';
/** Files read at once. */
const READ_CONCURRENCY = 32;

/** One uploaded entry as the digest sees it. */
export interface ContentEntry {
  /** Path relative to the deployed directory, `/`-separated (a directory ends in `/`). */
  path: string;
  /** Bytes: the file's length, a symlink's target text length, 0 for an (empty) directory. */
  size: number;
  /**
   * Hex sha1 of the file's bytes (the hash Vercel stores files under); `link:<sha1 of the target
   * text>` for a symlink (uploaded as a link, as the client does); `dir` for an empty directory
   * (the client sends those as entries of their own).
   */
  sha1: string;
}

/**
 * The key of a list of entries: hex sha256 (64 characters) over the scheme, the `prebuilt` flag and
 * one JSON line `[path, size, sha1]` per entry in code-unit order of `path` — independent of the
 * order given, the directory's location and the machine.
 */
export function digestEntries(entries: readonly ContentEntry[], prebuilt: boolean): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const digest = createHash('sha256');
  digest.update(`${SCHEME}\nprebuilt=${prebuilt}\n`);
  for (const entry of sorted) digest.update(`${JSON.stringify([entry.path, entry.size, entry.sha1])}\n`);
  return digest.digest('hex');
}

/** Files up to this size are read whole (one read is much cheaper than a stream); larger ones stream. */
const READ_WHOLE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * sha1 and length of a file of `statSize` bytes: read whole when small, else as a stream (large
 * files never sit in memory whole).
 */
async function hashFile(file: string, statSize: number): Promise<{ sha1: string; size: number }> {
  if (statSize <= READ_WHOLE_MAX_BYTES) {
    const bytes = await readFile(file);
    return { sha1: createHash('sha1').update(bytes).digest('hex'), size: bytes.byteLength };
  }
  const digest = createHash('sha1');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    size += bytes.byteLength;
    digest.update(bytes);
  }
  return { sha1: digest.digest('hex'), size };
}

/** The entry of one listed path (`name` is its `/`-separated relative path). */
async function entryOf(file: string, name: string): Promise<ContentEntry> {
  const stat = await lstat(file);
  if (stat.isDirectory()) return { path: `${name}/`, size: 0, sha1: 'dir' };
  if (stat.isSymbolicLink()) {
    const target = Buffer.from(await readlink(file), 'utf8');
    return {
      path: name,
      size: target.byteLength,
      sha1: `link:${createHash('sha1').update(target).digest('hex')}`,
    };
  }
  return { path: name, ...(await hashFile(file, stat.size)) };
}

/**
 * The absolute paths `@vercel/client` would upload for `path` (see the module comment).
 * @throws ConfigurationError when `path` does not exist or its ignore files conflict.
 */
export async function uploadedFiles(path: string, prebuilt: boolean): Promise<string[]> {
  const isDirectory = await lstat(path).then(
    (stat) => stat.isDirectory(),
    (error: unknown) => {
      throw new ConfigurationError(`input 'path': cannot read ${path}: ${errorMessage(error)}`);
    },
  );
  // Loaded here, not at start-up: only a deploy (and its reuse lookup) lists the files.
  const { buildFileTree } = await import('./vercel/client.js');
  try {
    const { fileList } = await buildFileTree(
      path,
      { isDirectory, prebuilt, ...(prebuilt ? { vercelOutputDir: join(path, '.vercel', 'output') } : {}) },
      () => {},
    );
    return [...new Set(fileList)];
  } catch (error) {
    // E.g. CONFLICTING_IGNORE_FILES: both a .vercelignore and a .nowignore.
    throw new ConfigurationError(`input 'path': ${errorMessage(error)}`);
  }
}

/**
 * The content key of what a Vercel deploy of `path` uploads: {@link digestEntries} over
 * {@link uploadedFiles}, every file read as a stream, {@link READ_CONCURRENCY} at once. Returns 64
 * hex characters; the same tree gives the same key in any directory and on any machine, and a
 * changed byte, name or the `prebuilt` flag gives another. Modes (the executable bit) are not part
 * of it.
 * @param path absolute path of the deployed directory (or, with `prebuilt`, the root holding
 *   `.vercel/output`).
 * @throws ConfigurationError when `path` does not exist or its ignore files conflict; the file
 *   system's own error when a listed file cannot be read.
 */
export async function contentKey(path: string, prebuilt: boolean): Promise<string> {
  const files = await uploadedFiles(path, prebuilt);
  const limit = pLimit(READ_CONCURRENCY);
  const entries = await Promise.all(
    files.map((file) =>
      limit(() => {
        const rel = relative(path, file);
        // A single file (not a directory) is uploaded under its own name.
        const name = rel === '' ? basename(file) : rel.split(sep).join('/');
        return entryOf(file, name);
      }),
    ),
  );
  return digestEntries(entries, prebuilt);
}
