/**
 * The release path's cancellation helpers (src/release/cancel.ts), on a manual clock.
 */
import { describe, expect, it } from 'vitest';
import { abortReason, boundAfterAbort, settleWithin, untilAborted } from '../../src/release/cancel.js';
import { StageCancelled, Timeline } from '../../src/release/stages.js';
import { manualClock } from '../../src/runtime/clock.js';

const never = <T>(): Promise<T> => new Promise<T>(() => {});

describe('untilAborted', () => {
  it('settles as the work does while the signal stays quiet', async () => {
    const controller = new AbortController();
    await expect(untilAborted(controller.signal, async () => 'done')).resolves.toBe('done');
    await expect(
      untilAborted(controller.signal, async () => {
        throw new Error('deploy failed');
      }),
    ).rejects.toThrow('deploy failed');
  });

  it('rejects with StageCancelled, quoting the reason, as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const pending = untilAborted<{ outcome: string; detail: string }>(controller.signal, never);
    controller.abort(new Error('received SIGINT'));
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StageCancelled);
    expect((error as Error).message).toBe('received SIGINT');
  });

  it('does not start the work when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('received SIGTERM'));
    let started = false;
    await expect(
      untilAborted(controller.signal, async () => {
        started = true;
      }),
    ).rejects.toThrow(StageCancelled);
    expect(started).toBe(false);
  });
});

describe('boundAfterAbort', () => {
  it('is the work when nothing aborts', async () => {
    const controller = new AbortController();
    const clock = manualClock();
    await expect(
      boundAfterAbort(
        Promise.resolve('rolled back'),
        controller.signal,
        () => 6000,
        clock,
        () => 'gave up',
      ),
    ).resolves.toBe('rolled back');
    expect(clock.slept).toEqual([]);
  });

  it('gives the work the grace asked for at the abort, then falls back', async () => {
    const controller = new AbortController();
    const clock = manualClock();
    const pending = boundAfterAbort(
      never<string>(),
      controller.signal,
      () => 6500,
      clock,
      () => 'gave up',
    );
    controller.abort();
    await expect(pending).resolves.toBe('gave up');
    expect(clock.slept).toEqual([6500]);
  });
});

describe('settleWithin', () => {
  it('returns when the time is up even if the work never settles, and never rejects', async () => {
    const clock = manualClock();
    await settleWithin(never(), 2000, clock);
    expect(clock.slept).toEqual([2000]);
    await expect(settleWithin(Promise.reject(new Error('promote failed')), 2000, clock)).resolves.toBe(
      undefined,
    );
  });
});

describe('abortReason and the timeline', () => {
  it('says why, and a cancelled stage is recorded as cancelled', async () => {
    const controller = new AbortController();
    expect(abortReason(controller.signal)).toBe('cancelled');
    controller.abort(new Error('received SIGINT'));
    expect(abortReason(controller.signal)).toBe('received SIGINT');
    const timeline = new Timeline(manualClock());
    await expect(
      timeline.run('health check', () =>
        untilAborted<{ outcome: string; detail: string }>(controller.signal, never),
      ),
    ).rejects.toThrow(StageCancelled);
    expect(timeline.stages).toMatchObject([
      { stage: 'health check', outcome: 'cancelled', detail: 'received SIGINT' },
    ]);
  });
});
