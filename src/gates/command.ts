/**
 * Runs a gate's command the way the runner's own tools do: through `@actions/exec`
 * (https://github.com/actions/toolkit/tree/main/packages/exec), argv parsed from the line by its
 * rules and no shell — unless the gate asks for one — with the output streamed to the log and
 * kept for the console parsers (tsc, prettier, npm audit).
 */
import { getExecOutput } from '@actions/exec';
import { which } from '@actions/io';
import { shellSyntaxIn, splitCommandLine } from '../deploy/command/command-line.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Clock } from '../runtime/clock.js';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** ms from start to exit. */
  durationMs: number;
}

/**
 * Checks a `run` line before anything starts: without `shell`, shell syntax would reach the program
 * as literal words, and a program that is not on `PATH` cannot start.
 * @throws ConfigurationError naming input 'run' (or 'shell') with what was expected.
 */
export async function checkCommand(run: string, shell: boolean, cwd: string): Promise<void> {
  if (shell) {
    if (!(await which('bash', false)) && !(await which('sh', false)) && process.platform !== 'win32')
      throw new ConfigurationError("input 'shell': true needs bash or sh on PATH, found neither");
    return;
  }
  if (/[\r\n]/.test(run))
    throw new ConfigurationError(
      "input 'run': expected one command line, got several lines; set shell: true or run a script",
    );
  const offending = shellSyntaxIn(run);
  if (offending !== undefined)
    throw new ConfigurationError(
      `input 'run': runs without a shell, so '${offending}' would be a literal word; set shell: true or run a script`,
    );
  const program = splitCommandLine(run)[0] ?? '';
  if (!program) throw new ConfigurationError("input 'run': expected a command, got an empty line");
  const found = program.includes('/') || program.includes('\\') ? program : await which(program, false);
  if (!found)
    throw new ConfigurationError(
      `input 'run': '${program}' was not found on PATH (working directory ${cwd})`,
    );
}

/**
 * Runs `run` in `cwd` and resolves with its exit code and output (also streamed to this process's
 * stdout, where the runner's problem matchers read it). With `shell`, the line goes to
 * `bash --noprofile --norc -eo pipefail -c` (sh -c without bash; `cmd /d /s /c` on Windows), as a
 * `run:` step's default shell does. A non-zero exit is a result, not an error.
 * @throws Error only when the process cannot be started.
 */
export async function runCommand(
  run: string,
  options: { shell: boolean; cwd: string; clock: Clock; env?: Record<string, string> },
): Promise<CommandResult> {
  const started = options.clock.now();
  const execOptions = {
    cwd: options.cwd,
    ignoreReturnCode: true,
    ...(options.env ? { env: options.env } : {}),
  };
  let output;
  if (!options.shell) output = await getExecOutput(run, undefined, execOptions);
  else if (process.platform === 'win32')
    output = await getExecOutput('cmd', ['/d', '/s', '/c', run], {
      ...execOptions,
      windowsVerbatimArguments: true,
    });
  else if (await which('bash', false))
    output = await getExecOutput(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run],
      execOptions,
    );
  else output = await getExecOutput('sh', ['-e', '-c', run], execOptions);
  return { ...output, durationMs: options.clock.now() - started };
}
