import { createHash } from 'node:crypto';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';

/** Loosely typed JSON from the API under test (tests assert on its shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export function sha1(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}

/** A sandbox with a short build, closed by the caller. */
export function testSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ buildDelayMs: 30, ...options });
}

/** Calls the sandbox API with its token (or `token`), JSON in and out. */
export async function api<T = Json>(
  sb: Sandbox,
  method: string,
  path: string,
  options: {
    json?: unknown;
    body?: Buffer | string;
    headers?: Record<string, string>;
    token?: string | null;
  } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? sb.token}`;
  let body: Buffer | string | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${sb.api}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // leave as text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export async function upload(sb: Sandbox, data: Buffer | string): Promise<ApiResponse<Json>> {
  const buf = Buffer.from(data);
  return api(sb, 'POST', '/v2/files', {
    body: buf,
    headers: {
      'content-type': 'application/octet-stream',
      'x-now-digest': sha1(buf),
      'x-now-size': String(buf.length),
    },
  });
}

export interface DeployBody {
  target?: 'production';
  autoAssignCustomDomains?: boolean;
  meta?: Record<string, string>;
  customEnvironmentSlugOrId?: string;
  [key: string]: unknown;
}

/**
 * Deploys `files` through the API the way @vercel/client does: create, upload what is missing,
 * create again. Returns the created deployment object.
 */
export async function deploy(
  sb: Sandbox,
  files: Record<string, string | Buffer>,
  body: DeployBody = {},
  query = '',
): Promise<Json> {
  const entries = Object.entries(files).map(([file, data]) => {
    const buf = Buffer.from(data);
    return { file, sha: sha1(buf), size: buf.length, mode: 0o100644, data: buf };
  });
  const request = {
    name: 'greenlight-sandbox',
    project: sb.projectId,
    ...body,
    files: entries.map(({ data: _d, ...rest }) => rest),
  };
  const path = `/v13/deployments?teamId=${sb.teamId}${query ? `&${query}` : ''}`;
  let res = await api(sb, 'POST', path, { json: request });
  if (res.status === 400 && res.body?.error?.code === 'missing_files') {
    for (const sha of res.body.error.missing as string[]) {
      const entry = entries.find((e) => e.sha === sha);
      if (!entry) throw new Error(`sandbox asked for unknown sha ${sha}`);
      const up = await upload(sb, entry.data);
      if (up.status !== 200) throw new Error(`upload failed: ${up.status}`);
    }
    res = await api(sb, 'POST', path, { json: request });
  }
  if (res.status !== 200) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Polls `probe` every 10 ms until it returns a truthy value (returned) or `timeoutMs` passes (throws). */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until a deployment reaches `state` and returns it. */
export async function waitForState(sb: Sandbox, id: string, state = 'READY'): Promise<Json> {
  return waitFor(
    async () => {
      const res = await api(sb, 'GET', `/v13/deployments/${id}`);
      return res.body.readyState === state ? res.body : undefined;
    },
    5000,
    `${id} to be ${state}`,
  );
}

/** Deploys and waits for READY. */
export async function deployReady(
  sb: Sandbox,
  files: Record<string, string | Buffer>,
  body: DeployBody = {},
  query = '',
): Promise<Json> {
  const created = await deploy(sb, files, body, query);
  return waitForState(sb, created.id);
}

/** Waits until the project's lastAliasRequest for `id` has finished (succeeded or failed). */
export async function waitForAliasJob(sb: Sandbox, id: string): Promise<Json> {
  return waitFor(
    async () => {
      const res = await api(sb, 'GET', `/v9/projects/${sb.projectId}?rollbackInfo=true`);
      const job = res.body.lastAliasRequest;
      return job?.toDeploymentId === id && job.jobStatus !== 'pending' ? job : undefined;
    },
    5000,
    `alias job to ${id}`,
  );
}

export async function get(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(url, { redirect: 'manual', ...init });
  return { status: res.status, text: await res.text(), headers: res.headers };
}
