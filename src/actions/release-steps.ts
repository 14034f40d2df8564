/**
 * The release path's steps as the actions share them: deploy (or reuse on a re-run) and the run's
 * idempotency keys. Used by the deploy action and the release action.
 */
import type { DeployProvider, DeploymentInfo, Environment } from '../deploy/types.js';
import type { Logger } from '../runtime/logger.js';

/**
 * The meta a deployment carries: commit, environment and run (the re-run key), repository and ref.
 * Values come from the runner's `GITHUB_*` variables; absent ones are left out.
 */
export function runMeta(
  env: Record<string, string | undefined>,
  environment: Environment,
): Record<string, string> {
  const meta: Record<string, string> = { greenlightEnvironment: environment };
  const put = (key: string, value: string | undefined): void => {
    if (value) meta[key] = value;
  };
  put('githubCommitSha', env.GITHUB_SHA);
  put('githubRunId', env.GITHUB_RUN_ID);
  put('githubRunAttempt', env.GITHUB_RUN_ATTEMPT);
  put('githubRepo', env.GITHUB_REPOSITORY);
  put('githubCommitRef', env.GITHUB_REF_NAME);
  return meta;
}

export interface DeployStepResult {
  deployment: DeploymentInfo;
  /** Production before this deploy (production deploys only). */
  previous: DeploymentInfo | undefined;
  reused: boolean;
  uploadedFiles: number;
  uploadedBytes: number;
}

/**
 * Records live production, then reuses this run's ready deployment (a re-run) or deploys anew, and
 * points `alias` at the result.
 * @throws ProviderError / ConfigurationError from the provider.
 */
export async function deployStep(
  provider: DeployProvider,
  args: {
    path: string;
    environment: Environment;
    staged: boolean;
    prebuilt: boolean;
    meta: Record<string, string>;
    /** Absolute ms. */
    deadline: number;
    alias: string | undefined;
    logger: Logger;
  },
): Promise<DeployStepResult> {
  const { environment, logger } = args;
  const live = environment === 'production' ? await provider.production() : undefined;
  const reused = await provider.findReusable(args.meta, environment);
  // When an earlier attempt already put it live, "before this release" is what preceded it.
  const previous = reused && live?.id === reused.id ? await provider.previousProduction(reused.id) : live;
  let uploadedFiles = 0;
  let uploadedBytes = 0;
  let deployment: DeploymentInfo;
  if (reused) {
    logger.info(`re-run: reusing ${reused.id}, already ready for this commit and run`);
    deployment = reused;
    if (environment === 'production' && !args.staged && live?.id !== reused.id)
      await provider.promote(reused.id, args.deadline);
  } else {
    const result = await provider.deploy({
      path: args.path,
      environment,
      staged: args.staged,
      prebuilt: args.prebuilt,
      meta: args.meta,
      deadline: args.deadline,
    });
    ({ deployment, uploadedFiles, uploadedBytes } = result);
  }
  if (args.alias) {
    logger.info(`pointing ${args.alias} at ${deployment.id}`);
    await provider.assignAlias(deployment.id, args.alias, args.deadline);
  }
  return { deployment, previous, reused: reused !== undefined, uploadedFiles, uploadedBytes };
}
