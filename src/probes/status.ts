/**
 * Sets of HTTP statuses as users write them: `200`, `[200, 204]`, `"200-299"`, `"2xx"`, or a
 * comma list of those (`"429, 5xx"`). One parser serves `expect.status` and `retry-on-status`.
 */
import { ValueError } from '../inputs/parse.js';

export interface StatusSet {
  has(status: number): boolean;
  /** As the user wrote it, normalised: `200-299`, `429, 500-599`. */
  readonly text: string;
}

const EXPECTED = 'a status like 200, a list like [200, 204], a range like 200-299, or a class like 2xx';

function part(item: string): [number, number] {
  const t = item.trim().toLowerCase();
  let m = /^([1-5])xx$/.exec(t);
  if (m) return [Number(m[1]) * 100, Number(m[1]) * 100 + 99];
  m = /^(\d{3})\s*-\s*(\d{3})$/.exec(t);
  if (m && Number(m[1]) <= Number(m[2])) return [Number(m[1]), Number(m[2])];
  m = /^(\d{3})$/.exec(t);
  if (m) return [Number(m[1]), Number(m[1])];
  throw new ValueError(EXPECTED);
}

/**
 * Parses a status set.
 * @throws ValueError when any item is not a status, range or class.
 */
export function parseStatusSet(value: number | string | readonly (number | string)[]): StatusSet {
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  if (items.length === 0 || items.every((i) => i.trim() === '')) throw new ValueError(EXPECTED);
  const ranges = items.filter((i) => i.trim() !== '').map(part);
  return {
    has: (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi),
    text: ranges.map(([lo, hi]) => (lo === hi ? String(lo) : `${lo}-${hi}`)).join(', '),
  };
}

/** The default expectation: any 2xx. */
export const SUCCESS_STATUSES: StatusSet = parseStatusSet('200-299');
