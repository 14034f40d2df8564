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
    timeout: input.duration({ description: 'Deadline for the promote and its confirmation.', default: '5m' }),
    'promote-command': commandInputs['promote-command'],
    'production-command': commandInputs['production-command'],
  },
  outputs: {
    outcome: 'promoted, noop (already live) or superseded (production moved on; nothing changed).',
    'previous-deployment-id': 'Production deployment live before the promote (the rollback target).',
  },
});
