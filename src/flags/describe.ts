/**
 * Flags for people: the state of each flag in one word or two, the commit message of a change, and
 * the history of a flag from those commits' trailers.
 */
import { readManagedFlag } from './managed.js';
import type { FlagJson } from './managed.js';
import type { FlagChange, FlagRequest } from './types.js';

/**
 * `off`, `on`, `rollout 12.5%`, `canary stage 2/5 (10%)`, `killed (was rollout 10%)`, `archived`,
 * or `unmanaged (ENABLED)` for a flag not in the managed shape.
 */
export function describeFlagState(json: FlagJson): string {
  const flag = readManagedFlag(json);
  if (!flag) return `unmanaged (${String(json.state)})`;
  if (flag.archived) return 'archived';
  const rollout = flag.rolloutBasisPoints;
  const served =
    rollout !== undefined
      ? flag.stages.includes(rollout / 100)
        ? `canary stage ${flag.stages.indexOf(rollout / 100) + 1}/${flag.stages.length} (${rollout / 100}%)`
        : `rollout ${rollout / 100}%`
      : flag.defaultVariant;
  return flag.enabled ? served : `killed (was ${served})`;
}

/** The overrides of a flag: `acme→on, globex→off`, or `''`. */
export function describeOverrides(json: FlagJson): string {
  const flag = readManagedFlag(json);
  if (!flag) return '';
  return [...flag.allow.map((org) => `${org}→on`), ...flag.deny.map((org) => `${org}→off`)].join(', ');
}

/** One line: no newlines, at most 200 characters (trailers and subjects stay one line). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/**
 * The commit message of a change: `flags(production): rollout new-checkout 10%→25%`, a blank line,
 * then the trailers `Flag-Operation`, `Flag-Reason`, `Requested-By` and `Workflow-Run` (git's
 * trailer format: https://git-scm.com/docs/git-interpret-trailers).
 */
export function commitMessage(
  change: FlagChange,
  request: FlagRequest,
  context: { environment: string; workflowRunUrl?: string },
): string {
  const trailers = [
    `Flag-Operation: ${request.operation}`,
    ...(request.reason ? [`Flag-Reason: ${oneLine(request.reason)}`] : []),
    `Requested-By: @${oneLine(request.actor)}`,
    ...(context.workflowRunUrl ? [`Workflow-Run: ${context.workflowRunUrl}`] : []),
  ];
  return `flags(${oneLine(context.environment)}): ${oneLine(change.description)}\n\n${trailers.join('\n')}\n`;
}
