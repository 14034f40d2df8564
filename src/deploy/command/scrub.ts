/**
 * Output of the user's commands is logged and quoted in errors; the values the caller marks as
 * secret are replaced by `***` first, as the runner's own masking does (exact match, per line).
 */

/** Replaces every occurrence of a secret with `***`. */
export type Scrub = (text: string) => string;

/**
 * Builds a scrubber for `secrets`. A multi-line secret is also matched line by line (output is logged
 * a line at a time); empty values are ignored; longer values are replaced first so that a secret
 * containing a shorter one is not left half visible.
 */
export function scrubber(secrets: readonly string[] = []): Scrub {
  const values = new Set<string>();
  for (const secret of secrets) {
    if (secret) values.add(secret);
    for (const line of secret.split(/\r?\n/)) if (line.trim()) values.add(line);
  }
  const ordered = [...values].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const value of ordered) out = out.split(value).join('***');
    return out;
  };
}

/**
 * The last `count` non-blank lines of `text`, scrubbed, each cut to `width` characters, joined as
 * one line (` | `) for an error message; `(no output)` when there are none.
 */
export function tailLine(text: string, count: number, scrub: Scrub, width = 200): string {
  const lines = scrub(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const tail = lines.slice(-count).map((l) => (l.length > width ? `${l.slice(0, width)}…` : l));
  return tail.length > 0 ? tail.join(' | ') : '(no output)';
}
