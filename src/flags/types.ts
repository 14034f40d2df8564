/**
 * Feature flags kept as an OpenFeature flagd flag-definition file in the repository
 * (https://flagd.dev/reference/flag-definitions/): the operations a person (or a scheduled canary
 * run) asks for, and what applying one produces.
 */

/** The operations of the `flags` action's form, in the order the form lists them. */
export const FLAG_OPERATIONS = [
  'create',
  'enable',
  'disable',
  'rollout',
  'advance',
  'rollback-canary',
  'kill',
  'restore',
  'override',
  'remove-override',
  'archive',
  'canary',
  'pause',
  'resume',
] as const;
export type FlagOperation = (typeof FLAG_OPERATIONS)[number];

/** The evaluation-context attribute a rollout buckets by. */
export const BUCKET_BY = ['targetingKey', 'orgId'] as const;
export type BucketBy = (typeof BUCKET_BY)[number];

/** One requested change. */
export interface FlagRequest {
  operation: FlagOperation;
  /** The flag key: `^[A-Za-z0-9][A-Za-z0-9_.-]*$`. */
  flag: string;
  /** `rollout`: percent of targeting keys served `on`, 0–100 (0 = disable, 100 = enable). */
  percentage?: number;
  /** `override` / `remove-override`: the organisation id (the `orgId` context attribute). */
  org?: string;
  /** `override`: what `org` is served. */
  variant?: 'on' | 'off';
  /** Why: recorded in the flag's metadata and the commit. */
  reason?: string;
  /** `create` (and `rollout` of a flag without a rollout yet): the bucketing attribute. */
  bucketBy?: BucketBy;
  /** `create`: the canary stages in percent, ascending, ending at 100 (default 1,10,25,50,100). */
  stages?: number[];
  /** Who asked (the GitHub actor), recorded as `updatedBy`. */
  actor: string;
  /** When, recorded as `updatedAt` (ISO 8601). */
  now: Date;
  /** Change a flag whose targeting is not the managed shape (hand-edited). */
  force?: boolean;
  /** `canary`: the policy the canary controller follows (kept in the flag's metadata). */
  canary?: CanaryPolicy;
  /**
   * Apply only while the flag serves exactly this percentage (the canary controller's lock: a stage
   * another run already moved is left alone).
   */
  expectedPercent?: number;
}

/** What to do when a canary stage's analysis says unhealthy. */
export const ON_FAILURE = ['previous-stage', 'kill'] as const;
export type OnFailure = (typeof ON_FAILURE)[number];

/** How the canary controller runs a flag's canary (metadata `canary*`). */
export interface CanaryPolicy {
  /** Where the canary cohort's health is measured: a base URL (checks are relative to it). */
  healthUrl: string;
  /** Checks as inline YAML/JSON (the smoke-test format); default `GET /` must answer 2xx. */
  checks?: string;
  /** Minimum time each stage is held before it is analysed, ms. */
  holdMs?: number;
  onFailure?: OnFailure;
}

/** What applying a request to a file gives. */
export interface FlagChange {
  /** False when the file already says what was asked (nothing to write). */
  changed: boolean;
  /** The new file's text (the old text when unchanged). */
  text: string;
  /** The flag before and after, as compact JSON (`''` when it did not exist). */
  before: string;
  after: string;
  /** One line for people and commit subjects: `rollout new-checkout 10%→25%`. */
  description: string;
}
