import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/errors.js';
import { apiBaseUrl, createOctokit } from '../../src/github/octokit.js';
import { HttpClient } from '../../src/http/client.js';
import { manualClock } from '../../src/runtime/clock.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { type FakeGitHub, startFakeGitHub } from '../fakes/github.js';
import { rejection } from './harness.js';

let fake: FakeGitHub;
let savedApiUrl: string | undefined;
beforeEach(async () => {
  fake = await startFakeGitHub();
  savedApiUrl = process.env.GITHUB_API_URL;
});
afterEach(async () => {
  if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedApiUrl;
  await fake.close();
});

const http = () => new HttpClient({ clock: manualClock(), baseDelayMs: 1, maxDelayMs: 2 });

describe('createOctokit', () => {
  it('sends through the HttpClient to GITHUB_API_URL with the token', async () => {
    process.env.GITHUB_API_URL = fake.url;
    const octokit = createOctokit({ token: fake.token, http: http() });
    fake.failNext('GET', '/repos/o/r/deployments', 503); // retried by our client, not by Octokit
    const { data } = await octokit.rest.repos.listDeployments({ owner: 'o', repo: 'r' });
    expect(data).toEqual([]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]?.headers.authorization).toBe(`token ${fake.token}`);
    expect(fake.requests[1]?.headers['user-agent']).toMatch(/^greenlight/);
  });

  it('prefers apiUrl over GITHUB_API_URL and defaults to api.github.com', () => {
    process.env.GITHUB_API_URL = 'https://ghe.example.com/api/v3/';
    expect(apiBaseUrl()).toBe('https://ghe.example.com/api/v3');
    expect(apiBaseUrl('http://127.0.0.1:1')).toBe('http://127.0.0.1:1');
    delete process.env.GITHUB_API_URL;
    expect(apiBaseUrl()).toBe('https://api.github.com');
  });

  it('refuses an empty token or a bad API URL with one line', () => {
    expect(() => createOctokit({ token: '  ', http: http() })).toThrow(ConfigurationError);
    expect(() => createOctokit({ token: 't', apiUrl: 'ftp://x', http: http() })).toThrow(/must be http\(s\)/);
    expect(() => createOctokit({ token: 't', apiUrl: 'not a url', http: http() })).toThrow(/is not a URL/);
  });

  it('prints paths without the GHES base path', async () => {
    const octokit = createOctokit({ token: fake.token, apiUrl: `${fake.url}/api/v3`, http: http() });
    const error = await rejection(
      octokit.rest.repos.getDeployment({ owner: 'o', repo: 'r', deployment_id: 7 }),
    );
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toBe('GitHub: GET /repos/o/r/deployments/7 answered 404: Not Found');
    expect(error).toMatchObject({
      status: 404,
      kind: 'status',
      method: 'GET',
      path: '/repos/o/r/deployments/7',
    });
  });

  it("turns GitHub's multi-line 422 into one line", async () => {
    const octokit = createOctokit({ token: fake.token, apiUrl: fake.url, http: http() });
    const error = await rejection(
      octokit.request('POST /repos/{owner}/{repo}/deployments', {
        owner: 'o',
        repo: 'r',
        ref: 'a'.repeat(40),
        auto_merge: 'no' as unknown as boolean, // deliberately not what the schema allows
      }),
    );
    expect(error.message).toBe(
      `GitHub: POST /repos/o/r/deployments answered 422: Invalid request. For 'properties/auto_merge', "no" is not a boolean.`,
    );
    expect((error as GitHubError).documentationUrl).toBe(
      'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
    );
    expect(fake.violations).toHaveLength(1);
  });
});
