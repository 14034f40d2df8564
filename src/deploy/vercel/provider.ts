/**
 * The default provider: Vercel. Builds go through `@vercel/client` (vercel/deploy.ts); production
 * moves through the REST control plane: promote (`POST /v10/projects/{id}/promote/{deploymentId}`)
 * and rollback (`POST /v1/projects/{id}/rollback/{deploymentId}`) are asynchronous, so each is
 * confirmed by polling the project until `lastAliasRequest` reports success for that deployment or
 * `targets.production` is it (as the Vercel CLI does; https://vercel.com/docs/cli/promote).
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
  ProviderError,
} from '../types.js';
import { CONTENT_KEY_META, contentKey } from '../content-key.js';
import { type VercelAuth, VercelApi, type VercelDeployment, type VercelListItem } from './api.js';
import { vercelDeploy } from './deploy.js';

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

  constructor(private readonly o: VercelProviderOptions) {
    this.api = new VercelApi(o.auth, o.http);
    this.scheme = new URL(o.auth.apiUrl).protocol === 'http:' ? 'http' : 'https';
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
    return this.o.clock.now() + ms;
  }

  /** Runs an API call, turning HTTP failures into one readable line. */
  private async guard<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof HttpError) throw new ProviderError(`Vercel API: ${what}: ${error.message}`);
      throw error;
    }
  }

  async deploy(request: DeployRequest): Promise<DeployResult> {
    const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
    return this.guard('deploy', () =>
      vercelDeploy(request, project.name, {
        api: this.api,
        clock: this.o.clock,
        logger: this.o.logger,
        ...(this.o.random ? { random: this.o.random } : {}),
        toInfo: this.toInfo,
      }),
    );
  }

  /** {@link contentKey} of `path`: what `@vercel/client` uploads for it. */
  contentKey(path: string, prebuilt: boolean): Promise<string> {
    return contentKey(path, prebuilt);
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

  async rollback(id: string, deadline: number, reason: string | undefined): Promise<void> {
    await this.guard(`roll back to ${id}`, () => this.api.requestRollback(id, reason, deadline));
    await this.confirm(id, 'rollback', deadline);
  }

  async previousProduction(currentId: string | undefined): Promise<DeploymentInfo | undefined> {
    const items = await this.guard('list production deployments', () =>
      this.api.listDeployments(
        { target: 'production', state: 'READY', rollbackCandidate: true, limit: 20 },
        this.soon(),
      ),
    );
    const current = items.find((i) => i.uid === currentId);
    const before = items.filter(
      (i) =>
        i.uid !== currentId &&
        i.isRollbackCandidate !== false &&
        (!current || (i.createdAt ?? 0) < (current.createdAt ?? Infinity)),
    );
    before.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
    return before[0] ? this.toInfo(before[0]) : undefined;
  }

  /** True when the project's last alias job was a rollback away from `id` (a re-run right after one). */
  async rolledBackFrom(id: string): Promise<boolean> {
    const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
    const last = project.lastAliasRequest;
    return (
      last?.type === 'rollback' && last.fromDeploymentId === id && project.targets?.production?.id !== id
    );
  }

  /** Polls the project until production is `id`; a failed alias job or the deadline throws. */
  private async confirm(id: string, kind: 'promote' | 'rollback', deadline: number): Promise<void> {
    const { first, max } = this.o.pollMs ?? { first: 250, max: 2000 };
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
      if (this.o.clock.now() + wait >= deadline) break;
      await this.o.clock.sleep(wait);
    }
    throw new ProviderError(
      `the ${kind} to ${id} was not confirmed before the deadline; production is ${live ?? 'unknown'}`,
    );
  }
}
