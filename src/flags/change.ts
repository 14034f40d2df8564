/**
 * One flag change in a repository, end to end: read the flag file through the GitHub contents API,
 * apply the operation, validate, write it with the file's blob sha — and on a conflict (another
 * change landed first) read the newer file and apply the same operation to it again
 * (github/contents.ts). One commit per change, or a pull request.
 */
import { type GitHubOctokit } from '../github/octokit.js';
import { type RepositoryFile, writeFileWithRetry } from '../github/contents.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import { commitMessage } from './describe.js';
import { applyFlagOperation } from './operations.js';
import { measureShare } from './share.js';
import type { FlagChange, FlagRequest } from './types.js';

export interface FlagChangeResult {
  changed: boolean;
  before: string;
  after: string;
  description: string;
  /** Measured share served `on`, percent (see share.ts); of the file after the change. */
  share: number;
  commitSha?: string;
  commitUrl?: string;
  pullRequestUrl?: string;
  /** Writes tried (more than 1 after conflicts); 0 for a dry run or no change. */
  attempts: number;
  /** The file's text after the change (as read, when nothing changed). */
  text: string;
}

/**
 * Applies `request` to `file` in the repository. With `dryRun` only reads. A request that changes
 * nothing writes nothing (`changed: false`).
 * @throws ConfigurationError for bad input (nothing written); GitHubError when GitHub refuses, or
 *   when conflicts persist after the retries.
 */
export async function changeFlag(options: {
  octokit: GitHubOctokit;
  file: RepositoryFile;
  request: FlagRequest;
  environment: string;
  mode: 'commit' | 'pull-request';
  dryRun: boolean;
  workflowRunUrl?: string;
  /** Runs on the new text before it is written; a throw writes nothing (e.g. the Edge Config size). */
  checkNewText?: (text: string) => void;
  clock: Clock;
  logger: Logger;
}): Promise<FlagChangeResult> {
  const { file, request } = options;
  let last: FlagChange | undefined;
  let lastText: string | undefined;
  const edit = (current: string | undefined): { text: string; message: string } | undefined => {
    lastText = current;
    last = applyFlagOperation(current, request, file.path);
    if (last.changed) options.checkNewText?.(last.text);
    if (!last.changed || options.dryRun) return undefined;
    return {
      text: last.text,
      message: commitMessage(last, request, {
        environment: options.environment,
        ...(options.workflowRunUrl ? { workflowRunUrl: options.workflowRunUrl } : {}),
      }),
    };
  };
  const written = await writeFileWithRetry(options.octokit, file, edit, {
    mode: options.mode,
    clock: options.clock,
    logger: options.logger,
  });
  const change = last as FlagChange | undefined;
  if (!change) throw new Error('the flag file was never read');
  const text = change.changed ? change.text : (lastText ?? '');
  return {
    changed: change.changed,
    before: change.before,
    after: change.after,
    description: change.description,
    share: text ? measureShare(text, request.flag) : 0,
    ...(written.commitSha ? { commitSha: written.commitSha } : {}),
    ...(written.commitUrl ? { commitUrl: written.commitUrl } : {}),
    ...(written.pullRequestUrl ? { pullRequestUrl: written.pullRequestUrl } : {}),
    attempts: written.attempts,
    text,
  };
}
