/**
 * What the release path tells the GitHub Deployments API (when the user gives `github-token`):
 * a deployment per commit + environment with statuses in_progress → success / failure / error /
 * inactive, the previous production deployment marked inactive after a promote, and a rolled-back
 * commit marked `failure` with a description starting "rolled back" — which is also how a re-run
 * knows not to promote that commit again.
 *
 * GitHub records are notices, not the release itself: every failure here becomes a warning and the
 * release goes on: a GitHub outage never blocks or fails a deploy.
 */
import type { Clock } from '../runtime/clock.js';
import type { DeploymentInfo } from '../deploy/types.js';
import type { HttpClient } from '../http/client.js';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { FinalDeploymentState } from './deployment-model.js';
import type { GitHubDeployments } from './deployments.js';
import { workflowRunUrlFrom } from './run-url.js';

export const ROLLED_BACK = 'rolled back';

interface Context {
  repository: string;
  /** The commit this run builds (GITHUB_SHA). */
  sha: string;
  logUrl: string | undefined;
}

export class ReleaseRecords {
  private constructor(
    private readonly deployments: GitHubDeployments | undefined,
    private readonly ctx: Context | undefined,
    private readonly logger: Logger,
  ) {}

  /**
   * Records are kept only with a token and a GitHub context (`GITHUB_REPOSITORY`, `GITHUB_SHA`);
   * otherwise every method is a no-op. Octokit (`@actions/github`) is loaded only when they are kept.
   */
  static async create(
    token: string | undefined,
    env: Record<string, string | undefined>,
    deps: { http: HttpClient; clock: Clock; logger: Logger },
  ): Promise<ReleaseRecords> {
    const { http, clock, logger } = deps;
    const repository = env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    if (!token) return new ReleaseRecords(undefined, undefined, logger);
    if (!repository || !sha) {
      logger.warning(
        'github-token given but GITHUB_REPOSITORY or GITHUB_SHA is not set; GitHub deployments are not recorded',
      );
      return new ReleaseRecords(undefined, undefined, logger);
    }
    const logUrl = workflowRunUrlFrom(env);
    const [{ createOctokit }, { GitHubDeployments }] = await Promise.all([
      import('./octokit.js'),
      import('./deployments.js'),
    ]);
    const octokit = createOctokit({
      token,
      ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
      http,
      logger,
    });
    return new ReleaseRecords(
      new GitHubDeployments({ octokit, http, clock, logger }),
      { repository, sha, logUrl },
      logger,
    );
  }

  get enabled(): boolean {
    return this.deployments !== undefined;
  }

  private async attempt(
    what: string,
    work: (d: GitHubDeployments, ctx: Context) => Promise<void>,
  ): Promise<void> {
    if (!this.deployments || !this.ctx) return;
    try {
      await work(this.deployments, this.ctx);
    } catch (error) {
      this.logger.warning(`GitHub Deployments: could not ${what}: ${errorMessage(error)}`);
    }
  }

  /** Finds or creates the GitHub deployment of `info` in `environment` and sets a final status. */
  private async mark(
    d: GitHubDeployments,
    ctx: Context,
    info: DeploymentInfo,
    environment: string,
    state: FinalDeploymentState | 'in_progress',
    description: string,
  ): Promise<number> {
    const sha = info.meta.githubCommitSha ?? ctx.sha;
    const begun = await d.begin({
      repository: ctx.repository,
      ref: sha,
      environment,
      transient: environment === 'preview',
      production: environment === 'production',
      description,
      payload: { deploymentId: info.id, url: info.url },
      ...(ctx.logUrl ? { logUrl: ctx.logUrl } : {}),
    });
    if (state !== 'in_progress') {
      await d.complete(begun, {
        state,
        environmentUrl: info.url,
        description,
        ...(ctx.logUrl ? { logUrl: ctx.logUrl } : {}),
      });
    }
    return begun.id;
  }

  /** After a deploy: `in_progress` for a staged production build, else `success`. */
  deployed(info: DeploymentInfo, environment: string, staged: boolean): Promise<void> {
    return this.attempt('record the deployment', async (d, ctx) => {
      await this.mark(
        d,
        ctx,
        info,
        environment,
        staged ? 'in_progress' : 'success',
        staged ? 'staged; awaiting promotion' : `deployed ${info.id}`,
      );
    });
  }

  /** After a promote: `success`, and the earlier production deployments `inactive`. */
  promoted(info: DeploymentInfo): Promise<void> {
    return this.attempt('record the promotion', async (d, ctx) => {
      const id = await this.mark(d, ctx, info, 'production', 'success', `promoted ${info.id}`);
      await d.deactivatePrevious({ repository: ctx.repository, environment: 'production', exceptId: id });
    });
  }

  /** After a rollback: the bad deployment `failure` ("rolled back: …"), the restored one `success`. */
  rolledBack(from: DeploymentInfo | undefined, to: DeploymentInfo, reason: string): Promise<void> {
    return this.attempt('record the rollback', async (d, ctx) => {
      if (from) await this.mark(d, ctx, from, 'production', 'failure', `${ROLLED_BACK}: ${reason}`);
      const id = await this.mark(
        d,
        ctx,
        to,
        'production',
        'success',
        `restored by rollback from ${from?.id ?? 'unknown'}`,
      );
      await d.deactivatePrevious({ repository: ctx.repository, environment: 'production', exceptId: id });
    });
  }

  /** A rollback that did not converge: the live deployment gets `error`. */
  rollbackFailed(from: DeploymentInfo | undefined, reason: string): Promise<void> {
    return this.attempt('record the failed rollback', async (d, ctx) => {
      if (from) await this.mark(d, ctx, from, 'production', 'error', `rollback failed: ${reason}`);
    });
  }

  /** Whether this run's commit was rolled back in production before (its latest status says so). */
  async wasRolledBack(): Promise<boolean> {
    if (!this.deployments || !this.ctx) return false;
    try {
      const latest = await this.deployments.latestFor({
        repository: this.ctx.repository,
        environment: 'production',
        sha: this.ctx.sha,
      });
      return latest?.state === 'failure' && (latest.description ?? '').startsWith(ROLLED_BACK);
    } catch (error) {
      this.logger.warning(
        `GitHub Deployments: could not check for an earlier rollback: ${errorMessage(error)}`,
      );
      return false;
    }
  }
}
