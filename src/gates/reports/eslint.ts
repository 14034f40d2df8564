/**
 * ESLint's JSON formatters (https://eslint.org/docs/latest/use/formatters/#json and
 * #json-with-metadata): `eslint --format json` writes an array with one result per linted file,
 * `{ filePath (absolute), messages: [{ ruleId (null for a parsing error), severity (1 warning,
 * 2 error), message, line, column, endLine?, endColumn?, fatal? }], … }`; `--format
 * json-with-metadata` wraps it as `{ results, metadata: { rulesMeta: { <rule>: { docs: { url } } } } }`.
 */
import type { GateReport, Problem } from '../types.js';
import {
  describeJson,
  isRecord,
  nonEmptyString,
  parseJson,
  position,
  reportError,
  rootRelative,
  type PathOptions,
} from './shared.js';

const EXPECTED = 'ESLint JSON (an array of results, from eslint --format json)';

/**
 * Reads ESLint's `--format json` (or `json-with-metadata`) output: each message is a problem,
 * severity 2 an error and 1 a warning, with the file relative to the root, its 1-based
 * line/column range and the rule id as `rule` (none for a parsing error); with metadata, the rule's
 * docs URL as `url`.
 * @throws ConfigurationError naming input 'report' when the text is not such a report.
 */
export function parseEslintJson(text: string, options: PathOptions): GateReport {
  const data = parseJson(text, EXPECTED);
  const results = isRecord(data) && Array.isArray(data.results) ? data.results : data;
  if (!Array.isArray(results)) throw reportError(EXPECTED, describeJson(data));
  const docsUrls = isRecord(data) && isRecord(data.metadata) ? rulesDocs(data.metadata.rulesMeta) : new Map();
  const problems: Problem[] = [];
  for (const result of results) {
    if (!isRecord(result) || typeof result.filePath !== 'string' || !Array.isArray(result.messages)) {
      throw reportError(EXPECTED, `an array holding ${describeJson(result)} (no filePath and messages)`);
    }
    const file = rootRelative(result.filePath, options);
    for (const message of result.messages) {
      if (!isRecord(message)) continue;
      const severity = message.severity === 2 ? 'error' : message.severity === 1 ? 'warning' : undefined;
      if (severity === undefined) continue; // 0: the rule is off
      const rule = nonEmptyString(message.ruleId);
      const problem: Problem = { severity, message: String(message.message ?? '') };
      if (file !== undefined) problem.file = file;
      assignPosition(problem, message);
      if (rule !== undefined) problem.rule = rule;
      const url = rule === undefined ? undefined : docsUrls.get(rule);
      if (url !== undefined) problem.url = url;
      problems.push(problem);
    }
  }
  return { format: 'eslint-json', problems, tests: [] };
}

function assignPosition(problem: Problem, message: Record<string, unknown>): void {
  const line = position(message.line);
  if (line === undefined) return;
  problem.line = line;
  const column = position(message.column);
  if (column !== undefined) problem.column = column;
  const endLine = position(message.endLine);
  if (endLine !== undefined) problem.endLine = endLine;
  const endColumn = position(message.endColumn);
  if (endColumn !== undefined) problem.endColumn = endColumn;
}

/** `metadata.rulesMeta` of json-with-metadata: rule id → its docs URL. */
function rulesDocs(rulesMeta: unknown): Map<string, string> {
  const urls = new Map<string, string>();
  if (!isRecord(rulesMeta)) return urls;
  for (const [rule, meta] of Object.entries(rulesMeta)) {
    const url = isRecord(meta) && isRecord(meta.docs) ? nonEmptyString(meta.docs.url) : undefined;
    if (url !== undefined) urls.set(rule, url);
  }
  return urls;
}
