/**
 * Promote with compare-and-swap: production moves to a deployment only if it still serves what the
 * caller saw before deploying, and never to a deployment older than the one live — a newer release
 * that got there first wins, and the late one is `superseded` without touching anything.
 */
import type { Logger } from '../runtime/logger.js';
import { type DeployProvider, ProviderError } from './types.js';

export type PromoteOutcome = 'promoted' | 'noop' | 'superseded';

export interface PromoteResult {
  outcome: PromoteOutcome;
  /** What production served before (undefined when nothing did or the provider cannot tell). */
  previousDeploymentId: string | undefined;
  /** One line for the log and summary. */
  reason: string;
}

/**
 * @param expectedCurrentId production as recorded before the deploy; when given and production is
 *   something else now, the outcome is `superseded`.
 * @param deadline absolute ms on the provider's clock for the promote and its confirmation.
 * @throws ProviderError when the deployment is not a ready production build, or the provider refuses
 *   or cannot confirm the promote.
 */
export async function promoteWithCas(
  provider: DeployProvider,
  args: { deploymentId: string; expectedCurrentId: string | undefined; deadline: number; logger: Logger },
): Promise<PromoteResult> {
  const { deploymentId, expectedCurrentId, deadline, logger } = args;
  const [live, target] = await Promise.all([provider.production(), provider.get(deploymentId)]);
  const previousDeploymentId = live?.id;
  if (live?.id === deploymentId) {
    return { outcome: 'noop', previousDeploymentId, reason: `production already serves ${deploymentId}` };
  }
  if (expectedCurrentId !== undefined && live?.id !== expectedCurrentId) {
    return {
      outcome: 'superseded',
      previousDeploymentId,
      reason: `production moved to ${live?.id ?? 'nothing'} since ${expectedCurrentId} was recorded; ${deploymentId} was not promoted`,
    };
  }
  // createdAt 0 means unknown (the command provider cannot always tell): no age comparison then.
  if (live && live.createdAt > 0 && target.createdAt > 0 && live.createdAt > target.createdAt) {
    return {
      outcome: 'superseded',
      previousDeploymentId,
      reason: `production serves ${live.id}, newer than ${deploymentId}; an older deployment is not promoted over it`,
    };
  }
  if (target.state !== 'ready')
    throw new ProviderError(`deployment ${deploymentId} is ${target.state}, not ready; not promoted`);
  if (!target.production && provider.name === 'vercel') {
    throw new ProviderError(
      `deployment ${deploymentId} is a preview build; promote a production (staged) deployment`,
    );
  }
  logger.info(`promoting ${deploymentId} (production was ${previousDeploymentId ?? 'empty'})`);
  await provider.promote(deploymentId, deadline);
  return { outcome: 'promoted', previousDeploymentId, reason: `production now serves ${deploymentId}` };
}
