/**
 * `npm audit --json` of npm 7 and later (https://docs.npmjs.com/cli/commands/npm-audit), the
 * shape of npm's own AuditReport#toJSON (@npmcli/arborist, lib/audit-report.js and lib/vuln.js):
 *
 * ```
 * { "auditReportVersion": 2,
 *   "vulnerabilities": {
 *     "<package>": { "name", "severity": "info" | "low" | "moderate" | "high" | "critical",
 *       "isDirect", "range": "<=4.17.20", "nodes": ["node_modules/<package>"], "effects": [...],
 *       "fixAvailable": true | false | { name, version, isSemVerMajor },
 *       "via": [ { "source": 1096302, "name", "dependency", "title", "url", "severity", "cwe",
 *                  "cvss", "range" },   // an advisory against this package
 *                "<other package>" ] } },   // vulnerable through a vulnerable dependency
 *   "metadata": { "vulnerabilities": { info, low, moderate, high, critical, total }, … } }
 * ```
 *
 * When npm cannot audit, `--json` prints its error instead: `{ "error": { code, summary, detail } }`
 * (no lockfile: ENOLOCK) or `{ message, method, uri, statusCode, body, … }` (the registry refused
 * the audit request). The npm 6 and pnpm shape (`advisories`) is not read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quoteValue } from '../../inputs/parse.js';
import type { GateReport, Problem } from '../types.js';
import {
  describeJson,
  isRecord,
  nonEmptyString,
  parseJson,
  reportError,
  rootRelative,
  type PathOptions,
} from './shared.js';

/** npm's severities, lowest first. */
export const AUDIT_SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type AuditSeverity = (typeof AUDIT_SEVERITIES)[number];

const EXPECTED = 'npm audit --json output of npm 7 or later (an object with "vulnerabilities")';

/**
 * Reads `npm audit --json`: one problem per vulnerable package, `rule` = the package name,
 * message `<severity>: <advisory titles> (<package> <vulnerable range>)` (for a package vulnerable
 * only through its dependencies: `depends on vulnerable <names>`), `url` = the most severe
 * advisory's URL, and `file` = `package.json` (relative to the root) when `cwd` has one. Findings
 * at or above `auditLevel` are errors, below it notices.
 * @param auditLevel npm's `--audit-level`: the lowest severity that is an error; default `info`
 *   (every finding, as `npm audit` fails on any).
 * @throws ConfigurationError naming input 'report' when the text is not such a report, quoting
 *   npm's error when the report is one (ENOLOCK, the audit endpoint's refusal).
 */
export function parseNpmAudit(
  text: string,
  options: PathOptions & { auditLevel?: AuditSeverity },
): GateReport {
  const data = parseJson(text, EXPECTED);
  if (!isRecord(data) || !isRecord(data.vulnerabilities)) {
    const npmError = isRecord(data) ? npmErrorOf(data) : undefined;
    throw reportError(EXPECTED, npmError ?? describeJson(data));
  }
  const manifest = existsSync(join(options.cwd, 'package.json'))
    ? rootRelative(join(options.cwd, 'package.json'), options)
    : undefined;
  const level = options.auditLevel ?? 'info';
  const problems: Problem[] = [];
  for (const [name, vulnerability] of Object.entries(data.vulnerabilities)) {
    if (!isRecord(vulnerability)) continue;
    const severity = severityOf(vulnerability.severity);
    const advisories = (Array.isArray(vulnerability.via) ? vulnerability.via : []).filter(isRecord);
    const through = (Array.isArray(vulnerability.via) ? vulnerability.via : []).filter(
      (via): via is string => typeof via === 'string',
    );
    const titles = [
      ...new Set(advisories.map((advisory) => nonEmptyString(advisory.title)).filter(isString)),
    ];
    const what =
      titles.length > 0 ? titles.join('; ') : `depends on vulnerable ${through.join(', ') || 'packages'}`;
    const range = nonEmptyString(vulnerability.range);
    const problem: Problem = {
      severity: rank(severity) >= rank(level) ? 'error' : 'notice',
      message: `${severity}: ${what} (${name}${range === undefined ? '' : ` ${range}`})`,
      rule: name,
    };
    const url = mostSevere(advisories);
    if (url !== undefined) problem.url = url;
    if (manifest !== undefined) problem.file = manifest;
    problems.push(problem);
  }
  return { format: 'npm-audit', problems, tests: [] };
}

/**
 * Grades audit findings again for another level: those at or above `level` become errors, the
 * rest notices. Reads each finding's severity from the start of its message (`high: …`), as
 * {@link parseNpmAudit} writes it; other problems are left as they are.
 */
export function auditProblems(report: GateReport, level: AuditSeverity): GateReport {
  const problems = report.problems.map((problem) => {
    const severity = /^(info|low|moderate|high|critical): /.exec(problem.message)?.[1];
    if (report.format !== 'npm-audit' || severity === undefined) return problem;
    const graded: Problem = {
      ...problem,
      severity: rank(severityOf(severity)) >= rank(level) ? 'error' : 'notice',
    };
    return graded;
  });
  return { ...report, problems };
}

function severityOf(value: unknown): AuditSeverity {
  return AUDIT_SEVERITIES.find((severity) => severity === value) ?? 'high'; // npm's own default
}

function rank(severity: AuditSeverity): number {
  return AUDIT_SEVERITIES.indexOf(severity);
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}

/** The URL of the most severe advisory that has one. */
function mostSevere(advisories: Record<string, unknown>[]): string | undefined {
  let best: { url: string; rank: number } | undefined;
  for (const advisory of advisories) {
    const url = nonEmptyString(advisory.url);
    const advisoryRank = rank(severityOf(advisory.severity));
    if (url !== undefined && (best === undefined || advisoryRank > best.rank))
      best = { url, rank: advisoryRank };
  }
  return best?.url;
}

/**
 * What npm printed instead of a report, as "got …": `npm's error ENOLOCK: 'This command requires an
 * existing lockfile.'`, or the older shape it is not.
 */
function npmErrorOf(data: Record<string, unknown>): string | undefined {
  if (isRecord(data.error)) {
    const code = nonEmptyString(data.error.code);
    const summary = nonEmptyString(data.error.summary);
    if (code !== undefined || summary !== undefined) {
      return `npm's error${code === undefined ? '' : ` ${code}`}: ${quoteValue(summary ?? '', 200)}`;
    }
  }
  if (isRecord(data.advisories)) return 'the npm 6 / pnpm shape ("advisories"), which is not read';
  const message = nonEmptyString(data.message);
  if (message !== undefined && 'statusCode' in data) return `npm's error: ${quoteValue(message, 200)}`;
  return undefined;
}
