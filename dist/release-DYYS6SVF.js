import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  buildNoticeMessage,
  checkSlackTransport,
  notifySpec,
  runContext,
  sendNotice
} from "./chunk-X2IZUAQU.js";
import {
  StageCancelled,
  Timeline,
  timelineMarkdown
} from "./chunk-YYPBMCSK.js";
import {
  deploySpec,
  deployStep,
  refineDeployPath,
  runMeta
} from "./chunk-QKVZ35I5.js";
import {
  isNewer,
  promoteWithCas,
  wasRolledBackFrom
} from "./chunk-EWJTUPFM.js";
import {
  describeFailure
} from "./chunk-DUVOUHE5.js";
import {
  convergeRollback
} from "./chunk-NHROQS4T.js";
import {
  ReleaseRecords,
  commandInputs,
  makeProvider,
  providerInputs
} from "./chunk-BFITUC6B.js";
import "./chunk-JVNNI34W.js";
import "./chunk-WYBCRY7A.js";
import "./chunk-DXBS64VD.js";
import "./chunk-DTPFYEBS.js";
import "./chunk-FIBZ7MMC.js";
import {
  resultsTable,
  smokeTestReport
} from "./chunk-X7OC5GFZ.js";
import {
  healthCheckSpec,
  healthMarkdown
} from "./chunk-Q5PVSLMV.js";
import {
  healthMetrics,
  healthWindow
} from "./chunk-VA645H5E.js";
import {
  runHealthCheck
} from "./chunk-RTJV3R3G.js";
import "./chunk-RX3F5VXW.js";
import {
  checksText
} from "./chunk-ZHAPZBI3.js";
import {
  runChecks
} from "./chunk-2NKKUOZP.js";
import {
  parseChecks,
  parseStatusSet
} from "./chunk-DPEQO4DT.js";
import "./chunk-CB6XYMLR.js";
import "./chunk-4SUBSKSH.js";
import "./chunk-W775HOUI.js";
import {
  runActionBody
} from "./chunk-O6CT3JMY.js";
import "./chunk-BA2AZJKK.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import {
  defineAction,
  input
} from "./chunk-PWNCWC4J.js";
import {
  DURATION_LIMITS
} from "./chunk-3564UZ2R.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import "./chunk-RIBDMVJD.js";
import "./chunk-OCGFKFY4.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import "./chunk-QNM66WSQ.js";
import {
  ReportedFailure,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import "./chunk-5LQ3PGOO.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/actions/release.js
var import_node_path = __toESM(require_node_path(), 1);

// lib/release/cancel.js
function abortReason(signal) {
  const reason = signal.reason;
  if (reason instanceof Error && reason.message)
    return reason.message;
  if (typeof reason === "string" && reason)
    return reason;
  return "cancelled";
}
function untilAborted(signal, start) {
  if (!signal)
    return start();
  if (signal.aborted)
    return Promise.reject(new StageCancelled(abortReason(signal)));
  const work = start();
  return new Promise((resolve2, reject) => {
    const onAbort = () => reject(new StageCancelled(abortReason(signal)));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then((value) => {
      signal.removeEventListener("abort", onAbort);
      resolve2(value);
    }, (error) => {
      signal.removeEventListener("abort", onAbort);
      reject(error);
    });
  });
}
function boundAfterAbort(work, signal, graceMs, clock, fallback) {
  if (!signal)
    return work;
  return new Promise((resolve2, reject) => {
    const stopTimer = new AbortController();
    const onAbort = () => {
      clock.sleep(Math.max(0, graceMs()), stopTimer.signal).then(() => resolve2(fallback()), () => {
      });
    };
    if (signal.aborted)
      onAbort();
    else
      signal.addEventListener("abort", onAbort, { once: true });
    const settle = () => {
      stopTimer.abort();
      signal.removeEventListener("abort", onAbort);
    };
    work.then((value) => {
      settle();
      resolve2(value);
    }, (error) => {
      settle();
      reject(error);
    });
  });
}
async function settleWithin(work, ms, clock) {
  const stopTimer = new AbortController();
  try {
    await Promise.race([
      work.then(() => void 0, () => void 0),
      clock.sleep(Math.max(0, ms), stopTimer.signal).catch(() => void 0)
    ]);
  } finally {
    stopTimer.abort();
  }
}

// lib/release/release.js
var CANCEL_BUDGET_MS = 6e3;
var PROMOTE_SETTLE_MS = 2e3;
var CUTOFF_SLACK_MS = 500;
var RECORDS_AFTER_CANCEL_MS = 1e3;
var SMOKE_RETRY_ON = parseStatusSet("404, 429, 5xx");
async function release(options) {
  const { signal } = options;
  let cancelledAt;
  const noteCancel = () => {
    cancelledAt ??= options.clock.now();
  };
  if (signal?.aborted)
    noteCancel();
  else
    signal?.addEventListener("abort", noteCancel, { once: true });
  try {
    return await releaseSteps(options, () => cancelledAt);
  } finally {
    signal?.removeEventListener("abort", noteCancel);
  }
}
async function releaseSteps(options, cancelledAt) {
  const { provider, clock, logger, records, signal } = options;
  const timeline = new Timeline(clock, void 0, logger);
  const cancelBudgetMs = options.cancelBudgetMs ?? CANCEL_BUDGET_MS;
  let deployment;
  let previous;
  const done = (outcome, reason, extra = {}) => ({
    outcome,
    reason,
    deployment,
    previous,
    cancelled: false,
    timeToRollbackMs: void 0,
    stages: timeline.stages,
    smoke: void 0,
    health: void 0,
    rollback: void 0,
    ...extra
  });
  const cancelledBeforePromote = (extra = {}) => done("failed", `cancelled before production changed (${signal ? abortReason(signal) : "cancelled"}); production still serves ${previous?.id ?? "what it served before"}`, { ...extra, cancelled: true });
  const record = (work) => boundAfterAbort(work, signal, () => RECORDS_AFTER_CANCEL_MS, clock, () => void 0);
  const restore = async (why, details) => {
    const budgetEnd = () => (cancelledAt() ?? clock.now()) + cancelBudgetMs;
    const deadline = signal?.aborted ? budgetEnd() : clock.now() + options.rollbackTimeoutMs;
    const target = previous?.id;
    const rollback = await timeline.run("rollback", async () => {
      const result = await boundAfterAbort(convergeRollback(provider, { toDeploymentId: target, reason: why, deadline, clock, logger }), signal, () => budgetEnd() + CUTOFF_SLACK_MS - clock.now(), clock, () => ({
        outcome: "rollback_failed",
        toDeploymentId: target,
        fromDeploymentId: void 0,
        attempts: 0,
        reason: `production was not confirmed back on ${target ?? "the previous deployment"} within ${formatDuration(cancelBudgetMs)} of the cancel`
      }));
      return { ...result, detail: result.reason };
    });
    const restoredAt = clock.now();
    const extra = { ...details.extra, rollback, cancelled: signal?.aborted === true };
    if (rollback.outcome === "noop" && details.mayBeUnchanged) {
      return done("failed", `${why}; production still serves ${rollback.toDeploymentId} (read back)`, extra);
    }
    if (rollback.outcome === "rollback_failed") {
      await record(records.rollbackFailed(deployment, rollback.reason));
      return done("rollback_failed", `${why}; ${rollback.reason}`, extra);
    }
    if (previous)
      await record(records.rolledBack(deployment, previous, why));
    return done("rolled_back", `${why}; production serves ${rollback.toDeploymentId} again`, {
      ...extra,
      timeToRollbackMs: details.noticedAt === void 0 ? void 0 : restoredAt - details.noticedAt
    });
  };
  try {
    ({ deployment, previous } = await timeline.run("deploy", () => untilAborted(signal, async () => {
      const r = await deployStep(provider, {
        path: options.deploy.path,
        environment: "production",
        staged: true,
        prebuilt: options.deploy.prebuilt,
        meta: options.deploy.meta,
        deadline: clock.now() + options.deploy.timeoutMs,
        alias: void 0,
        logger
      });
      return {
        ...r,
        outcome: r.reused ? "reused" : "ready",
        detail: `${r.deployment.id} ${r.deployment.url} (staged)`
      };
    })));
  } catch (error) {
    if (error instanceof StageCancelled)
      return cancelledBeforePromote();
    return done("failed", `deploy failed: ${errorMessage(error)}; production untouched`);
  }
  options.onDeployed?.({ deployment, previous });
  if (signal?.aborted)
    return cancelledBeforePromote();
  if (!options.force && await wasRolledBackFrom(provider, records, deployment.id)) {
    const reason = `this commit (${deployment.id}) was rolled back earlier; it is not promoted again unless force is true`;
    timeline.add({
      stage: "promote",
      startedAt: clock.now(),
      durationMs: 0,
      outcome: "refused",
      detail: reason
    });
    return done("rolled_back", reason);
  }
  await records.deployed(deployment, "production", true);
  let smoke;
  try {
    ({ report: smoke } = await timeline.run("smoke test", () => untilAborted(signal, async () => {
      const results = await runChecks(options.smoke.checks, {
        baseUrl: new URL(deployment.url),
        timeoutMs: 1e4,
        retries: 3,
        retryOnStatus: SMOKE_RETRY_ON,
        retryOnAssertion: false,
        followRedirects: true,
        protectionBypass: options.smoke.protectionBypass,
        clock
      }, options.http, { concurrency: 8, failFast: false });
      const report = smokeTestReport(deployment.url, results);
      return {
        report,
        outcome: report.passed ? "passed" : "failed",
        detail: `${report.total - report.failed}/${report.total} checks passed`
      };
    })));
  } catch (error) {
    if (error instanceof StageCancelled)
      return cancelledBeforePromote();
    return done("failed", `smoke test could not run: ${errorMessage(error)}; production untouched`);
  }
  if (!smoke.passed) {
    const failed = smoke.checks.filter((c) => c.outcome !== "passed").map((c) => `${c.name}: ${c.reasons.join("; ")}`);
    return done("smoke_failed", `smoke test failed on ${deployment.url}; production untouched (${failed.slice(0, 3).join(" | ")})`, { smoke });
  }
  if (signal?.aborted)
    return cancelledBeforePromote({ smoke });
  let promoteCall;
  let promoteSettled;
  let promoted;
  try {
    promoted = await timeline.run("promote", async () => {
      const r = await untilAborted(signal, () => {
        promoteCall = promoteWithCas(provider, {
          deploymentId: deployment.id,
          expectedCurrentId: previous?.id,
          deadline: clock.now() + options.promoteTimeoutMs,
          logger,
          clock,
          signal,
          target: deployment
        });
        promoteCall.then((settled) => promoteSettled = settled, () => void 0);
        return promoteCall;
      });
      return { ...r, detail: r.reason };
    });
  } catch (error) {
    if (error instanceof StageCancelled) {
      if (!promoteCall)
        return cancelledBeforePromote({ smoke });
      await settleWithin(promoteCall, PROMOTE_SETTLE_MS, clock);
      if (promoteSettled?.outcome === "superseded")
        return done("superseded", promoteSettled.reason, { smoke, cancelled: true });
      return restore(`cancelled during the promote (${error.message})`, {
        mayBeUnchanged: true,
        extra: { smoke }
      });
    }
    return afterFailedPromote(`promote failed: ${errorMessage(error)}`);
  }
  if (promoted.outcome === "superseded")
    return done("superseded", promoted.reason, { smoke });
  if (promoted.outcome === "promoted")
    await record(records.promoted(deployment));
  let firstFailureAt;
  let health2;
  try {
    ({ result: health2 } = await timeline.run("health check", () => untilAborted(signal, async () => {
      const r = await runHealthCheck({
        checks: options.health.checks,
        probe: { baseUrl: options.health.url, protectionBypass: options.smoke.protectionBypass },
        schedule: options.health.schedule,
        limits: options.health.limits,
        progressDeadlineMs: options.health.progressDeadlineMs,
        metricQueries: options.health.metricQueries,
        metrics: options.health.metrics,
        http: options.http,
        clock,
        logger,
        onMeasurement: (m) => {
          if (m.outcome !== "passed")
            firstFailureAt ??= m.startedAt;
        }
      });
      return { result: r, outcome: r.verdict, detail: r.reason };
    })));
  } catch (error) {
    if (error instanceof StageCancelled)
      return restore(`cancelled during the health check (${error.message})`, {
        mayBeUnchanged: false,
        extra: { smoke }
      });
    const newer = await newerLive();
    if (newer)
      return done("superseded", `health check could not run (${errorMessage(error)}), and a newer release (${newer.id}) serves production now; nothing was rolled back`, { smoke });
    return restore(`health check could not run: ${errorMessage(error)}`, {
      mayBeUnchanged: false,
      noticedAt: clock.now(),
      extra: { smoke }
    });
  }
  const live = await provider.production().catch(() => void 0);
  if (isNewer(live, deployment))
    return done("superseded", `a newer release (${live?.id}) took over production during the health check (${health2.verdict}); ${deployment.id} is not live and nothing was rolled back`, { smoke, health: health2 });
  if (health2.healthy && live && live.id !== deployment.id)
    return done("rolled_back", `production was moved back to ${live.id} during the health check (a rollback); ${deployment.id} is not live`, { smoke, health: health2 });
  if (health2.healthy)
    return done("promoted", `production serves ${deployment.id} and is healthy`, { smoke, health: health2 });
  return restore(`health check ${health2.verdict}: ${health2.reason}`, {
    mayBeUnchanged: false,
    noticedAt: firstFailureAt ?? clock.now(),
    extra: { smoke, health: health2 }
  });
  async function newerLive() {
    if (!deployment)
      return void 0;
    const live2 = await provider.production().catch(() => void 0);
    return isNewer(live2, deployment) ? live2 : void 0;
  }
  async function afterFailedPromote(why) {
    try {
      const live2 = await untilAborted(signal, () => provider.production());
      if (deployment && isNewer(live2, deployment))
        return done("superseded", `${why}; production serves ${live2?.id}, a newer release, so nothing is rolled back`, { smoke });
      if (live2?.id === previous?.id)
        return done("failed", `${why}; production still serves ${previous?.id ?? "nothing"} (read back)`, {
          smoke
        });
      logger.warning(`${why}; production serves ${live2?.id ?? "nothing"} now: rolling back to ${previous?.id}`);
    } catch (error) {
      if (!(error instanceof StageCancelled))
        logger.warning(`${why}; production could not be read back (${errorMessage(error)}): rolling back`);
    }
    return restore(why, { mayBeUnchanged: true, extra: { smoke } });
  }
}

// lib/runtime/cancellation.js
var SIGNALS = ["SIGINT", "SIGTERM"];
function watchRunnerCancellation(logger) {
  const controller = new AbortController();
  const onSignal = (received) => {
    if (controller.signal.aborted) {
      logger.warning(`received ${received} again; still finishing (restoring production first)`);
      return;
    }
    logger.warning(`received ${received}: the run was cancelled or the job timed out; stopping`);
    controller.abort(new Error(`received ${received}`));
  };
  for (const name of SIGNALS)
    process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of SIGNALS)
        process.off(name, onSignal);
    }
  };
}

// lib/actions/release.inputs.js
var health = healthCheckSpec.inputs;
var slack = notifySpec.inputs;
var releaseSpec = defineAction({
  name: "release",
  inputs: {
    ...providerInputs,
    ...commandInputs,
    path: deploySpec.inputs.path,
    prebuilt: deploySpec.inputs.prebuilt,
    "allow-outside-workspace": deploySpec.inputs["allow-outside-workspace"],
    timeout: input.duration({
      description: "Deadline for the deploy (build and upload); on expiry the deployment is cancelled.",
      default: "15m",
      max: DURATION_LIMITS.deadline
    }),
    "production-url": input.url({
      description: "The URL production serves on (your production domain), health-checked after the promote.",
      required: true
    }),
    "smoke-checks": input.custom(checksText("smoke-checks"), {
      description: "Checks for the staged deployment before it gets traffic, inline YAML or JSON (smoke-test format). Default: GET / answers 2xx. 404, 429 and 5xx are retried while it warms up."
    }),
    "health-checks": input.custom(checksText("health-checks"), {
      description: "Checks every health measurement runs on production-url, inline YAML or JSON (smoke-test format). Default: GET / answers 2xx."
    }),
    interval: health.interval,
    count: health.count,
    duration: health.duration,
    "initial-delay": health["initial-delay"],
    "failure-limit": health["failure-limit"],
    "measurement-retries": health["measurement-retries"],
    "consecutive-error-limit": health["consecutive-error-limit"],
    "max-error-rate": health["max-error-rate"],
    "max-p95-ms": health["max-p95-ms"],
    "max-p99-ms": health["max-p99-ms"],
    "consecutive-success-limit": health["consecutive-success-limit"],
    "progress-deadline": health["progress-deadline"],
    "protection-bypass": health["protection-bypass"],
    "metrics-url": health["metrics-url"],
    "metric-queries": health["metric-queries"],
    "metrics-token": health["metrics-token"],
    force: input.boolean({
      description: "Promote this commit even if it was rolled back before (by default a re-run does not promote a rolled-back commit again).",
      default: "false"
    }),
    "rollback-timeout": input.duration({
      description: "Deadline for converging production back when the health check fails or a failed promote may have taken effect (after a cancel: 6s).",
      default: "5m",
      max: DURATION_LIMITS.deadline
    }),
    "slack-webhook-url": input.custom((raw) => String(slack["webhook-url"].parse(raw)), {
      description: "Optional: post Slack notices (started, then promoted, rolled back, rollback failed or failed) to this incoming webhook, masked. See docs/notify.md.",
      secret: true
    }),
    "slack-bot-token": input.string({
      description: "Optional, instead of slack-webhook-url: a bot token (xoxb-\u2026, chat:write), masked; the release posts one message in slack-channel and updates it in place, with a thread reply per notice.",
      secret: true
    }),
    "slack-channel": input.string({
      description: "With slack-bot-token: the channel id (C0123456789) or #name."
    }),
    "slack-ts": input.string({
      pattern: /^\d+\.\d+$/,
      expected: "a Slack message timestamp like 1700000000.123456 (a notice's slack-ts output)",
      description: "With slack-bot-token: an earlier notice's timestamp (e.g. the pipeline's), to update that message and reply in its thread instead of posting a new one."
    }),
    "slack-api-url": slack["slack-api-url"]
  },
  outputs: {
    outcome: "promoted, superseded, smoke_failed, rolled_back, rollback_failed or failed (stopped before production changed: the deploy failed, the run was cancelled before the promote, or the promote failed and production, read back, still serves the previous deployment). All but promoted and superseded fail the step. A run cancelled after the promote ends rolled_back or rollback_failed.",
    "deployment-id": "The staged deployment this release built (or reused on a re-run).",
    "previous-deployment-id": "Production deployment before this release: the rollback target.",
    url: "Unique URL of the deployment.",
    "time-to-rollback-ms": "After a rollback: ms from the first failed health probe to production confirmed restored (empty otherwise).",
    "slack-ts": "The Slack message's timestamp (with slack-bot-token): pass it on to thread later notices."
  },
  refine: (values, env) => {
    checkSlackTransport({
      webhook: values["slack-webhook-url"],
      token: values["slack-bot-token"],
      channel: values["slack-channel"]
    }, { webhook: "slack-webhook-url", token: "slack-bot-token", channel: "slack-channel" }, false);
    return refineDeployPath(values, env);
  }
});

// lib/actions/release.js
var HEAD = {
  promoted: "\u2705 Released",
  superseded: "\u23ED\uFE0F Superseded",
  smoke_failed: "\u274C Smoke test failed (production untouched)",
  rolled_back: "\u21A9\uFE0F Rolled back",
  rollback_failed: "\u{1F6A8} Rollback failed",
  failed: "\u274C Release failed (production not changed)"
};
var RED = /* @__PURE__ */ new Set([
  "smoke_failed",
  "rolled_back",
  "rollback_failed",
  "failed"
]);
async function run() {
  let cancellation;
  try {
    await runActionBody(releaseSpec, async (inputs, ctx) => {
      cancellation = watchRunnerCancellation(ctx.logger);
      await releaseBody(inputs, ctx, cancellation.signal);
    });
  } finally {
    if (cancellation?.signal.aborted)
      process.exit();
    cancellation?.dispose();
  }
}
var NOTICE_STATUS = {
  promoted: "promoted",
  superseded: "succeeded",
  smoke_failed: "failed",
  rolled_back: "rolled_back",
  rollback_failed: "rollback_failed",
  failed: "failed"
};
function releaseNotice(result, durationMs) {
  const failedStage = result.stages.find((stage) => !["ready", "passed", "promoted", "healthy", "reused"].includes(stage.outcome));
  return {
    status: NOTICE_STATUS[result.outcome],
    environment: "production",
    ...result.deployment ? { url: result.deployment.url, deployment: result.deployment.id } : {},
    ...result.previous ? { previousDeployment: result.previous.id } : {},
    ...result.outcome !== "promoted" ? { reason: result.reason } : {},
    ...RED.has(result.outcome) && failedStage ? { stage: failedStage.stage } : {},
    durationMs
  };
}
function releaseNotices(inputs, ctx) {
  const webhook = inputs["slack-webhook-url"];
  const token = inputs["slack-bot-token"];
  let ts = inputs["slack-ts"];
  return {
    async send(notice) {
      if (!webhook && !token)
        return;
      const transport = webhook ? { kind: "webhook", url: webhook } : {
        kind: "bot",
        token,
        channel: inputs["slack-channel"],
        ...ts ? { ts } : {},
        apiUrl: inputs["slack-api-url"].href
      };
      const delivery = await sendNotice(transport, buildNoticeMessage(notice, runContext(ctx.env)), {
        logger: ctx.logger,
        clock: systemClock
      });
      if (delivery.ok && delivery.ts) {
        ts = delivery.ts;
        ctx.setOutput("slack-ts", delivery.ts);
      }
      if (!delivery.ok && delivery.failure)
        ctx.annotate("warning", [
          {
            title: "Slack notice not sent",
            message: `${notice.status}: ${describeFailure(delivery.failure)}`
          }
        ]);
    }
  };
}
async function releaseBody(inputs, ctx, signal) {
  const smokeChecks = parseChecks(inputs["smoke-checks"] ?? "[/]", inputs["smoke-checks"] ? "input 'smoke-checks'" : "default smoke checks");
  const healthChecks = parseChecks(inputs["health-checks"] ?? "[/]", inputs["health-checks"] ? "input 'health-checks'" : "default health checks");
  const notices = releaseNotices(inputs, ctx);
  const { schedule, limits } = healthWindow({ ...inputs, timeout: void 0 });
  const metrics = healthMetrics(inputs);
  const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
  const records = await ReleaseRecords.create(inputs["github-token"], ctx.env, {
    http,
    clock: systemClock,
    logger: ctx.logger
  });
  let deployedWritten = false;
  let result;
  const started = systemClock.now();
  await notices.send({ status: "started", environment: "production", url: inputs["production-url"].href });
  try {
    result = await release({
      provider,
      http,
      clock: systemClock,
      logger: ctx.logger,
      records,
      deploy: {
        path: (0, import_node_path.resolve)(inputs.path),
        prebuilt: inputs.prebuilt,
        meta: runMeta(ctx.env, "production"),
        timeoutMs: inputs.timeout
      },
      smoke: { checks: smokeChecks, protectionBypass: inputs["protection-bypass"] },
      health: {
        url: inputs["production-url"],
        checks: healthChecks,
        schedule,
        limits,
        progressDeadlineMs: inputs["progress-deadline"],
        ...metrics
      },
      force: inputs.force,
      promoteTimeoutMs: 5 * 6e4,
      rollbackTimeoutMs: inputs["rollback-timeout"],
      signal,
      onDeployed: ({ deployment, previous }) => {
        ctx.setOutput("deployment-id", deployment.id);
        ctx.setOutput("previous-deployment-id", previous?.id ?? "");
        ctx.setOutput("url", deployment.url);
        deployedWritten = true;
      }
    });
  } catch (error) {
    ctx.setOutput("outcome", "failed");
    await notices.send({
      status: "failed",
      environment: "production",
      reason: errorMessage(error),
      durationMs: systemClock.now() - started
    });
    throw error;
  }
  await notices.send(releaseNotice(result, systemClock.now() - started));
  ctx.setOutput("outcome", result.outcome);
  if (!deployedWritten) {
    ctx.setOutput("deployment-id", "");
    ctx.setOutput("previous-deployment-id", result.previous?.id ?? "");
    ctx.setOutput("url", "");
  }
  ctx.setOutput("time-to-rollback-ms", result.timeToRollbackMs === void 0 ? "" : Math.round(result.timeToRollbackMs));
  const cancelled = result.cancelled ? "\u{1F6D1} Cancelled \u2014 " : "";
  const parts = [
    `### ${cancelled}${HEAD[result.outcome]}: ${result.deployment?.id ?? "no deployment"}`,
    result.reason,
    timelineMarkdown(result.stages)
  ];
  if (result.timeToRollbackMs !== void 0) {
    parts.push(`Time from the first failed probe to production restored: **${formatDuration(result.timeToRollbackMs)}**`);
  }
  if (result.smoke && result.deployment)
    parts.push(`#### Smoke test of ${result.deployment.url}

${resultsTable(result.smoke.checks)}`);
  if (result.health)
    parts.push(healthMarkdown(result.health));
  ctx.summary(parts.join("\n\n"));
  if (result.outcome === "superseded")
    ctx.annotate("warning", [{ title: "release superseded", message: result.reason }]);
  if (RED.has(result.outcome)) {
    ctx.annotate("error", [{ title: `release ${result.outcome}`, message: result.reason }]);
    throw new ReportedFailure(`release ${result.outcome}: ${result.reason}`);
  }
}
export {
  run
};
