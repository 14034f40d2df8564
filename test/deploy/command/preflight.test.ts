/**
 * Command-provider checks that must fail before anything runs: a missing rollback-command, and
 * expected-current-deployment-id without production-command (compare-and-swap cannot be checked).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../../src/runner/bundle.js';
import { convergeRollback } from '../../../src/deploy/rollback.js';
import { systemClock } from '../../../src/runtime/clock.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { type Fixture, fixture } from './fixture.js';

let f: Fixture;
beforeEach(() => {
  f = fixture();
  f.script(
    'mark.mjs',
    "import { writeFileSync } from 'node:fs'; writeFileSync('started', '1'); console.log('null');\n",
  );
});
afterEach(() => f.remove());

describe('command provider preflight', () => {
  it('[input] a missing rollback-command is one line, before any process starts', () => {
    const provider = f.provider({ production: 'node mark.mjs' });
    expect(() => provider.requireCommand('rollback')).toThrow(
      new ConfigurationError("input 'rollback-command': required with provider 'command' to roll back"),
    );
    expect(f.exists('started')).toBe(false);
  });

  it('[input] a missing rollback-command ends a converging rollback at once', async () => {
    const provider = f.provider({ production: 'node mark.mjs' });
    const result = await convergeRollback(provider, {
      toDeploymentId: 'rel-1',
      reason: undefined,
      deadline: systemClock.now() + 300_000,
      clock: systemClock,
      logger: f.logger,
    });
    expect(result).toMatchObject({
      outcome: 'rollback_failed',
      reason: "input 'rollback-command': required with provider 'command' to roll back",
    });
    expect(f.logger.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('[input] expected-current-deployment-id without production-command is one line', () => {
    const blind = f.provider({ promote: 'node mark.mjs' });
    expect(() => blind.checkExpectedCurrent('rel-1')).toThrow(
      /^input 'expected-current-deployment-id': expected-current-deployment-id needs production-command/,
    );
    expect(() => blind.checkExpectedCurrent(undefined)).not.toThrow();
    const seeing = f.provider({ promote: 'node mark.mjs', production: 'node mark.mjs' });
    expect(() => seeing.checkExpectedCurrent('rel-1')).not.toThrow();
    expect(f.exists('started')).toBe(false);
  });

  it('[input] the promote action refuses expected-current without production-command, before anything runs', async () => {
    const run = await runBundledAction(
      'promote',
      {
        provider: 'command',
        'promote-command': 'node mark.mjs',
        'deployment-id': 'rel-2',
        'expected-current-deployment-id': 'rel-1',
      },
      { cwd: f.dir, env: { GITHUB_WORKSPACE: f.dir } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      expect.stringMatching(
        /^::error::input 'expected-current-deployment-id': expected-current-deployment-id needs production-command/,
      ),
    ]);
    expect(f.exists('started')).toBe(false);
  });
});
