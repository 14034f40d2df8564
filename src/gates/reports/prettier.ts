/**
 * Prettier's console output (https://prettier.io/docs/cli#--check and #--list-different), paths
 * relative to the directory Prettier ran in, stdout and stderr together:
 *
 * - `prettier --check .`: `Checking formatting...`, then `[warn] src/a.ts` per unformatted file and
 *   a summary (`[warn] Code style issues found in 2 files. Run Prettier with --write to fix.`, or
 *   `Error occurred when checking code style in the above file.` after a file it could not parse).
 * - `prettier --list-different .`: the unformatted files' paths alone, one a line.
 * - Either: `[error] src/b.ts: SyntaxError: Expression expected. (1:24)` for a file it cannot
 *   parse, followed by `[error]` lines of code frame.
 */
import type { GateReport, Problem } from '../types.js';
import { describeStructured, reportError, rootRelative, stripAnsi, type PathOptions } from './shared.js';

const EXPECTED = 'the output of prettier --check or --list-different (lines like [warn] src/a.ts)';
/** The message of an unformatted file's problem. */
export const NOT_FORMATTED = 'not formatted (prettier --check)';

/** `[error] path: SomethingError: message (line:column)`. */
const PARSE_ERROR = /^\[error\] (.+?): ([A-Za-z]*Error): (.*?)(?: \((\d+):(\d+)\))?$/;
/** The code frame and stack lines Prettier prints under an `[error]`. */
const ERROR_DETAIL = /^\[error\]\s+(?:(?:>\s*)?\d*\s*\||at\s)/;
/** Prettier's own status lines, and what `npm run` adds around a script's output. */
const STATUS =
  /^(?:Checking formatting\.\.\.|All matched files use Prettier code style!|Error occurred when checking code style|Code style issues found|> |npm (?:ERR!|error|warn)\b)/;

/** Whether a line of (ANSI-stripped) text is typical of Prettier's output; detectFormat uses it. */
export function isPrettierLine(line: string): boolean {
  return /^\[(?:warn|error)\] \S/.test(line) || line.startsWith('Checking formatting...');
}

/**
 * Reads `prettier --check` or `--list-different` output: one error per unformatted file (message
 * {@link NOT_FORMATTED}), and one error per file Prettier could not parse, with its message
 * (`SyntaxError: Expression expected.`) and 1-based line and column. Other `[error]` lines become
 * errors without a file. Files are relative to the root (Prettier prints them relative to `cwd`).
 * @throws ConfigurationError naming input 'report' when the text is a JSON or XML report instead.
 */
export function parsePrettier(text: string, options: PathOptions): GateReport {
  const lines = stripAnsi(text)
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
  const checkMode = lines.some(
    (line) => line.startsWith('Checking formatting...') || line.startsWith('[warn] '),
  );
  const problems: Problem[] = [];
  const unformatted = (path: string): void => {
    const problem: Problem = { severity: 'error', message: NOT_FORMATTED };
    const file = rootRelative(path, options);
    if (file !== undefined) problem.file = file;
    problems.push(problem);
  };
  for (const line of lines) {
    if (line === '' || ERROR_DETAIL.test(line)) continue;
    if (line.startsWith('[warn] ')) {
      const rest = line.slice('[warn] '.length).trim();
      if (isPath(rest)) unformatted(rest);
      continue;
    }
    if (line.startsWith('[error] ')) {
      problems.push(errorProblem(line, options));
      continue;
    }
    if (!checkMode && !STATUS.test(line) && !line.startsWith('[')) unformatted(line.trim());
  }
  if (problems.length === 0) {
    const structured = describeStructured(text);
    if (structured !== undefined) throw reportError(EXPECTED, structured);
  }
  return { format: 'prettier', problems, tests: [] };
}

/**
 * A `[warn]` line names a file unless it is one of Prettier's sentences: a path has no spaces or
 * ends in an extension; a sentence (`Code style issues found … to fix.`) has spaces and ends in `.`.
 */
function isPath(text: string): boolean {
  if (text === '' || STATUS.test(text)) return false;
  return !/\s/.test(text) || /\.[A-Za-z0-9]+$/.test(text);
}

function errorProblem(line: string, options: PathOptions): Problem {
  const parsed = PARSE_ERROR.exec(line);
  if (parsed === null) return { severity: 'error', message: line.slice('[error] '.length).trim() };
  const [, path = '', errorName = '', message = '', lineText, columnText] = parsed;
  const problem: Problem = { severity: 'error', message: `${errorName}: ${message}` };
  const file = rootRelative(path, options);
  if (file !== undefined) problem.file = file;
  if (lineText !== undefined) problem.line = Number(lineText);
  if (columnText !== undefined) problem.column = Number(columnText);
  return problem;
}
