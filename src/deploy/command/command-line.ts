/**
 * The command lines a user writes in the `*-command` inputs. They are split into words by
 * {@link splitCommandLine} (the rules `@actions/exec` uses, so lines written for it run unchanged)
 * and run without a shell, so shell syntax would be passed to the program as literal arguments
 * (`&&` becomes an argument, `$VAR` is not expanded). Such lines are refused up front with one line
 * that says to put the steps in a script.
 */
import { isAbsolute, resolve } from 'node:path';
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
 * The first piece of shell syntax in a command line run without a shell — an operator word (`&&`,
 * `|`, `>` …), an expansion (`$VAR`, `$(…)`, backticks) or a leading `NAME=value` — as shown in an
 * error (`NAME=…`), or undefined when there is none. Such syntax would reach the program as
 * literal words.
 */
export function shellSyntaxIn(line: string): string | undefined {
  const words = line.trim().split(/\s+/);
  return (
    words.find((w) => SHELL_OPERATORS.has(w)) ??
    EXPANSION.exec(line)?.[0] ??
    (ASSIGNMENT.test(words[0] ?? '') ? words[0]?.replace(/=.*/, '=…') : undefined)
  );
}

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
  const offending = shellSyntaxIn(trimmed);
  if (offending !== undefined) {
    throw new ConfigurationError(
      `input '${input}': runs without a shell, so '${offending}' is not shell syntax here but a literal word; put the steps in a script and run that`,
    );
  }
  return trimmed;
}

/**
 * The program a command line runs: its first word as {@link splitCommandLine} reads it (so a
 * double-quoted first word is unquoted), or `''` for a line with no words. Only this is ever named in
 * logs and errors: the rest of the line may hold something sensitive.
 */
export function programOf(line: string): string {
  return splitCommandLine(line)[0] ?? '';
}

/**
 * Splits a command line into words (program first, then its arguments) by the rules of
 * `argStringToArray` in `@actions/exec` 3
 * (https://github.com/actions/toolkit/blob/main/packages/exec/src/toolrunner.ts), which ran these
 * lines before, so that every line keeps meaning what it meant:
 * - Words are separated by spaces (U+0020 only: a tab is part of a word); several spaces are one
 *   separator.
 * - A double quote starts or ends a quoted part and is itself dropped; spaces inside it belong to
 *   the word (`"my site"` is one word `my site`, `a"b c"d` is `ab cd`). An unclosed quote runs to the
 *   end of the line. Single quotes are ordinary characters (`'a b'` is the two words `'a` and `b'`).
 * - Inside double quotes a backslash takes the next character literally: `\"` is a `"` that does
 *   not end the quoted part; before any other character, another backslash included, the backslash
 *   is kept as well (`"a\b"` is `a\b`, `"a\\b"` is `a\\b`). A backslash that ends the line is
 *   dropped. Outside double quotes a backslash is an ordinary character.
 * - A word with no characters (`""`) is dropped, except that the last word is trimmed of
 *   surrounding whitespace after it is read (`x "y "` is `x` and `y`; `x "<tab>"` is `x` and an
 *   empty word).
 * @returns the words; empty for a line of spaces or empty quotes only. Never throws.
 */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line.charAt(index);
    if (char === '"') {
      quoted = !quoted;
    } else if (char === '\\' && quoted) {
      index++;
      if (index >= line.length) break;
      const next = line.charAt(index);
      word += next === '"' ? '"' : `\\${next}`;
    } else if (char === ' ' && !quoted) {
      if (word !== '') words.push(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word !== '') words.push(word.trim());
  return words;
}

/**
 * The file to start for `program` (the first word of a command line), as `@actions/exec` found it:
 * a relative path, i.e. one containing a `/` (or on Windows a `\`), is resolved against `cwd`
 * (default: this process's working directory); an absolute path is kept; a bare name is kept too,
 * for `spawn` to look up on the command's `PATH`
 * (https://nodejs.org/api/child_process.html#child_processspawncommand-args-options).
 * Whether the file exists and is executable is only found out when it is started.
 */
export function resolveProgram(program: string, cwd: string | undefined): string {
  const separator = process.platform === 'win32' ? /[\\/]/ : /\//;
  if (isAbsolute(program) || !separator.test(program)) return program;
  return resolve(cwd ?? process.cwd(), program);
}
