/**
 * What every report parser shares: where the report's paths are relative to, reading JSON leniently,
 * the one-line errors that name the `report` input, and trimming tool output for messages.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { quoteValue } from '../../inputs/parse.js';
import { ConfigurationError } from '../../runtime/errors.js';

/** Where a report's paths are relative to. */
export interface PathOptions {
  /** The repository root (GITHUB_WORKSPACE), absolute: every `file` in a result is relative to it. */
  root: string;
  /** The directory the tool ran in, absolute: relative paths in a report are resolved against it. */
  cwd: string;
}

/**
 * A path from a report as a `file` for a result: relative to `root`, `/`-separated.
 * @param path absolute, or relative to `cwd` (as tsc, Prettier and test runners print them).
 * @returns undefined for a path outside `root` (or `root` itself), which no annotation can point at.
 */
export function rootRelative(path: string, options: PathOptions): string | undefined {
  const absolute = resolve(options.cwd, path);
  const inside = relative(options.root, absolute);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return undefined;
  return inside.split(sep).join('/');
}

/** The error every parser throws for a report it cannot read: one line, naming the input. */
export function reportError(expected: string, got: string): ConfigurationError {
  return new ConfigurationError(`input 'report': expected ${expected}, got ${got}`);
}

/** A JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, else undefined. */
export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A positive whole number (a 1-based line or column), else undefined. */
export function position(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** A non-empty string, else undefined. */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Milliseconds rounded to the microsecond, which hides floating-point noise such as `2.8275420000000002`. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * Parses a JSON report. Text before the JSON (the `> pkg@1.0.0 lint` lines `npm run` prints when a
 * report goes to stdout) is skipped: from the first line that starts with `{` or `[`.
 * @param expected completes "expected …" in the error.
 * @throws ConfigurationError naming input 'report' when the text holds no JSON.
 */
export function parseJson(text: string, expected: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw reportError(expected, 'an empty report');
  try {
    return JSON.parse(body);
  } catch {
    const start = body.search(/^[[{]/m);
    if (start > 0) {
      try {
        return JSON.parse(body.slice(start));
      } catch {
        // reported below, about the text as given
      }
    }
    throw reportError(expected, `text that is not JSON: ${quoteValue(firstLine(body), 80)}`);
  }
}

/** What a JSON value is, for "got …" in an error: `a JSON object with keys 'a', 'b'`. */
export function describeJson(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty JSON array';
    return `a JSON array whose first item is ${describeJson(value[0])}`;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty JSON object';
    const shown = keys.slice(0, 6).map((key) => quoteValue(key, 40));
    return `a JSON object with keys ${shown.join(', ')}${keys.length > 6 ? ', …' : ''}`;
  }
  if (value === null) return 'JSON null';
  return `a JSON ${typeof value} ${quoteValue(String(value), 40)}`;
}

/** For text formats (tsc, Prettier): "got …" when the text is a structured report instead. */
export function describeStructured(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) return `XML: ${quoteValue(firstLine(body), 80)}`;
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      return describeJson(JSON.parse(body));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The first line of a text. */
export function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/** Removes ANSI escape sequences: colours (`ESC[31m`) and hyperlinks (`ESC]8;;url BEL`). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching escape sequences is the point
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '');
}

/**
 * The head of a failure message, for a test's `message`: its first lines up to the stack trace or
 * code frame, blank lines dropped, each trimmed, at most `maxLines` (ANSI escapes removed).
 */
export function messageHead(text: string, maxLines = 6): string | undefined {
  const kept: string[] = [];
  for (const raw of stripAnsi(text).split(/\r?\n/)) {
    if (/^\s+at\s/.test(raw) || /^\s*(?:>\s*)?\d*\s*\|/.test(raw)) break;
    const line = raw.trim();
    if (line !== '') kept.push(line);
    if (kept.length === maxLines) break;
  }
  return kept.length > 0 ? kept.join('\n') : undefined;
}
