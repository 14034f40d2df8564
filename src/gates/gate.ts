/**
 * One gate, end to end: resolve the preset, run the command, read its report (a file, or the console
 * output for tsc, prettier and npm audit), measure size budgets, and judge — errors, warnings over
 * the limit, failed tests, coverage under a threshold, files over budget, or a failed command. The
 * action entry (src/actions/gate.ts) turns the {@link GateResult} into outputs, annotations and the
 * job summary.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Clock } from '../runtime/clock.js';
import { ConfigurationError, ReportedFailure, errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { type CommandResult, checkCommand, runCommand } from './command.js';
import { type CoverageThreshold, type SizeBudget, formatBytes } from './limits.js';
import { auditProblems, detectFormat, parseReport } from './reports/index.js';
import { type FileSize, type SizeReport, isSizeReport, measureSizes } from './sizes.js';
import type { CoverageMetric, CoverageMetricName, GateReport, ReportFormat } from './types.js';

export const PRESETS = ['audit', 'format', 'size'] as const;
export type Preset = (typeof PRESETS)[number];
export const AUDIT_LEVELS = ['low', 'moderate', 'high', 'critical'] as const;
export type AuditLevel = (typeof AUDIT_LEVELS)[number];

export interface GateOptions {
  /** The label in logs, the summary and the failure line. */
  name: string;
  run: string | undefined;
  shell: boolean;
  preset: Preset | undefined;
  /** Absolute: where the command runs and relative paths start. */
  cwd: string;
  /** Absolute: the repository root (GITHUB_WORKSPACE); annotations and the summary are relative to it. */
  root: string;
  report: string | undefined;
  reportFormat: ReportFormat | 'auto';
  /** Warnings allowed; -1 for no limit. */
  maxWarnings: number;
  coverageThreshold: CoverageThreshold;
  coverageReport: string | undefined;
  sizeBudgets: SizeBudget[];
  baseReport: string | undefined;
  auditLevel: AuditLevel;
  clock: Clock;
  logger: Logger;
}

export interface GateResult {
  name: string;
  passed: boolean;
  /** Why it failed, each a short phrase (`3 errors, 12 warnings (max 10)`); empty when it passed. */
  failures: string[];
  /** The command that ran (absent for a size-only gate) and its exit code. */
  command?: { line: string; exitCode: number };
  /** ms the command ran (0 without one). */
  durationMs: number;
  report: GateReport;
  /** Errors and warnings among `report.problems`. */
  errors: number;
  warnings: number;
  tests: { passed: number; failed: number; skipped: number };
  /** Coverage on the base branch, when a base report has it. */
  baseCoverage?: Partial<Record<CoverageMetricName, CoverageMetric>>;
  coverageThreshold: CoverageThreshold;
  sizes: FileSize[];
  /** Whether problems are annotated by the runner's problem matchers (console output) rather than by us. */
  annotatedByMatchers: boolean;
  maxWarnings: number;
}

/** What a preset fills in. */
interface PresetPlan {
  name: string;
  run: string | undefined;
  format: ReportFormat | undefined;
  /** Exit codes that mean "ran and reported" rather than "failed to run". */
  reportingExitCodes: number[];
}

/** The package manager whose lockfile is in `cwd`. */
function packageManager(cwd: string): 'npm' | 'pnpm' | 'yarn' | undefined {
  if (existsSync(resolve(cwd, 'pnpm-lock.yaml'))) return 'pnpm';
  if (existsSync(resolve(cwd, 'yarn.lock'))) return 'yarn';
  if (existsSync(resolve(cwd, 'package-lock.json')) || existsSync(resolve(cwd, 'npm-shrinkwrap.json')))
    return 'npm';
  return undefined;
}

/**
 * What `preset` runs in `cwd`; `run` (when given) replaces its command.
 * @throws ConfigurationError naming the input when the preset cannot run here.
 */
function presetPlan(preset: Preset, options: GateOptions): PresetPlan {
  if (preset === 'size') {
    if (options.sizeBudgets.length === 0)
      throw new ConfigurationError(
        "input 'size-budget': the size preset needs budgets such as dist/**/*.js=250kB",
      );
    return { name: 'size', run: options.run, format: undefined, reportingExitCodes: [0] };
  }
  if (preset === 'format')
    return {
      name: 'format',
      run: options.run ?? 'npx --no-install prettier --check .',
      format: 'prettier',
      // prettier --check exits 1 when files are unformatted, 2 when it failed to run.
      reportingExitCodes: [0, 1],
    };
  const manager = packageManager(options.cwd);
  const audit: Record<string, string> = { npm: 'npm audit --json', pnpm: 'pnpm audit --json' };
  const line = options.run ?? (manager ? audit[manager] : undefined);
  if (!line)
    throw new ConfigurationError(
      manager === 'yarn'
        ? "input 'preset': audit reads npm and pnpm audit reports; for yarn set run to a command printing npm audit JSON"
        : `input 'working-directory': the audit preset needs a package-lock.json or pnpm-lock.yaml in ${options.cwd}`,
    );
  // npm audit exits 1 when it found vulnerabilities; the level decides here.
  return { name: 'audit', run: line, format: 'npm-audit', reportingExitCodes: [0, 1] };
}

/** Reads a file the gate was pointed at, or fails with one line naming the input. */
async function readInput(path: string, input: string, after: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportedFailure(
      code === 'ENOENT'
        ? `input '${input}': no file at ${path}${after}`
        : `input '${input}': cannot read ${path}: ${errorMessage(error)}`,
    );
  }
}

const EMPTY_REPORT = (format: ReportFormat): GateReport => ({ format, problems: [], tests: [] });

/**
 * Runs the gate and judges it. Never throws for a failing gate: the result says why.
 * @throws ConfigurationError for bad input (before anything runs); ReportedFailure when a report
 *   the gate was told to read is missing or unreadable (one line naming the input).
 */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const plan: PresetPlan = options.preset
    ? presetPlan(options.preset, options)
    : { name: options.name, run: options.run, format: undefined, reportingExitCodes: [0] };
  const name = options.preset && options.name === 'gate' ? plan.name : options.name;
  if (!plan.run && !options.report && options.sizeBudgets.length === 0)
    throw new ConfigurationError("input 'run': expected a command (or a preset, a report, or size-budget)");
  if (plan.run) await checkCommand(plan.run, options.shell, options.cwd);
  const format: ReportFormat | 'auto' =
    options.reportFormat !== 'auto' ? options.reportFormat : (plan.format ?? 'auto');
  const consoleFormat = !options.report && format !== 'auto' && format !== 'coverage-summary';
  const annotatedByMatchers = !!plan.run && !options.report && (format === 'auto' || format === 'tsc');

  let command: CommandResult | undefined;
  if (plan.run) {
    const line = plan.run;
    command = await options.logger.group(`${name}: ${line}`, () =>
      runCommand(line, { shell: options.shell, cwd: options.cwd, clock: options.clock }),
    );
  }
  const exitNote = command ? ` after the command (it exited with ${command.exitCode})` : '';

  let report: GateReport = EMPTY_REPORT(format === 'auto' ? 'eslint-json' : format);
  if (options.report) {
    const path = resolve(options.cwd, options.report);
    const text = await readInput(path, 'report', exitNote);
    const detected = format === 'auto' ? detectFormat(text, basename(path)) : format;
    if (!detected)
      throw new ConfigurationError(
        `input 'report-format': cannot tell the format of ${options.report}; set report-format (eslint-json, junit-xml, vitest-json, jest-json, coverage-summary, tsc, prettier or npm-audit)`,
      );
    report = parseReport(text, detected, { root: options.root, cwd: options.cwd });
  } else if (consoleFormat && command) {
    report = parseReport(`${command.stdout}\n${command.stderr}`, format as ReportFormat, {
      root: options.root,
      cwd: options.cwd,
    });
  }
  if (options.preset === 'audit') report = auditProblems(report, options.auditLevel);
  if (options.coverageReport) {
    const path = resolve(options.cwd, options.coverageReport);
    const coverage = parseReport(await readInput(path, 'coverage-report', exitNote), 'coverage-summary', {
      root: options.root,
      cwd: options.cwd,
    }).coverage;
    report = { ...report, ...(coverage ? { coverage } : {}) };
  }

  let base: { coverage?: GateResult['baseCoverage']; sizes?: SizeReport } = {};
  if (options.baseReport) base = await readBase(resolve(options.cwd, options.baseReport), options);
  const { sizes, unmatched } =
    options.sizeBudgets.length > 0
      ? await measureSizes(options.sizeBudgets, options.cwd, options.root, base.sizes)
      : { sizes: [], unmatched: [] };
  for (const glob of unmatched)
    report.problems.push({ severity: 'warning', message: `size-budget '${glob}' matched no file` });

  const errors = report.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = report.problems.filter((problem) => problem.severity === 'warning').length;
  const tests = {
    passed: report.tests.filter((test) => test.status === 'passed').length,
    failed: report.tests.filter((test) => test.status === 'failed').length,
    skipped: report.tests.filter((test) => test.status === 'skipped').length,
  };

  const failures: string[] = [];
  if (command && !plan.reportingExitCodes.includes(command.exitCode))
    failures.push(`the command exited with ${command.exitCode}`);
  else if (command && command.exitCode !== 0 && report.problems.length === 0 && report.tests.length === 0)
    // A tool that exits non-zero to say "I found something" but reported nothing did not run
    // (npx could not find it, npm audit could not reach its registry …).
    failures.push(`the command exited with ${command.exitCode} but reported no problem (did it run?)`);
  const overWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (errors > 0 || overWarnings)
    failures.push(
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${options.maxWarnings >= 0 ? ` (max ${options.maxWarnings})` : ''}`,
    );
  if (tests.failed > 0) failures.push(`${tests.failed} of ${report.tests.length} tests failed`);
  for (const [metric, minimum] of Object.entries(options.coverageThreshold) as [
    CoverageMetricName,
    number,
  ][]) {
    const measured = report.coverage?.[metric];
    if (!measured)
      failures.push(
        `no ${metric} coverage to compare with ${minimum}% (coverage-threshold needs a coverage-summary report)`,
      );
    else if (measured.pct < minimum) failures.push(`coverage ${metric} ${measured.pct}% < ${minimum}%`);
  }
  const over = sizes.filter((size) => size.bytes > size.budget.bytes);
  if (over.length > 0)
    failures.push(
      `${plural(over.length, 'file')} over budget (${over
        .slice(0, 3)
        .map((size) => `${size.file} ${formatBytes(size.bytes)} > ${size.budget.written}`)
        .join(', ')}${over.length > 3 ? ` and ${over.length - 3} more` : ''})`,
    );

  return {
    name,
    passed: failures.length === 0,
    failures,
    ...(command && plan.run ? { command: { line: plan.run, exitCode: command.exitCode } } : {}),
    durationMs: command?.durationMs ?? 0,
    report,
    errors,
    warnings,
    tests,
    ...(base.coverage ? { baseCoverage: base.coverage } : {}),
    coverageThreshold: options.coverageThreshold,
    sizes,
    annotatedByMatchers,
    maxWarnings: options.maxWarnings,
  };
}

/** `1 error`, `3 errors`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The base branch's coverage and sizes from `path`: this gate's own result file
 * (`{coverage, files}`, see {@link gateResultFile}) or an istanbul coverage-summary.json.
 * @throws ReportedFailure naming input 'base-report' when it is missing or neither.
 */
async function readBase(
  path: string,
  options: GateOptions,
): Promise<{ coverage?: GateResult['baseCoverage']; sizes?: SizeReport }> {
  const text = await readInput(path, 'base-report', '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ReportedFailure(
      `input 'base-report': expected JSON (a gate result file or coverage-summary.json), got unparsable text in ${path}`,
    );
  }
  const own = value as { coverage?: GateResult['baseCoverage'] };
  if (isSizeReport(value) || (own && typeof own === 'object' && 'coverage' in own))
    return {
      ...(isSizeReport(value) ? { sizes: value } : {}),
      ...(own.coverage ? { coverage: own.coverage } : {}),
    };
  const coverage = parseReport(text, 'coverage-summary', { root: options.root, cwd: options.cwd }).coverage;
  return coverage ? { coverage } : {};
}

/**
 * The JSON this gate writes for the next run's `base-report`: `{name, passed, coverage?, files}`
 * with `files` mapping each measured path to its bytes.
 */
export function gateResultFile(result: GateResult): string {
  const files: Record<string, number> = {};
  for (const size of result.sizes) files[size.file] = size.bytes;
  return `${JSON.stringify(
    {
      name: result.name,
      passed: result.passed,
      ...(result.report.coverage ? { coverage: result.report.coverage } : {}),
      files,
    },
    null,
    2,
  )}\n`;
}
