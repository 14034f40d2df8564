/**
 * Parsers for the value shapes every action's inputs share. Each returns the parsed value or
 * throws {@link ValueError} whose message completes the sentence "expected …" — the input layer
 * adds the input's name and the raw value.
 */

/** Thrown by the parsers below; `expected` reads as "expected <expected>". */
export class ValueError extends Error {
  constructor(readonly expected: string) {
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

/**
 * Formats milliseconds the way {@link parseDuration} reads them, rounded to what it shows:
 * `1500` → `1.5s`, `90000` → `1m30s`, `9810002` → `2h44m`.
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  if (ms < 3_600_000) {
    const seconds = Math.round(ms / 1000); // round the total, so 119.6 s is 2m, never 1m60s
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 ? `${minutes}m${seconds % 60}s` : `${minutes}m`;
  }
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
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
 * An absolute `http:` or `https:` URL.
 * @throws ValueError otherwise.
 */
export function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ValueError('an http(s) URL like https://example.com');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValueError('an http(s) URL like https://example.com');
  }
  return url;
}

/**
 * One of a fixed set of words.
 * @throws ValueError listing the choices.
 */
export function parseChoice<const T extends string>(text: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new ValueError(`one of ${choices.join(', ')}`);
}
