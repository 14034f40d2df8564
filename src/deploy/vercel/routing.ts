/**
 * `vercel.json` routing → Build Output routes, by `getTransformedRoutes` from `@vercel/routing-utils`
 * (the library the Vercel CLI uses; https://github.com/vercel/vercel/tree/main/packages/routing-utils).
 * A module of its own so that callers import it lazily: only a deploy or rehearsal with a
 * `vercel.json` loads the library.
 */
import {
  cleanUrlsSchema,
  getTransformedRoutes,
  headersSchema,
  redirectsSchema,
  rewritesSchema,
  routesSchema,
  trailingSlashSchema,
} from '@vercel/routing-utils';
import { Ajv } from 'ajv';

/** A Build Output route object as the library writes it (`src`, `dest`, `status`, `handle` …). */
export type RawRoute = Record<string, unknown>;

/** The routing properties' JSON schemas, as the library publishes them for `vercel.json`. */
const SCHEMAS: Record<string, object> = {
  cleanUrls: cleanUrlsSchema,
  trailingSlash: trailingSlashSchema,
  redirects: redirectsSchema,
  rewrites: rewritesSchema,
  headers: headersSchema,
  routes: routesSchema,
};

const NEWER_PROPERTIES = ['cleanUrls', 'trailingSlash', 'redirects', 'rewrites', 'headers'];

/**
 * The first schema error of the properties `routing` has, or undefined. Only those schemas are
 * compiled, without Ajv's code optimisation: compiling is most of the cost (about 70 ms for
 * `rewrites` and `headers` on Node 24, against 125 ms optimised and 240 ms for all six), and each
 * validator runs once.
 */
function schemaError(routing: Record<string, unknown>): string | undefined {
  const present = Object.keys(SCHEMAS).filter((key) => routing[key] !== undefined);
  if (present.length === 0) return undefined;
  const ajv = new Ajv({ strict: false, allErrors: false, code: { optimize: false } });
  const validate = ajv.compile({
    type: 'object',
    properties: Object.fromEntries(present.map((key) => [key, SCHEMAS[key]])),
  });
  if (validate(routing)) return undefined;
  const issue = validate.errors?.[0];
  const where = (issue?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  return `${where || 'routing'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * The routes of `vercel.json`'s routing properties (`cleanUrls`, `trailingSlash`, `redirects`,
 * `rewrites`, `headers`, `routes`), or why they are invalid (one line): first against the library's
 * JSON schemas, then as the library transforms them (patterns, `routes` mixed with the others).
 */
export function routesOfVercelJson(
  routing: Record<string, unknown>,
): { routes: RawRoute[]; error?: undefined } | { routes?: undefined; error: string } {
  const invalid = schemaError(routing);
  if (invalid !== undefined) return { error: invalid };
  // https://vercel.com/docs/project-configuration/vercel-json#routes: the legacy `routes` cannot be
  // used with the newer properties (the CLI refuses such a file before deploying).
  const mixed = NEWER_PROPERTIES.filter((key) => routing[key] !== undefined);
  if (routing.routes !== undefined && mixed.length > 0)
    return { error: `routes cannot be used together with ${mixed.join(', ')}` };
  const transformed = getTransformedRoutes(routing);
  if (transformed.error) return { error: transformed.error.message.replace(/\s+/g, ' ').trim() };
  return { routes: (transformed.routes ?? []) as RawRoute[] };
}
