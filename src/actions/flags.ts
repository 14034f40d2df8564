/**
 * flags entry: inputs → one flag change committed to the flag file through the GitHub contents API
 * (or a pull request, or a dry run) → outputs, a job summary (before → after, the measured share,
 * the commit), and one failure line for bad input, with the file untouched.
 */
import { HttpClient } from '../http/client.js';
import { changeFlag } from '../flags/change.js';
import { parseStages } from '../flags/managed.js';
import { checkFlagRequest } from '../flags/operations.js';
import type { FlagRequest } from '../flags/types.js';
import { codeSpan, markdownTable } from '../format/markdown.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ConfigurationError } from '../runtime/errors.js';
import { flagsSpec } from './flags.inputs.js';

export async function run(): Promise<void> {
  await runActionBody(flagsSpec, async (inputs, ctx) => {
    const env = ctx.env;
    const environment = inputs.environment;
    const reason = inputs.reason?.trim() || undefined;
    if (!reason && (environment === 'production' || inputs.operation === 'kill'))
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
    const request: FlagRequest = {
      operation: inputs.operation,
      flag: inputs.flag.trim(),
      ...(inputs.percentage !== undefined ? { percentage: inputs.percentage } : {}),
      ...(org ? { org } : {}),
      variant: inputs.variant,
      ...(reason ? { reason } : {}),
      bucketBy: inputs['bucket-by'],
      ...(stages ? { stages } : {}),
      actor: env.GITHUB_ACTOR || 'unknown',
      now: new Date(),
      force: inputs.force,
    };
    // Everything the request says on its own is checked before any request is sent.
    checkFlagRequest(request);
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
      throw new ConfigurationError('GITHUB_REPOSITORY: expected owner/repo (the runner sets it)');
    const path = inputs.file?.trim() || `flags/${environment}.flagd.json`;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const workflowRunUrl = env.GITHUB_RUN_ID
      ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;

    const http = new HttpClient({ logger: ctx.logger, userAgent: 'greenlight-flags' });
    const { createOctokit } = await import('../github/octokit.js');
    const octokit = createOctokit({
      token: inputs['github-token'],
      ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
      http,
      logger: ctx.logger,
    });
    const branch = inputs.branch?.trim() || undefined;
    const result = await changeFlag({
      octokit,
      file: { owner, repo, path, ...(branch ? { branch } : {}) },
      request,
      environment,
      mode: inputs.mode,
      dryRun: inputs['dry-run'],
      ...(workflowRunUrl ? { workflowRunUrl } : {}),
      clock: systemClock,
      logger: ctx.logger,
    });

    ctx.setOutput('changed', result.changed);
    ctx.setOutput('commit-sha', result.commitSha ?? '');
    ctx.setOutput('pull-request-url', result.pullRequestUrl ?? '');
    ctx.setOutput('before', result.before);
    ctx.setOutput('after', result.after);
    ctx.setOutput('share', result.share);
    const where = result.commitUrl
      ? `[${(result.commitSha ?? '').slice(0, 7)}](${result.commitUrl})`
      : result.pullRequestUrl
        ? `[pull request](${result.pullRequestUrl})`
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
  });
}
