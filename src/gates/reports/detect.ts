/** Telling a report's format from its content, and from its file name when the content cannot tell. */
import { basename } from 'node:path';
import type { ReportFormat } from '../types.js';
import { isPrettierLine } from './prettier.js';
import { isRecord, stripAnsi } from './shared.js';
import { isTscDiagnostic } from './tsc.js';

/**
 * The format of a report, from its content first: XML with `<testsuite` is junit-xml; a JSON array
 * of `{ filePath, messages }` (or `[]`) or `{ results, metadata }` is eslint-json; `{ testResults }`
 * is jest-json when it has Jest's `numRuntimeErrorTestSuites`/`openHandles`/`wasInterrupted`, else
 * vitest-json; `{ total: { lines … } }` is coverage-summary; `{ vulnerabilities }` or
 * `{ auditReportVersion }` is npm-audit; a tsc diagnostic line is tsc; `[warn] …`/`[error] …` or
 * `Checking formatting...` is prettier. When the content does not say (empty output, bare paths
 * from `prettier --list-different`), the file name may: `coverage-summary.json`, or a name holding
 * `junit`, `eslint`, `vitest`, `jest`, `tsc`, `prettier` or `audit`.
 * @param fileName the report's file name or path (only its base name is read).
 * @returns undefined when neither tells.
 */
export function detectFormat(text: string, fileName?: string): ReportFormat | undefined {
  return fromContent(text) ?? (fileName === undefined ? undefined : fromName(basename(fileName)));
}

function fromContent(text: string): ReportFormat | undefined {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return undefined;
  if (body.startsWith('<')) return /<testsuites?[\s>/]/.test(body) ? 'junit-xml' : undefined;
  const json = jsonOf(body);
  if (json !== undefined) return fromJson(json);
  const lines = stripAnsi(body).split(/\r?\n/);
  if (lines.some(isTscDiagnostic)) return 'tsc';
  if (lines.some(isPrettierLine)) return 'prettier';
  return undefined;
}

/** The JSON in a report (from its first line that starts with `{` or `[`), else undefined. */
function jsonOf(body: string): unknown {
  const start = body.search(/^[[{]/m);
  if (start < 0) return undefined;
  try {
    return JSON.parse(body.slice(start));
  } catch {
    return undefined;
  }
}

function fromJson(json: unknown): ReportFormat | undefined {
  if (Array.isArray(json)) {
    const eslintLike = json.every((item) => isRecord(item) && 'filePath' in item && 'messages' in item);
    return eslintLike ? 'eslint-json' : undefined;
  }
  if (!isRecord(json)) return undefined;
  if (Array.isArray(json.results) && isRecord(json.metadata)) return 'eslint-json';
  if (Array.isArray(json.testResults)) {
    const jest = 'numRuntimeErrorTestSuites' in json || 'openHandles' in json || 'wasInterrupted' in json;
    return jest ? 'jest-json' : 'vitest-json';
  }
  if (isRecord(json.total) && (isRecord(json.total.lines) || isRecord(json.total.statements))) {
    return 'coverage-summary';
  }
  if (isRecord(json.vulnerabilities) || 'auditReportVersion' in json) return 'npm-audit';
  return undefined;
}

const NAME_HINTS: [RegExp, ReportFormat][] = [
  [/coverage-summary/i, 'coverage-summary'],
  [/junit|\.xml$/i, 'junit-xml'],
  [/eslint/i, 'eslint-json'],
  [/vitest/i, 'vitest-json'],
  [/jest/i, 'jest-json'],
  [/tsc|typecheck/i, 'tsc'],
  [/prettier/i, 'prettier'],
  [/audit/i, 'npm-audit'],
];

function fromName(name: string): ReportFormat | undefined {
  return NAME_HINTS.find(([pattern]) => pattern.test(name))?.[1];
}
