import { BUCKET_BY, FLAG_OPERATIONS } from '../flags/types.js';
import { defineAction, input } from '../inputs/spec.js';

/** The flags action's interface; `actions/flags/action.yml` repeats it (checked by a test). */
export const flagsSpec = defineAction({
  name: 'flags',
  inputs: {
    operation: input.choice(FLAG_OPERATIONS, {
      description:
        'create (new flag, off), enable, disable, rollout (percentage), advance (next canary stage), rollback-canary (previous stage), kill (serve the code default, keep everything), restore, override (org → variant), remove-override or archive.',
      required: true,
    }),
    flag: input.string({
      description: 'The flag key: a letter or digit, then letters, digits, _, . or -.',
      required: true,
    }),
    percentage: input.number({
      description: 'rollout: percent of targeting keys served on, 0–100 (0 = disable, 100 = enable).',
      min: 0,
      max: 100,
    }),
    org: input.string({
      description:
        'override / remove-override: the organisation id (the orgId evaluation-context attribute).',
    }),
    variant: input.choice(['on', 'off'] as const, {
      description: 'override: what org is served.',
      default: 'on',
    }),
    environment: input.string({
      description: 'The environment whose flag file changes (flags/<environment>.flagd.json).',
      default: 'production',
      pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
      expected: 'an environment name (letters, digits, _, . or -)',
    }),
    reason: input.string({
      description: 'Why: recorded in the flag metadata and the commit. Required for production and for kill.',
    }),
    file: input.string({
      description: 'The flagd file in the repository; default flags/<environment>.flagd.json.',
    }),
    'bucket-by': input.choice(BUCKET_BY, {
      description:
        'create: the evaluation-context attribute a rollout buckets by: targetingKey, or orgId (a context without one gets the default variant).',
      default: 'targetingKey',
    }),
    stages: input.string({
      description: 'create: the canary stages in percent, ascending, ending at 100 (default 1,10,25,50,100).',
    }),
    mode: input.choice(['commit', 'pull-request'] as const, {
      description: 'commit to the branch, or open a pull request (for branches the token may not push to).',
      default: 'commit',
    }),
    branch: input.string({
      description: "The branch holding the flag file; default the repository's default branch.",
    }),
    'github-token': input.string({
      description:
        'Token with contents: write (and pull-requests: write for mode pull-request), e.g. secrets.GITHUB_TOKEN.',
      required: true,
      secret: true,
    }),
    'dry-run': input.boolean({
      description: 'Read the file and show the change without writing it.',
      default: 'false',
    }),
    force: input.boolean({
      description: 'Change a flag whose targeting is not the managed shape (edited by hand), rewriting it.',
      default: 'false',
    }),
  },
  outputs: {
    changed: "'true' when the file changed (or would, with dry-run), else 'false'.",
    'commit-sha': 'The commit that changed the file (mode commit).',
    'pull-request-url': 'The pull request (mode pull-request).',
    before: 'The flag before, as compact JSON (empty when it did not exist).',
    after: 'The flag after, as compact JSON.',
    share: 'Measured percent of 10,000 synthetic contexts served on, evaluated with @openfeature/flagd-core.',
  },
});
