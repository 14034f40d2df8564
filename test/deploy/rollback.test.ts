/**
 * convergeRollback (src/deploy/rollback.ts) against a fake provider on a manual clock: permanent
 * failures end it at once, transient ones are retried until the deadline, and a rollback without
 * a target never moves production after a rollback that holds.
 */
import { describe, expect, it } from 'vitest';
import { type RollbackHistory, convergeRollback, permanentFailure } from '../../src/deploy/rollback.js';
import { type DeployProvider, type DeploymentInfo, ProviderError } from '../../src/deploy/types.js';
import { VercelRefusal } from '../../src/deploy/vercel/provider.js';
import { manualClock } from '../../src/runtime/clock.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { recordingLogger } from '../../src/runtime/logger.js';

const info = (id: string, createdAt = 1): DeploymentInfo => ({
  id,
  url: `https://${id}.example.test`,
  createdAt,
  production: true,
  state: 'ready',
  meta: {},
});

/** Production is a variable; rollback requests fail with the queued errors, then succeed. */
class Fake implements DeployProvider, RollbackHistory {
  readonly name = 'vercel';
  readonly requests: string[] = [];
  failures: Error[] = [];
  previous: string | undefined;
  last: { fromId: string; toId: string } | undefined;
  constructor(public live: string) {}
  async deploy(): Promise<never> {
    throw new Error('not used');
  }
  async findReusable(): Promise<undefined> {
    return undefined;
  }
  async production(): Promise<DeploymentInfo> {
    return info(this.live);
  }
  async get(id: string): Promise<DeploymentInfo> {
    return info(id);
  }
  async assignAlias(): Promise<void> {}
  async promote(): Promise<void> {}
  async rollback(id: string): Promise<void> {
    this.requests.push(id);
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.last = { fromId: this.live, toId: id };
    this.live = id;
  }
  async previousProduction(): Promise<DeploymentInfo | undefined> {
    return this.previous ? info(this.previous) : undefined;
  }
  async lastRollback(): Promise<{ fromId: string; toId: string } | undefined> {
    return this.last && this.last.toId === this.live ? this.last : undefined;
  }
}

function setup(live: string) {
  const clock = manualClock();
  const logger = recordingLogger();
  const provider = new Fake(live);
  const converge = (toDeploymentId: string | undefined) =>
    convergeRollback(provider, {
      toDeploymentId,
      reason: 'unhealthy',
      deadline: clock.now() + 300_000,
      clock,
      logger,
      random: () => 1,
    });
  return { clock, logger, provider, converge };
}

describe('convergeRollback: permanent failures', () => {
  it.each([
    {
      name: 'a bad token (403)',
      error: new VercelRefusal(
        'Vercel API: roll back to dpl_1: POST https://api/x: answered 403: Not authorized',
        403,
        'vercel-token',
      ),
      line: "input 'vercel-token': Vercel API: roll back to dpl_1: POST https://api/x: answered 403: Not authorized",
    },
    {
      name: 'an unknown deployment (404)',
      error: new VercelRefusal(
        'Vercel API: roll back to dpl_1: answered 404: not found',
        404,
        'to-deployment-id',
      ),
      line: "input 'to-deployment-id': Vercel API: roll back to dpl_1: answered 404: not found",
    },
    {
      name: 'a missing rollback-command',
      error: new ConfigurationError(
        "input 'rollback-command': required with provider 'command' to roll back",
      ),
      line: "input 'rollback-command': required with provider 'command' to roll back",
    },
  ])('[fault] $name ends it after one request, without waiting', async ({ error, line }) => {
    const { clock, provider, converge } = setup('dpl_2');
    provider.failures = [error, error, error];

    const result = await converge('dpl_1');

    expect(result).toEqual({
      outcome: 'rollback_failed',
      toDeploymentId: 'dpl_1',
      fromDeploymentId: 'dpl_2',
      attempts: 1,
      reason: line,
    });
    expect(provider.requests).toEqual(['dpl_1']);
    expect((clock as unknown as { slept: number[] }).slept).toEqual([]);
  });

  it('[fault] transient failures (5xx, resets) are retried with backoff until it holds', async () => {
    const { clock, provider, converge } = setup('dpl_2');
    provider.failures = [
      new ProviderError('Vercel API: roll back to dpl_1: answered 500'),
      new ProviderError('Vercel API: roll back to dpl_1: connection reset'),
    ];

    const result = await converge('dpl_1');

    expect(result).toMatchObject({ outcome: 'rolled_back', attempts: 3, toDeploymentId: 'dpl_1' });
    expect(provider.requests).toEqual(['dpl_1', 'dpl_1', 'dpl_1']);
    expect((clock as unknown as { slept: number[] }).slept).toEqual([1000, 2000]);
  });

  it('permanentFailure tells refusals from transient errors', () => {
    expect(permanentFailure(new ProviderError('answered 503'))).toBeUndefined();
    expect(permanentFailure(new Error('boom'))).toBeUndefined();
    expect(permanentFailure(new VercelRefusal('answered 400', 400, undefined))).toBe('answered 400');
  });
});

describe('convergeRollback: never forward', () => {
  it('[rerun] without a target, after a rollback that holds, it is a noop and requests nothing', async () => {
    const { provider, converge } = setup('dpl_2');
    provider.previous = 'dpl_1';
    const first = await converge(undefined);
    expect(first).toMatchObject({
      outcome: 'rolled_back',
      toDeploymentId: 'dpl_1',
      fromDeploymentId: 'dpl_2',
    });

    // The provider would offer an even older deployment: a second rollback still does not move.
    provider.previous = 'dpl_0';
    const second = await converge(undefined);

    expect(second).toEqual({
      outcome: 'noop',
      toDeploymentId: 'dpl_1',
      fromDeploymentId: 'dpl_1',
      attempts: 0,
      reason:
        'production was already rolled back from dpl_2 to dpl_1; nothing to roll back (give to-deployment-id to go further back)',
    });
    expect(provider.requests).toEqual(['dpl_1']);
  });

  it('with nothing eligible it is rollback_failed with a clear line, nothing requested', async () => {
    const { provider, converge } = setup('dpl_1');
    const result = await converge(undefined);
    expect(result).toMatchObject({
      outcome: 'rollback_failed',
      reason: 'no earlier production deployment to roll back to',
      attempts: 0,
    });
    expect(provider.requests).toEqual([]);
  });
});
