/**
 * `POST /v13/deployments`: validates the body the way the API does, runs the `missing_files`
 * handshake @vercel/client expects (HTTP 400 `{"error":{"code":"missing_files","missing":[sha…]}}`,
 * then the same request again after the uploads), binds the deployment's origin and starts its
 * build. Source: https://vercel.com/docs/rest-api/deployments/create-a-new-deployment and
 * docs/sandbox.md.
 */
import { BlobStore } from '../blobs.js';
import { newId } from '../ids.js';
import { findDeployment, type SandboxServices } from '../services.js';
import { buildSettingsOf, ROUTING_PROPERTIES, routesOfConfig, routingConfigOf } from '../site.js';
import {
  type DeploymentFile,
  type DeploymentRecord,
  PROJECT_ID,
  PROJECT_NAME,
  STAGING_ENVIRONMENT_ID,
} from '../types.js';
import { deploymentJson } from '../views.js';
import { ApiError, type Reply, reply, readJsonObject, type RouteContext } from './http-io.js';

const REGULAR_FILE_MODE = 0o100644;

function bad(message: string): never {
  throw new ApiError(400, 'bad_request', message);
}

export async function createDeployment(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  const body = await readJsonObject(ctx.req);
  const project = body.project;
  if (project !== undefined && project !== PROJECT_ID && project !== PROJECT_NAME)
    throw new ApiError(
      404,
      'not_found',
      `Project "${String(project)}" was not found (the sandbox hosts only ${PROJECT_NAME} / ${PROJECT_ID})`,
    );
  if (body.name !== undefined && typeof body.name !== 'string') bad('`name` must be a string');
  const source = body.deploymentId === undefined ? undefined : redeploySource(services, body.deploymentId);
  const name =
    (body.name as string | undefined) ?? source?.name ?? (project !== undefined ? PROJECT_NAME : undefined);
  if (!name) bad('Missing required property `name`');

  const { target, customEnvironment } = parseTarget(body.target, body.customEnvironmentSlugOrId);
  if (body.autoAssignCustomDomains !== undefined && typeof body.autoAssignCustomDomains !== 'boolean')
    bad('`autoAssignCustomDomains` must be a boolean');
  const meta = parseMeta(body.meta);

  let files: Record<string, DeploymentFile>;
  if (source && body.files === undefined) {
    files = { ...source.files };
  } else {
    files = collectFiles(services.blobs, body.files);
  }

  const prebuilt = ctx.query.get('prebuilt') === '1' || (source?.prebuilt ?? false);
  const routing = parseRouting(body, source);
  if (!files['.vercel/output/config.json']) checkRouting(services, { files, routing });
  const projectSettings = isObject(body.projectSettings) ? body.projectSettings : source?.projectSettings;
  const unbuilt = prebuilt
    ? undefined
    : wouldBuild(services, files, buildSettingsOf({ files, projectSettings }, services.blobs));
  const fault = unbuilt ? { build: 'error' as const, message: unbuilt } : services.faults.takeNextBuild();
  const id = newId('dpl');
  const port = await services.origins.bind({ kind: 'deployment', deploymentId: id });
  const record: DeploymentRecord = {
    id,
    name,
    projectId: PROJECT_ID,
    target,
    customEnvironment,
    autoAssignCustomDomains: body.autoAssignCustomDomains !== false,
    meta,
    gitMetadata: body.gitMetadata ?? null,
    source: typeof body.source === 'string' ? body.source : 'api',
    files,
    prebuilt,
    port,
    createdAt: Date.now(),
    buildingAt: null,
    readyAt: null,
    canceledAt: null,
    readyState: 'QUEUED',
    errorCode: null,
    errorMessage: fault?.build === 'error' ? (fault.message ?? null) : null,
    buildFault: fault?.build ?? null,
    aliasAssignedAt: null,
    promotedAt: null,
    ...(routing ? { routing } : {}),
    ...(projectSettings ? { projectSettings } : {}),
  };
  services.store.addDeployment(record);
  services.store.save();
  services.lifecycle.startBuild(record);
  services.logger.debug(
    `sandbox: created ${id} (${target ?? 'preview'}, ${Object.keys(files).length} files)`,
  );
  return reply(200, deploymentJson(services.view, record));
}

/**
 * The `vercel.json` routing properties of the body (what the CLI spreads into it), or those of the
 * redeployed deployment; undefined when there are none.
 */
function parseRouting(
  body: Record<string, unknown>,
  source: DeploymentRecord | undefined,
): Record<string, unknown> | undefined {
  const routing: Record<string, unknown> = {};
  for (const key of ROUTING_PROPERTIES) if (body[key] !== undefined) routing[key] = body[key];
  if (Object.keys(routing).length > 0) return routing;
  return source?.routing;
}

/**
 * Refuses a plain upload whose routing `vercel build` would refuse: 400 `invalid_vercel_config`
 * with the reason (a value of the wrong type, a bad pattern, `routes` mixed with `rewrites` …).
 */
function checkRouting(
  services: SandboxServices,
  deployment: Pick<DeploymentRecord, 'files' | 'routing'>,
): void {
  try {
    routesOfConfig(routingConfigOf(deployment, services.blobs));
  } catch (error) {
    throw new ApiError(400, 'invalid_vercel_config', (error as Error).message);
  }
}

/**
 * Why Vercel would build this plain upload, which the sandbox cannot (then the deployment ends in
 * ERROR with this text, so a sandbox run is never green where Vercel would build something else), or
 * undefined when Vercel serves the files as uploaded. The rules of fs-detectors' `detectBuilders`
 * (https://github.com/vercel/vercel/blob/main/packages/fs-detectors/src/detect-builders.ts) for the
 * sandbox's project (framework "Other"), with `settings` from {@link buildSettingsOf} (the body's
 * `projectSettings` and the uploaded `vercel.json` over them): `builds` always build; an empty
 * `buildCommand` or `outputDirectory` makes the frontend static; otherwise a build command, a
 * framework or a `package.json` `build` script builds, and a `package.json` without one fails with
 * `missing_build_script`.
 */
function wouldBuild(
  services: SandboxServices,
  files: Record<string, DeploymentFile>,
  settings: Record<string, unknown>,
): string | undefined {
  const advice =
    'The sandbox does not build. Deploy the build output with projectSettings {buildCommand: ""} (what Greenlight\'s deploy sends for a directory without package.json), or a `vercel build` tree with prebuilt.';
  if (Array.isArray(settings.builds) && settings.builds.length > 0)
    return `Vercel would run the "builds" of this upload's vercel.json. ${advice}`;
  if (settings.buildCommand === '' || settings.outputDirectory === '') return undefined;
  if (typeof settings.buildCommand === 'string')
    return `Vercel would run the build command "${settings.buildCommand}" on this upload. ${advice}`;
  if (typeof settings.framework === 'string' && settings.framework !== '')
    return `Vercel would build this upload with the ${settings.framework} framework preset. ${advice}`;
  const manifest = files['package.json'];
  if (!manifest) return undefined;
  let scripts: unknown;
  try {
    scripts = (JSON.parse(services.blobs.read(manifest.sha).toString('utf8')) as { scripts?: unknown })
      .scripts;
  } catch {
    return `Vercel cannot read this upload's package.json. ${advice}`;
  }
  if (typeof (scripts as { build?: unknown } | undefined)?.build === 'string')
    return `Vercel would run this upload's package.json "build" script. ${advice}`;
  return `Vercel refuses a package.json without a "build" script (missing_build_script). ${advice}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function redeploySource(services: SandboxServices, deploymentId: unknown): DeploymentRecord {
  if (typeof deploymentId !== 'string') bad('`deploymentId` must be a string');
  const found = findDeployment(services, deploymentId);
  if (!found) throw new ApiError(404, 'not_found', `Deployment "${deploymentId}" was not found`);
  return found;
}

function parseTarget(
  target: unknown,
  environment: unknown,
): { target: 'production' | null; customEnvironment: string | null } {
  let slug: unknown = environment;
  if (target === 'production') {
    if (environment !== undefined && environment !== null)
      bad('`customEnvironmentSlugOrId` cannot be used with target production');
    return { target: 'production', customEnvironment: null };
  }
  if (target !== undefined && target !== null && target !== 'preview') {
    if (typeof target !== 'string') bad('`target` must be "production", "preview" or a custom environment');
    slug ??= target;
  }
  if (slug === undefined || slug === null || slug === 'preview')
    return { target: null, customEnvironment: null };
  if (slug === 'staging' || slug === STAGING_ENVIRONMENT_ID)
    return { target: null, customEnvironment: 'staging' };
  throw new ApiError(
    404,
    'custom_environment_not_found',
    `Custom environment "${String(slug)}" was not found (the sandbox has only "staging")`,
  );
}

function parseMeta(meta: unknown): Record<string, string> {
  if (meta === undefined || meta === null) return {};
  if (typeof meta !== 'object' || Array.isArray(meta)) bad('`meta` must be an object of strings');
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value !== 'string') bad(`\`meta.${key}\` must be a string`);
    out[key] = value;
  }
  return out;
}

/** Normalizes `files`; inline entries are stored at once; unknown shas → the `missing_files` 400. */
function collectFiles(blobs: BlobStore, list: unknown): Record<string, DeploymentFile> {
  if (!Array.isArray(list)) bad('Missing required property `files` (an array)');
  const files: Record<string, DeploymentFile> = {};
  const missing = new Set<string>();
  for (const [i, raw] of list.entries()) {
    if (typeof raw !== 'object' || raw === null) bad(`\`files[${i}]\` must be an object`);
    const entry = raw as Record<string, unknown>;
    const path = normalizePath(entry.file, i);
    const mode = typeof entry.mode === 'number' ? entry.mode : REGULAR_FILE_MODE;
    if (entry.data !== undefined) {
      if (typeof entry.data !== 'string') bad(`\`files[${i}].data\` must be a string`);
      const encoding = entry.encoding ?? 'utf-8';
      if (encoding !== 'base64' && encoding !== 'utf-8')
        bad(`\`files[${i}].encoding\` must be "base64" or "utf-8"`);
      const data = Buffer.from(entry.data, encoding === 'base64' ? 'base64' : 'utf8');
      files[path] = { sha: blobs.putBuffer(data), size: data.length, mode };
    } else if (entry.sha !== undefined) {
      if (typeof entry.sha !== 'string' || !BlobStore.isSha1(entry.sha))
        bad(`\`files[${i}].sha\` must be a SHA-1 hex digest`);
      if (!blobs.has(entry.sha)) missing.add(entry.sha);
      files[path] = { sha: entry.sha, size: typeof entry.size === 'number' ? entry.size : 0, mode };
    }
    // Entries with neither (empty directories, `{file, mode}`) carry no content.
  }
  if (missing.size > 0) throw new ApiError(400, 'missing_files', 'Missing files', { missing: [...missing] });
  return files;
}

function normalizePath(file: unknown, index: number): string {
  if (typeof file !== 'string' || file === '') bad(`\`files[${index}].file\` must be a non-empty path`);
  const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const segments = path.split('/');
  if (path.startsWith('/') || segments.some((s) => s === '..' || s === ''))
    bad(`\`files[${index}].file\` must be a relative path without ".." (got "${file}")`);
  return path;
}
