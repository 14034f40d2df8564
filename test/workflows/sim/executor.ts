// Runs simulated steps on this machine, the way a runner would: `$/actions/<name>` steps run the
// committed bundle (`node dist/<name>.js` with INPUT_* variables), `run:` steps run in bash (or the
// step's `shell:`, e.g. `node {0}`) with GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STEP_SUMMARY, and the
// few third-party actions the workflows use are played by local equivalents (checkout copies a
// prepared tree, the artifact actions copy files and directories, setup-node and pnpm/action-setup
// do nothing). Anything else fails loudly.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runBundledAction } from '../../../src/runner/bundle.js';
import { parseFileCommands } from '../../../src/runner/file-commands.js';
import type { StepExecutor, StepInvocation, StepResult } from './simulator.js';

export interface LocalExecutorOptions {
  /** The caller repository's files: what `actions/checkout` puts in each job's workspace. */
  readonly checkout: string;
  /** Environment for every step (e.g. `GITHUB_API_URL` of a loopback fake). */
  readonly env?: Record<string, string>;
  /** Decides a step instead of running it (return undefined to run it). */
  readonly override?: (invocation: StepInvocation) => StepResult | undefined;
  /** Called when a step starts running (after `override` declined). */
  readonly onStep?: (invocation: StepInvocation) => void;
}

/** A step executor plus what it ran, for assertions. */
export interface LocalExecutor {
  readonly execute: StepExecutor;
  /** `jobPath#stepId` of every step that ran here (not overridden), in order. */
  readonly ran: string[];
  /** Captured logs by `jobPath#stepId`, latest attempt. */
  readonly logs: Map<string, string>;
  /** The job summary (GITHUB_STEP_SUMMARY) each step wrote, by `jobPath#stepId`, when not empty. */
  readonly summaries: Map<string, string>;
}

/** The runner's interval between SIGINT and SIGTERM, then SIGTERM and kill, when cancelling (ms). */
const SIGINT_TO_SIGTERM_MS = 7_500;
const SIGTERM_TO_KILL_MS = 2_500;

/**
 * Makes an executor whose jobs each get a fresh workspace under one temporary root (removed by the
 * caller with {@link LocalExecutor}'s `root`).
 */
export function localExecutor(options: LocalExecutorOptions): LocalExecutor & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'greenlight-sim-'));
  const ran: string[] = [];
  const logs = new Map<string, string>();
  const summaries = new Map<string, string>();
  // What each job's steps appended to GITHUB_ENV: the environment of its later steps.
  const jobEnv = new Map<string, Record<string, string>>();
  const workspaces = new Map<string, string>();
  const workspaceOf = (invocation: StepInvocation): string => {
    const key = `${invocation.runId}.${invocation.attempt}.${invocation.jobPath}`;
    let dir = workspaces.get(key);
    if (!dir) {
      dir = join(root, 'jobs', key.replace(/[^\w.-]/g, '_'));
      mkdirSync(join(dir, 'workspace'), { recursive: true });
      mkdirSync(join(dir, 'temp'), { recursive: true });
      workspaces.set(key, dir);
    }
    return dir;
  };
  const artifactDir = (invocation: StepInvocation, name: string): string =>
    join(root, 'artifacts', String(invocation.runId), name.replace(/[^\w.-]/g, '_'));

  const execute: StepExecutor = async (invocation) => {
    const decided = options.override?.(invocation);
    if (decided) return decided;
    const key = `${invocation.jobPath}#${invocation.step.id}`;
    ran.push(key);
    options.onStep?.(invocation);
    const jobDir = workspaceOf(invocation);
    const workspace = join(jobDir, 'workspace');
    const env: Record<string, string> = {
      ...runnerEnv(invocation, workspace, join(jobDir, 'temp')),
      ...(options.env ?? {}),
      ...(jobEnv.get(jobDir) ?? {}),
      ...invocation.env,
    };
    const uses = invocation.step.uses;
    if (uses === '$/' || uses?.startsWith('$/actions/')) {
      // `$/` alone is the root action.yml: the release action.
      const action = uses === '$/' ? 'release' : uses.slice('$/actions/'.length);
      const run = await runBundledAction(action, invocation.with, {
        env,
        cwd: workspace,
        signal: invocation.signal,
      });
      logs.set(key, run.stdout + run.stderr);
      if (run.summary) summaries.set(key, run.summary);
      return { outcome: run.exitCode === 0 ? 'success' : 'failure', outputs: run.outputs };
    }
    if (uses?.startsWith('actions/checkout@')) {
      cpSync(options.checkout, workspace, { recursive: true });
      return { outcome: 'success' };
    }
    if (uses?.startsWith('actions/setup-node@') || uses?.startsWith('pnpm/action-setup@'))
      return { outcome: 'success' };
    if (uses?.startsWith('actions/upload-artifact@'))
      return uploadArtifact(invocation, workspace, artifactDir);
    if (uses?.startsWith('actions/download-artifact@'))
      return downloadArtifact(invocation, workspace, artifactDir);
    if (uses !== undefined) throw new Error(`${key}: no local equivalent of '${uses}'`);
    const result = await runScript(invocation.script ?? '', {
      cwd: resolve(workspace, invocation.workingDirectory ?? '.'),
      env,
      shell: invocation.shell,
      temp: join(jobDir, 'temp'),
      signal: invocation.signal,
    });
    logs.set(key, result.log);
    if (result.summary) summaries.set(key, result.summary);
    if (Object.keys(result.env).length > 0)
      jobEnv.set(jobDir, { ...(jobEnv.get(jobDir) ?? {}), ...result.env });
    return { outcome: result.outcome, outputs: result.outputs };
  };
  return { execute, ran, logs, summaries, root };
}

/** The variables the runner sets for every step (https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables). */
function runnerEnv(invocation: StepInvocation, workspace: string, temp: string): Record<string, string> {
  const github = invocation.github;
  const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: text(github.sha),
    GITHUB_REF: text(github.ref),
    GITHUB_REF_NAME: text(github.ref_name),
    GITHUB_REPOSITORY: text(github.repository),
    GITHUB_RUN_ID: text(github.run_id),
    GITHUB_RUN_ATTEMPT: String(invocation.attempt),
    GITHUB_EVENT_NAME: text(github.event_name),
    GITHUB_ACTOR: text(github.actor),
    GITHUB_SERVER_URL: text(github.server_url),
    // Nothing here may reach the internet: a refused loopback port unless a fake is given.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: workspace,
    GITHUB_JOB: invocation.jobPath.split('/').pop() ?? '',
    RUNNER_TEMP: temp,
  };
}

function uploadArtifact(
  invocation: StepInvocation,
  workspace: string,
  artifactDir: (invocation: StepInvocation, name: string) => string,
): StepResult {
  const name = invocation.with.name || 'artifact';
  const source = resolve(workspace, invocation.with.path ?? '');
  if (!existsSync(source)) {
    return { outcome: invocation.with['if-no-files-found'] === 'error' ? 'failure' : 'success' };
  }
  const target = artifactDir(invocation, name);
  // A directory uploads its contents; a single file lands at the artifact's root.
  if (statSync(source).isDirectory()) cpSync(source, target, { recursive: true });
  else {
    mkdirSync(target, { recursive: true });
    cpSync(source, join(target, basename(source)));
  }
  return { outcome: 'success', outputs: { 'artifact-id': name } };
}

function downloadArtifact(
  invocation: StepInvocation,
  workspace: string,
  artifactDir: (invocation: StepInvocation, name: string) => string,
): StepResult {
  const target = resolve(workspace, invocation.with.path || '.');
  const pattern = invocation.with.pattern;
  if (pattern && !invocation.with.name) {
    // Every artifact of the run whose name matches (`*` wildcards), each in `path/<name>/` unless
    // merge-multiple puts them all in `path/`.
    const matcher = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
    const root = join(artifactDir(invocation, 'x'), '..');
    const names = existsSync(root) ? readdirSync(root).filter((name) => matcher.test(name)) : [];
    const merge = invocation.with['merge-multiple'] === 'true';
    for (const name of names)
      cpSync(join(root, name), merge ? target : join(target, name), { recursive: true });
    return { outcome: 'success', outputs: { 'download-path': target } };
  }
  const name = invocation.with.name || 'artifact';
  const source = artifactDir(invocation, name);
  if (!existsSync(source)) return { outcome: 'failure' };
  cpSync(source, target, { recursive: true });
  return { outcome: 'success', outputs: { 'download-path': target } };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The command line of a step's shell: `bash --noprofile --norc -eo pipefail {0}` (the runner's bash
 * default, also when `shell:` is absent), `sh -e {0}`, or a custom `command … {0}` template.
 * @throws Error for another shell (pwsh, python, cmd: not played here)
 */
function shellCommand(shell: string | undefined, file: string): [string, string[]] {
  const template =
    shell === undefined || shell === '' || shell === 'bash'
      ? 'bash --noprofile --norc -eo pipefail {0}'
      : shell === 'sh'
        ? 'sh -e {0}'
        : shell;
  if (!template.includes('{0}')) throw new Error(`shell '${shell}' is not played by the simulator`);
  const [command = '', ...args] = template.trim().split(/\s+/);
  return [command, args.map((arg) => arg.replace('{0}', file))];
}

/** Runs a `run:` block with its shell (see {@link shellCommand}). */
async function runScript(
  script: string,
  options: {
    cwd: string;
    env: Record<string, string>;
    shell: string | undefined;
    temp: string;
    signal: AbortSignal;
  },
): Promise<StepResult & { log: string; summary: string; env: Record<string, string> }> {
  const dir = mkdtempSync(join(options.temp, 'step-'));
  // The runner names the file after the shell (`.sh` for bash and sh, no extension otherwise).
  const custom = options.shell !== undefined && !['', 'bash', 'sh'].includes(options.shell);
  const file = join(dir, custom ? 'script' : 'script.sh');
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  const envFile = join(dir, 'env');
  writeFileSync(file, script);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(envFile, '');
  mkdirSync(options.cwd, { recursive: true });
  const [command, args] = shellCommand(options.shell, file);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: {
      ...options.env,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_ENV: envFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const timers: NodeJS.Timeout[] = [];
  const onAbort = (): void => {
    child.kill('SIGINT');
    timers.push(setTimeout(() => child.kill('SIGTERM'), SIGINT_TO_SIGTERM_MS));
    timers.push(setTimeout(() => child.kill('SIGKILL'), SIGINT_TO_SIGTERM_MS + SIGTERM_TO_KILL_MS));
  };
  if (options.signal.aborted) onAbort();
  else options.signal.addEventListener('abort', onAbort, { once: true });
  const code = await new Promise<number>((done) => child.on('close', (exit) => done(exit ?? 1)));
  options.signal.removeEventListener('abort', onAbort);
  for (const timer of timers) clearTimeout(timer);
  return {
    outcome: code === 0 ? 'success' : 'failure',
    outputs: parseFileCommands(readFileSync(output, 'utf8')),
    log,
    summary: readFileSync(summary, 'utf8'),
    // GITHUB_ENV has the format of GITHUB_OUTPUT.
    env: parseFileCommands(readFileSync(envFile, 'utf8')),
  };
}
