import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A random base-62 string of `length` characters (ids and tokens). */
export function randomId(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** A Vercel-style id: `prefix_` followed by 24 base-62 characters (e.g. `dpl_…`, `alias_…`). */
export function newId(prefix: string): string {
  return `${prefix}_${randomId(24)}`;
}
