import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  parseChecks,
  parseStatusSet
} from "./chunk-DPEQO4DT.js";
import {
  defineAction,
  input
} from "./chunk-PWNCWC4J.js";
import {
  DURATION_LIMITS
} from "./chunk-3564UZ2R.js";

// lib/actions/smoke-test.inputs.js
function checksText(name) {
  return (raw) => {
    parseChecks(raw, `input '${name}'`);
    return raw;
  };
}
var smokeTestSpec = defineAction({
  name: "smoke-test",
  inputs: {
    url: input.url({
      description: "Base URL to test, e.g. the unique URL of a staged deployment.",
      required: true
    }),
    checks: input.custom(checksText("checks"), {
      description: "Checks as an inline YAML or JSON list. Each: name, path, method, headers, body, expect (status, body-contains, body-matches, json, headers, max-latency-ms). Without checks or config, GET / must answer 2xx."
    }),
    config: input.string({
      description: "Path to a YAML or JSON file holding the checks (instead of `checks`)."
    }),
    retries: input.number({
      description: "Retries per check after the first attempt, on connection errors, timeouts and retry-on-status.",
      default: "3",
      integer: true,
      min: 0,
      max: 20
    }),
    timeout: input.duration({
      description: "Timeout of each request, e.g. 10s.",
      default: "10s",
      max: DURATION_LIMITS.request
    }),
    concurrency: input.number({
      description: "Checks in flight at once.",
      default: "8",
      integer: true,
      min: 1,
      max: 64
    }),
    "protection-bypass": input.string({
      description: "Vercel Deployment Protection bypass secret, sent as the x-vercel-protection-bypass header (never to another origin) and masked.",
      secret: true
    }),
    "follow-redirects": input.boolean({
      description: "Follow redirects (true) or judge the 3xx answer itself (false).",
      default: "true"
    }),
    "fail-fast": input.boolean({
      description: "Stop starting new checks after the first failure.",
      default: "false"
    }),
    "retry-on-status": input.custom(parseStatusSet, {
      description: "Statuses that earn a retry, as codes, ranges or classes, comma-separated. Add 404 to wait for a warming-up deployment.",
      default: "429, 5xx"
    }),
    "retry-on-assertion": input.boolean({
      description: "Also retry an answered request whose assertions failed.",
      default: "false"
    })
  },
  outputs: {
    passed: "'true' when every check passed, else 'false'.",
    total: "Number of checks.",
    failed: "Number of checks that failed or got no answer.",
    "p95-ms": "95th percentile latency of the answered checks, in ms (empty when none answered).",
    report: "Path of the JSON report with every check result."
  }
});

export {
  checksText,
  smokeTestSpec
};
