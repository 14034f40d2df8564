import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  ConfigurationError,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import "./chunk-TTC2ININ.js";

// lib/actions/registry.js
var ACTIONS = {
  "smoke-test": () => import("./smoke-test-WETGAY6V.js"),
  "health-check": () => import("./health-check-MJDEFCDS.js"),
  deploy: () => import("./deploy-Z2FXCIXQ.js"),
  promote: () => import("./promote-KHR5CYFW.js"),
  rollback: () => import("./rollback-5JQ5JVVJ.js"),
  release: () => import("./release-DYYS6SVF.js"),
  "release-outcome": () => import("./release-outcome-KVZFL6FQ.js"),
  gate: () => import("./gate-5Z7LZRBD.js"),
  flags: () => import("./flags-FGN5IXOH.js"),
  notify: () => import("./notify-2ERCDNR5.js")
};
function isActionName(name) {
  return Object.hasOwn(ACTIONS, name);
}
async function runAction(name) {
  if (!isActionName(name))
    throw new Error(`unknown action '${name}'`);
  const action = await ACTIONS[name]();
  await action.run();
}

// lib/cli.js
var USAGE = `greenlight \u2014 ship web apps safely from GitHub Actions

Usage:
  greenlight rehearse [--dir PATH] [--prebuilt] [--json]    the release path end to end on the embedded sandbox
  greenlight run <action> [--with name=value \u2026] [--json]   run an action's bundle as the runner does
  greenlight sandbox [--port N] [--state DIR] [--token T]  a local Vercel-compatible API and hosting
  greenlight flags <operation|list|get> \u2026 --file PATH      feature flags in a local flagd file
  greenlight help                                          this text

Actions: smoke-test, health-check, deploy, promote, rollback, release, release-outcome, gate, flags`;
async function main(args) {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "run": {
        const { runActionCommand, RUN_USAGE } = await import("./run-action-VZNLBZ5O.js");
        if (rest.includes("--help") || rest.includes("-h")) {
          process.stdout.write(`${RUN_USAGE}
`);
          return 0;
        }
        return await runActionCommand(rest);
      }
      case "rehearse": {
        const { rehearseCommand, REHEARSE_USAGE } = await import("./rehearse-ROI46LVB.js");
        if (rest.includes("--help") || rest.includes("-h")) {
          process.stdout.write(`${REHEARSE_USAGE}
`);
          return 0;
        }
        return await rehearseCommand(rest);
      }
      case "flags": {
        const { flagsCommand, FLAGS_USAGE } = await import("./flags-6MLT42EI.js");
        if (rest.includes("--help") || rest.includes("-h")) {
          process.stdout.write(`${FLAGS_USAGE}
`);
          return 0;
        }
        return await flagsCommand(rest);
      }
      case "sandbox": {
        const { sandboxCommand } = await import("./sandbox-VPCBI5SM.js");
        return await sandboxCommand(rest);
      }
      case void 0:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(`${USAGE}
`);
        return command === void 0 ? 2 : 0;
      default:
        throw new ConfigurationError(`greenlight: unknown command '${command}'; run 'greenlight help'`);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}
`);
      return 2;
    }
    process.stderr.write(`greenlight: unexpected error: ${errorMessage(error)}
`);
    if (process.env.GREENLIGHT_DEBUG)
      process.stderr.write(`${error.stack ?? ""}
`);
    return 1;
  }
}
async function cli(args) {
  process.exitCode = await main(args);
}
export {
  cli,
  runAction
};
