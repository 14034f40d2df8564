/**
 * The process-wide registry of secret values (tokens, bypass secrets) and the one scrubber every
 * printed text goes through: error lines, log lines, annotations, outputs and the job summary
 * (src/runtime/action-run.ts), and HTTP error messages built from API answers (src/http/client.ts).
 *
 * A secret is replaced by `***` in its raw form and in the encodings an API or a library may echo
 * it back in: URL-encoded (`encodeURIComponent`), JSON-escaped, base64 and base64url (with and
 * without padding, and at the three byte alignments it can take inside a longer base64 text such as
 * a Basic `user:token` credential).
 */

/** Values shorter than this are not registered: masking `abc` everywhere would garble logs. */
const MIN_LENGTH = 4;
/** Shown in place of a secret, as the runner masks `::add-mask::` values. */
export const MASK = '***';

const secrets = new Set<string>();
let forms: string[] = [];

/**
 * Registers `value` (trimmed) as a secret, so {@link scrubSecrets} hides it from then on. Empty
 * and very short values are ignored.
 */
export function registerSecret(value: string | undefined): void {
  const v = value?.trim();
  if (!v || v.length < MIN_LENGTH || secrets.has(v)) return;
  secrets.add(v);
  const next = new Set(forms);
  for (const form of encodedForms(v)) if (form.length >= MIN_LENGTH) next.add(form);
  // Longest first, so a form that contains another is replaced whole.
  forms = [...next].sort((a, b) => b.length - a.length);
}

/** Forgets every registered secret (tests only; a runner process lives for one step). */
export function clearSecrets(): void {
  secrets.clear();
  forms = [];
}

/** `text` with every registered secret, in every known encoding, replaced by `***`. */
export function scrubSecrets(text: string): string;
export function scrubSecrets(text: string | undefined): string | undefined;
export function scrubSecrets(text: string | undefined): string | undefined {
  return scrubWith(text, forms);
}

/**
 * `text` with `values` (and the registered secrets) scrubbed: for callers that know a secret the
 * registry may not, such as the HTTP client with a request's `authorization` header.
 */
export function scrubValues(text: string, values: readonly (string | undefined)[]): string {
  const extra = values.flatMap((v) => (v && v.trim().length >= MIN_LENGTH ? encodedForms(v.trim()) : []));
  if (extra.length === 0) return scrubWith(text, forms);
  return scrubWith(
    text,
    [...new Set([...forms, ...extra])].sort((a, b) => b.length - a.length),
  );
}

function scrubWith<T extends string | undefined>(text: T, all: readonly string[]): T {
  if (text === undefined || all.length === 0) return text;
  let out: string = text;
  for (const form of all) if (out.includes(form)) out = out.split(form).join(MASK);
  return out as T;
}

/** The raw value and the encodings it may be echoed in (see the module comment). */
export function encodedForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out = new Set<string>([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
    for (const encoding of ['base64', 'base64url'] as const) {
      let text = padded.toString(encoding);
      if (shift === 0) out.add(text);
      // Characters that also depend on the bytes around the secret are dropped at both ends.
      const head = shift === 0 ? 0 : Math.ceil((shift * 8) / 6);
      const tailBits = (padded.length * 8) % 6;
      text = text.replace(/=+$/, '');
      const stable = text.slice(head, tailBits === 0 ? text.length : text.length - 1);
      if (stable.length >= Math.min(8, text.length)) out.add(stable);
    }
  }
  return [...out];
}
