/**
 * rollback entry: converges production back to a deployment, confirmed by reading it back;
 * `rollback_failed` fails the step. A permanent failure (missing `rollback-command`, a token or
 * target Vercel refuses) fails at once in one line naming the input; a re-run after a rollback that
 * holds is `noop` and requests nothing (see convergeRollback).
 */
import { markdownTable } from '../format/markdown.js';
import { ReleaseRecords } from '../github/release-records.js';
import { CommandProvider } from '../deploy/command/provider.js';
import { convergeRollback } from '../deploy/rollback.js';
import type { DeployProvider, DeploymentInfo } from '../deploy/types.js';
import { ReportedFailure } from '../runtime/errors.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { makeProvider } from './provider.js';
import { rollbackSpec } from './rollback.inputs.js';

const HEAD = {
  rolled_back: '↩️ Rolled back',
  noop: '✅ Nothing to roll back',
  rollback_failed: '🚨 Rollback failed',
} as const;

/** `provider.get(id)`, or undefined when there is no id or it cannot be read. */
function lookup(provider: DeployProvider, id: string | undefined): Promise<DeploymentInfo | undefined> {
  return id ? provider.get(id).catch(() => undefined) : Promise.resolve(undefined);
}

export async function run(): Promise<void> {
  await runActionBody(rollbackSpec, async (inputs, ctx) => {
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    // Before anything runs: a rollback that cannot be requested fails in one line, no process started.
    if (provider instanceof CommandProvider) provider.requireCommand('rollback');
    const records = await ReleaseRecords.create(inputs['github-token'], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger,
    });
    const reason = inputs.reason ?? `manual rollback by ${ctx.env.GITHUB_ACTOR ?? 'an operator'}`;
    const result = await convergeRollback(provider, {
      toDeploymentId: inputs['to-deployment-id'],
      reason,
      deadline: systemClock.now() + inputs.timeout,
      clock: systemClock,
      logger: ctx.logger,
    });
    ctx.setOutput('outcome', result.outcome);
    ctx.setOutput(
      'to-deployment-id',
      result.outcome === 'rollback_failed' ? '' : (result.toDeploymentId ?? ''),
    );
    ctx.setOutput('from-deployment-id', result.fromDeploymentId ?? '');
    ctx.summary(
      `### ${HEAD[result.outcome]}\n\n${result.reason}\n\n` +
        markdownTable(
          ['From', 'To', 'Attempts', 'Reason given'],
          [[result.fromDeploymentId ?? '—', result.toDeploymentId ?? '—', String(result.attempts), reason]],
        ),
    );
    if (result.outcome === 'noop') return;
    const from = await lookup(provider, result.fromDeploymentId);
    if (result.outcome === 'rolled_back') {
      const to = await lookup(provider, result.toDeploymentId);
      if (to) await records.rolledBack(from, to, reason);
    } else {
      await records.rollbackFailed(from, result.reason);
      throw new ReportedFailure(`rollback failed: ${result.reason}`);
    }
  });
}
