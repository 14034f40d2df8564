import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  placeholdersIn
} from "./chunk-RTJV3R3G.js";
import {
  assertFitsDeadline,
  resolveSchedule
} from "./chunk-RX3F5VXW.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";

// lib/health/window-inputs.js
function healthWindow(inputs) {
  const schedule = {
    intervalMs: inputs.interval,
    count: inputs.count,
    durationMs: inputs.duration,
    initialDelayMs: inputs["initial-delay"],
    timeoutMs: inputs.timeout,
    retries: inputs["measurement-retries"]
  };
  assertFitsDeadline(resolveSchedule(schedule), inputs["progress-deadline"]);
  return {
    schedule,
    limits: {
      failureLimit: inputs["failure-limit"],
      consecutiveErrorLimit: inputs["consecutive-error-limit"],
      ...inputs["consecutive-success-limit"] !== void 0 ? { consecutiveSuccessLimit: inputs["consecutive-success-limit"] } : {},
      maxErrorRatePct: inputs["max-error-rate"],
      maxP95Ms: inputs["max-p95-ms"],
      maxP99Ms: inputs["max-p99-ms"]
    }
  };
}
function healthMetrics(inputs, options = {}) {
  const queries = inputs["metric-queries"] ?? [];
  if (queries.length === 0)
    return {};
  const url = inputs["metrics-url"];
  if (!url)
    throw new ConfigurationError("input 'metrics-url': required when 'metric-queries' is given, but not supplied");
  for (const q of options.placeholdersFilled ? [] : queries) {
    const [used] = placeholdersIn(q.query);
    if (used !== void 0) {
      throw new ConfigurationError(`input 'metric-queries': query '${q.name}' holds {{${used}}}, which this action cannot fill (placeholders are for callers of runHealthCheck that pass variables, such as a canary controller)`);
    }
  }
  return { metricQueries: queries, metrics: { baseUrl: url, token: inputs["metrics-token"] } };
}

export {
  healthWindow,
  healthMetrics
};
