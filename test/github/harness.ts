/**
 * Wiring for the GitHub tests: the fake GitHub, an HttpClient on a manual clock (retries and
 * `Retry-After` waits cost no time), a recording logger, an Octokit and the deployments client.
 */
import { GitHubDeployments } from '../../src/github/deployments.js';
import { createOctokit, type GitHubOctokit } from '../../src/github/octokit.js';
import { HttpClient } from '../../src/http/client.js';
import { manualClock } from '../../src/runtime/clock.js';
import { type LogLine, recordingLogger } from '../../src/runtime/logger.js';
import { type FakeGitHub, startFakeGitHub } from '../fakes/github.js';

export const SHA_A = 'a'.repeat(40);
export const SHA_B = 'b'.repeat(40);
export const SHA_C = 'c'.repeat(40);
export const REPO = 'octo-org/web-app';

export interface Harness {
  fake: FakeGitHub;
  clock: ReturnType<typeof manualClock>;
  logger: ReturnType<typeof recordingLogger>;
  http: HttpClient;
  octokit: GitHubOctokit;
  github: GitHubDeployments;
  /** Every log line, for secret checks. */
  lines: () => LogLine[];
  close: () => Promise<void>;
}

/** Starts the fake and a client for it; `token` overrides what the client sends. */
export async function harness(options: { token?: string; fakeToken?: string } = {}): Promise<Harness> {
  const fake = await startFakeGitHub(options.fakeToken ? { token: options.fakeToken } : {});
  const clock = manualClock();
  const logger = recordingLogger();
  const http = new HttpClient({
    clock,
    logger,
    baseDelayMs: 10,
    maxDelayMs: 20,
    random: () => 0.5,
    timeoutMs: 5_000,
  });
  const octokit = createOctokit({ token: options.token ?? fake.token, apiUrl: fake.url, http, logger });
  const github = new GitHubDeployments({ octokit, http, clock, logger, readBackDelayMs: 50 });
  return { fake, clock, logger, http, octokit, github, lines: () => logger.lines, close: () => fake.close() };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection, got a value');
}
