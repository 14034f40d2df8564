/**
 * The command's signal forwarding is in place before the command starts: a runner that cancels as
 * soon as it sees the command run must find a listener that passes the signal on, never the default
 * action that ends Greenlight alone (the deploy command's group would then run on, orphaned).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { spawnTracked } from '../../../src/deploy/command/execute.js';

describe('spawnTracked (POSIX)', () => {
  it('listens for SIGINT, SIGTERM and SIGHUP before the spawn, and stops once the command has exited', async () => {
    const before = { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') };
    let during: typeof before | undefined;
    const { child, untrack } = spawnTracked(() => {
      during = { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') };
      return spawn('sh', ['-c', 'exit 0'], { detached: true, stdio: 'ignore' });
    });
    expect(during).toEqual({ SIGINT: before.SIGINT + 1, SIGTERM: before.SIGTERM + 1 });
    untrack(); // still running: kept
    expect(process.listenerCount('SIGINT')).toBe(before.SIGINT + 1);
    await once(child, 'exit');
    untrack();
    expect(process.listenerCount('SIGINT')).toBe(before.SIGINT);
    expect(process.listenerCount('SIGHUP')).toBe(0);
  });

  it('stops listening when the spawn throws', () => {
    const before = process.listenerCount('SIGINT');
    expect(() =>
      spawnTracked(() => {
        throw new Error('spawn refused');
      }),
    ).toThrow('spawn refused');
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
