/**
 * The managed shape of a boolean flag in a flagd file: what Greenlight writes, and the only shape it
 * changes without `force`. Variants `on: true` / `off: false` in that order (reordering would
 * reshuffle users); overrides by organisation before the rollout rule; the rollout is flagd's
 * `fractional` operator with integer weights in basis points of 10,000
 * (https://flagd.dev/reference/custom-operations/fractional-operation/), so raising it only ever
 * adds users. Bucketing by `orgId` guards a missing attribute first, so a request without one falls
 * to the default variant instead of one shared bucket.
 *
 * ```json
 * "new-checkout": { "state": "ENABLED", "variants": { "on": true, "off": false }, "defaultVariant": "off",
 *   "targeting": { "if": [
 *     { "in": [ { "var": "orgId" }, ["acme"] ] }, "on",
 *     { "in": [ { "var": "orgId" }, ["globex"] ] }, "off",
 *     { "fractional": [ ["on", 1000], ["off", 9000] ] } ] },
 *   "metadata": { "managedBy": "greenlight", "rolloutBasisPoints": 1000, "canaryStages": "1,10,25,50,100", … } }
 * ```
 */
import { isDeepStrictEqual } from 'node:util';
import type { BucketBy } from './types.js';

/** The denominator of rollout weights: 10,000 basis points = 100 %. */
export const TOTAL_WEIGHT = 10_000;
/** Canary stages in percent when a flag does not name its own. */
export const DEFAULT_STAGES = [1, 10, 25, 50, 100];
/** `metadata.managedBy` of the flags Greenlight writes. */
export const MANAGED_BY = 'greenlight';

/** A flag as JSON (flagd's `baseFlag`). */
export interface FlagJson {
  state: string;
  variants: Record<string, unknown>;
  defaultVariant?: string | null;
  targeting?: unknown;
  metadata?: Record<string, string | number | boolean>;
  [key: string]: unknown;
}

/** What a managed flag says, independent of its JSON. */
export interface ManagedFlag {
  /** false: `state: DISABLED` — killed or archived; every caller gets its code default. */
  enabled: boolean;
  archived: boolean;
  /** What everyone not overridden gets without a rollout (or outside it). */
  defaultVariant: 'on' | 'off';
  /** Share served `on` in basis points of 10,000, when a rollout is running (1–9,999). */
  rolloutBasisPoints: number | undefined;
  bucketBy: BucketBy;
  /** Organisations always served `on`, then those always served `off` (checked before the rollout). */
  allow: string[];
  deny: string[];
  /** Canary stages in percent, ascending, ending at 100. */
  stages: number[];
  /** Everything else in the flag's metadata (updatedBy, reason …), kept as it is. */
  metadata: Record<string, string | number | boolean>;
}

/** The percentage a managed flag serves `on` to those not overridden: 0–100. */
export function servedPercent(flag: ManagedFlag): number {
  if (flag.rolloutBasisPoints !== undefined) return flag.rolloutBasisPoints / 100;
  return flag.defaultVariant === 'on' ? 100 : 0;
}

const orgIn = (orgs: string[]): unknown => ({ in: [{ var: 'orgId' }, orgs] });

/** The `fractional` rule of a rollout of `basisPoints`, bucketing by `bucketBy`. */
function fractional(basisPoints: number, bucketBy: BucketBy): unknown {
  const weights = [
    ['on', basisPoints],
    ['off', TOTAL_WEIGHT - basisPoints],
  ];
  return bucketBy === 'orgId'
    ? { fractional: [{ cat: [{ var: '$flagd.flagKey' }, { var: 'orgId' }] }, ...weights] }
    : { fractional: weights };
}

/** The flagd `targeting` of a managed flag, or undefined when it has none (no overrides, no rollout). */
export function targetingOf(flag: ManagedFlag): unknown {
  const branches: unknown[] = [];
  if (flag.allow.length > 0) branches.push(orgIn(flag.allow), 'on');
  if (flag.deny.length > 0) branches.push(orgIn(flag.deny), 'off');
  if (flag.rolloutBasisPoints !== undefined) {
    // A request without an orgId would hash a constant: it falls to the default variant instead.
    if (flag.bucketBy === 'orgId') branches.push({ '!': { var: 'orgId' } }, null);
    branches.push(fractional(flag.rolloutBasisPoints, flag.bucketBy));
  } else if (branches.length > 0) {
    branches.push(null); // not overridden: the default variant
  }
  if (branches.length === 0) return undefined;
  return branches.length === 1 ? branches[0] : { if: branches };
}

/** The flag's JSON: variants in their fixed order, metadata with the managed keys. */
export function flagJson(flag: ManagedFlag): FlagJson {
  const targeting = targetingOf(flag);
  const metadata: Record<string, string | number | boolean> = {
    ...flag.metadata,
    managedBy: MANAGED_BY,
    bucketBy: flag.bucketBy,
    canaryStages: flag.stages.join(','),
  };
  delete metadata.rolloutBasisPoints;
  delete metadata.archived;
  if (flag.rolloutBasisPoints !== undefined) metadata.rolloutBasisPoints = flag.rolloutBasisPoints;
  if (flag.archived) metadata.archived = true;
  return {
    state: flag.enabled ? 'ENABLED' : 'DISABLED',
    variants: { on: true, off: false },
    defaultVariant: flag.defaultVariant,
    ...(targeting === undefined ? {} : { targeting }),
    metadata,
  };
}

/** Canary stages from metadata text (`1,10,25,50,100`), or undefined when they are not valid. */
export function parseStages(text: string): number[] | undefined {
  const stages = text.split(',').map((part) => Number(part.trim()));
  const valid =
    stages.length > 0 &&
    stages.every(
      (stage, index) =>
        Number.isFinite(stage) &&
        stage > 0 &&
        stage <= 100 &&
        (index === 0 || stage > (stages[index - 1] ?? 0)),
    ) &&
    stages.at(-1) === 100;
  return valid ? stages : undefined;
}

/** The organisations of an `{"in": [{"var": "orgId"}, [...]]}` rule, or undefined. */
function orgsOf(rule: unknown): string[] | undefined {
  const args = (rule as { in?: unknown } | null)?.in;
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const [variable, list] = args as [unknown, unknown];
  if (!isDeepStrictEqual(variable, { var: 'orgId' }) || !Array.isArray(list)) return undefined;
  return list.every((org) => typeof org === 'string') ? (list as string[]) : undefined;
}

/** The basis points of a managed `fractional` rule, or undefined. */
function basisPointsOf(rule: unknown): number | undefined {
  const args = (rule as { fractional?: unknown } | null)?.fractional;
  if (!Array.isArray(args)) return undefined;
  const on = args.find((entry) => Array.isArray(entry) && entry[0] === 'on') as [string, unknown] | undefined;
  return typeof on?.[1] === 'number' ? on[1] : undefined;
}

/**
 * Reads a flag as the managed shape: the {@link ManagedFlag} it says, or undefined when it is not
 * exactly what {@link flagJson} would write for that (a hand-edited flag — other variants, other
 * rules, non-integer weights).
 */
export function readManagedFlag(json: unknown): ManagedFlag | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const flag = json as FlagJson;
  const metadata = { ...(flag.metadata ?? {}) };
  const bucketBy: BucketBy = metadata.bucketBy === 'orgId' ? 'orgId' : 'targetingKey';
  const stages = parseStages(String(metadata.canaryStages ?? DEFAULT_STAGES.join(','))) ?? DEFAULT_STAGES;
  let allow: string[] = [];
  let deny: string[] = [];
  let rolloutBasisPoints: number | undefined;
  const rules = flag.targeting;
  const branches: unknown[] =
    rules === undefined
      ? []
      : Array.isArray((rules as { if?: unknown }).if)
        ? [...(rules as { if: unknown[] }).if]
        : [rules];
  if (branches.length >= 2 && orgsOf(branches[0]) && branches[1] === 'on') {
    allow = orgsOf(branches[0]) ?? [];
    branches.splice(0, 2);
  }
  if (branches.length >= 2 && orgsOf(branches[0]) && branches[1] === 'off') {
    deny = orgsOf(branches[0]) ?? [];
    branches.splice(0, 2);
  }
  if (branches.length > 0 && branches.at(-1) !== null) rolloutBasisPoints = basisPointsOf(branches.at(-1));
  const candidate: ManagedFlag = {
    enabled: flag.state === 'ENABLED',
    archived: metadata.archived === true,
    defaultVariant: flag.defaultVariant === 'on' ? 'on' : 'off',
    rolloutBasisPoints,
    bucketBy,
    allow,
    deny,
    stages,
    metadata,
  };
  const rebuilt = flagJson(candidate);
  const same =
    rebuilt.state === flag.state &&
    isDeepStrictEqual(flag.variants, rebuilt.variants) &&
    Object.keys(flag.variants ?? {}).join() === 'on,off' &&
    flag.defaultVariant === rebuilt.defaultVariant &&
    isDeepStrictEqual(flag.targeting, rebuilt.targeting) &&
    (rolloutBasisPoints === undefined ||
      (Number.isInteger(rolloutBasisPoints) && rolloutBasisPoints > 0 && rolloutBasisPoints < TOTAL_WEIGHT));
  return same ? candidate : undefined;
}
