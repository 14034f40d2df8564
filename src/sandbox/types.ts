/**
 * Types shared across the sandbox, kept in one module that imports nothing else from it so that no
 * two sandbox modules need each other:
 *
 * - the public contract of `startSandbox` (options, the info line, the running sandbox handle),
 *   re-exported by index.ts;
 * - the persisted records: plain JSON, so the whole state can be written to `state.json` and read
 *   back after a restart. Field names follow the Vercel REST API where a record is shown through it
 *   (https://vercel.com/docs/rest-api; docs/sandbox.md);
 * - the fault shapes registered through `POST /_sandbox/faults` (docs/sandbox.md#faults).
 */
import type { Logger } from '../runtime/logger.js';

export interface SandboxOptions {
  /** API port; 0 (default) = a free port. Deployment/domain origins always get free ports. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /**
   * When set, state persists across restarts (JSON written atomically: temp file + rename) and
   * uploaded files are stored there too; otherwise memory + a temp dir removed on close.
   */
  stateDir?: string;
  /** Bearer token to require; default: a random one (or the persisted one with stateDir). */
  token?: string;
  /** Time a deployment spends QUEUED→BUILDING→READY, ms (default 300 total). */
  buildDelayMs?: number;
  logger?: Logger;
}

/** The JSON-able object `greenlight sandbox` prints as its first line. */
export interface SandboxInfo {
  api: string;
  token: string;
  teamId: string;
  projectId: string;
  origins: { production: string; staging: string };
  domains: { production: string; staging: string };
  /**
   * Absolute path of the sandbox's CA certificate (PEM), which signs the TLS certificate every
   * origin presents on its port: `<state dir>/tls/ca.pem`, or a file in the temp dir removed on
   * close. For `curl --cacert` and `NODE_EXTRA_CA_CERTS`.
   */
  ca: string;
}

/** A running sandbox, as `startSandbox` resolves it. */
export interface Sandbox {
  /** API origin, e.g. http://127.0.0.1:43121 (no trailing slash). */
  api: string;
  token: string;
  /** 'team_greenlight' */
  teamId: string;
  /** 'prj_greenlight'; project name 'greenlight-sandbox'. */
  projectId: string;
  /** Origins of the production and staging domains. */
  origins: { production: string; staging: string };
  /** The domain names those origins stand for (what an alias request names). */
  domains: { production: string; staging: string };
  /** Path of the CA certificate (PEM) that HTTPS clients of every origin trust (see `SandboxInfo.ca`). */
  ca: string;
  info(): SandboxInfo;
  close(): Promise<void>;
}

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
  /**
   * The `vercel.json` routing properties the create body carried (`cleanUrls`, `rewrites` …), as
   * sent; absent when it carried none (then an uploaded `vercel.json` routes a plain upload).
   */
  routing?: Record<string, unknown>;
  /** The create body's `projectSettings`, as sent (the sandbox never builds, whatever they say). */
  projectSettings?: Record<string, unknown>;
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

/**
 * A project Environment Variable (`POST /v10/projects/{id}/env`; shape of
 * https://vercel.com/docs/rest-api/reference/endpoints/projects/retrieve-the-environment-variables-of-a-project-by-id-or-name).
 */
export interface EnvVarRecord {
  /** A random id (Vercel's are 16 base-62 characters). */
  id: string;
  key: string;
  value: string;
  /** `plain` and `encrypted` ("Config") values can be read back; `sensitive` ("Secret") ones cannot. */
  type: 'plain' | 'encrypted' | 'sensitive';
  /** The standard environments the variable applies to. */
  target: ('production' | 'preview' | 'development')[];
  /** Custom environments it applies to (only `env_staging` exists). */
  customEnvironmentIds: string[];
  /** A preview variable for one Git branch only; null = every branch. */
  gitBranch: string | null;
  comment: string | null;
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
  /** The project's Environment Variables; absent in state files written before they existed. */
  envs?: EnvVarRecord[];
}

export interface ApiFault {
  kind: 'api';
  id: string;
  endpoint: string;
  status?: number;
  code?: string;
  retryAfter?: number;
  latencyMs?: number;
  drop?: boolean;
  /** Carry the request out, then answer with the fault (status or drop) instead of the result. */
  after?: boolean;
  /** Requests still to hit; null = unlimited. */
  remaining: number | null;
}

export interface BuildFault {
  kind: 'build';
  id: string;
  deployment: string | null;
  build: 'stuck' | 'error';
  message?: string;
  remaining: number | null;
}

export interface ServeFault {
  kind: 'serve';
  id: string;
  deployment: string;
  status?: number;
  rate: number;
  latencyMs: number;
  where: 'all' | 'unique' | 'domains';
  remaining: number | null;
  /** Deterministic sampling (no `seed`): each request adds `rate`; the fault fires when this reaches 1. */
  accumulator: number;
  /**
   * Random sampling: each request is hit with probability `rate`, drawn from a generator seeded with
   * this (an integer 0–2³²−1), so a run is reproducible; null = the deterministic sampling above.
   */
  seed: number | null;
  /** The seeded generator's state (mulberry32), advanced once per matching request. */
  randomState: number;
}

export interface AliasJobFault {
  kind: 'aliasJob';
  id: string;
  aliasJob: 'failed' | 'stuck';
  remaining: number | null;
}

/** A registered fault (the four kinds are described in faults.ts and docs/sandbox.md#faults). */
export type Fault = ApiFault | BuildFault | ServeFault | AliasJobFault;
