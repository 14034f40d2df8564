import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/errors.js';
import { type Harness, harness, REPO, rejection, SHA_A } from './harness.js';

const SENTINEL = 'ghs_SENTINEL0123456789abcdefSECRET';
const forms = [SENTINEL, encodeURIComponent(SENTINEL), Buffer.from(SENTINEL).toString('base64')];

const begin = (h: Harness) =>
  h.github.begin({
    repository: REPO,
    ref: SHA_A,
    environment: 'production',
    transient: false,
    production: true,
    description: 'release',
  });

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
});

function expectNoSecret(texts: string[]): void {
  for (const text of texts) for (const form of forms) expect(text).not.toContain(form);
}

describe('the token never leaks', () => {
  it('[secret] a wrong token gives one line: 401 Bad credentials', async () => {
    h = await harness({ token: SENTINEL });
    const error = await rejection(begin(h));
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toBe(`GitHub: GET /repos/${REPO}/deployments answered 401: Bad credentials`);
    expectNoSecret([
      error.message,
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
      ...h.lines().map((l) => l.message),
    ]);
  });

  it('[secret] is scrubbed even when GitHub echoes the request headers back', async () => {
    h = await harness({ fakeToken: SENTINEL });
    const echo = `authorization: token ${SENTINEL}; basic ${forms[2]}; url ?access_token=${forms[1]}`;
    h.fake.failNext('GET', `/repos/${REPO}/deployments`, 500, { count: 4, body: { message: echo } });
    h.fake.failNext('POST', `/repos/${REPO}/deployments`, 401, { body: { message: echo } });
    const errors = [
      await rejection(h.github.latestFor({ repository: REPO, environment: 'production' })),
      await rejection(begin(h)),
    ];
    // The requests really carried it, so the check below can fail.
    expect(h.fake.requests.some((r) => r.headers.authorization === `token ${SENTINEL}`)).toBe(true);
    for (const error of errors) {
      expect(error.message).toMatch(
        /^GitHub: (GET|POST) \/repos\/\S+ answered (500|401): authorization: token \*\*\*/,
      );
      expect(error.message).not.toContain('\n');
    }
    expectNoSecret([
      ...errors.flatMap((e) => [e.message, inspect(e, { depth: 10 }), String(e.stack)]),
      ...h.lines().map((l) => l.message),
    ]);
    expect(h.lines().length).toBeGreaterThan(0);
  });

  it('[secret] a timeout or refused connection names the call, not the token', async () => {
    h = await harness({ fakeToken: SENTINEL });
    await h.fake.close();
    const error = await rejection(begin(h));
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toMatch(/^GitHub: GET \/repos\/octo-org\/web-app\/deployments: connection failed/);
    expectNoSecret([error.message, inspect(error, { depth: 10 }), ...h.lines().map((l) => l.message)]);
    h = undefined;
  });
});
