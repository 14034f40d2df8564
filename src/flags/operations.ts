/**
 * The flag operations, each defined on the file's current state so that it can be applied again to
 * a newer file after a write conflict (the GitHub contents API answers 409 to a stale blob sha):
 * `applyFlagOperation(current text, request)` → the new text. Every change records `updatedBy`,
 * `updatedAt` and `reason` in the flag's metadata; a request that changes nothing writes nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { ConfigurationError } from '../runtime/errors.js';
import {
  type FlagDocument,
  parseFlagDocument,
  serializeFlagDocument,
  validateFlagDocument,
} from './document.js';
import {
  DEFAULT_STAGES,
  type FlagJson,
  type ManagedFlag,
  TOTAL_WEIGHT,
  flagJson,
  readManagedFlag,
  servedPercent,
} from './managed.js';
import type { CanaryPolicy, FlagChange, FlagRequest } from './types.js';

/** Flag keys: a letter or digit, then letters, digits, `_`, `.`, `-`. */
export const FLAG_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Organisation ids in overrides. */
export const ORG_ID = /^[A-Za-z0-9][A-Za-z0-9_.:@/-]{0,199}$/;

/**
 * Checks what a request says on its own, before any file is read or any request sent: the key, the
 * organisation id, and the inputs its operation needs.
 * @throws ConfigurationError naming the input and what was expected.
 */
export function checkFlagRequest(request: FlagRequest): void {
  if (!FLAG_KEY.test(request.flag))
    throw new ConfigurationError(
      `input 'flag': expected a key matching ${FLAG_KEY.source}, got ${JSON.stringify(request.flag)}`,
    );
  if (request.org !== undefined && !ORG_ID.test(request.org))
    throw new ConfigurationError(
      `input 'org': expected an id matching ${ORG_ID.source}, got ${JSON.stringify(request.org)}`,
    );
  const percentage = request.percentage;
  if (
    request.operation === 'rollout' &&
    (percentage === undefined || !(percentage >= 0 && percentage <= 100))
  )
    throw new ConfigurationError("input 'percentage': expected a number from 0 to 100 for rollout");
  if ((request.operation === 'override' || request.operation === 'remove-override') && !request.org)
    throw new ConfigurationError(`input 'org': expected an organisation id for ${request.operation}`);
  if (request.operation === 'override' && !request.variant)
    throw new ConfigurationError("input 'variant': expected on or off for override");
  if (request.operation === 'canary') {
    const url = request.canary?.healthUrl;
    if (!url || !/^https?:\/\/[^\s]+$/.test(url))
      throw new ConfigurationError(
        "input 'health-url': expected the http(s) URL where the canary's health is measured",
      );
  }
}

/** A canary decision found the flag at another stage than the one it analysed (another run moved it). */
export class StageMovedError extends ConfigurationError {
  override name = 'StageMovedError';
}

/** How long a canary stage is held before it is analysed when the flag does not say, ms (30 min). */
export const DEFAULT_HOLD_MS = 30 * 60_000;

/** `12.5` → `12.5%`. */
const percent = (value: number): string => `${Number(value.toFixed(2))}%`;

/** The managed flag a request starts from: the file's, or (with `force`) a fresh one keeping its state. */
function startingPoint(
  key: string,
  existing: FlagJson | undefined,
  request: FlagRequest,
  where: string,
): ManagedFlag {
  if (request.operation === 'create') {
    if (existing) throw new ConfigurationError(`input 'flag': '${key}' already exists in ${where}`);
    return {
      enabled: true,
      archived: false,
      defaultVariant: 'off',
      rolloutBasisPoints: undefined,
      bucketBy: request.bucketBy ?? 'targetingKey',
      allow: [],
      deny: [],
      stages: request.stages ?? DEFAULT_STAGES,
      metadata: {},
    };
  }
  if (!existing) throw new ConfigurationError(`input 'flag': no flag '${key}' in ${where}`);
  const managed = readManagedFlag(existing);
  if (managed) return managed;
  if (!request.force)
    throw new ConfigurationError(
      `input 'flag': '${key}' in ${where} is not in the shape Greenlight manages (edited by hand?); set force: true to rewrite its targeting`,
    );
  const metadata: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(existing.metadata ?? {}))
    if (['string', 'number', 'boolean'].includes(typeof value)) metadata[name] = value;
  return {
    enabled: existing.state === 'ENABLED',
    archived: false,
    defaultVariant: existing.defaultVariant === 'on' ? 'on' : 'off',
    rolloutBasisPoints: undefined,
    bucketBy: request.bucketBy ?? 'targetingKey',
    allow: [],
    deny: [],
    stages: DEFAULT_STAGES,
    metadata,
  };
}

/** `flag` serving `percentage` % (0 = off for everyone not overridden, 100 = on). */
function atPercent(flag: ManagedFlag, percentage: number): ManagedFlag {
  const basisPoints = Math.round(percentage * 100);
  if (basisPoints <= 0)
    return { ...flag, enabled: true, defaultVariant: 'off', rolloutBasisPoints: undefined };
  if (basisPoints >= TOTAL_WEIGHT)
    return { ...flag, enabled: true, defaultVariant: 'on', rolloutBasisPoints: undefined };
  return { ...flag, enabled: true, defaultVariant: 'off', rolloutBasisPoints: basisPoints };
}

/** The next flag and how to say what changed. */
function apply(flag: ManagedFlag, request: FlagRequest): { next: ManagedFlag; description: string } {
  const key = request.flag;
  const now = servedPercent(flag);
  switch (request.operation) {
    case 'create':
      return { next: flag, description: `create ${key} (off)` };
    case 'enable':
      return { next: atPercent(flag, 100), description: `enable ${key}` };
    case 'disable':
      return { next: atPercent(flag, 0), description: `disable ${key}` };
    case 'rollout': {
      const target = request.percentage ?? 0; // present: checkFlagRequest
      return {
        next: atPercent(flag, target),
        description: `rollout ${key} ${percent(now)}→${percent(target)}`,
      };
    }
    case 'advance': {
      if (!flag.enabled)
        throw new ConfigurationError(`input 'operation': '${key}' is killed; restore it before advancing`);
      const stage = flag.stages.find((candidate) => candidate > now);
      if (stage === undefined)
        throw new ConfigurationError(`input 'operation': '${key}' is already at 100%; nothing to advance`);
      return {
        next: atPercent(flag, stage),
        description: `advance ${key} ${percent(now)}→${percent(stage)}`,
      };
    }
    case 'rollback-canary': {
      if (now <= 0)
        throw new ConfigurationError(`input 'operation': '${key}' serves no one; nothing to roll back`);
      const stage = [...flag.stages].reverse().find((candidate) => candidate < now) ?? 0;
      return {
        next: atPercent(flag, stage),
        description: `rollback-canary ${key} ${percent(now)}→${percent(stage)}`,
      };
    }
    case 'kill':
      return { next: { ...flag, enabled: false }, description: `kill ${key}` };
    case 'restore':
      return {
        next: { ...flag, enabled: true, archived: false },
        description: `restore ${key} (${percent(now)})`,
      };
    case 'override': {
      const org = request.org ?? ''; // present: checkFlagRequest
      const variant = request.variant ?? 'on';
      const allow = flag.allow.filter((id) => id !== org);
      const deny = flag.deny.filter((id) => id !== org);
      (variant === 'on' ? allow : deny).push(org);
      return { next: { ...flag, allow, deny }, description: `override ${key} org ${org}→${variant}` };
    }
    case 'remove-override': {
      const org = request.org ?? ''; // present: checkFlagRequest
      return {
        next: {
          ...flag,
          allow: flag.allow.filter((id) => id !== org),
          deny: flag.deny.filter((id) => id !== org),
        },
        description: `remove-override ${key} org ${org}`,
      };
    }
    case 'archive':
      return { next: { ...flag, enabled: false, archived: true }, description: `archive ${key}` };
    case 'canary': {
      const policy = request.canary as CanaryPolicy; // present: checkFlagRequest
      const metadata: Record<string, string | number | boolean> = {
        ...flag.metadata,
        canaryHealthUrl: policy.healthUrl,
        canaryOnFailure: policy.onFailure ?? 'previous-stage',
        canaryHoldMs: policy.holdMs ?? DEFAULT_HOLD_MS,
      };
      if (policy.checks) metadata.canaryChecks = policy.checks;
      else delete metadata.canaryChecks;
      delete metadata.canaryPaused;
      const stages = request.stages ?? flag.stages;
      const first = stages[0] ?? 100;
      const started =
        now >= first ? { ...flag, stages, metadata } : atPercent({ ...flag, stages, metadata }, first);
      return {
        next: started,
        description: `canary ${key} ${percent(now)}→${percent(servedPercent(started))}`,
      };
    }
    case 'pause':
      return {
        next: { ...flag, metadata: { ...flag.metadata, canaryPaused: true } },
        description: `pause ${key}`,
      };
    case 'resume': {
      const { canaryPaused: _paused, ...metadata } = flag.metadata;
      return { next: { ...flag, metadata }, description: `resume ${key}` };
    }
  }
}

/**
 * Applies `request` to the flag file `text` (undefined: the file does not exist yet) and returns
 * the new text, validated (see document.ts), or `changed: false` when the file already says what
 * was asked. Pure: the same text and request give the same result.
 * @param where the file, for messages (`flags/production.flagd.json`).
 * @throws ConfigurationError (one line naming the input) for an invalid key, an unknown flag, a flag
 *   not in the managed shape without `force`, an archived flag, an operation with nothing to do
 *   (advance at 100 %), or a result the flagd schema or flagd-core refuses.
 */
export function applyFlagOperation(
  text: string | undefined,
  request: FlagRequest,
  where: string,
): FlagChange {
  checkFlagRequest(request);
  const key = request.flag;
  const document: FlagDocument = parseFlagDocument(text, where);
  const existing = document.flags[key];
  const flag = startingPoint(key, existing, request, where);
  if (request.expectedPercent !== undefined) {
    // The canary controller's lock: the stage it analysed, still running, not paused or killed.
    const moved =
      servedPercent(flag) !== request.expectedPercent
        ? `serves ${percent(servedPercent(flag))} now, not ${percent(request.expectedPercent)}`
        : flag.archived || !flag.enabled
          ? 'was killed or archived meanwhile'
          : flag.metadata.canaryPaused === true
            ? 'was paused meanwhile'
            : undefined;
    if (moved) throw new StageMovedError(`'${key}' ${moved}: another change came first`);
  }
  if (flag.archived && request.operation !== 'restore')
    throw new ConfigurationError(`input 'operation': '${key}' is archived; restore it first`);
  const { next, description } = apply(flag, request);
  // The canary clock: when the share served changes, the new stage starts now.
  if (servedPercent(next) !== servedPercent(flag) || !flag.enabled !== !next.enabled)
    next.metadata = { ...next.metadata, stageSince: request.now.toISOString() };
  const before = existing ? JSON.stringify(existing) : '';
  const candidate = flagJson(next);
  if (
    existing &&
    isDeepStrictEqual(candidate, { ...existing, metadata: candidate.metadata }) &&
    isDeepStrictEqual(stripAudit(candidate.metadata), stripAudit(existing.metadata))
  )
    return { changed: false, text: text ?? '', before, after: before, description };
  candidate.metadata = {
    ...candidate.metadata,
    updatedBy: request.actor,
    updatedAt: request.now.toISOString(),
    ...(request.reason ? { reason: request.reason } : {}),
    lastOperation: request.operation,
  };
  if (!request.reason) delete candidate.metadata.reason;
  document.flags = { ...document.flags, [key]: candidate };
  validateFlagDocument(document, where);
  return {
    changed: true,
    text: serializeFlagDocument(document),
    before,
    after: JSON.stringify(candidate),
    description,
  };
}

/** Metadata without the audit keys every change rewrites. */
function stripAudit(metadata: Record<string, unknown> | undefined): Record<string, unknown> {
  const {
    updatedBy: _by,
    updatedAt: _at,
    reason: _reason,
    lastOperation: _operation,
    ...rest
  } = metadata ?? {};
  return rest;
}
