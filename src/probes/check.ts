/**
 * The check format shared by smoke-test and health-check: what to request and what to expect.
 * Written by users in YAML or JSON (inline in an input or in a file), validated with zod, and
 * reported as one line that names the check and the field.
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
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ValueError } from '../inputs/parse.js';
import { ConfigurationError } from '../runtime/errors.js';
import { type StatusSet, SUCCESS_STATUSES, parseStatusSet } from './status.js';

/** A validated check, ready to run. */
export interface Check {
  name: string;
  /** Path (and query) relative to the base URL; starts with `/`. */
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

const pathSchema = z.string().regex(/^\//, { message: "a path starting with '/'" });

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

/**
 * Validates parsed YAML/JSON as a list of checks (or `{checks: [...]}`).
 * @throws ConfigurationError naming `source` (e.g. `input 'checks'`), the check and the field.
 */
export function toChecks(value: unknown, source: string): Check[] {
  const list =
    value && typeof value === 'object' && !Array.isArray(value) && 'checks' in value
      ? (value as { checks: unknown }).checks
      : value;
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
  return result.data.map((c) => ({
    name: c.name ?? c.path,
    path: c.path,
    method: c.method ?? 'GET',
    headers: c.headers ?? {},
    body: c.body === undefined || typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
    expect: c.expect ?? expectSchema.parse({}),
  }));
}

/**
 * Parses checks written as YAML or JSON text.
 * @throws ConfigurationError (`source: expected YAML or JSON: <parser message>` or a field error).
 */
export function parseChecks(text: string, source: string): Check[] {
  let value: unknown;
  try {
    value = parseYaml(text);
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
