/**
 * The GitHub requests behind one public call of {@link GitHubDeployments}: one repository, one
 * deadline for all of them (retries included), reads retried by the HttpClient, writes read back
 * before they are repeated ({@link writeOnce}).
 * Contract: https://docs.github.com/rest/deployments/deployments and
 * https://docs.github.com/rest/deployments/statuses.
 */
import type { Clock } from '../runtime/clock.js';
import type { HttpClient } from '../http/client.js';
import type { Logger } from '../runtime/logger.js';
import {
  type BeginDeployment,
  DEPLOY_TASK,
  type DeploymentState,
  isOurs,
  parseRepository,
} from './deployment-model.js';
import { type GitHubOctokit, githubFetch } from './octokit.js';
import { writeOnce } from './write-once.js';

export type Deployment = Awaited<ReturnType<GitHubOctokit['rest']['repos']['getDeployment']>>['data'];
export type DeploymentStatus = Awaited<
  ReturnType<GitHubOctokit['rest']['repos']['createDeploymentStatus']>
>['data'];

export interface SessionSettings {
  octokit: GitHubOctokit;
  http: HttpClient;
  /** The clock the HTTP client was built with; the session's deadline is set on it. */
  clock: Clock;
  logger: Logger;
  /** Deadline of the session, ms from its start. */
  timeoutMs: number;
  /** Sends of one ambiguous write, at most. */
  writeAttempts: number;
  /** Wait before reading back an ambiguous write, ms. */
  readBackDelayMs: number;
}

export interface StatusBody {
  state: DeploymentState;
  description?: string;
  environment_url?: string;
  log_url?: string;
}

export class DeploymentSession {
  private readonly owner: string;
  private readonly repo: string;
  private readonly deadline: number;
  private readonly fetch: typeof globalThis.fetch;

  /** @throws ConfigurationError when `repository` is not `owner/name` */
  constructor(
    private readonly settings: SessionSettings,
    repository: string,
  ) {
    ({ owner: this.owner, repo: this.repo } = parseRepository(repository));
    this.deadline = settings.clock.now() + settings.timeoutMs;
    this.fetch = githubFetch(settings.http, { deadline: this.deadline });
  }

  /** Deployments newest first (one page of at most 100). */
  async list(query: {
    environment: string;
    sha?: string;
    task?: string;
    perPage: number;
  }): Promise<Deployment[]> {
    const { data } = await this.settings.octokit.rest.repos.listDeployments({
      ...this.base(),
      environment: query.environment,
      per_page: query.perPage,
      ...(query.sha ? { sha: query.sha } : {}),
      ...(query.task ? { task: query.task } : {}),
    });
    return data;
  }

  /** Greenlight's deployment (task `deploy`, `payload.greenlight`) of this SHA and environment. */
  async findOurs(sha: string, environment: string): Promise<Deployment | undefined> {
    const list = await this.list({ sha, environment, task: DEPLOY_TASK, perPage: 100 });
    return list.find((d) => d.sha === sha && d.environment === environment && isOurs(d.payload));
  }

  /** Creates the deployment, or after an ambiguous failure finds the one it may have created. */
  async create(input: BeginDeployment): Promise<Deployment> {
    return writeOnce({
      what: `create the ${input.environment} deployment of ${input.ref.slice(0, 7)}`,
      send: () => this.sendCreate(input),
      readBack: () => this.findOurs(input.ref, input.environment),
      ...this.writeOptions(),
    });
  }

  /** The newest status of a deployment, if any. */
  async latestStatus(id: number): Promise<DeploymentStatus | undefined> {
    const { data } = await this.settings.octokit.rest.repos.listDeploymentStatuses({
      ...this.base(),
      deployment_id: id,
      per_page: 1,
    });
    return data[0];
  }

  /** Posts a status; after an ambiguous failure, reads the latest status back before posting again. */
  async postStatus(id: number, body: StatusBody): Promise<DeploymentStatus> {
    return writeOnce({
      what: `post status ${body.state} on deployment ${id}`,
      send: async () =>
        (
          await this.settings.octokit.rest.repos.createDeploymentStatus({
            ...this.base(),
            deployment_id: id,
            ...body,
          })
        ).data,
      readBack: async () => {
        const latest = await this.latestStatus(id);
        const same =
          latest?.state === body.state &&
          (body.log_url === undefined || latest.log_url === body.log_url) &&
          (body.environment_url === undefined || latest.environment_url === body.environment_url);
        return same ? latest : undefined;
      },
      ...this.writeOptions(),
    });
  }

  private async sendCreate(input: BeginDeployment): Promise<Deployment> {
    const { data, status } = await this.settings.octokit.rest.repos.createDeployment({
      ...this.base(),
      ref: input.ref,
      task: DEPLOY_TASK,
      auto_merge: false,
      required_contexts: [],
      environment: input.environment,
      description: input.description,
      transient_environment: input.transient,
      production_environment: input.production,
      payload: { ...input.payload, greenlight: true },
    });
    if (!('id' in data)) {
      // 202 "Auto-merged …": cannot happen with auto_merge: false, but the API declares it.
      const said = data.message ?? 'no deployment created';
      throw new Error(
        `GitHub: POST /repos/${this.owner}/${this.repo}/deployments answered ${status}: ${said}`,
      );
    }
    return data;
  }

  private base() {
    return { owner: this.owner, repo: this.repo, request: { fetch: this.fetch } };
  }

  private writeOptions() {
    return {
      attempts: this.settings.writeAttempts,
      delayMs: this.settings.readBackDelayMs,
      deadline: this.deadline,
      clock: this.settings.clock,
      logger: this.settings.logger,
    };
  }
}
