/**
 * health-check entry: inputs → checks and schedule → the health analysis → outputs, summary
 * (timeline and latency chart), one annotation and a one-line failure unless healthy.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../http/client.js';
import { healthMarkdown } from '../health/report.js';
import { runHealthCheck } from '../health/runner.js';
import type { AnalysisLimits } from '../health/analysis.js';
import { type ScheduleOptions, assertFitsDeadline, resolveSchedule } from '../health/schedule.js';
import { formatPct } from '../health/window.js';
import type { InputValues } from '../inputs/spec.js';
import { resolveChecks } from '../probes/check.js';
import { runActionBody } from '../runtime/action-run.js';
import { ReportedFailure } from '../runtime/errors.js';
import { healthCheckSpec } from './health-check.inputs.js';

type Inputs = InputValues<typeof healthCheckSpec.inputs>;

/** The analysis window inputs every action that health-checks shares (health-check, release). */
type WindowInputs = Pick<
  Inputs,
  | 'interval'
  | 'count'
  | 'duration'
  | 'initial-delay'
  | 'timeout'
  | 'failure-limit'
  | 'consecutive-error-limit'
  | 'consecutive-success-limit'
  | 'max-error-rate'
  | 'max-p95-ms'
  | 'max-p99-ms'
  | 'progress-deadline'
>;

/**
 * The schedule and limits of a health analysis from its inputs.
 * @throws ConfigurationError when the window cannot fit in `progress-deadline`, or count and
 *   duration are both given.
 */
export function healthWindow(
  inputs: Omit<WindowInputs, 'timeout'> & Partial<Pick<WindowInputs, 'timeout'>>,
): {
  schedule: ScheduleOptions;
  limits: Partial<AnalysisLimits>;
} {
  const schedule: ScheduleOptions = {
    intervalMs: inputs.interval,
    count: inputs.count,
    durationMs: inputs.duration,
    initialDelayMs: inputs['initial-delay'],
    timeoutMs: inputs.timeout,
  };
  assertFitsDeadline(resolveSchedule(schedule), inputs['progress-deadline']);
  return {
    schedule,
    limits: {
      failureLimit: inputs['failure-limit'],
      consecutiveErrorLimit: inputs['consecutive-error-limit'],
      ...(inputs['consecutive-success-limit'] !== undefined
        ? { consecutiveSuccessLimit: inputs['consecutive-success-limit'] }
        : {}),
      maxErrorRatePct: inputs['max-error-rate'],
      maxP95Ms: inputs['max-p95-ms'],
      maxP99Ms: inputs['max-p99-ms'],
    },
  };
}

export async function run(): Promise<void> {
  await runActionBody(healthCheckSpec, async (inputs, ctx) => {
    // Without checks or config: GET <path> must answer 2xx.
    const checks = await resolveChecks(inputs, [inputs.path], "input 'path'");
    const { schedule, limits } = healthWindow(inputs);
    const http = new HttpClient({ logger: ctx.logger, userAgent: 'greenlight-health-check' });
    const result = await runHealthCheck({
      checks,
      probe: { baseUrl: inputs.url, protectionBypass: inputs['protection-bypass'] },
      schedule,
      limits,
      progressDeadlineMs: inputs['progress-deadline'],
      http,
      logger: ctx.logger,
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
