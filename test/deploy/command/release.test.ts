/**
 * The provider-independent release logic (compare-and-swap promote, converging rollback) driven
 * through a CommandProvider whose scripts keep "production" in a JSON state file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandProvider } from '../../../src/deploy/command/provider.js';
import { promoteWithCas } from '../../../src/deploy/promote.js';
import { convergeRollback } from '../../../src/deploy/rollback.js';
import { manualClock, systemClock } from '../../../src/runtime/clock.js';
import { type Fixture, fixture, inMs, request } from './fixture.js';

interface State {
  production: string | null;
  deployments: string[];
  promotes: number;
  rollbackAttempts: number;
  /** Rollback attempts that fail before one succeeds. */
  failRollbacks: number;
}

/** Shared by the scripts: read and write state.json next to them. */
const STATE = `import { readFileSync, writeFileSync } from 'node:fs';
const state = JSON.parse(readFileSync('state.json', 'utf8'));
const save = () => writeFileSync('state.json', JSON.stringify(state));
const url = (id) => 'https://' + id.replace('_', '-') + '.example.test';
`;

let f: Fixture;
let clock: ReturnType<typeof manualClock>;
let provider: CommandProvider;

const state = (): State => f.readJson<State>('state.json');
const setState = (over: Partial<State>): void =>
  writeFileSync(join(f.dir, 'state.json'), JSON.stringify({ ...state(), ...over }));

beforeEach(() => {
  f = fixture();
  writeFileSync(
    join(f.dir, 'state.json'),
    JSON.stringify({
      production: 'dpl_1',
      deployments: ['dpl_1'],
      promotes: 0,
      rollbackAttempts: 0,
      failRollbacks: 0,
    }),
  );
  f.script(
    'deploy.mjs',
    `${STATE}const id = 'dpl_' + (state.deployments.length + 1);
state.deployments.push(id); save();
console.log('uploaded ' + process.env.GREENLIGHT_PATH);
console.log(JSON.stringify({ id, url: url(id) }));`,
  );
  f.script(
    'production.mjs',
    `${STATE}console.log(state.production ? JSON.stringify({ id: state.production, url: url(state.production) }) : 'null');`,
  );
  f.script(
    'promote.mjs',
    `${STATE}state.promotes++; state.production = process.env.GREENLIGHT_DEPLOYMENT_ID; save();`,
  );
  f.script(
    'rollback.mjs',
    `${STATE}state.rollbackAttempts++;
if (state.rollbackAttempts <= state.failRollbacks) { save(); console.error('host busy, attempt ' + state.rollbackAttempts); process.exit(1); }
state.production = process.env.GREENLIGHT_DEPLOYMENT_ID; save();`,
  );
  clock = manualClock();
  provider = f.provider(
    {
      deploy: 'node deploy.mjs',
      promote: 'node promote.mjs',
      rollback: 'node rollback.mjs',
      production: 'node production.mjs',
    },
    { clock },
  );
});
afterEach(() => f.remove());

/** Records production, deploys staged: what the release action does before its smoke test. */
async function deployStaged(): Promise<{ id: string; previous: string | undefined }> {
  const previous = (await provider.production())?.id;
  const { deployment } = await provider.deploy({ ...request(), deadline: clock.now() + 20_000 });
  return { id: deployment.id, previous };
}

describe('release through the command provider', () => {
  it('promote moves production to the new deployment', async () => {
    const { id, previous } = await deployStaged();
    expect(state().production).toBe('dpl_1');
    const result = await promoteWithCas(provider, {
      deploymentId: id,
      expectedCurrentId: previous,
      deadline: clock.now() + 20_000,
      logger: f.logger,
    });
    expect(result).toMatchObject({
      outcome: 'promoted',
      previousDeploymentId: 'dpl_1',
      reason: 'production now serves dpl_2',
    });
    expect(state()).toMatchObject({ production: 'dpl_2', promotes: 1 });
  });

  it('a stale compare-and-swap is superseded and changes nothing', async () => {
    const { id, previous } = await deployStaged();
    setState({ production: 'dpl_other' }); // another release got there first
    const result = await promoteWithCas(provider, {
      deploymentId: id,
      expectedCurrentId: previous,
      deadline: clock.now() + 20_000,
      logger: f.logger,
    });
    expect(result.outcome).toBe('superseded');
    expect(result.reason).toBe(
      'production moved to dpl_other since dpl_1 was recorded; dpl_2 was not promoted',
    );
    expect(state()).toMatchObject({ production: 'dpl_other', promotes: 0 });
  });

  it('re-promoting what is already live is a no-op', async () => {
    const result = await promoteWithCas(provider, {
      deploymentId: 'dpl_1',
      expectedCurrentId: 'dpl_1',
      deadline: inMs(20_000),
      logger: f.logger,
    });
    expect(result.outcome).toBe('noop');
    expect(state().promotes).toBe(0);
  });

  it('rollback converges when the rollback command fails twice, then succeeds', async () => {
    setState({ production: 'dpl_2', deployments: ['dpl_1', 'dpl_2'], failRollbacks: 2 }); // dpl_2 went live, then sickened
    const result = await convergeRollback(provider, {
      toDeploymentId: 'dpl_1',
      reason: 'error rate 9% > 5%',
      deadline: clock.now() + 60_000,
      clock,
      logger: f.logger,
      random: () => 1,
    });
    expect(result).toEqual({
      outcome: 'rolled_back',
      toDeploymentId: 'dpl_1',
      fromDeploymentId: 'dpl_2',
      attempts: 3,
      reason: 'production serves dpl_1 again',
    });
    expect(state()).toMatchObject({ production: 'dpl_1', rollbackAttempts: 3 });
    expect(clock.slept).toEqual([1000, 2000]);
    const warnings = f.logger.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings[0]).toBe(
      "rollback attempt 1 did not hold: rollback-command 'node' exited with code 1; stderr: host busy, attempt 1",
    );
  });

  it('ends in rollback_failed when the rollback command always fails', async () => {
    setState({ production: 'dpl_2', deployments: ['dpl_1', 'dpl_2'], failRollbacks: 1_000 });
    const result = await convergeRollback(provider, {
      toDeploymentId: 'dpl_1',
      reason: 'unhealthy',
      deadline: clock.now() + 20_000,
      clock,
      logger: f.logger,
      random: () => 1,
    });
    expect(result).toMatchObject({
      outcome: 'rollback_failed',
      toDeploymentId: 'dpl_1',
      fromDeploymentId: 'dpl_2',
    });
    expect(result.reason).toBe(
      "production could not be moved back to dpl_1: rollback-command 'node' exited with code 1; stderr: host busy, attempt 5",
    );
    expect(result.attempts).toBe(5);
    expect(clock.slept).toEqual([1000, 2000, 4000, 8000]);
    expect(state()).toMatchObject({ production: 'dpl_2', rollbackAttempts: 5 });
  });

  it('without a target, rollback cannot guess one', async () => {
    const result = await convergeRollback(provider, {
      toDeploymentId: undefined,
      reason: undefined,
      deadline: clock.now() + 20_000,
      clock,
      logger: f.logger,
    });
    expect(result).toMatchObject({
      outcome: 'rollback_failed',
      reason: 'no earlier production deployment to roll back to',
    });
    expect(state().rollbackAttempts).toBe(0);
  });

  it('without production-command, a rollback whose command exits 0 is done after one attempt', async () => {
    const blind = f.provider({ rollback: 'node rollback.mjs' }, { clock: systemClock });
    const result = await convergeRollback(blind, {
      toDeploymentId: 'dpl_1',
      reason: 'unhealthy',
      deadline: inMs(5_000),
      clock: systemClock,
      logger: f.logger,
    });
    expect(result).toMatchObject({
      outcome: 'rolled_back',
      toDeploymentId: 'dpl_1',
      attempts: 1,
    });
    expect(state()).toMatchObject({ production: 'dpl_1', rollbackAttempts: 1 });
  });
});
