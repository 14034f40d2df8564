/**
 * A fake of the GitHub REST endpoints Greenlight uses, on 127.0.0.1 (port 0): deployments and
 * deployment statuses (https://docs.github.com/rest/deployments), with GitHub's defaults, ordering
 * (newest first), pagination (`per_page`, `page`, `Link`), `auto_inactive` and error bodies; and
 * one in-memory git repository behind the contents, git refs, pulls and repository endpoints
 * (https://docs.github.com/rest/repos/contents, https://docs.github.com/rest/git/refs,
 * https://docs.github.com/rest/pulls/pulls): files per commit, blob SHAs computed as git does,
 * one commit per write, branch heads, GitHub's status codes and messages for a stale or missing
 * `sha`, and the raw media type for files over 1 MiB.
 *
 * Every request body is validated against GitHub's official OpenAPI description
 * (`@octokit/openapi`); an invalid one is answered 422 the way GitHub words it and recorded in
 * `violations`, which a test should expect to be empty. A status description over 140 characters is
 * refused the same way (the documented limit, absent from the schema). Faults are injected with
 * `failNext`, before or after the request takes effect; `beforeNext`/`beforeNextPut` run a test's
 * code (another writer landing first) between a client's read and its write.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentedExample, findOperation, requestBodyProblems } from './github-openapi.js';

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
/** A pull request as the API returns it. */
export type FakePullRequest = Json & {
  number: number;
  state: string;
  title: string;
  body: string | null;
  html_url: string;
  head: Json & { ref: string; sha: string };
  base: Json & { ref: string; sha: string };
};
/** One commit of the fake repository, as `log` lists it. */
export interface FakeCommit {
  sha: string;
  message: string;
  /** Empty for the initial commit. */
  parents: string[];
  /** Path → text of every file in the commit's tree. */
  files: ReadonlyMap<string, string>;
}
/** Code a test runs when a matching request arrives, before it takes effect. */
export type RequestHook = (request: RecordedRequest) => void | Promise<void>;

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

  /** `owner/name` of the one repository the contents, git, pulls and repository endpoints serve. */
  repository: string;
  /** Its default branch (`main` unless started with another). */
  defaultBranch: string;
  /** Pull requests opened through the API, oldest first, as the API returns them. */
  pulls: FakePullRequest[];
  /**
   * The `Content-Type` of a raw-media-type answer (`Accept: application/vnd.github.raw`); default
   * `text/plain; charset=utf-8`. Octokit reads a `charset=utf-8` answer as a string, anything else
   * (e.g. `application/octet-stream`) as bytes.
   */
  rawContentType: string;
  /**
   * Commits `text` as `path` on `branch` (default: the default branch; a missing branch is created
   * from the default branch's head), as another writer would: not through the API, not recorded.
   * @returns the file's blob SHA and the new commit's SHA
   */
  setFile(path: string, text: string, branch?: string): { blobSha: string; commitSha: string };
  /** The text of `path` at the head of `branch` (default: the default branch); `undefined` when absent. */
  file(path: string, branch?: string): string | undefined;
  /** The head commit SHA of a branch; `undefined` when there is no such branch. */
  branchHead(branch: string): string | undefined;
  /** Branch names, in creation order. */
  branches(): string[];
  /** The commits reachable from a branch's head by first parents, newest first (like `git log`). */
  log(branch?: string): FakeCommit[];
  /**
   * Runs `hook` (awaited) when each of the next `count` (default 1) requests matching `match`
   * arrives, after authentication and body validation, before it takes effect. Requests that arrive
   * while a hook runs (the hook's own writer) trigger no hook.
   */
  beforeNext(match: (request: RecordedRequest) => boolean, hook: RequestHook, count?: number): void;
  /** {@link beforeNext} for `PUT /repos/{owner}/{repo}/contents/{path}`. */
  beforeNextPut(hook: RequestHook, count?: number): void;
  close(): Promise<void>;
}

interface Fault extends FailNextOptions {
  method: string;
  pattern: RegExp;
  status: number;
  left: number;
}

const DOCS = 'https://docs.github.com/rest';
const CONTENTS_DOCS = `${DOCS}/repos/contents`;
/** `/repos/{owner}/{repo}/contents/{path}`, the path percent-encoded or not. */
const CONTENTS_PATH = /^\/repos\/[^/]+\/[^/]+\/contents\/.+$/;
const BOT_AUTHOR = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
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

/** Files above this many bytes come without `content` unless the raw media type is asked for. */
export const CONTENT_LIMIT_BYTES = 1024 * 1024;

/** The blob SHA git gives `text` (UTF-8): SHA-1 of `blob <byte length>\0<bytes>`. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

interface StoredCommit extends FakeCommit {
  files: Map<string, string>;
  tree: string;
  date: string;
  author: { name: string; email: string };
}

interface Hook {
  match: (request: RecordedRequest) => boolean;
  hook: RequestHook;
  left: number;
}

/**
 * Starts the fake. `token` (default a random `ghs_…`) is the only one accepted; `refs` maps branch
 * or tag names to commit SHAs for deployments (full SHAs are always accepted). `repository`
 * (default `octo-org/web-app`) is the repository of the contents, git and pulls endpoints; its
 * `defaultBranch` (default `main`) starts with one empty commit.
 */
export async function startFakeGitHub(
  options: {
    token?: string;
    refs?: Record<string, string>;
    now?: () => number;
    repository?: string;
    defaultBranch?: string;
  } = {},
): Promise<FakeGitHub> {
  const token = options.token ?? `ghs_fake${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const now = (): string => new Date((options.now ?? Date.now)()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const faults: Fault[] = [];
  const hooks: Hook[] = [];
  let hookRunning = false;
  let nextDeployment = 1_000_001;
  let nextStatus = 5_000_001;
  let url = '';
  const repository = options.repository ?? 'octo-org/web-app';
  const [repoOwner = '', repoName = ''] = repository.split('/');
  const defaultBranch = options.defaultBranch ?? 'main';
  const commits = new Map<string, StoredCommit>();
  const heads = new Map<string, string>();
  let commitCount = 0;

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
    repository,
    defaultBranch,
    pulls: [],
    rawContentType: 'text/plain; charset=utf-8',
    setFile(path, text, branch = defaultBranch) {
      if (!heads.has(branch)) heads.set(branch, heads.get(defaultBranch) as string);
      const parent = commits.get(heads.get(branch) as string) as StoredCommit;
      const files = new Map(parent.files).set(path, text);
      const made = addCommit(parent.sha, files, `Update ${path}`, BOT_AUTHOR);
      heads.set(branch, made.sha);
      return { blobSha: gitBlobSha(text), commitSha: made.sha };
    },
    file: (path, branch = defaultBranch) => headCommit(branch)?.files.get(path),
    branchHead: (branch) => heads.get(branch),
    branches: () => [...heads.keys()],
    log(branch = defaultBranch) {
      const list: FakeCommit[] = [];
      for (let at = headCommit(branch); at; at = commits.get(at.parents[0] ?? '')) {
        list.push({ sha: at.sha, message: at.message, parents: [...at.parents], files: at.files });
      }
      return list;
    },
    beforeNext(match, hook, count = 1) {
      hooks.push({ match, hook, left: count });
    },
    beforeNextPut(hook, count = 1) {
      fake.beforeNext((r) => r.method === 'PUT' && CONTENTS_PATH.test(r.path), hook, count);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };

  function addCommit(
    parent: string | undefined,
    files: Map<string, string>,
    message: string,
    author: { name: string; email: string },
  ): StoredCommit {
    const listing = [...files.keys()]
      .sort()
      .map((path) => `${gitBlobSha(files.get(path) as string)} ${path}`)
      .join('\n');
    const tree = createHash('sha1').update(`tree\0${listing}`).digest('hex');
    const count = ++commitCount;
    const sha = createHash('sha1')
      .update(`commit ${count}\ntree ${tree}\nparent ${parent ?? ''}\n\n${message}`)
      .digest('hex');
    const made: StoredCommit = {
      sha,
      message,
      parents: parent ? [parent] : [],
      files,
      tree,
      date: now(),
      author,
    };
    commits.set(sha, made);
    return made;
  }
  heads.set(defaultBranch, addCommit(undefined, new Map(), 'Initial commit', BOT_AUTHOR).sha);

  function headCommit(branch: string): StoredCommit | undefined {
    const sha = heads.get(branch);
    return sha === undefined ? undefined : commits.get(sha);
  }

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

  function route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Json,
    accept: string,
  ): Answer {
    const inRepository = repositoryRoute(method, path, query, body, accept);
    if (inRepository) return inRepository;
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

  /** The contents, git refs, pulls and repository endpoints; `undefined` for any other path. */
  function repositoryRoute(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Json,
    accept: string,
  ): Answer | undefined {
    const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(contents|git\/ref|git\/refs|pulls)(?:\/(.*))?)?$/.exec(path);
    if (!m) return undefined;
    const [, owner = '', name = '', area, encodedRest] = m;
    let rest: string | undefined;
    try {
      rest = encodedRest === undefined ? undefined : decodeURIComponent(encodedRest);
    } catch {
      return notFound();
    }
    if (`${owner}/${name}`.toLowerCase() !== repository.toLowerCase()) return notFound();
    if (area === undefined) return method === 'GET' ? [200, repositoryObject()] : notFound();
    if (area === 'contents' && rest !== undefined) {
      const filePath = rest.replace(/\/+$/, '');
      if (method === 'GET') return getContent(filePath, query.ref, RAW_MEDIA_TYPE.test(accept));
      if (method === 'PUT') return putContent(filePath, body);
      return notFound();
    }
    if (area === 'git/ref' && rest !== undefined && method === 'GET') return getRef(rest);
    if (area === 'git/refs' && rest === undefined && method === 'POST') return createRef(body);
    if (area === 'git/refs' && rest !== undefined && method === 'DELETE') return deleteRef(rest);
    if (area === 'pulls' && rest === undefined) {
      if (method === 'GET') return listPulls(path, query);
      if (method === 'POST') return createPull(body);
    }
    if (area === 'pulls' && rest !== undefined && /^\d+$/.test(rest) && method === 'GET') {
      const pull = fake.pulls.find((p) => p.number === Number(rest));
      return pull ? [200, pull] : notFound(`${DOCS}/pulls/pulls#get-a-pull-request`);
    }
    return notFound();
  }

  const apiRoot = (): string => `${url}/repos/${repository}`;
  const webRoot = `https://github.com/${repository}`;

  /** A branch name, `refs/heads/<branch>` or a full commit SHA. */
  function resolveRef(ref: string): StoredCommit | undefined {
    const sha = heads.get(ref) ?? heads.get(ref.replace(/^refs\/heads\//, ''));
    if (sha !== undefined) return commits.get(sha);
    return /^[0-9a-f]{40}$/i.test(ref) ? commits.get(ref.toLowerCase()) : undefined;
  }

  function fileLinks(path: string, sha: string, ref: string): Json {
    const self = `${apiRoot()}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const git = `${apiRoot()}/git/blobs/${sha}`;
    const html = `${webRoot}/blob/${encodePath(ref)}/${encodePath(path)}`;
    return {
      url: self,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${repository}/${encodePath(ref)}/${encodePath(path)}`,
      _links: { self, git, html },
    };
  }

  /** `GET /repos/{owner}/{repo}/contents/{path}`: a file (base64, or raw), a directory or 404. */
  function getContent(path: string, ref: string | undefined, raw: boolean): Answer {
    const docs = `${CONTENTS_DOCS}#get-repository-content`;
    const refName = ref ?? defaultBranch;
    const commit = resolveRef(refName);
    if (!commit) {
      return [
        404,
        { message: `No commit found for the ref ${refName}`, documentation_url: docs, status: '404' },
      ];
    }
    const text = commit.files.get(path);
    if (text === undefined) {
      const entries = directoryEntries(commit, path, refName);
      return entries.length > 0 ? [200, entries] : notFound(docs);
    }
    if (raw) return [200, text, { 'content-type': fake.rawContentType }];
    const size = Buffer.byteLength(text, 'utf8');
    const sha = gitBlobSha(text);
    const large = size > CONTENT_LIMIT_BYTES;
    return [
      200,
      {
        type: 'file',
        encoding: large ? 'none' : 'base64',
        size,
        name: path.split('/').at(-1),
        path,
        content: large ? '' : base64Lines(text),
        sha,
        ...fileLinks(path, sha, refName),
      },
    ];
  }

  function directoryEntries(commit: StoredCommit, dir: string, ref: string): Json[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    const entries = new Map<string, Json>();
    for (const [path, text] of commit.files) {
      if (!path.startsWith(prefix)) continue;
      const [child = '', ...below] = path.slice(prefix.length).split('/');
      const childPath = `${prefix}${child}`;
      if (entries.has(child)) continue;
      if (below.length === 0) {
        const sha = gitBlobSha(text);
        entries.set(child, {
          type: 'file',
          size: Buffer.byteLength(text),
          name: child,
          path: childPath,
          sha,
          ...fileLinks(childPath, sha, ref),
        });
      } else {
        const sha = createHash('sha1').update(`tree ${commit.tree} ${childPath}`).digest('hex');
        const self = `${apiRoot()}/contents/${encodePath(childPath)}?ref=${encodeURIComponent(ref)}`;
        const git = `${apiRoot()}/git/trees/${sha}`;
        const html = `${webRoot}/tree/${encodePath(ref)}/${encodePath(childPath)}`;
        entries.set(child, {
          type: 'dir',
          size: 0,
          name: child,
          path: childPath,
          sha,
          url: self,
          git_url: git,
          html_url: html,
          download_url: null,
          _links: { self, git, html },
        });
      }
    }
    return [...entries.values()];
  }

  /**
   * `PUT /repos/{owner}/{repo}/contents/{path}`: 404 for an unknown branch; for an existing file,
   * 422 when `sha` is missing and 409 when it is not the file's blob SHA (a `sha` for a new file is
   * ignored); else one commit, 201 (created) or 200 (updated). The 409 (`<path> does not match
   * <sha>`) and 422 (`Invalid request.\n\n"sha" wasn't supplied.`) messages are GitHub's, as quoted
   * in public issue threads; the 404's `Branch <name> not found` is plausible, not verified. GitHub's
   * other 409, `… is at <sha> but expected <sha>` when the branch head moves during the write, never
   * happens here (writes are serial): inject it with `failNext`.
   */
  function putContent(path: string, body: Json): Answer {
    const docs = `${CONTENTS_DOCS}#create-or-update-file-contents`;
    const branch = typeof body.branch === 'string' ? body.branch : defaultBranch;
    const parent = headCommit(branch);
    if (!parent)
      return [404, { message: `Branch ${branch} not found`, documentation_url: docs, status: '404' }];
    const encoded = String(body.content).replace(/\s+/g, '');
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(encoded)) {
      fake.violations.push(`PUT /repos/{owner}/{repo}/contents/{path}: content is not valid Base64`);
      return [422, { message: 'content is not valid Base64', documentation_url: docs, status: '422' }];
    }
    const existing = parent.files.get(path);
    if (existing !== undefined && body.sha === undefined) {
      return [
        422,
        { message: `Invalid request.\n\n"sha" wasn't supplied.`, documentation_url: docs, status: '422' },
      ];
    }
    if (existing !== undefined && body.sha !== gitBlobSha(existing)) {
      return [
        409,
        { message: `${path} does not match ${String(body.sha)}`, documentation_url: docs, status: '409' },
      ];
    }
    const text = Buffer.from(encoded, 'base64').toString('utf8');
    const author = person(body.author) ?? person(body.committer) ?? BOT_AUTHOR;
    const committer = person(body.committer) ?? author;
    const made = addCommit(parent.sha, new Map(parent.files).set(path, text), String(body.message), author);
    heads.set(branch, made.sha);
    const sha = gitBlobSha(text);
    const links = fileLinks(path, sha, branch);
    const commitUrl = (commitSha: string): string => `${apiRoot()}/git/commits/${commitSha}`;
    return [
      existing === undefined ? 201 : 200,
      {
        content: {
          name: path.split('/').at(-1),
          path,
          sha,
          size: Buffer.byteLength(text),
          ...links,
          type: 'file',
        },
        commit: {
          sha: made.sha,
          node_id: Buffer.from(`Commit ${made.sha}`).toString('base64'),
          url: commitUrl(made.sha),
          html_url: `${webRoot}/commit/${made.sha}`,
          author: { date: made.date, ...author },
          committer: { date: made.date, ...committer },
          message: made.message,
          tree: { url: `${apiRoot()}/git/trees/${made.tree}`, sha: made.tree },
          parents: made.parents.map((p) => ({
            url: commitUrl(p),
            html_url: `${webRoot}/commit/${p}`,
            sha: p,
          })),
          verification: {
            verified: false,
            reason: 'unsigned',
            signature: null,
            payload: null,
            verified_at: null,
          },
        },
      },
    ];
  }

  function refObject(branch: string, sha: string): Json {
    return {
      ref: `refs/heads/${branch}`,
      node_id: Buffer.from(`Ref ${repository} refs/heads/${branch}`).toString('base64'),
      url: `${apiRoot()}/git/refs/heads/${encodePath(branch)}`,
      object: { type: 'commit', sha, url: `${apiRoot()}/git/commits/${sha}` },
    };
  }

  /** `GET /repos/{owner}/{repo}/git/ref/heads/{branch}` (branches only). */
  function getRef(ref: string): Answer {
    const branch = /^heads\/(.+)$/.exec(ref)?.[1];
    const sha = branch === undefined ? undefined : heads.get(branch);
    if (branch === undefined || sha === undefined) return notFound(`${DOCS}/git/refs#get-a-reference`);
    return [200, refObject(branch, sha)];
  }

  /**
   * `POST /repos/{owner}/{repo}/git/refs` for `refs/heads/<branch>` (tags are not modelled).
   * `Reference already exists` is GitHub's wording; `Reference name is invalid` and `Object does not
   * exist` are plausible.
   */
  function createRef(body: Json): Answer {
    const docs = `${DOCS}/git/refs#create-a-reference`;
    const refused = (message: string): Answer => [422, { message, documentation_url: docs, status: '422' }];
    const branch = /^refs\/heads\/(.+)$/.exec(String(body.ref))?.[1];
    if (branch === undefined || !validBranchName(branch)) return refused('Reference name is invalid');
    if (heads.has(branch)) return refused('Reference already exists');
    const sha = String(body.sha).toLowerCase();
    if (!commits.has(sha)) return refused('Object does not exist');
    heads.set(branch, sha);
    const created = refObject(branch, sha);
    return [201, created, { location: created.url as string }];
  }

  /** `DELETE /repos/{owner}/{repo}/git/refs/heads/{branch}`: 204, or 422 (plausible wording). */
  function deleteRef(ref: string): Answer {
    const docs = `${DOCS}/git/refs#delete-a-reference`;
    const branch = /^heads\/(.+)$/.exec(ref)?.[1];
    if (branch === undefined || !heads.has(branch)) {
      return [422, { message: 'Reference does not exist', documentation_url: docs, status: '422' }];
    }
    if (branch === defaultBranch) {
      return [422, { message: 'Cannot delete the default branch', documentation_url: docs, status: '422' }];
    }
    heads.delete(branch);
    return [204, undefined];
  }

  function ancestors(sha: string | undefined): Set<string> {
    const seen = new Set<string>();
    const queue = sha === undefined ? [] : [sha];
    for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
      if (seen.has(at)) continue;
      seen.add(at);
      queue.push(...(commits.get(at)?.parents ?? []));
    }
    return seen;
  }

  /**
   * `POST /repos/{owner}/{repo}/pulls` between two branches of the repository: 422 `Validation
   * Failed` for a missing title, an unknown base or head, an open pull request for the same head and
   * base (`A pull request already exists for owner:branch.`) or a head already in the base (`No
   * commits between base and head`).
   */
  function createPull(body: Json): Answer {
    const docs = `${DOCS}/pulls/pulls#create-a-pull-request`;
    const headText = String(body.head);
    const colon = headText.indexOf(':');
    const headOwner = colon === -1 ? repoOwner : headText.slice(0, colon);
    const head = colon === -1 ? headText : headText.slice(colon + 1);
    const base = String(body.base);
    const errors: Json[] = [];
    if (typeof body.title !== 'string' && body.issue === undefined)
      errors.push({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
    if (!heads.has(base)) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    if (headOwner.toLowerCase() !== repoOwner.toLowerCase() || !heads.has(head))
      errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    const custom = (message: string): Answer => [
      422,
      {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', code: 'custom', message }],
        documentation_url: docs,
        status: '422',
      },
    ];
    if (errors.length > 0)
      return [422, { message: 'Validation Failed', errors, documentation_url: docs, status: '422' }];
    if (fake.pulls.some((p) => p.state === 'open' && p.head.ref === head && p.base.ref === base))
      return custom(`A pull request already exists for ${repoOwner}:${head}.`);
    const baseSha = heads.get(base) as string;
    const headSha = heads.get(head) as string;
    const inBase = ancestors(baseSha);
    if (inBase.has(headSha)) return custom(`No commits between ${base} and ${head}`);
    const number = fake.pulls.length + 1;
    const pull = pullObject(number, body, head, headSha, base, baseSha);
    pull.commits = [...ancestors(headSha)].filter((sha) => !inBase.has(sha)).length;
    fake.pulls.push(pull);
    return [201, pull, { location: pull.url as string }];
  }

  /** A pull request shaped like the description's example, with this repository's values. */
  function pullObject(
    number: number,
    body: Json,
    head: string,
    headSha: string,
    base: string,
    baseSha: string,
  ): FakePullRequest {
    const example = rebrand(documentedExample('pull-request'));
    const api = `${apiRoot()}/pulls/${number}`;
    const html = `${webRoot}/pull/${number}`;
    const issue = `${apiRoot()}/issues/${number}`;
    const side = (template: unknown, ref: string, sha: string): Json & { ref: string; sha: string } => ({
      ...(template as Json),
      label: `${repoOwner}:${ref}`,
      ref,
      sha,
    });
    const href = (value: string): Json => ({ href: value });
    return {
      ...example,
      url: api,
      id: 1_900_000_000 + number,
      node_id: Buffer.from(`PullRequest ${repository} ${number}`).toString('base64'),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${apiRoot()}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${apiRoot()}/statuses/${headSha}`,
      number,
      state: 'open',
      locked: false,
      title: String(body.title ?? ''),
      user: BOT,
      body: typeof body.body === 'string' ? body.body : null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: now(),
      updated_at: now(),
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(example.head, head, headSha),
      base: side(example.base, base, baseSha),
      _links: {
        self: href(api),
        html: href(html),
        issue: href(issue),
        comments: href(`${issue}/comments`),
        review_comments: href(`${api}/comments`),
        review_comment: href(`${apiRoot()}/pulls/comments{/number}`),
        commits: href(`${api}/commits`),
        statuses: href(`${apiRoot()}/statuses/${headSha}`),
      },
      author_association: 'NONE',
      auto_merge: null,
      draft: body.draft === true,
      merged: false,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: body.maintainer_can_modify === true,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 1,
    };
  }

  /** `GET /repos/{owner}/{repo}/pulls`: `state` (default open), `head` (`owner:branch`), `base`; newest first. */
  function listPulls(path: string, query: Record<string, string>): Answer {
    const state = query.state ?? 'open';
    const list = fake.pulls.filter(
      (p) =>
        (state === 'all' || p.state === state) &&
        (query.head === undefined || `${repoOwner}:${p.head.ref}` === query.head) &&
        (query.base === undefined || p.base.ref === query.base),
    );
    return page(path, query, [...list].reverse());
  }

  /** `GET /repos/{owner}/{repo}`: the description's example with this repository's names. */
  function repositoryObject(): Json {
    const repo = rebrand(documentedExample('full-repository-default-response'));
    delete repo.parent; // not a fork
    delete repo.source;
    return {
      ...repo,
      name: repoName,
      full_name: repository,
      default_branch: defaultBranch,
      fork: false,
      language: null,
      pushed_at: now(),
    };
  }

  /** The example's octocat/Hello-World URLs and names, made this fake's. */
  function rebrand(example: Json): Json {
    const text = JSON.stringify(example)
      .split('https://api.github.com/repos/octocat/Hello-World')
      .join(apiRoot())
      .split('https://github.com/octocat/Hello-World')
      .join(webRoot)
      .split('octocat/Hello-World')
      .join(repository)
      .split('"Hello-World"')
      .join(JSON.stringify(repoName));
    return JSON.parse(text) as Json;
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
    const recorded: RecordedRequest = { method, path, query, body, headers: req.headers };
    fake.requests.push(recorded);

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
    const hook = hookRunning ? undefined : hooks.find((h) => h.left > 0 && h.match(recorded));
    if (hook) {
      hook.left--;
      hookRunning = true;
      try {
        await hook.hook(recorded);
      } finally {
        hookRunning = false;
      }
    }
    const accept = String(req.headers.accept ?? '');
    const [status, answer, headers] = route(method, path, query, (body ?? {}) as Json, accept);
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
  if (body === undefined) {
    res.writeHead(status, { 'x-github-api-version-selected': '2022-11-28', ...headers });
    res.end();
    return;
  }
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

function notFound(documentationUrl = DOCS): [number, unknown] {
  return [404, { message: 'Not Found', documentation_url: documentationUrl, status: '404' }];
}

/** `Accept` values that ask the contents endpoint for the raw file (`…raw`, `…v3.raw`, `…raw+json`). */
const RAW_MEDIA_TYPE = /application\/vnd\.github(?:\.v3)?\.raw(?:\+json)?\b/i;

/** Each segment percent-encoded, the slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Base64 in lines of 60 characters, each ending in `\n`, as GitHub sends file content. */
function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  return encoded === '' ? '' : `${(encoded.match(/.{1,60}/g) ?? []).join('\n')}\n`;
}

/** A commit author or committer from a request body, when it has a name and an email. */
function person(value: unknown): { name: string; email: string } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { name, email } = value as Json;
  return typeof name === 'string' && typeof email === 'string' ? { name, email } : undefined;
}

/** A branch name git accepts (https://git-scm.com/docs/git-check-ref-format), roughly. */
function validBranchName(name: string): boolean {
  const controlOrSpace = [...name].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f);
  return (
    name !== '' &&
    name !== '@' &&
    !controlOrSpace &&
    !/(^|\/)\.|\.\.|[~^:?*[\\]|@\{|\/\/|\/$|\.lock(\/|$)|\.$/.test(name)
  );
}

function validationFailed(resource: string, field: string, message: string, anchor: string): Json {
  return {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', field, message }],
    documentation_url: `${DOCS}/deployments/statuses#${anchor}`,
    status: '422',
  };
}
