import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  buildNoticeMessage,
  notifySpec,
  runContext,
  sendNotice
} from "./chunk-X2IZUAQU.js";
import {
  describeFailure
} from "./chunk-DUVOUHE5.js";
import {
  runActionBody
} from "./chunk-O6CT3JMY.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import "./chunk-PWNCWC4J.js";
import "./chunk-3564UZ2R.js";
import "./chunk-BB4YEEFY.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-5TBTIP7P.js";
import {
  ReportedFailure
} from "./chunk-4KYU7GAX.js";
import "./chunk-TTC2ININ.js";

// lib/actions/notify.js
function transportOf(inputs) {
  if (inputs["webhook-url"] !== void 0)
    return { kind: "webhook", url: inputs["webhook-url"] };
  return {
    kind: "bot",
    token: inputs["slack-bot-token"],
    channel: inputs.channel,
    ts: inputs.ts,
    apiUrl: inputs["slack-api-url"].href
  };
}
async function run() {
  await runActionBody(notifySpec, async (inputs, ctx) => {
    const transport = transportOf(inputs);
    const message = inputs.payload ?? buildNoticeMessage({
      status: inputs.status,
      environment: inputs.environment,
      url: inputs.url?.href,
      stage: inputs.stage,
      reason: inputs.reason,
      durationMs: inputs.duration,
      deployment: inputs.deployment,
      previousDeployment: inputs["previous-deployment"],
      flag: inputs.flag,
      flagChange: inputs["flag-change"]
    }, runContext(ctx.env));
    const how = transport.kind === "webhook" ? "an incoming webhook" : transport.ts ? `chat.update of ${transport.ts} and a thread reply` : "chat.postMessage";
    ctx.logger.info(`Sending the Slack notice${inputs.status ? ` (${inputs.status})` : ""} through ${how}`);
    const delivery = await sendNotice(transport, message, { logger: ctx.logger, clock: systemClock });
    ctx.setOutput("ok", delivery.ok);
    ctx.setOutput("ts", delivery.ts ?? "");
    ctx.setOutput("channel", delivery.channel ?? "");
    if (delivery.ok) {
      ctx.logger.info(delivery.ts ? `Slack notice sent (channel ${delivery.channel}, ts ${delivery.ts})` : "Slack notice sent");
      return;
    }
    const line = `Slack notice not sent: ${describeFailure(delivery.failure ?? { code: "unknown", call: how })}`;
    if (inputs["fail-on-error"])
      throw new ReportedFailure(`notify: ${line}`);
    ctx.annotate("warning", [
      { title: "notify", message: `${line}; the step continues (fail-on-error: true fails it)` }
    ]);
  });
}
export {
  run
};
