/**
 * What a deploy of a built directory tells Vercel besides its files, so that Vercel serves the
 * files as they are — the way `vercel deploy <dir>` does with a `vercel.json` in that directory.
 *
 * - **No build on Vercel.** A project with a framework preset (Vite, Next.js …) runs the preset's
 *   install and build on whatever is uploaded, unless the deployment's `projectSettings` say
 *   otherwise. The official CLI sends the `vercel.json` overrides (`framework`, `buildCommand`,
 *   `outputDirectory` …) as `projectSettings` on every deploy; Greenlight sends
 *   `{framework: null, buildCommand: "", installCommand: "", outputDirectory: ""}`: no framework
 *   ("When `null` is used no framework is selected",
 *   https://vercel.com/docs/rest-api/reference/endpoints/deployments/create-a-new-deployment), and an
 *   empty build command or output directory makes the frontend static, served from the root
 *   (`makeFrontendStatic` in
 *   https://github.com/vercel/vercel/blob/main/packages/fs-detectors/src/detect-builders.ts).
 * - **Routing from `vercel.json`.** Its `cleanUrls`, `trailingSlash`, `redirects`, `rewrites`,
 *   `headers` (and legacy `routes`) go in the create body, as the CLI spreads `vercel.json` into it
 *   (https://vercel.com/docs/project-configuration/vercel-json). They are checked first with
 *   `getTransformedRoutes` from `@vercel/routing-utils`, the library Vercel's CLI uses to turn them
 *   into routes, so an invalid file is refused before anything is sent.
 */
import { access, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import type { RawRoute } from './routing.js';

/** The `vercel.json` properties that shape routing, sent in the create body. */
const ROUTING_PROPERTIES = ['cleanUrls', 'trailingSlash', 'redirects', 'rewrites', 'headers', 'routes'];

/**
 * `vercel.json` properties that override the project's build settings when Vercel builds the
 * upload (`vercel build` applies them over the project settings, as the uploaded `vercel.json` is
 * among the files), with the value that keeps a built directory unbuilt. Any other value would
 * have Vercel build the files, or skip the deployment (`ignoreCommand`), so it is refused.
 */
const BUILD_OVERRIDES: Record<string, (value: unknown) => boolean> = {
  builds: () => false,
  buildCommand: (value) => value === '' || value === null,
  installCommand: (value) => value === '' || value === null,
  framework: (value) => value === null,
  outputDirectory: (value) => value === '' || value === null,
  ignoreCommand: (value) => value === '' || value === null,
};

/** Properties that configure functions or the project, with no effect on a directory of built files. */
const IGNORED_PROPERTIES = ['devCommand', 'functions', 'crons', 'regions'];

/**
 * The `projectSettings` of a deploy of built files: no framework, no install, no build, served
 * from the upload's root (`rootDirectory: null` is "the project root",
 * https://vercel.com/docs/rest-api/reference/endpoints/deployments/create-a-new-deployment).
 */
export const AS_BUILT_PROJECT_SETTINGS = {
  framework: null,
  buildCommand: '',
  installCommand: '',
  outputDirectory: '',
  // A project's Root Directory (`apps/web` in a monorepo) would be looked for inside the upload.
  rootDirectory: null,
} as const;

export interface StaticDeploymentSettings {
  /** Fields for the `POST /v13/deployments` body: `projectSettings` and the routing properties. */
  body: Record<string, unknown>;
  /** One line per `vercel.json` property that has no effect on a deploy of built files. */
  warnings: string[];
  /** Whether the directory is a source tree (it holds a `package.json`) that Vercel builds. */
  source: boolean;
  /** The routes Vercel makes of the `vercel.json` routing (Build Output route objects); [] without one. */
  routes: RawRoute[];
}

/**
 * The create-body fields of a deploy of the built directory `path` (see the module comment).
 * Prebuilt deploys carry their routing in `.vercel/output/config.json`: nothing is added for them.
 * A directory holding a `package.json` is a source tree: Vercel builds it with the project's
 * settings, so no `projectSettings` are sent (its `vercel.json` routing still is).
 * @param path the deployed directory (absolute or relative to the working directory).
 * @throws ConfigurationError naming `path`/vercel.json when it is not a JSON object, its routing
 *   is invalid (a value of the wrong type, a bad pattern …), or it would have Vercel build the
 *   built files (`buildCommand`, `framework`, `builds` …); nothing has been sent.
 */
export async function staticDeploymentSettings(
  path: string,
  prebuilt: boolean,
): Promise<StaticDeploymentSettings> {
  // A deploy checks before its first request and reads again to send: the same files give the
  // same answer without reading vercel.json and compiling its schemas (tens of ms) again.
  const key = `${String(prebuilt)}:${resolve(path)}:${await fileStamp(join(path, 'vercel.json'))}:${await fileStamp(join(path, 'package.json'))}`;
  let settings = readSettings.get(key);
  if (!settings) {
    settings = settingsOf(path, prebuilt);
    readSettings.set(key, settings);
    settings.catch(() => readSettings.delete(key));
  }
  return settings;
}

const readSettings = new Map<string, Promise<StaticDeploymentSettings>>();

/** `<mtime ms>/<size>` of a file, or `-` when it cannot be read (then nothing is cached for long). */
async function fileStamp(file: string): Promise<string> {
  return stat(file).then(
    (found) => `${found.mtimeMs}/${found.size}`,
    () => '-',
  );
}

async function settingsOf(path: string, prebuilt: boolean): Promise<StaticDeploymentSettings> {
  if (prebuilt) return { body: {}, warnings: [], source: false, routes: [] };
  const source = await exists(join(path, 'package.json'));
  const settings = source ? {} : { projectSettings: { ...AS_BUILT_PROJECT_SETTINGS } };
  let text: string;
  try {
    text = await readFile(join(path, 'vercel.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { body: settings, warnings: [], source, routes: [] };
    throw new ConfigurationError(`input 'path': cannot read vercel.json: ${errorMessage(error)}`);
  }
  const config = parseVercelJson(text);
  const routing: Record<string, unknown> = {};
  for (const key of ROUTING_PROPERTIES) if (config[key] !== undefined) routing[key] = config[key];
  const { routesOfVercelJson } = await import('./routing.js');
  const transformed = routesOfVercelJson(routing);
  if (transformed.error !== undefined)
    throw new ConfigurationError(`input 'path': vercel.json: ${transformed.error}`);
  const routes = transformed.routes;
  if (source) return { body: { ...settings, ...routing }, warnings: [], source, routes };
  for (const [key, keepsBuilt] of Object.entries(BUILD_OVERRIDES)) {
    if (config[key] !== undefined && !keepsBuilt(config[key]))
      throw new ConfigurationError(
        `input 'path': vercel.json "${key}" would have Vercel build the deployed files; remove it from the built directory's vercel.json, or deploy a \`vercel build\` tree with prebuilt`,
      );
  }
  const warnings = IGNORED_PROPERTIES.filter((key) => config[key] !== undefined).map(
    (key) =>
      `vercel.json "${key}" has no effect: Greenlight deploys the directory as built (use prebuilt for functions)`,
  );
  return { body: { ...settings, ...routing }, warnings, source, routes };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function parseVercelJson(text: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`input 'path': vercel.json is not valid JSON: ${errorMessage(error)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ConfigurationError(`input 'path': vercel.json must hold a JSON object`);
  return json as Record<string, unknown>;
}
