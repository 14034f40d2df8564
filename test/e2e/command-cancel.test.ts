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
    const command = readPid(workspace, 'deploy.pid');
    const child = readPid(workspace, 'sleeper.pid');
    // A process is identified by its pid AND its start time (/proc/<pid>/stat, field 22): in a
    // full parallel suite an exited pid can be handed to another test's `sh deploy.sh` or `sleep`.
    const startTime = (pid: number): string | undefined => {
      if (process.platform !== 'linux') return 'any';
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      } catch {
        return undefined;
      }
    };
    const started = { command: startTime(command), child: startTime(child) };
    expect(started.command, 'the deploy command is running before the cancel').toBeDefined();
    expect(started.child, 'its child is running before the cancel').toBeDefined();
    cancel.abort();
    const run = await step;

    expect(run.exitCode, run.stdout).not.toBe(0);
    const running = (pid: number, since: string | undefined): boolean =>
      isAlive(pid) && since !== undefined && startTime(pid) === since;
    for (
      let tries = 0;
      tries < 100 && (running(command, started.command) || running(child, started.child));
      tries++
    )
      await sleep(200);
    // Should one survive, say how: its state, parent and process group (stat fields 3–5).
    const how = (pid: number): string => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return `pid ${pid}: state ${state}, parent ${ppid}, process group ${pgrp}; step exit ${run.exitCode}, signal ${run.terminatedBy ?? 'none'}; its log: ${run.stdout.slice(-600)}`;
      } catch {
        return `pid ${pid}: gone`;
      }
    };
    expect(
      running(command, started.command),
      `the deploy command survived the cancel (${how(command)})`,
    ).toBe(false);
    expect(running(child, started.child), `the child it started survived the cancel (${how(child)})`).toBe(
      false,
    );
  });
});
