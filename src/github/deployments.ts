/**
 * Records Greenlight's deploys, promotions and rollbacks in the GitHub Deployments API, so they show
 * on the repository's Environments page and in pull requests. Used by the deploy, promote,
 * rollback and release actions when the user gives `github-token`.
 *
 * Everything is keyed on repository + commit + environment (docs/workflows.md, "Re-runs reuse by content"): a re-run finds
 * the deployment an earlier attempt created (`payload.greenlight === true`, task `deploy`) and
 * adds statuses to it instead of creating a second one. Every public call has a deadline; reads
 * are retried by the HttpClient; writes are read back before they are repeated.
 *
 * Contract: https://docs.github.com/rest/deployments/deployments and
 * https://docs.github.com/rest/deployments/statuses.
 */
import type { Clock } from '../runtime/clock.js';
import type { HttpClient } from '../http/client.js';
import { type Logger, silentLogger } from '../runtime/logger.js';
import {
  type BegunDeployment,
  type BeginDeployment,
  checkEnvironment,
  checkSha,
  type CompleteDeployment,
  DEPLOY_TASK,
  type DeploymentRef,
  isOurs,
  type LatestDeployment,
  payloadObject,
  truncateDescription,
} from './deployment-model.js';
import {
  type Deployment,
  DeploymentSession,
  type DeploymentStatus,
  type SessionSettings,
} from './deployment-session.js';
import type { GitHubOctokit } from './octokit.js';

export interface GitHubDeploymentsOptions {
  /** From {@link createOctokit} with the same `http`. */
  octokit: GitHubOctokit;
  /** Sends every request. */
  http: HttpClient;
  /** The clock `http` was built with; the deadlines are measured on it. */
  clock: Clock;
  logger?: Logger;
  /** Deadline of each public call, all its requests and retries included, in ms (default 120 000). */
  timeoutMs?: number;
  /** Sends of one write whose failure left its outcome unknown, at most (default 3). */
  writeAttempts?: number;
  /** Wait before reading back such a write, in ms (default 1 000; GitHub's lists lag a little). */
  readBackDelayMs?: number;
}

/**
 * GitHub deployments for Greenlight: {@link begin} → {@link complete}, plus
 * {@link deactivatePrevious} after a promotion or rollback and {@link latestFor} for preflight and
 * re-run checks. Every method rejects with a one-line `GitHubError` when GitHub fails or refuses
 * (outage, 401, 403, 422 …) and with `ConfigurationError` for a malformed repository, SHA or
 * environment; callers decide whether that fails the deploy.
 */
export class GitHubDeployments {
  private readonly settings: SessionSettings;

  constructor(options: GitHubDeploymentsOptions) {
    this.settings = {
      octokit: options.octokit,
      http: options.http,
      clock: options.clock,
      logger: options.logger ?? silentLogger,
      timeoutMs: options.timeoutMs ?? 120_000,
      writeAttempts: options.writeAttempts ?? 3,
      readBackDelayMs: options.readBackDelayMs ?? 1_000,
    };
  }

  /**
   * Finds this repository + SHA + environment's Greenlight deployment (task `deploy`) or creates it
   * (`required_contexts: []`, `auto_merge: false`, `transient_environment`, `production_environment`),
   * then posts status `in_progress` with `log_url` — unless its latest status already is that.
   */
  async begin(input: BeginDeployment): Promise<BegunDeployment> {
    const session = this.session(input.repository);
    const sha = checkSha(input.ref);
    const environment = checkEnvironment(input.environment);
    const description = truncateDescription(input.description);

    const existing = await session.findOurs(sha, environment);
    const deployment = existing ?? (await session.create({ ...input, ref: sha, environment, description }));
    const reused = existing !== undefined;
    const what = reused ? 'reused' : 'created';
    this.settings.logger.info(
      `GitHub deployment ${deployment.id} (${environment}, ${sha.slice(0, 7)}) ${what}`,
    );

    const latest = reused ? await session.latestStatus(deployment.id) : undefined;
    if (!(latest?.state === 'in_progress' && (latest.log_url ?? '') === (input.logUrl ?? ''))) {
      await session.postStatus(deployment.id, {
        state: 'in_progress',
        description,
        ...(input.logUrl ? { log_url: input.logUrl } : {}),
      });
    }
    return {
      repository: input.repository,
      id: deployment.id,
      reused,
      payload: payloadObject(deployment.payload),
    };
  }

  /**
   * Posts the final status: `environment_url` ("View deployment"), `log_url`, `description` cut to
   * 140 characters. `auto_inactive` is left at GitHub's default, which marks older successful
   * deployments of a non-production environment inactive; see {@link deactivatePrevious} for
   * production ones.
   */
  async complete(deployment: DeploymentRef, status: CompleteDeployment): Promise<void> {
    await this.session(deployment.repository).postStatus(deployment.id, {
      state: status.state,
      ...(status.description !== undefined ? { description: truncateDescription(status.description) } : {}),
      ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
      ...(status.logUrl ? { log_url: status.logUrl } : {}),
    });
    this.settings.logger.info(`GitHub deployment ${deployment.id}: ${status.state}`);
  }

  /**
   * Marks `inactive` every other deployment of the environment whose latest status is `success`,
   * so only `exceptId` shows as active — GitHub never does this for production deployments. "Every
   * other" includes newer ones, so that a rollback to an older deployment deactivates the bad one.
   * Looks at the newest `limit` deployments (default 30, at most 100).
   * @returns the ids marked inactive
   */
  async deactivatePrevious(input: {
    repository: string;
    environment: string;
    exceptId: number;
    limit?: number;
  }): Promise<number[]> {
    const session = this.session(input.repository);
    const environment = checkEnvironment(input.environment);
    const perPage = Math.min(100, Math.max(1, input.limit ?? 30));
    const done: number[] = [];
    for (const deployment of await session.list({ environment, perPage })) {
      if (deployment.id === input.exceptId) continue;
      if ((await session.latestStatus(deployment.id))?.state !== 'success') continue;
      await session.postStatus(deployment.id, {
        state: 'inactive',
        description: `Superseded by deployment ${input.exceptId}`,
      });
      done.push(deployment.id);
    }
    if (done.length > 0) {
      this.settings.logger.info(`GitHub deployments marked inactive in ${environment}: ${done.join(', ')}`);
    }
    return done;
  }

  /**
   * The newest deployment (task `deploy`) of an environment, optionally of one commit, with its
   * latest status; `undefined` when there is none.
   */
  async latestFor(input: {
    repository: string;
    environment: string;
    sha?: string;
  }): Promise<LatestDeployment | undefined> {
    const session = this.session(input.repository);
    const environment = checkEnvironment(input.environment);
    const sha = input.sha === undefined ? undefined : checkSha(input.sha);
    const [deployment] = await session.list({
      environment,
      task: DEPLOY_TASK,
      perPage: 1,
      ...(sha ? { sha } : {}),
    });
    if (!deployment) return undefined;
    return toLatest(deployment, await session.latestStatus(deployment.id));
  }

  private session(repository: string): DeploymentSession {
    return new DeploymentSession(this.settings, repository);
  }
}

function toLatest(deployment: Deployment, status: DeploymentStatus | undefined): LatestDeployment {
  const payload = payloadObject(deployment.payload);
  const logUrl = status?.log_url || status?.target_url;
  return {
    id: deployment.id,
    sha: deployment.sha,
    ref: deployment.ref,
    environment: deployment.environment,
    createdAt: deployment.created_at,
    production: deployment.production_environment ?? false,
    transient: deployment.transient_environment ?? false,
    payload,
    ours: isOurs(payload),
    ...(status ? { state: status.state } : {}),
    ...(status?.environment_url ? { environmentUrl: status.environment_url } : {}),
    ...(logUrl ? { logUrl } : {}),
    ...(status?.description ? { description: status.description } : {}),
  };
}
