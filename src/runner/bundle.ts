/**
 * Runs an action's bundle exactly as the GitHub runner does: `node dist/<action>.js` with its
 * inputs as `INPUT_*` variables (declared defaults from `action.yml` applied, as the runner does),
 * and fresh `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` and `RUNNER_TEMP`. Used by `greenlight run`,
 * `greenlight rehearse` and the end-to-end tests.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { inputEnvName } from '../inputs/spec.js';
import { ConfigurationError } from '../runtime/errors.js';
import { parseFileCommands } from './file-commands.js';

/** The repository root: the parent of `dist/` (bundled) or of `src/` (from source). */
export function toolkitRoot(): string {
  return dirname(dirname(fileURLToPath(import.meta.url)).replace(/[\\/]runner$/, ''));
}

/** Where an action's metadata lives: `action.yml` for `release`, else `actions/<name>/action.yml`. */
export function actionYmlPath(name: string, root = toolkitRoot()): string {
  return name === 'release' ? join(root, 'action.yml') : join(root, 'actions', name, 'action.yml');
}

interface ActionYml {
  inputs?: Record<string, { default?: unknown; required?: boolean; description?: string }>;
  runs?: { main?: string };
}

export interface BundleRun {
  exitCode: number;
  outputs: Record<string, string>;
  /** The job summary the step wrote (Markdown/HTML), '' when none. */
  summary: string;
  /** Captured stdout/stderr (empty when `inherit` was asked). */
  stdout: string;
  stderr: string;
  /** The signal that ended the step's process when it did not exit by itself (e.g. `SIGKILL`). */
  terminatedBy?: NodeJS.Signals | undefined;
}

/**
 * How the GitHub runner stops a step when the run is cancelled or the job times out: SIGINT, then
 * SIGTERM 7.5 s later, then SIGKILL 2.5 s after that (`ProcessInvoker` in
 * https://github.com/actions/runner;
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow).
 * Delays in ms.
 */
export const RUNNER_CANCEL = { sigtermAfterMs: 7500, sigkillAfterMs: 2500 } as const;

export interface BundleRunOptions {
  /** Extra environment (e.g. `GITHUB_RUN_ATTEMPT`); INPUT_* from the parent are not inherited. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** `inherit` streams the step's log to this process; `capture` (default) keeps it in the result. */
  stdio?: 'inherit' | 'capture';
  root?: string;
  /** The node binary (default: the current one). */
  node?: string;
  /**
   * Cancels the step as the runner does when it aborts: SIGINT, then SIGTERM after 7.5 s, then
   * SIGKILL after 2.5 s more ({@link RUNNER_CANCEL}). The outputs and summary the step wrote are
   * still returned.
   */
  signal?: AbortSignal;
}

/**
 * Runs `action` with `inputs` (input name → raw string, as a workflow's `with:` gives them).
 * @throws ConfigurationError for an unknown action or an input the action does not declare.
 */
export async function runBundledAction(
  action: string,
  inputs: Record<string, string>,
  options: BundleRunOptions = {},
): Promise<BundleRun> {
  const root = options.root ?? toolkitRoot();
  const ymlPath = actionYmlPath(action, root);
  let meta: ActionYml;
  try {
    meta = parseYaml(await readFile(ymlPath, 'utf8')) as ActionYml;
  } catch {
    throw new ConfigurationError(`unknown action '${action}' (no ${ymlPath})`);
  }
  const declared = meta.inputs ?? {};
  for (const name of Object.keys(inputs)) {
    if (!(name in declared)) {
      throw new ConfigurationError(
        `action '${action}' has no input '${name}'; it takes: ${Object.keys(declared).join(', ')}`,
      );
    }
  }
  const temp = await mkdtemp(join(tmpdir(), 'greenlight-run-'));
  const outputFile = join(temp, 'output');
  const summaryFile = join(temp, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_')) env[k] = v;
  for (const [name, def] of Object.entries(declared)) {
    if (def.default !== undefined && def.default !== null) env[inputEnvName(name)] = String(def.default);
  }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  // RUNNER_TEMP outlives the run (reports written there stay readable); the file-command files do not.
  const runnerTemp =
    options.env?.RUNNER_TEMP ||
    process.env.RUNNER_TEMP ||
    (await mkdtemp(join(tmpdir(), 'greenlight-runner-temp-')));
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
  });
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const main = join(dirname(ymlPath), meta.runs?.main ?? '');
  try {
    const child = spawn(options.node ?? process.execPath, [main], {
      cwd: options.cwd ?? process.cwd(),
      env,
      stdio: options.stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const escalation: NodeJS.Timeout[] = [];
    const cancelLikeTheRunner = (): void => {
      child.kill('SIGINT');
      escalation.push(
        setTimeout(() => {
          child.kill('SIGTERM');
          escalation.push(setTimeout(() => child.kill('SIGKILL'), RUNNER_CANCEL.sigkillAfterMs));
        }, RUNNER_CANCEL.sigtermAfterMs),
      );
    };
    if (options.signal?.aborted) cancelLikeTheRunner();
    else options.signal?.addEventListener('abort', cancelLikeTheRunner, { once: true });
    let ended: { code: number | null; signal: NodeJS.Signals | null };
    try {
      ended = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal }));
      });
    } finally {
      options.signal?.removeEventListener('abort', cancelLikeTheRunner);
      for (const timer of escalation) clearTimeout(timer);
    }
    return {
      exitCode: ended.code ?? 1,
      outputs: parseFileCommands(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      stdout,
      stderr,
      terminatedBy: ended.signal ?? undefined,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
