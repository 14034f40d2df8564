import { DURATION_LIMITS, HOSTNAME } from '../inputs/parse.js';
import { defineAction, input } from '../inputs/spec.js';
import { commandInputs, providerInputs } from './provider.inputs.js';

/** The promote action's interface; `actions/promote/action.yml` repeats it (checked by a test). */
export const promoteSpec = defineAction({
  name: 'promote',
  inputs: {
    ...providerInputs,
    'deployment-id': input.string({
      description: 'The staged production deployment to put live (deploy output deployment-id).',
      required: true,
    }),
    'expected-current-deployment-id': input.string({
      description:
        'Compare-and-swap: promote only if production still serves this deployment (deploy output previous-deployment-id). If production moved, the outcome is superseded and nothing changes.',
    }),
    alias: input.string({
      description:
        'Instead of moving production, point this domain at the deployment (e.g. the staging domain once the deployment passed its smoke test). A hostname such as staging.example.com; compare-and-swap and force do not apply.',
      pattern: HOSTNAME,
      expected: 'a hostname such as staging.example.com (no scheme, path or port)',
    }),
    timeout: input.duration({
      description: 'Deadline for the promote and its confirmation.',
      default: '5m',
      max: DURATION_LIMITS.deadline,
    }),
    force: input.boolean({
      description:
        'Promote this deployment even if production was rolled back away from it before (by default a re-run does not promote a rolled-back deployment again).',
      default: 'false',
    }),
    'promote-command': commandInputs['promote-command'],
    'production-command': commandInputs['production-command'],
  },
  outputs: {
    outcome:
      'promoted (with alias: the domain now points at the deployment), noop (already live), superseded (production moved on; nothing changed) or refused (the deployment was rolled back earlier and force is false; nothing changed, the step fails).',
    'previous-deployment-id': 'Production deployment live before the promote (the rollback target).',
  },
});
