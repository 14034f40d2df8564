/**
 * Parsing `.vercel/output/config.json` (Build Output API v3): `version: 3`, `routes` (source
 * routes and `{handle}` phase markers) and `overrides`. `src` is a PCRE pattern matched against
 * the whole pathname (anchored as @vercel/routing-utils does), case-insensitive unless
 * `caseSensitive: true`. Source: https://vercel.com/docs/build-output-api/v3/configuration.
 */

export type Phase = 'filesystem' | 'miss' | 'rewrite' | 'hit' | 'error' | 'resource';

export interface Condition {
  type: 'header' | 'cookie' | 'query' | 'host';
  key?: string;
  value?: RegExp;
}

export interface SourceRoute {
  kind: 'source';
  src: RegExp;
  dest?: string;
  headers?: Record<string, string>;
  methods?: string[];
  continue: boolean;
  check: boolean;
  status?: number;
  has: Condition[];
  missing: Condition[];
}

export interface HandleRoute {
  kind: 'handle';
  handle: Phase;
}

export type BuildOutputRoute = SourceRoute | HandleRoute;

export interface BuildOutputConfig {
  routes: BuildOutputRoute[];
  overrides: Record<string, { path?: string; contentType?: string }>;
}

const PHASES = new Set<string>(['filesystem', 'miss', 'rewrite', 'hit', 'error', 'resource']);

/** Parses and compiles `config.json`; throws an Error with one line naming the bad part. */
export function parseBuildOutputConfig(text: string): BuildOutputConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`.vercel/output/config.json is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (typeof json !== 'object' || json === null)
    throw new Error('.vercel/output/config.json must be an object');
  const config = json as Record<string, unknown>;
  if (config.version !== 3) throw new Error('.vercel/output/config.json must have "version": 3');
  const rawRoutes = config.routes ?? [];
  if (!Array.isArray(rawRoutes)) throw new Error('.vercel/output/config.json "routes" must be an array');
  const routes = compileRoutes(rawRoutes);
  const overrides: BuildOutputConfig['overrides'] = {};
  if (typeof config.overrides === 'object' && config.overrides !== null) {
    for (const [file, o] of Object.entries(config.overrides as Record<string, unknown>)) {
      if (typeof o !== 'object' || o === null) continue;
      const { path, contentType } = o as Record<string, unknown>;
      overrides[file] = {
        path: typeof path === 'string' ? path : undefined,
        contentType: typeof contentType === 'string' ? contentType : undefined,
      };
    }
  }
  return { routes, overrides };
}

/**
 * Compiles a Build Output `routes` array (source routes and `{handle}` markers).
 * @throws Error with one line naming the bad route (`routes[3].src is not a valid pattern …`).
 */
export function compileRoutes(raw: readonly unknown[]): BuildOutputRoute[] {
  return raw.map((route, index) => compileRoute(route, index));
}

function compileRoute(raw: unknown, index: number): BuildOutputRoute {
  if (typeof raw !== 'object' || raw === null) throw new Error(`routes[${index}] must be an object`);
  const fields = raw as Record<string, unknown>;
  if (fields.handle !== undefined) {
    if (typeof fields.handle !== 'string' || !PHASES.has(fields.handle))
      throw new Error(`routes[${index}].handle "${String(fields.handle)}" is unknown`);
    return { kind: 'handle', handle: fields.handle as Phase };
  }
  if (typeof fields.src !== 'string') throw new Error(`routes[${index}] needs "src" or "handle"`);
  const headers =
    typeof fields.headers === 'object' && fields.headers !== null
      ? Object.fromEntries(
          Object.entries(fields.headers as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
        )
      : undefined;
  return {
    kind: 'source',
    src: compilePattern(fields.src, fields.caseSensitive === true, `routes[${index}].src`),
    dest: typeof fields.dest === 'string' ? fields.dest : undefined,
    headers,
    methods: Array.isArray(fields.methods) ? fields.methods.map((m) => String(m).toUpperCase()) : undefined,
    continue: fields.continue === true,
    check: fields.check === true,
    status: typeof fields.status === 'number' ? fields.status : undefined,
    has: conditions(fields.has, `routes[${index}].has`),
    missing: conditions(fields.missing, `routes[${index}].missing`),
  };
}

/** PCRE → JS: `(?P<name>` becomes `(?<name>`; the pattern is anchored at both ends. */
function compilePattern(src: string, caseSensitive: boolean, where: string): RegExp {
  let pattern = src.replace(/\(\?P<([A-Za-z_]\w*)>/g, '(?<$1>');
  if (!pattern.startsWith('^')) pattern = `^${pattern}`;
  if (!pattern.endsWith('$')) pattern = `${pattern}$`;
  try {
    return new RegExp(pattern, caseSensitive ? '' : 'i');
  } catch (error) {
    throw new Error(`${where} is not a valid pattern: ${(error as Error).message}`, { cause: error });
  }
}

function conditions(raw: unknown, where: string): Condition[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((c, i) => {
    const { type, key, value } = (c ?? {}) as Record<string, unknown>;
    if (type !== 'header' && type !== 'cookie' && type !== 'query' && type !== 'host')
      throw new Error(`${where}[${i}].type must be header, cookie, query or host`);
    return {
      type,
      key: typeof key === 'string' ? key : undefined,
      value:
        typeof value === 'string'
          ? compilePattern(value, type !== 'host', `${where}[${i}].value`)
          : undefined,
    };
  });
}
