/**
 * The shapes Greenlight records in the GitHub Deployments API, and the checks on what a caller
 * passes in. Contract: https://docs.github.com/rest/deployments/deployments and
 * https://docs.github.com/rest/deployments/statuses.
 */
import { ConfigurationError } from '../runtime/errors.js';

/** Every state a deployment status can have. */
export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** The states {@link GitHubDeployments.complete} may post. */
export type FinalDeploymentState = 'success' | 'failure' | 'error' | 'inactive';

/** The `task` of every deployment Greenlight creates or looks for. */
export const DEPLOY_TASK = 'deploy';

/** GitHub keeps at most this many characters of a status description. */
export const MAX_DESCRIPTION = 140;

export interface BeginDeployment {
  /** `owner/name`. */
  repository: string;
  /** The full commit SHA deployed (40 hex characters; 64 in SHA-256 repositories). */
  ref: string;
  /** The GitHub environment name, e.g. `production`, `staging`, `preview-pr-12`. */
  environment: string;
  /** The environment goes away later (previews); shown as "destroyed" once inactive. */
  transient: boolean;
  /** End users reach this environment; GitHub then never auto-inactivates older deployments. */
  production: boolean;
  /** Up to 140 characters are kept; longer text is cut with `…`. */
  description: string;
  /** Extra JSON stored with the deployment; `greenlight: true` is added to mark it ours. */
  payload?: Record<string, unknown>;
  /** The run's log URL, shown as the status' "View logs" link. */
  logUrl?: string;
}

/** Which deployment: what {@link GitHubDeployments.begin} returns, or a stored id. */
export interface DeploymentRef {
  repository: string;
  id: number;
}

export interface BegunDeployment extends DeploymentRef {
  /** True when an earlier run's deployment for the same repository, SHA and environment was reused. */
  reused: boolean;
  /** The deployment's stored payload (for a reused one: what the first run stored). */
  payload: Record<string, unknown>;
}

export interface CompleteDeployment {
  state: FinalDeploymentState;
  /** The deployed site, shown as "View deployment". */
  environmentUrl?: string;
  logUrl?: string;
  /** Cut to 140 characters. */
  description?: string;
}

/** The newest deployment of an environment with its latest status. */
export interface LatestDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  /** ISO 8601. */
  createdAt: string;
  production: boolean;
  transient: boolean;
  payload: Record<string, unknown>;
  /** Created by Greenlight (`payload.greenlight === true`). */
  ours: boolean;
  /** The latest status' state; undefined when the deployment has no status yet. */
  state?: DeploymentState;
  environmentUrl?: string;
  logUrl?: string;
  description?: string;
}

/**
 * Splits `owner/name`.
 * @throws ConfigurationError when it is not `owner/name`
 */
export function parseRepository(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(repository.trim());
  if (!m) throw new ConfigurationError(`repository '${repository}' is not valid: expected owner/name`);
  return { owner: m[1] as string, repo: m[2] as string };
}

/**
 * The commit SHA in lower case.
 * @throws ConfigurationError unless it is 40 (or 64) hexadecimal characters
 */
export function checkSha(ref: string): string {
  const sha = ref.trim().toLowerCase();
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new ConfigurationError(`ref '${ref}' is not a full commit SHA: expected 40 hexadecimal characters`);
  }
  return sha;
}

/**
 * The environment name, trimmed.
 * @throws ConfigurationError when empty or longer than 255 characters (GitHub's limit)
 */
export function checkEnvironment(environment: string): string {
  const name = environment.trim();
  if (name === '' || name.length > 255) {
    throw new ConfigurationError(`environment '${environment}' is not valid: expected 1 to 255 characters`);
  }
  return name;
}

/** `text` cut to `max` characters (code points), ending in `…` when cut. */
export function truncateDescription(text: string, max = MAX_DESCRIPTION): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** A deployment payload as an object: GitHub returns an object, or a string holding JSON. */
export function payloadObject(payload: unknown): Record<string, unknown> {
  if (typeof payload === 'string') {
    try {
      return payloadObject(JSON.parse(payload));
    } catch {
      return {};
    }
  }
  return payload && typeof payload === 'object' && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : {};
}

/** Whether a deployment payload marks the deployment as created by Greenlight. */
export function isOurs(payload: unknown): boolean {
  return payloadObject(payload).greenlight === true;
}
