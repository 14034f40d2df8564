import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { auditProblems, detectFormat, parseReport } from '../../../src/gates/reports/index.js';
import type { GateReport } from '../../../src/gates/types.js';

// npm-audit.json is real `npm audit --json` output (npm 11) on the fixture project, with npm pointed
// at a loopback registry that answers the bulk advisory request (POST
// /-/npm/v1/security/advisories/bulk) with two advisories — the registry these machines reach
// refuses that request (npm-audit-error.json). test/e2e/gate.test.ts runs the same through the
// audit preset. The other fixtures are the errors npm really printed.

function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8');
}

const options = { root: '/repo', cwd: '/repo/app' };
const EXPECTED = `input 'report': expected npm audit --json output of npm 7 or later (an object with "vulnerabilities")`;

describe('npm-audit', () => {
  it('reads each vulnerable package: severity, advisory title, link; a dependent names what it depends on', () => {
    const report = parseReport(fixture('npm-audit/npm-audit.json'), 'npm-audit', options);
    expect(report.problems).toEqual([
      {
        severity: 'error',
        message: 'high: Command Injection in lodash (lodash)',
        rule: 'lodash',
        url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
      },
      {
        severity: 'error',
        message: 'low: Prototype Pollution in minimist (minimist)',
        rule: 'minimist',
        url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
      },
      { severity: 'error', message: 'low: depends on vulnerable minimist (optimist)', rule: 'optimist' },
    ]);
    expect(auditProblems(report, 'moderate').problems.map((problem) => problem.severity)).toEqual([
      'error',
      'notice',
      'notice',
    ]);
    expect(detectFormat(fixture('npm-audit/npm-audit.json'), 'audit.json')).toBe('npm-audit');
  });

  it("names npm's ENOLOCK error (no lockfile) in one line", () => {
    const text = fixture('npm-audit/npm-audit-enolock.json');
    expect(() => parseReport(text, 'npm-audit', options)).toThrow(ConfigurationError);
    expect(() => parseReport(text, 'npm-audit', options)).toThrow(
      `${EXPECTED}, got npm's error ENOLOCK: 'This command requires an existing lockfile.'`,
    );
  });

  it("names the audit endpoint's refusal that npm printed", () => {
    expect(() => parseReport(fixture('npm-audit/npm-audit-error.json'), 'npm-audit', options)).toThrow(
      `${EXPECTED}, got npm's error: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk'`,
    );
  });

  it('refuses other reports and the npm 6 / pnpm shape', () => {
    expect(() => parseReport(fixture('eslint/eslint.json'), 'npm-audit', options)).toThrow(
      /^input 'report': expected npm audit --json output of npm 7 or later \(an object with "vulnerabilities"\), got a JSON array /,
    );
    expect(() => parseReport('{"advisories": {}, "metadata": {}}', 'npm-audit', options)).toThrow(
      `${EXPECTED}, got the npm 6 / pnpm shape ("advisories"), which is not read`,
    );
  });

  it('reads a report without vulnerabilities as no problems', () => {
    const clean = '{ "auditReportVersion": 2, "vulnerabilities": {}, "metadata": {} }';
    expect(parseReport(clean, 'npm-audit', options)).toEqual({
      format: 'npm-audit',
      problems: [],
      tests: [],
    });
  });

  it('is detected from the file name when npm printed an error instead of a report', () => {
    expect(detectFormat(fixture('npm-audit/npm-audit-enolock.json'))).toBeUndefined();
    expect(detectFormat(fixture('npm-audit/npm-audit-enolock.json'), 'reports/npm-audit.json')).toBe(
      'npm-audit',
    );
  });
});

describe('auditProblems', () => {
  const report: GateReport = {
    format: 'npm-audit',
    problems: [
      { severity: 'error', message: 'critical: Prototype Pollution (minimist <0.2.4)', rule: 'minimist' },
      { severity: 'error', message: 'moderate: ReDoS (lodash <4.17.21)', rule: 'lodash' },
      {
        severity: 'error',
        message: 'low: depends on vulnerable minimist (optimist >=0.6.0)',
        rule: 'optimist',
      },
    ],
    tests: [],
  };

  it('makes findings below the level notices and those at or above it errors', () => {
    expect(
      auditProblems(report, 'moderate').problems.map((problem) => [problem.rule, problem.severity]),
    ).toEqual([
      ['minimist', 'error'],
      ['lodash', 'error'],
      ['optimist', 'notice'],
    ]);
    expect(auditProblems(report, 'critical').problems.map((problem) => problem.severity)).toEqual([
      'error',
      'notice',
      'notice',
    ]);
    expect(auditProblems(report, 'low').problems.map((problem) => problem.severity)).toEqual([
      'error',
      'error',
      'error',
    ]);
  });

  it('leaves other reports alone', () => {
    const eslint: GateReport = {
      format: 'eslint-json',
      problems: [{ severity: 'error', message: 'low: x' }],
      tests: [],
    };
    expect(auditProblems(eslint, 'critical')).toEqual(eslint);
  });
});
