/**
 * The Vercel REST control plane Greenlight uses, through the shared HTTP client (the official SDK
 * strips `autoAssignCustomDomains` and has response-validation bugs; see vercel.md in the research
 * notes). Endpoints and shapes: https://vercel.com/docs/rest-api.
 */
import { type HttpClient, apiErrorMessage } from '../../http/client.js';
import { HttpError, redactUrl } from '../../http/errors.js';

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
    } = {},
  ): Promise<T> {
    return this.http.requestJson<T>({
      method,
      url: this.url(path, options.query),
      headers: { authorization: `Bearer ${this.auth.token}` },
      ...(options.json !== undefined ? { json: options.json } : {}),
      ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
      deadline,
    });
  }

  getDeployment(idOrUrl: string, deadline: number): Promise<VercelDeployment> {
    return this.call('GET', `/v13/deployments/${encodeURIComponent(idOrUrl)}`, deadline);
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
    // Promoting to the same target twice is harmless, so retries are allowed.
    return this.call(
      'POST',
      `/v10/projects/${encodeURIComponent(this.auth.projectId)}/promote/${encodeURIComponent(deploymentId)}`,
      deadline,
      {
        json: {},
        idempotent: true,
      },
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
   * @throws HttpError when it is refused or the retries run out.
   */
  async uploadFile(sha: string, data: Uint8Array, deadline: number): Promise<void> {
    const res = await this.http.request({
      method: 'POST',
      url: this.url('/v2/files'),
      headers: {
        authorization: `Bearer ${this.auth.token}`,
        'content-type': 'application/octet-stream',
        'x-now-digest': sha,
        'x-now-size': String(data.byteLength),
      },
      body: data,
      idempotent: true,
      retries: 5,
      deadline,
    });
    if (res.status !== 200) {
      let said: string | undefined;
      try {
        said = apiErrorMessage(res.json());
      } catch {
        said = undefined;
      }
      throw new HttpError(
        `POST ${redactUrl(this.url('/v2/files'))}`,
        `answered ${res.status}${said ? `: ${said}` : ''}`,
        'status',
        res.attempts,
        res.status,
      );
    }
  }

  /** `PATCH /v12/deployments/{id}/cancel`. */
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
