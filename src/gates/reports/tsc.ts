/**
 * The TypeScript compiler's console output (https://www.typescriptlang.org/docs/handbook/compiler-options.html,
 * `--pretty`), as tsc 5–6 and the native tsc 7 print it, with file names relative to the directory
 * tsc ran in:
 *
 * - `--pretty false` (the default when stdout is not a terminal, as on a CI runner):
 *   `src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.`
 * - `--pretty` (a terminal): `src/a.ts:3:7 - error TS2322: …` in ANSI colours, followed by a
 *   blank line, the code excerpt with `~~~` under the span, and a `Found 2 errors` summary.
 *
 * A message that is a chain ("Type … is not assignable … / Types of property 'kind' are
 * incompatible.") continues on the following lines, indented by two spaces per level.
 * Diagnostics without a file (`error TS5083: Cannot read file 'tsconfig.json'.`) keep no file.
 */
import type { GateReport, Problem, Severity } from '../types.js';
import { describeStructured, reportError, rootRelative, stripAnsi, type PathOptions } from './shared.js';

const EXPECTED = "tsc's console output (lines like src/a.ts(3,7): error TS2322: …)";
/** `file(line,col): category TSnnnn: message`. */
const PLAIN = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
/** `file:line:col - category TSnnnn: message`. */
const PRETTY = /^(.+?):(\d+):(\d+) - (error|warning|message) (TS\d+): (.*)$/;
/** `category TSnnnn: message`, for diagnostics that have no file. */
const GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;

/** Whether a line of (ANSI-stripped) text is a tsc diagnostic; detectFormat uses it. */
export function isTscDiagnostic(line: string): boolean {
  return PLAIN.test(line) || PRETTY.test(line) || GLOBAL.test(line);
}

/**
 * Reads tsc's console output, plain or pretty: one problem per diagnostic, `error` → error,
 * `warning` → warning, `message` → notice, `TS2322` as the rule, 1-based line and column, the file
 * relative to the root (tsc prints it relative to `cwd`), and the continuation lines of a chained
 * message appended to it (one level of indentation removed). Empty output is no problems.
 * @throws ConfigurationError naming input 'report' when the text is a JSON or XML report instead.
 */
export function parseTsc(text: string, options: PathOptions): GateReport {
  const problems: Problem[] = [];
  let current: Problem | undefined;
  for (const raw of stripAnsi(text).split(/\r?\n/)) {
    const line = raw.trimEnd();
    const diagnostic = readDiagnostic(line, options);
    if (diagnostic !== undefined) {
      problems.push(diagnostic);
      current = diagnostic;
    } else if (current !== undefined && /^\s+\S/.test(line)) {
      current.message += `\n${line.replace(/^ {2}/, '')}`;
    } else {
      current = undefined; // a blank line ends the message: the pretty excerpt and summary follow
    }
  }
  if (problems.length === 0) {
    const structured = describeStructured(text);
    if (structured !== undefined) throw reportError(EXPECTED, structured);
  }
  return { format: 'tsc', problems, tests: [] };
}

function readDiagnostic(line: string, options: PathOptions): Problem | undefined {
  const located = PLAIN.exec(line) ?? PRETTY.exec(line);
  if (located !== null) {
    const [, path = '', lineText = '', columnText = '', category = '', code = '', message = ''] = located;
    const problem: Problem = { severity: severityOf(category), message };
    const file = rootRelative(path, options);
    if (file !== undefined) problem.file = file;
    problem.line = Number(lineText);
    problem.column = Number(columnText);
    problem.rule = code;
    return problem;
  }
  const global = GLOBAL.exec(line);
  if (global === null) return undefined;
  const [, category = '', code = '', message = ''] = global;
  return { severity: severityOf(category), message, rule: code };
}

function severityOf(category: string): Severity {
  if (category === 'error') return 'error';
  if (category === 'warning') return 'warning';
  return 'notice';
}
