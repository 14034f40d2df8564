/**
 * Drives the deploy-side bundles against a sandbox the way a workflow would: credentials through
 * the VERCEL_* environment, inputs as `with:`.
 */
import { type BundleRun, runBundledAction } from '../../src/cli/bundle.js';
import type { Sandbox } from '../../src/sandbox/index.js';

export interface RunContext {
  /** GITHUB_* variables (sha, run id, attempt …) and anything else for the step's environment. */
  env?: Record<string, string | undefined>;
}

export function sandboxEnv(
  sb: Sandbox,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return { VERCEL_TOKEN: sb.token, VERCEL_ORG_ID: sb.teamId, VERCEL_PROJECT_ID: sb.projectId, ...extra };
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
    { env: sandboxEnv(sb, context.env) },
  );
}

export { errorLines } from './steps.js';

/** What an origin serves at `path` (status and body). */
export async function fetchText(origin: string, path = '/'): Promise<{ status: number; body: string }> {
  const res = await fetch(new URL(path, origin));
  return { status: res.status, body: await res.text() };
}
