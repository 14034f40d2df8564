import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  percentile
} from "./chunk-2NKKUOZP.js";
import {
  codeSpan,
  markdownTable
} from "./chunk-BA2AZJKK.js";

// lib/probes/report.js
function smokeTestReport(url, checks) {
  const latencies = checks.flatMap((c) => c.latencyMs === void 0 ? [] : [c.latencyMs]);
  const failed = checks.filter((c) => c.outcome === "failed" || c.outcome === "error").length;
  const skipped = checks.filter((c) => c.outcome === "skipped").length;
  return {
    url,
    passed: failed === 0 && skipped === 0 && checks.length > 0,
    total: checks.length,
    failed,
    skipped,
    p95Ms: percentile(latencies, 95),
    checks
  };
}
var ICON = {
  passed: "\u2705 passed",
  failed: "\u274C failed",
  error: "\u274C error",
  skipped: "\u23ED\uFE0F skipped"
};
function resultsTable(checks) {
  return markdownTable(["Check", "Path", "Status", "Latency (ms)", "Attempts", "Result", "Reason"], checks.map((c) => [
    c.name,
    codeSpan(`${c.method} ${c.path}`),
    c.status === void 0 ? "\u2014" : String(c.status),
    c.latencyMs === void 0 ? "\u2014" : String(c.latencyMs),
    String(c.attempts),
    ICON[c.outcome],
    c.reasons.join("; ")
  ]));
}
function smokeTestMarkdown(report) {
  const head = report.passed ? `### \u2705 Smoke test passed: ${report.total} of ${report.total} checks` : `### \u274C Smoke test failed: ${report.failed} of ${report.total} checks failed${report.skipped ? `, ${report.skipped} skipped` : ""}`;
  const p95 = report.p95Ms === void 0 ? "" : ` \xB7 p95 ${report.p95Ms} ms`;
  return `${head}

Target: ${report.url}${p95}

${resultsTable(report.checks)}`;
}

export {
  smokeTestReport,
  resultsTable,
  smokeTestMarkdown
};
