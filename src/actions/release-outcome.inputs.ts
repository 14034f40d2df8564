import { DURATION_LIMITS } from '../inputs/parse.js';
import { defineAction, input } from '../inputs/spec.js';
import { commandInputs, providerInputs } from './provider.inputs.js';

/**
 * The release-outcome action's interface; `actions/release-outcome/action.yml` repeats it (checked
 * by a test). Every release input may be empty: the release job may have been cancelled or killed
 * before it wrote its outputs.
 */
export const releaseOutcomeSpec = defineAction({
  name: 'release-outcome',
  inputs: {
    ...providerInputs,
    'deployment-id': input.string({
      description:
        "This release's deployment: the release step's deployment-id output. Empty when the release stopped before it had one.",
    }),
    'previous-deployment-id': input.string({
      description:
        "Production before the release (the release step's previous-deployment-id output): what a rollback goes back to.",
    }),
    'release-outcome': input.string({
      description: "The release step's outcome output; empty when the step never got to write it.",
    }),
    'release-result': input.string({
      description:
        "The release job's result (needs.<job>.result): success, failure, cancelled or skipped. Only success with outcome promoted or noop counts as confirmed healthy.",
    }),
    reason: input.string({
      description:
        'Why, recorded with a rollback (Vercel description, GitHub status, summary). Default: from the release result and outcome.',
    }),
    'rollback-timeout': input.duration({
      description:
        'Deadline for reading production back (retried with backoff), and again for converging a rollback.',
      default: '2m',
      max: DURATION_LIMITS.deadline,
    }),
    'rollback-command': commandInputs['rollback-command'],
    'production-command': commandInputs['production-command'],
  },
  outputs: {
    outcome:
      'promoted, noop, superseded, smoke_failed, rolled_back, rollback_failed or failed: what became of the release, as production tells it. Only promoted, noop and superseded leave the step green.',
    'production-deployment-id':
      'What production serves at the end, read back (empty when it serves nothing or could not be read).',
  },
});
