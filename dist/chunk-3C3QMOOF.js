import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
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

// lib/deploy/vercel/vercel-json.js
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var ROUTING_PROPERTIES = [
  "cleanUrls",
  "trailingSlash",
  "redirects",
  "rewrites",
  "headers",
  "routes"
];
var BUILD_PROPERTIES = [
  "builds",
  "buildCommand",
  "installCommand",
  "devCommand",
  "framework",
  "outputDirectory",
  "ignoreCommand",
  "functions",
  "crons"
];
var AS_BUILT_PROJECT_SETTINGS = {
  framework: null,
  buildCommand: "",
  installCommand: "",
  outputDirectory: ""
};
function staticDeploymentSettings(path, prebuilt) {
  const key = `${String(prebuilt)}:${(0, import_node_path.resolve)(path)}`;
  let settings = readSettings.get(key);
  if (!settings) {
    settings = settingsOf(path, prebuilt);
    readSettings.set(key, settings);
  }
  return settings;
}
var readSettings = /* @__PURE__ */ new Map();
async function settingsOf(path, prebuilt) {
  if (prebuilt)
    return { body: {}, warnings: [], hasVercelJson: false, source: false };
  const source = await exists((0, import_node_path.join)(path, "package.json"));
  const settings = source ? {} : { projectSettings: { ...AS_BUILT_PROJECT_SETTINGS } };
  let text;
  try {
    text = await (0, import_promises.readFile)((0, import_node_path.join)(path, "vercel.json"), "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return { body: settings, warnings: [], hasVercelJson: false, source };
    throw new ConfigurationError(`input 'path': cannot read vercel.json: ${errorMessage(error)}`);
  }
  const config = parseVercelJson(text);
  const routing = {};
  for (const key of ROUTING_PROPERTIES)
    if (config[key] !== void 0)
      routing[key] = config[key];
  const { routesOfVercelJson } = await import("./routing-PESYS23R.js");
  const transformed = routesOfVercelJson(routing);
  if (transformed.error !== void 0)
    throw new ConfigurationError(`input 'path': vercel.json: ${transformed.error}`);
  const warnings = source ? [] : BUILD_PROPERTIES.filter((key) => config[key] !== void 0).map((key) => `vercel.json "${key}" has no effect: Greenlight deploys the directory as built (use prebuilt for functions)`);
  return { body: { ...settings, ...routing }, warnings, hasVercelJson: true, source };
}
async function exists(file) {
  return (0, import_promises.access)(file).then(() => true, () => false);
}
function parseVercelJson(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`input 'path': vercel.json is not valid JSON: ${errorMessage(error)}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new ConfigurationError(`input 'path': vercel.json must hold a JSON object`);
  return json;
}

export {
  ROUTING_PROPERTIES,
  AS_BUILT_PROJECT_SETTINGS,
  staticDeploymentSettings
};
