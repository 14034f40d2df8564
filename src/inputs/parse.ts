/**
 * Parsers for the value shapes every action's inputs share. Each returns the parsed value or
 * throws {@link ValueError} whose message completes the sentence "expected …" — the input layer
 * adds the input's name and the raw value.
 */
import { formatDuration } from '../format/duration.js';

/**
 * Thrown by the parsers below; `expected` reads as "expected <expected>". `got`, when given,
 * replaces the quoted raw value in the input layer's message (e.g. `a URL with credentials`), for a
 * value that must not be echoed even in part.
 */
export class ValueError extends Error {
  constructor(
    readonly expected: string,
    readonly got?: string,
  ) {
    super(`expected ${expected}`);
    this.name = 'ValueError';
  }
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;

/**
 * A duration such as `30s`, `5m`, `1h`, `250ms` or `1m30s`, in milliseconds (rounded to whole ms).
 * @throws ValueError when the text is not such a duration (a bare number has no unit and is refused).
 */
export function parseDuration(text: string): number {
  const expected = 'a duration like 30s or 5m';
  if (text === '') throw new ValueError(expected);
  DURATION_PART.lastIndex = 0;
  let total = 0;
  let end = 0;
  for (let m = DURATION_PART.exec(text); m; m = DURATION_PART.exec(text)) {
    total += Number(m[1]) * (DURATION_UNITS[m[2] as string] as number);
    end = DURATION_PART.lastIndex;
  }
  if (end !== text.length) throw new ValueError(expected);
  return Math.round(total);
}

/** Node timers hold at most 2^31 - 1 ms (about 24.8 days); a longer delay fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Upper bounds of duration inputs, in ms (each well under {@link MAX_TIMER_MS}). */
export const DURATION_LIMITS = {
  /** A whole operation's deadline (deploy, promote, rollback, a health window): 24h. */
  deadline: 24 * 3_600_000,
  /** Time between measurements, or before the first one: 6h (a GitHub-hosted job's limit). */
  interval: 6 * 3_600_000,
  /** One HTTP request: 10m. */
  request: 10 * 60_000,
} as const;

/**
 * A duration (as {@link parseDuration}) within bounds, in ms: above 0 (or, with `allowZero`, at
 * least 0) and at most `max` ms.
 * @param example shown in the message, e.g. `10s`.
 * @throws ValueError naming the range: `a duration above 0, like 10s` (0 given) or
 *   `a duration above 0 and at most 6h, like 10s` (too long).
 */
export function parseBoundedDuration(
  text: string,
  bounds: { max: number; allowZero?: boolean; example?: string },
): number {
  const { max, allowZero = false, example = '10s' } = bounds;
  const ms = parseDuration(text);
  const low = allowZero ? 'of at least 0' : 'above 0';
  if (!allowZero && ms <= 0) throw new ValueError(`a duration above 0, like ${example}`);
  if (ms > max) throw new ValueError(`a duration ${low} and at most ${formatDuration(max)}, like ${example}`);
  return ms;
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * A YAML 1.2 core-schema boolean, as `core.getBooleanInput` accepts: `true`/`True`/`TRUE` or
 * `false`/`False`/`FALSE`. `yes`, `on`, `1` and the like are refused.
 * @throws ValueError otherwise.
 */
export function parseBoolean(text: string): boolean {
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new ValueError('true or false');
}

/** A list given one item per line or separated by commas; items are trimmed, empty ones dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * A number within `[min, max]`; with `integer`, a whole number.
 * @throws ValueError naming the bounds.
 */
export function parseNumber(text: string, bounds: { min?: number; max?: number; integer?: boolean }): number {
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  const kind = integer ? 'an integer' : 'a number';
  const range =
    min > -Infinity && max < Infinity
      ? ` from ${min} to ${max}`
      : min > -Infinity
        ? ` of at least ${min}`
        : max < Infinity
          ? ` of at most ${max}`
          : '';
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new ValueError(`${kind}${range}`);
  }
  return value;
}

/**
 * An absolute `http:` or `https:` URL without userinfo.
 * @throws ValueError when it is not one; for a URL with `user:password@` the error's `got` is
 *   `a URL with credentials`, so that the password is never echoed.
 */
export function parseHttpUrl(text: string): URL {
  const credentials = new ValueError('an http(s) URL without user:password@', 'a URL with credentials');
  // Checked on the text first, so that not even a URL that fails to parse is echoed with its password.
  if (USERINFO.test(text)) throw credentials;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ValueError('an http(s) URL like https://example.com');
  }
  if (url.username !== '' || url.password !== '') throw credentials;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValueError('an http(s) URL like https://example.com');
  }
  return url;
}

/** `scheme:` (slashes optional) then `…@` before any path, query or fragment: a URL's userinfo. */
const USERINFO = /^[a-z][a-z0-9+.-]*:[/\\]*[^/?#\\]*@/i;
const USERINFO_ANYWHERE = /[a-z][a-z0-9+.-]*:[/\\]*[^/?#\\\s]*@/i;

/**
 * Whether `text` holds something like a URL with `user:password@` anywhere (e.g. pasted into the
 * wrong input): such text is never echoed in an error.
 */
export function holdsCredentials(text: string): boolean {
  return USERINFO_ANYWHERE.test(text);
}

/** A DNS hostname: labels of letters, digits and inner hyphens, at least two of them (RFC 1123). */
export const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Whether `text` holds a control character (a newline, a tab, NUL, ESC …). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * `text` as one printable line in single quotes, cut to `max` characters (then `…`): control
 * characters and line separators are written as `\n`, `\t` or `\u001b` escapes.
 */
export function quoteValue(text: string, max = 200): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const escaped = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

/**
 * How an error shows a (non-secret) value the user gave: {@link quoteValue}, except text holding
 * a URL with credentials, which is never shown.
 */
export function showValue(text: string): string {
  return holdsCredentials(text) ? 'a value holding a URL with credentials (not shown)' : quoteValue(text);
}

/** `text` with every control character and line separator escaped as by {@link quoteValue}, unquoted. */
export function oneLine(text: string): string {
  return quoteValue(text, Infinity).slice(1, -1);
}

/**
 * One of a fixed set of words.
 * @throws ValueError listing the choices.
 */
export function parseChoice<const T extends string>(text: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new ValueError(`one of ${choices.join(', ')}`);
}
