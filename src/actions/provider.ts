/**
 * Builds the provider an action asked for from its inputs (and the VERCEL_* environment fallbacks),
 * masking any token that arrives by environment before it can be logged.
 */
import { CommandProvider } from '../deploy/command/provider.js';
import type { DeployProvider } from '../deploy/types.js';
import { VercelProvider } from '../deploy/vercel/provider.js';
import { HttpClient } from '../http/client.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import { maskSecret } from '../runtime/action-run.js';
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
  if (inputs['vercel-token'] === undefined) {
    // A token from the input was masked and checked when inputs were read; one from the environment
    // is masked (and registered for scrubbing) here, and refused with control characters, which
    // would break the Authorization header — without ever printing it.
    maskSecret(token);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(token))
      throw new ConfigurationError(
        "input 'vercel-token': VERCEL_TOKEN contains a control character (a line break?); set it again without one",
      );
  }
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
