import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubDeployments } from '../../src/github/deployments.js';
import { GitHubError } from '../../src/github/errors.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { type Harness, harness, REPO, rejection, SHA_A, SHA_B, SHA_C } from './harness.js';

const DEPLOYMENTS = `/repos/${REPO}/deployments`;
const LOG_1 = 'https://github.com/octo-org/web-app/actions/runs/1/attempts/1';
const LOG_2 = 'https://github.com/octo-org/web-app/actions/runs/1/attempts/2';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

const production = (ref: string, logUrl = LOG_1) => ({
  repository: REPO,
  ref,
  environment: 'production',
  transient: false,
  production: true,
  description: `Greenlight release of ${ref.slice(0, 7)}`,
  payload: { runId: 1 },
  logUrl,
});

const creates = (): number =>
  h.fake.requests.filter((r) => r.method === 'POST' && r.path === DEPLOYMENTS).length;

describe('begin and complete', () => {
  it('creates a deployment, then posts in_progress and success with its URLs', async () => {
    const begun = await h.github.begin(production(SHA_A));
    expect(begun).toMatchObject({ repository: REPO, reused: false, payload: { runId: 1, greenlight: true } });

    const sent = h.fake.requests.find((r) => r.method === 'POST' && r.path === DEPLOYMENTS)?.body;
    expect(sent).toMatchObject({
      ref: SHA_A,
      task: 'deploy',
      environment: 'production',
      required_contexts: [],
      auto_merge: false,
      transient_environment: false,
      production_environment: true,
      payload: { runId: 1, greenlight: true },
    });
    expect(h.fake.statesOf(begun.id)).toEqual(['in_progress']);
    expect(h.fake.statuses[0]).toMatchObject({ log_url: LOG_1, target_url: LOG_1 });

    await h.github.complete(begun, {
      state: 'success',
      environmentUrl: 'https://web-app.example.com',
      logUrl: LOG_1,
    });
    expect(h.fake.statesOf(begun.id)).toEqual(['in_progress', 'success']);
    expect(h.fake.statuses.at(-1)).toMatchObject({
      environment_url: 'https://web-app.example.com',
      log_url: LOG_1,
      environment: 'production',
    });
    expect(h.fake.deployments).toHaveLength(1);
    expect(h.fake.violations).toEqual([]);
  });

  it('reuses the deployment of a re-run (same SHA and environment) instead of creating a second one', async () => {
    const first = await h.github.begin(production(SHA_A, LOG_1));
    await h.github.complete(first, { state: 'failure', description: 'smoke test failed' });
    const second = await h.github.begin(production(SHA_A, LOG_2));

    expect(second).toMatchObject({ id: first.id, reused: true, payload: { runId: 1, greenlight: true } });
    expect(h.fake.deployments).toHaveLength(1);
    expect(creates()).toBe(1);
    expect(h.fake.statesOf(first.id)).toEqual(['in_progress', 'failure', 'in_progress']);
    expect(h.fake.statuses.at(-1)).toMatchObject({ log_url: LOG_2 });
  });

  it('does not post a second in_progress when the same attempt runs begin again', async () => {
    const first = await h.github.begin(production(SHA_A, LOG_1));
    await h.github.begin(production(SHA_A, LOG_1));
    expect(h.fake.statesOf(first.id)).toEqual(['in_progress']);
  });

  it('keys reuse on SHA, environment and its own marker', async () => {
    // Someone else's deployment of the same commit (an Actions `environment:` job, say) is not ours.
    await h.octokit.rest.repos.createDeployment({
      owner: 'octo-org',
      repo: 'web-app',
      ref: SHA_A,
      required_contexts: [],
    });
    const ours = await h.github.begin(production(SHA_A));
    const staging = await h.github.begin({ ...production(SHA_A), environment: 'staging', production: false });
    const other = await h.github.begin(production(SHA_B));

    expect(ours.reused).toBe(false);
    expect(new Set([ours.id, staging.id, other.id]).size).toBe(3);
    expect(h.fake.deployments).toHaveLength(4);
    expect(h.fake.deployments.find((d) => d.id === staging.id)).toMatchObject({
      production_environment: false,
    });
  });

  it('cuts descriptions to the 140 characters GitHub keeps', async () => {
    const long = `Rolled back because ${'the error rate exceeded the limit; '.repeat(10)}`;
    const begun = await h.github.begin({ ...production(SHA_A), description: long });
    await h.github.complete(begun, { state: 'error', description: long });
    for (const status of h.fake.statuses) {
      expect(Array.from(status.description as string)).toHaveLength(140);
      expect(status.description).toMatch(/^Rolled back because .*…$/);
    }
    expect(h.fake.violations).toEqual([]);
  });

  it('records transient previews, which GitHub shows as destroyed once inactive', async () => {
    const preview = {
      ...production(SHA_A),
      environment: 'preview-pr-12',
      transient: true,
      production: false,
    };
    const first = await h.github.begin(preview);
    await h.github.complete(first, { state: 'success', environmentUrl: 'https://pr-12.example.com' });
    const second = await h.github.begin({ ...preview, ref: SHA_B });
    await h.github.complete(second, { state: 'success' });

    expect(h.fake.deployments.map((d) => [d.transient_environment, d.production_environment])).toEqual([
      [true, false],
      [true, false],
    ]);
    // auto_inactive leaves transient deployments alone; the preview is torn down explicitly.
    expect(h.fake.statesOf(first.id)).toEqual(['in_progress', 'success']);
    await h.github.complete(first, { state: 'inactive', description: 'Preview closed' });
    expect(h.fake.statesOf(first.id).at(-1)).toBe('inactive');
  });

  it('refuses a malformed repository, SHA or environment with one line', async () => {
    for (const bad of [
      { ...production(SHA_A), repository: 'web-app' },
      { ...production(SHA_A), ref: 'main' },
      { ...production(SHA_A), environment: ' ' },
    ]) {
      const error = await rejection(h.github.begin(bad));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).not.toContain('\n');
    }
    expect(h.fake.requests).toEqual([]);
  });
});

describe('deactivatePrevious', () => {
  it('marks earlier successful production deployments inactive, which GitHub does not do', async () => {
    const a = await h.github.begin(production(SHA_A));
    await h.github.complete(a, { state: 'success' });
    const c = await h.github.begin(production(SHA_C));
    await h.github.complete(c, { state: 'failure' });
    const b = await h.github.begin(production(SHA_B));
    await h.github.complete(b, { state: 'success' });
    expect(h.fake.statesOf(a.id).at(-1)).toBe('success'); // no auto_inactive for production

    const done = await h.github.deactivatePrevious({
      repository: REPO,
      environment: 'production',
      exceptId: b.id,
    });
    expect(done).toEqual([a.id]);
    expect(h.fake.statesOf(a.id)).toEqual(['in_progress', 'success', 'inactive']);
    expect(h.fake.statesOf(b.id).at(-1)).toBe('success');
    expect(h.fake.statesOf(c.id).at(-1)).toBe('failure');

    // Idempotent: nothing left to deactivate.
    expect(
      await h.github.deactivatePrevious({ repository: REPO, environment: 'production', exceptId: b.id }),
    ).toEqual([]);
  });

  it('after a rollback to an older deployment, deactivates the newer one', async () => {
    const a = await h.github.begin(production(SHA_A));
    await h.github.complete(a, { state: 'success' });
    const b = await h.github.begin(production(SHA_B));
    await h.github.complete(b, { state: 'success' });
    await h.github.deactivatePrevious({ repository: REPO, environment: 'production', exceptId: b.id });

    const back = await h.github.begin({ ...production(SHA_A), description: 'Rollback' });
    expect(back).toMatchObject({ id: a.id, reused: true });
    await h.github.complete(back, { state: 'success' });
    expect(
      await h.github.deactivatePrevious({ repository: REPO, environment: 'production', exceptId: a.id }),
    ).toEqual([b.id]);
  });
});

describe('latestFor', () => {
  it('gives the newest deployment of an environment, or of one commit, with its latest state', async () => {
    expect(await h.github.latestFor({ repository: REPO, environment: 'staging' })).toBeUndefined();
    const staging = { ...production(SHA_A), environment: 'staging', production: false };
    const a = await h.github.begin(staging);
    await h.github.complete(a, {
      state: 'success',
      environmentUrl: 'https://staging.example.com',
      logUrl: LOG_1,
    });
    const b = await h.github.begin({ ...staging, ref: SHA_B });

    expect(await h.github.latestFor({ repository: REPO, environment: 'staging' })).toMatchObject({
      id: b.id,
      sha: SHA_B,
      state: 'in_progress',
      ours: true,
    });
    const ofA = await h.github.latestFor({ repository: REPO, environment: 'staging', sha: SHA_A });
    expect(ofA).toMatchObject({
      id: a.id,
      state: 'success',
      environmentUrl: 'https://staging.example.com',
      logUrl: LOG_1,
      production: false,
      transient: false,
      payload: { runId: 1, greenlight: true },
    });
    expect(
      await h.github.latestFor({ repository: REPO, environment: 'production', sha: SHA_A }),
    ).toBeUndefined();
  });
});

describe('failures', () => {
  it('retries a GET that answered 502', async () => {
    h.fake.failNext('GET', DEPLOYMENTS, 502);
    await h.github.begin(production(SHA_A));
    const lists = h.fake.requests.filter((r) => r.method === 'GET' && r.path === DEPLOYMENTS);
    expect(lists).toHaveLength(2);
    expect(h.fake.deployments).toHaveLength(1);
  });

  it('waits as Retry-After asks on a 429, even for the create', async () => {
    h.fake.failNext('POST', DEPLOYMENTS, 429, { retryAfter: 1 });
    await h.github.begin(production(SHA_A));
    expect(creates()).toBe(2);
    expect(h.fake.deployments).toHaveLength(1);
    expect(h.clock.slept).toContain(1_000);
  });

  it("waits for GitHub's rate-limit reset on a 403 with x-ratelimit-remaining: 0", async () => {
    const reset = Math.ceil((h.clock.now() + 3_000) / 1_000);
    h.fake.failNext('GET', DEPLOYMENTS, 403, {
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const latest = await h.github.latestFor({ repository: REPO, environment: 'production' });
    expect(latest).toBeUndefined();
    expect(h.fake.requests.filter((r) => r.path === DEPLOYMENTS)).toHaveLength(2);
    expect(h.clock.slept.some((ms) => ms >= 2_000 && ms <= 4_000)).toBe(true);
  });

  it('creates exactly one deployment when the create answers 502 after GitHub stored it', async () => {
    h.fake.failNext('POST', DEPLOYMENTS, 502, { after: true });
    const begun = await h.github.begin(production(SHA_A));
    expect(h.fake.deployments).toHaveLength(1);
    expect(creates()).toBe(1);
    expect(begun.id).toBe(h.fake.deployments[0]?.id);
    expect(h.fake.statesOf(begun.id)).toEqual(['in_progress']);
    expect(h.lines().some((l) => l.level === 'warning' && /answered 502/.test(l.message))).toBe(true);
  });

  it('creates again when the create answered 502 and GitHub stored nothing', async () => {
    h.fake.failNext('POST', DEPLOYMENTS, 502);
    await h.github.begin(production(SHA_A));
    expect(creates()).toBe(2);
    expect(h.fake.deployments).toHaveLength(1);
  });

  it('posts a status once when its POST answers 502 after it was stored', async () => {
    const begun = await h.github.begin(production(SHA_A));
    h.fake.failNext('POST', `${DEPLOYMENTS}/*/statuses`, 502, { after: true });
    await h.github.complete(begun, { state: 'success', environmentUrl: 'https://web-app.example.com' });
    expect(h.fake.statesOf(begun.id)).toEqual(['in_progress', 'success']);
  });

  it('fails at once, naming the wait, when GitHub asks to wait past the call deadline', async () => {
    const short = new GitHubDeployments({
      octokit: h.octokit,
      http: h.http,
      clock: h.clock,
      timeoutMs: 5_000,
    });
    h.fake.failNext('GET', DEPLOYMENTS, 429, { retryAfter: 60 });
    const error = await rejection(short.latestFor({ repository: REPO, environment: 'production' }));
    expect(error).toMatchObject({ kind: 'rate_limited' });
    expect(error.message).toMatch(new RegExp(`^GitHub: GET ${DEPLOYMENTS}: rate limited until \\d{4}-`));
    expect(h.fake.requests).toHaveLength(1);
    expect(h.clock.slept).toEqual([]);
  });

  it('gives up on a GitHub outage with one clear line', async () => {
    h.fake.failNext('GET', DEPLOYMENTS, 503, { count: 10 });
    const error = await rejection(h.github.latestFor({ repository: REPO, environment: 'production' }));
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toBe(`GitHub: GET ${DEPLOYMENTS} answered 503: Service Unavailable`);
    expect(h.fake.requests).toHaveLength(4); // the first attempt and the HttpClient's 3 retries
  });

  it('stops repeating an ambiguous create after the configured attempts', async () => {
    h.fake.failNext('POST', DEPLOYMENTS, 500, { count: 10 });
    const error = await rejection(h.github.begin(production(SHA_A)));
    expect(error.message).toBe(`GitHub: POST ${DEPLOYMENTS} answered 500: Internal Server Error`);
    expect(creates()).toBe(3);
    expect(h.fake.deployments).toHaveLength(0);
  });

  it('reports a 403 as one line naming the call, without retrying it', async () => {
    h.fake.failNext('POST', DEPLOYMENTS, 403, {
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
        status: '403',
      },
    });
    const error = await rejection(h.github.begin(production(SHA_A)));
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toMatch(
      new RegExp(`^GitHub: POST ${DEPLOYMENTS} answered 403: Resource not accessible by integration`),
    );
    expect(error.message).not.toContain('\n');
    expect((error as GitHubError).status).toBe(403);
    expect(creates()).toBe(1);
  });
});
