/**
 * The release path's steps as the actions share them: deploy (or reuse the ready deployment of the
 * same content) and the meta a deployment carries. Used by the deploy action and the release action.
 */
import { CONTENT_KEY_META } from './content-key.js';
import type { DeployProvider, DeployRequest, DeploymentInfo, Environment, PreparedDeploy } from './types.js';
import type { Logger } from '../runtime/logger.js';

/**
 * The meta a deployment carries: environment, commit, run and attempt, repository and ref. Values
 * come from the runner's `GITHUB_*` variables; absent ones are left out. {@link deployStep} adds the
 * content key; environment + content key (+ repository) are what reuse matches, the rest is
 * information.
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

/** A deploy request (`meta` without the content key, which the step adds), where to alias it, and the log. */
export interface DeployStepArgs extends DeployRequest {
  alias: string | undefined;
  logger: Logger;
}

/** Whether `deployment` was made by the run `meta` describes (both carry the same `githubRunId`). */
const sameRun = (deployment: DeploymentInfo, meta: Record<string, string>): boolean =>
  meta.githubRunId !== undefined && deployment.meta.githubRunId === meta.githubRunId;

/**
 * Records live production while the provider hashes `path` (its prepared deploy), then reuses a
 * ready deployment of the same content (the prepared deploy's content key in
 * `meta.greenlightContentKey`; a re-run, or a new run of the same build) — dropping the prepared
 * deploy unsent — or sends it, and points `alias` at the result.
 *
 * A production deployment of the same content that is older than live production and was made by
 * another run is not reused: promote never moves production back to an older deployment, so
 * releasing earlier content again (a revert) needs a new one. A re-run of the same run still reuses
 * it and ends superseded, as a newer release won.
 * @throws ProviderError / ConfigurationError from the provider (ConfigurationError when `path`
 *   cannot be read).
 */
export async function deployStep(provider: DeployProvider, args: DeployStepArgs): Promise<DeployStepResult> {
  // A bad vercel.json is refused before any request; then the tree is hashed while production is
  // read, and a bad path is reported before an API failure.
  await provider.checkDeployPath?.(args.path, args.prebuilt);
  const [preparing, reading] = await Promise.allSettled([
    provider.prepareDeploy?.(args.path, args.prebuilt),
    args.environment === 'production' ? provider.production() : undefined,
  ]);
  if (preparing.status === 'rejected') throw preparing.reason;
  const prepared = preparing.value;
  try {
    if (reading.status === 'rejected') throw reading.reason;
    return await deployOrReuse(provider, args, prepared, reading.value);
  } finally {
    // Sends nothing when it was reused, or when anything failed before it was sent.
    prepared?.discard();
  }
}

async function deployOrReuse(
  provider: DeployProvider,
  args: DeployStepArgs,
  prepared: PreparedDeploy | undefined,
  live: DeploymentInfo | undefined,
): Promise<DeployStepResult> {
  const { environment, logger } = args;
  const key = prepared?.contentKey;
  const meta = key ? { ...args.meta, [CONTENT_KEY_META]: key } : args.meta;
  let reused = await provider.findReusable(meta, environment);
  if (
    reused &&
    live &&
    reused.id !== live.id &&
    !sameRun(reused, meta) &&
    reused.createdAt > 0 &&
    reused.createdAt < live.createdAt
  ) {
    logger.info(
      `${reused.id} has the same content but is older than production (${live.id}); deploying anew`,
    );
    reused = undefined;
  }
  // When an earlier attempt (or run) already put it live, "before this release" is what preceded it.
  const previous = reused && live?.id === reused.id ? await provider.previousProduction(reused.id) : live;
  let uploadedFiles = 0;
  let uploadedBytes = 0;
  let deployment: DeploymentInfo;
  if (reused) {
    logger.info(`reusing ${reused.id}: already ready with the same content (${CONTENT_KEY_META} ${key})`);
    deployment = reused;
    if (environment === 'production' && !args.staged && live?.id !== reused.id)
      await provider.promote(reused.id, args.deadline);
  } else {
    const request = { environment, staged: args.staged, meta, deadline: args.deadline };
    const result = prepared
      ? await prepared.deploy(request)
      : await provider.deploy({ ...request, path: args.path, prebuilt: args.prebuilt });
    ({ deployment, uploadedFiles, uploadedBytes } = result);
  }
  if (args.alias) {
    logger.info(`pointing ${args.alias} at ${deployment.id}`);
    await provider.assignAlias(deployment.id, args.alias, args.deadline);
  }
  return { deployment, previous, reused: reused !== undefined, uploadedFiles, uploadedBytes };
}
