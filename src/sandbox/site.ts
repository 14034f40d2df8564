/**
 * What a READY deployment serves. Every deployment is served as a Build Output API v3 tree, routed
 * by build-output.ts:
 *
 * - a prebuilt tree (`.vercel/output/config.json` present): files from `.vercel/output/static/`,
 *   `overrides` applied, routed by `config.json` `routes`;
 * - a plain upload (the sandbox does not build): the uploaded files as they are, routed the way
 *   Vercel routes a static deployment — its `vercel.json` routing properties (`cleanUrls`,
 *   `trailingSlash`, `redirects`, `rewrites`, `headers`, legacy `routes`; from the create body, else
 *   from the uploaded `vercel.json`) turned into routes by `getTransformedRoutes` from
 *   `@vercel/routing-utils` (what `vercel build` uses; https://vercel.com/docs/project-configuration/vercel-json).
 *   With `cleanUrls` every `.html` file is served without its extension (`about.html` at `/about`,
 *   `index.html` at `/`), as `vercel build` renames them with `overrides`. Without it, `/about` does
 *   not find `about.html` (Vercel's default). `vercel.json` itself is not served. Only the served
 *   root is served: the upload's root, or its `outputDirectory` / `public/` ({@link servedRootOf}).
 */
import {
  cleanUrlsSchema,
  getTransformedRoutes,
  headersSchema,
  redirectsSchema,
  rewritesSchema,
  routesSchema,
  trailingSlashSchema,
} from '@vercel/routing-utils';
import { Ajv, type ValidateFunction } from 'ajv';
import type { BlobStore } from './blobs.js';
import { type BuildOutputRoute, compileRoutes, parseBuildOutputConfig } from './build-output-config.js';
import type { FileRef } from './static-files.js';
import type { DeploymentRecord } from './types.js';

const OUTPUT = '.vercel/output/';
const STATIC = `${OUTPUT}static/`;
const HTML = /\.html$/;

/** The `vercel.json` properties that shape how a plain upload is routed. */
export const ROUTING_PROPERTIES = [
  'cleanUrls',
  'trailingSlash',
  'redirects',
  'rewrites',
  'headers',
  'routes',
];

/** Files of a plain upload that configure the deployment and are not served. */
const CONFIG_FILES = new Set(['vercel.json', 'now.json']);

export interface Site {
  kind: 'static' | 'build-output';
  /** Path relative to the served root (no leading slash) → file. */
  files: Map<string, FileRef>;
  routes: BuildOutputRoute[];
  /** Why the routing could not be used (then the site answers 500 with this text). */
  configError?: string;
}

export function buildSite(deployment: DeploymentRecord, blobs: BlobStore): Site {
  const config = deployment.files[`${OUTPUT}config.json`];
  if (!config) return plainSite(deployment, blobs);
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

/**
 * The routing properties of a plain upload: those of the create body, else those of its uploaded
 * `vercel.json` (property by property).
 * @throws Error with one line when the uploaded `vercel.json` is not a JSON object.
 */
export function routingConfigOf(
  deployment: Pick<DeploymentRecord, 'files' | 'routing'>,
  blobs: BlobStore,
): Record<string, unknown> {
  return {
    ...pick(uploadedVercelJson(deployment, blobs), ROUTING_PROPERTIES),
    ...(deployment.routing ?? {}),
  };
}

/**
 * The uploaded `vercel.json` at the root of a plain upload, or `{}` without one.
 * @throws Error with one line when it is not JSON, or not a JSON object.
 */
function uploadedVercelJson(
  deployment: Pick<DeploymentRecord, 'files'>,
  blobs: BlobStore,
): Record<string, unknown> {
  const uploaded = deployment.files['vercel.json'];
  if (!uploaded) return {};
  let json: unknown;
  try {
    json = JSON.parse(blobs.read(uploaded.sha).toString('utf8'));
  } catch (error) {
    throw new Error(`vercel.json is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('vercel.json must hold a JSON object');
  return json as Record<string, unknown>;
}

/** The properties `keys` of `object` that are set. */
function pick(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]));
}

/** The `vercel.json` properties that override the project's build settings. */
const BUILD_PROPERTIES = ['buildCommand', 'installCommand', 'framework', 'outputDirectory', 'builds'];

/**
 * The build settings a plain upload is built with on Vercel: the create body's `projectSettings`,
 * overridden by its uploaded `vercel.json` (`buildCommand`, `framework`, `outputDirectory`,
 * `builds` …), as `vercel build` applies `vercel.json` over the project's settings. An unreadable
 * `vercel.json` adds nothing (the routing check reports it).
 */
export function buildSettingsOf(
  deployment: Pick<DeploymentRecord, 'files' | 'projectSettings'>,
  blobs: BlobStore,
): Record<string, unknown> {
  let file: Record<string, unknown> = {};
  try {
    file = uploadedVercelJson(deployment, blobs);
  } catch {
    // Reported by the routing check.
  }
  return { ...(deployment.projectSettings ?? {}), ...pick(file, BUILD_PROPERTIES) };
}

/**
 * The directory of a plain upload that Vercel serves, `''` for its root: the `outputDirectory`
 * when the upload has it, else `public/` when it has one — unless `outputDirectory` is `''`
 * (`usedOutputDirectory` in fs-detectors' `detectBuilders`,
 * https://github.com/vercel/vercel/blob/main/packages/fs-detectors/src/detect-builders.ts).
 */
export function servedRootOf(files: Iterable<string>, settings: Record<string, unknown>): string {
  const output = settings.outputDirectory;
  if (output === '') return '';
  const used = `${typeof output === 'string' && output !== '' ? output.replace(/^\.?\/+|\/+$/g, '') : 'public'}/`;
  for (const path of files) if (path.startsWith(used)) return used;
  return '';
}

/** The routing properties' JSON schemas, as @vercel/routing-utils publishes them for `vercel.json`. */
const ROUTING_SCHEMAS: Record<string, object> = {
  cleanUrls: cleanUrlsSchema,
  trailingSlash: trailingSlashSchema,
  redirects: redirectsSchema,
  rewrites: rewritesSchema,
  headers: headersSchema,
  routes: routesSchema,
};
const routingValidators = new Map<string, ValidateFunction>();

/** The first schema error of the routing properties `config` has, one line, or undefined. */
function routingSchemaError(config: Record<string, unknown>): string | undefined {
  const present = Object.keys(ROUTING_SCHEMAS).filter((key) => config[key] !== undefined);
  if (present.length === 0) return undefined;
  const cacheKey = present.join(',');
  let validate = routingValidators.get(cacheKey);
  if (!validate) {
    validate = new Ajv({ strict: false, code: { optimize: false } }).compile({
      type: 'object',
      properties: Object.fromEntries(present.map((key) => [key, ROUTING_SCHEMAS[key]])),
    });
    routingValidators.set(cacheKey, validate);
  }
  if (validate(config)) return undefined;
  const issue = validate.errors?.[0];
  const where = (issue?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  return `${where || 'routing'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * The routes of a plain upload's routing properties, as `vercel build` writes them.
 * @throws Error with one line when they are invalid: a value the library's JSON schemas refuse,
 *   legacy `routes` mixed with the newer properties, or what `getTransformedRoutes` refuses.
 */
export function routesOfConfig(config: Record<string, unknown>): BuildOutputRoute[] {
  const schemaError = routingSchemaError(config);
  if (schemaError !== undefined) throw new Error(schemaError);
  // https://vercel.com/docs/project-configuration/vercel-json#routes: not with the newer properties.
  const mixed = ROUTING_PROPERTIES.filter((key) => key !== 'routes' && config[key] !== undefined);
  if (config.routes !== undefined && mixed.length > 0)
    throw new Error(`routes cannot be used together with ${mixed.join(', ')}`);
  const transformed = getTransformedRoutes(config);
  if (transformed.error) throw new Error(transformed.error.message.replace(/\s+/g, ' ').trim());
  return compileRoutes(transformed.routes ?? []);
}

function plainSite(deployment: DeploymentRecord, blobs: BlobStore): Site {
  const files = new Map<string, FileRef>();
  let config: Record<string, unknown> = {};
  let configError: string | undefined;
  let routes: BuildOutputRoute[] = [];
  try {
    config = routingConfigOf(deployment, blobs);
    routes = routesOfConfig(config);
  } catch (error) {
    configError = (error as Error).message;
  }
  const cleanUrls = config.cleanUrls === true;
  const root = servedRootOf(Object.keys(deployment.files), buildSettingsOf(deployment, blobs));
  for (const [uploaded, f] of Object.entries(deployment.files)) {
    if (CONFIG_FILES.has(uploaded) || !uploaded.startsWith(root)) continue;
    const path = uploaded.slice(root.length);
    const served = cleanUrls && HTML.test(path) ? path.replace(HTML, '') : path;
    files.set(served, {
      path,
      sha: f.sha,
      ...(served !== path ? { contentType: 'text/html; charset=utf-8' } : {}),
    });
  }
  return { kind: 'static', files, routes, ...(configError !== undefined ? { configError } : {}) };
}

/**
 * The Build Output filesystem check: the exact file, or a directory's `index.html` — or its
 * `index`, the name `cleanUrls` overrides give it. A `rewritten` path (a route's `dest`) naming a
 * file by the `.html` name an override took away (a rewrite to `/index.html` with `cleanUrls`)
 * finds it too; a request for that name does not.
 */
export function outputLookup(site: Site, pathname: string, rewritten = false): FileRef | undefined {
  const relative = pathname.replace(/^\/+/, '');
  const bare = relative.replace(/\/+$/, '');
  const directory = bare === '' ? '' : `${bare}/`;
  const candidates = relative.endsWith('/') || relative === '' ? [] : [relative];
  candidates.push(`${directory}index.html`, `${directory}index`);
  for (const candidate of candidates) {
    const file = site.files.get(candidate);
    if (file) return file;
  }
  if (rewritten && HTML.test(relative)) {
    const renamed = site.files.get(relative.replace(HTML, ''));
    if (renamed?.path === relative) return renamed;
  }
  return undefined;
}
