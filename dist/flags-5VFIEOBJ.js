import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  BUCKET_BY,
  FLAG_OPERATIONS,
  applyFlagOperation,
  describeFlagState,
  describeOverrides,
  measureShare,
  parseFlagDocument,
  parseStages
} from "./chunk-JNC3JBXZ.js";
import {
  require_node_util
} from "./chunk-Y7QQTF5G.js";
import {
  require_promises
} from "./chunk-J5QJJ5Q3.js";
import {
  require_node_child_process
} from "./chunk-LCRQ4S62.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-XXZBBZZL.js";
import {
  __toESM
} from "./chunk-UWARJ5PC.js";

// lib/cli/flags.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_util = __toESM(require_node_util(), 1);
var FLAGS_USAGE = `greenlight flags <operation> --flag KEY --file PATH [options]
greenlight flags list --file PATH
greenlight flags get KEY --file PATH

Operations: ${FLAG_OPERATIONS.join(", ")}.
Options: --percentage N (rollout), --org ID and --variant on|off (override, remove-override),
--reason TEXT, --bucket-by targetingKey|orgId and --stages 1,10,25,50,100 (create), --force
(rewrite a hand-edited flag), --actor NAME (recorded as updatedBy; default $USER).

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
  "actor"
]);
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
  if (command === "get") {
    if (!key)
      throw new ConfigurationError("greenlight flags get: expected a flag key");
    return showFlag(file, key);
  }
  if (!command || !FLAG_OPERATIONS.includes(command))
    throw new ConfigurationError(`greenlight flags: expected list, get or an operation (${FLAG_OPERATIONS.join(", ")}), got '${command ?? ""}'`);
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
    force: options.get("force") === true
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
