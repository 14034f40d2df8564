/**
 * release-outcome entry: after the release job, whatever happened to it (`if: always()`), reads
 * production back, repairs it when it was left on a release that was not confirmed healthy, and
 * reports the final outcome. The logic is in src/release/outcome.ts.
 */
import { markdownTable } from '../format/markdown.js';
import { ReleaseRecords } from '../github/release-records.js';
import { type FinalOutcome, GREEN_OUTCOMES, reconcileReleaseOutcome } from '../release/outcome.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ReportedFailure } from '../runtime/errors.js';
import { makeProvider } from './provider.js';
import { releaseOutcomeSpec } from './release-outcome.inputs.js';

const HEAD: Record<FinalOutcome, string> = {
  promoted: '✅ Released',
  noop: '✅ Released (production already served it)',
  superseded: '⏭️ Superseded',
  smoke_failed: '❌ Smoke test failed (production untouched)',
  rolled_back: '↩️ Rolled back',
  rollback_failed: '🚨 Rollback failed',
  failed: '❌ Release failed (production untouched)',
};

/** A deployment id as a table cell: the id, `nothing`, or `unknown` (could not be read). */
const cell = (id: string | null | undefined): string => (id === undefined ? 'unknown' : (id ?? 'nothing'));

export async function run(): Promise<void> {
  await runActionBody(releaseOutcomeSpec, async (inputs, ctx) => {
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    const records = await ReleaseRecords.create(inputs['github-token'], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger,
    });
    const report = await reconcileReleaseOutcome({
      provider,
      clock: systemClock,
      logger: ctx.logger,
      records,
      deploymentId: inputs['deployment-id'],
      previousDeploymentId: inputs['previous-deployment-id'],
      releaseOutcome: inputs['release-outcome'],
      releaseResult: inputs['release-result'],
      reason: inputs.reason,
      rollbackTimeoutMs: inputs['rollback-timeout'],
    });
    ctx.setOutput('outcome', report.outcome);
    ctx.setOutput('production-deployment-id', report.productionAtEnd ?? '');
    ctx.summary(
      `### ${HEAD[report.outcome]}\n\n${report.explanation}\n\n` +
        markdownTable(
          ['', 'Deployment or value'],
          [
            ['This release', inputs['deployment-id'] ?? '—'],
            ['Production before the release', inputs['previous-deployment-id'] ?? '—'],
            ['Production when checked (read back)', cell(report.productionAtStart)],
            ['Production now (read back)', cell(report.productionAtEnd)],
            ['Release step outcome', inputs['release-outcome'] ?? '—'],
            ['Release job result', inputs['release-result'] ?? '—'],
            ...(report.rollback
              ? [['Rollback', `${report.rollback.outcome}: ${report.rollback.reason}`]]
              : []),
          ],
        ),
    );
    if (report.outcome === 'superseded')
      ctx.annotate('warning', [{ title: 'release superseded', message: report.explanation }]);
    if (!GREEN_OUTCOMES.has(report.outcome))
      throw new ReportedFailure(`release ${report.outcome}: ${report.explanation}`);
  });
}
