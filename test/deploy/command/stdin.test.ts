/**
 * A command that exits without reading its (empty, closed) stdin must not crash Greenlight: the
 * write @actions/exec makes to the child's stdin then fails with EPIPE, and that error must be
 * handled. The race depends on timing, so a program that exits at once is run many times; an
 * unhandled 'error' event fails the run (Vitest reports it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Fixture, fixture } from './fixture.js';

let f: Fixture;
afterEach(() => f.remove());

describe('stdin of a command that exits at once', () => {
  it('never raises an unhandled EPIPE', async () => {
    f = fixture();
    // `true` exits immediately without reading stdin; as the promote command its output is ignored.
    const provider = f.provider({ promote: 'true' });
    for (let i = 0; i < 40; i++) await provider.promote(`dpl_${i}`, Date.now() + 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let late 'error' events surface
    expect(f.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
