/**
 * "Was this deployment rolled back from?" — the guard that keeps a re-run (of the release action,
 * or of a workflow's promote step) from putting a rolled-back deployment live again unless forced.
 */
import type { DeployProvider } from '../deploy/types.js';
import type { ReleaseRecords } from '../github/release-records.js';

/**
 * True when production was rolled back away from `deploymentId`: the GitHub records say this run's
 * commit was rolled back (its latest production status is a `failure` "rolled back: …"; only with
 * `github-token`), or the provider says its last production move was a rollback away from it
 * (Vercel's `lastAliasRequest`; providers without such a record answer nothing). Reads only.
 * @throws ProviderError when the provider cannot be read (GitHub failures are warnings and count
 *   as "no").
 */
export async function wasRolledBackFrom(
  provider: Pick<DeployProvider, 'rolledBackFrom'>,
  records: Pick<ReleaseRecords, 'wasRolledBack'>,
  deploymentId: string,
): Promise<boolean> {
  if (await records.wasRolledBack()) return true;
  return (await provider.rolledBackFrom?.(deploymentId)) ?? false;
}
