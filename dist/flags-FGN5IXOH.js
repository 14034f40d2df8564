import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  BUCKET_BY,
  FLAG_OPERATIONS,
  ON_FAILURE,
  applyFlagOperation,
  checkFlagRequest,
  commitMessage,
  measureShare,
  parseFlagDocument,
  parseStages,
  progressRepository,
  readManagedFlag,
  validateFlagDocument,
  writeFileWithRetry
} from "./chunk-JTXF3I4Q.js";
import {
  vercelErrorFormat,
  workflowRunUrlFrom
} from "./chunk-WYBCRY7A.js";
import {
  healthMetrics
} from "./chunk-VA645H5E.js";
import {
  parseMetricQueries
} from "./chunk-RTJV3R3G.js";
import "./chunk-RX3F5VXW.js";
import "./chunk-2NKKUOZP.js";
import {
  parseChecks
} from "./chunk-DPEQO4DT.js";
import "./chunk-CB6XYMLR.js";
import "./chunk-4SUBSKSH.js";
import {
  HttpClient
} from "./chunk-W775HOUI.js";
import {
  runActionBody
} from "./chunk-O6CT3JMY.js";
import {
  codeSpan,
  markdownTable
} from "./chunk-BA2AZJKK.js";
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
import "./chunk-BGYQRYCX.js";
import "./chunk-PQDK4F2P.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import {
  HttpError
} from "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import "./chunk-V24XHRWZ.js";
import "./chunk-QNM66WSQ.js";
import {
  ConfigurationError,
  ReportedFailure,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import "./chunk-G7PDO2DP.js";
import "./chunk-TTC2ININ.js";

// lib/flags/canary-report.js
var ACTION_WORDS = {
  advance: "\u2B06\uFE0F advance",
  "rollback-canary": "\u2B07\uFE0F back one stage",
  kill: "\u{1F6D1} kill",
  hold: "\u23F8\uFE0F hold"
};
function canaryMarkdown(decisions, environment) {
  const heading = `### \u{1F424} Canary flags (${environment})`;
  if (decisions.length === 0)
    return `${heading}

No flag is in a canary stage: nothing to do.`;
  const rows = decisions.map((decision) => [
    codeSpan(decision.flag),
    `${decision.stage}%${decision.stageNumber > 0 ? ` (stage ${decision.stageNumber}/${decision.stages.length})` : ""}`,
    decision.heldMs === void 0 ? "" : `${formatDuration(decision.heldMs)} of ${formatDuration(decision.holdMs)}`,
    decision.verdict,
    decision.superseded ? "left alone (another change came first)" : decision.failed ? `\u26A0\uFE0F ${decision.action} not written` : ACTION_WORDS[decision.action],
    decision.reason,
    decision.commitSha ? codeSpan(decision.commitSha.slice(0, 7)) : ""
  ]);
  return `${heading}

${markdownTable(["flag", "stage", "held", "verdict", "decision", "why", "commit"], rows)}`;
}

// lib/flags/change.js
async function changeFlag(options) {
  const { file, request } = options;
  let last;
  let lastText;
  const edit = (current) => {
    lastText = current;
    last = applyFlagOperation(current, request, file.path);
    if (last.changed)
      options.checkNewText?.(last.text);
    if (!last.changed || options.dryRun)
      return void 0;
    return {
      text: last.text,
      message: commitMessage(last, request, {
        environment: options.environment,
        ...options.workflowRunUrl ? { workflowRunUrl: options.workflowRunUrl } : {}
      })
    };
  };
  const written = await writeFileWithRetry(options.octokit, file, edit, {
    mode: options.mode,
    clock: options.clock,
    logger: options.logger
  });
  const change = last;
  if (!change)
    throw new Error("the flag file was never read");
  const text = change.changed ? change.text : lastText ?? "";
  return {
    changed: change.changed,
    before: change.before,
    after: change.after,
    description: change.description,
    share: text ? measureShare(text, request.flag) : 0,
    ...written.commitSha ? { commitSha: written.commitSha } : {},
    ...written.commitUrl ? { commitUrl: written.commitUrl } : {},
    ...written.pullRequestUrl ? { pullRequestUrl: written.pullRequestUrl } : {},
    attempts: written.attempts,
    text
  };
}

// lib/flags/edge-config.js
var VERCEL_API_URL = "https://api.vercel.com";
var EDGE_CONFIG_ID = /^ecfg_[A-Za-z0-9]+$/;
var DEFAULT_EDGE_CONFIG_SIZE_LIMIT_BYTES = 65536;
function staticFlags(document) {
  const flags = {};
  for (const [key, json] of Object.entries(document.flags)) {
    const managed = readManagedFlag(json);
    if (!managed || !managed.enabled || json.targeting !== void 0)
      continue;
    flags[key] = managed.defaultVariant === "on";
  }
  return flags;
}
function edgeConfigItems(documentText, where = "the flag document") {
  if (documentText.trim() === "")
    throw new ConfigurationError(`${where}: expected a flagd JSON document, got an empty text`);
  const document = parseFlagDocument(documentText, where);
  validateFlagDocument(document, where);
  return [
    {
      operation: "upsert",
      key: "flagd",
      value: document,
      description: "The flagd flag document (OpenFeature), written by Greenlight; evaluate it with @openfeature/flagd-core."
    },
    {
      operation: "upsert",
      key: "flags",
      value: staticFlags(document),
      description: "Managed flags without targeting as {key: boolean}, for @flags-sdk/edge-config; written by Greenlight."
    }
  ];
}
function edgeConfigSizeBytes(items) {
  return Buffer.byteLength(JSON.stringify(Object.fromEntries(items.map((item) => [item.key, item.value]))));
}
var EdgeConfigSyncError = class extends ReportedFailure {
  status;
  input;
  name = "EdgeConfigSyncError";
  constructor(message, status, input2) {
    super(message);
    this.status = status;
    this.input = input2;
  }
};
function describeBadId(value) {
  if (value.trim() === "")
    return "nothing";
  if (/^[a-z]+:/i.test(value.trim()))
    return "a URL or connection string (pass only its ecfg_\u2026 id; the token in it stays secret)";
  return `${value.length} characters that do not match`;
}
function checkEdgeConfigSize(documentText, limitBytes, where) {
  const items = edgeConfigItems(documentText, where);
  const bytes = edgeConfigSizeBytes(items);
  if (bytes > limitBytes)
    throw new ConfigurationError(`input 'edge-config-size-limit': the Edge Config items flagd and flags are ${bytes} bytes, over the limit of ${limitBytes} bytes; nothing was sent (store limits: 8 KB Hobby, 64 KB Pro, 512 KB Enterprise, https://vercel.com/docs/pricing/edge-config)`);
  return { items, bytes };
}
async function syncEdgeConfig(options) {
  const { edgeConfigId, logger } = options;
  if (!EDGE_CONFIG_ID.test(edgeConfigId))
    throw new ConfigurationError(`input 'edge-config-id': expected an Edge Config id matching ${EDGE_CONFIG_ID.source}, got ${describeBadId(edgeConfigId)}`);
  if (options.token.trim() === "")
    throw new ConfigurationError("input 'vercel-token': expected a Vercel access token with access to the Edge Config");
  const limit = options.sizeLimitBytes ?? DEFAULT_EDGE_CONFIG_SIZE_LIMIT_BYTES;
  if (!Number.isInteger(limit) || limit <= 0)
    throw new ConfigurationError(`input 'edge-config-size-limit': expected a positive whole number of bytes (8192 Hobby, 65536 Pro, 524288 Enterprise), got ${String(limit)}`);
  const { items, bytes } = checkEdgeConfigSize(options.documentText, limit, options.where);
  const base = (options.apiUrl ?? VERCEL_API_URL).replace(/\/+$/, "");
  const query = options.teamId ? `?${new URLSearchParams({ teamId: options.teamId }).toString()}` : "";
  const url = `${base}/v1/edge-config/${encodeURIComponent(edgeConfigId)}/items${query}`;
  let answer;
  try {
    answer = await options.http.requestJson({
      method: "PATCH",
      url,
      headers: { authorization: `Bearer ${options.token}` },
      json: { items },
      idempotent: true,
      ...options.deadline !== void 0 ? { deadline: options.deadline } : {}
    }, vercelErrorFormat);
  } catch (error) {
    if (!(error instanceof HttpError))
      throw error;
    const status = error.kind === "status" ? error.status : void 0;
    const input2 = status === 401 || status === 403 ? "vercel-token" : status === 404 ? "edge-config-id" : void 0;
    const hint = input2 ? ` (check input '${input2}')` : "";
    throw new EdgeConfigSyncError(`Edge Config ${edgeConfigId}: ${error.message.replace(/\s+/g, " ")}${hint}`, status, input2);
  }
  if (answer?.status !== "ok")
    throw new EdgeConfigSyncError(`Edge Config ${edgeConfigId}: PATCH answered without {"status":"ok"} (${JSON.stringify(answer)?.slice(0, 200) ?? "no body"})`, void 0, void 0);
  logger.info(`Edge Config ${edgeConfigId}: upserted flagd and flags (${bytes} of ${limit} bytes; ${Object.keys(items[1].value).length} static flags)`);
  return { bytes, items: ["flagd", "flags"] };
}

// lib/actions/flags.inputs.js
var flagsSpec = defineAction({
  name: "flags",
  inputs: {
    operation: input.choice([...FLAG_OPERATIONS, "progress"], {
      description: "create (new flag, off), enable, disable, rollout (percentage), advance (next canary stage), rollback-canary (previous stage), kill (serve the code default, keep everything), restore, override (org \u2192 variant), remove-override, archive, canary (start a health-gated canary: health-url, hold, on-failure), pause / resume (a canary), or progress (the canary controller: one pass over every canary flag of the environment).",
      required: true
    }),
    flag: input.string({
      description: "The flag key: a letter or digit, then letters, digits, _, . or -. Required for every operation but progress."
    }),
    percentage: input.number({
      description: "rollout: percent of targeting keys served on, 0\u2013100 (0 = disable, 100 = enable).",
      min: 0,
      max: 100
    }),
    org: input.string({
      description: "override / remove-override: the organisation id (the orgId evaluation-context attribute)."
    }),
    variant: input.choice(["on", "off"], {
      description: "override: what org is served.",
      default: "on"
    }),
    environment: input.string({
      description: "The environment whose flag file changes (flags/<environment>.flagd.json).",
      default: "production",
      pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
      expected: "an environment name (letters, digits, _, . or -)"
    }),
    reason: input.string({
      description: "Why: recorded in the flag metadata and the commit. Required for production and for kill."
    }),
    file: input.string({
      description: "The flagd file in the repository; default flags/<environment>.flagd.json."
    }),
    "bucket-by": input.choice(BUCKET_BY, {
      description: "create: the evaluation-context attribute a rollout buckets by: targetingKey, or orgId (a context without one gets the default variant).",
      default: "targetingKey"
    }),
    stages: input.string({
      description: "create: the canary stages in percent, ascending, ending at 100 (default 1,10,25,50,100)."
    }),
    "health-url": input.url({
      description: "canary: where the canary cohort's health is measured (a base URL; the app can expose it, e.g. https://shop.example.com/api/health?flag=new-checkout)."
    }),
    checks: input.string({
      description: "canary: checks against health-url as inline YAML or JSON (the smoke-test format); default GET / must answer 2xx."
    }),
    hold: input.duration({
      description: "canary: the minimum time each stage is held before it is analysed.",
      default: "30m",
      max: DURATION_LIMITS.deadline
    }),
    "on-failure": input.choice(ON_FAILURE, {
      description: "canary: on an unhealthy stage go back one stage (previous-stage) or kill the flag.",
      default: "previous-stage"
    }),
    "health-interval": input.duration({
      description: "progress: time between a stage analysis's measurements.",
      default: "10s",
      max: DURATION_LIMITS.interval
    }),
    "health-count": input.number({
      description: "progress: measurements in a stage analysis (error rate over 5 % or p99 over 2,000 ms fail; one failed measurement is tolerated).",
      default: "6",
      integer: true,
      min: 1,
      max: 100
    }),
    "metrics-url": input.url({
      description: "progress: base URL of a Prometheus-compatible query API (/api/v1/query is appended); each stage analysis also runs metric-queries there."
    }),
    "metric-queries": input.custom((raw) => parseMetricQueries(raw), {
      description: 'progress: metric queries every measurement of a stage analysis also runs, one a line: <name>: <PromQL> <op> <number>; {{flag}} and {{stage}} are replaced by the flag key and the stage percentage, e.g. error-rate: sum(rate(http_requests_total{flag="{{flag}}",code=~"5.."}[5m])) / sum(rate(http_requests_total{flag="{{flag}}"}[5m])) < 0.05.'
    }),
    "metrics-token": input.string({
      description: "progress: token for metrics-url, masked (Bearer, or Basic auth when it is user:password).",
      secret: true
    }),
    "edge-config-id": input.string({
      description: "Also push the file to this Vercel Edge Config store (ecfg_\u2026) after a committed change or a controller pass that changed something: items flagd (the document) and flags (static on/off values)."
    }),
    "edge-config-size-limit": input.number({
      description: "Bytes the two Edge Config items may take together: your plan's store limit (8 KB Hobby, 64 KB Pro, 512 KB Enterprise).",
      default: "65536",
      integer: true,
      min: 1
    }),
    "vercel-token": input.string({
      description: "Vercel token for the Edge Config write (or set VERCEL_TOKEN).",
      secret: true
    }),
    "vercel-org-id": input.string({
      description: "Vercel team id (team_\u2026) owning the Edge Config (or set VERCEL_ORG_ID); omit for a personal account."
    }),
    "vercel-api-url": input.url({
      description: "Vercel API origin (point it at `greenlight sandbox` to rehearse).",
      default: "https://api.vercel.com"
    }),
    mode: input.choice(["commit", "pull-request"], {
      description: "commit to the branch, or open a pull request (for branches the token may not push to).",
      default: "commit"
    }),
    branch: input.string({
      description: "The branch holding the flag file; default the repository's default branch."
    }),
    "github-token": input.string({
      description: "Token with contents: write (and pull-requests: write for mode pull-request), e.g. secrets.GITHUB_TOKEN.",
      required: true,
      secret: true
    }),
    "dry-run": input.boolean({
      description: "Read the file and show the change without writing it.",
      default: "false"
    }),
    force: input.boolean({
      description: "Change a flag whose targeting is not the managed shape (edited by hand), rewriting it.",
      default: "false"
    })
  },
  outputs: {
    changed: "'true' when the file changed (or would, with dry-run), else 'false'.",
    "commit-sha": "The commit that changed the file (mode commit).",
    "pull-request-url": "The pull request (mode pull-request).",
    before: "The flag before, as compact JSON (empty when it did not exist).",
    after: "The flag after, as compact JSON.",
    share: "Measured percent of 10,000 synthetic contexts served on, evaluated with @openfeature/flagd-core.",
    decisions: "progress: the decisions as JSON, one per canary flag: flag, stage, heldMs, verdict, action (advance, rollback-canary, kill or hold), reason, commitSha."
  }
});

// lib/actions/flags.js
async function repositoryFile(inputs, ctx) {
  const env = ctx.env;
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo] = repository.split("/");
  if (!owner || !repo)
    throw new ConfigurationError("GITHUB_REPOSITORY: expected owner/repo (the runner sets it)");
  const path = inputs.file?.trim() || `flags/${inputs.environment}.flagd.json`;
  const http = new HttpClient({ logger: ctx.logger, userAgent: "greenlight-flags" });
  const { createOctokit } = await import("./octokit-VOOUSTLO.js");
  const octokit = createOctokit({
    token: inputs["github-token"],
    ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
    http,
    logger: ctx.logger
  });
  const branch = inputs.branch?.trim() || void 0;
  return {
    octokit,
    file: { owner, repo, path, ...branch ? { branch } : {} },
    workflowRunUrl: workflowRunUrlFrom(env),
    http
  };
}
async function syncToEdgeConfig(inputs, ctx, http, text, landed) {
  const edgeConfigId = inputs["edge-config-id"]?.trim();
  if (!edgeConfigId)
    return;
  const teamId = inputs["vercel-org-id"]?.trim() || ctx.env.VERCEL_ORG_ID;
  const synced = await syncEdgeConfig({
    http,
    apiUrl: inputs["vercel-api-url"].origin,
    token: inputs["vercel-token"] || ctx.env.VERCEL_TOKEN || "",
    ...teamId?.startsWith("team_") ? { teamId } : {},
    edgeConfigId,
    documentText: text,
    sizeLimitBytes: inputs["edge-config-size-limit"],
    logger: ctx.logger
  }).catch((error) => {
    throw new ReportedFailure(`${landed} to the flag file, but the Edge Config was not updated: ${errorMessage(error)}`);
  });
  ctx.logger.info(`Edge Config ${edgeConfigId}: items ${synced.items.join(" and ")} written (${synced.bytes} bytes)`);
}
function checkEdgeConfigInputs(inputs, ctx) {
  const edgeConfigId = inputs["edge-config-id"]?.trim();
  if (!edgeConfigId)
    return;
  if (!EDGE_CONFIG_ID.test(edgeConfigId))
    throw new ConfigurationError("input 'edge-config-id': expected a store id like ecfg_abc123 (not a connection string)");
  if (!(inputs["vercel-token"] || ctx.env.VERCEL_TOKEN))
    throw new ConfigurationError("input 'vercel-token': required with edge-config-id (or set VERCEL_TOKEN)");
}
async function progress(inputs, ctx) {
  checkEdgeConfigInputs(inputs, ctx);
  const metrics = healthMetrics(inputs, { placeholdersFilled: true });
  const { octokit, file, workflowRunUrl, http } = await repositoryFile(inputs, ctx);
  const { decisions, text } = await progressRepository({
    octokit,
    file,
    environment: inputs.environment,
    mode: inputs.mode,
    actor: ctx.env.GITHUB_ACTOR || "greenlight-canary",
    ...workflowRunUrl ? { workflowRunUrl } : {},
    health: {
      schedule: { intervalMs: inputs["health-interval"], count: inputs["health-count"] },
      ...metrics,
      http,
      clock: systemClock,
      logger: ctx.logger
    },
    clock: systemClock,
    logger: ctx.logger
  });
  const applied = decisions.filter((decision) => decision.action !== "hold" && !decision.superseded && !decision.failed);
  ctx.setOutput("changed", applied.length > 0);
  ctx.setOutput("decisions", JSON.stringify(decisions));
  ctx.setOutput("commit-sha", applied.at(-1)?.commitSha ?? "");
  ctx.setOutput("pull-request-url", applied.at(-1)?.pullRequestUrl ?? "");
  ctx.setOutput("before", "");
  ctx.setOutput("after", "");
  ctx.setOutput("share", "");
  ctx.summary(canaryMarkdown(decisions, inputs.environment));
  if (applied.length > 0 && inputs.mode === "commit" && text)
    await syncToEdgeConfig(inputs, ctx, http, text, `${applied.length} decision(s) committed`);
  const rolledBack = decisions.filter((decision) => decision.action === "rollback-canary" || decision.action === "kill");
  ctx.annotate("warning", rolledBack.map((decision) => ({
    title: `canary ${decision.flag}: ${decision.action}`,
    message: `at ${decision.stage}%: ${decision.reason}`
  })));
  ctx.logger.info(`canary pass over ${file.path}: ${decisions.length} canary flag(s), ${applied.length} change(s)`);
  const failed = decisions.filter((decision) => decision.failed);
  if (failed.length > 0)
    throw new ReportedFailure(`canary pass: ${failed.length} decision(s) not written (${failed.map((decision) => `${decision.flag}: ${decision.reason}`).join("; ")})`);
}
async function run() {
  await runActionBody(flagsSpec, async (inputs, ctx) => {
    const env = ctx.env;
    const environment = inputs.environment;
    const reason = inputs.reason?.trim() || void 0;
    const operation = inputs.operation;
    if (operation === "progress")
      return progress(inputs, ctx);
    if (!reason && (environment === "production" || operation === "kill"))
      throw new ConfigurationError(`input 'reason': required for ${inputs.operation === "kill" ? "kill" : "the production environment"} (it is recorded in the flag and the commit)`);
    const stagesText = inputs.stages?.trim();
    const stages = stagesText ? parseStages(stagesText) : void 0;
    if (stagesText && !stages)
      throw new ConfigurationError(`input 'stages': expected ascending percentages ending at 100, e.g. 1,10,25,50,100, got '${stagesText}'`);
    const org = inputs.org?.trim() || void 0;
    const healthUrl = inputs["health-url"]?.href;
    const checks = inputs.checks?.trim();
    const request = {
      operation,
      flag: inputs.flag?.trim() ?? "",
      ...inputs.percentage !== void 0 ? { percentage: inputs.percentage } : {},
      ...org ? { org } : {},
      variant: inputs.variant,
      ...reason ? { reason } : {},
      bucketBy: inputs["bucket-by"],
      ...stages ? { stages } : {},
      actor: env.GITHUB_ACTOR || "unknown",
      now: /* @__PURE__ */ new Date(),
      force: inputs.force,
      ...operation === "canary" ? {
        canary: {
          healthUrl: healthUrl ?? "",
          ...checks ? { checks } : {},
          holdMs: inputs.hold,
          onFailure: inputs["on-failure"]
        }
      } : {}
    };
    if (operation === "canary" && checks)
      parseChecks(checks, "input 'checks'");
    checkFlagRequest(request);
    checkEdgeConfigInputs(inputs, ctx);
    const { octokit, file, workflowRunUrl, http } = await repositoryFile(inputs, ctx);
    const edgeConfigId = inputs["edge-config-id"]?.trim();
    const result = await changeFlag({
      octokit,
      file,
      // A change the Edge Config store could not hold is refused before it is committed.
      ...edgeConfigId && inputs.mode === "commit" ? {
        checkNewText: (text) => {
          checkEdgeConfigSize(text, inputs["edge-config-size-limit"], file.path);
        }
      } : {},
      request,
      environment,
      mode: inputs.mode,
      dryRun: inputs["dry-run"],
      ...workflowRunUrl ? { workflowRunUrl } : {},
      clock: systemClock,
      logger: ctx.logger
    });
    ctx.setOutput("changed", result.changed);
    const committed = !result.pullRequestUrl && result.commitSha ? result.commitSha : void 0;
    ctx.setOutput("commit-sha", committed ?? "");
    ctx.setOutput("pull-request-url", result.pullRequestUrl ?? "");
    ctx.setOutput("before", result.before);
    ctx.setOutput("after", result.after);
    ctx.setOutput("share", result.share);
    const where = result.pullRequestUrl ? `[pull request](${result.pullRequestUrl})` : result.commitUrl ? `[${(result.commitSha ?? "").slice(0, 7)}](${result.commitUrl})` : inputs["dry-run"] ? "dry run: nothing written" : "no change: nothing written";
    ctx.summary([
      `### \u{1F6A9} ${result.changed ? "" : "No change: "}${result.description} (${environment})`,
      markdownTable(["", "flag"], [
        ["before", result.before ? codeSpan(result.before) : "(none)"],
        ["after", codeSpan(result.after)]
      ]),
      `Measured share served on: **${result.share}%** of 10,000 contexts (flagd-core). ${where}.${result.attempts > 1 ? ` Written on attempt ${result.attempts}, after a concurrent change.` : ""}`
    ].join("\n\n"));
    ctx.logger.info(`${result.changed ? result.description : `${result.description}: no change`}; share ${result.share}%; ${where}`);
    if (result.changed && committed && !inputs["dry-run"])
      await syncToEdgeConfig(inputs, ctx, http, result.text, `committed ${committed.slice(0, 7)}`);
  });
}
export {
  run
};
