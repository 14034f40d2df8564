/**
 * Builds the provider an action asked for from its inputs (and the VERCEL_* environment fallbacks),
 * masking any token that arrives by environment before it can be logged.
 */
import * as core from '@actions/core';
import { CommandProvider } from '../deploy/command/provider.js';
import type { DeployProvider } from '../deploy/types.js';
import { VercelProvider } from '../deploy/vercel/provider.js';
import { HttpClient } from '../http/client.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

export interface ProviderInputValues {
  provider: 'vercel' | 'command';
  'github-token': string | undefined;
  'vercel-token': string | undefined;
  'vercel-org-id': string | undefined;
  'vercel-project-id': string | undefined;
  'vercel-api-url': URL;
  'deploy-command'?: string | undefined;
  'promote-command'?: string | undefined;
  'rollback-command'?: string | undefined;
  'production-command'?: string | undefined;
}

/**
 * @throws ConfigurationError naming the missing input, e.g.
 *   `input 'vercel-token': required with provider 'vercel' (or set VERCEL_TOKEN)`.
 */
export function makeProvider(
  inputs: ProviderInputValues,
  env: Record<string, string | undefined>,
  logger: Logger,
  clock: Clock = systemClock,
): { provider: DeployProvider; http: HttpClient } {
  const http = new HttpClient({ logger, clock, userAgent: 'greenlight' });
  if (inputs.provider === 'command') {
    const provider = new CommandProvider({
      commands: {
        ...(inputs['deploy-command'] ? { deploy: inputs['deploy-command'] } : {}),
        ...(inputs['promote-command'] ? { promote: inputs['promote-command'] } : {}),
        ...(inputs['rollback-command'] ? { rollback: inputs['rollback-command'] } : {}),
        ...(inputs['production-command'] ? { production: inputs['production-command'] } : {}),
      },
      env,
      // Commands run where the workflow checked out the code, as a `run:` step would.
      ...(env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {}),
      // Scrubbed from any command output Greenlight logs or quotes in an error.
      secrets: [inputs['github-token'], env.VERCEL_TOKEN].filter((s): s is string => Boolean(s)),
      logger,
      clock,
    });
    return { provider, http };
  }
  const fromEnv = (input: string, variable: string, value: string | undefined): string => {
    const v = value ?? env[variable]?.trim();
    if (!v)
      throw new ConfigurationError(`input '${input}': required with provider 'vercel' (or set ${variable})`);
    return v;
  };
  const token = fromEnv('vercel-token', 'VERCEL_TOKEN', inputs['vercel-token']);
  // A token from the input was masked when inputs were read; one from the environment is masked here.
  if (inputs['vercel-token'] === undefined) core.setSecret(token);
  const projectId = fromEnv('vercel-project-id', 'VERCEL_PROJECT_ID', inputs['vercel-project-id']);
  const orgId = inputs['vercel-org-id'] ?? (env.VERCEL_ORG_ID?.trim() || undefined);
  const provider = new VercelProvider({
    auth: { token, orgId, projectId, apiUrl: inputs['vercel-api-url'].href.replace(/\/+$/, '') },
    http,
    clock,
    logger,
  });
  return { provider, http };
}
