/**
 * The command lines a user writes in the `*-command` inputs. They are split into words by
 * `@actions/exec` and run without a shell, so shell syntax would be passed to the program as literal
 * arguments (`&&` becomes an argument, `$VAR` is not expanded). Such lines are refused up front with
 * one line that says to put the steps in a script.
 */
import { ConfigurationError } from '../../runtime/errors.js';

/** The four operations and the action input each one's command line comes from. */
export const COMMAND_INPUTS = {
  deploy: 'deploy-command',
  promote: 'promote-command',
  rollback: 'rollback-command',
  production: 'production-command',
} as const;

export type Operation = keyof typeof COMMAND_INPUTS;

/** Words that only mean something to a shell. */
const SHELL_OPERATORS = new Set([
  '&&',
  '||',
  '|',
  ';',
  '&',
  '>',
  '>>',
  '<',
  '<<',
  '2>',
  '2>&1',
  '&>',
  '(',
  ')',
]);
/** `$NAME`, `${…}`, `$(…)` and backticks: expansions a shell would perform. */
const EXPANSION = /\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$[{(]|`/;
/** `NAME=value` before the program: a shell's per-command environment assignment. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Checks one command line and returns it trimmed, or `undefined` when it is absent or blank (an
 * action input left empty).
 * @throws ConfigurationError naming the input when the line uses shell syntax that would silently be
 *   passed to the program as literal arguments.
 */
export function checkCommandLine(operation: Operation, line: string | undefined): string | undefined {
  const trimmed = line?.trim();
  if (!trimmed) return undefined;
  const input = COMMAND_INPUTS[operation];
  if (/[\r\n]/.test(trimmed)) {
    throw new ConfigurationError(
      `input '${input}': expected one command line, got several lines; put the steps in a script and run that`,
    );
  }
  const words = trimmed.split(/\s+/);
  const offending =
    words.find((w) => SHELL_OPERATORS.has(w)) ??
    EXPANSION.exec(trimmed)?.[0] ??
    (ASSIGNMENT.test(words[0] ?? '') ? words[0]?.replace(/=.*/, '=…') : undefined);
  if (offending !== undefined) {
    throw new ConfigurationError(
      `input '${input}': runs without a shell, so '${offending}' is not shell syntax here but a literal word; put the steps in a script and run that`,
    );
  }
  return trimmed;
}

/**
 * The program a command line runs, as written (a double-quoted first word is unquoted). Only this is
 * ever named in logs and errors: the rest of the line may hold something sensitive.
 */
export function programOf(line: string): string {
  const quoted = /^"([^"]*)"/.exec(line);
  if (quoted) return quoted[1] ?? '';
  return line.split(' ')[0] ?? '';
}
