import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  BUCKET_BY,
  FLAG_OPERATIONS,
  ON_FAILURE,
  applyFlagOperation,
  describeFlagState,
  describeOverrides,
  measureShare,
  parseFlagDocument,
  parseStages,
  progressLocalFile
} from "./chunk-JTXF3I4Q.js";
import {
  require_node_child_process
} from "./chunk-DXBS64VD.js";
import "./chunk-RTJV3R3G.js";
import "./chunk-RX3F5VXW.js";
import {
  require_node_util
} from "./chunk-2NKKUOZP.js";
import {
  parseChecks
} from "./chunk-DPEQO4DT.js";
import "./chunk-CB6XYMLR.js";
import "./chunk-4SUBSKSH.js";
import {
  HttpClient
} from "./chunk-W775HOUI.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import {
  parseDuration
} from "./chunk-3564UZ2R.js";
import "./chunk-BB4YEEFY.js";
import "./chunk-RIBDMVJD.js";
import "./chunk-OCGFKFY4.js";
import "./chunk-BGYQRYCX.js";
import "./chunk-PQDK4F2P.js";
import "./chunk-JI7MCFGA.js";
import {
  consoleLogger
} from "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import "./chunk-V24XHRWZ.js";
import {
  require_promises
} from "./chunk-QNM66WSQ.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/cli/flags.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_util = __toESM(require_node_util(), 1);
var FLAGS_USAGE = `greenlight flags <operation> --flag KEY --file PATH [options]
greenlight flags list --file PATH
greenlight flags get KEY --file PATH
greenlight flags canary --flag KEY --file PATH --health-url URL [--checks \u2026] [--hold 30m]
  [--stages 1,10,25,50,100] [--on-failure previous-stage|kill]
greenlight flags progress --file PATH [--interval 10s] [--count 6]

Operations: ${FLAG_OPERATIONS.join(", ")}.
Options: --percentage N (rollout), --org ID and --variant on|off (override, remove-override),
--reason TEXT, --bucket-by targetingKey|orgId and --stages 1,10,25,50,100 (create), --force
(rewrite a hand-edited flag), --actor NAME (recorded as updatedBy; default $USER).
canary starts a health-gated canary at the first stage; progress runs the canary controller once over
the file (analyse each due stage, then advance, go back one stage, kill or hold) and prints its
decisions \u2014 exit 0 whatever it decided.

Applies the operation to the file in place (written whole, then renamed over it), validated against
the flagd schema and flagd-core's strict loader first; bad input is one line, exit 2, file untouched.`;
function parseOptions(args) {
  const words = [];
  const options = /* @__PURE__ */ new Map();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (!arg.startsWith("--")) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (name === "force")
      options.set(name, true);
    else {
      const value = inline ?? args[++index];
      if (value === void 0)
        throw new ConfigurationError(`greenlight flags: --${name} needs a value`);
      options.set(name, value);
    }
  }
  return { words, options };
}
var KNOWN = /* @__PURE__ */ new Set([
  "flag",
  "file",
  "percentage",
  "org",
  "variant",
  "reason",
  "bucket-by",
  "stages",
  "force",
  "actor",
  "health-url",
  "checks",
  "hold",
  "on-failure",
  "interval",
  "count"
]);
function durationOption(name, text) {
  try {
    const ms = parseDuration(text);
    if (ms > 0)
      return ms;
  } catch {
  }
  throw new ConfigurationError(`--${name}: expected a duration like 30s or 30m, got '${text}'`);
}
async function readIfPresent(path) {
  try {
    return await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return void 0;
    throw new ConfigurationError(`--file: cannot read ${path}: ${errorMessage(error)}`);
  }
}
async function flagsCommand(args) {
  const { words, options } = parseOptions(args);
  for (const name of options.keys())
    if (!KNOWN.has(name))
      throw new ConfigurationError(`greenlight flags: unknown option --${name}`);
  const [command, key] = words;
  const file = options.get("file");
  if (typeof file !== "string")
    throw new ConfigurationError("greenlight flags: --file PATH is required");
  if (command === "list")
    return listFlags(file);
  const optionText = (name) => {
    const value = options.get(name);
    return typeof value === "string" ? value : void 0;
  };
  if (command === "progress") {
    const countText = optionText("count") ?? "6";
    const count = Number(countText);
    if (!Number.isInteger(count) || count < 1)
      throw new ConfigurationError(`--count: expected a whole number of at least 1, got '${countText}'`);
    const intervalMs = durationOption("interval", optionText("interval") ?? "10s");
    const logger = consoleLogger();
    const decisions = await progressLocalFile({
      path: file,
      actor: optionText("actor") ?? process.env.USER ?? "local",
      health: {
        schedule: { intervalMs, count },
        http: new HttpClient({ logger }),
        clock: systemClock,
        logger
      },
      clock: systemClock,
      logger
    });
    if (decisions.length === 0)
      process.stdout.write("no flag is in a canary stage: nothing to do\n");
    for (const decision of decisions)
      process.stdout.write(`${decision.flag}  ${decision.stage}%  ${decision.verdict} \u2192 ${decision.superseded ? "left alone" : decision.action}  (${decision.reason})
`);
    return 0;
  }
  if (command === "get") {
    if (!key)
      throw new ConfigurationError("greenlight flags get: expected a flag key");
    return showFlag(file, key);
  }
  if (!command || !FLAG_OPERATIONS.includes(command))
    throw new ConfigurationError(`greenlight flags: expected list, get, progress or an operation (${FLAG_OPERATIONS.join(", ")}), got '${command ?? ""}'`);
  const text = (name) => {
    const value = options.get(name);
    return typeof value === "string" ? value : void 0;
  };
  const percentageText = text("percentage");
  const percentage = percentageText === void 0 ? void 0 : Number(percentageText);
  if (percentageText !== void 0 && !(Number.isFinite(percentage) && percentage >= 0 && percentage <= 100))
    throw new ConfigurationError(`--percentage: expected a number from 0 to 100, got '${percentageText}'`);
  const variant = text("variant") ?? (command === "override" ? "on" : void 0);
  if (variant !== void 0 && variant !== "on" && variant !== "off")
    throw new ConfigurationError(`--variant: expected on or off, got '${variant}'`);
  const bucketBy = text("bucket-by");
  if (bucketBy !== void 0 && !BUCKET_BY.includes(bucketBy))
    throw new ConfigurationError(`--bucket-by: expected ${BUCKET_BY.join(" or ")}, got '${bucketBy}'`);
  const stagesText = text("stages");
  const stages = stagesText === void 0 ? void 0 : parseStages(stagesText);
  if (stagesText !== void 0 && !stages)
    throw new ConfigurationError(`--stages: expected ascending percentages ending at 100, e.g. 1,10,25,50,100, got '${stagesText}'`);
  const flag = text("flag");
  if (!flag)
    throw new ConfigurationError("greenlight flags: --flag KEY is required");
  const onFailure = text("on-failure") ?? "previous-stage";
  if (!ON_FAILURE.includes(onFailure))
    throw new ConfigurationError(`--on-failure: expected ${ON_FAILURE.join(" or ")}, got '${onFailure}'`);
  const checks = text("checks");
  if (checks)
    parseChecks(checks, "--checks");
  const canary = command === "canary" ? {
    canary: {
      healthUrl: text("health-url") ?? "",
      ...checks ? { checks } : {},
      holdMs: durationOption("hold", text("hold") ?? "30m"),
      onFailure
    }
  } : {};
  const request = {
    operation: command,
    flag,
    ...percentage !== void 0 ? { percentage } : {},
    ...text("org") !== void 0 ? { org: text("org") } : {},
    ...variant ? { variant } : {},
    ...text("reason") ? { reason: text("reason") } : {},
    ...bucketBy ? { bucketBy } : {},
    ...stages ? { stages } : {},
    actor: text("actor") ?? process.env.USER ?? "local",
    now: /* @__PURE__ */ new Date(),
    force: options.get("force") === true,
    ...canary
  };
  const current = await readIfPresent(file);
  const change = applyFlagOperation(current, request, file);
  if (change.changed) {
    const temporary = (0, import_node_path.join)((0, import_node_path.dirname)(file), `.${(0, import_node_path.basename)(file)}.${process.pid}.tmp`);
    await (0, import_promises.writeFile)(temporary, change.text);
    await (0, import_promises.rename)(temporary, file);
  }
  const share = measureShare(change.text, flag);
  process.stdout.write(`${change.changed ? change.description : `${change.description}: no change`}
  before: ${change.before || "(none)"}
  after:  ${change.after}
  share:  ${share}% of 10,000 contexts served on
`);
  return 0;
}
async function listFlags(file) {
  const text = await readIfPresent(file);
  if (text === void 0)
    throw new ConfigurationError(`--file: no file at ${file}`);
  const document = parseFlagDocument(text, file);
  for (const [key, json] of Object.entries(document.flags)) {
    const overrides = describeOverrides(json);
    process.stdout.write(`${key}  ${describeFlagState(json)}${overrides ? `  overrides: ${overrides}` : ""}  share ${measureShare(text, key)}%
`);
  }
  return 0;
}
async function showFlag(file, key) {
  const text = await readIfPresent(file);
  if (text === void 0)
    throw new ConfigurationError(`--file: no file at ${file}`);
  const json = parseFlagDocument(text, file).flags[key];
  if (!json)
    throw new ConfigurationError(`greenlight flags get: no flag '${key}' in ${file}`);
  process.stdout.write(`${key}  ${describeFlagState(json)}  share ${measureShare(text, key)}%
${JSON.stringify(json, null, 2)}
`);
  let log;
  try {
    const { stdout } = await (0, import_node_util.promisify)(import_node_child_process.execFile)("git", [
      "log",
      "--format=%aI%x1f%s%x1f%(trailers:key=Flag-Reason,valueonly,separator=%x20)%x1f%(trailers:key=Requested-By,valueonly,separator=%x20)%x1e",
      "--",
      (0, import_node_path.basename)(file)
    ], { cwd: (0, import_node_path.dirname)(file) });
    log = stdout;
  } catch {
    process.stdout.write("history: not available (not in a git repository)\n");
    return 0;
  }
  const history = log.split("").map((entry) => entry.trim().split("")).filter(([, subject]) => subject !== void 0 && new RegExp(`^flags\\([^)]*\\): \\S+ ${key.replace(/[.]/g, "\\.")}(\\s|$)`).test(subject));
  process.stdout.write(`history (${history.length}):
`);
  for (const [date, subject, reason, requestedBy] of history) {
    process.stdout.write(`  ${date}  ${subject}${requestedBy ? `  by ${requestedBy}` : ""}${reason ? `  (${reason})` : ""}
`);
  }
  return 0;
}
export {
  FLAGS_USAGE,
  flagsCommand
};
