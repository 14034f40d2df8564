/**
 * How records look through the API: the v13 deployment object, the v6 list item (keyed `uid`), the
 * project (`targets.production`, `lastAliasRequest`, `latestDeployments`) and the custom
 * environment. Shapes follow https://vercel.com/docs/rest-api (deployments, projects) and
 * docs/sandbox.md.
 */
import type { SandboxStore } from './store.js';
import {
  type DeploymentRecord,
  PROJECT_ID,
  PROJECT_NAME,
  STAGING_DOMAIN,
  STAGING_ENVIRONMENT_ID,
  TEAM_ID,
  TEAM_SLUG,
  USER_ID,
} from './types.js';

export interface ViewContext {
  store: SandboxStore;
  /** Host part of every origin (`127.0.0.1`, or `[::1]`). */
  host: string;
  /** API origin, for `inspectorUrl`. */
  api: string;
}

/** A deployment's `url`: `host:port` of its own origin, without a scheme (Vercel's `url` is a bare host). */
export function deploymentUrl(ctx: ViewContext, deployment: DeploymentRecord): string {
  return `${ctx.host}:${deployment.port}`;
}

/** `STAGED` or `PROMOTED` for READY production deployments; absent otherwise. */
export function readySubstate(deployment: DeploymentRecord): 'STAGED' | 'PROMOTED' | undefined {
  if (deployment.target !== 'production' || deployment.readyState !== 'READY') return undefined;
  return deployment.promotedAt !== null ? 'PROMOTED' : 'STAGED';
}

export function customEnvironmentJson(): Record<string, unknown> {
  return {
    id: STAGING_ENVIRONMENT_ID,
    slug: 'staging',
    type: 'preview',
    description: 'Staging (sandbox)',
    branchMatcher: null,
    domains: [{ name: STAGING_DOMAIN, apexName: STAGING_DOMAIN, projectId: PROJECT_ID, verified: true }],
    createdAt: 0,
    updatedAt: 0,
  };
}

/** The v13 deployment object (`GET /v13/deployments/{id}`, the create response). */
export function deploymentJson(ctx: ViewContext, deployment: DeploymentRecord): Record<string, unknown> {
  const failed = deployment.readyState === 'ERROR';
  return {
    id: deployment.id,
    name: deployment.name,
    url: deploymentUrl(ctx, deployment),
    inspectorUrl: `${ctx.api}/v13/deployments/${deployment.id}`,
    version: 2,
    type: 'LAMBDAS',
    public: false,
    plan: 'pro',
    ownerId: TEAM_ID,
    team: { id: TEAM_ID, name: 'Greenlight Sandbox', slug: TEAM_SLUG },
    creator: { uid: USER_ID, username: TEAM_SLUG },
    projectId: deployment.projectId,
    project: { id: deployment.projectId, name: PROJECT_NAME, framework: null },
    target: deployment.target,
    customEnvironment: deployment.customEnvironment ? customEnvironmentJson() : undefined,
    source: deployment.source,
    readyState: deployment.readyState,
    readySubstate: readySubstate(deployment),
    status: deployment.readyState,
    createdAt: deployment.createdAt,
    createdIn: 'iad1',
    buildingAt: deployment.buildingAt ?? undefined,
    bootedAt: deployment.createdAt,
    ready: deployment.readyState === 'READY' ? (deployment.readyAt ?? undefined) : undefined,
    canceledAt: deployment.canceledAt ?? undefined,
    regions: ['iad1'],
    alias: ctx.store.aliasesOf(deployment.id).map((a) => a.alias),
    aliasAssigned: deployment.aliasAssignedAt !== null,
    aliasAssignedAt: deployment.aliasAssignedAt,
    aliasError: null,
    autoAssignCustomDomains: deployment.autoAssignCustomDomains,
    isInConcurrentBuildsQueue: false,
    meta: deployment.meta,
    gitSource: undefined,
    routes: null,
    ...(deployment.projectSettings ? { projectSettings: deployment.projectSettings } : {}),
    env: [],
    build: { env: [] },
    errorCode: failed ? (deployment.errorCode ?? 'BUILD_FAILED') : undefined,
    errorMessage: failed ? (deployment.errorMessage ?? 'The build failed.') : undefined,
  };
}

/** One item of `GET /v6/deployments` (keyed `uid`, not `id`). */
export function deploymentListItem(ctx: ViewContext, deployment: DeploymentRecord): Record<string, unknown> {
  const live = ctx.store.production()?.id === deployment.id;
  return {
    uid: deployment.id,
    name: deployment.name,
    url: deploymentUrl(ctx, deployment),
    created: deployment.createdAt,
    createdAt: deployment.createdAt,
    buildingAt: deployment.buildingAt ?? undefined,
    ready: deployment.readyState === 'READY' ? (deployment.readyAt ?? undefined) : undefined,
    state: deployment.readyState,
    readyState: deployment.readyState,
    readySubstate: readySubstate(deployment),
    type: 'LAMBDAS',
    creator: { uid: USER_ID, username: TEAM_SLUG },
    inspectorUrl: `${ctx.api}/v13/deployments/${deployment.id}`,
    meta: deployment.meta,
    target: deployment.target,
    projectId: deployment.projectId,
    source: deployment.source,
    aliasAssigned: deployment.aliasAssignedAt,
    aliasError: null,
    isRollbackCandidate:
      deployment.target === 'production' &&
      deployment.readyState === 'READY' &&
      deployment.promotedAt !== null &&
      !live,
    customEnvironment: deployment.customEnvironment
      ? { id: STAGING_ENVIRONMENT_ID, slug: 'staging' }
      : undefined,
  };
}

/** A deployment as the project shows it (`targets.production`, `latestDeployments[]`). */
export function projectDeploymentJson(
  ctx: ViewContext,
  deployment: DeploymentRecord,
): Record<string, unknown> {
  return {
    id: deployment.id,
    name: deployment.name,
    url: deploymentUrl(ctx, deployment),
    alias: ctx.store.aliasesOf(deployment.id).map((a) => a.alias),
    aliasAssigned: deployment.aliasAssignedAt,
    aliasError: null,
    createdAt: deployment.createdAt,
    createdIn: 'iad1',
    creator: { uid: USER_ID, username: TEAM_SLUG },
    deploymentHostname: deploymentUrl(ctx, deployment),
    readyState: deployment.readyState,
    readySubstate: readySubstate(deployment),
    target: deployment.target,
    type: 'LAMBDAS',
    meta: deployment.meta,
    userId: USER_ID,
    plan: 'pro',
    previewCommentsEnabled: false,
  };
}

/** `GET /v9/projects/{idOrName}`. */
export function projectJson(ctx: ViewContext): Record<string, unknown> {
  const { state } = ctx.store;
  const production = ctx.store.production();
  return {
    id: PROJECT_ID,
    name: PROJECT_NAME,
    accountId: TEAM_ID,
    createdAt: state.project.createdAt,
    updatedAt: state.project.updatedAt,
    framework: null,
    nodeVersion: '22.x',
    live: false,
    autoAssignCustomDomains: state.project.autoAssignCustomDomains,
    autoExposeSystemEnvs: true,
    buildCommand: null,
    devCommand: null,
    installCommand: null,
    outputDirectory: null,
    rootDirectory: null,
    directoryListing: false,
    serverlessFunctionRegion: 'iad1',
    sourceFilesOutsideRootDirectory: true,
    env: [],
    rollingRelease: null,
    lastRollbackTarget: null,
    lastAliasRequest: state.lastAliasRequest,
    latestDeployments: ctx.store
      .newestFirst()
      .slice(0, 5)
      .map((d) => projectDeploymentJson(ctx, d)),
    targets: production ? { production: projectDeploymentJson(ctx, production) } : {},
  };
}
