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
const ROUTING_SCHEMA = {
  type: 'object',
  properties: {
    cleanUrls: cleanUrlsSchema,
    trailingSlash: trailingSlashSchema,
    redirects: redirectsSchema,
    rewrites: rewritesSchema,
    headers: headersSchema,
    routes: routesSchema,
  },
};

const NEWER_PROPERTIES = ['cleanUrls', 'trailingSlash', 'redirects', 'rewrites', 'headers'];

let validateRouting: ReturnType<Ajv['compile']> | undefined;

/**
 * The routes of `vercel.json`'s routing properties (`cleanUrls`, `trailingSlash`, `redirects`,
 * `rewrites`, `headers`, `routes`), or why they are invalid (one line): first against the library's
 * JSON schemas, then as the library transforms them (patterns, `routes` mixed with the others).
 */
export function routesOfVercelJson(
  routing: Record<string, unknown>,
): { routes: RawRoute[]; error?: undefined } | { routes?: undefined; error: string } {
  validateRouting ??= new Ajv({ strict: false, allErrors: false }).compile(ROUTING_SCHEMA);
  if (!validateRouting(routing)) {
    const issue = validateRouting.errors?.[0];
    const where = (issue?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    return { error: `${where || 'routing'}: ${issue?.message ?? 'invalid'}` };
  }
  // https://vercel.com/docs/project-configuration/vercel-json#routes: the legacy `routes` cannot be
  // used with the newer properties (the CLI refuses such a file before deploying).
  const mixed = NEWER_PROPERTIES.filter((key) => routing[key] !== undefined);
  if (routing.routes !== undefined && mixed.length > 0)
    return { error: `routes cannot be used together with ${mixed.join(', ')}` };
  const transformed = getTransformedRoutes(routing);
  if (transformed.error) return { error: transformed.error.message.replace(/\s+/g, ' ').trim() };
  return { routes: (transformed.routes ?? []) as RawRoute[] };
}
