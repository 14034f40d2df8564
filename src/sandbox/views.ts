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
export function deploymentUrl(ctx: ViewContext, d: DeploymentRecord): string {
  return `${ctx.host}:${d.port}`;
}

/** `STAGED` or `PROMOTED` for READY production deployments; absent otherwise. */
export function readySubstate(d: DeploymentRecord): 'STAGED' | 'PROMOTED' | undefined {
  if (d.target !== 'production' || d.readyState !== 'READY') return undefined;
  return d.promotedAt !== null ? 'PROMOTED' : 'STAGED';
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
export function deploymentJson(ctx: ViewContext, d: DeploymentRecord): Record<string, unknown> {
  const failed = d.readyState === 'ERROR';
  return {
    id: d.id,
    name: d.name,
    url: deploymentUrl(ctx, d),
    inspectorUrl: `${ctx.api}/v13/deployments/${d.id}`,
    version: 2,
    type: 'LAMBDAS',
    public: false,
    plan: 'pro',
    ownerId: TEAM_ID,
    team: { id: TEAM_ID, name: 'Greenlight Sandbox', slug: TEAM_SLUG },
    creator: { uid: USER_ID, username: TEAM_SLUG },
    projectId: d.projectId,
    project: { id: d.projectId, name: PROJECT_NAME, framework: null },
    target: d.target,
    customEnvironment: d.customEnvironment ? customEnvironmentJson() : undefined,
    source: d.source,
    readyState: d.readyState,
    readySubstate: readySubstate(d),
    status: d.readyState,
    createdAt: d.createdAt,
    createdIn: 'iad1',
    buildingAt: d.buildingAt ?? undefined,
    bootedAt: d.createdAt,
    ready: d.readyState === 'READY' ? (d.readyAt ?? undefined) : undefined,
    canceledAt: d.canceledAt ?? undefined,
    regions: ['iad1'],
    alias: ctx.store.aliasesOf(d.id).map((a) => a.alias),
    aliasAssigned: d.aliasAssignedAt !== null,
    aliasAssignedAt: d.aliasAssignedAt,
    aliasError: null,
    autoAssignCustomDomains: d.autoAssignCustomDomains,
    isInConcurrentBuildsQueue: false,
    meta: d.meta,
    gitSource: undefined,
    routes: null,
    env: [],
    build: { env: [] },
    errorCode: failed ? (d.errorCode ?? 'BUILD_FAILED') : undefined,
    errorMessage: failed ? (d.errorMessage ?? 'The build failed.') : undefined,
  };
}

/** One item of `GET /v6/deployments` (keyed `uid`, not `id`). */
export function deploymentListItem(ctx: ViewContext, d: DeploymentRecord): Record<string, unknown> {
  const live = ctx.store.production()?.id === d.id;
  return {
    uid: d.id,
    name: d.name,
    url: deploymentUrl(ctx, d),
    created: d.createdAt,
    createdAt: d.createdAt,
    buildingAt: d.buildingAt ?? undefined,
    ready: d.readyState === 'READY' ? (d.readyAt ?? undefined) : undefined,
    state: d.readyState,
    readyState: d.readyState,
    readySubstate: readySubstate(d),
    type: 'LAMBDAS',
    creator: { uid: USER_ID, username: TEAM_SLUG },
    inspectorUrl: `${ctx.api}/v13/deployments/${d.id}`,
    meta: d.meta,
    target: d.target,
    projectId: d.projectId,
    source: d.source,
    aliasAssigned: d.aliasAssignedAt,
    aliasError: null,
    isRollbackCandidate:
      d.target === 'production' && d.readyState === 'READY' && d.promotedAt !== null && !live,
    customEnvironment: d.customEnvironment ? { id: STAGING_ENVIRONMENT_ID, slug: 'staging' } : undefined,
  };
}

/** A deployment as the project shows it (`targets.production`, `latestDeployments[]`). */
export function projectDeploymentJson(ctx: ViewContext, d: DeploymentRecord): Record<string, unknown> {
  return {
    id: d.id,
    name: d.name,
    url: deploymentUrl(ctx, d),
    alias: ctx.store.aliasesOf(d.id).map((a) => a.alias),
    aliasAssigned: d.aliasAssignedAt,
    aliasError: null,
    createdAt: d.createdAt,
    createdIn: 'iad1',
    creator: { uid: USER_ID, username: TEAM_SLUG },
    deploymentHostname: deploymentUrl(ctx, d),
    readyState: d.readyState,
    readySubstate: readySubstate(d),
    target: d.target,
    type: 'LAMBDAS',
    meta: d.meta,
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
