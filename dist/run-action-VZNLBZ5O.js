import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  runBundledAction
} from "./chunk-PVXBZJLG.js";
import "./chunk-DXBS64VD.js";
import "./chunk-UQCJ7XO3.js";
import "./chunk-PWNCWC4J.js";
import "./chunk-3564UZ2R.js";
import "./chunk-BB4YEEFY.js";
import "./chunk-QNM66WSQ.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import "./chunk-G7PDO2DP.js";
import "./chunk-TTC2ININ.js";

// lib/cli/run-action.js
var RUN_USAGE = `greenlight run <action> [--with name=value \u2026] [--json]

Runs dist/<action>.js exactly as the GitHub runner does (INPUT_* variables with action.yml defaults,
temporary GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), streams its log, then prints its outputs and
job summary. --json prints {"exitCode","outputs","summary"} on stdout instead. Exit status: the action's.

  greenlight run smoke-test --with url=https://example.com --with checks='[/, /about]'`;
function parseRunArgs(args) {
  const [action, ...rest] = args;
  if (!action || action.startsWith("-"))
    throw new ConfigurationError("greenlight run: expected an action name, e.g. smoke-test");
  const inputs = {};
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") {
      json = true;
      continue;
    }
    let pair;
    if (arg === "--with" || arg === "-w")
      pair = rest[++i];
    else if (arg.startsWith("--with="))
      pair = arg.slice("--with=".length);
    else
      throw new ConfigurationError(`greenlight run: unknown argument '${arg}'; expected --with name=value or --json`);
    const eq = pair?.indexOf("=") ?? -1;
    if (!pair || eq <= 0)
      throw new ConfigurationError(`greenlight run: --with expects name=value, got '${pair ?? ""}'`);
    inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { action, inputs, json };
}
async function runActionCommand(args) {
  const { action, inputs, json } = parseRunArgs(args);
  const result = await runBundledAction(action, inputs, { stdio: json ? "capture" : "inherit" });
  if (json) {
    process.stdout.write(`${JSON.stringify({ exitCode: result.exitCode, outputs: result.outputs, summary: result.summary })}
`);
    if (result.exitCode !== 0)
      process.stderr.write(result.stdout + result.stderr);
    return result.exitCode;
  }
  const lines = Object.entries(result.outputs).map(([k, v]) => `  ${k}=${v}`);
  process.stdout.write(`
Outputs:
${lines.length ? lines.join("\n") : "  (none)"}
`);
  if (result.summary.trim())
    process.stdout.write(`
Job summary:
${result.summary.trim()}
`);
  process.stdout.write(`
${action} exited with ${result.exitCode}
`);
  return result.exitCode;
}
export {
  RUN_USAGE,
  parseRunArgs,
  runActionCommand
};
