/**
 * health-check entry: inputs → checks, metric queries and schedule → the health analysis → outputs,
 * summary (metric queries, timeline and latency chart), one annotation and a one-line failure unless
 * healthy.
 */
import { systemClock } from '../runtime/clock.js';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../http/client.js';
import { healthMarkdown } from '../health/report.js';
import { runHealthCheck } from '../health/runner.js';
import { healthMetrics, healthWindow } from '../health/window-inputs.js';
import { formatPct } from '../health/window.js';
import { resolveChecks } from '../probes/check.js';
import { runActionBody } from '../runtime/action-run.js';
import { ReportedFailure } from '../runtime/errors.js';
import { healthCheckSpec } from './health-check.inputs.js';

export async function run(): Promise<void> {
  await runActionBody(healthCheckSpec, async (inputs, ctx) => {
    // Without checks or config: GET <path> must answer 2xx.
    const checks = await resolveChecks(inputs, [inputs.path], "input 'path'");
    const { schedule, limits } = healthWindow(inputs);
    const metrics = healthMetrics(inputs);
    const http = new HttpClient({ logger: ctx.logger, userAgent: 'greenlight-health-check' });
    const result = await runHealthCheck({
      checks,
      probe: { baseUrl: inputs.url, protectionBypass: inputs['protection-bypass'] },
      schedule,
      limits,
      progressDeadlineMs: inputs['progress-deadline'],
      http,
      clock: systemClock,
      logger: ctx.logger,
      ...metrics,
    });

    ctx.setOutput('healthy', result.healthy);
    ctx.setOutput('verdict', result.verdict);
    ctx.setOutput('failures', result.failures);
    ctx.setOutput('errors', result.errors);
    ctx.setOutput('error-rate', result.errorRatePct === undefined ? '' : formatPct(result.errorRatePct));
    ctx.setOutput('p95-ms', result.p95Ms ?? '');
    ctx.setOutput('p99-ms', result.p99Ms ?? '');
    ctx.setOutput('reason', result.reason);
    const report = join(ctx.env.RUNNER_TEMP || tmpdir(), `greenlight-health-check-${randomUUID()}.json`);
    await writeFile(report, `${JSON.stringify(result, null, 2)}\n`);
    ctx.setOutput('report', report);
    ctx.summary(healthMarkdown(result));

    if (!result.healthy) {
      ctx.annotate('error', [{ title: `health check ${result.verdict}`, message: result.reason }]);
      throw new ReportedFailure(`health check ${result.verdict}: ${result.reason}`);
    }
  });
}
