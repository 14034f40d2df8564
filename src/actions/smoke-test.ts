/**
 * smoke-test entry: inputs → checks → the probe engine → outputs, summary, annotations.
 */
import { systemClock } from '../runtime/clock.js';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../http/client.js';
import { resolveChecks } from '../probes/check.js';
import { smokeTestMarkdown, smokeTestReport } from '../probes/report.js';
import { runChecks } from '../probes/engine.js';
import { runActionBody } from '../runtime/action-run.js';
import { ReportedFailure } from '../runtime/errors.js';
import { smokeTestSpec } from './smoke-test.inputs.js';

export async function run(): Promise<void> {
  await runActionBody(smokeTestSpec, async (inputs, ctx) => {
    // Without checks or config: GET / must answer 2xx.
    const checks = await resolveChecks(inputs, ['/'], 'default checks');
    const http = new HttpClient({ logger: ctx.logger, userAgent: 'greenlight-smoke-test' });
    ctx.logger.info(`Smoke-testing ${inputs.url.origin} with ${checks.length} check(s)`);
    const results = await runChecks(
      checks,
      {
        baseUrl: inputs.url,
        timeoutMs: inputs.timeout,
        retries: inputs.retries,
        retryOnStatus: inputs['retry-on-status'],
        retryOnAssertion: inputs['retry-on-assertion'],
        followRedirects: inputs['follow-redirects'],
        protectionBypass: inputs['protection-bypass'],
        clock: systemClock,
      },
      http,
      { concurrency: inputs.concurrency, failFast: inputs['fail-fast'] },
    );
    const report = smokeTestReport(inputs.url.href, results);
    const path = join(ctx.env.RUNNER_TEMP || tmpdir(), `greenlight-smoke-test-${randomUUID()}.json`);
    await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);

    for (const r of results) {
      const line = `${r.outcome.padEnd(7)} ${r.name} (${r.method} ${r.path}) ${r.status ?? '—'} ${r.latencyMs ?? '—'} ms`;
      ctx.logger.info(r.reasons.length ? `${line}: ${r.reasons.join('; ')}` : line);
    }
    ctx.setOutput('passed', report.passed);
    ctx.setOutput('total', report.total);
    ctx.setOutput('failed', report.failed);
    ctx.setOutput('p95-ms', report.p95Ms ?? '');
    ctx.setOutput('report', path);
    ctx.summary(smokeTestMarkdown(report));

    const bad = results.filter((r) => r.outcome === 'failed' || r.outcome === 'error');
    ctx.annotate(
      'error',
      bad.map((r) => ({
        title: `smoke test: ${r.name}`,
        message: `${r.method} ${r.path}: ${r.reasons.join('; ')}`,
      })),
    );
    if (!report.passed) {
      const names = bad.map((r) => r.name);
      const shown =
        names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
      throw new ReportedFailure(
        `smoke test failed: ${report.failed} of ${report.total} checks failed${shown ? ` (${shown})` : ''}${report.skipped ? `, ${report.skipped} skipped` : ''}`,
      );
    }
  });
}
