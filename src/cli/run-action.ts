/**
 * `greenlight run <action> [--with name=value …] [--json]`: runs an action's bundle the way the
 * runner does and prints its outputs and job summary.
 */
import { ConfigurationError } from '../runtime/errors.js';
import { runBundledAction } from '../runner/bundle.js';

export const RUN_USAGE = `greenlight run <action> [--with name=value …] [--json]

Runs dist/<action>.js exactly as the GitHub runner does (INPUT_* variables with action.yml defaults,
temporary GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), streams its log, then prints its outputs and
job summary. --json prints {"exitCode","outputs","summary"} on stdout instead. Exit status: the action's.

  greenlight run smoke-test --with url=https://example.com --with checks='[/, /about]'`;

/** Parses `run` arguments. @throws ConfigurationError with one line. */
export function parseRunArgs(args: readonly string[]): {
  action: string;
  inputs: Record<string, string>;
  json: boolean;
} {
  const [action, ...rest] = args;
  if (!action || action.startsWith('-'))
    throw new ConfigurationError('greenlight run: expected an action name, e.g. smoke-test');
  const inputs: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') {
      json = true;
      continue;
    }
    let pair: string | undefined;
    if (arg === '--with' || arg === '-w') pair = rest[++i];
    else if (arg.startsWith('--with=')) pair = arg.slice('--with='.length);
    else
      throw new ConfigurationError(
        `greenlight run: unknown argument '${arg}'; expected --with name=value or --json`,
      );
    const eq = pair?.indexOf('=') ?? -1;
    if (!pair || eq <= 0)
      throw new ConfigurationError(`greenlight run: --with expects name=value, got '${pair ?? ''}'`);
    inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { action, inputs, json };
}

/** Runs the command; resolves with the process exit status. */
export async function runActionCommand(args: readonly string[]): Promise<number> {
  const { action, inputs, json } = parseRunArgs(args);
  const result = await runBundledAction(action, inputs, { stdio: json ? 'capture' : 'inherit' });
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ exitCode: result.exitCode, outputs: result.outputs, summary: result.summary })}\n`,
    );
    if (result.exitCode !== 0) process.stderr.write(result.stdout + result.stderr);
    return result.exitCode;
  }
  const lines = Object.entries(result.outputs).map(([k, v]) => `  ${k}=${v}`);
  process.stdout.write(`\nOutputs:\n${lines.length ? lines.join('\n') : '  (none)'}\n`);
  if (result.summary.trim()) process.stdout.write(`\nJob summary:\n${result.summary.trim()}\n`);
  process.stdout.write(`\n${action} exited with ${result.exitCode}\n`);
  return result.exitCode;
}
