/**
 * The sandbox's persisted records. Everything here is plain JSON so the whole state can be written
 * to `state.json` and read back after a restart. Field names follow the Vercel REST API where a
 * record is shown through it (https://vercel.com/docs/rest-api; docs/sandbox.md).
 */

/** The fixed identity of the one team, user and project the sandbox hosts. */
export const TEAM_ID = 'team_greenlight';
export const TEAM_SLUG = 'greenlight';
export const USER_ID = 'usr_greenlight';
export const PROJECT_ID = 'prj_greenlight';
export const PROJECT_NAME = 'greenlight-sandbox';
export const PRODUCTION_DOMAIN = `${PROJECT_NAME}.vercel.app`;
export const STAGING_DOMAIN = `staging.${PROJECT_NAME}.vercel.app`;
/** The one custom environment: deployments made with `customEnvironmentSlugOrId` `staging` (or this id). */
export const STAGING_ENVIRONMENT_ID = 'env_staging';

export type ReadyState = 'QUEUED' | 'BUILDING' | 'READY' | 'ERROR' | 'CANCELED';

/** One file of a deployment: its content lives in the blob store under `sha`. */
export interface DeploymentFile {
  sha: string;
  size: number;
  mode: number;
}

export interface DeploymentRecord {
  /** `dpl_…` */
  id: string;
  name: string;
  projectId: string;
  /** `production` or null (preview). */
  target: 'production' | null;
  /** Slug of the custom environment (only `staging` exists), when the deployment was made for one. */
  customEnvironment: string | null;
  /** False = staged: when READY the production domain does not move. */
  autoAssignCustomDomains: boolean;
  meta: Record<string, string>;
  gitMetadata: unknown;
  source: string;
  /** Posix path (relative to the uploaded root) → file. */
  files: Record<string, DeploymentFile>;
  prebuilt: boolean;
  /** Port of the deployment's own origin; its `url` is `host:port`. */
  port: number;
  createdAt: number;
  buildingAt: number | null;
  readyAt: number | null;
  canceledAt: number | null;
  readyState: ReadyState;
  errorCode: string | null;
  errorMessage: string | null;
  /** Set by a build fault: `stuck` never leaves BUILDING, `error` ends in ERROR. */
  buildFault: 'stuck' | 'error' | null;
  /** When the deployment's automatic aliases were assigned (never for staged ones). */
  aliasAssignedAt: number | null;
  /** When a production domain first pointed at it (makes it PROMOTED and a rollback candidate). */
  promotedAt: number | null;
}

/** A domain (or other alias) name pointing at a deployment. */
export interface AliasRecord {
  uid: string;
  alias: string;
  deploymentId: string;
  createdAt: number;
}

/** The project's `lastAliasRequest`: the most recent promote or rollback. */
export interface AliasRequest {
  fromDeploymentId: string | null;
  toDeploymentId: string;
  jobStatus: 'pending' | 'in-progress' | 'succeeded' | 'failed' | 'skipped';
  requestedAt: number;
  type: 'promote' | 'rollback';
}

export interface EdgeConfigItem {
  key: string;
  value: unknown;
  description?: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface SandboxState {
  version: 1;
  token: string;
  apiPort: number;
  domainPorts: { production: number; staging: number };
  project: { createdAt: number; updatedAt: number; autoAssignCustomDomains: boolean };
  deployments: DeploymentRecord[];
  aliases: AliasRecord[];
  lastAliasRequest: AliasRequest | null;
  edgeConfigs: Record<string, Record<string, EdgeConfigItem>>;
}
