import { DURATION_LIMITS, HOSTNAME } from '../inputs/parse.js';
import { defineAction, input } from '../inputs/spec.js';
import { resolveDeployPath } from '../inputs/workspace.js';
import { commandInputs, providerInputs } from './provider.inputs.js';

/**
 * The deploy-side inputs' cross-checks (deploy and release): `path` is resolved to the real path of
 * a directory inside the workspace (unless `allow-outside-workspace`), holding `.vercel/output/`
 * when `prebuilt` with provider vercel.
 * @throws ConfigurationError naming input 'path'.
 */
export function refineDeployPath<
  V extends { path: string; prebuilt: boolean; 'allow-outside-workspace': boolean; provider: string },
>(values: V, env: Record<string, string | undefined>): V {
  const path = resolveDeployPath(values.path, {
    env,
    allowOutsideWorkspace: values['allow-outside-workspace'],
    // With provider command, prebuilt is only passed on (GREENLIGHT_PREBUILT); its tree is the command's.
    requireBuildOutput: values.prebuilt && values.provider === 'vercel',
  });
  return { ...values, path };
}

/** The deploy action's interface; `actions/deploy/action.yml` repeats it (checked by a test). */
export const deploySpec = defineAction({
  name: 'deploy',
  inputs: {
    ...providerInputs,
    environment: input.choice(['preview', 'staging', 'production'], {
      description: 'preview, staging (a preview build, optionally aliased) or production.',
      default: 'preview',
    }),
    path: input.string({
      description:
        'Directory to deploy: a static build, or the project root holding .vercel/output when prebuilt. Must lie inside the workspace (GITHUB_WORKSPACE) after resolving symlinks.',
      default: '.',
    }),
    prebuilt: input.boolean({
      description:
        'Deploy a Build Output API tree (.vercel/output, e.g. from `vercel build`) without building.',
      default: 'false',
    }),
    'allow-outside-workspace': input.boolean({
      description: 'Allow a path outside the workspace (GITHUB_WORKSPACE), e.g. a build in RUNNER_TEMP.',
      default: 'false',
    }),
    staged: input.boolean({
      description:
        'Production only: build without moving the production domains, for a blue-green promote later. Defaults to true for production.',
    }),
    timeout: input.duration({
      description:
        'Deadline for the whole deploy; on expiry the deployment is cancelled and the step fails naming it.',
      default: '15m',
      max: DURATION_LIMITS.deadline,
    }),
    alias: input.string({
      description: 'A domain to point at the new deployment, e.g. staging.example.com.',
      pattern: HOSTNAME,
      expected: 'a hostname such as staging.example.com (no scheme, path or port)',
    }),
    'deploy-command': commandInputs['deploy-command'],
    'production-command': commandInputs['production-command'],
  },
  outputs: {
    'deployment-id': 'Id of the deployment (new, or reused: a ready one with the same content).',
    url: 'Unique URL of the deployment (use it for smoke tests before promotion).',
    'previous-deployment-id':
      'Production deployment live before this deploy (production only; empty when none). Pass it to promote and rollback.',
    environment: 'The environment deployed to.',
    reused:
      "'true' when a ready deployment of the same content (a re-run, or another run of the same build) was reused instead of deploying again.",
  },
  refine: refineDeployPath,
});
