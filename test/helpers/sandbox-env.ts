/**
 * Drives the deploy-side bundles against a sandbox the way a workflow would: credentials through
 * the VERCEL_* environment, inputs as `with:`.
 */
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BundleRun, runBundledAction } from '../../src/runner/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api } from '../sandbox/helpers.js';

export interface RunContext {
  /** GITHUB_* variables (sha, run id, attempt …) and anything else for the step's environment. */
  env?: Record<string, string | undefined>;
  /** Cancels the step as the runner does (SIGINT, SIGTERM after 7.5 s, SIGKILL 2.5 s later). */
  signal?: AbortSignal;
}

export function sandboxEnv(
  sb: Sandbox,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    VERCEL_TOKEN: sb.token,
    VERCEL_ORG_ID: sb.teamId,
    VERCEL_PROJECT_ID: sb.projectId,
    // The test sites are written under the temp dir: it plays the job's workspace (deploy's path rule).
    GITHUB_WORKSPACE: realpathSync(tmpdir()),
    ...extra,
  };
}

/** Runs `action` with the sandbox as the Vercel API. */
export function runAgainst(
  sb: Sandbox,
  action: string,
  inputs: Record<string, string>,
  context: RunContext = {},
): Promise<BundleRun> {
  return runBundledAction(
    action,
    { 'vercel-api-url': sb.api, ...inputs },
    { env: sandboxEnv(sb, context.env), ...(context.signal ? { signal: context.signal } : {}) },
  );
}

export { errorLines } from './steps.js';

/** What an origin serves at `path` (status and body). */
export async function fetchText(origin: string, path = '/'): Promise<{ status: number; body: string }> {
  const res = await fetch(new URL(path, origin));
  return { status: res.status, body: await res.text() };
}

/** The id of the deployment the sandbox's production domain serves. */
export async function productionId(sb: Sandbox): Promise<string | undefined> {
  return (await api(sb, 'GET', `/v9/projects/${sb.projectId}`)).body.targets?.production?.id;
}

/** Waits until `until()` holds, polling every 25 ms (at most 20 s). */
export async function waitFor(until: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 800; i++) {
    if (await until()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not reached');
}

/** Waits for a deployment of the sandbox's project that is not in `known`; returns its id. */
export async function nextDeployment(sb: Sandbox, known: ReadonlySet<string>): Promise<string> {
  let id: string | undefined;
  await waitFor(async () => {
    const list = (await api(sb, 'GET', `/v6/deployments?projectId=${sb.projectId}&limit=20`)).body
      .deployments as { uid: string }[];
    id = list.find((d) => !known.has(d.uid))?.uid;
    return id !== undefined;
  });
  return id as string;
}

/**
 * Breaks the next deployment (one not in `known`) on the domain origins only, once it exists: it
 * passes its smoke test on its unique URL and answers 500 once it serves production.
 */
export async function breakNextOnDomains(sb: Sandbox, known: Set<string>): Promise<string> {
  const id = await nextDeployment(sb, known);
  await api(sb, 'POST', '/_sandbox/faults', {
    json: { deployment: id, serve: { status: 500, rate: 1, where: 'domains' } },
  });
  return id as string;
}
