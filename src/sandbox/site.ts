/**
 * What a READY deployment serves. Two kinds:
 *
 * - a plain static tree (what was uploaded, as is; the sandbox does not build): `/` → `index.html`,
 *   `/a` and `/a/` → `a/index.html` or `a.html`, a missing page → `404.html` with status 404;
 * - a prebuilt Build Output API v3 tree (`.vercel/output/config.json` present): files from
 *   `.vercel/output/static/`, `overrides` applied, routed by `config.json` `routes`
 *   (see build-output.ts).
 */
import type { BlobStore } from './blobs.js';
import { type BuildOutputRoute, parseBuildOutputConfig } from './build-output-config.js';
import type { FileRef } from './static-files.js';
import type { DeploymentRecord } from './types.js';

const OUTPUT = '.vercel/output/';
const STATIC = `${OUTPUT}static/`;

export interface Site {
  kind: 'static' | 'build-output';
  /** Path relative to the served root (no leading slash) → file. */
  files: Map<string, FileRef>;
  routes: BuildOutputRoute[];
  /** Why `config.json` could not be used (then the site answers 500 with this text). */
  configError?: string;
}

export function buildSite(deployment: DeploymentRecord, blobs: BlobStore): Site {
  const config = deployment.files[`${OUTPUT}config.json`];
  if (!config) {
    const files = new Map<string, FileRef>();
    for (const [path, f] of Object.entries(deployment.files)) files.set(path, { path, sha: f.sha });
    return { kind: 'static', files, routes: [] };
  }
  const files = new Map<string, FileRef>();
  for (const [path, f] of Object.entries(deployment.files)) {
    if (path.startsWith(STATIC))
      files.set(path.slice(STATIC.length), { path: path.slice(STATIC.length), sha: f.sha });
  }
  try {
    const parsed = parseBuildOutputConfig(blobs.read(config.sha).toString('utf8'));
    for (const [from, override] of Object.entries(parsed.overrides)) {
      const file = files.get(from);
      if (!file) continue;
      const to = (override.path ?? from).replace(/^\/+/, '');
      files.delete(from);
      files.set(to, { path: from, sha: file.sha, contentType: override.contentType ?? file.contentType });
    }
    return { kind: 'build-output', files, routes: parsed.routes };
  } catch (error) {
    return { kind: 'build-output', files, routes: [], configError: (error as Error).message };
  }
}

/** The file a plain static tree serves for a decoded pathname (`/a/b`), if any. */
export function staticLookup(site: Site, pathname: string): FileRef | undefined {
  const relative = pathname.replace(/^\/+/, '');
  const bare = relative.replace(/\/+$/, '');
  const candidates =
    relative === ''
      ? ['index.html']
      : relative.endsWith('/')
        ? [`${bare}/index.html`, `${bare}.html`]
        : [relative, `${relative}.html`, `${relative}/index.html`];
  for (const candidate of candidates) {
    const file = site.files.get(candidate);
    if (file) return file;
  }
  return undefined;
}

/** The Build Output filesystem check: the exact file, or a directory's `index.html`. */
export function outputLookup(site: Site, pathname: string): FileRef | undefined {
  const relative = pathname.replace(/^\/+/, '');
  const bare = relative.replace(/\/+$/, '');
  const candidates =
    relative === ''
      ? ['index.html']
      : relative.endsWith('/')
        ? [`${bare}/index.html`]
        : [relative, `${relative}/index.html`];
  for (const candidate of candidates) {
    const file = site.files.get(candidate);
    if (file) return file;
  }
  return undefined;
}
