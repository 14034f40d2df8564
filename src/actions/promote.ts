/**
 * promote entry: compare-and-swap promote of a staged deployment, confirmed by reading production
 * back; `superseded` is a neutral outcome (a newer release won), not a failure. A deployment that
 * production was rolled back away from is `refused` (the step fails) unless `force` is true.
 * `deployment-id` may be the deployment's id, unique URL or an alias: it is resolved to the
 * deployment once, and ids are compared from then on. Racing promotes end with production on the
 * newer deployment and the older run `superseded` (see src/deploy/promote.ts); when a promote call
 * was abandoned on the way (a newer deployment went live while it was being confirmed), the process
 * exits once everything is written rather than wait for that call's confirmation to time out.
 */
import { markdownTable } from '../format/markdown.js';
import { ReleaseRecords } from '../github/release-records.js';
import { deploymentLookupKey, promoteWithCas } from '../deploy/promote.js';
import { wasRolledBackFrom } from '../release/rolled-back.js';
import { VercelRefusal } from '../deploy/vercel/provider.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ConfigurationError, ReportedFailure } from '../runtime/errors.js';
import { promoteSpec } from './promote.inputs.js';
import { makeProvider } from './provider.js';

const HEAD = { promoted: '✅ Promoted', noop: '✅ Already live', superseded: '⏭️ Superseded' } as const;

export async function run(): Promise<void> {
  let abandoned = false;
  try {
    await promoteBody((value) => (abandoned = value));
  } finally {
    // An abandoned promote call would keep polling until its request slice ends.
    if (abandoned) process.exit();
  }
}

async function promoteBody(noteAbandoned: (abandoned: boolean) => void): Promise<void> {
  await runActionBody(promoteSpec, async (inputs, ctx) => {
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    // Before any request: a compare-and-swap the provider cannot do would end a green `superseded`.
    if (!inputs.alias) provider.checkExpectedCurrent?.(inputs['expected-current-deployment-id']);
    const records = await ReleaseRecords.create(inputs['github-token'], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger,
    });
    const input = inputs['deployment-id'];
    const alias = inputs.alias;
    if (alias) {
      const id = input;
      await provider.assignAlias(id, alias, systemClock.now() + inputs.timeout);
      ctx.logger.info(`${alias} now points at ${id}`);
      ctx.setOutput('outcome', 'promoted');
      ctx.setOutput('previous-deployment-id', '');
      ctx.summary(
        `### ✅ Aliased: ${alias} → ${id}\n\n` + markdownTable(['Deployment', 'Domain'], [[id, alias]]),
      );
      return;
    }
    // An id, URL or alias: resolved once, so every comparison below is between ids.
    const resolved = await provider.get(deploymentLookupKey(input)).catch((error: unknown) => {
      if (error instanceof VercelRefusal && error.status === 404)
        throw new ConfigurationError(
          `input 'deployment-id': no deployment '${input}' in this project (the Vercel API answered 404)`,
        );
      throw error;
    });
    const id = resolved.id;
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
      target: resolved,
    });
    noteAbandoned(result.abandoned);
    ctx.logger.info(`${result.outcome}: ${result.reason}`);
    if (result.outcome === 'promoted') await records.promoted(resolved);
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
