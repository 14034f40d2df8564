/**
 * The deploy bundle with the command provider, cancelled as the runner cancels a step (SIGINT, then
 * SIGTERM, then SIGKILL): the user's command runs in its own process group, so the signal has to be
 * passed on to it and to whatever it started.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../src/runner/bundle.js';
import { isAlive, readPid } from '../deploy/command/fixture.js';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'greenlight-command-cancel-'));
});
afterEach(() => {
  for (const name of ['deploy.pid', 'sleeper.pid']) {
    try {
      process.kill(readPid(workspace, name), 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
  rmSync(workspace, { recursive: true, force: true });
});

const written = (name: string): boolean =>
  existsSync(join(workspace, name)) && readFileSync(join(workspace, name), 'utf8').trim() !== '';

describe('deploy with the command provider, cancelled by the runner', () => {
  it('[fault] SIGINT to the action reaches the deploy command and the child it started', async () => {
    mkdirSync(join(workspace, 'site'));
    writeFileSync(join(workspace, 'site', 'index.html'), '<h1>hi</h1>');
    writeFileSync(
      join(workspace, 'deploy.sh'),
      'sleep 30 &\necho "$!" > sleeper.pid\necho "$$" > deploy.pid\nwait\n',
    );
    const cancel = new AbortController();
    const step = runBundledAction(
      'deploy',
      { provider: 'command', 'deploy-command': 'sh deploy.sh', path: 'site' },
      { cwd: workspace, env: { GITHUB_WORKSPACE: workspace }, signal: cancel.signal },
    );
    while (!(written('deploy.pid') && written('sleeper.pid'))) await sleep(20);
    cancel.abort();
    const run = await step;

    expect(run.exitCode, run.stdout).not.toBe(0);
    const command = readPid(workspace, 'deploy.pid');
    const child = readPid(workspace, 'sleeper.pid');
    // Alive as the same program: on a busy machine (a full parallel suite) an exited pid can be
    // handed to another process before the polling ends.
    const running = (pid: number, program: string): boolean => {
      if (!isAlive(pid)) return false;
      if (process.platform !== 'linux') return true;
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(program);
      } catch {
        return false;
      }
    };
    for (let tries = 0; tries < 100 && (running(command, 'deploy.sh') || running(child, 'sleep')); tries++)
      await sleep(200);
    expect(running(command, 'deploy.sh'), 'the deploy command survived the cancel').toBe(false);
    expect(running(child, 'sleep'), 'the child it started survived the cancel').toBe(false);
  });
});
