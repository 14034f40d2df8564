/**
 * Jest's `--json` output (https://jestjs.io/docs/cli#--json) and Vitest's `--reporter=json`
 * (https://vitest.dev/guide/reporters#json-reporter), which is modelled on it; both read the same
 * here (checked against Jest 30 and Vitest 4 in test/fixtures/gates/):
 *
 * ```
 * { numTotalTests, success, testResults: [{
 *     name: '/abs/src/math.spec.js', status: 'passed' | 'failed', message: '…suite error…',
 *     assertionResults: [{ ancestorTitles: ['math', 'add'], title: 'adds', fullName,
 *       status: 'passed' | 'failed' | 'pending' | 'skipped' | 'todo' | 'disabled',
 *       duration: ms | null, failureMessages: ['…'], location?: { line, column } | null }] }] }
 * ```
 *
 * Jest adds `numRuntimeErrorTestSuites`, `openHandles` and `wasInterrupted` at the top (how
 * detectFormat tells them apart); Vitest adds `meta` and `tags` to each assertion.
 */
import type { GateReport, TestCase, TestStatus } from '../types.js';
import {
  describeJson,
  finiteNumber,
  isRecord,
  messageHead,
  nonEmptyString,
  parseJson,
  position,
  reportError,
  rootRelative,
  roundMs,
  type PathOptions,
} from './shared.js';

/**
 * Reads Jest's `--json` or Vitest's JSON report: one test case per assertion result, named by its
 * describe blocks and title joined by ' > ', with its file relative to the root, its 1-based line
 * (`location`, when the run recorded it), `duration` in ms and the head of its first failure
 * message. `pending`, `skipped`, `todo` and `disabled` are skipped. A test file that failed without
 * a failed test (it did not load, or a hook threw) is one more failed test case named by the file,
 * with the suite's message.
 * @param format which of the two the report was given as (the result's `format`).
 * @throws ConfigurationError naming input 'report' when the text is not such a report.
 */
export function parseJestJson(
  text: string,
  format: 'jest-json' | 'vitest-json',
  options: PathOptions,
): GateReport {
  const expected = `${format === 'jest-json' ? "Jest's --json output" : "Vitest's JSON report"} (an object with testResults)`;
  const data = parseJson(text, expected);
  if (!isRecord(data) || !Array.isArray(data.testResults)) throw reportError(expected, describeJson(data));
  const tests: TestCase[] = [];
  for (const fileResult of data.testResults) {
    if (!isRecord(fileResult)) continue;
    const path = nonEmptyString(fileResult.name);
    const file = path === undefined ? undefined : rootRelative(path, options);
    const assertions = Array.isArray(fileResult.assertionResults) ? fileResult.assertionResults : [];
    let anyFailed = false;
    for (const assertion of assertions) {
      if (!isRecord(assertion)) continue;
      const test = readAssertion(assertion, file);
      if (test.status === 'failed') anyFailed = true;
      tests.push(test);
    }
    if (fileResult.status === 'failed' && !anyFailed) {
      const suite: TestCase = { name: file ?? path ?? 'test file', status: 'failed' };
      if (file !== undefined) suite.file = file;
      const message = typeof fileResult.message === 'string' ? messageHead(fileResult.message) : undefined;
      if (message !== undefined) suite.message = message;
      tests.push(suite);
    }
  }
  return { format, problems: [], tests };
}

function readAssertion(assertion: Record<string, unknown>, file: string | undefined): TestCase {
  const ancestors = Array.isArray(assertion.ancestorTitles)
    ? assertion.ancestorTitles.filter((title): title is string => typeof title === 'string')
    : [];
  const title = typeof assertion.title === 'string' ? assertion.title : String(assertion.fullName ?? '');
  const test: TestCase = { name: [...ancestors, title].join(' > '), status: statusOf(assertion.status) };
  if (file !== undefined) test.file = file;
  const line = isRecord(assertion.location) ? position(assertion.location.line) : undefined;
  if (line !== undefined) test.line = line;
  const duration = finiteNumber(assertion.duration);
  if (duration !== undefined && duration >= 0) test.durationMs = roundMs(duration);
  if (test.status === 'failed' && Array.isArray(assertion.failureMessages)) {
    const first: unknown = assertion.failureMessages[0];
    const message = typeof first === 'string' ? messageHead(first) : undefined;
    if (message !== undefined) test.message = message;
  }
  return test;
}

function statusOf(status: unknown): TestStatus {
  if (status === 'passed') return 'passed';
  if (status === 'failed') return 'failed';
  return 'skipped'; // pending, skipped, todo, disabled
}
