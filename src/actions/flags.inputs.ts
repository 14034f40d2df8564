import { BUCKET_BY, FLAG_OPERATIONS, ON_FAILURE } from '../flags/types.js';
import { parseMetricQueries } from '../health/metrics.js';
import { DURATION_LIMITS } from '../inputs/parse.js';
import { defineAction, input } from '../inputs/spec.js';

/** The flags action's interface; `actions/flags/action.yml` repeats it (checked by a test). */
export const flagsSpec = defineAction({
  name: 'flags',
  inputs: {
    operation: input.choice([...FLAG_OPERATIONS, 'progress'] as const, {
      description:
        'create (new flag, off), enable, disable, rollout (percentage), advance (next canary stage), rollback-canary (previous stage), kill (serve the code default, keep everything), restore, override (org → variant), remove-override, archive, canary (start a health-gated canary: health-url, hold, on-failure), pause / resume (a canary), or progress (the canary controller: one pass over every canary flag of the environment).',
      required: true,
    }),
    flag: input.string({
      description:
        'The flag key: a letter or digit, then letters, digits, _, . or -. Required for every operation but progress.',
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
    'health-url': input.url({
      description:
        "canary: where the canary cohort's health is measured (a base URL; the app can expose it, e.g. https://shop.example.com/api/health?flag=new-checkout).",
    }),
    checks: input.string({
      description:
        'canary: checks against health-url as inline YAML or JSON (the smoke-test format); default GET / must answer 2xx.',
    }),
    hold: input.duration({
      description: 'canary: the minimum time each stage is held before it is analysed.',
      default: '30m',
      max: DURATION_LIMITS.deadline,
    }),
    'on-failure': input.choice(ON_FAILURE, {
      description: 'canary: on an unhealthy stage go back one stage (previous-stage) or kill the flag.',
      default: 'previous-stage',
    }),
    'health-interval': input.duration({
      description: "progress: time between a stage analysis's measurements.",
      default: '10s',
      max: DURATION_LIMITS.interval,
    }),
    'health-count': input.number({
      description:
        'progress: measurements in a stage analysis (error rate over 5 % or p99 over 2,000 ms fail; one failed measurement is tolerated).',
      default: '6',
      integer: true,
      min: 1,
      max: 100,
    }),
    'metrics-url': input.url({
      description:
        'progress: base URL of a Prometheus-compatible query API (/api/v1/query is appended); each stage analysis also runs metric-queries there.',
    }),
    'metric-queries': input.custom((raw) => parseMetricQueries(raw), {
      description:
        'progress: metric queries every measurement of a stage analysis also runs, one a line: <name>: <PromQL> <op> <number>; {{flag}} and {{stage}} are replaced by the flag key and the stage percentage, e.g. error-rate: sum(rate(http_requests_total{flag="{{flag}}",code=~"5.."}[5m])) / sum(rate(http_requests_total{flag="{{flag}}"}[5m])) < 0.05.',
    }),
    'metrics-token': input.string({
      description:
        'progress: token for metrics-url, masked (Bearer, or Basic auth when it is user:password).',
      secret: true,
    }),
    'edge-config-id': input.string({
      description:
        'Also push the file to this Vercel Edge Config store (ecfg_…) after a committed change or a controller pass that changed something: items flagd (the document) and flags (static on/off values).',
    }),
    'edge-config-size-limit': input.number({
      description:
        "Bytes the two Edge Config items may take together: your plan's store limit (8 KB Hobby, 64 KB Pro, 512 KB Enterprise).",
      default: '65536',
      integer: true,
      min: 1,
    }),
    'vercel-token': input.string({
      description: 'Vercel token for the Edge Config write (or set VERCEL_TOKEN).',
      secret: true,
    }),
    'vercel-org-id': input.string({
      description:
        'Vercel team id (team_…) owning the Edge Config (or set VERCEL_ORG_ID); omit for a personal account.',
    }),
    'vercel-api-url': input.url({
      description: 'Vercel API origin (point it at `greenlight sandbox` to rehearse).',
      default: 'https://api.vercel.com',
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
    decisions:
      'progress: the decisions as JSON, one per canary flag: flag, stage, heldMs, verdict, action (advance, rollback-canary, kill or hold), reason, commitSha.',
  },
});
