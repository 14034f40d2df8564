/**
 * Inputs shared by every action that deploys or moves production (deploy, promote, rollback,
 * release): which provider, its credentials, and the optional GitHub token for the Deployments API.
 */
import { input } from '../inputs/spec.js';

export const providerInputs = {
  provider: input.choice(['vercel', 'command'], {
    description:
      'Where to deploy: vercel (default) or command (your own deploy, promote, rollback and production commands).',
    default: 'vercel',
  }),
  'vercel-token': input.string({
    description:
      'Vercel access token (or set VERCEL_TOKEN). Keep it in a production environment secret; it is masked and never logged.',
    secret: true,
  }),
  'vercel-org-id': input.string({
    description: 'Vercel team id (team_…) or personal account id (or set VERCEL_ORG_ID).',
  }),
  'vercel-project-id': input.string({ description: 'Vercel project id (prj_…) (or set VERCEL_PROJECT_ID).' }),
  'vercel-api-url': input.url({
    description: 'Vercel API origin. Point it at `greenlight sandbox` to rehearse locally.',
    default: 'https://api.vercel.com',
  }),
  'github-token': input.string({
    description:
      'Optional: record deployments and their statuses in the GitHub Deployments API (needs `deployments: write`).',
    secret: true,
  }),
};

const command = (verb: string, what: string) =>
  input.string({
    description: `With provider command: the command line that ${what}. Run without a shell; values arrive as GREENLIGHT_* environment variables (see docs/command-provider.md).`,
  });

export const commandInputs = {
  'deploy-command': command(
    'deploy',
    'deploys GREENLIGHT_PATH and prints {"id","url"} as its last JSON line',
  ),
  'promote-command': command('promote', 'moves production to GREENLIGHT_DEPLOYMENT_ID'),
  'rollback-command': command('rollback', 'moves production back to GREENLIGHT_DEPLOYMENT_ID'),
  'production-command': command(
    'production',
    'prints {"id","url"} of what production serves now (enables compare-and-swap)',
  ),
};
