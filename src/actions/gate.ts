/**
 * gate entry: inputs → the gate (src/gates/gate.ts) → outputs, annotations at file:line, a job
 * summary, and one failure line unless it passed.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gateResultFile, runGate } from '../gates/gate.js';
import { parseCoverageThreshold, parseSizeBudgets } from '../gates/limits.js';
import { PROBLEM_MATCHERS } from '../gates/matchers.js';
import { failureLine, gateAnnotations, gateMarkdown } from '../gates/summary.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { ConfigurationError, ReportedFailure } from '../runtime/errors.js';
import { gateSpec } from './gate.inputs.js';

export async function run(): Promise<void> {
  await runActionBody(gateSpec, async (inputs, ctx) => {
    const root = resolve(ctx.env.GITHUB_WORKSPACE || process.cwd());
    const cwd = resolve(root, inputs['working-directory']);
    const coverageThreshold = parseCoverageThreshold(inputs['coverage-threshold'] ?? '');
    const sizeBudgets = parseSizeBudgets(inputs['size-budget'] ?? '');
    const run = inputs.run?.trim() || undefined;
    if (!inputs.preset && !run && !inputs.report?.trim() && sizeBudgets.length === 0)
      throw new ConfigurationError("input 'run': expected a command (or a preset, a report, or size-budget)");

    const annotatedFromConsole = !inputs.report && ['auto', 'tsc'].includes(inputs['report-format']);
    const temp = ctx.env.RUNNER_TEMP || tmpdir();
    if (inputs.annotate && annotatedFromConsole && run && !inputs.preset) {
      // Console output only: the runner's problem matchers annotate tsc and ESLint lines as they print.
      const folder = await mkdtemp(join(temp, 'greenlight-matchers-'));
      for (const [file, json] of Object.entries(PROBLEM_MATCHERS)) {
        await writeFile(join(folder, file), json);
        ctx.logger.info(`::add-matcher::${join(folder, file)}`);
      }
    }

    const result = await runGate({
      name: inputs.name?.trim() || 'gate',
      run,
      shell: inputs.shell,
      preset: inputs.preset,
      cwd,
      root,
      report: inputs.report?.trim() || undefined,
      reportFormat: inputs['report-format'],
      maxWarnings: inputs['max-warnings'],
      coverageThreshold,
      coverageReport: inputs['coverage-report']?.trim() || undefined,
      sizeBudgets,
      baseReport: inputs['base-report']?.trim() || undefined,
      auditLevel: inputs['audit-level'],
      clock: systemClock,
      logger: ctx.logger,
    });

    ctx.setOutput('passed', result.passed);
    ctx.setOutput('errors', result.errors);
    ctx.setOutput('warnings', result.warnings);
    ctx.setOutput('tests-passed', result.tests.passed);
    ctx.setOutput('tests-failed', result.tests.failed);
    ctx.setOutput('tests-skipped', result.tests.skipped);
    ctx.setOutput('coverage-lines', result.report.coverage?.lines?.pct ?? '');
    ctx.setOutput('duration-ms', Math.round(result.durationMs));
    const resultFile = join(temp, `greenlight-gate-${randomUUID()}.json`);
    await writeFile(resultFile, gateResultFile(result));
    ctx.setOutput('result-file', resultFile);
    ctx.summary(gateMarkdown(result));

    if (inputs.annotate) {
      const annotations = gateAnnotations(result);
      for (const kind of ['error', 'warning', 'notice'] as const)
        ctx.annotate(
          kind,
          annotations.filter((annotation) => annotation.kind === kind),
        );
    }
    if (!result.passed) throw new ReportedFailure(failureLine(result));
    ctx.logger.info(`${result.name} passed`);
  });
}
