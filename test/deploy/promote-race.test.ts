/**
 * promoteWithCas against an in-memory provider with Vercel's promote semantics: a request starts an
 * alias job that completes after a delay, a newer request replaces a pending job, and `promote`
 * confirms by polling (production is `id`, or the last job for `id` succeeded) until its deadline —
 * so it cannot tell that its job was replaced.
 */
import { describe, expect, it } from 'vitest';
import { promoteWithCas, type PromoteTuning } from '../../src/deploy/promote.js';
import { type DeployProvider, type DeploymentInfo, ProviderError } from '../../src/deploy/types.js';
import { systemClock } from '../../src/runtime/clock.js';
import type { Logger } from '../../src/runtime/logger.js';

const logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  error: () => undefined,
} as unknown as Logger;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TUNING: Partial<PromoteTuning> = { pollMs: 5, settleMs: 80, retryDelayMs: 5, requestSliceMs: 2000 };

class RacyProvider implements DeployProvider {
  readonly name = 'vercel';
  production_: string | undefined;
  job: { to: string; status: 'pending' | 'succeeded' | 'failed'; timer?: NodeJS.Timeout } | undefined;
  readonly deployments = new Map<string, DeploymentInfo>();
  promoteRequests: string[] = [];
  /** Delay before a promote request reaches the "server", ms, per request (shifted off in order). */
  writeDelays: number[] = [];
  /** Promote requests that fail (as a 503 after retries would), by order. */
  failRequests = new Set<number>();
  jobMs = 20;

  add(id: string, createdAt: number): DeploymentInfo {
    const d: DeploymentInfo = {
      id,
      url: `https://${id}.example.app`,
      createdAt,
      production: true,
      state: 'ready',
      meta: {},
    };
    this.deployments.set(id, d);
    return d;
  }
  deploy(): never {
    throw new Error('not used');
  }
  findReusable(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
  async production(): Promise<DeploymentInfo | undefined> {
    await sleep(1);
    return this.production_ ? this.deployments.get(this.production_) : undefined;
  }
  async get(idOrUrl: string): Promise<DeploymentInfo> {
    await sleep(1);
    const d = [...this.deployments.values()].find((x) => x.id === idOrUrl || new URL(x.url).host === idOrUrl);
    if (!d) throw new ProviderError(`no deployment ${idOrUrl}`);
    return d;
  }
  assignAlias(): Promise<void> {
    return Promise.resolve();
  }
  async promote(id: string, deadline: number): Promise<void> {
    const n = this.promoteRequests.push(id);
    await sleep(this.writeDelays.shift() ?? 1);
    if (this.failRequests.has(n)) throw new ProviderError(`Vercel API: promote ${id}: answered 503`);
    if (this.job?.timer) clearTimeout(this.job.timer);
    const job: NonNullable<RacyProvider['job']> = { to: id, status: 'pending' };
    job.timer = setTimeout(() => {
      job.status = 'succeeded';
      job.timer = undefined;
      this.production_ = id;
    }, this.jobMs);
    this.job = job;
    for (;;) {
      if (this.production_ === id || (this.job.to === id && this.job.status === 'succeeded')) return;
      if (Date.now() + 10 >= deadline) throw new ProviderError(`the promote to ${id} was not confirmed`);
      await sleep(10);
    }
  }
  rollback(): Promise<void> {
    return Promise.reject(new Error('not used'));
  }
  previousProduction(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}

function setup() {
  const p = new RacyProvider();
  const base = p.add('dpl_base', 1000);
  const old = p.add('dpl_old', 2000);
  const neu = p.add('dpl_new', 3000);
  p.production_ = base.id;
  return { p, base, old, neu };
}

const promote = (p: RacyProvider, deploymentId: string, expectedCurrentId?: string, signal?: AbortSignal) =>
  promoteWithCas(p, {
    deploymentId,
    expectedCurrentId,
    deadline: Date.now() + 20_000,
    logger,
    clock: systemClock,
    tuning: TUNING,
    signal,
  });

describe('promoteWithCas under races', () => {
  // Read-to-write delays (ms) of [old, new], and which starts first.
  const TRIALS: { delays: [number, number]; newFirst: boolean }[] = [
    { delays: [1, 1], newFirst: false },
    { delays: [1, 1], newFirst: true },
    { delays: [30, 1], newFirst: false },
    { delays: [1, 30], newFirst: true },
    { delays: [60, 1], newFirst: true },
    { delays: [10, 15], newFirst: false },
    { delays: [1, 60], newFirst: false },
    { delays: [25, 25], newFirst: true },
    { delays: [120, 1], newFirst: false },
    { delays: [5, 40], newFirst: true },
  ];
  it.each(TRIALS.map((t, i) => ({ ...t, i })))(
    '[race] trial $i: two promotes at once (write delays $delays): production ends on the newer; the older is superseded',
    async ({ delays, newFirst }) => {
      const { p, base, old, neu } = setup();
      const runs = newFirst
        ? [promote(p, neu.id, base.id), promote(p, old.id, base.id)]
        : [promote(p, old.id, base.id), promote(p, neu.id, base.id)];
      p.writeDelays = newFirst ? [delays[1], delays[0]] : [delays[0], delays[1]];
      const [a, b] = await Promise.all(runs);
      const [o, n] = newFirst ? [b, a] : [a, b];
      expect(p.production_).toBe(neu.id);
      expect(o?.outcome).toBe('superseded');
      expect(n?.outcome).toBe('promoted');
    },
  );

  it('[race] an older deployment live since the recorded one (a release that raced ahead) is promoted over', async () => {
    const { p, base, old, neu } = setup();
    p.production_ = old.id;
    const r = await promote(p, neu.id, base.id);
    expect(r).toMatchObject({ outcome: 'promoted', previousDeploymentId: old.id, requests: 1 });
    expect(p.production_).toBe(neu.id);
  });

  it('[race] an older write that lands after a confirmed promote is repaired', async () => {
    const { p, base, old, neu } = setup();
    const pending = promote(p, neu.id, base.id);
    // Once the newer is confirmed, an older write lands (as a run with a stale read would).
    while (p.production_ !== neu.id) await sleep(2);
    p.production_ = old.id;
    const r = await pending;
    expect(r).toMatchObject({ outcome: 'promoted', requests: 2 });
    expect(p.production_).toBe(neu.id);
  });

  it('[race] a rollback to what served before, landing while the promote settles, is left alone', async () => {
    const { p, base, neu } = setup();
    const pending = promote(p, neu.id, base.id);
    while (p.production_ !== neu.id) await sleep(2);
    p.production_ = base.id; // a person's rollback.yml, or this release's own rollback after a cancel
    const r = await pending;
    expect(r.outcome).toBe('superseded');
    expect(r.reason).toContain('a rollback');
    expect(p.promoteRequests).toEqual([neu.id]);
    expect(p.production_).toBe(base.id);
  });

  it('[fault] once the release is cancelled (signal aborted), no retry or repair is sent', async () => {
    const { p, base, neu } = setup();
    p.failRequests.add(1);
    const controller = new AbortController();
    const pending = promote(p, neu.id, base.id, controller.signal);
    while (p.promoteRequests.length === 0) await sleep(1);
    controller.abort(new Error('received SIGINT'));
    await expect(pending).rejects.toThrow('stopped: the release was cancelled');
    await sleep(50);
    expect(p.promoteRequests).toEqual([neu.id]);
    expect(p.production_).toBe(base.id);
  });

  it('[race] a newer deployment that goes live after ours was confirmed supersedes it at once', async () => {
    const { p, base, old, neu } = setup();
    const pending = promote(p, old.id, base.id);
    while (p.production_ !== old.id) await sleep(2);
    p.production_ = neu.id;
    const r = await pending;
    expect(r.outcome).toBe('superseded');
    expect(p.promoteRequests).toEqual([old.id]);
    expect(p.production_).toBe(neu.id);
  });
});

describe('promoteWithCas input and retries', () => {
  it('[input] resolves a URL to its deployment and compares ids', async () => {
    const { p, base, neu } = setup();
    const r = await promote(p, neu.url, base.id);
    expect(r).toMatchObject({ outcome: 'promoted', deploymentId: neu.id });
    expect(p.promoteRequests).toEqual([neu.id]);
  });

  it('[input] a URL of the deployment that is live is a noop', async () => {
    const { p, base } = setup();
    expect((await promote(p, `${base.url}/`)).outcome).toBe('noop');
  });

  it('[retry] a promote request that fails once is retried after production is read again', async () => {
    const { p, base, neu } = setup();
    p.failRequests.add(1);
    const r = await promote(p, neu.id, base.id);
    expect(r).toMatchObject({ outcome: 'promoted', requests: 2 });
    expect(p.production_).toBe(neu.id);
  });

  it('[retry] no retry when a newer deployment went live meanwhile: superseded', async () => {
    const { p, base, old, neu } = setup();
    p.failRequests.add(1);
    p.writeDelays = [20];
    const pending = promote(p, old.id, base.id);
    await sleep(5);
    p.production_ = neu.id;
    const r = await pending;
    expect(r.outcome).toBe('superseded');
    expect(p.promoteRequests).toEqual([old.id]);
    expect(p.production_).toBe(neu.id);
  });

  it('[retry] retries are bounded: the last failure is thrown and production is unchanged', async () => {
    const { p, base, neu } = setup();
    for (let i = 1; i <= 10; i++) p.failRequests.add(i);
    await expect(promote(p, neu.id, base.id)).rejects.toThrow('answered 503');
    expect(p.promoteRequests).toHaveLength(4);
    expect(p.production_).toBe(base.id);
  });
});
