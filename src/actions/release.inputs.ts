import { DURATION_LIMITS } from '../inputs/parse.js';
import { defineAction, input } from '../inputs/spec.js';
import { deploySpec, refineDeployPath } from './deploy.inputs.js';
import { healthCheckSpec } from './health-check.inputs.js';
import { checkSlackTransport, notifySpec } from './notify.inputs.js';
import { commandInputs, providerInputs } from './provider.inputs.js';
import { checksText } from './smoke-test.inputs.js';

const health = healthCheckSpec.inputs;
const slack = notifySpec.inputs;

/** The root action ("release"): `action.yml` repeats it (checked by a test). */
export const releaseSpec = defineAction({
  name: 'release',
  inputs: {
    ...providerInputs,
    ...commandInputs,
    path: deploySpec.inputs.path,
    prebuilt: deploySpec.inputs.prebuilt,
    'allow-outside-workspace': deploySpec.inputs['allow-outside-workspace'],
    timeout: input.duration({
      description: 'Deadline for the deploy (build and upload); on expiry the deployment is cancelled.',
      default: '15m',
      max: DURATION_LIMITS.deadline,
    }),
    'production-url': input.url({
      description: 'The URL production serves on (your production domain), health-checked after the promote.',
      required: true,
    }),
    'smoke-checks': input.custom(checksText('smoke-checks'), {
      description:
        'Checks for the staged deployment before it gets traffic, inline YAML or JSON (smoke-test format). Default: GET / answers 2xx. 404, 429 and 5xx are retried while it warms up.',
    }),
    'health-checks': input.custom(checksText('health-checks'), {
      description:
        'Checks every health measurement runs on production-url, inline YAML or JSON (smoke-test format). Default: GET / answers 2xx.',
    }),
    interval: health.interval,
    count: health.count,
    duration: health.duration,
    'initial-delay': health['initial-delay'],
    'failure-limit': health['failure-limit'],
    'measurement-retries': health['measurement-retries'],
    'consecutive-error-limit': health['consecutive-error-limit'],
    'max-error-rate': health['max-error-rate'],
    'max-p95-ms': health['max-p95-ms'],
    'max-p99-ms': health['max-p99-ms'],
    'consecutive-success-limit': health['consecutive-success-limit'],
    'progress-deadline': health['progress-deadline'],
    'protection-bypass': health['protection-bypass'],
    'metrics-url': health['metrics-url'],
    'metric-queries': health['metric-queries'],
    'metrics-token': health['metrics-token'],
    force: input.boolean({
      description:
        'Promote this commit even if it was rolled back before (by default a re-run does not promote a rolled-back commit again).',
      default: 'false',
    }),
    'rollback-timeout': input.duration({
      description:
        'Deadline for converging production back when the health check fails or a failed promote may have taken effect (after a cancel: 6s).',
      default: '5m',
      max: DURATION_LIMITS.deadline,
    }),
    'slack-webhook-url': input.custom((raw) => String(slack['webhook-url'].parse(raw)), {
      description:
        'Optional: post Slack notices (started, then promoted, rolled back, rollback failed or failed) to this incoming webhook, masked. See docs/notify.md.',
      secret: true,
    }),
    'slack-bot-token': input.string({
      description:
        'Optional, instead of slack-webhook-url: a bot token (xoxb-…, chat:write), masked; the release posts one message in slack-channel and updates it in place, with a thread reply per notice.',
      secret: true,
    }),
    'slack-channel': input.string({
      description: 'With slack-bot-token: the channel id (C0123456789) or #name.',
    }),
    'slack-ts': input.string({
      pattern: /^\d+\.\d+$/,
      expected: "a Slack message timestamp like 1700000000.123456 (a notice's slack-ts output)",
      description:
        "With slack-bot-token: an earlier notice's timestamp (e.g. the pipeline's), to update that message and reply in its thread instead of posting a new one.",
    }),
    'slack-api-url': slack['slack-api-url'],
  },
  outputs: {
    outcome:
      'promoted, superseded, smoke_failed, rolled_back, rollback_failed or failed (stopped before production changed: the deploy failed, the run was cancelled before the promote, or the promote failed and production, read back, still serves the previous deployment). All but promoted and superseded fail the step. A run cancelled after the promote ends rolled_back or rollback_failed.',
    'deployment-id': 'The staged deployment this release built (or reused on a re-run).',
    'previous-deployment-id': 'Production deployment before this release: the rollback target.',
    url: 'Unique URL of the deployment.',
    'time-to-rollback-ms':
      'After a rollback: ms from the first failed health probe to production confirmed restored (empty otherwise).',
    'slack-ts': "The Slack message's timestamp (with slack-bot-token): pass it on to thread later notices.",
  },
  refine: (values, env) => {
    checkSlackTransport(
      {
        webhook: values['slack-webhook-url'],
        token: values['slack-bot-token'],
        channel: values['slack-channel'],
      },
      { webhook: 'slack-webhook-url', token: 'slack-bot-token', channel: 'slack-channel' },
      false,
    );
    return refineDeployPath(values, env);
  },
});
