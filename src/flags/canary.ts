/**
 * The canary controller: one pass over a flag file, as a scheduled run makes it. For each flag in a
 * canary stage (a `canary` policy in its metadata, serving more than 0 % and less than 100 %), not
 * paused, that has held its stage at least its minimum time: run the health analysis against the
 * flag's health target, then
 * - healthy → `advance` one stage (advancing only ever adds users);
 * - unhealthy → `rollback-canary` to the previous stage, or `kill` when its policy says so, with the
 *   analysis's reason as the change's reason (commit trailer `Flag-Reason`);
 * - inconclusive or error (no data) → hold, saying why.
 * Each decision is its own change through the caller's write path (one commit each), applied only
 * while the flag still serves the stage that was analysed — the stage recorded in the file is the
 * lock, so two overlapping runs never advance a flag twice.
 */
import type { AnalysisLimits, Verdict } from '../health/analysis.js';
import pLimit from 'p-limit';
import { formatDuration } from '../format/duration.js';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { parseFlagDocument } from './document.js';
import { type ManagedFlag, readManagedFlag, servedPercent } from './managed.js';
import { DEFAULT_HOLD_MS, StageMovedError } from './operations.js';
import type { FlagOperation, FlagRequest, OnFailure } from './types.js';

/** The health analysis the controller asks for one flag's stage. */
export interface CanaryTarget {
  flag: string;
  /** Percent served now. */
  stage: number;
  healthUrl: string;
  /** Inline YAML/JSON checks, or undefined for `GET /` → 2xx. */
  checks: string | undefined;
}

/** What the analysis said (a health-check result, reduced). */
export interface CanaryAnalysis {
  verdict: Verdict;
  reason: string;
}

export type CanaryAction = 'advance' | 'rollback-canary' | 'kill' | 'hold';

/** One flag's decision in a pass. */
export interface CanaryDecision {
  flag: string;
  /** Percent served when the pass looked. */
  stage: number;
  /** Stage number (1-based) of `stage` among the flag's stages, 0 when it is between stages. */
  stageNumber: number;
  stages: number[];
  /** How long the stage has been held, ms (undefined when the file does not say since when). */
  heldMs: number | undefined;
  holdMs: number;
  /** The analysis verdict, or why none ran (`not due`, `paused`). */
  verdict: Verdict | 'not due' | 'paused';
  action: CanaryAction;
  reason: string;
  /** The commit (or pull request) the decision made, when it changed the file. */
  commitSha?: string;
  pullRequestUrl?: string;
  /** True when another run moved the flag first and this decision was not applied. */
  superseded?: boolean;
  /** True when the decision could not be written (GitHub refused, conflicts persisted …): see `reason`. */
  failed?: boolean;
}

export interface CanaryPassOptions {
  /** The flag file as it is now. */
  text: string | undefined;
  /** Where the file lives, for messages. */
  where: string;
  /** Now, ms since the epoch (the controller's clock). */
  now: number;
  /** Runs the health analysis of one flag's stage. */
  analyze: (target: CanaryTarget) => Promise<CanaryAnalysis>;
  /**
   * Applies one decision (an operation request) through the caller's write path — which re-reads
   * the file and re-applies the request on a conflict — and returns the commit it made.
   * @throws StageMovedError (from the operation) when another run moved the flag first.
   */
  apply: (request: FlagRequest) => Promise<{ commitSha?: string; pullRequestUrl?: string }>;
  actor: string;
  /** Default hold for flags that do not say, ms. */
  defaultHoldMs?: number;
  logger: Logger;
}

/** The flags in a canary: managed, enabled, with a health target, strictly between 0 and 100 %. */
function canaryFlags(text: string | undefined, where: string): { key: string; flag: ManagedFlag }[] {
  const document = parseFlagDocument(text, where);
  const found: { key: string; flag: ManagedFlag }[] = [];
  for (const [key, json] of Object.entries(document.flags)) {
    const flag = readManagedFlag(json);
    if (!flag || !flag.enabled || flag.archived || typeof flag.metadata.canaryHealthUrl !== 'string')
      continue;
    const served = servedPercent(flag);
    if (served > 0 && served < 100) found.push({ key, flag });
  }
  return found;
}

/** Stage analyses run at once in a pass. */
const ANALYSES_AT_ONCE = 8;

/** How long `flag`'s stage must be held, ms, and how long it has been (undefined: unknown). */
function holding(
  flag: ManagedFlag,
  options: CanaryPassOptions,
): { holdMs: number; heldMs: number | undefined } {
  const metadata = flag.metadata;
  const holdMs =
    typeof metadata.canaryHoldMs === 'number'
      ? metadata.canaryHoldMs
      : (options.defaultHoldMs ?? DEFAULT_HOLD_MS);
  const since = typeof metadata.stageSince === 'string' ? Date.parse(metadata.stageSince) : Number.NaN;
  return { holdMs, heldMs: Number.isFinite(since) ? Math.max(0, options.now - since) : undefined };
}

/** Whether a canary flag's stage is analysed in this pass: not paused, held long enough. */
function isDue(flag: ManagedFlag, options: CanaryPassOptions): boolean {
  const { holdMs, heldMs } = holding(flag, options);
  return flag.metadata.canaryPaused !== true && (heldMs === undefined || heldMs >= holdMs);
}

/**
 * Runs one pass of the controller over the file (see the module comment).
 * @returns one decision per canary flag, in file order; a pass with nothing due changes nothing.
 * @throws ConfigurationError when the file is not a flagd document.
 */
export async function progressCanaries(options: CanaryPassOptions): Promise<CanaryDecision[]> {
  const decisions: CanaryDecision[] = [];
  const flags = canaryFlags(options.text, options.where);
  // The due stages' analyses run together (each takes its whole health window), a few at once;
  // the decisions are then written one at a time, in file order.
  const limit = pLimit(ANALYSES_AT_ONCE);
  const analyses = new Map<string, Promise<CanaryAnalysis>>();
  for (const { key, flag } of flags) {
    if (!isDue(flag, options)) continue;
    const analysis = limit(() =>
      options.analyze({
        flag: key,
        stage: servedPercent(flag),
        healthUrl: String(flag.metadata.canaryHealthUrl),
        checks: typeof flag.metadata.canaryChecks === 'string' ? flag.metadata.canaryChecks : undefined,
      }),
    );
    analysis.catch(() => {}); // awaited below, in order
    analyses.set(key, analysis);
  }
  for (const { key, flag } of flags) {
    const stage = servedPercent(flag);
    const metadata = flag.metadata;
    const { holdMs, heldMs } = holding(flag, options);
    const base = {
      flag: key,
      stage,
      stageNumber: flag.stages.indexOf(stage) + 1,
      stages: flag.stages,
      heldMs,
      holdMs,
    };
    if (metadata.canaryPaused === true) {
      decisions.push({
        ...base,
        verdict: 'paused',
        action: 'hold',
        reason: 'paused by a person (resume to continue)',
      });
      continue;
    }
    if (heldMs !== undefined && heldMs < holdMs) {
      decisions.push({
        ...base,
        verdict: 'not due',
        action: 'hold',
        reason: `held ${formatDuration(heldMs)} of ${formatDuration(holdMs)}`,
      });
      continue;
    }
    let analysis: CanaryAnalysis | undefined;
    try {
      analysis = await analyses.get(key);
    } catch (error) {
      analysis = { verdict: 'error', reason: `the analysis failed: ${errorMessage(error)}` };
    }
    if (!analysis) continue; // not due: decided above
    const onFailure: OnFailure = metadata.canaryOnFailure === 'kill' ? 'kill' : 'previous-stage';
    const action: CanaryAction =
      analysis.verdict === 'healthy'
        ? 'advance'
        : analysis.verdict === 'unhealthy'
          ? onFailure === 'kill'
            ? 'kill'
            : 'rollback-canary'
          : 'hold';
    const decision: CanaryDecision = { ...base, verdict: analysis.verdict, action, reason: analysis.reason };
    if (action !== 'hold') {
      const operation: FlagOperation = action;
      try {
        const written = await options.apply({
          operation,
          flag: key,
          reason:
            action === 'advance'
              ? `canary stage healthy: ${analysis.reason}`
              : `canary stage unhealthy: ${analysis.reason}`,
          actor: options.actor,
          now: new Date(options.now),
          expectedPercent: stage,
        });
        if (written.commitSha) decision.commitSha = written.commitSha;
        if (written.pullRequestUrl) decision.pullRequestUrl = written.pullRequestUrl;
      } catch (error) {
        if (error instanceof StageMovedError) {
          decision.superseded = true;
          decision.reason = `${error.message}; left alone`;
        } else {
          // One flag's failed write does not stop the pass: the others are decided and reported,
          // and the caller fails the run after (the decisions already committed stay reported).
          decision.failed = true;
          decision.reason = `${action} not written: ${errorMessage(error)}`;
        }
      }
    }
    options.logger.info(`${key} at ${stage}%: ${decision.verdict} → ${decision.action} (${decision.reason})`);
    decisions.push(decision);
  }
  return decisions;
}

/** Limits of a canary stage's analysis the teams' plans name: error rate over 5 %, p99 over 2 s. */
export const CANARY_LIMITS: Partial<AnalysisLimits> = { failureLimit: 1, maxErrorRatePct: 5, maxP99Ms: 2000 };
