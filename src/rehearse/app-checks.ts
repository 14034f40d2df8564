/**
 * The smoke checks `greenlight rehearse --dir` runs when not given `--checks`, derived from the app:
 * the home page answers 2xx, and a path no app has answers 404 — unless the app rewrites it (a
 * single-page app's catch-all rewrite to `/index.html`), in which case that path must answer 200.
 *
 * The app's routes are read the way Vercel reads them: `routes` of `.vercel/output/config.json` for
 * a prebuilt tree (https://vercel.com/docs/build-output-api/v3/configuration#routes), otherwise the
 * routing properties of `vercel.json` turned into routes by `getTransformedRoutes` from
 * `@vercel/routing-utils` (https://vercel.com/docs/project-configuration/vercel-json#rewrites).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { staticDeploymentSettings } from '../deploy/vercel/vercel-json.js';

/** A path no app serves, probed by the default checks. */
export const MISSING_PATH = '/__greenlight_rehearsal_missing__';

interface RawRoute {
  src?: unknown;
  dest?: unknown;
  status?: unknown;
  has?: unknown;
  missing?: unknown;
  caseSensitive?: unknown;
}

/** The app's routes (raw Build Output route objects); empty when it has none or they cannot be read. */
async function routesOf(dir: string, prebuilt: boolean): Promise<RawRoute[]> {
  if (!prebuilt) {
    // The routes deploy makes of the directory's vercel.json; a file deploy refuses has none here.
    const settings = await staticDeploymentSettings(dir, false).catch(() => undefined);
    return (settings?.routes ?? []) as RawRoute[];
  }
  try {
    const config = JSON.parse(await readFile(join(dir, '.vercel', 'output', 'config.json'), 'utf8')) as {
      routes?: unknown;
    } | null;
    return Array.isArray(config?.routes) ? (config.routes as RawRoute[]) : [];
  } catch {
    return [];
  }
}

/**
 * Whether an unconditional rewrite (a route with `dest` and no error or redirect status) catches
 * `path` — what a single-page app's `{"source": "/(.*)", "destination": "/index.html"}` does.
 */
export async function rewritesPath(dir: string, prebuilt: boolean, path: string): Promise<boolean> {
  for (const route of await routesOf(dir, prebuilt)) {
    if (typeof route.src !== 'string' || typeof route.dest !== 'string') continue;
    if (typeof route.status === 'number' && route.status >= 300) continue;
    if (Array.isArray(route.has) && route.has.length > 0) continue;
    if (Array.isArray(route.missing) && route.missing.length > 0) continue;
    let pattern = route.src.replace(/\(\?P<([A-Za-z_]\w*)>/g, '(?<$1>');
    if (!pattern.startsWith('^')) pattern = `^${pattern}`;
    if (!pattern.endsWith('$')) pattern = `${pattern}$`;
    try {
      if (new RegExp(pattern, route.caseSensitive === true ? '' : 'i').test(path)) return true;
    } catch {
      // A pattern JavaScript cannot compile says nothing about this path.
    }
  }
  return false;
}

/**
 * The default smoke checks of an app in `dir` (see the module comment), in the smoke-test format
 * (docs/smoke-test.md): `[{name, path, expect?}]`.
 */
export async function defaultAppChecks(dir: string, prebuilt: boolean): Promise<unknown[]> {
  const home = { name: 'home', path: '/' };
  if (await rewritesPath(dir, prebuilt, MISSING_PATH))
    return [home, { name: 'deep link (rewritten by the app)', path: MISSING_PATH, expect: { status: 200 } }];
  return [home, { name: 'missing page', path: MISSING_PATH, expect: { status: 404 } }];
}
