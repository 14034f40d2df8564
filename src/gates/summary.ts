/**
 * A gate's job summary and annotations: a compact table, then what failed — problems, failed tests
 * with their messages, coverage per metric against the threshold and the base branch, sizes against
 * their budgets and the base — and the slowest tests.
 */
import { formatDuration } from '../format/duration.js';
import { type TableCell, codeSpan, markdownTable } from '../format/markdown.js';
import type { Annotation, AnnotationKind } from '../runtime/action-run.js';
import { formatBytes } from './limits.js';
import type { GateResult } from './gate.js';
import { COVERAGE_METRICS, type Problem, type Severity } from './types.js';

/** Rows per table before "and N more" (the whole summary must stay far below GitHub's 1 MiB). */
const MAX_ROWS = 50;

/** One annotation for the runner: what the action entry hands to `ctx.annotate`, with its type. */
export interface GateAnnotation extends Annotation {
  kind: AnnotationKind;
}

/**
 * What to annotate: problems (unless the runner's problem matchers already do, for console output),
 * failed tests at their file and line, and files over budget. Errors first.
 */
export function gateAnnotations(result: GateResult): GateAnnotation[] {
  const annotations: GateAnnotation[] = [];
  if (!result.annotatedByMatchers)
    for (const problem of result.report.problems)
      annotations.push({
        kind: problem.severity,
        message: problem.url ? `${problem.message} (${problem.url})` : problem.message,
        title: `${result.name}${problem.rule ? `: ${problem.rule}` : ''}`,
        ...placement(problem),
      });
  for (const test of result.report.tests.filter((item) => item.status === 'failed'))
    annotations.push({
      kind: 'error',
      message: test.message ?? 'failed',
      title: `${result.name}: ${test.name}`,
      ...(test.file ? { file: test.file } : {}),
      ...(test.file && test.line !== undefined ? { line: test.line } : {}),
    });
  for (const size of result.sizes.filter((item) => item.bytes > item.budget.bytes))
    annotations.push({
      kind: 'error',
      message: `${formatBytes(size.bytes)} is over its budget of ${size.budget.written} (${size.budget.glob})`,
      title: `${result.name}: size budget`,
      file: size.file,
    });
  return annotations;
}

function placement(problem: Problem): Partial<GateAnnotation> {
  if (!problem.file) return {};
  return {
    file: problem.file,
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    ...(problem.endLine !== undefined ? { endLine: problem.endLine } : {}),
    ...(problem.endColumn !== undefined ? { endColumn: problem.endColumn } : {}),
  };
}

/** The one line a failing gate fails with: `lint: 3 errors, 12 warnings (max 10)`. */
export function failureLine(result: GateResult): string {
  return `${result.name}: ${result.failures.join('; ')}`;
}

/** `+1.2 pp`, `-0.5 pp`, `±0 pp`. */
function delta(now: number, base: number | undefined, unit: (value: number) => string): string {
  if (base === undefined) return '';
  const change = now - base;
  return change === 0 ? '±0' : `${change > 0 ? '+' : '−'}${unit(Math.abs(change))}`;
}

function limitRows<T>(items: readonly T[]): { shown: readonly T[]; more: string } {
  return items.length > MAX_ROWS
    ? { shown: items.slice(0, MAX_ROWS), more: `\n\n…and ${items.length - MAX_ROWS} more.` }
    : { shown: items, more: '' };
}

/** The gate's job-summary section (GitHub-flavoured Markdown). */
export function gateMarkdown(result: GateResult): string {
  const parts: string[] = [];
  parts.push(
    `### ${result.passed ? '✅' : '❌'} ${result.name} ${result.passed ? 'passed' : `failed: ${result.failures.join('; ')}`}`,
  );
  const lines = result.report.coverage?.lines;
  const testCount = result.report.tests.length;
  parts.push(
    markdownTable(
      ['gate', 'result', 'errors', 'warnings', 'tests', 'coverage (lines)', 'duration'],
      [
        [
          result.name,
          result.passed ? '✅ passed' : '❌ failed',
          String(result.errors),
          result.maxWarnings >= 0
            ? `${result.warnings} (max ${result.maxWarnings})`
            : String(result.warnings),
          testCount > 0
            ? `${result.tests.passed} passed, ${result.tests.failed} failed, ${result.tests.skipped} skipped`
            : '',
          lines ? `${lines.pct}%` : '',
          result.command ? formatDuration(result.durationMs) : '',
        ],
      ],
    ),
  );
  if (result.command && result.command.exitCode !== 0)
    parts.push(`The command ${codeSpanText(result.command.line)} exited with ${result.command.exitCode}.`);

  const problems = [...result.report.problems].sort((a, b) => rank(a.severity) - rank(b.severity));
  if (problems.length > 0) {
    const { shown, more } = limitRows(problems);
    parts.push(
      `**Problems** (${problems.length})\n\n${markdownTable(
        ['where', 'severity', 'rule', 'message'],
        shown.map((problem): TableCell[] => [
          problem.file
            ? codeSpan(
                `${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}${problem.column !== undefined ? `:${problem.column}` : ''}`,
              )
            : '',
          problem.severity,
          problem.rule ? codeSpan(problem.rule) : '',
          problem.url ? `${problem.message} (${problem.url})` : problem.message,
        ]),
      )}${more}`,
    );
  }

  const failed = result.report.tests.filter((test) => test.status === 'failed');
  if (failed.length > 0) {
    const { shown, more } = limitRows(failed);
    parts.push(
      `**Failed tests** (${failed.length})\n\n${markdownTable(
        ['test', 'where', 'message'],
        shown.map((test): TableCell[] => [
          test.name,
          test.file ? codeSpan(`${test.file}${test.line !== undefined ? `:${test.line}` : ''}`) : '',
          (test.message ?? '').split('\n').slice(0, 3).join(' '),
        ]),
      )}${more}`,
    );
  }

  const coverage = result.report.coverage;
  if (coverage) {
    const rows: TableCell[][] = [];
    for (const metric of COVERAGE_METRICS) {
      const measured = coverage[metric];
      if (!measured) continue;
      const minimum = result.coverageThreshold[metric];
      const base = result.baseCoverage?.[metric]?.pct;
      rows.push([
        metric,
        `${measured.pct}% (${measured.covered}/${measured.total})`,
        minimum === undefined ? '' : `${measured.pct >= minimum ? '✅' : '❌'} ${minimum}%`,
        base === undefined ? '' : `${base}%`,
        delta(measured.pct, base, (value) => `${Number(value.toFixed(2))} pp`),
      ]);
    }
    parts.push(
      `**Coverage**\n\n${markdownTable(['metric', 'coverage', 'threshold', 'base', 'change'], rows)}`,
    );
  }

  if (result.sizes.length > 0) {
    const { shown, more } = limitRows(result.sizes);
    parts.push(
      `**Sizes**\n\n${markdownTable(
        ['file', 'size', 'budget', 'base', 'change'],
        shown.map((size): TableCell[] => [
          codeSpan(size.file),
          formatBytes(size.bytes),
          `${size.bytes <= size.budget.bytes ? '✅' : '❌'} ${size.budget.written}`,
          size.baseBytes === undefined ? '' : formatBytes(size.baseBytes),
          delta(size.bytes, size.baseBytes, formatBytes),
        ]),
      )}${more}`,
    );
  }

  const timed = result.report.tests.filter((test) => test.durationMs !== undefined);
  if (timed.length > 0) {
    const slowest = [...timed].sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0)).slice(0, 10);
    parts.push(
      `**Slowest tests**\n\n${markdownTable(
        ['test', 'duration'],
        slowest.map((test): TableCell[] => [test.name, formatDuration(test.durationMs ?? 0)]),
      )}`,
    );
  }
  return parts.join('\n\n');
}

function rank(severity: Severity): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}

/** Inline code for a sentence (not a table). */
function codeSpanText(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}`;
}
