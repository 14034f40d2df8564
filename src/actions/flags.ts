/**
 * flags entry: inputs → one flag change committed to the flag file through the GitHub contents API
 * (or a pull request, or a dry run) → outputs, a job summary (before → after, the measured share,
 * the commit), and one failure line for bad input, with the file untouched.
 */
import { HttpClient } from '../http/client.js';
import { canaryMarkdown } from '../flags/canary-report.js';
import { changeFlag } from '../flags/change.js';
import { EDGE_CONFIG_ID, checkEdgeConfigSize, syncEdgeConfig } from '../flags/edge-config.js';
import { progressRepository } from '../flags/progress.js';
import { healthMetrics } from '../health/window-inputs.js';
import type { RepositoryFile } from '../github/contents.js';
import type { GitHubOctokit } from '../github/octokit.js';
import { workflowRunUrlFrom } from '../github/run-url.js';
import type { InputValues } from '../inputs/spec.js';
import { parseChecks } from '../probes/check.js';
import { parseStages } from '../flags/managed.js';
import { checkFlagRequest } from '../flags/operations.js';
import type { FlagRequest } from '../flags/types.js';
import { codeSpan, markdownTable } from '../format/markdown.js';
import { type ActionContext, runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ConfigurationError, ReportedFailure, errorMessage } from '../runtime/errors.js';
import { flagsSpec } from './flags.inputs.js';

type Inputs = InputValues<(typeof flagsSpec)['inputs']>;
type Context = ActionContext<keyof (typeof flagsSpec)['outputs'] & string>;

/** The flag file in the repository the run belongs to, and the Octokit that reaches it. */
async function repositoryFile(
  inputs: Inputs,
  ctx: Context,
): Promise<{
  octokit: GitHubOctokit;
  file: RepositoryFile;
  workflowRunUrl: string | undefined;
  http: HttpClient;
}> {
  const env = ctx.env;
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo)
    throw new ConfigurationError('GITHUB_REPOSITORY: expected owner/repo (the runner sets it)');
  const path = inputs.file?.trim() || `flags/${inputs.environment}.flagd.json`;
  const http = new HttpClient({ logger: ctx.logger, userAgent: 'greenlight-flags' });
  const { createOctokit } = await import('../github/octokit.js');
  const octokit = createOctokit({
    token: inputs['github-token'],
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    http,
    logger: ctx.logger,
  });
  const branch = inputs.branch?.trim() || undefined;
  return {
    octokit,
    file: { owner, repo, path, ...(branch ? { branch } : {}) },
    workflowRunUrl: workflowRunUrlFrom(env),
    http,
  };
}

/**
 * Pushes the committed file to the Edge Config store `edge-config-id` names (when it does). A
 * pull request is not pushed: its change is not in effect until it is merged.
 * @throws ConfigurationError / EdgeConfigSyncError: one line naming the input.
 */
async function syncToEdgeConfig(
  inputs: Inputs,
  ctx: Context,
  http: HttpClient,
  text: string,
  landed: string,
): Promise<void> {
  const edgeConfigId = inputs['edge-config-id']?.trim();
  if (!edgeConfigId) return;
  const teamId = inputs['vercel-org-id']?.trim() || ctx.env.VERCEL_ORG_ID;
  const synced = await syncEdgeConfig({
    http,
    apiUrl: inputs['vercel-api-url'].origin,
    token: inputs['vercel-token'] || ctx.env.VERCEL_TOKEN || '',
    ...(teamId?.startsWith('team_') ? { teamId } : {}),
    edgeConfigId,
    documentText: text,
    sizeLimitBytes: inputs['edge-config-size-limit'],
    logger: ctx.logger,
  }).catch((error: unknown) => {
    // The repository already changed: say so, so the state is known.
    throw new ReportedFailure(
      `${landed} to the flag file, but the Edge Config was not updated: ${errorMessage(error)}`,
    );
  });
  ctx.logger.info(
    `Edge Config ${edgeConfigId}: items ${synced.items.join(' and ')} written (${synced.bytes} bytes)`,
  );
}

/** The Edge Config inputs, checked before any request. @throws ConfigurationError naming the input. */
function checkEdgeConfigInputs(inputs: Inputs, ctx: Context): void {
  const edgeConfigId = inputs['edge-config-id']?.trim();
  if (!edgeConfigId) return;
  if (!EDGE_CONFIG_ID.test(edgeConfigId))
    throw new ConfigurationError(
      "input 'edge-config-id': expected a store id like ecfg_abc123 (not a connection string)",
    );
  if (!(inputs['vercel-token'] || ctx.env.VERCEL_TOKEN))
    throw new ConfigurationError("input 'vercel-token': required with edge-config-id (or set VERCEL_TOKEN)");
}

/** `operation: progress`: one pass of the canary controller over the environment's file. */
async function progress(inputs: Inputs, ctx: Context): Promise<void> {
  checkEdgeConfigInputs(inputs, ctx);
  // Checked before any request; the controller fills {{flag}} and {{stage}} per flag.
  const metrics = healthMetrics(inputs, { placeholdersFilled: true });
  const { octokit, file, workflowRunUrl, http } = await repositoryFile(inputs, ctx);
  const { decisions, text } = await progressRepository({
    octokit,
    file,
    environment: inputs.environment,
    mode: inputs.mode,
    actor: ctx.env.GITHUB_ACTOR || 'greenlight-canary',
    ...(workflowRunUrl ? { workflowRunUrl } : {}),
    health: {
      schedule: { intervalMs: inputs['health-interval'], count: inputs['health-count'] },
      ...metrics,
      http,
      clock: systemClock,
      logger: ctx.logger,
    },
    clock: systemClock,
    logger: ctx.logger,
  });
  const applied = decisions.filter(
    (decision) => decision.action !== 'hold' && !decision.superseded && !decision.failed,
  );
  ctx.setOutput('changed', applied.length > 0);
  ctx.setOutput('decisions', JSON.stringify(decisions));
  ctx.setOutput('commit-sha', applied.at(-1)?.commitSha ?? '');
  ctx.setOutput('pull-request-url', applied.at(-1)?.pullRequestUrl ?? '');
  ctx.setOutput('before', '');
  ctx.setOutput('after', '');
  ctx.setOutput('share', '');
  ctx.summary(canaryMarkdown(decisions, inputs.environment));
  if (applied.length > 0 && inputs.mode === 'commit' && text)
    await syncToEdgeConfig(inputs, ctx, http, text, `${applied.length} decision(s) committed`);
  const rolledBack = decisions.filter(
    (decision) => decision.action === 'rollback-canary' || decision.action === 'kill',
  );
  ctx.annotate(
    'warning',
    rolledBack.map((decision) => ({
      title: `canary ${decision.flag}: ${decision.action}`,
      message: `at ${decision.stage}%: ${decision.reason}`,
    })),
  );
  ctx.logger.info(
    `canary pass over ${file.path}: ${decisions.length} canary flag(s), ${applied.length} change(s)`,
  );
  const failed = decisions.filter((decision) => decision.failed);
  if (failed.length > 0)
    throw new ReportedFailure(
      `canary pass: ${failed.length} decision(s) not written (${failed.map((decision) => `${decision.flag}: ${decision.reason}`).join('; ')})`,
    );
}

export async function run(): Promise<void> {
  await runActionBody(flagsSpec, async (inputs, ctx) => {
    const env = ctx.env;
    const environment = inputs.environment;
    const reason = inputs.reason?.trim() || undefined;
    const operation = inputs.operation;
    if (operation === 'progress') return progress(inputs, ctx);
    if (!reason && (environment === 'production' || operation === 'kill'))
      throw new ConfigurationError(
        `input 'reason': required for ${inputs.operation === 'kill' ? 'kill' : 'the production environment'} (it is recorded in the flag and the commit)`,
      );
    const stagesText = inputs.stages?.trim();
    const stages = stagesText ? parseStages(stagesText) : undefined;
    if (stagesText && !stages)
      throw new ConfigurationError(
        `input 'stages': expected ascending percentages ending at 100, e.g. 1,10,25,50,100, got '${stagesText}'`,
      );
    const org = inputs.org?.trim() || undefined;
    const healthUrl = inputs['health-url']?.href;
    const checks = inputs.checks?.trim();
    const request: FlagRequest = {
      operation,
      flag: inputs.flag?.trim() ?? '',
      ...(inputs.percentage !== undefined ? { percentage: inputs.percentage } : {}),
      ...(org ? { org } : {}),
      variant: inputs.variant,
      ...(reason ? { reason } : {}),
      bucketBy: inputs['bucket-by'],
      ...(stages ? { stages } : {}),
      actor: env.GITHUB_ACTOR || 'unknown',
      now: new Date(),
      force: inputs.force,
      ...(operation === 'canary'
        ? {
            canary: {
              healthUrl: healthUrl ?? '',
              ...(checks ? { checks } : {}),
              holdMs: inputs.hold,
              onFailure: inputs['on-failure'],
            },
          }
        : {}),
    };
    if (operation === 'canary' && checks) parseChecks(checks, "input 'checks'");
    // Everything the request says on its own is checked before any request is sent.
    checkFlagRequest(request);
    checkEdgeConfigInputs(inputs, ctx);
    const { octokit, file, workflowRunUrl, http } = await repositoryFile(inputs, ctx);
    const edgeConfigId = inputs['edge-config-id']?.trim();
    const result = await changeFlag({
      octokit,
      file,
      // A change the Edge Config store could not hold is refused before it is committed.
      ...(edgeConfigId && inputs.mode === 'commit'
        ? {
            checkNewText: (text: string) => {
              checkEdgeConfigSize(text, inputs['edge-config-size-limit'], file.path);
            },
          }
        : {}),
      request,
      environment,
      mode: inputs.mode,
      dryRun: inputs['dry-run'],
      ...(workflowRunUrl ? { workflowRunUrl } : {}),
      clock: systemClock,
      logger: ctx.logger,
    });

    ctx.setOutput('changed', result.changed);
    // In pull-request mode the commit is on the pull request's branch: not in effect until merged.
    const committed = !result.pullRequestUrl && result.commitSha ? result.commitSha : undefined;
    ctx.setOutput('commit-sha', committed ?? '');
    ctx.setOutput('pull-request-url', result.pullRequestUrl ?? '');
    ctx.setOutput('before', result.before);
    ctx.setOutput('after', result.after);
    ctx.setOutput('share', result.share);
    const where = result.pullRequestUrl
      ? `[pull request](${result.pullRequestUrl})`
      : result.commitUrl
        ? `[${(result.commitSha ?? '').slice(0, 7)}](${result.commitUrl})`
        : inputs['dry-run']
          ? 'dry run: nothing written'
          : 'no change: nothing written';
    ctx.summary(
      [
        `### 🚩 ${result.changed ? '' : 'No change: '}${result.description} (${environment})`,
        markdownTable(
          ['', 'flag'],
          [
            ['before', result.before ? codeSpan(result.before) : '(none)'],
            ['after', codeSpan(result.after)],
          ],
        ),
        `Measured share served on: **${result.share}%** of 10,000 contexts (flagd-core). ${where}.${
          result.attempts > 1 ? ` Written on attempt ${result.attempts}, after a concurrent change.` : ''
        }`,
      ].join('\n\n'),
    );
    ctx.logger.info(
      `${result.changed ? result.description : `${result.description}: no change`}; share ${result.share}%; ${where}`,
    );
    if (result.changed && committed && !inputs['dry-run'])
      await syncToEdgeConfig(inputs, ctx, http, result.text, `committed ${committed.slice(0, 7)}`);
  });
}
