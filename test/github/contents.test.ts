import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FileEdit,
  gitBlobSha,
  PULL_REQUEST_BRANCH_PREFIX,
  RAW_MEDIA_TYPE,
  type RepositoryFile,
  type WriteFileOptions,
  WriteConflictError,
  writeFileWithRetry,
} from '../../src/github/contents.js';
import { GitHubError } from '../../src/github/errors.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import type { RecordedRequest } from '../fakes/github.js';
import { gitBlobSha as fakeBlobSha } from '../fakes/github.js';
import { type Harness, harness, REPO, rejection } from './harness.js';

const PATH = 'flags/flags.json';
const FILE: RepositoryFile = { owner: 'octo-org', repo: 'web-app', path: PATH };
const CONTENTS = /^\/repos\/octo-org\/web-app\/contents\//;

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  // Every request body the writer sent is valid against GitHub's OpenAPI description.
  expect(h.fake.violations).toEqual([]);
  // The token never reaches a log line.
  expect(h.lines().filter((line) => line.message.includes(h.fake.token))).toEqual([]);
  await h.close();
});

const commitMode = (extra: Partial<WriteFileOptions> = {}): WriteFileOptions => ({
  mode: 'commit',
  clock: h.clock,
  logger: h.logger,
  random: () => 0.5,
  ...extra,
});
const pullRequestMode = (extra: Partial<WriteFileOptions> = {}): WriteFileOptions =>
  commitMode({ mode: 'pull-request', ...extra });

const requests = (method: string, pattern: RegExp): RecordedRequest[] =>
  h.fake.requests.filter((r) => r.method === method && pattern.test(r.path));
const puts = (): RecordedRequest[] => requests('PUT', CONTENTS);
const putBody = (request: RecordedRequest | undefined): Record<string, unknown> =>
  request?.body as Record<string, unknown>;
const decoded = (request: RecordedRequest | undefined): string =>
  Buffer.from(String(putBody(request).content), 'base64').toString('utf8');

/** A JSON edit of one key, `flags[key] = value`, that records every text it was given. */
function setFlag(key: string, value: string, seen: (string | undefined)[] = []): FileEdit {
  return (current) => {
    seen.push(current);
    const document = (current === undefined ? { flags: {} } : JSON.parse(current)) as {
      flags: Record<string, string>;
    };
    if (document.flags[key] === value) return undefined;
    document.flags[key] = value;
    return { text: `${JSON.stringify(document, null, 2)}\n`, message: `Set ${key} to ${value}` };
  };
}

/** An edit that appends one line. */
const appendLine =
  (line: string, seen: (string | undefined)[] = []): FileEdit =>
  (current) => {
    seen.push(current);
    return { text: `${current ?? ''}${line}\n`, message: `Add ${line}` };
  };

const flagsOf = (text: string | undefined): Record<string, string> =>
  (JSON.parse(text ?? '{}') as { flags: Record<string, string> }).flags;

describe('commit mode', () => {
  it('creates a missing file without a sha and reports the commit', async () => {
    const result = await writeFileWithRetry(h.octokit, FILE, setFlag('checkout', 'on'), commitMode());

    expect(result).toEqual({
      changed: true,
      commitSha: h.fake.branchHead('main'),
      commitUrl: `https://github.com/${REPO}/commit/${h.fake.branchHead('main')}`,
      attempts: 1,
    });
    expect(puts()).toHaveLength(1);
    expect(putBody(puts()[0])).not.toHaveProperty('sha');
    expect(putBody(puts()[0])).not.toHaveProperty('branch');
    expect(putBody(puts()[0]).message).toBe('Set checkout to on');
    expect(decoded(puts()[0])).toBe('{\n  "flags": {\n    "checkout": "on"\n  }\n}\n');
    expect(flagsOf(h.fake.file(PATH))).toEqual({ checkout: 'on' });
    expect(h.fake.log()[0]!.message).toBe('Set checkout to on');
  });

  it('updates an existing file with its blob sha, on the branch given', async () => {
    h.fake.setFile(PATH, '{"flags":{"old":"on"}}\n', 'release');
    const seen: (string | undefined)[] = [];

    const result = await writeFileWithRetry(
      h.octokit,
      { ...FILE, branch: 'release' },
      setFlag('checkout', 'off', seen),
      commitMode(),
    );

    expect(result).toMatchObject({ changed: true, attempts: 1, commitSha: h.fake.branchHead('release') });
    expect(seen).toEqual(['{"flags":{"old":"on"}}\n']);
    expect(putBody(puts()[0])).toMatchObject({
      sha: gitBlobSha('{"flags":{"old":"on"}}\n'),
      branch: 'release',
    });
    expect(requests('GET', CONTENTS)[0]?.query).toEqual({ ref: 'release' });
    expect(flagsOf(h.fake.file(PATH, 'release'))).toEqual({ old: 'on', checkout: 'off' });
    expect(h.fake.file(PATH)).toBeUndefined();
  });

  it('writes nothing when the edit asks for no change (or returns the same text)', async () => {
    h.fake.setFile(PATH, '{"flags":{"checkout":"on"}}\n');
    const head = h.fake.branchHead('main');

    expect(await writeFileWithRetry(h.octokit, FILE, setFlag('checkout', 'on'), commitMode())).toEqual({
      changed: false,
      attempts: 1,
    });
    const same: FileEdit = (current) => ({ text: current ?? '', message: 'same' });
    expect(await writeFileWithRetry(h.octokit, FILE, same, commitMode())).toEqual({
      changed: false,
      attempts: 1,
    });
    expect(puts()).toEqual([]);
    expect(h.fake.branchHead('main')).toBe(head);
  });

  it('round-trips UTF-8 text through base64', async () => {
    const text = '{"flags":{"grüße":"🚀 ünïcode"}}\n';
    await writeFileWithRetry(h.octokit, FILE, () => ({ text, message: 'utf-8' }), commitMode());
    expect(h.fake.file(PATH)).toBe(text);
    const seen: (string | undefined)[] = [];
    await writeFileWithRetry(h.octokit, FILE, setFlag('x', 'y', seen), commitMode());
    expect(seen).toEqual([text]);
  });

  it('refuses a directory and reports an unknown branch as GitHub does, writing nothing', async () => {
    h.fake.setFile('flags/a.json', '{}');
    const directory = await rejection(
      writeFileWithRetry(h.octokit, { ...FILE, path: 'flags' }, setFlag('a', 'b'), commitMode()),
    );
    expect(directory).toBeInstanceOf(ConfigurationError);
    expect(directory.message).toBe('flags in octo-org/web-app is a directory, not a file');

    const unknown = await rejection(
      writeFileWithRetry(h.octokit, { ...FILE, branch: 'nope' }, setFlag('a', 'b'), commitMode()),
    );
    expect(unknown).toBeInstanceOf(GitHubError);
    expect(unknown.message).toMatch(/answered 404: No commit found for the ref nope$/);
    expect(puts()).toEqual([]);
  });
});

describe('concurrent writers', () => {
  it('re-applies the edit to the newer text when another writer lands between the read and the write', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    const seenByA: (string | undefined)[] = [];
    const seenByB: (string | undefined)[] = [];
    let resultA: Awaited<ReturnType<typeof writeFileWithRetry>> | undefined;
    // B has read the file; before its PUT lands, A reads and writes the whole way through.
    h.fake.beforeNextPut(async () => {
      resultA = await writeFileWithRetry(h.octokit, FILE, setFlag('alpha', 'on', seenByA), commitMode());
    });

    const resultB = await writeFileWithRetry(h.octokit, FILE, setFlag('beta', 'off', seenByB), commitMode());

    expect(resultA).toMatchObject({ changed: true, attempts: 1 });
    expect(resultB).toMatchObject({ changed: true, attempts: 2, commitSha: h.fake.branchHead('main') });
    expect(flagsOf(h.fake.file(PATH))).toEqual({ alpha: 'on', beta: 'off' });
    expect(seenByB).toHaveLength(2);
    expect(flagsOf(seenByB[0])).toEqual({});
    expect(flagsOf(seenByB[1])).toEqual({ alpha: 'on' }); // re-applied to A's text, not B's old result
    expect(puts().map((r) => putBody(r).message)).toEqual([
      'Set beta to off',
      'Set alpha to on',
      'Set beta to off',
    ]);
    expect(putBody(puts()[2]).sha).toBe(gitBlobSha(h.fake.log()[1]!.files.get(PATH)!));
    expect(h.fake.log().map((c) => c.message)).toEqual([
      'Set beta to off',
      'Set alpha to on',
      'Update flags/flags.json',
      'Initial commit',
    ]);
    expect(h.clock.slept).toEqual([600]); // (200 + 0.5 × 800) × attempt 1
    const conflicts = h.lines().filter((line) => line.message.includes('changed while being written'));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message).toMatch(/answered 409: flags\/flags\.json does not match [0-9a-f]{40}\)/);
    expect(conflicts[0]!.message).not.toContain('\n');
  });

  it('lands both of two writers started together, one of them after a 409', async () => {
    h.fake.setFile(PATH, 'first line\n');
    const seenByA: (string | undefined)[] = [];
    const seenByB: (string | undefined)[] = [];
    let release: () => void = () => {};
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const editA = appendLine('from A', seenByA);
    const editB = appendLine('from B', seenByB);
    const counting =
      (edit: FileEdit): FileEdit =>
      (current) => {
        const change = edit(current);
        if (seenByA.length > 0 && seenByB.length > 0) release();
        return change;
      };
    // Hold the first PUT until both writers have read the same text.
    h.fake.beforeNextPut(() => bothRead);

    const [resultA, resultB] = await Promise.all([
      writeFileWithRetry(h.octokit, FILE, counting(editA), commitMode()),
      writeFileWithRetry(h.octokit, FILE, counting(editB), commitMode()),
    ]);

    expect(seenByA[0]).toBe('first line\n');
    expect(seenByB[0]).toBe('first line\n');
    expect([resultA.attempts, resultB.attempts].sort()).toEqual([1, 2]);
    expect(resultA.changed && resultB.changed).toBe(true);
    const final = h.fake.file(PATH)!;
    expect(final.split('\n').sort()).toEqual(['', 'first line', 'from A', 'from B']);
    expect(final.startsWith('first line\n')).toBe(true);
    expect(puts()).toHaveLength(3);
  });

  it('gives up after maxAttempts conflicts with a one-line error, leaving the file without its edit', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    let other = 0;
    h.fake.beforeNextPut(() => {
      other++;
      h.fake.setFile(PATH, `{"flags":{"other":"${other}"}}\n`);
    }, 10);

    const error = await rejection(
      writeFileWithRetry(h.octokit, FILE, setFlag('mine', 'on'), commitMode({ maxAttempts: 3 })),
    );

    expect(error).toBeInstanceOf(WriteConflictError);
    expect((error as WriteConflictError).attempts).toBe(3);
    expect(error.message).toMatch(
      /^Could not write flags\/flags\.json on the default branch: all 3 attempts conflicted with other writes \(last: GitHub: PUT .* answered 409: .*\)$/,
    );
    expect(error.message).not.toContain('\n');
    expect(puts()).toHaveLength(3);
    expect(h.fake.file(PATH)).toBe('{"flags":{"other":"3"}}\n');
    expect(h.fake.log().some((c) => c.message === 'Set mine to on')).toBe(false);
    expect(h.clock.slept).toEqual([600, 1200]); // no wait after the last attempt
  });

  it('stops waiting when the next backoff would pass the deadline', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    h.fake.beforeNextPut(() => void h.fake.setFile(PATH, '{"flags":{"other":"1"}}\n'));

    const error = await rejection(
      writeFileWithRetry(
        h.octokit,
        FILE,
        setFlag('mine', 'on'),
        commitMode({ deadline: h.clock.now() + 500 }),
      ),
    );

    expect(error).toBeInstanceOf(WriteConflictError);
    expect(error.message).toMatch(/the deadline came after 1 conflicting attempt \(last: GitHub: PUT/);
    expect(h.clock.slept).toEqual([]);
    expect(puts()).toHaveLength(1);
  });

  it('treats a 422 for a missing sha (the file appeared since it was read) as a conflict', async () => {
    const seen: (string | undefined)[] = [];
    h.fake.beforeNextPut(() => void h.fake.setFile(PATH, '{"flags":{"other":"on"}}\n'));

    const result = await writeFileWithRetry(h.octokit, FILE, setFlag('mine', 'on', seen), commitMode());

    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(seen[0]).toBeUndefined();
    expect(flagsOf(seen[1])).toEqual({ other: 'on' });
    expect(putBody(puts()[0])).not.toHaveProperty('sha');
    expect(putBody(puts()[1]).sha).toBe(gitBlobSha('{"flags":{"other":"on"}}\n'));
    expect(flagsOf(h.fake.file(PATH))).toEqual({ other: 'on', mine: 'on' });
    expect(
      h
        .lines()
        .some((line) => line.message.includes(`answered 422: Invalid request. "sha" wasn't supplied.`)),
    ).toBe(true);
  });

  it('retries GitHub’s other 409, the branch head moving during the write', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    h.fake.failNext('PUT', CONTENTS, 409, {
      body: {
        message: `is at ${'1'.repeat(40)} but expected ${'2'.repeat(40)}`,
        documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
        status: '409',
      },
    });
    const result = await writeFileWithRetry(h.octokit, FILE, setFlag('a', 'on'), commitMode());
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(flagsOf(h.fake.file(PATH))).toEqual({ a: 'on' });
  });

  it('propagates a 422 about anything else, and a 409 for repository rules, without retrying', async () => {
    h.fake.failNext('PUT', CONTENTS, 422, {
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Commit', field: 'author', code: 'invalid' }],
        documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
      },
    });
    const invalid = await rejection(writeFileWithRetry(h.octokit, FILE, setFlag('a', 'b'), commitMode()));
    expect(invalid).toBeInstanceOf(GitHubError);
    expect((invalid as GitHubError).status).toBe(422);
    expect(puts()).toHaveLength(1);

    h.fake.failNext('PUT', CONTENTS, 409, {
      body: {
        message: 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
        documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
        status: '409',
      },
    });
    const ruled = await rejection(writeFileWithRetry(h.octokit, FILE, setFlag('a', 'b'), commitMode()));
    expect(ruled).toBeInstanceOf(GitHubError);
    expect(ruled.message).toMatch(/answered 409: Repository rule violations found Changes must be made/);
    expect(puts()).toHaveLength(2);
    expect(h.clock.slept).toEqual([]);
    expect(h.fake.file(PATH)).toBeUndefined();
  });

  it('propagates an edit that throws, writing nothing', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    const head = h.fake.branchHead('main');
    const bad = new Error("flag 'x' does not exist");
    const throwing: FileEdit = () => {
      throw bad;
    };

    expect(await rejection(writeFileWithRetry(h.octokit, FILE, throwing, commitMode()))).toBe(bad);
    expect(await rejection(writeFileWithRetry(h.octokit, FILE, throwing, pullRequestMode()))).toBe(bad);
    expect(puts()).toEqual([]);
    expect(h.fake.branches()).toEqual(['main']);
    expect(h.fake.branchHead('main')).toBe(head);
    expect(h.fake.pulls).toEqual([]);
  });

  it('propagates an edit that throws on a re-read, after the conflict', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    h.fake.beforeNextPut(() => void h.fake.setFile(PATH, 'not json\n'));
    const error = await rejection(writeFileWithRetry(h.octokit, FILE, setFlag('a', 'b'), commitMode()));
    expect(error).toBeInstanceOf(SyntaxError);
    expect(h.fake.file(PATH)).toBe('not json\n');
    expect(puts()).toHaveLength(1);
  });
});

describe('writes whose answer was lost', () => {
  it('does not apply an edit twice when the HTTP client repeated a PUT that had landed (5xx, then 409)', async () => {
    h.fake.setFile(PATH, 'first line\n');
    const seen: (string | undefined)[] = [];
    h.fake.failNext('PUT', CONTENTS, 502, { after: true });

    const result = await writeFileWithRetry(h.octokit, FILE, appendLine('mine', seen), commitMode());

    expect(result).toEqual({ changed: true, attempts: 1 });
    expect(h.fake.file(PATH)).toBe('first line\nmine\n');
    expect(seen).toEqual(['first line\n']);
    expect(puts()).toHaveLength(2); // the HttpClient's repeat got 409
    expect(h.fake.log().filter((c) => c.message === 'Add mine')).toHaveLength(1);
  });

  it('counts a write that failed ambiguously as written when the file holds it', async () => {
    h.fake.failNext('PUT', CONTENTS, 503, { after: true, count: 4 });
    const result = await writeFileWithRetry(h.octokit, FILE, appendLine('mine'), commitMode());
    expect(result).toEqual({ changed: true, attempts: 1 });
    expect(h.fake.file(PATH)).toBe('mine\n');
    expect(
      h.lines().some((l) => l.level === 'warning' && l.message.includes('holds the change all the same')),
    ).toBe(true);
  });

  it('propagates the GitHubError of a failed write that did not land', async () => {
    h.fake.failNext('PUT', CONTENTS, 503, { count: 4 });
    const error = await rejection(writeFileWithRetry(h.octokit, FILE, appendLine('mine'), commitMode()));
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).status).toBe(503);
    expect(error.message).toMatch(/^GitHub: PUT \/repos\/octo-org\/web-app\/contents\/.* answered 503/);
    expect(h.fake.file(PATH)).toBeUndefined();
  });
});

describe('files over 1 MB', () => {
  const big = `${JSON.stringify({ flags: {}, padding: 'x'.repeat(1024 * 1024) })}\n`;
  const rawGets = (): RecordedRequest[] =>
    requests('GET', CONTENTS).filter((r) => String(r.headers.accept).includes('vnd.github.raw'));

  it('reads the text through the raw media type and writes the edit on top of it', async () => {
    h.fake.setFile(PATH, big);
    const seen: (string | undefined)[] = [];

    const result = await writeFileWithRetry(h.octokit, FILE, setFlag('checkout', 'on', seen), commitMode());

    expect(result).toMatchObject({ changed: true, attempts: 1 });
    expect(seen).toEqual([big]);
    expect(rawGets()).toHaveLength(1);
    expect(rawGets()[0]!.headers.accept).toBe(RAW_MEDIA_TYPE);
    expect(putBody(puts()[0]).sha).toBe(gitBlobSha(big));
    expect(flagsOf(h.fake.file(PATH))).toEqual({ checkout: 'on' });
  });

  it('reads raw answers that come as bytes', async () => {
    h.fake.setFile(PATH, big);
    h.fake.rawContentType = 'application/octet-stream';
    const seen: (string | undefined)[] = [];
    await writeFileWithRetry(h.octokit, FILE, setFlag('checkout', 'on', seen), commitMode());
    expect(seen).toEqual([big]);
  });

  it('edits and writes conditionally on the bytes the raw read returned, even when they are newer', async () => {
    h.fake.setFile(PATH, big);
    const newer = big.replace('{"flags":{}', '{"flags":{"other":"on"}');
    h.fake.beforeNext(
      (r) => r.method === 'GET' && String(r.headers.accept).includes('vnd.github.raw'),
      () => void h.fake.setFile(PATH, newer),
    );
    const seen: (string | undefined)[] = [];

    const result = await writeFileWithRetry(h.octokit, FILE, setFlag('mine', 'on', seen), commitMode());

    expect(result).toMatchObject({ changed: true, attempts: 1 });
    expect(seen).toEqual([newer]);
    expect(putBody(puts()[0]).sha).toBe(gitBlobSha(newer)); // not the metadata's older sha
    expect(flagsOf(h.fake.file(PATH))).toEqual({ other: 'on', mine: 'on' });
  });
});

describe('pull-request mode', () => {
  it('branches from the base head, writes there and opens a pull request, leaving the base alone', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    const baseHead = h.fake.branchHead('main')!;

    const result = await writeFileWithRetry(
      h.octokit,
      FILE,
      (current) => ({
        text: current!.replace('{}', '{"checkout":"on"}'),
        message: 'Enable checkout\n\nRequested by @octocat.',
      }),
      pullRequestMode(),
    );

    const branch = h.fake.branches().find((b) => b.startsWith(PULL_REQUEST_BRANCH_PREFIX))!;
    expect(branch).toMatch(/^greenlight\/flags-[0-9a-z]{10}$/);
    expect(requests('POST', /\/git\/refs$/).map((r) => r.body)).toEqual([
      { ref: `refs/heads/${branch}`, sha: baseHead },
    ]);
    expect(h.fake.log(branch).map((c) => c.sha)).toEqual([
      h.fake.branchHead(branch),
      ...h.fake.log().map((c) => c.sha),
    ]);
    expect(h.fake.file(PATH, branch)).toBe('{"flags":{"checkout":"on"}}\n');
    expect(h.fake.file(PATH)).toBe('{"flags":{}}\n');
    expect(h.fake.branchHead('main')).toBe(baseHead);
    expect(putBody(puts()[0])).toMatchObject({ branch, sha: gitBlobSha('{"flags":{}}\n') });

    expect(h.fake.pulls).toHaveLength(1);
    const pull = h.fake.pulls[0]!;
    expect(pull).toMatchObject({ title: 'Enable checkout', head: { ref: branch }, base: { ref: 'main' } });
    expect(pull.body).toContain('Requested by @octocat.');
    expect(pull.body).toContain(`\`${PATH}\` on \`main\``);
    expect(result).toEqual({
      changed: true,
      commitSha: h.fake.branchHead(branch),
      commitUrl: `https://github.com/${REPO}/commit/${h.fake.branchHead(branch)}`,
      pullRequestUrl: pull.html_url,
      attempts: 1,
    });
    expect(requests('GET', /^\/repos\/octo-org\/web-app$/)).toHaveLength(1); // the default branch
  });

  it('uses the branch given as the base, reading the file at its head commit', async () => {
    h.fake.setFile(PATH, '{"flags":{"a":"on"}}\n', 'release');
    const releaseHead = h.fake.branchHead('release')!;

    const result = await writeFileWithRetry(
      h.octokit,
      { ...FILE, branch: 'release' },
      setFlag('b', 'on'),
      pullRequestMode(),
    );

    expect(h.fake.pulls[0]).toMatchObject({ base: { ref: 'release', sha: releaseHead } });
    expect(result.pullRequestUrl).toBe(h.fake.pulls[0]!.html_url);
    expect(requests('GET', CONTENTS)[0]?.query).toEqual({ ref: releaseHead });
    expect(requests('GET', /^\/repos\/octo-org\/web-app$/)).toEqual([]);
    expect(h.fake.file(PATH, 'release')).toBe('{"flags":{"a":"on"}}\n');
  });

  it('creates no branch and no pull request when nothing changes', async () => {
    h.fake.setFile(PATH, '{"flags":{"checkout":"on"}}\n');

    const result = await writeFileWithRetry(h.octokit, FILE, setFlag('checkout', 'on'), pullRequestMode());

    expect(result).toEqual({ changed: false, attempts: 1 });
    expect(requests('POST', /\/git\/refs$/)).toEqual([]);
    expect(h.fake.branches()).toEqual(['main']);
    expect(h.fake.pulls).toEqual([]);
    expect(puts()).toEqual([]);
  });

  it('deletes its branch when the write fails, and keeps it (saying so) when only the pull request fails', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    h.fake.failNext('PUT', CONTENTS, 403, {
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const refused = await rejection(
      writeFileWithRetry(h.octokit, FILE, setFlag('a', 'on'), pullRequestMode()),
    );
    expect(refused).toBeInstanceOf(GitHubError);
    expect(requests('POST', /\/git\/refs$/)).toHaveLength(1);
    expect(h.fake.branches()).toEqual(['main']);

    h.fake.failNext('POST', '/repos/octo-org/web-app/pulls', 403, {
      body: {
        message: 'GitHub Actions is not permitted to create or approve pull requests.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      },
    });
    await h.clock.sleep(60_000); // another branch name
    const noPull = await rejection(
      writeFileWithRetry(h.octokit, FILE, setFlag('a', 'on'), pullRequestMode()),
    );
    expect(noPull.message).toMatch(/answered 403: GitHub Actions is not permitted/);
    const kept = h.fake.branches().filter((b) => b.startsWith(PULL_REQUEST_BRANCH_PREFIX));
    expect(kept).toHaveLength(1);
    expect(flagsOf(h.fake.file(PATH, kept[0]))).toEqual({ a: 'on' });
    expect(h.fake.pulls).toEqual([]);
    expect(h.lines().some((l) => l.level === 'warning' && l.message.includes(`on branch ${kept[0]}`))).toBe(
      true,
    );
  });

  it('finds the pull request it opened when the answer was lost, instead of opening a second', async () => {
    h.fake.setFile(PATH, '{"flags":{}}\n');
    h.fake.failNext('POST', '/repos/octo-org/web-app/pulls', 502, { after: true });

    const result = await writeFileWithRetry(h.octokit, FILE, setFlag('a', 'on'), pullRequestMode());

    expect(h.fake.pulls).toHaveLength(1);
    expect(result.pullRequestUrl).toBe(h.fake.pulls[0]!.html_url);
    expect(requests('POST', /\/pulls$/)).toHaveLength(1);
  });
});

describe('gitBlobSha', () => {
  it('is git’s blob SHA, the same the fake computes', () => {
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a'); // git hash-object
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    expect(gitBlobSha('grüße 🚀')).toBe(fakeBlobSha('grüße 🚀'));
  });
});
