/**
 * promote entry: compare-and-swap promote of a staged deployment, confirmed by reading production
 * back; `superseded` is a neutral outcome (a newer release won), not a failure. A deployment that
 * production was rolled back away from is `refused` (the step fails) unless `force` is true.
 */
import { markdownTable } from '../github/markdown.js';
import { ReleaseRecords } from '../github/release-records.js';
import { promoteWithCas } from '../deploy/promote.js';
import { wasRolledBackFrom } from '../release/rolled-back.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ReportedFailure } from '../runtime/errors.js';
import { promoteSpec } from './promote.inputs.js';
import { makeProvider } from './provider.js';

const HEAD = { promoted: '✅ Promoted', noop: '✅ Already live', superseded: '⏭️ Superseded' } as const;

export async function run(): Promise<void> {
  await runActionBody(promoteSpec, async (inputs, ctx) => {
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    const records = ReleaseRecords.create(inputs['github-token'], ctx.env, http, ctx.logger);
    const id = inputs['deployment-id'];
    const alias = inputs.alias;
    if (alias) {
      await provider.assignAlias(id, alias, systemClock.now() + inputs.timeout);
      ctx.logger.info(`${alias} now points at ${id}`);
      ctx.setOutput('outcome', 'promoted');
      ctx.setOutput('previous-deployment-id', '');
      ctx.summary(
        `### ✅ Aliased: ${alias} → ${id}\n\n` + markdownTable(['Deployment', 'Domain'], [[id, alias]]),
      );
      return;
    }
    if (!inputs.force && (await wasRolledBackFrom(provider, records, id))) {
      const reason = `deployment ${id} was rolled back earlier; it is not promoted again unless force is true`;
      ctx.setOutput('outcome', 'refused');
      ctx.setOutput('previous-deployment-id', '');
      ctx.summary(`### ⛔ Refused: ${id}\n\n${reason}`);
      // The failure line is the step's one error annotation.
      throw new ReportedFailure(reason);
    }
    const result = await promoteWithCas(provider, {
      deploymentId: id,
      expectedCurrentId: inputs['expected-current-deployment-id'],
      deadline: systemClock.now() + inputs.timeout,
      logger: ctx.logger,
    });
    ctx.logger.info(`${result.outcome}: ${result.reason}`);
    if (result.outcome === 'promoted') await records.promoted(await provider.get(id));
    if (result.outcome === 'superseded')
      ctx.annotate('warning', [{ title: 'promote superseded', message: result.reason }]);
    ctx.setOutput('outcome', result.outcome);
    ctx.setOutput('previous-deployment-id', result.previousDeploymentId ?? '');
    ctx.summary(
      `### ${HEAD[result.outcome]}: ${id}\n\n${result.reason}\n\n` +
        markdownTable(
          ['Deployment', 'Outcome', 'Previous production'],
          [[id, result.outcome, result.previousDeploymentId ?? '—']],
        ),
    );
  });
}
