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
var ROUTING_PROPERTIES = ["cleanUrls", "trailingSlash", "redirects", "rewrites", "headers", "routes"];
var BUILD_OVERRIDES = {
  builds: () => false,
  buildCommand: (value) => value === "" || value === null,
  installCommand: (value) => value === "" || value === null,
  framework: (value) => value === null,
  outputDirectory: (value) => value === "" || value === null,
  ignoreCommand: (value) => value === "" || value === null
};
var IGNORED_PROPERTIES = ["devCommand", "functions", "crons", "regions"];
var AS_BUILT_PROJECT_SETTINGS = {
  framework: null,
  buildCommand: "",
  installCommand: "",
  outputDirectory: "",
  // A project's Root Directory (`apps/web` in a monorepo) would be looked for inside the upload.
  rootDirectory: null
};
async function staticDeploymentSettings(path, prebuilt) {
  const key = `${String(prebuilt)}:${(0, import_node_path.resolve)(path)}:${await fileStamp((0, import_node_path.join)(path, "vercel.json"))}:${await fileStamp((0, import_node_path.join)(path, "package.json"))}`;
  let settings = readSettings.get(key);
  if (!settings) {
    settings = settingsOf(path, prebuilt);
    readSettings.set(key, settings);
    settings.catch(() => readSettings.delete(key));
  }
  return settings;
}
var readSettings = /* @__PURE__ */ new Map();
async function fileStamp(file) {
  return (0, import_promises.stat)(file).then((found) => `${found.mtimeMs}/${found.size}`, () => "-");
}
async function settingsOf(path, prebuilt) {
  if (prebuilt)
    return { body: {}, warnings: [], source: false, routes: [] };
  const source = await exists((0, import_node_path.join)(path, "package.json"));
  const settings = source ? {} : { projectSettings: { ...AS_BUILT_PROJECT_SETTINGS } };
  let text;
  try {
    text = await (0, import_promises.readFile)((0, import_node_path.join)(path, "vercel.json"), "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return { body: settings, warnings: [], source, routes: [] };
    throw new ConfigurationError(`input 'path': cannot read vercel.json: ${errorMessage(error)}`);
  }
  const config = parseVercelJson(text);
  const routing = {};
  for (const key of ROUTING_PROPERTIES)
    if (config[key] !== void 0)
      routing[key] = config[key];
  const { routesOfVercelJson } = await import("./routing-7SMZUYRP.js");
  const transformed = routesOfVercelJson(routing);
  if (transformed.error !== void 0)
    throw new ConfigurationError(`input 'path': vercel.json: ${transformed.error}`);
  const routes = transformed.routes;
  if (source)
    return { body: { ...settings, ...routing }, warnings: [], source, routes };
  for (const [key, keepsBuilt] of Object.entries(BUILD_OVERRIDES)) {
    if (config[key] !== void 0 && !keepsBuilt(config[key]))
      throw new ConfigurationError(`input 'path': vercel.json "${key}" would have Vercel build the deployed files; remove it from the built directory's vercel.json, or deploy a \`vercel build\` tree with prebuilt`);
  }
  const warnings = IGNORED_PROPERTIES.filter((key) => config[key] !== void 0).map((key) => `vercel.json "${key}" has no effect: Greenlight deploys the directory as built (use prebuilt for functions)`);
  return { body: { ...settings, ...routing }, warnings, source, routes };
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
  AS_BUILT_PROJECT_SETTINGS,
  staticDeploymentSettings
};
