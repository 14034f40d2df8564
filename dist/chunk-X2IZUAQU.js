import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  defineAction,
  input
} from "./chunk-PWNCWC4J.js";
import {
  DURATION_LIMITS,
  ValueError,
  parseBoundedDuration,
  parseHttpUrl
} from "./chunk-3564UZ2R.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";

// lib/notify/block-kit.js
var BLOCK_KIT_LIMITS = {
  /** Blocks in one message, top-level and attachment blocks together. */
  blocks: 50,
  /** A section block's `text`. */
  sectionText: 3e3,
  /** Items in a section block's `fields`. */
  sectionFields: 10,
  /** One section field's text. */
  sectionField: 2e3,
  /** A header block's `plain_text`. */
  headerText: 150,
  /** Elements of a context block. */
  contextElements: 10,
  /** One text element of a context block. */
  contextText: 3e3,
  /** All block text of one message together (see the module comment: about 13,200 measured). */
  totalText: 13e3,
  /** The top-level `text`; Slack truncates what is longer. */
  messageText: 4e4
};
var NOTICE_TEXT_BUDGET = 12e3;
var ELLIPSIS = "\u2026";
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeMrkdwn(text) {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char]);
}
function singleLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function escapeWithin(raw, max) {
  const escaped = escapeMrkdwn(raw);
  if (escaped.length <= max)
    return escaped;
  return cutAt(raw, max - ELLIPSIS.length, (char) => ESCAPES[char] ?? char) + ELLIPSIS;
}
function truncateText(raw, max) {
  if (raw.length <= max)
    return raw;
  return cutAt(raw, max - ELLIPSIS.length, (char) => char) + ELLIPSIS;
}
function cutAt(raw, room, piece) {
  let out = "";
  for (const char of raw) {
    const next = piece(char);
    if (out.length + next.length > room)
      break;
    out += next;
  }
  return out;
}
var MAX_LINK_URL = 1e3;
function mrkdwnLink(url, label, maxLabel = 200) {
  const target = url.replace(/[|<> ]/g, (char) => encodeURIComponent(char));
  if (target.length > MAX_LINK_URL)
    return escapeWithin(label, maxLabel);
  return `<${target}|${escapeWithin(label, maxLabel)}>`;
}
function blockTexts(blocks) {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case "header":
        return [block.text.text];
      case "section":
        return "text" in block ? [block.text.text] : block.fields.map((field) => field.text);
      case "context":
        return block.elements.map((element) => element.text);
      default:
        return [];
    }
  });
}

// lib/notify/message.js
var NOTICE_STATUSES = [
  "started",
  "succeeded",
  "failed",
  "promoted",
  "rolled_back",
  "rollback_failed",
  "flag_changed"
];
var STATUS_STYLES = {
  started: { emoji: "\u{1F680}", label: "Started", color: "warning" },
  succeeded: { emoji: "\u2705", label: "Succeeded", color: "good" },
  failed: { emoji: "\u274C", label: "Failed", color: "danger" },
  promoted: { emoji: "\u2705", label: "Promoted", color: "good" },
  rolled_back: { emoji: "\u21A9\uFE0F", label: "Rolled back", color: "warning" },
  rollback_failed: { emoji: "\u{1F525}", label: "Rollback failed", color: "danger" },
  flag_changed: { emoji: "\u{1F6A9}", label: "Flag changed", color: "good" }
};
function runContext(env) {
  const value = (name) => env[name]?.trim() || void 0;
  return {
    serverUrl: (value("GITHUB_SERVER_URL") ?? "https://github.com").replace(/\/+$/, ""),
    repository: value("GITHUB_REPOSITORY"),
    ref: value("GITHUB_HEAD_REF") ?? value("GITHUB_REF_NAME"),
    sha: value("GITHUB_SHA"),
    actor: value("GITHUB_TRIGGERING_ACTOR") ?? value("GITHUB_ACTOR"),
    runId: value("GITHUB_RUN_ID"),
    runNumber: value("GITHUB_RUN_NUMBER"),
    runAttempt: value("GITHUB_RUN_ATTEMPT"),
    workflow: value("GITHUB_WORKFLOW"),
    job: value("GITHUB_JOB")
  };
}
var SHORT_VALUE = 200;
var URL_VALUE = 500;
var FALLBACK_TEXT = 300;
var REASON_LABEL = "*Reason*\n";
var MIN_REASON_ROOM = 20;
function runLinks(run) {
  if (!run.repository)
    return {};
  const repo = `${run.serverUrl}/${run.repository}`;
  return {
    repo,
    ...run.sha ? { commit: `${repo}/commit/${run.sha}` } : {},
    ...run.runId ? { run: `${repo}/actions/runs/${run.runId}${run.runAttempt ? `/attempts/${run.runAttempt}` : ""}` } : {}
  };
}
function headline(notice) {
  const style = STATUS_STYLES[notice.status];
  const stage = singleLine(notice.stage ?? "");
  const flag = singleLine(notice.flag ?? "");
  const environment = singleLine(notice.environment ?? "");
  let words = style.label;
  if (notice.status === "failed" && stage)
    words = `Failed at ${stage}`;
  if (notice.status === "flag_changed" && flag)
    words = `Flag changed: ${flag}`;
  return `${style.emoji} ${words}${environment ? ` \xB7 ${environment}` : ""}`;
}
function deploymentMove(notice) {
  const released = notice.deployment && `\`${escapeWithin(notice.deployment, SHORT_VALUE)}\``;
  const previous = notice.previousDeployment && `\`${escapeWithin(notice.previousDeployment, SHORT_VALUE)}\``;
  if (released && previous) {
    if (notice.status === "rolled_back")
      return `${released} \u2192 ${previous}`;
    if (notice.status === "rollback_failed")
      return `${released} \u2192 ${previous} (not confirmed)`;
    return `${previous} \u2192 ${released}`;
  }
  return released || previous || void 0;
}
function originLine(run) {
  const links = runLinks(run);
  const parts = [];
  if (run.repository)
    parts.push(`*${mrkdwnLink(links.repo, run.repository)}*`);
  if (run.ref)
    parts.push(`\`${escapeWithin(run.ref, SHORT_VALUE)}\``);
  if (run.sha) {
    const short = run.sha.slice(0, 7);
    parts.push(links.commit ? mrkdwnLink(links.commit, short) : `\`${escapeWithin(short, 7)}\``);
  }
  if (run.actor)
    parts.push(`by ${escapeWithin(run.actor, SHORT_VALUE)}`);
  return parts.length > 0 ? parts.join(" \xB7 ") : void 0;
}
function noticeFields(notice) {
  const fields = [
    ["Environment", notice.environment && escapeWithin(notice.environment, SHORT_VALUE)],
    ["Stage", notice.stage && escapeWithin(notice.stage, SHORT_VALUE)],
    ["Duration", notice.durationMs === void 0 ? void 0 : formatDuration(notice.durationMs)],
    ["Deployment", deploymentMove(notice)],
    ["URL", notice.url && mrkdwnLink(notice.url, truncateText(notice.url, URL_VALUE), URL_VALUE)],
    ["Flag", notice.flag && `\`${escapeWithin(notice.flag, SHORT_VALUE)}\``],
    ["Change", notice.flagChange && escapeWithin(notice.flagChange, SHORT_VALUE)]
  ];
  return fields.flatMap(([label, value]) => value ? [`*${label}*
${value}`] : []);
}
function contextLine(run) {
  const links = runLinks(run);
  const parts = [];
  if (run.runId) {
    const label = `Run ${run.runNumber ? `#${run.runNumber}` : run.runId}, attempt ${run.runAttempt ?? "1"}`;
    parts.push(links.run ? mrkdwnLink(links.run, label) : escapeWithin(label, SHORT_VALUE));
  }
  if (run.workflow)
    parts.push(escapeWithin(run.workflow, SHORT_VALUE));
  if (run.job)
    parts.push(`job ${escapeWithin(run.job, SHORT_VALUE)}`);
  return parts.length > 0 ? parts.join(" \xB7 ") : void 0;
}
function fallbackText(notice, run) {
  const where = singleLine([run.repository, run.sha?.slice(0, 7)].filter(Boolean).join(" "));
  const firstLine = singleLine(notice.reason?.trim().split(/[\r\n\u2028\u2029]/, 1)[0] ?? "");
  const raw = `${headline(notice)}${where ? ` \u2014 ${where}` : ""}${firstLine ? `: ${firstLine}` : ""}`;
  return escapeWithin(raw, FALLBACK_TEXT);
}
function buildNoticeMessage(notice, run) {
  const header = {
    type: "header",
    text: {
      type: "plain_text",
      text: truncateText(headline(notice), BLOCK_KIT_LIMITS.headerText),
      emoji: true
    }
  };
  const details = [];
  const origin = originLine(run);
  if (origin)
    details.push({ type: "section", text: { type: "mrkdwn", text: origin } });
  const fields = noticeFields(notice);
  if (fields.length > 0) {
    details.push({ type: "section", fields: fields.map((text2) => ({ type: "mrkdwn", text: text2 })) });
  }
  const context = contextLine(run);
  const text = fallbackText(notice, run);
  if (notice.reason?.trim()) {
    const used = [text, context ?? "", ...blockTexts([header, ...details])].reduce((sum, part) => sum + part.length, 0);
    const room = Math.min(BLOCK_KIT_LIMITS.sectionText, NOTICE_TEXT_BUDGET - used) - REASON_LABEL.length;
    if (room >= MIN_REASON_ROOM) {
      details.push({
        type: "section",
        text: { type: "mrkdwn", text: `${REASON_LABEL}${escapeWithin(notice.reason.trim(), room)}` }
      });
    }
  }
  if (context)
    details.push({ type: "context", elements: [{ type: "mrkdwn", text: context }] });
  return {
    text,
    blocks: [header],
    // An attachment without blocks would be an empty bar: none then (the header still shows the status).
    attachments: details.length > 0 ? [{ color: STATUS_STYLES[notice.status].color, blocks: details }] : [],
    unfurl_links: false,
    unfurl_media: false
  };
}

// lib/notify/notify.js
async function sendNotice(transport, message, options) {
  if (transport.kind === "webhook") {
    const { sendWebhook } = await import("./webhook-CFMZS4UD.js");
    return sendWebhook(transport.url, message, options);
  }
  const { sendWithBot } = await import("./web-api-5NRMIYRJ.js");
  return sendWithBot(transport, message, options);
}

// lib/notify/payload.js
var TRANSPORT_KEYS = ["channel", "ts", "thread_ts", "token"];
function parsePayload(raw) {
  let value;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
    throw new ValueError("a Slack message as a JSON object", `invalid JSON (${reason})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
    throw new ValueError("a Slack message as a JSON object", kind);
  }
  const message = value;
  if (!["text", "blocks", "attachments"].some((key) => message[key] !== void 0)) {
    const keys = Object.keys(message);
    const shown = keys.length > 5 ? `${keys.slice(0, 5).join(", ")} \u2026` : keys.join(", ");
    throw new ValueError("a Slack message with text, blocks or attachments", `an object with ${keys.length === 0 ? "no keys" : `only ${shown}`}`);
  }
  const owned = TRANSPORT_KEYS.filter((key) => key in message);
  if (owned.length > 0) {
    throw new ValueError(`a message without ${owned.join(", ")} (use the inputs channel and ts)`, `a payload holding ${owned.join(", ")}`);
  }
  return message;
}

// lib/actions/notify.inputs.js
function parseNoticeDuration(raw) {
  const text = /^\d+$/.test(raw) ? `${raw}ms` : raw;
  try {
    return parseBoundedDuration(text, { max: DURATION_LIMITS.deadline, example: "1m30s" });
  } catch (error) {
    if (error instanceof ValueError && error.expected.startsWith("a duration like")) {
      throw new ValueError("a duration like 1m30s, 90s or 90000 (ms)");
    }
    throw error;
  }
}
function webhookUrl(raw) {
  parseHttpUrl(raw);
  return raw;
}
function checkSlackTransport(values, names, required) {
  const webhook = values.webhook !== void 0;
  const bot = values.token !== void 0;
  if (required && !webhook && !bot) {
    throw new ConfigurationError(`inputs '${names.webhook}' and '${names.token}': expected one Slack transport (an incoming webhook URL, or a bot token with channel), got neither`);
  }
  if (webhook && bot) {
    throw new ConfigurationError(`inputs '${names.webhook}' and '${names.token}': expected one Slack transport, got both; keep the bot token to thread notices`);
  }
  if (bot && values.channel === void 0) {
    throw new ConfigurationError(`input '${names.channel}': required with '${names.token}' (a channel id like C0123456789, or #name for a new message)`);
  }
}
function refineNotifyInputs(values) {
  checkSlackTransport({ webhook: values["webhook-url"], token: values["slack-bot-token"], channel: values.channel }, { webhook: "webhook-url", token: "slack-bot-token", channel: "channel" }, true);
  const webhook = values["webhook-url"] !== void 0;
  if (webhook) {
    for (const name of ["channel", "ts"]) {
      if (values[name] !== void 0) {
        throw new ConfigurationError(`input '${name}': only with slack-bot-token; an incoming webhook posts to its own channel and cannot update a message or reply in a thread`);
      }
    }
  }
  if (values.payload === void 0 && values.status === void 0) {
    throw new ConfigurationError(`input 'status': required unless payload is given (one of ${NOTICE_STATUSES.join(", ")})`);
  }
  return values;
}
var notifySpec = defineAction({
  name: "notify",
  inputs: {
    "webhook-url": input.custom(webhookUrl, {
      description: "Slack incoming-webhook URL (a secret; masked). One message per notice: a webhook cannot update a message or thread. Give this or slack-bot-token.",
      secret: true
    }),
    "slack-bot-token": input.string({
      description: "Slack bot token (xoxb-\u2026, scope chat:write; a secret, masked), used with channel through the Web API: posts, and with ts updates the parent and replies in its thread.",
      secret: true
    }),
    channel: input.string({
      description: "Channel for slack-bot-token: an id (C0123456789) or #name. With ts it must be the id, e.g. the channel output of the notice that started the thread."
    }),
    ts: input.string({
      description: "Timestamp of an earlier notice's message (its ts output): update that message in place and reply in its thread. Bot token only.",
      pattern: /^\d+\.\d+$/,
      expected: "a Slack message timestamp like 1700000000.123456 (the ts output of an earlier notify step)"
    }),
    status: input.choice(NOTICE_STATUSES, {
      description: `What happened: ${NOTICE_STATUSES.join(", ")}. Sets the header and the colour. Required unless payload.`
    }),
    environment: input.string({ description: "Environment, e.g. production." }),
    url: input.url({ description: "The deployment's URL." }),
    stage: input.string({
      description: "The stage the notice is about; for failed, the stage that failed (e.g. smoke-test)."
    }),
    reason: input.string({
      description: "Why it failed or was rolled back; a long text is cut to fit, marked with \u2026"
    }),
    duration: input.custom(parseNoticeDuration, {
      description: "How long it took: a duration like 1m30s, or milliseconds like 90000 (at most 24h)."
    }),
    deployment: input.string({
      description: "The deployment released, e.g. the release action's deployment-id output."
    }),
    "previous-deployment": input.string({
      description: "What production served before (the rollback target), e.g. previous-deployment-id; shown as previous \u2192 deployment, or deployment \u2192 previous after a rollback."
    }),
    flag: input.string({ description: "Feature flag key, for flag_changed (e.g. new-checkout)." }),
    "flag-change": input.string({ description: "The flag change, e.g. rollout new-checkout 10%\u219225%." }),
    payload: input.custom(parsePayload, {
      description: "Your own Slack message as JSON (text, blocks, attachments \u2026), sent instead of the built notice; channel and ts come from the inputs."
    }),
    "fail-on-error": input.boolean({
      description: "Fail the step when the notice cannot be sent. Otherwise (default) a failure is a warning naming Slack's error, and the step succeeds.",
      default: "false"
    }),
    "slack-api-url": input.url({
      description: "Slack Web API root for slack-bot-token, e.g. https://slack-gov.com/api/ for GovSlack.",
      default: "https://slack.com/api/"
    })
  },
  outputs: {
    ok: "'true' when the notice was sent, else 'false'.",
    ts: "The message's timestamp (bot token only): pass it as ts to later notices to update it and reply in its thread.",
    channel: "The channel id (bot token only), to pass as channel with ts."
  },
  refine: (values) => refineNotifyInputs(values)
});

export {
  runContext,
  buildNoticeMessage,
  sendNotice,
  checkSlackTransport,
  notifySpec
};
