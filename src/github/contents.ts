/**
 * Changes one file in a GitHub repository through the REST contents API, safely when others write
 * it at the same time: read the file and its blob SHA, let the caller's {@link FileEdit} compute the
 * new text, write it conditionally on that SHA, and when GitHub says the file moved on (409, or 422
 * for a missing `sha`), read again and re-apply the edit to the newer text. Nothing is overwritten
 * blindly, and every edit that returns lands on top of every other writer's.
 *
 * In `pull-request` mode (for a branch the token may not push to) the change is committed to a new
 * branch `greenlight/flags-<suffix>` made from the base branch's head, and a pull request is opened.
 *
 * Contract:
 * - create or update file contents, `PUT /repos/{owner}/{repo}/contents/{path}`:
 *   https://docs.github.com/rest/repos/contents#create-or-update-file-contents
 * - get repository content, `GET /repos/{owner}/{repo}/contents/{path}?ref=`:
 *   https://docs.github.com/rest/repos/contents#get-repository-content (files over 1 MB come without
 *   `content`; the raw media type returns them up to 100 MB:
 *   https://github.blog/changelog/2022-05-03-increased-file-size-limit-when-retrieving-file-contents-via-rest-api)
 * - git references: https://docs.github.com/rest/git/refs
 * - pull requests: https://docs.github.com/rest/pulls/pulls#create-a-pull-request
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../runtime/clock.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { GitHubError } from './errors.js';
import type { GitHubOctokit } from './octokit.js';
import { writeOnce } from './write-once.js';

/** One file of one repository. */
export interface RepositoryFile {
  /** The repository's owner (user or organisation), e.g. `octo-org`. */
  owner: string;
  /** The repository's name, e.g. `web-app`. */
  repo: string;
  /** The file's path in the repository, `/`-separated, e.g. `flags/flags.json`. */
  path: string;
  /** default: the repository's default branch */
  branch?: string;
}

/**
 * What the caller wants written, given the file's current text (undefined when the file does not
 * exist). Return undefined for "no change". It is called again with the NEW text after a conflict —
 * it must re-apply the operation, not reuse an old result. May throw (bad input): the error
 * propagates, nothing is written.
 *
 * `text` is the whole new file (UTF-8); `message` is the commit message (in `pull-request` mode its
 * first line is also the pull request's title).
 */
export type FileEdit = (current: string | undefined) => { text: string; message: string } | undefined;

/** What {@link writeFileWithRetry} did. */
export interface WriteResult {
  /** Whether a commit now holds the edit (false: the edit asked for no change). */
  changed: boolean;
  /**
   * The commit that wrote the file. Absent when nothing changed, and when a write whose answer was
   * lost (5xx, timeout) turned out to have landed: its commit is not known then.
   */
  commitSha?: string;
  /** That commit's page on GitHub (`html_url`). */
  commitUrl?: string;
  /** `pull-request` mode: the pull request's page on GitHub. */
  pullRequestUrl?: string;
  /** Read–edit–write rounds made, the last one included (1 when nobody else wrote meanwhile). */
  attempts: number;
}

/** How {@link writeFileWithRetry} writes. */
export interface WriteFileOptions {
  /**
   * `commit`: commit straight to the branch. `pull-request`: commit to a new branch
   * `greenlight/flags-<suffix>` made from the branch's head and open a pull request into the branch.
   */
  mode: 'commit' | 'pull-request';
  /** Backoff waits go through `clock.sleep`; the deadline is measured on it. */
  clock: Clock;
  /** Jitter source in [0, 1) (default `Math.random`); also makes the branch suffix. */
  random?: () => number;
  /** Rounds at most before giving up on conflicts (default 5, at least 1). */
  maxAttempts?: number;
  logger: Logger;
  /**
   * Absolute time, ms since the epoch on `clock`: no backoff wait or new round starts after it.
   * Each request is bounded by the HttpClient's own per-attempt timeout, not by this.
   */
  deadline?: number;
}

/**
 * The edit could not be written: every round conflicted with another writer (`attempts` of them), or
 * the deadline came first. Its message is one line; the file holds none of this edit.
 */
export class WriteConflictError extends Error {
  override name = 'WriteConflictError';
  constructor(
    message: string,
    /** Rounds made. */
    readonly attempts: number,
  ) {
    super(message);
  }
}

/** GitHub's media type for a file's raw bytes (any size up to 100 MB). */
export const RAW_MEDIA_TYPE = 'application/vnd.github.raw';

/** The branch prefix of `pull-request` mode. */
export const PULL_REQUEST_BRANCH_PREFIX = 'greenlight/flags-';

/**
 * The blob SHA git (and the contents API's `sha`) gives these bytes: SHA-1 of
 * `blob <byte length>\0<bytes>`; a string is taken as UTF-8.
 */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Reads `file`, applies `edit` and writes the result, re-reading and re-applying `edit` when another
 * writer changed the file in between (GitHub's 409 for a stale `sha`, or 422 `"sha" wasn't supplied`
 * when the file appeared since it was read), after a jittered backoff of 200–1000 ms × the round
 * number through `options.clock`, up to `options.maxAttempts` rounds.
 *
 * `commit` mode: `GET contents?ref=branch` → `edit` → `PUT contents` with the blob `sha` (none for
 * a new file) and `branch`. `pull-request` mode: the base branch's head (`GET git/ref/heads/…`; the
 * default branch from `GET /repos/{owner}/{repo}` when `file.branch` is not given), the file at that
 * commit, `edit`; then `POST git/refs` for `greenlight/flags-<suffix>`, the same write loop on that
 * branch, and `POST pulls` into the base branch. No change → no write, no branch, no pull request.
 *
 * A write whose answer was lost (5xx, timeout, reset; including a PUT the HttpClient repeated after
 * one, which GitHub then answers 409) is read back: when the file holds exactly the text sent, it
 * counts as written (without `commitSha`) instead of being applied twice. (The same holds when
 * another writer happened to write byte-identical text: the file then holds what this edit wanted.)
 *
 * @returns what was done; see {@link WriteResult}
 * @throws the error `edit` throws (nothing is written)
 * @throws WriteConflictError when `maxAttempts` rounds all conflicted, or the deadline came first
 * @throws GitHubError (one line, no token) for any other failure: 401/403 (a 409 for repository
 *   rules, "Changes must be made through a pull request", is one: use `pull-request` mode), 404 for
 *   an unknown repository or branch, a 422 not about `sha`, an outage
 * @throws ConfigurationError when owner, repo or path is empty, or the path is a directory or not a
 *   regular file
 */
export async function writeFileWithRetry(
  octokit: GitHubOctokit,
  file: RepositoryFile,
  edit: FileEdit,
  options: WriteFileOptions,
): Promise<WriteResult> {
  const target = checkFile(file);
  const settings: Settings = {
    octokit,
    clock: options.clock,
    random: options.random ?? Math.random,
    maxAttempts: Math.max(1, Math.floor(options.maxAttempts ?? 5)),
    logger: options.logger,
    deadline: options.deadline ?? Infinity,
  };
  if (options.mode === 'commit') return writeLoop(settings, target, edit);
  return writeThroughPullRequest(settings, target, edit);
}

/**
 * The text of `file` on `file.branch` (the default branch when not given), or undefined when it
 * does not exist: one `GET /repos/{owner}/{repo}/contents/{path}?ref=…`
 * (https://docs.github.com/en/rest/repos/contents#get-repository-content).
 * @throws GitHubError (one line, no token) for an unknown repository or branch and any other failure
 * @throws ConfigurationError when owner, repo or path is empty, or the path is a directory or not a
 *   regular file
 */
export async function readRepositoryFile(
  octokit: GitHubOctokit,
  file: RepositoryFile,
): Promise<string | undefined> {
  const target = checkFile(file);
  return (await readFile(octokit, target, target.branch)).text;
}

interface Settings {
  octokit: GitHubOctokit;
  clock: Clock;
  random: () => number;
  maxAttempts: number;
  logger: Logger;
  deadline: number;
}

/** The file as read: its text and blob SHA, both undefined when it does not exist. */
interface Snapshot {
  text: string | undefined;
  sha: string | undefined;
}

function checkFile(file: RepositoryFile): RepositoryFile {
  const path = file.path.replace(/^\/+/, '');
  if (file.owner.trim() === '' || file.repo.trim() === '')
    throw new ConfigurationError(`repository '${file.owner}/${file.repo}' is not owner/name`);
  if (path === '' || path.endsWith('/'))
    throw new ConfigurationError(`'${file.path}' is not a file path (expected e.g. flags/flags.json)`);
  return { ...file, path };
}

function where(file: RepositoryFile): string {
  return `${file.path} on ${file.branch === undefined ? 'the default branch' : file.branch}`;
}

/**
 * The read–edit–write rounds on one branch. `first`, when given, is the first round's read and
 * edit, already made (pull-request mode reads the base commit before the branch exists).
 */
async function writeLoop(
  settings: Settings,
  file: RepositoryFile,
  edit: FileEdit,
  first?: { snapshot: Snapshot; change: { text: string; message: string } },
): Promise<WriteResult> {
  const { logger, maxAttempts } = settings;
  let sentSha: string | undefined;
  let lastConflict = '';
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let snapshot: Snapshot;
    let change: { text: string; message: string } | undefined;
    if (attempt === 1 && first) {
      ({ snapshot, change } = first);
    } else {
      snapshot = await readFile(settings.octokit, file, file.branch);
      if (sentSha !== undefined && snapshot.sha === sentSha) {
        logger.info(`${where(file)} already holds this change: an earlier write landed despite its error`);
        return { changed: true, attempts: attempt - 1 };
      }
      change = edit(snapshot.text);
    }
    if (change === undefined || change.text === snapshot.text) {
      logger.info(`${where(file)}: no change to write`);
      return { changed: false, attempts: attempt };
    }

    sentSha = gitBlobSha(change.text);
    try {
      const { data } = await settings.octokit.rest.repos.createOrUpdateFileContents({
        owner: file.owner,
        repo: file.repo,
        path: file.path,
        message: change.message,
        content: Buffer.from(change.text, 'utf8').toString('base64'),
        ...(snapshot.sha !== undefined ? { sha: snapshot.sha } : {}),
        ...(file.branch !== undefined ? { branch: file.branch } : {}),
      });
      const commitSha = data.commit.sha;
      logger.info(`${where(file)} written in commit ${commitSha?.slice(0, 7) ?? '(unknown)'}`);
      return {
        changed: true,
        ...(commitSha ? { commitSha } : {}),
        ...(data.commit.html_url ? { commitUrl: data.commit.html_url } : {}),
        attempts: attempt,
      };
    } catch (error) {
      if (isConflict(error)) {
        lastConflict = error.message;
        if (attempt < maxAttempts) await backOff(settings, file, attempt, error.message);
        continue;
      }
      if (error instanceof GitHubError && error.ambiguous && (await landed(settings, file, sentSha))) {
        logger.warning(
          `${error.message}; ${where(file)} holds the change all the same, so it counts as written`,
        );
        return { changed: true, attempts: attempt };
      }
      throw error;
    }
  }
  throw new WriteConflictError(
    `Could not write ${where(file)}: all ${maxAttempts} attempts conflicted with other writes (last: ${lastConflict})`,
    maxAttempts,
  );
}

/**
 * Another writer won: GitHub's 409 for a stale `sha` (`<path> does not match <sha>`, or the branch
 * head moving under the write), or 422 `"sha" wasn't supplied` for a file created since it was read.
 * A 409 for repository rules ("Repository rule violations found", protected branches) is not one.
 */
function isConflict(error: unknown): error is GitHubError {
  if (!(error instanceof GitHubError) || error.kind !== 'status') return false;
  const said = error.message.replace(/^.*? answered \d{3}:?\s*/, '');
  if (error.status === 409) return !/rule violation|protected branch|through a pull request/i.test(said);
  if (error.status === 422) return /"?\bsha\b"? wasn't supplied|\bdoes not match\b/i.test(said);
  return false;
}

/** Waits 200–1000 ms × `attempt` (jittered) before the next round, unless the deadline is nearer. */
async function backOff(
  settings: Settings,
  file: RepositoryFile,
  attempt: number,
  reason: string,
): Promise<void> {
  const waitMs = Math.round((200 + settings.random() * 800) * attempt);
  if (settings.clock.now() + waitMs >= settings.deadline) {
    throw new WriteConflictError(
      `Could not write ${where(file)}: the deadline came after ${attempt} conflicting attempt${attempt === 1 ? '' : 's'} (last: ${reason})`,
      attempt,
    );
  }
  settings.logger.info(
    `${where(file)} changed while being written (${reason}); reading it again and re-applying the edit in ${waitMs} ms (attempt ${attempt + 1} of ${settings.maxAttempts})`,
  );
  await settings.clock.sleep(waitMs);
}

/** Whether the file now holds exactly the bytes whose blob SHA is `sha` (a lost answer's write landed). */
async function landed(settings: Settings, file: RepositoryFile, sha: string): Promise<boolean> {
  try {
    return (await readFile(settings.octokit, file, file.branch)).sha === sha;
  } catch {
    return false; // the write's own error says more than the read-back's
  }
}

/**
 * The file's text and blob SHA at `ref` (branch, or commit SHA; default branch when undefined);
 * both undefined when GitHub answers 404 for the file. A file over 1 MB (no `content`, `encoding:
 * "none"`) is read again with the raw media type; the SHA is then the one of the bytes that read
 * returned, so that text and SHA always belong together even when the file moved between the two
 * reads (the write is conditional on exactly what was edited).
 * @throws GitHubError for an unknown repository or ref (404 "No commit found for the ref …") and
 *   any other failure
 * @throws ConfigurationError when the path is a directory, a symlink or a submodule
 */
async function readFile(
  octokit: GitHubOctokit,
  file: RepositoryFile,
  ref: string | undefined,
): Promise<Snapshot> {
  const request = {
    owner: file.owner,
    repo: file.repo,
    path: file.path,
    ...(ref !== undefined ? { ref } : {}),
  };
  let data: Awaited<ReturnType<GitHubOctokit['rest']['repos']['getContent']>>['data'];
  try {
    ({ data } = await octokit.rest.repos.getContent(request));
  } catch (error) {
    if (error instanceof GitHubError && error.status === 404 && !/no commit found/i.test(error.message)) {
      return { text: undefined, sha: undefined };
    }
    throw error;
  }
  if (Array.isArray(data)) {
    throw new ConfigurationError(`${file.path} in ${file.owner}/${file.repo} is a directory, not a file`);
  }
  if (data.type !== 'file') {
    throw new ConfigurationError(
      `${file.path} in ${file.owner}/${file.repo} is a ${data.type}, not a regular file`,
    );
  }
  const content = 'content' in data && typeof data.content === 'string' ? data.content : undefined;
  const encoding = 'encoding' in data ? data.encoding : undefined;
  if (content !== undefined && encoding === 'base64' && !(content === '' && data.size > 0)) {
    return { text: Buffer.from(content, 'base64').toString('utf8'), sha: data.sha };
  }
  // Over 1 MB: the JSON answer has no content; the raw media type has it (up to 100 MB).
  const raw = await octokit.rest.repos.getContent({ ...request, headers: { accept: RAW_MEDIA_TYPE } });
  const bytes = rawBytes(raw.data as unknown);
  return { text: Buffer.from(bytes).toString('utf8'), sha: gitBlobSha(bytes) };
}

/** Octokit gives a raw answer as a string (`charset=utf-8`) or as bytes (any other type). */
function rawBytes(body: unknown): Uint8Array {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new Error(`GitHub answered the raw media type with ${typeof body}, not the file's bytes`);
}

/** `pull-request` mode: see {@link writeFileWithRetry}. */
async function writeThroughPullRequest(
  settings: Settings,
  file: RepositoryFile,
  edit: FileEdit,
): Promise<WriteResult> {
  const { octokit, logger } = settings;
  const repository = { owner: file.owner, repo: file.repo };
  const base = file.branch ?? (await octokit.rest.repos.get(repository)).data.default_branch;
  const baseFile = { ...file, branch: base };
  const headSha = (await octokit.rest.git.getRef({ ...repository, ref: `heads/${base}` })).data.object.sha;
  const snapshot = await readFile(octokit, baseFile, headSha);
  const change = edit(snapshot.text);
  if (change === undefined || change.text === snapshot.text) {
    logger.info(`${where(baseFile)}: no change to propose`);
    return { changed: false, attempts: 1 };
  }

  const branch = branchName(settings);
  const ref = `refs/heads/${branch}`;
  await writeOnce({
    what: `create branch ${branch}`,
    send: async () => (await octokit.rest.git.createRef({ ...repository, ref, sha: headSha })).data,
    readBack: async () => {
      try {
        const found = (await octokit.rest.git.getRef({ ...repository, ref: `heads/${branch}` })).data;
        return found.object.sha === headSha ? found : undefined;
      } catch (error) {
        if (error instanceof GitHubError && error.status === 404) return undefined;
        throw error;
      }
    },
    attempts: 3,
    delayMs: 1_000,
    deadline: settings.deadline,
    clock: settings.clock,
    logger,
  });
  logger.info(`Branch ${branch} created from ${base} at ${headSha.slice(0, 7)}`);

  const branchFile = { ...file, branch };
  let written: WriteResult;
  try {
    written = await writeLoop(settings, branchFile, edit, { snapshot, change });
  } catch (error) {
    await deleteBranch(settings, file, branch, headSha);
    throw error;
  }
  if (!written.changed) {
    await deleteBranch(settings, file, branch, headSha);
    return written;
  }

  const [title = change.message, ...rest] = change.message.split('\n');
  const body = [
    rest.join('\n').trim(),
    `Proposed by Greenlight: changes \`${file.path}\` on \`${base}\` (branched at ${headSha.slice(0, 7)}).`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  try {
    const pull = await writeOnce({
      what: `open a pull request from ${branch} into ${base}`,
      send: async (): Promise<OpenedPull> => {
        const { data } = await octokit.rest.pulls.create({ ...repository, title, head: branch, base, body });
        return { number: data.number, html_url: data.html_url };
      },
      readBack: async (): Promise<OpenedPull | undefined> => {
        const { data } = await octokit.rest.pulls.list({
          ...repository,
          head: `${file.owner}:${branch}`,
          base,
          state: 'open',
          per_page: 1,
        });
        return data[0] ? { number: data[0].number, html_url: data[0].html_url } : undefined;
      },
      attempts: 3,
      delayMs: 1_000,
      deadline: settings.deadline,
      clock: settings.clock,
      logger,
    });
    logger.info(`Pull request #${pull.number} opened: ${pull.html_url}`);
    return { ...written, pullRequestUrl: pull.html_url };
  } catch (error) {
    logger.warning(
      `The change to ${file.path} is committed on branch ${branch}, but no pull request was opened; open one from it into ${base}`,
    );
    throw error;
  }
}

/** What `pull-request` mode keeps of the pull request it opened (or found opened). */
interface OpenedPull {
  number: number;
  html_url: string;
}

/** `greenlight/flags-<time><random>`: base 36, short, unique enough for concurrent runs. */
function branchName(settings: Settings): string {
  const time = settings.clock.now().toString(36).slice(-6);
  const noise = Math.floor(settings.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${PULL_REQUEST_BRANCH_PREFIX}${time}${noise}`;
}

/**
 * Best effort: removes a branch this call created and left without a pull request, when it still
 * points where it was created (nobody else committed to it).
 */
async function deleteBranch(
  settings: Settings,
  file: RepositoryFile,
  branch: string,
  createdAt: string,
): Promise<void> {
  const ref = { owner: file.owner, repo: file.repo, ref: `heads/${branch}` };
  try {
    if ((await settings.octokit.rest.git.getRef(ref)).data.object.sha !== createdAt) return;
    await settings.octokit.rest.git.deleteRef(ref);
  } catch (error) {
    settings.logger.warning(
      `Could not delete branch ${branch}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
