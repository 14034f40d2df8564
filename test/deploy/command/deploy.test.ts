import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProviderError } from '../../../src/deploy/types.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import {
  type Fixture,
  fixture,
  hang,
  inMs,
  isAlive,
  printLines,
  readPid,
  recordEnv,
  request,
} from './fixture.js';

let f: Fixture;
beforeEach(() => {
  f = fixture();
});
afterEach(() => f.remove());

const RESULT = '{"id": "dpl_1", "url": "https://dpl-1.example.test"}';

describe('deploy', () => {
  it('parses the last JSON line after any logs', async () => {
    f.script('deploy.mjs', printLines('uploading 3 files', '{"progress": 1}', RESULT, 'bye'));
    const { deployment, uploadedBytes } = await f.provider({ deploy: 'node deploy.mjs' }).deploy(request());
    expect(deployment).toMatchObject({
      id: 'dpl_1',
      url: 'https://dpl-1.example.test',
      state: 'ready',
      production: true,
    });
    expect(deployment.createdAt).toBeGreaterThan(0);
    expect(uploadedBytes).toBe(0);
    expect(f.logger.lines.map((l) => l.message)).toContain('uploading 3 files');
  });

  it('takes createdAt (ISO or ms), production and meta when printed', async () => {
    f.script(
      'deploy.mjs',
      printLines(
        '{"id":"d2","url":"http://127.0.0.1:8080/","createdAt":"2026-01-02T03:04:05Z","production":false,"meta":{"region":"eu","n":3}}',
      ),
    );
    const { deployment } = await f
      .provider({ deploy: 'node deploy.mjs' })
      .deploy(request({ meta: { githubRunId: '9' } }));
    expect(deployment).toMatchObject({
      createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      production: false,
      meta: { githubRunId: '9', region: 'eu', n: '3' },
    });
  });

  it('passes every value in GREENLIGHT_* variables, none in argv, and never the action inputs', async () => {
    f.script('deploy.mjs', `${recordEnv('env.json')}\n${printLines(RESULT)}`);
    const provider = f.provider(
      { deploy: 'node deploy.mjs' },
      { env: { ...process.env, INPUT_VERCEL_TOKEN: 'tok', GREENLIGHT_DEPLOYMENT_ID: 'stale' } },
    );
    await provider.deploy(
      request({
        path: 'site/dist',
        environment: 'staging',
        staged: false,
        prebuilt: true,
        meta: { githubCommitSha: 'abc123', 'run-id': '7' },
      }),
    );
    const { env, argv, inputs } = f.readJson<{
      env: Record<string, string>;
      argv: string[];
      inputs: string[];
    }>('env.json');
    expect(env).toEqual({
      GREENLIGHT_PATH: join(process.cwd(), 'site/dist'),
      GREENLIGHT_ENVIRONMENT: 'staging',
      GREENLIGHT_STAGED: 'false',
      GREENLIGHT_PREBUILT: 'true',
      GREENLIGHT_META_GITHUB_COMMIT_SHA: 'abc123',
      GREENLIGHT_META_RUN_ID: '7',
    });
    expect(argv).toEqual([]);
    expect(inputs).toEqual([]);
  });

  it('delivers shell metacharacters verbatim and executes none of them', async () => {
    f.script('deploy.mjs', `${recordEnv('env.json')}\n${printLines(RESULT)}`);
    const meta = {
      quote: '"; rm -rf / #',
      sub: '$(id)',
      touch: '$(touch injected-1)',
      tick: '`touch injected-2`',
      chain: "x' && touch injected-3; echo '",
      newline: 'a\ntouch injected-4',
    };
    await f.provider({ deploy: 'node deploy.mjs' }).deploy(request({ meta }));
    const { env } = f.readJson<{ env: Record<string, string> }>('env.json');
    expect(env).toMatchObject({
      GREENLIGHT_META_QUOTE: meta.quote,
      GREENLIGHT_META_SUB: meta.sub,
      GREENLIGHT_META_TOUCH: meta.touch,
      GREENLIGHT_META_TICK: meta.tick,
      GREENLIGHT_META_CHAIN: meta.chain,
      GREENLIGHT_META_NEWLINE: meta.newline,
    });
    expect(readdirSync(f.dir).sort()).toEqual(['deploy.mjs', 'env.json']);
  });

  it('splits the command line with double quotes and no shell', async () => {
    f.script('deploy.mjs', `${recordEnv('env.json')}\n${printLines(RESULT)}`);
    await f.provider({ deploy: 'node deploy.mjs "a b" c \'d e\' "say \\"hi\\""' }).deploy(request());
    expect(f.readJson<{ argv: string[] }>('env.json').argv).toEqual(['a b', 'c', "'d", "e'", 'say "hi"']);
  });

  it('closes stdin, so a command that reads it gets EOF instead of hanging', async () => {
    f.script(
      'deploy.mjs',
      `let n = 0; process.stdin.on('data', (d) => (n += d.length)).on('end', () => console.log(JSON.stringify({ id: 'd', url: 'https://d.test', meta: { stdin: n } })));`,
    );
    // A deploy that returns at all read end-of-file: without it the script would wait until stopped.
    const { deployment } = await f
      .provider({ deploy: 'node deploy.mjs' })
      .deploy(request({ deadline: inMs(15_000) }));
    expect(deployment.meta.stdin).toBe('0');
  });

  it('without a JSON line fails with one line quoting the last stdout lines', async () => {
    f.script('deploy.mjs', printLines('step 1', 'step 2', 'step 3', 'done: token=S3NT1NEL'));
    const error = await f
      .provider({ deploy: 'node deploy.mjs' }, { secrets: ['S3NT1NEL'] })
      .deploy(request())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    const message = (error as Error).message;
    expect(message).toBe(
      `deploy-command 'node' printed no JSON result line; expected its last JSON line on stdout to be {"id": "...", "url": "https://..."}; last stdout lines: step 2 | step 3 | done: token=***`,
    );
  });

  it('rejects a result line without a usable url', async () => {
    f.script('deploy.mjs', printLines('{"id": "d1", "url": "dpl-1.example.test"}'));
    await expect(f.provider({ deploy: 'node deploy.mjs' }).deploy(request())).rejects.toThrow(
      /printed a result whose "url" is not an absolute http\(s\) URL/,
    );
  });

  it('reports a non-zero exit with the code and the scrubbed stderr tail, naming only the program', async () => {
    f.script(
      'deploy.mjs',
      `for (let i = 1; i <= 7; i++) console.error('line ' + i);\nconsole.error('401: bad token S3NT1NEL-xyz');\nprocess.exit(3);`,
    );
    const provider = f.provider(
      { deploy: 'node deploy.mjs --token S3NT1NEL-xyz' },
      { secrets: ['S3NT1NEL-xyz'] },
    );
    const error = (await provider.deploy(request()).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toBe(
      "deploy-command 'node' exited with code 3; stderr: line 4 | line 5 | line 6 | line 7 | 401: bad token ***",
    );
    const logged = f.logger.lines.map((l) => l.message).join('\n');
    expect(logged).toContain('401: bad token ***');
    expect(logged).not.toContain('S3NT1NEL');
    expect(logged).not.toContain('--token');
  });

  it("writes nothing to the runner's log itself: no echoed command line, no unscrubbed output", async () => {
    f.script(
      'deploy.mjs',
      `console.log('token S3NT1NEL'); console.error('warn S3NT1NEL');\n${printLines(RESULT)}`,
    );
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    try {
      await f
        .provider({ deploy: 'node deploy.mjs --key S3NT1NEL' }, { secrets: ['S3NT1NEL'] })
        .deploy(request());
      const written = [...out.mock.calls, ...err.mock.calls].map((c) => String(c[0])).join('');
      expect(written).not.toContain('S3NT1NEL');
      expect(written).not.toContain('[command]');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(f.logger.lines.map((l) => l.message)).toEqual(
      expect.arrayContaining(["running deploy-command 'node'", 'token ***', 'warn ***']),
    );
  });

  it('stops a command that runs past its deadline and says so', async () => {
    f.script('deploy.mjs', hang('deploy'));
    const error = (await f
      .provider({ deploy: 'node deploy.mjs' })
      .deploy(request({ deadline: inMs(1_500) }))
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toBe("deploy-command 'node' did not finish before the deadline; it was stopped");
    expect(f.logger.lines).toContainEqual({
      level: 'warning',
      message: "deploy-command 'node' passed its deadline; stopping it",
    });
    expect(isAlive(readPid(f.dir, 'deploy.pid'))).toBe(false);
  });

  it('kills a command that ignores SIGTERM once the grace period is over', async () => {
    f.script('deploy.mjs', hang('deploy', true));
    await expect(
      f.provider({ deploy: 'node deploy.mjs' }).deploy(request({ deadline: inMs(1_500) })),
    ).rejects.toThrow(/did not finish before the deadline; it was stopped/);
    expect(f.exists('deploy.sigterm')).toBe(true); // it got SIGTERM first, and survived it
    expect(isAlive(readPid(f.dir, 'deploy.pid'))).toBe(false);
  });

  it('[fault] a command that passes its deadline is stopped together with the child it started', async () => {
    // No shell runs the line, so the background child is started by a script.
    f.script('deploy.sh', 'sleep 30 &\necho "$!" > sleeper.pid\necho "$$" > deploy.pid\nwait\n');
    await expect(
      f.provider({ deploy: 'sh deploy.sh' }).deploy(request({ deadline: inMs(1_500) })),
    ).rejects.toThrow("deploy-command 'sh' did not finish before the deadline; it was stopped");
    expect(isAlive(readPid(f.dir, 'deploy.pid')), 'the command survived').toBe(false);
    expect(isAlive(readPid(f.dir, 'sleeper.pid')), 'its child survived').toBe(false);
  });

  it('[fault] a child that ignores SIGTERM is killed with the command once the grace period is over', async () => {
    // The child ignores SIGTERM before it records its pid, then execs sleep, which keeps ignoring it.
    f.script(
      'deploy.sh',
      `sh -c 'trap "" TERM; echo "$$" > stubborn.pid; exec sleep 30' &\necho "$$" > deploy.pid\nwait\n`,
    );
    await expect(
      f.provider({ deploy: 'sh deploy.sh' }).deploy(request({ deadline: inMs(1_500) })),
    ).rejects.toThrow("deploy-command 'sh' did not finish before the deadline; it was stopped");
    expect(isAlive(readPid(f.dir, 'deploy.pid')), 'the command survived').toBe(false);
    expect(isAlive(readPid(f.dir, 'stubborn.pid')), 'its child survived').toBe(false);
  });

  it('does not start a command whose deadline has already passed', async () => {
    f.script('deploy.mjs', `import { writeFileSync } from 'node:fs';\nwriteFileSync('ran', '1');`);
    await expect(
      f.provider({ deploy: 'node deploy.mjs' }).deploy(request({ deadline: Date.now() - 1 })),
    ).rejects.toThrow(
      "deploy-command 'node' did not finish before the deadline (no time was left to start it)",
    );
    expect(f.exists('ran')).toBe(false);
  });

  it('names the input when the program cannot be found', async () => {
    await expect(f.provider({ deploy: './missing-deploy.sh --prod' }).deploy(request())).rejects.toThrow(
      new ConfigurationError(
        "input 'deploy-command': cannot run './missing-deploy.sh': expected a program on PATH or a path (relative to the working directory) to an executable file",
      ),
    );
  });

  it('names the input when the program is not executable', async () => {
    f.script('deploy.sh', '#!/bin/sh\necho never\n');
    chmodSync(join(f.dir, 'deploy.sh'), 0o644);
    await expect(f.provider({ deploy: './deploy.sh' }).deploy(request())).rejects.toThrow(
      new ConfigurationError(
        "input 'deploy-command': cannot run './deploy.sh': expected a program on PATH or a path (relative to the working directory) to an executable file",
      ),
    );
  });

  it('runs a program given as a path relative to the working directory', async () => {
    f.script('deploy.sh', `#!/bin/sh\necho '${RESULT}'\n`);
    chmodSync(join(f.dir, 'deploy.sh'), 0o755);
    const { deployment } = await f.provider({ deploy: './deploy.sh' }).deploy(request());
    expect(deployment.id).toBe('dpl_1');
  });

  it('says so when the working directory does not exist', async () => {
    const cwd = join(f.dir, 'gone');
    await expect(f.provider({ deploy: 'node deploy.mjs' }, { cwd }).deploy(request())).rejects.toThrow(
      new ProviderError(`deploy-command 'node' could not be started: The cwd: ${cwd} does not exist!`),
    );
  });
});
