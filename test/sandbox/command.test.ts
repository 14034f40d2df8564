import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSandboxArgs } from '../../src/sandbox/command.js';
import { sandboxCommand, startSandbox } from '../../src/sandbox/index.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function capture(stream: NodeJS.WriteStream): string[] {
  const lines: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe('greenlight sandbox', () => {
  it('parses --port, --state and --token (also --flag=value)', () => {
    expect(parseSandboxArgs(['--port', '4000', '--state', 'dir', '--token=abcdefgh1'])).toEqual({
      port: 4000,
      stateDir: 'dir',
      token: 'abcdefgh1',
    });
  });

  it('rejects bad arguments with one line on stderr and exit code 2', async () => {
    for (const args of [['--port', 'x'], ['--port'], ['--nope'], ['--state', '--port']]) {
      const err = capture(process.stderr);
      const code = await sandboxCommand(args);
      vi.restoreAllMocks();
      expect(code, args.join(' ')).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^greenlight sandbox: .+\n$/);
      expect(err[0]?.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 1 with one line when the API port is taken', async () => {
    const other = await startSandbox();
    try {
      const err = capture(process.stderr);
      const code = await sandboxCommand(['--port', new URL(other.api).port]);
      expect(code).toBe(1);
      expect(err.join('')).toMatch(
        /^greenlight sandbox: Sandbox cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE\n$/,
      );
    } finally {
      vi.restoreAllMocks();
      await other.close();
    }
  });

  it('prints the info as ONE JSON line first, serves, and resolves 0 after SIGTERM', async () => {
    const out = capture(process.stdout);
    capture(process.stderr);
    const existing = new Set(process.listeners('SIGTERM'));
    const running = sandboxCommand(['--token', 'command-test-token']);
    const listener = await new Promise<NodeJS.SignalsListener>((resolve) => {
      const poll = (): void => {
        const added = process.listeners('SIGTERM').find((l) => !existing.has(l));
        if (added && out.length > 0) resolve(added);
        else setTimeout(poll, 5);
      };
      poll();
    });
    expect(out).toHaveLength(1);
    const info = JSON.parse(out[0] ?? '');
    expect(info).toMatchObject({
      token: 'command-test-token',
      teamId: 'team_greenlight',
      projectId: 'prj_greenlight',
    });
    const user = await fetch(`${info.api}/v2/user`, {
      headers: { authorization: 'Bearer command-test-token' },
    });
    expect(user.status).toBe(200);
    listener('SIGTERM');
    expect(await running).toBe(0);
    await expect(fetch(`${info.api}/v2/user`)).rejects.toThrow();
    expect(process.listeners('SIGTERM').filter((l) => !existing.has(l))).toEqual([]);
  });
});
