import { ReportedFailure } from '../runtime/errors.js';

/**
 * The provider seam of the release path. A provider builds deployments and moves production between
 * them; the release logic (compare-and-swap promote, converging rollback, analysis) is written once
 * against this interface. Vercel is the default; the command provider runs the user's scripts.
 */

/** Where a deployment is meant to serve. */
export type Environment = 'preview' | 'staging' | 'production';

/** A deployment as the release logic sees it. */
export interface DeploymentInfo {
  id: string;
  /** Its unique URL with scheme, e.g. `https://app-abc123.vercel.app`. */
  url: string;
  /** Creation time, ms since epoch. */
  createdAt: number;
  /** True when it is a production build (eligible for promote/rollback). */
  production: boolean;
  /** `ready` (serving), `building`, `error` or `canceled`. */
  state: 'building' | 'ready' | 'error' | 'canceled';
  /** Provider metadata (Vercel `meta`): commit sha, environment, run id … */
  meta: Record<string, string>;
}

export interface DeployRequest {
  /** Absolute path of the tree to deploy (a static build, or a project with `.vercel/output` when prebuilt). */
  path: string;
  environment: Environment;
  /** Production only: build without moving the production domains (blue-green). */
  staged: boolean;
  /** Deploy a Build Output API tree (`.vercel/output`) instead of building. */
  prebuilt: boolean;
  /**
   * Recorded on the deployment. `greenlightEnvironment` and `greenlightContentKey` (plus `githubRepo`
   * when present) key reuse; commit sha, run id and attempt are informative.
   */
  meta: Record<string, string>;
  /** Absolute deadline (ms since epoch) for the whole deploy; on expiry the deployment is cancelled. */
  deadline: number;
}

export interface DeployResult {
  deployment: DeploymentInfo;
  /** Bytes uploaded for this deployment (0 when nothing was missing). */
  uploadedBytes: number;
  uploadedFiles: number;
}

/** A deploy whose files are read and hashed but not sent ({@link DeployProvider.prepareDeploy}). */
export interface PreparedDeploy {
  /**
   * The key of what it uploads (see content-key.ts): 64 hex characters, the same for the same content
   * anywhere.
   */
  readonly contentKey: string;
  /** Sends it, as {@link DeployProvider.deploy} with the prepared path and `prebuilt` flag (once). */
  deploy(request: Omit<DeployRequest, 'path' | 'prebuilt'>): Promise<DeployResult>;
  /** Drops it: nothing is sent. A no-op once {@link PreparedDeploy.deploy} was called. */
  discard(): void;
}

export interface DeployProvider {
  readonly name: 'vercel' | 'command';
  /** Builds and uploads; resolves when the deployment is ready (staged production: ready, not live). */
  deploy(request: DeployRequest): Promise<DeployResult>;
  /**
   * Reads and hashes what a deploy of `path` would upload, sending nothing, so that its content key
   * is known before the reuse lookup. Absent when the provider never reuses deployments.
   * @throws ConfigurationError when `path` cannot be read.
   */
  prepareDeploy?(path: string, prebuilt: boolean): Promise<PreparedDeploy>;
  /**
   * Checks the configuration a deploy of `path` would send with its files (Vercel: its
   * `vercel.json`), sending nothing. Absent when the provider sends none.
   * @throws ConfigurationError naming the input `path`, in one line.
   */
  checkDeployPath?(path: string, prebuilt: boolean): Promise<void>;
  /**
   * A ready deployment already made for this `meta` — same environment and content key (and
   * repository, when given), by this run or another — if any; undefined when `meta` has no content key.
   */
  findReusable(meta: Record<string, string>, environment: Environment): Promise<DeploymentInfo | undefined>;
  /** The deployment production serves now, or undefined when the provider cannot tell / none yet. */
  production(): Promise<DeploymentInfo | undefined>;
  get(id: string): Promise<DeploymentInfo>;
  /** Points a domain (alias) at a deployment. */
  assignAlias(id: string, alias: string, deadline: number): Promise<void>;
  /** Moves production to `id` and waits until that is confirmed. Throws when refused, failed or not confirmed in time. */
  promote(id: string, deadline: number): Promise<void>;
  /** Moves production back to `id` (an earlier production deployment) and waits for confirmation. */
  rollback(id: string, deadline: number, reason: string | undefined): Promise<void>;
  /** The production deployment that served before `currentId`, when the provider can tell. */
  previousProduction(currentId: string | undefined): Promise<DeploymentInfo | undefined>;
  /** Whether production was rolled back away from `id` (when the provider keeps such a record). */
  rolledBackFrom?(id: string): Promise<boolean>;
  /**
   * Checks, before any request, that this provider can compare production with `expectedCurrentId`
   * (a compare-and-swap promote needs to read production).
   * @throws ConfigurationError naming the input when it cannot.
   */
  checkExpectedCurrent?(expectedCurrentId: string | undefined): void;
}

/** A provider failure that is already one readable line (no stack needed). */
export class ProviderError extends ReportedFailure {
  override name = 'ProviderError';
}
