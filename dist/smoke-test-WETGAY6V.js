import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  smokeTestMarkdown,
  smokeTestReport
} from "./chunk-X7OC5GFZ.js";
import {
  require_node_os
} from "./chunk-UQCJ7XO3.js";
import {
  smokeTestSpec
} from "./chunk-ZHAPZBI3.js";
import {
  runChecks
} from "./chunk-2NKKUOZP.js";
import {
  resolveChecks
} from "./chunk-DPEQO4DT.js";
import "./chunk-CB6XYMLR.js";
import "./chunk-4SUBSKSH.js";
import {
  HttpClient
} from "./chunk-W775HOUI.js";
import {
  runActionBody
} from "./chunk-O6CT3JMY.js";
import "./chunk-BA2AZJKK.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import "./chunk-PWNCWC4J.js";
import "./chunk-3564UZ2R.js";
import "./chunk-BB4YEEFY.js";
import {
  require_node_crypto
} from "./chunk-RIBDMVJD.js";
import "./chunk-OCGFKFY4.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  require_promises
} from "./chunk-QNM66WSQ.js";
import {
  ReportedFailure
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/actions/smoke-test.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function run() {
  await runActionBody(smokeTestSpec, async (inputs, ctx) => {
    const checks = await resolveChecks(inputs, ["/"], "default checks");
    const http = new HttpClient({ logger: ctx.logger, userAgent: "greenlight-smoke-test" });
    ctx.logger.info(`Smoke-testing ${inputs.url.origin} with ${checks.length} check(s)`);
    const results = await runChecks(checks, {
      baseUrl: inputs.url,
      timeoutMs: inputs.timeout,
      retries: inputs.retries,
      retryOnStatus: inputs["retry-on-status"],
      retryOnAssertion: inputs["retry-on-assertion"],
      followRedirects: inputs["follow-redirects"],
      protectionBypass: inputs["protection-bypass"],
      clock: systemClock
    }, http, { concurrency: inputs.concurrency, failFast: inputs["fail-fast"] });
    const report = smokeTestReport(inputs.url.href, results);
    const path = (0, import_node_path.join)(ctx.env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), `greenlight-smoke-test-${(0, import_node_crypto.randomUUID)()}.json`);
    await (0, import_promises.writeFile)(path, `${JSON.stringify(report, null, 2)}
`);
    for (const r of results) {
      const line = `${r.outcome.padEnd(7)} ${r.name} (${r.method} ${r.path}) ${r.status ?? "\u2014"} ${r.latencyMs ?? "\u2014"} ms`;
      ctx.logger.info(r.reasons.length ? `${line}: ${r.reasons.join("; ")}` : line);
    }
    ctx.setOutput("passed", report.passed);
    ctx.setOutput("total", report.total);
    ctx.setOutput("failed", report.failed);
    ctx.setOutput("p95-ms", report.p95Ms ?? "");
    ctx.setOutput("report", path);
    ctx.summary(smokeTestMarkdown(report));
    const bad = results.filter((r) => r.outcome === "failed" || r.outcome === "error");
    ctx.annotate("error", bad.map((r) => ({
      title: `smoke test: ${r.name}`,
      message: `${r.method} ${r.path}: ${r.reasons.join("; ")}`
    })));
    if (!report.passed) {
      const names = bad.map((r) => r.name);
      const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
      throw new ReportedFailure(`smoke test failed: ${report.failed} of ${report.total} checks failed${shown ? ` (${shown})` : ""}${report.skipped ? `, ${report.skipped} skipped` : ""}`);
    }
  });
}
export {
  run
};
