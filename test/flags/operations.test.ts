/**
 * Every flag operation, evaluated the way applications evaluate the file: with
 * `@openfeature/flagd-core` over synthetic contexts. Shares within ±1.5 points of the target,
 * overrides win, kill serves the code default, advancing never turns a user off, and each file
 * passes strict schema validation (applyFlagOperation validates before it returns).
 */
import { FlagdCore } from '@openfeature/flagd-core';
import { describe, expect, it } from 'vitest';
import { StageMovedError, applyFlagOperation } from '../../src/flags/operations.js';
import { measureShare } from '../../src/flags/share.js';
import type { FlagRequest } from '../../src/flags/types.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const FILE = 'flags/production.flagd.json';
const NOW = new Date('2026-11-27T12:00:00Z');

/** Applies operations in turn from an empty file; returns each text. */
function run(...requests: Partial<FlagRequest>[]): string[] {
  const texts: string[] = [];
  let text: string | undefined;
  for (const request of requests) {
    const change = applyFlagOperation(
      text,
      { flag: 'new-checkout', actor: 'octocat', now: NOW, ...request } as FlagRequest,
      FILE,
    );
    text = change.text;
    texts.push(text);
  }
  return texts;
}

/** Which of the first `count` users (targetingKey user-<n>) get `on`. */
function onUsers(text: string, count = 10_000, context: Record<string, string> = {}): Set<number> {
  const core = new FlagdCore();
  core.setConfigurations(text);
  const on = new Set<number>();
  for (let index = 0; index < count; index++)
    if (
      core.resolveBooleanEvaluation('new-checkout', false, {
        targetingKey: `user-${index}`,
        orgId: `org-${index}`,
        ...context,
      }).value
    )
      on.add(index);
  return on;
}

describe('flag operations, evaluated with flagd-core', () => {
  it('create is off; enable is on for everyone; disable off again', () => {
    const [created, enabled, disabled] = run(
      { operation: 'create' },
      { operation: 'enable' },
      { operation: 'disable' },
    );
    expect(measureShare(created as string, 'new-checkout')).toBe(0);
    expect(measureShare(enabled as string, 'new-checkout')).toBe(100);
    expect(measureShare(disabled as string, 'new-checkout')).toBe(0);
    expect(JSON.parse(created as string).$schema).toBe('https://flagd.dev/schema/v0/flags.json');
  });

  it.each([1, 10, 25, 50, 75, 99])('rollout %i%% measures within ±1.5 points', (percentage) => {
    const [, text] = run({ operation: 'create' }, { operation: 'rollout', percentage });
    expect(Math.abs(measureShare(text as string, 'new-checkout') - percentage)).toBeLessThanOrEqual(1.5);
  });

  it('advance walks the stages 1→10→25→50→100 and never turns a user off; rollback-canary steps back', () => {
    const texts = run(
      { operation: 'create' },
      { operation: 'advance' },
      { operation: 'advance' },
      { operation: 'advance' },
      { operation: 'advance' },
      { operation: 'advance' },
    );
    const shares = texts.map((text) => measureShare(text, 'new-checkout'));
    expect(shares[0]).toBe(0);
    for (const [index, target] of [1, 10, 25, 50, 100].entries())
      expect(Math.abs((shares[index + 1] ?? -1) - target)).toBeLessThanOrEqual(1.5);
    let previous = new Set<number>();
    for (const text of texts) {
      const now = onUsers(text);
      for (const user of previous) expect(now.has(user)).toBe(true);
      previous = now;
    }
    expect(() =>
      applyFlagOperation(
        texts.at(-1),
        { operation: 'advance', flag: 'new-checkout', actor: 'a', now: NOW },
        FILE,
      ),
    ).toThrow("input 'operation': 'new-checkout' is already at 100%; nothing to advance");
    const back = applyFlagOperation(
      texts.at(-1),
      { operation: 'rollback-canary', flag: 'new-checkout', actor: 'a', now: NOW },
      FILE,
    );
    expect(back.description).toBe('rollback-canary new-checkout 100%→50%');
  });

  it('overrides win over the rollout, in both directions', () => {
    const [, , allowed, denied] = run(
      { operation: 'create' },
      { operation: 'rollout', percentage: 50 },
      { operation: 'override', org: 'acme', variant: 'on' },
      { operation: 'override', org: 'globex', variant: 'off' },
    );
    expect(onUsers(allowed as string, 200, { orgId: 'acme' }).size).toBe(200);
    expect(onUsers(denied as string, 200, { orgId: 'globex' }).size).toBe(0);
    expect(onUsers(denied as string, 200, { orgId: 'acme' }).size).toBe(200);
  });

  it('kill serves the code default and keeps everything for restore', () => {
    const [, rolled, killed, restored] = run(
      { operation: 'create' },
      { operation: 'rollout', percentage: 25 },
      { operation: 'kill', reason: 'INC-42' },
      { operation: 'restore', reason: 'fixed' },
    );
    const core = new FlagdCore();
    core.setConfigurations(killed as string);
    const result = core.resolveBooleanEvaluation('new-checkout', true, { targetingKey: 'user-1' });
    expect(result).toMatchObject({ value: true, reason: 'DISABLED' });
    expect(measureShare(killed as string, 'new-checkout')).toBe(0);
    expect(onUsers(restored as string)).toEqual(onUsers(rolled as string));
  });

  it('records who, when and why; the same request twice changes nothing the second time', () => {
    const [, enabled] = run({ operation: 'create' }, { operation: 'enable', reason: 'launch' });
    expect(JSON.parse(enabled as string).flags['new-checkout'].metadata).toMatchObject({
      updatedBy: 'octocat',
      updatedAt: '2026-11-27T12:00:00.000Z',
      reason: 'launch',
      managedBy: 'greenlight',
    });
    const again = applyFlagOperation(
      enabled,
      { operation: 'enable', flag: 'new-checkout', actor: 'someone', now: NOW },
      FILE,
    );
    expect(again).toMatchObject({ changed: false, text: enabled });
  });

  it('bucketing by orgId: a context without orgId gets the default variant, not a shared bucket', () => {
    const [, text] = run(
      { operation: 'create', bucketBy: 'orgId' },
      { operation: 'rollout', percentage: 50 },
    );
    const core = new FlagdCore();
    core.setConfigurations(text as string);
    expect(core.resolveBooleanEvaluation('new-checkout', true, { targetingKey: 'user-1' })).toMatchObject({
      value: false,
      reason: 'DEFAULT',
    });
    expect(Math.abs(measureShare(text as string, 'new-checkout') - 50)).toBeLessThanOrEqual(1.5);
  });

  it.each([
    [
      { operation: 'enable', flag: '"; rm -rf /' },
      `input 'flag': expected a key matching ^[A-Za-z0-9][A-Za-z0-9_.-]*$, got "\\"; rm -rf /"`,
    ],
    [{ operation: 'enable', flag: 'missing' }, `input 'flag': no flag 'missing' in ${FILE}`],
    [{ operation: 'create' }, `input 'flag': 'new-checkout' already exists in ${FILE}`],
    [{ operation: 'rollout' }, "input 'percentage': expected a number from 0 to 100 for rollout"],
    [{ operation: 'override', org: 'acme' }, "input 'variant': expected on or off for override"],
  ] as const)('[input] %j is one line, file untouched', (request, message) => {
    const [text] = run({ operation: 'create' });
    expect(() =>
      applyFlagOperation(
        text,
        { actor: 'a', now: NOW, flag: 'new-checkout', ...request } as FlagRequest,
        FILE,
      ),
    ).toThrow(ConfigurationError);
    expect(() =>
      applyFlagOperation(
        text,
        { actor: 'a', now: NOW, flag: 'new-checkout', ...request } as FlagRequest,
        FILE,
      ),
    ).toThrow(message);
  });

  it('refuses a hand-edited flag unless force, then rewrites it in the managed shape', () => {
    const handEdited = JSON.stringify({
      flags: {
        'new-checkout': { state: 'ENABLED', variants: { yes: true, no: false }, defaultVariant: 'no' },
      },
    });
    const request: FlagRequest = { operation: 'enable', flag: 'new-checkout', actor: 'a', now: NOW };
    expect(() => applyFlagOperation(handEdited, request, FILE)).toThrow(
      /not in the shape Greenlight manages .* set force: true/,
    );
    const forced = applyFlagOperation(handEdited, { ...request, force: true }, FILE);
    expect(measureShare(forced.text, 'new-checkout')).toBe(100);
  });

  it("the canary controller's lock: a decision applies only to the stage it analysed, still running", () => {
    const [, canary] = run(
      { operation: 'create' },
      { operation: 'canary', canary: { healthUrl: 'https://shop.example.com/health' } },
    );
    const advance = { operation: 'advance', flag: 'new-checkout', actor: 'controller', now: NOW } as const;
    expect(applyFlagOperation(canary, { ...advance, expectedPercent: 1 }, FILE).changed).toBe(true);
    expect(() => applyFlagOperation(canary, { ...advance, expectedPercent: 10 }, FILE)).toThrow(
      StageMovedError,
    );
    const paused = applyFlagOperation(
      canary,
      { operation: 'pause', flag: 'new-checkout', actor: 'bo', now: NOW },
      FILE,
    ).text;
    expect(() => applyFlagOperation(paused, { ...advance, expectedPercent: 1 }, FILE)).toThrow(
      /was paused meanwhile/,
    );
    const killed = applyFlagOperation(
      canary,
      { operation: 'kill', flag: 'new-checkout', reason: 'x', actor: 'bo', now: NOW },
      FILE,
    ).text;
    expect(() => applyFlagOperation(killed, { ...advance, expectedPercent: 1 }, FILE)).toThrow(
      /was killed or archived meanwhile/,
    );
  });
});
