/**
 * The content key of a deploy: a digest of exactly the files a Vercel deploy of a directory
 * uploads, so that "the same build" can be recognised across re-runs and runs (the deployment's
 * `greenlightContentKey` meta, which the reuse lookup matches).
 *
 * Which files: the ones `@vercel/client` itself collected and hashed for the deploy — its
 * `hashes-calculated` event (vercel/deploy.ts `hashTree`), so the key is computed from the one pass
 * that reads the tree and stays in step with what is uploaded when the client changes its rules. For
 * a static directory that is every file under it except the client's default ignores (`.git`,
 * `.vercel`, `node_modules`, `.env.local`, `.DS_Store` …) and the patterns of a
 * `.vercelignore`/`.nowignore` at its root, plus `.vercel/routes.json` when present; with `prebuilt`,
 * the `.vercel/output` tree (plus the files its functions' `.vc-config.json` `filePathMap` names).
 */
import { createHash } from 'node:crypto';
import { basename, relative, sep } from 'node:path';

/** The deployment meta key that records the content key. */
export const CONTENT_KEY_META = 'greenlightContentKey';

/**
 * Bumped whenever what the digest covers changes, so that old and new keys never match. 2: keys come
 * from the client's hashes, which leave out empty directories (they serve nothing). 3: a built
 * directory is now deployed with the settings that keep Vercel from building it and with its
 * `vercel.json` routing (vercel/vercel-json.ts); a deployment made before, of the same files, may
 * have been built by the project's framework preset.
 */
const SCHEME = 'greenlight-content-key/3';

/** One uploaded entry as the digest sees it. */
export interface ContentEntry {
  /** Path relative to the deployed directory, `/`-separated. */
  path: string;
  /** Bytes: the file's length, or a symlink's target text length. */
  size: number;
  /**
   * Hex sha1 of the file's bytes (the hash Vercel stores files under); `link:<sha1 of the target
   * text>` for a symlink (uploaded as a link, as the client does).
   */
  sha1: string;
}

/**
 * One file as `@vercel/client` hashed it (a value of its `hashes-calculated` payload, keyed by the
 * sha1): the absolute paths with these bytes, the first one's `lstat` mode, and its bytes — or, for a
 * file too large to buffer, its size.
 */
export interface HashedFile {
  names: string[];
  mode?: number;
  data?: Uint8Array;
  size?: number;
}

/** `S_IFMT` and `S_IFLNK` of a POSIX file mode. */
const FILE_TYPE_MASK = 0o170000;
const SYMBOLIC_LINK = 0o120000;

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

/**
 * The content key of the files `@vercel/client` hashed for a deploy of `root`: {@link digestEntries}
 * over one entry per name, paths relative to `root` (a single file deployed on its own keeps its
 * own name). Returns 64 hex characters; the same tree gives the same key in any directory and on any
 * machine, and a changed byte, name or the `prebuilt` flag gives another. Modes (the executable bit)
 * are not part of it, nor are empty directories.
 * @param root absolute path of the deployed directory (or, with `prebuilt`, the root holding
 *   `.vercel/output`).
 * @param hashed the client's `hashes-calculated` payload: hex sha1 → {@link HashedFile}.
 */
export function contentKeyOfHashes(
  root: string,
  hashed: Readonly<Record<string, HashedFile>>,
  prebuilt: boolean,
): string {
  const entries: ContentEntry[] = [];
  for (const [sha1, file] of Object.entries(hashed)) {
    const size = file.data?.byteLength ?? file.size ?? 0;
    const link = file.mode !== undefined && (file.mode & FILE_TYPE_MASK) === SYMBOLIC_LINK;
    for (const name of file.names) {
      const rel = relative(root, name);
      entries.push({
        path: rel === '' ? basename(name) : rel.split(sep).join('/'),
        size,
        sha1: link ? `link:${sha1}` : sha1,
      });
    }
  }
  return digestEntries(entries, prebuilt);
}
