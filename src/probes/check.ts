/**
 * The check format shared by smoke-test and health-check: what to request and what to expect.
 * Written by users in YAML or JSON (inline in an input or in a file), validated with zod, and
 * reported as one line that names the check and the field. `yaml` and `zod` load on first use
 * (src/inputs/lazy-modules.ts): the default checks and lists of bare paths need neither.
 *
 * ```yaml
 * - name: home
 *   path: /
 *   expect: { status: 200, body-contains: "<title>" }
 * - name: api health
 *   path: /api/health
 *   expect:
 *     json: { "$.status": "ok" }
 *     headers: { content-type: application/json }
 *     max-latency-ms: 800
 * - /about            # shorthand: GET /about expecting 2xx
 * ```
 */
import { readFile } from 'node:fs/promises';
import type * as Zod from 'zod';
import { loadYaml, loadZod } from '../inputs/lazy-modules.js';
import { ValueError } from '../inputs/parse.js';
import { ConfigurationError } from '../runtime/errors.js';
import { type StatusSet, SUCCESS_STATUSES, parseStatusSet } from './status.js';

/** A validated check, ready to run. */
export interface Check {
  name: string;
  /** Path (and query) relative to the base URL: starts with `/`, and resolves on the base URL's
   * origin ({@link checkPathProblem}; {@link resolveCheckPath} gives the URL). */
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  expect: Expectation;
}

export interface Expectation {
  status: StatusSet;
  bodyContains: string[];
  bodyMatches: RegExp[];
  /** JSONPath (`$.a.b`) → expected value, compared by deep equality with the first match. */
  json: Record<string, unknown>;
  /** Header name (lower case) → text the header's value must contain (case-insensitive). */
  headers: Record<string, string>;
  /** Latency limit in ms, or undefined. */
  maxLatencyMs: number | undefined;
}

/**
 * The base origin's stand-in while checks are parsed, before the action's URL is at hand. Any
 * http(s) base gives the same verdict: a reference that starts with `/` (so it has no scheme)
 * parses the same way against every base with a special scheme, and only the scheme decides that
 * (https://url.spec.whatwg.org/#special-scheme, https://url.spec.whatwg.org/#relative-state).
 */
const PARSE_BASE = new URL('http://base.invalid/');

/** The user's path, one line: control characters escaped (`\t`, `\n`, `\u0000`), at most 200 characters. */
function showPath(path: string): string {
  let shown = '';
  for (const c of path) {
    const code = c.charCodeAt(0);
    if (c === '\t') shown += '\\t';
    else if (c === '\n') shown += '\\n';
    else if (c === '\r') shown += '\\r';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      shown += `\\u${code.toString(16).padStart(4, '0')}`;
    else shown += c;
  }
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

/**
 * What is wrong with a check path, as the `expected …` text of a refusal, or `undefined` when it
 * resolves on `base`'s origin. Refused: anything not starting with `/` (absolute URLs included);
 * tabs and line breaks, which the URL parser deletes anywhere before parsing
 * (https://url.spec.whatwg.org/#concept-basic-url-parser), so `/\t/host` would become `//host`;
 * and a path whose resolution leaves the origin: after the leading `/`, a second `/` or `\` starts
 * an authority for http(s) (https://url.spec.whatwg.org/#relative-slash-state,
 * https://url.spec.whatwg.org/#special-authority-ignore-slashes-state), which covers `//host`,
 * `/\/host`, `/\\host` and `//user@host`. Percent-encoded slashes (`/%2F%2Fhost`) are path
 * bytes and stay on the origin (https://url.spec.whatwg.org/#path-state).
 */
export function checkPathProblem(path: string, base: URL = PARSE_BASE): string | undefined {
  if (!path.startsWith('/')) return "a path starting with '/'";
  if (/[\t\n\r]/.test(path))
    return `a path without tabs or line breaks (URL parsers drop them), got '${showPath(path)}'`;
  let resolved: URL;
  try {
    resolved = new URL(path, base);
  } catch {
    return `a path on the base URL's origin, got '${showPath(path)}' (it names another, invalid host)`;
  }
  if (resolved.origin !== base.origin)
    return `a path on the base URL's origin, got '${showPath(path)}' (it leads to ${resolved.host || resolved.protocol})`;
  return undefined;
}

/**
 * The URL a check requests: `path` parsed once as a reference against `base`
 * (https://url.spec.whatwg.org/#concept-basic-url-parser), its path, query and fragment then put
 * under `base`'s own path prefix (`https://x.dev/app` + `/health?full=1` →
 * `https://x.dev/app/health?full=1`; the base's query is dropped). Dot segments are resolved by
 * that parse, so the result never climbs above the prefix, and it always has `base`'s origin.
 * @throws ValueError (the `expected …` text of {@link checkPathProblem}) for a path that would
 *   leave the origin; nothing has been requested then.
 */
export function resolveCheckPath(base: URL, path: string): URL {
  const problem = checkPathProblem(path, base);
  if (problem !== undefined) throw new ValueError(problem);
  const parsed = new URL(path, base);
  const url = new URL(base);
  url.pathname = `${base.pathname.replace(/\/$/, '')}${parsed.pathname}`;
  url.search = parsed.search;
  url.hash = parsed.hash;
  // Setting the path, query and fragment cannot change the origin; kept as the invariant's guard.
  if (url.origin !== base.origin)
    throw new ValueError(`a path on the base URL's origin, got '${showPath(path)}'`);
  return url;
}

/** What a check's `expect` is when it has none: a 2xx status, nothing else. */
function defaultExpectation(): Expectation {
  return {
    status: SUCCESS_STATUSES,
    bodyContains: [],
    bodyMatches: [],
    json: {},
    headers: {},
    maxLatencyMs: undefined,
  };
}

/** The zod schemas of the check format, built with `z` (see {@link checkSchemas}). */
function buildSchemas(z: typeof Zod.z) {
  const statusSchema = z
    .union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))])
    .transform((value, ctx) => {
      try {
        return parseStatusSet(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as ValueError).expected ?? String(error) });
        return z.NEVER;
      }
    });

  const oneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

  const regexSchema = oneOrMany.transform((patterns, ctx) =>
    patterns.map((p) => {
      try {
        return new RegExp(p);
      } catch {
        ctx.addIssue({ code: 'custom', message: `a valid regular expression, got '${p}'` });
        return /$^/;
      }
    }),
  );

  const expectSchema = z
    .strictObject({
      status: statusSchema.optional(),
      'body-contains': oneOrMany.optional(),
      'body-matches': regexSchema.optional(),
      json: z
        .record(z.string(), z.unknown())
        .superRefine((paths, ctx) => {
          for (const key of Object.keys(paths)) {
            if (!key.startsWith('$'))
              ctx.addIssue({ code: 'custom', message: `a JSONPath starting with '$', got '${key}'` });
          }
        })
        .optional(),
      headers: z
        .record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
        .optional(),
      'max-latency-ms': z.number().int().positive().optional(),
    })
    .transform((e): Expectation => ({
      status: e.status ?? SUCCESS_STATUSES,
      bodyContains: e['body-contains'] ?? [],
      bodyMatches: e['body-matches'] ?? [],
      json: e.json ?? {},
      headers: Object.fromEntries(Object.entries(e.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      maxLatencyMs: e['max-latency-ms'],
    }));

  const pathSchema = z.string().superRefine((path, ctx) => {
    const problem = checkPathProblem(path);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

  // A bare string is the path shorthand; everything else must be a check object.
  const checkSchema = z.preprocess(
    (item) => (typeof item === 'string' ? { path: item } : item),
    z.strictObject({
      name: z.string().min(1).optional(),
      path: pathSchema,
      method: z
        .string()
        .regex(/^[A-Za-z]+$/, { message: 'an HTTP method like GET' })
        .transform((m) => m.toUpperCase())
        .optional(),
      headers: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
      body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
      expect: expectSchema.optional(),
    }),
  );

  const checksSchema = z.array(checkSchema).min(1, { message: 'at least one check' });

  return { expectSchema, checksSchema };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The zod schemas of the check format; zod is loaded, and they are built, on the first call. */
function checkSchemas(): ReturnType<typeof buildSchemas> {
  return (schemas ??= buildSchemas(loadZod().z));
}

/** A check as written, once valid: the schema's output, or a bare path. */
interface WrittenCheck {
  name?: string | undefined;
  path: string;
  method?: string | undefined;
  headers?: Record<string, string> | undefined;
  body?: string | Record<string, unknown> | unknown[] | undefined;
  expect?: Expectation | undefined;
}

/** A valid written check with its defaults filled in. */
function withDefaults(check: WrittenCheck): Check {
  return {
    name: check.name ?? check.path,
    path: check.path,
    method: check.method ?? 'GET',
    headers: check.headers ?? {},
    body:
      check.body === undefined || typeof check.body === 'string' ? check.body : JSON.stringify(check.body),
    expect: check.expect ?? defaultExpectation(),
  };
}

/**
 * A list of bare paths that all resolve on the base's origin (`['/']`, `[/, /about]`) as written
 * checks, without loading zod (the schema would accept them as they are); `undefined` for anything else.
 */
function bareChecks(list: unknown): WrittenCheck[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  if (!list.every((item) => typeof item === 'string' && checkPathProblem(item) === undefined))
    return undefined;
  return (list as string[]).map((path) => ({ path }));
}

/**
 * Validates parsed YAML/JSON as a list of checks (or `{checks: [...]}`).
 * @throws ConfigurationError naming `source` (e.g. `input 'checks'`), the check and the field, in
 *   one line: e.g. `input 'checks': check 2 ('api'): path: expected a path on the base URL's origin,
 *   got '//evil.example/x' (it leads to evil.example)`.
 */
export function toChecks(value: unknown, source: string): Check[] {
  const list =
    value && typeof value === 'object' && !Array.isArray(value) && 'checks' in value
      ? (value as { checks: unknown }).checks
      : value;
  const bare = bareChecks(list);
  if (bare) return bare.map(withDefaults);
  const { checksSchema } = checkSchemas();
  const result = checksSchema.safeParse(list);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const index = typeof path[0] === 'number' ? path[0] : undefined;
    const raw =
      index !== undefined && Array.isArray(list)
        ? (list[index] as { name?: unknown } | undefined)
        : undefined;
    const which =
      index === undefined
        ? ''
        : `check ${index + 1}${raw && typeof raw === 'object' && typeof raw.name === 'string' ? ` ('${raw.name}')` : ''}: `;
    const field = path.slice(1).join('.');
    const expected = issue?.message ?? 'a valid check';
    throw new ConfigurationError(
      `${source}: ${which}${field ? `${field}: ` : ''}${expected.startsWith('expected') ? '' : 'expected '}${expected}`,
    );
  }
  return result.data.map(withDefaults);
}

/**
 * Parses checks written as YAML or JSON text.
 * @throws ConfigurationError (`source: expected YAML or JSON: <parser message>` or a field error).
 */
export function parseChecks(text: string, source: string): Check[] {
  const yaml = loadYaml();
  let value: unknown;
  try {
    value = yaml.parse(text);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new ConfigurationError(`${source}: expected a YAML or JSON list of checks (${first})`);
  }
  return toChecks(value, source);
}

/**
 * Reads checks from a YAML or JSON file.
 * @throws ConfigurationError when the file cannot be read or is invalid.
 */
export async function loadChecks(path: string, source: string): Promise<Check[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `${source}: cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parseChecks(text, source);
}

/**
 * The checks an action was given: inline `checks` or a `config` file (not both), else `fallback`
 * (validated under the name `fallbackSource`).
 * @throws ConfigurationError naming the input that is wrong.
 */
export async function resolveChecks(
  inputs: { checks: string | undefined; config: string | undefined },
  fallback: unknown[],
  fallbackSource: string,
): Promise<Check[]> {
  if (inputs.checks !== undefined && inputs.config !== undefined) {
    throw new ConfigurationError("inputs 'checks' and 'config': expected one of them, got both");
  }
  if (inputs.checks !== undefined) return parseChecks(inputs.checks, "input 'checks'");
  if (inputs.config !== undefined) return loadChecks(inputs.config, "input 'config'");
  return toChecks(fallback, fallbackSource);
}
