/**
 * The web address of the workflow run a step belongs to, from the variables the runner sets
 * (https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables).
 */

/**
 * `<GITHUB_SERVER_URL>/<GITHUB_REPOSITORY>/actions/runs/<GITHUB_RUN_ID>` (server default
 * `https://github.com`), or undefined when the repository or the run id is not set (outside a run).
 */
export function workflowRunUrlFrom(env: Record<string, string | undefined>): string | undefined {
  const repository = env.GITHUB_REPOSITORY?.trim();
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!repository || !runId) return undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}/actions/runs/${runId}`;
}
