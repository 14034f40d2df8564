/**
 * The Vercel REST control plane Greenlight uses, through the shared HTTP client rather than the
 * official SDK, which drops `autoAssignCustomDomains` from a create and rejects some valid
 * answers. Endpoints and shapes: https://vercel.com/docs/rest-api; what Greenlight relies on,
 * endpoint by endpoint: docs/vercel-contract.md.
 *
 * Every method throws `HttpError` (src/http/errors.ts) on failure: `kind: 'status'` with `status`
 * and the API's `code` for a refused request (404 `not_found` for an unknown deployment id, 400 for
 * an invalid one), so a caller that built the request from an input can name that input.
 */
import { vercelErrorFormat } from './errors.js';
import type { Clock } from '../../runtime/clock.js';
import { type HttpClient, statusError } from '../../http/client.js';
import { redactUrl } from '../../http/errors.js';

export interface VercelAuth {
  token: string;
  /** `team_…` ids are sent as `teamId`; a personal account id is not. */
  orgId: string | undefined;
  projectId: string;
  /** API origin, default https://api.vercel.com (a path prefix is kept). */
  apiUrl: string;
}

/** `GET /v13/deployments/{id}` (https://vercel.com/docs/rest-api/deployments/get-a-deployment-by-id-or-url). */
export interface VercelDeployment {
  id: string;
  url: string;
  readyState?: string;
  readySubstate?: string;
  state?: string;
  target?: string | null;
  createdAt?: number;
  created?: number;
  meta?: Record<string, string>;
  errorCode?: string;
  errorMessage?: string;
  aliasError?: { code?: string; message?: string } | null;
  inspectorUrl?: string;
}

/** An item of `GET /v6/deployments`: keyed `uid`, not `id`. */
export interface VercelListItem extends Omit<VercelDeployment, 'id'> {
  uid: string;
  isRollbackCandidate?: boolean;
}

/** `GET /v9/projects/{idOrName}` fields used for blue-green. */
export interface VercelProject {
  id: string;
  name: string;
  targets?: { production?: VercelDeployment | null };
  lastAliasRequest?: {
    fromDeploymentId?: string;
    toDeploymentId?: string;
    jobStatus?: 'pending' | 'in-progress' | 'succeeded' | 'failed' | 'skipped';
    type?: 'promote' | 'rollback';
    requestedAt?: number;
  } | null;
}

export class VercelApi {
  constructor(
    readonly auth: VercelAuth,
    private readonly http: HttpClient,
    /** The clock `http` was built with (rate-limit waits are computed on it). */
    private readonly clock: Clock,
  ) {}

  /** The team query (`teamId`) only for team ids, as the CLI does. */
  get teamId(): string | undefined {
    return this.auth.orgId?.startsWith('team_') ? this.auth.orgId : undefined;
  }

  url(path: string, query: Record<string, string | number | undefined> = {}): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
    if (this.teamId) params.set('teamId', this.teamId);
    const qs = params.toString();
    return `${this.auth.apiUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
  }

  private call<T>(
    method: string,
    path: string,
    deadline: number,
    options: {
      query?: Record<string, string | number | undefined>;
      json?: unknown;
      idempotent?: boolean;
      retries?: number;
    } = {},
  ): Promise<T> {
    return this.http.requestJson<T>(
      {
        method,
        url: this.url(path, options.query),
        headers: { authorization: `Bearer ${this.auth.token}` },
        ...(options.json !== undefined ? { json: options.json } : {}),
        ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
        ...(options.retries !== undefined ? { retries: options.retries } : {}),
        deadline,
      },
      vercelErrorFormat,
    );
  }

  /**
   * `GET /v13/deployments/{idOrUrl}`. `retries` overrides the client's retry count (a poller that
   * backs off itself passes 0).
   * @throws HttpError; 404 (`not_found`) when no such deployment is visible with this token.
   */
  getDeployment(
    idOrUrl: string,
    deadline: number,
    options: { retries?: number } = {},
  ): Promise<VercelDeployment> {
    return this.call('GET', `/v13/deployments/${encodeURIComponent(idOrUrl)}`, deadline, options);
  }

  /** `GET /v6/deployments` with filters (`target`, `state`, `limit`, `meta-<key>`). */
  async listDeployments(
    filters: {
      target?: string;
      state?: string;
      limit?: number;
      meta?: Record<string, string>;
      rollbackCandidate?: boolean;
    },
    deadline: number,
  ): Promise<VercelListItem[]> {
    const query: Record<string, string | number | undefined> = {
      projectId: this.auth.projectId,
      target: filters.target,
      state: filters.state,
      limit: filters.limit ?? 20,
      rollbackCandidate: filters.rollbackCandidate ? 'true' : undefined,
    };
    for (const [k, v] of Object.entries(filters.meta ?? {})) query[`meta-${k}`] = v;
    const body = await this.call<{ deployments?: VercelListItem[] }>('GET', '/v6/deployments', deadline, {
      query,
    });
    return body.deployments ?? [];
  }

  getProject(deadline: number): Promise<VercelProject> {
    return this.call('GET', `/v9/projects/${encodeURIComponent(this.auth.projectId)}`, deadline, {
      query: { rollbackInfo: 'true' },
    });
  }

  /** `POST /v10/projects/{id}/promote/{deploymentId}`: 201 started, 202 queued. Asynchronous: confirm with the project. */
  requestPromote(deploymentId: string, deadline: number): Promise<unknown> {
    // Not retried here on an ambiguous answer (5xx, reset after sending): a late retry could land
    // after the caller read production back and rolled back, putting the bad deployment live
    // again. promoteWithCas retries itself, after reading production. 429 and refused connections
    // (never processed) are still retried by the client.
    return this.call(
      'POST',
      `/v10/projects/${encodeURIComponent(this.auth.projectId)}/promote/${encodeURIComponent(deploymentId)}`,
      deadline,
      { json: {} },
    );
  }

  /** `POST /v1/projects/{id}/rollback/{deploymentId}?description=…`. Asynchronous like promote. */
  requestRollback(deploymentId: string, description: string | undefined, deadline: number): Promise<unknown> {
    return this.call(
      'POST',
      `/v1/projects/${encodeURIComponent(this.auth.projectId)}/rollback/${encodeURIComponent(deploymentId)}`,
      deadline,
      {
        query: { description: description?.slice(0, 200) },
        json: {},
        idempotent: true,
      },
    );
  }

  /**
   * `POST /v2/files` with the raw bytes, `x-now-digest` (SHA-1 hex) and `x-now-size`; the API answers
   * 200 (https://vercel.com/docs/rest-api/deployments/upload-deployment-files). Uploading the same
   * content twice is harmless, so 5xx, 429 (with `Retry-After`) and resets are retried.
   * @throws HttpError when it is refused or the retries run out (`rate_limited` at once when the
   *   API asks for a wait past the deadline), or `aborted` when `signal` aborts.
   */
  async uploadFile(sha: string, data: Uint8Array, deadline: number, signal?: AbortSignal): Promise<void> {
    const headers = {
      authorization: `Bearer ${this.auth.token}`,
      'content-type': 'application/octet-stream',
      'x-now-digest': sha,
      'x-now-size': String(data.byteLength),
    };
    const res = await this.http.request({
      method: 'POST',
      url: this.url('/v2/files'),
      headers,
      body: data,
      idempotent: true,
      retries: 5,
      deadline,
      ...(signal ? { signal } : {}),
    });
    if (res.status !== 200) {
      let parsed: unknown;
      try {
        parsed = res.json();
      } catch {
        parsed = undefined;
      }
      throw statusError(
        `POST ${redactUrl(this.url('/v2/files'))}`,
        { headers },
        res,
        parsed,
        this.clock.now(),
        vercelErrorFormat,
      );
    }
  }

  /**
   * `PATCH /v12/deployments/{id}/cancel`
   * (https://vercel.com/docs/rest-api/deployments/cancel-a-deployment).
   * @throws HttpError; 400 `deployment_not_cancelable` when it is no longer QUEUED or BUILDING.
   */
  cancel(deploymentId: string, deadline: number): Promise<unknown> {
    return this.call('PATCH', `/v12/deployments/${encodeURIComponent(deploymentId)}/cancel`, deadline, {
      idempotent: true,
    });
  }

  /** `POST /v2/deployments/{id}/aliases` `{alias}`; assigning the same alias again is harmless. */
  assignAlias(deploymentId: string, alias: string, deadline: number): Promise<unknown> {
    return this.call('POST', `/v2/deployments/${encodeURIComponent(deploymentId)}/aliases`, deadline, {
      json: { alias },
      idempotent: true,
    });
  }
}
