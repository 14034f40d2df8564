/**
 * A fake of the GitHub REST endpoints Greenlight uses, on 127.0.0.1 (port 0): deployments and
 * deployment statuses (https://docs.github.com/rest/deployments), with GitHub's defaults, ordering
 * (newest first), pagination (`per_page`, `page`, `Link`), `auto_inactive` and error bodies.
 *
 * Every request body is validated against GitHub's official OpenAPI description
 * (`@octokit/openapi`); an invalid one is answered 422 the way GitHub words it and recorded in
 * `violations`, which a test should expect to be empty. A status description over 140 characters is
 * refused the same way (the documented limit, absent from the schema). Faults are injected with
 * `failNext`, before or after the request takes effect.
 */
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findOperation, requestBodyProblems } from './github-openapi.js';

type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  /** Path without query. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body, `undefined` when empty, the raw text when not JSON. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export interface FailNextOptions {
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** How many matching requests fail (default 1). */
  count?: number;
  /** Let the request take effect first, then answer with the failure (an ambiguous write). */
  after?: boolean;
  /** Answer body (default `{"message": <reason phrase>}`). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A deployment as the API returns it. */
export type FakeDeployment = Json & { id: number; sha: string; environment: string; payload: unknown };
/** A deployment status as the API returns it, plus the deployment's id. */
export type FakeDeploymentStatus = Json & { id: number; state: string; deployment_id: number };

export interface FakeGitHub {
  /** API root, e.g. `http://127.0.0.1:PORT`; pass it as the Octokit base URL. */
  url: string;
  token: string;
  requests: RecordedRequest[];
  /** Oldest first. */
  deployments: FakeDeployment[];
  /** Oldest first. */
  statuses: FakeDeploymentStatus[];
  /** Request bodies the OpenAPI description (or a documented limit) rejects. */
  violations: string[];
  /** The states posted on a deployment, oldest first. */
  statesOf(deploymentId: number): string[];
  /** Fails the next `count` requests whose method and path match (`*` matches one path segment). */
  failNext(method: string, pathPattern: string | RegExp, status: number, options?: FailNextOptions): void;
  close(): Promise<void>;
}

interface Fault extends FailNextOptions {
  method: string;
  pattern: RegExp;
  status: number;
  left: number;
}

const DOCS = 'https://docs.github.com/rest';
const BOT = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: 'https://api.github.com/users/github-actions%5Bbot%5D/followers',
  following_url: 'https://api.github.com/users/github-actions%5Bbot%5D/following{/other_user}',
  gists_url: 'https://api.github.com/users/github-actions%5Bbot%5D/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github-actions%5Bbot%5D/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github-actions%5Bbot%5D/subscriptions',
  organizations_url: 'https://api.github.com/users/github-actions%5Bbot%5D/orgs',
  repos_url: 'https://api.github.com/users/github-actions%5Bbot%5D/repos',
  events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/received_events',
  type: 'Bot',
  user_view_type: 'public',
  site_admin: false,
};

/**
 * Starts the fake. `token` (default a random `ghs_…`) is the only one accepted; `refs` maps branch
 * or tag names to commit SHAs (full SHAs are always accepted).
 */
export async function startFakeGitHub(
  options: { token?: string; refs?: Record<string, string>; now?: () => number } = {},
): Promise<FakeGitHub> {
  const token = options.token ?? `ghs_fake${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const now = (): string => new Date((options.now ?? Date.now)()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const faults: Fault[] = [];
  let nextDeployment = 1_000_001;
  let nextStatus = 5_000_001;
  let url = '';

  const fake: FakeGitHub = {
    url,
    token,
    requests: [],
    deployments: [],
    statuses: [],
    violations: [],
    statesOf: (id) => fake.statuses.filter((s) => s.deployment_id === id).map((s) => s.state),
    failNext(method, pathPattern, status, failOptions = {}) {
      const pattern =
        typeof pathPattern === 'string'
          ? new RegExp(`^${pathPattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`)
          : pathPattern;
      faults.push({
        ...failOptions,
        method: method.toUpperCase(),
        pattern,
        status,
        left: failOptions.count ?? 1,
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };

  const repoUrl = (o: string, r: string): string => `${url}/repos/${o}/${r}`;
  const inRepo = (o: string, r: string) => (d: FakeDeployment) => d.repository_url === repoUrl(o, r);
  const latestState = (id: number): string | undefined =>
    fake.statuses.findLast((s) => s.deployment_id === id)?.state;

  function addStatus(d: FakeDeployment, body: Json): FakeDeploymentStatus {
    const logUrl = typeof body.log_url === 'string' ? body.log_url : undefined;
    const previous = fake.statuses.findLast((s) => s.deployment_id === d.id);
    const environment = (body.environment ?? previous?.environment ?? d.environment) as string;
    const id = nextStatus++;
    const status: FakeDeploymentStatus = {
      url: `${d.url}/statuses/${id}`,
      id,
      node_id: Buffer.from(`DeploymentStatus${id}`).toString('base64'),
      state: body.state as string,
      creator: BOT,
      description: (body.description ?? '') as string,
      environment,
      target_url: logUrl ?? ((body.target_url ?? '') as string),
      created_at: now(),
      updated_at: now(),
      deployment_url: d.url,
      repository_url: d.repository_url,
      environment_url: (body.environment_url ?? '') as string,
      log_url: logUrl ?? ((body.target_url ?? '') as string),
      performed_via_github_app: null,
      deployment_id: d.id,
    };
    fake.statuses.push(status);
    Object.assign(d, { environment, updated_at: status.updated_at });
    return status;
  }

  /** `auto_inactive`: prior non-transient, non-production deployments of the environment that had success. */
  function autoInactivate(d: FakeDeployment): void {
    for (const other of fake.deployments) {
      if (
        other.id >= d.id ||
        other.repository_url !== d.repository_url ||
        other.environment !== d.environment
      )
        continue;
      if (other.transient_environment || other.production_environment || latestState(other.id) !== 'success')
        continue;
      addStatus(other, { state: 'inactive' });
    }
  }

  type Answer = [status: number, body: unknown, headers?: Record<string, string>];

  function route(method: string, path: string, query: Record<string, string>, body: Json): Answer {
    const m = /^\/repos\/([^/]+)\/([^/]+)\/deployments(?:\/(\d+)(\/statuses)?)?$/.exec(path);
    if (!m) return [404, { message: 'Not Found', documentation_url: DOCS, status: '404' }];
    const [, o = '', r = '', idText, statusesPart] = m;
    const mine = fake.deployments.filter(inRepo(o, r));
    if (idText === undefined) {
      if (method === 'GET') {
        const filters = (['sha', 'ref', 'task', 'environment'] as const).filter(
          (k) => query[k] && query[k] !== 'none',
        );
        const list = mine.filter((d) => filters.every((k) => d[k] === query[k])).reverse();
        return page(path, query, list);
      }
      if (method === 'POST') return create(o, r, body);
      return notFound();
    }
    const d = mine.find((x) => x.id === Number(idText));
    if (!d) return notFound();
    if (!statusesPart) return method === 'GET' ? [200, d] : notFound();
    if (method === 'GET')
      return page(path, query, fake.statuses.filter((s) => s.deployment_id === d.id).reverse());
    if (method !== 'POST') return notFound();
    if (typeof body.description === 'string' && Array.from(body.description).length > 140) {
      const message = 'description is too long (maximum is 140 characters)';
      fake.violations.push(`POST ${path}: ${message}`);
      return [
        422,
        validationFailed('DeploymentStatus', 'description', message, 'create-a-deployment-status'),
      ];
    }
    const status = addStatus(d, body);
    if (body.state === 'success' && body.auto_inactive !== false) autoInactivate(d);
    return [201, status];
  }

  function create(o: string, r: string, body: Json): Answer {
    const ref = body.ref as string;
    const sha = /^[0-9a-f]{40}$/i.test(ref) ? ref.toLowerCase() : options.refs?.[ref];
    if (!sha) {
      const docs = `${DOCS}/deployments/deployments#create-a-deployment`;
      return [422, { message: `No ref found for: ${ref}`, documentation_url: docs, status: '422' }];
    }
    const id = nextDeployment++;
    const environment = (body.environment ?? 'production') as string;
    const deployment: FakeDeployment = {
      url: `${repoUrl(o, r)}/deployments/${id}`,
      id,
      node_id: Buffer.from(`Deployment${id}`).toString('base64'),
      task: (body.task ?? 'deploy') as string,
      original_environment: environment,
      environment,
      description: (body.description ?? '') as string | null,
      created_at: now(),
      updated_at: now(),
      statuses_url: `${repoUrl(o, r)}/deployments/${id}/statuses`,
      repository_url: repoUrl(o, r),
      creator: BOT,
      sha,
      ref,
      payload: body.payload ?? {},
      transient_environment: (body.transient_environment ?? false) as boolean,
      production_environment: (body.production_environment ?? environment === 'production') as boolean,
      performed_via_github_app: null,
    };
    fake.deployments.push(deployment);
    return [201, deployment];
  }

  function page(path: string, query: Record<string, string>, list: unknown[]): Answer {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
    const current = Math.max(1, Number(query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const link = (n: number, rel: string): string => {
      const q = new URLSearchParams({ ...query, per_page: String(perPage), page: String(n) });
      return `<${url}${path}?${q}>; rel="${rel}"`;
    };
    const links = [
      ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
      ...(current > 1 ? [link(1, 'first'), link(current - 1, 'prev')] : []),
    ];
    const body = list.slice((current - 1) * perPage, current * perPage);
    return [200, body, links.length > 0 ? { link: links.join(', ') } : {}];
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const target = new URL(req.url ?? '/', 'http://fake');
    const path = target.pathname;
    const query = Object.fromEntries(target.searchParams);
    let body: unknown;
    let parsed = true;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      [body, parsed] = [text, false];
    }
    fake.requests.push({ method, path, query, body, headers: req.headers });

    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (auth === undefined)
      return send(res, 401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
    if (auth !== token)
      return send(res, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });

    const fault = faults.find((f) => f.left > 0 && f.method === method && f.pattern.test(path));
    if (fault) fault.left--;
    if (fault && !fault.after) return sendFault(res, fault);

    if (method !== 'GET' && method !== 'HEAD') {
      if (!parsed) {
        fake.violations.push(`${method} ${path}: body is not JSON`);
        return send(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      }
      const operation = findOperation(method, path);
      const problems = operation ? requestBodyProblems(operation, body ?? {}) : [];
      if (operation && problems.length > 0) {
        fake.violations.push(...problems.map((p) => `${method} ${operation.template}: ${p}`));
        const message = `Invalid request.\n\n${problems.join('\n')}`;
        return send(res, 422, { message, documentation_url: operation.docsUrl, status: '422' });
      }
    }
    const [status, answer, headers] = route(method, path, query, (body ?? {}) as Json);
    if (fault) return sendFault(res, fault);
    send(res, status, answer, headers);
  }

  function sendFault(res: ServerResponse, fault: Fault): void {
    const headers = {
      ...fault.headers,
      ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}),
    };
    const body = fault.body ?? {
      message: STATUS_CODES[fault.status] ?? 'Error',
      documentation_url: DOCS,
      status: String(fault.status),
    };
    send(res, fault.status, body, headers);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = url;
  return fake;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(stripInternal(body));
  res.writeHead(status, {
    'content-type':
      typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    ...headers,
  });
  res.end(text);
}

/** The fake keeps `deployment_id` on statuses for its own bookkeeping; GitHub does not send it. */
function stripInternal(body: unknown): unknown {
  const strip = (x: unknown): unknown => {
    if (!x || typeof x !== 'object' || !('deployment_id' in x)) return x;
    const { deployment_id: _id, ...rest } = x as Json;
    return rest;
  };
  return Array.isArray(body) ? body.map(strip) : strip(body);
}

function notFound(): [number, unknown] {
  return [404, { message: 'Not Found', documentation_url: DOCS, status: '404' }];
}

function validationFailed(resource: string, field: string, message: string, anchor: string): Json {
  return {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', field, message }],
    documentation_url: `${DOCS}/deployments/statuses#${anchor}`,
    status: '422',
  };
}
