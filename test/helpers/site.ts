/**
 * Static sites for deploy tests: a small tree whose pages carry a version marker.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (relative path → content) under a fresh temp dir; returns the dir. */
export async function writeTree(
  files: Record<string, string | Buffer>,
  prefix = 'gl-site-',
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** A site whose `/` says `version <v>` and whose `/api/health.json` reports it. */
export function versionedSite(version: string): Promise<string> {
  return writeTree({
    'index.html': `<!doctype html><title>Shop</title><p>version ${version}</p>`,
    'about/index.html': `<p>about ${version}</p>`,
    'api/health.json': JSON.stringify({ status: 'ok', version }),
    '404.html': '<p>not here</p>',
    [`assets/app-${version}.js`]: `console.log(${JSON.stringify(version)})`,
  });
}
