/**
 * Routing a request through Build Output API v3 `routes`, in the order the Vercel proxy runs its
 * phases (https://vercel.com/docs/build-output-api/v3/configuration#routes, and `devRouter` in
 * https://github.com/vercel/vercel/blob/main/packages/cli/src/util/dev/router.ts):
 *
 * 1. routes before the first `{handle}`: headers merge; `continue: true` routes rewrite the path
 *    (`dest`) and go on; the first other match ends the phase (redirect, status, or rewrite —
 *    with `check: true` a rewrite to a missing file goes on to the later phases);
 * 2. the filesystem (`{handle:"filesystem"}`): an existing file is served (`hit` routes add headers);
 * 3. routes after `filesystem` (and `rewrite`/`resource`), then `miss` routes, each followed by a
 *    filesystem check;
 * 4. nothing found (or a status-only route ≥ 400): the `error` routes naming that status (e.g.
 *    `{src:"/.*", dest:"/404.html", status:404}`), else `404.html` for a 404, else plain text.
 *
 * `$1` / `$name` in `dest` and header values take the groups of `src`. A 3xx status with a
 * `Location` header answers a redirect. Functions, middleware and external rewrites are not run.
 */
import type { Condition, HandleRoute, Phase, SourceRoute } from './build-output-config.js';
import { outputLookup, type Site } from './site.js';
import type { FileRef } from './static-files.js';

export interface RoutedRequest {
  method: string;
  /** Decoded pathname, starting with `/`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  query: URLSearchParams;
}

export type Outcome =
  | { kind: 'file'; file: FileRef; status: number; headers: Record<string, string> }
  | { kind: 'status'; status: number; headers: Record<string, string>; text: string };

interface RouteState {
  path: string;
  headers: Record<string, string>;
  status?: number;
}

interface Terminal {
  route: SourceRoute;
  dest?: string;
}

export function routeBuildOutput(site: Site, req: RoutedRequest): Outcome {
  const groups = groupRoutes(site);
  const state: RouteState = { path: req.path, headers: {} };

  const first = runPhase(groups.get(null) ?? [], state, req, null);
  const early = settle(site, state, first, req, groups);
  if (early) return early;

  const found = outputLookup(site, state.path, state.path !== req.path);
  if (found) return serveFound(found, state, req, groups);

  for (const phase of [['filesystem', 'rewrite', 'resource'], ['miss']] as Phase[][]) {
    const routes = phase.flatMap((p) => groups.get(p) ?? []);
    if (routes.length === 0) continue;
    const terminal = runPhase(routes, state, req, phase[0] ?? null);
    const settled = settle(site, state, terminal, req, groups);
    if (settled) return settled;
    const again = outputLookup(site, state.path, state.path !== req.path);
    if (again) return serveFound(again, state, req, groups);
  }
  return errorPhase(site, state, req, groups, 404);
}

type Groups = Map<Phase | null, SourceRoute[]>;

function groupRoutes(site: Site): Groups {
  const groups: Groups = new Map();
  let phase: Phase | null = null;
  for (const route of site.routes) {
    if ((route as HandleRoute).kind === 'handle') {
      phase = (route as HandleRoute).handle;
      continue;
    }
    const list = groups.get(phase) ?? [];
    list.push(route as SourceRoute);
    groups.set(phase, list);
  }
  return groups;
}

/** Runs one phase's routes; returns the first non-`continue` match (continue routes only accumulate). */
function runPhase(
  routes: SourceRoute[],
  state: RouteState,
  req: RoutedRequest,
  phase: Phase | null,
): Terminal | undefined {
  for (const route of routes) {
    if (route.methods && !route.methods.includes(req.method.toUpperCase())) continue;
    const match = route.src.exec(state.path);
    if (!match || !conditionsHold(route, req)) continue;
    for (const [name, value] of Object.entries(route.headers ?? {})) {
      const key = name.toLowerCase();
      if ((phase === 'hit' || phase === 'miss') && key in state.headers) continue;
      state.headers[key] = substitute(value, match);
    }
    const dest = route.dest === undefined ? undefined : substitute(route.dest, match);
    if (route.continue) {
      if (dest !== undefined && !isExternal(dest)) state.path = pathOf(dest);
      if (route.status !== undefined) state.status = route.status;
      continue;
    }
    return { route, dest };
  }
  return undefined;
}

/** Turns a phase's result into an answer, or undefined to continue routing (path possibly rewritten). */
function settle(
  site: Site,
  state: RouteState,
  terminal: Terminal | undefined,
  req: RoutedRequest,
  groups: Groups,
): Outcome | undefined {
  const status = terminal?.route.status ?? state.status;
  if (status !== undefined && status >= 300 && status < 400 && state.headers.location !== undefined)
    return {
      kind: 'status',
      status,
      headers: state.headers,
      text: `Redirecting to ${state.headers.location}`,
    };
  if (!terminal) return undefined;
  if (terminal.dest === undefined) {
    if (status !== undefined && status >= 400) return errorPhase(site, state, req, groups, status);
    if (status !== undefined) return { kind: 'status', status, headers: state.headers, text: '' };
    return undefined;
  }
  if (isExternal(terminal.dest)) {
    return {
      kind: 'status',
      status: 502,
      headers: state.headers,
      text: `External rewrite to ${terminal.dest} is not supported by the sandbox`,
    };
  }
  state.path = pathOf(terminal.dest);
  if (status !== undefined) state.status = status;
  const found = outputLookup(site, state.path, true);
  if (found) return serveFound(found, state, req, groups);
  if (terminal.route.check) return undefined;
  return errorPhase(site, state, req, groups, 404);
}

function serveFound(file: FileRef, state: RouteState, req: RoutedRequest, groups: Groups): Outcome {
  runPhase(groups.get('hit') ?? [], state, req, 'hit');
  return { kind: 'file', file, status: state.status ?? 200, headers: state.headers };
}

function errorPhase(
  site: Site,
  state: RouteState,
  req: RoutedRequest,
  groups: Groups,
  status: number,
): Outcome {
  const errorState: RouteState = { path: state.path, headers: { ...state.headers } };
  // An error route serves the status it names (Next.js emits one for 404 and one for 500).
  const candidates = (groups.get('error') ?? []).filter((r) => r.status === undefined || r.status === status);
  const terminal = runPhase(candidates, errorState, req, 'error');
  const errorStatus = terminal?.route.status ?? errorState.status ?? status;
  if (terminal?.dest !== undefined && !isExternal(terminal.dest)) {
    const file = outputLookup(site, pathOf(terminal.dest), true);
    if (file) return { kind: 'file', file, status: errorStatus, headers: errorState.headers };
  }
  // `404.html`, or the `404` that `cleanUrls` renamed it to.
  const page = outputLookup(site, '/404.html', true);
  if (page && errorStatus === 404)
    return { kind: 'file', file: page, status: 404, headers: errorState.headers };
  return {
    kind: 'status',
    status: errorStatus,
    headers: { ...errorState.headers, 'x-vercel-error': errorStatus === 404 ? 'NOT_FOUND' : 'ROUTE_STATUS' },
    text: errorStatus === 404 ? 'The page could not be found\n\nNOT_FOUND' : `Status ${errorStatus}`,
  };
}

function conditionsHold(route: SourceRoute, req: RoutedRequest): boolean {
  return (
    route.has.every((c) => conditionValue(c, req)) && route.missing.every((c) => !conditionValue(c, req))
  );
}

function conditionValue(condition: Condition, req: RoutedRequest): boolean {
  let actual: string | undefined;
  if (condition.type === 'host') actual = String(req.headers.host ?? '').replace(/:\d+$/, '');
  else if (condition.type === 'query') actual = req.query.get(condition.key ?? '') ?? undefined;
  else if (condition.type === 'header') {
    const header = req.headers[(condition.key ?? '').toLowerCase()];
    actual = Array.isArray(header) ? header.join(', ') : header;
  } else {
    const cookies = String(req.headers.cookie ?? '')
      .split(';')
      .map((p) => p.trim().split('='));
    actual = cookies
      .find(([k]) => k === condition.key)
      ?.slice(1)
      .join('=');
  }
  if (actual === undefined) return false;
  return condition.value ? condition.value.test(actual) : true;
}

/** Replaces `$1` / `$name` with the groups of `match` (unknown groups become empty). */
export function substitute(template: string, match: RegExpExecArray): string {
  return template.replace(/\$(\d+|[A-Za-z_]\w*)/g, (_, ref: string) => {
    const value = /^\d+$/.test(ref) ? match[Number(ref)] : match.groups?.[ref];
    return value ?? '';
  });
}

function isExternal(dest: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dest);
}

/** The decoded pathname of a `dest` (query and hash dropped, leading `/` ensured). */
function pathOf(dest: string): string {
  const raw = dest.replace(/[?#].*$/, '');
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // keep the raw path
  }
  return decoded.startsWith('/') ? decoded : `/${decoded}`;
}
