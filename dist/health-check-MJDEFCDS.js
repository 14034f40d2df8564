import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  healthCheckSpec,
  healthMarkdown
} from "./chunk-Q5PVSLMV.js";
import {
  healthMetrics,
  healthWindow
} from "./chunk-VA645H5E.js";
import {
  formatPct,
  runHealthCheck
} from "./chunk-RTJV3R3G.js";
import "./chunk-RX3F5VXW.js";
import {
  require_node_os
} from "./chunk-UQCJ7XO3.js";
import "./chunk-ZHAPZBI3.js";
import "./chunk-2NKKUOZP.js";
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

// lib/actions/health-check.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function run() {
  await runActionBody(healthCheckSpec, async (inputs, ctx) => {
    const checks = await resolveChecks(inputs, [inputs.path], "input 'path'");
    const { schedule, limits } = healthWindow(inputs);
    const metrics = healthMetrics(inputs);
    const http = new HttpClient({ logger: ctx.logger, userAgent: "greenlight-health-check" });
    const result = await runHealthCheck({
      checks,
      probe: { baseUrl: inputs.url, protectionBypass: inputs["protection-bypass"] },
      schedule,
      limits,
      progressDeadlineMs: inputs["progress-deadline"],
      http,
      clock: systemClock,
      logger: ctx.logger,
      ...metrics
    });
    ctx.setOutput("healthy", result.healthy);
    ctx.setOutput("verdict", result.verdict);
    ctx.setOutput("failures", result.failures);
    ctx.setOutput("errors", result.errors);
    ctx.setOutput("error-rate", result.errorRatePct === void 0 ? "" : formatPct(result.errorRatePct));
    ctx.setOutput("p95-ms", result.p95Ms ?? "");
    ctx.setOutput("p99-ms", result.p99Ms ?? "");
    ctx.setOutput("reason", result.reason);
    const report = (0, import_node_path.join)(ctx.env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), `greenlight-health-check-${(0, import_node_crypto.randomUUID)()}.json`);
    await (0, import_promises.writeFile)(report, `${JSON.stringify(result, null, 2)}
`);
    ctx.setOutput("report", report);
    ctx.summary(healthMarkdown(result));
    if (!result.healthy) {
      ctx.annotate("error", [{ title: `health check ${result.verdict}`, message: result.reason }]);
      throw new ReportedFailure(`health check ${result.verdict}: ${result.reason}`);
    }
  });
}
export {
  run
};
