/**
 * A command's stdin is ended at once. A command that exits (or closes its stdin) before that reaches
 * it can make ending the stream fail with EPIPE; that error must be handled, because an unhandled
 * 'error' event crashes the action. With real processes the race is rare and timing-dependent, so
 * the failure is forced here: stdin is a stream whose end always fails, the test checks that the
 * failure did happen, and Vitest fails the run on any unhandled error.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStdin } from '../../../src/deploy/command/execute.js';
import { type Fixture, fixture } from './fixture.js';

/** A stdin whose end fails with `code`, as a pipe whose reader is gone does. */
function failingStdin(code: string): Writable {
  return new Writable({
    write: (_chunk, _encoding, callback) => callback(),
    final: (callback) => callback(Object.assign(new Error(`write ${code}`), { code })),
  });
}

/** Resolves after the stream's 'error' and 'close' events, which it emits on the next tick. */
const eventsEmitted = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('stdin of a command', () => {
  it('EPIPE while ending it is ignored: not raised, not reported', async () => {
    const stdin = failingStdin('EPIPE');
    const reported: Error[] = [];
    closeStdin(stdin, (error) => reported.push(error));
    await eventsEmitted();
    expect(stdin.errored).toMatchObject({ code: 'EPIPE' });
    expect(stdin.writableEnded).toBe(true);
    expect(reported).toEqual([]);
  });

  it('any other error while ending it is reported, not raised', async () => {
    const stdin = failingStdin('ECONNRESET');
    const reported: Error[] = [];
    closeStdin(stdin, (error) => reported.push(error));
    await eventsEmitted();
    expect(stdin.errored).toMatchObject({ code: 'ECONNRESET' });
    expect(reported).toEqual([expect.objectContaining({ code: 'ECONNRESET' })]);
  });

  describe('through the provider', () => {
    let f: Fixture;
    afterEach(() => f.remove());

    it('a command that exits at once without reading stdin succeeds, with nothing logged above debug', async () => {
      f = fixture();
      // `true` exits immediately without reading stdin; as the promote command its output is ignored.
      await f.provider({ promote: 'true' }).promote('dpl_1', Date.now() + 10_000);
      expect(f.logger.lines.filter((l) => l.level !== 'debug' && l.level !== 'info')).toEqual([]);
    });
  });
});
