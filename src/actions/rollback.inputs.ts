import { DURATION_LIMITS } from '../inputs/parse.js';
import { defineAction, input } from '../inputs/spec.js';
import { commandInputs, providerInputs } from './provider.inputs.js';

/** The rollback action's interface; `actions/rollback/action.yml` repeats it (checked by a test). */
export const rollbackSpec = defineAction({
  name: 'rollback',
  inputs: {
    ...providerInputs,
    'to-deployment-id': input.string({
      description:
        'Deployment to put back in production. Default: the production deployment before the live one.',
    }),
    reason: input.string({
      description: 'Why: recorded with the rollback (Vercel description, GitHub status, summary).',
    }),
    timeout: input.duration({
      description:
        'Deadline for converging: the rollback is retried with backoff and confirmed by reading production back.',
      default: '5m',
      max: DURATION_LIMITS.deadline,
    }),
    'rollback-command': commandInputs['rollback-command'],
    'production-command': commandInputs['production-command'],
  },
  outputs: {
    outcome: 'rolled_back, noop (already serving the target) or rollback_failed (the step fails).',
    'to-deployment-id': 'The deployment production serves after a successful rollback.',
    'from-deployment-id': 'The deployment production served when the rollback began.',
  },
});
