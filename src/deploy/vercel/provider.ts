/**
 * The default provider: Vercel. Builds go through `@vercel/client` (vercel/deploy.ts); production
 * moves through the REST control plane: promote (`POST /v10/projects/{id}/promote/{deploymentId}`)
 * and rollback (`POST /v1/projects/{id}/rollback/{deploymentId}`) are asynchronous, so each is
 * confirmed by polling the project until `lastAliasRequest` reports success for that deployment or
 * `targets.production` is it (as the Vercel CLI does; https://vercel.com/docs/cli/promote).
 *
 * Failures are sorted into transient and permanent (https://vercel.com/docs/rest-api, and for
 * rollback https://vercel.com/docs/rest-api/projects/points-all-production-domains-for-a-project-to-the-given-deploy:
 * 400 invalid request, 401/403 not authorized, 402 not on this plan, 404 unknown, 409 conflict,
 * 422 not eligible). A 4xx other than 408, 409, 425 and 429 means the request itself was refused and
 * repeating it cannot help: it becomes a {@link VercelRefusal} (`permanent: true`, naming the input
 * to fix), which the converging rollback does not retry.
 */
import type { HttpClient } from '../../http/client.js';
import { HttpError } from '../../http/errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { Logger } from '../../runtime/logger.js';
import {
  type DeployProvider,
  type DeployRequest,
  type DeployResult,
  type DeploymentInfo,
  type Environment,
  type PreparedDeploy,
  ProviderError,
} from '../types.js';
import { CONTENT_KEY_META } from '../content-key.js';
import type { HashedTree } from './deploy.js';
import {
  type VercelAuth,
  VercelApi,
  type VercelDeployment,
  type VercelListItem,
  type VercelProject,
} from './api.js';

/** 4xx statuses that mean "not now" rather than "never": timeout, conflict, too early, rate limited. */
const TRANSIENT_4XX = new Set([408, 409, 425, 429]);

/** Whether an HTTP failure is a refusal that repeating cannot change (a 4xx answer other than {@link TRANSIENT_4XX}). */
export function isRefusal(error: HttpError): boolean {
  return (
    error.kind === 'status' &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500 &&
    !TRANSIENT_4XX.has(error.status)
  );
}

/**
 * A permanent Vercel API failure: the API refused the request (see {@link isRefusal}). `message` is
 * the same line a {@link ProviderError} would carry (method, redacted URL, status, the API's own
 * message; never the token); `input` names the action input to fix when one is to blame
 * (`vercel-token` for 401/403, `to-deployment-id` for a rollback target Vercel cannot use).
 */
export class VercelRefusal extends ProviderError {
  override name = 'VercelRefusal';
  /** Marks the failure as not worth repeating (read by convergeRollback). */
  readonly permanent = true;
  constructor(
    message: string,
    /** The HTTP status, 4xx. */
    readonly status: number,
    readonly input: string | undefined,
  ) {
    super(message);
  }
}

export interface VercelProviderOptions {
  auth: VercelAuth;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  random?: () => number;
  /** Confirmation polling: first interval and cap, ms (default 250 and 2000). */
  pollMs?: { first: number; max: number };
}

/**
 * Meta keys that identify "the same deploy": the environment and the content key (what was
 * uploaded), so a re-run or a new run of the same build reuses it and a changed build does not.
 * Commit sha, run id and attempt stay in the meta as information only.
 */
export const REUSE_KEYS = ['greenlightEnvironment', CONTENT_KEY_META] as const;
/** Also matched when the request's meta has it (the repository, for projects shared between repositories). */
export const OPTIONAL_REUSE_KEYS = ['githubRepo'] as const;

export class VercelProvider implements DeployProvider {
  readonly name = 'vercel';
  readonly api: VercelApi;
  private readonly scheme: string;

  constructor(private readonly options: VercelProviderOptions) {
    this.api = new VercelApi(options.auth, options.http, options.clock);
    this.scheme = new URL(options.auth.apiUrl).protocol === 'http:' ? 'http' : 'https';
  }

  /** The API's deployment as the release logic sees it (URL with scheme, normalised state). */
  toInfo = (d: VercelDeployment | VercelListItem): DeploymentInfo => {
    const id = 'uid' in d ? d.uid : d.id;
    const state = d.readyState ?? d.state ?? '';
    return {
      id,
      url: /^https?:\/\//.test(d.url) ? d.url : `${this.scheme}://${d.url}`,
      createdAt: d.createdAt ?? d.created ?? 0,
      production: d.target === 'production',
      state:
        state === 'READY'
          ? 'ready'
          : state === 'CANCELED'
            ? 'canceled'
            : state === 'ERROR' || state.endsWith('_ERROR')
              ? 'error'
              : 'building',
      meta: d.meta ?? {},
    };
  };

  private soon(ms = 60_000): number {
    return this.options.clock.now() + ms;
  }

  /**
   * Runs an API call, turning HTTP failures into one readable line: a {@link VercelRefusal} for a
   * refusal (401/403 name `vercel-token`; other statuses name `inputFor(status)` when given), else a
   * {@link ProviderError}.
   */
  private async guard<T>(
    what: string,
    call: () => Promise<T>,
    inputFor?: (status: number) => string | undefined,
  ): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const line = `Vercel API: ${what}: ${error.message}`;
      if (isRefusal(error)) {
        const status = error.status as number;
        const input = status === 401 || status === 403 ? 'vercel-token' : inputFor?.(status);
        throw new VercelRefusal(line, status, input);
      }
      throw new ProviderError(line);
    }
  }

  deploy(request: DeployRequest): Promise<DeployResult> {
    return this.send(request, this.readProject());
  }

  /** Reads `path/vercel.json` as a deploy would send it (vercel-json.ts), sending nothing. */
  async checkDeployPath(path: string, prebuilt: boolean): Promise<void> {
    const { staticDeploymentSettings } = await import('./vercel-json.js');
    await staticDeploymentSettings(path, prebuilt);
  }

  /**
   * Hashes `path` through `@vercel/client` (vercel/deploy.ts `hashTree`) while the project is read;
   * the prepared deploy continues that client, so the tree is read once.
   */
  async prepareDeploy(path: string, prebuilt: boolean): Promise<PreparedDeploy> {
    const project = this.readProject();
    // Handled when the deploy is sent; a dropped deploy never needs the project.
    project.catch(() => {});
    // Loaded only for a deploy: it brings @vercel/client, which promote and rollback never use.
    const { hashTree } = await import('./deploy.js');
    const tree = await hashTree(path, prebuilt, this.api);
    return {
      contentKey: tree.contentKey,
      deploy: (request) => this.send({ ...request, path: tree.path, prebuilt }, project, tree),
      discard: () => tree.discard(),
    };
  }

  private readProject(): Promise<VercelProject> {
    return this.guard('read the project', () => this.api.getProject(this.soon()));
  }

  /** Deploys `request` as the project `project` names, continuing `hashed` when given. */
  private async send(
    request: DeployRequest,
    project: Promise<VercelProject>,
    hashed?: HashedTree,
  ): Promise<DeployResult> {
    const [{ name }, { vercelDeploy }] = await Promise.all([project, import('./deploy.js')]).catch(
      (error: unknown) => {
        hashed?.discard();
        throw error;
      },
    );
    return this.guard('deploy', () =>
      vercelDeploy(
        request,
        name,
        {
          api: this.api,
          clock: this.options.clock,
          logger: this.options.logger,
          ...(this.options.random ? { random: this.options.random } : {}),
          toInfo: this.toInfo,
        },
        hashed,
      ),
    );
  }

  /**
   * The newest READY deployment whose meta has the same {@link REUSE_KEYS} (and
   * {@link OPTIONAL_REUSE_KEYS} present in `meta`); production only matches production-target
   * deployments. Undefined when `meta` lacks a reuse key or nothing matches.
   * @throws ProviderError when the API fails.
   */
  async findReusable(
    meta: Record<string, string>,
    environment: Environment,
  ): Promise<DeploymentInfo | undefined> {
    const filter: Record<string, string> = {};
    for (const key of REUSE_KEYS) {
      if (!meta[key]) return undefined;
      filter[key] = meta[key];
    }
    for (const key of OPTIONAL_REUSE_KEYS) if (meta[key]) filter[key] = meta[key];
    const items = await this.guard('look for a reusable deployment', () =>
      this.api.listDeployments(
        {
          state: 'READY',
          ...(environment === 'production' ? { target: 'production' } : {}),
          meta: filter,
          limit: 5,
        },
        this.soon(),
      ),
    );
    const match = items.find((item) =>
      Object.entries(filter).every(([key, value]) => item.meta?.[key] === value),
    );
    return match ? this.toInfo(match) : undefined;
  }

  async production(): Promise<DeploymentInfo | undefined> {
    const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
    const live = project.targets?.production;
    return live ? this.toInfo(live) : undefined;
  }

  get(id: string): Promise<DeploymentInfo> {
    return this.guard(`read deployment ${id}`, async () =>
      this.toInfo(await this.api.getDeployment(id, this.soon())),
    );
  }

  async assignAlias(id: string, alias: string, deadline: number): Promise<void> {
    await this.guard(`assign alias ${alias}`, () => this.api.assignAlias(id, alias, deadline));
  }

  async promote(id: string, deadline: number): Promise<void> {
    await this.guard(`promote ${id}`, () => this.api.requestPromote(id, deadline));
    await this.confirm(id, 'promote', deadline);
  }

  /**
   * Requests the rollback (`POST /v1/projects/{id}/rollback/{deploymentId}`) and confirms it.
   * @throws VercelRefusal when Vercel refuses it: 401/403 name `vercel-token`; 400, 402, 404 and 422
   *   (unknown, not eligible, not on this plan) name `to-deployment-id`. ProviderError for other
   *   failures (5xx after the HTTP client's retries, resets, a failed or unconfirmed alias job).
   */
  async rollback(id: string, deadline: number, reason: string | undefined): Promise<void> {
    await this.guard(
      `roll back to ${id}`,
      () => this.api.requestRollback(id, reason, deadline),
      () => 'to-deployment-id',
    );
    await this.confirm(id, 'rollback', deadline);
  }

  /**
   * The newest READY production rollback candidate (`GET /v6/deployments?rollbackCandidate=true`)
   * that is older than `currentId` and that production was not rolled back away from (the project's
   * last alias job, as {@link rolledBackFrom}); undefined when none is. Vercel does not list the live
   * deployment as a candidate, so its age is read from the project (or the deployment) instead.
   * Without `currentId` (nothing live), only the rolled-back-from rule applies.
   * @throws ProviderError (or VercelRefusal) when the API fails.
   */
  async previousProduction(currentId: string | undefined): Promise<DeploymentInfo | undefined> {
    const [items, project] = await Promise.all([
      this.guard('list production deployments', () =>
        this.api.listDeployments(
          { target: 'production', state: 'READY', rollbackCandidate: true, limit: 20 },
          this.soon(),
        ),
      ),
      this.guard('read the project', () => this.api.getProject(this.soon())),
    ]);
    let liveCreatedAt = Infinity;
    if (currentId !== undefined) {
      const live = project.targets?.production;
      const listed = items.find((i) => i.uid === currentId);
      const created =
        live?.id === currentId
          ? (live.createdAt ?? live.created)
          : listed
            ? (listed.createdAt ?? listed.created)
            : this.toInfo(
                await this.guard(`read deployment ${currentId}`, () =>
                  this.api.getDeployment(currentId, this.soon()),
                ),
              ).createdAt;
      // Unknown age (0 or absent): nothing can be shown to be older, so nothing is eligible.
      liveCreatedAt = created ?? 0;
    }
    const away = rolledBackAway(project);
    const before = items.filter(
      (i) =>
        i.uid !== currentId &&
        i.uid !== away &&
        i.isRollbackCandidate !== false &&
        (i.createdAt ?? i.created ?? 0) < liveCreatedAt,
    );
    before.sort((a, b) => (b.createdAt ?? b.created ?? 0) - (a.createdAt ?? a.created ?? 0));
    return before[0] ? this.toInfo(before[0]) : undefined;
  }

  /** True when the project's last alias job was a rollback away from `id` (a re-run right after one). */
  async rolledBackFrom(id: string): Promise<boolean> {
    const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
    return rolledBackAway(project) === id;
  }

  /**
   * The project's last alias job when it is a rollback that holds — it succeeded (or production
   * serves its target) and production still serves its target: `{ fromId, toId }`; else undefined.
   * How a converging rollback without a target tells "already rolled back" from "roll back now".
   * @throws ProviderError (or VercelRefusal) when the project cannot be read.
   */
  async lastRollback(): Promise<{ fromId: string; toId: string } | undefined> {
    const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
    const last = project.lastAliasRequest;
    const live = project.targets?.production?.id;
    if (last?.type !== 'rollback' || !last.fromDeploymentId || !last.toDeploymentId) return undefined;
    if (live !== last.toDeploymentId || last.jobStatus === 'failed') return undefined;
    return { fromId: last.fromDeploymentId, toId: last.toDeploymentId };
  }

  /** Polls the project until production is `id`; a failed alias job or the deadline throws. */
  private async confirm(id: string, kind: 'promote' | 'rollback', deadline: number): Promise<void> {
    const { first, max } = this.options.pollMs ?? { first: 250, max: 2000 };
    let live: string | undefined;
    for (let wait = first; ; wait = Math.min(max, Math.round(wait * 1.5))) {
      const project = await this.guard(`confirm the ${kind}`, () => this.api.getProject(deadline));
      live = project.targets?.production?.id;
      if (live === id) return;
      const request = project.lastAliasRequest;
      if (request?.toDeploymentId === id) {
        if (request.jobStatus === 'succeeded') return;
        if (request.jobStatus === 'failed')
          throw new ProviderError(`Vercel reports the ${kind} to ${id} failed`);
      }
      if (this.options.clock.now() + wait >= deadline) break;
      await this.options.clock.sleep(wait);
    }
    throw new ProviderError(
      `the ${kind} to ${id} was not confirmed before the deadline; production is ${live ?? 'unknown'}`,
    );
  }
}

/** The deployment production was rolled back away from by the project's last alias job, while it is not live again. */
function rolledBackAway(project: VercelProject): string | undefined {
  const last = project.lastAliasRequest;
  if (last?.type !== 'rollback' || !last.fromDeploymentId) return undefined;
  return project.targets?.production?.id === last.fromDeploymentId ? undefined : last.fromDeploymentId;
}
