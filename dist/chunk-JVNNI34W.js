import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/deploy/command/command-line.js
var import_node_path = __toESM(require_node_path(), 1);
var COMMAND_INPUTS = {
  deploy: "deploy-command",
  promote: "promote-command",
  rollback: "rollback-command",
  production: "production-command"
};
var SHELL_OPERATORS = /* @__PURE__ */ new Set([
  "&&",
  "||",
  "|",
  ";",
  "&",
  ">",
  ">>",
  "<",
  "<<",
  "2>",
  "2>&1",
  "&>",
  "(",
  ")"
]);
var EXPANSION = /\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$[{(]|`/;
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function shellSyntaxIn(line) {
  const words = line.trim().split(/\s+/);
  return words.find((w) => SHELL_OPERATORS.has(w)) ?? EXPANSION.exec(line)?.[0] ?? (ASSIGNMENT.test(words[0] ?? "") ? words[0]?.replace(/=.*/, "=\u2026") : void 0);
}
function checkCommandLine(operation, line) {
  const trimmed = line?.trim();
  if (!trimmed)
    return void 0;
  const input = COMMAND_INPUTS[operation];
  if (/[\r\n]/.test(trimmed)) {
    throw new ConfigurationError(`input '${input}': expected one command line, got several lines; put the steps in a script and run that`);
  }
  const offending = shellSyntaxIn(trimmed);
  if (offending !== void 0) {
    throw new ConfigurationError(`input '${input}': runs without a shell, so '${offending}' is not shell syntax here but a literal word; put the steps in a script and run that`);
  }
  return trimmed;
}
function programOf(line) {
  return splitCommandLine(line)[0] ?? "";
}
function splitCommandLine(line) {
  const words = [];
  let word = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line.charAt(index);
    if (char === '"') {
      quoted = !quoted;
    } else if (char === "\\" && quoted) {
      index++;
      if (index >= line.length)
        break;
      const next = line.charAt(index);
      word += next === '"' ? '"' : `\\${next}`;
    } else if (char === " " && !quoted) {
      if (word !== "")
        words.push(word);
      word = "";
    } else {
      word += char;
    }
  }
  if (word !== "")
    words.push(word.trim());
  return words;
}
function resolveProgram(program, cwd) {
  const separator = process.platform === "win32" ? /[\\/]/ : /\//;
  if ((0, import_node_path.isAbsolute)(program) || !separator.test(program))
    return program;
  return (0, import_node_path.resolve)(cwd ?? process.cwd(), program);
}

export {
  COMMAND_INPUTS,
  shellSyntaxIn,
  checkCommandLine,
  programOf,
  splitCommandLine,
  resolveProgram
};
