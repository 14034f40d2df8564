/**
 * The release-outcome decision table (src/release/outcome.ts) against a fake provider on a manual
 * clock: what production serves, read back, decides; a rollback only when it still serves a release
 * that was not confirmed healthy.
 */
import { describe, expect, it } from 'vitest';
import type { DeployProvider, DeploymentInfo } from '../../src/deploy/types.js';
import { ProviderError } from '../../src/deploy/types.js';
import {
  type FinalOutcome,
  type ReleaseOutcomeOptions,
  reconcileReleaseOutcome,
} from '../../src/release/outcome.js';
import { manualClock } from '../../src/runtime/clock.js';
import { recordingLogger } from '../../src/runtime/logger.js';

const PREVIOUS = 'dpl_previous';
const RELEASE = 'dpl_release';
const NEWER = 'dpl_newer';

const info = (id: string): DeploymentInfo => ({
  id,
  url: `https://${id}.example.test`,
  createdAt: 1,
  production: true,
  state: 'ready',
  meta: {},
});

/** A provider whose production is a variable; reads can be scripted to fail or to change it. */
class FakeProvider implements DeployProvider {
  readonly name = 'vercel';
  readonly rollbackRequests: string[] = [];
  /** Production reads still to fail (then they succeed). */
  failingReads = 0;
  /** Rollback requests fail while true (production does not move). */
  rollbackBroken = false;
  /** Answers for `rolledBackFrom`. */
  rolledBackAway = new Set<string>();
  /** Production moves to this just after it is first read (a newer release taking over). */
  takeoverAfterFirstRead: string | undefined;
  reads = 0;

  constructor(public live: string | null) {}

  async production(): Promise<DeploymentInfo | undefined> {
    this.reads++;
    if (this.failingReads > 0) {
      this.failingReads--;
      throw new ProviderError('Vercel API: read the project: GET /v9/projects/prj answered 503');
    }
    const seen = this.live;
    if (this.reads === 1 && this.takeoverAfterFirstRead) this.live = this.takeoverAfterFirstRead;
    return seen === null ? undefined : info(seen);
  }
  async get(id: string): Promise<DeploymentInfo> {
    return info(id);
  }
  async rollback(id: string): Promise<void> {
    this.rollbackRequests.push(id);
    if (this.rollbackBroken) throw new ProviderError(`Vercel reports the rollback to ${id} failed`);
    this.live = id;
  }
  async rolledBackFrom(id: string): Promise<boolean> {
    return this.rolledBackAway.has(id);
  }
  async previousProduction(): Promise<DeploymentInfo | undefined> {
    return undefined;
  }
  deploy(): never {
    throw new Error('not used');
  }
  findReusable(): never {
    throw new Error('not used');
  }
  assignAlias(): never {
    throw new Error('not used');
  }
  promote(): never {
    throw new Error('not used');
  }
}

function recordingRecords() {
  const calls: string[] = [];
  return {
    calls,
    rolledBack: async (from: DeploymentInfo | undefined, to: DeploymentInfo, reason: string) => {
      calls.push(`rolledBack ${from?.id} → ${to.id}: ${reason}`);
    },
    rollbackFailed: async (from: DeploymentInfo | undefined, reason: string) => {
      calls.push(`rollbackFailed ${from?.id}: ${reason}`);
    },
  };
}

async function decide(
  provider: FakeProvider,
  release: { outcome?: string; result?: string; deploymentId?: string; previousId?: string },
  extra: Partial<ReleaseOutcomeOptions> = {},
) {
  const records = recordingRecords();
  const logger = recordingLogger();
  const report = await reconcileReleaseOutcome({
    provider,
    clock: manualClock(),
    logger,
    records,
    deploymentId: release.deploymentId ?? RELEASE,
    previousDeploymentId: release.previousId ?? PREVIOUS,
    releaseOutcome: release.outcome ?? '',
    releaseResult: release.result ?? '',
    reason: undefined,
    rollbackTimeoutMs: 30_000,
    random: () => 0.5,
    ...extra,
  });
  return { report, records: records.calls, logger };
}

describe('release-outcome: no deployment', () => {
  it('is failed and touches nothing when the release stopped before a deployment existed', async () => {
    const provider = new FakeProvider(PREVIOUS);
    const { report } = await decide(provider, { deploymentId: '', result: 'cancelled' });
    expect(report).toMatchObject({
      outcome: 'failed',
      productionAtStart: PREVIOUS,
      productionAtEnd: PREVIOUS,
      rollback: undefined,
    });
    expect(report.explanation).toBe(
      `the release stopped before a deployment existed (release job cancelled, outcome none); production untouched, serves ${PREVIOUS}`,
    );
    expect(provider.rollbackRequests).toEqual([]);
  });
});

describe('release-outcome: production serves this release', () => {
  it.each([
    ['promoted', 'success', 'promoted'],
    ['noop', 'success', 'noop'],
    // Cancelled after the step had confirmed it healthy (it writes `promoted` only then).
    ['promoted', 'cancelled', 'promoted'],
  ] as const)('release %s with job %s is %s, nothing rolled back', async (outcome, result, expected) => {
    const provider = new FakeProvider(RELEASE);
    const { report, records } = await decide(provider, { outcome, result });
    expect(report.outcome).toBe(expected);
    expect(report.productionAtEnd).toBe(RELEASE);
    expect(provider.rollbackRequests).toEqual([]);
    expect(records).toEqual([]);
  });

  it.each([
    ['promoted', 'failure'],
    ['noop', 'failure'],
    ['', 'cancelled'],
    ['', 'failure'],
    ['', ''],
    ['rollback_failed', 'failure'],
    ['promoted', ''],
    ['promoted', 'skipped'],
    ['superseded', 'success'],
  ])(
    'release outcome %j with job result %j is not confirmed: rolled back to previous',
    async (outcome, result) => {
      const provider = new FakeProvider(RELEASE);
      const { report, records } = await decide(provider, { outcome, result });
      expect(report.outcome).toBe('rolled_back');
      expect(report.productionAtEnd).toBe(PREVIOUS);
      expect(report.rollback?.outcome).toBe('rolled_back');
      expect(provider.live).toBe(PREVIOUS);
      expect(provider.rollbackRequests).toEqual([PREVIOUS]);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatch(
        new RegExp(`^rolledBack ${RELEASE} → ${PREVIOUS}: ${RELEASE} was not confirmed`),
      );
    },
  );

  it('records the given reason with the rollback', async () => {
    const provider = new FakeProvider(RELEASE);
    const { report, records } = await decide(
      provider,
      { outcome: '', result: 'cancelled' },
      { reason: 'release job cancelled' },
    );
    expect(report.explanation).toBe(
      `production serves the previous ${PREVIOUS} again: release job cancelled`,
    );
    expect(records).toEqual([`rolledBack ${RELEASE} → ${PREVIOUS}: release job cancelled`]);
  });

  it('is rollback_failed with a clear line when there is no previous deployment', async () => {
    const provider = new FakeProvider(RELEASE);
    const { report, records } = await decide(provider, {
      outcome: '',
      result: 'cancelled',
      previousId: '',
    });
    expect(report.outcome).toBe('rollback_failed');
    expect(report.explanation).toContain('there is nothing to roll back to: previous-deployment-id is empty');
    expect(provider.rollbackRequests).toEqual([]);
    expect(records).toEqual([expect.stringMatching(new RegExp(`^rollbackFailed ${RELEASE}: `))]);
  });

  it('is rollback_failed when the rollback does not converge before the deadline', async () => {
    const provider = new FakeProvider(RELEASE);
    provider.rollbackBroken = true;
    const { report, records } = await decide(provider, { outcome: 'promoted', result: 'failure' });
    expect(report.outcome).toBe('rollback_failed');
    expect(report.productionAtEnd).toBe(RELEASE);
    expect(report.explanation).toMatch(
      new RegExp(`production could not be moved back to ${PREVIOUS}: Vercel reports the rollback`),
    );
    expect(provider.rollbackRequests.length).toBeGreaterThan(1);
    expect(records).toEqual([expect.stringMatching(new RegExp(`^rollbackFailed ${RELEASE}: `))]);
  });

  it('does not roll back when a newer release took over before the rollback (re-read)', async () => {
    const provider = new FakeProvider(RELEASE);
    provider.takeoverAfterFirstRead = NEWER;
    const { report } = await decide(provider, { outcome: '', result: 'cancelled' });
    expect(report.outcome).toBe('superseded');
    expect(report.productionAtEnd).toBe(NEWER);
    expect(provider.rollbackRequests).toEqual([]);
  });

  it('treats a previous id equal to the release as nothing to roll back to', async () => {
    const provider = new FakeProvider(RELEASE);
    const { report } = await decide(provider, { outcome: '', result: 'failure', previousId: RELEASE });
    expect(report.outcome).toBe('rollback_failed');
    expect(provider.rollbackRequests).toEqual([]);
  });
});

describe('release-outcome: production serves the previous deployment', () => {
  const cases: [string, string, FinalOutcome][] = [
    ['smoke_failed', 'failure', 'smoke_failed'],
    ['superseded', 'success', 'superseded'],
    ['rolled_back', 'failure', 'rolled_back'],
    ['rollback_failed', 'failure', 'rolled_back'],
    ['promoted', 'success', 'rolled_back'],
    ['noop', 'failure', 'rolled_back'],
    ['failed', 'failure', 'failed'],
    ['', 'cancelled', 'failed'],
    ['', '', 'failed'],
  ];
  it.each(cases)('release outcome %j (job %j) is %s, with no rollback', async (outcome, result, expected) => {
    const provider = new FakeProvider(PREVIOUS);
    const { report, records } = await decide(provider, { outcome, result });
    expect(report.outcome).toBe(expected);
    expect(report.productionAtEnd).toBe(PREVIOUS);
    expect(provider.rollbackRequests).toEqual([]);
    expect(records).toEqual([]);
  });

  it('is rolled_back without a release outcome when the provider says production was rolled back away from it', async () => {
    const provider = new FakeProvider(PREVIOUS);
    provider.rolledBackAway.add(RELEASE);
    const { report } = await decide(provider, { outcome: '', result: 'cancelled' });
    expect(report.outcome).toBe('rolled_back');
    expect(report.explanation).toBe(
      `production serves the previous ${PREVIOUS} again: ${RELEASE} was rolled back (release job cancelled, outcome none)`,
    );
  });

  it('says production is untouched when the release never got to promote', async () => {
    const provider = new FakeProvider(PREVIOUS);
    const { report } = await decide(provider, { outcome: 'failed', result: 'failure' });
    expect(report.explanation).toBe(
      `production serves the previous ${PREVIOUS}, untouched: ${RELEASE} was never promoted (release job failure, outcome failed)`,
    );
  });

  it('counts "nothing" as the previous production on a first release', async () => {
    const provider = new FakeProvider(null);
    const { report } = await decide(provider, { outcome: 'smoke_failed', result: 'failure', previousId: '' });
    expect(report).toMatchObject({ outcome: 'smoke_failed', productionAtEnd: null });
  });
});

describe('release-outcome: production serves something else', () => {
  it.each([
    ['promoted', 'success'],
    ['', 'cancelled'],
    ['rolled_back', 'failure'],
  ])('release outcome %j (job %j) is superseded, naming what production serves', async (outcome, result) => {
    const provider = new FakeProvider(NEWER);
    const { report } = await decide(provider, { outcome, result });
    expect(report.outcome).toBe('superseded');
    expect(report.productionAtEnd).toBe(NEWER);
    expect(report.explanation).toMatch(
      new RegExp(`^production moved on: it serves ${NEWER}, not ${RELEASE}`),
    );
    expect(provider.rollbackRequests).toEqual([]);
  });
});

describe('release-outcome: production cannot be read', () => {
  it('retries the read with backoff and decides once it answers', async () => {
    const provider = new FakeProvider(RELEASE);
    provider.failingReads = 3;
    const { report, logger } = await decide(provider, { outcome: '', result: 'cancelled' });
    expect(report.outcome).toBe('rolled_back');
    expect(logger.lines.filter((l) => l.message.startsWith('could not read production'))).toHaveLength(3);
  });

  it.each([
    [{ deploymentId: '', outcome: '', result: 'cancelled' }, 'failed'],
    [{ outcome: 'promoted', result: 'success' }, 'promoted'],
    [{ outcome: 'noop', result: 'success' }, 'noop'],
    [{ outcome: 'smoke_failed', result: 'failure' }, 'smoke_failed'],
    [{ outcome: 'rolled_back', result: 'failure' }, 'rolled_back'],
    [{ outcome: 'failed', result: 'failure' }, 'failed'],
    [{ outcome: '', result: 'cancelled' }, 'rollback_failed'],
    [{ outcome: 'promoted', result: 'failure' }, 'rollback_failed'],
    [{ outcome: 'rollback_failed', result: 'failure' }, 'rollback_failed'],
  ] as const)(
    'until the deadline: %j is %s (fail closed unless the release step confirmed it)',
    async (release, expected) => {
      const provider = new FakeProvider(RELEASE);
      provider.failingReads = Number.POSITIVE_INFINITY;
      const { report } = await decide(provider, release);
      expect(report.outcome).toBe(expected);
      expect(report.productionAtStart).toBeUndefined();
      expect(report.productionAtEnd).toBeUndefined();
      expect(report.explanation).toContain('production could not be read back (Vercel API: read the project');
      expect(provider.rollbackRequests).toEqual([]);
    },
  );
});

describe('release-outcome: inputs', () => {
  it('warns about a release result GitHub does not report, and treats it as not successful', async () => {
    const provider = new FakeProvider(RELEASE);
    const { report, logger } = await decide(provider, { outcome: 'promoted', result: 'succeeded' });
    expect(report.outcome).toBe('rolled_back');
    expect(logger.lines).toContainEqual({
      level: 'warning',
      message:
        "release-result 'succeeded' is not one of success, failure, cancelled, skipped; treated as not successful",
    });
  });
});
