import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-TGSPGS3T.js";
import {
  require_ajv
} from "./chunk-V24XHRWZ.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/deploy/vercel/routing.js
var import_routing_utils = __toESM(require_dist(), 1);
var import_ajv = __toESM(require_ajv(), 1);
var SCHEMAS = {
  cleanUrls: import_routing_utils.cleanUrlsSchema,
  trailingSlash: import_routing_utils.trailingSlashSchema,
  redirects: import_routing_utils.redirectsSchema,
  rewrites: import_routing_utils.rewritesSchema,
  headers: import_routing_utils.headersSchema,
  routes: import_routing_utils.routesSchema
};
var NEWER_PROPERTIES = ["cleanUrls", "trailingSlash", "redirects", "rewrites", "headers"];
function schemaError(routing) {
  const present = Object.keys(SCHEMAS).filter((key) => routing[key] !== void 0);
  if (present.length === 0)
    return void 0;
  const ajv = new import_ajv.Ajv({ strict: false, allErrors: false, code: { optimize: false } });
  const validate = ajv.compile({
    type: "object",
    properties: Object.fromEntries(present.map((key) => [key, SCHEMAS[key]]))
  });
  if (validate(routing))
    return void 0;
  const issue = validate.errors?.[0];
  const where = (issue?.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
  return `${where || "routing"}: ${issue?.message ?? "invalid"}`;
}
function routesOfVercelJson(routing) {
  const invalid = schemaError(routing);
  if (invalid !== void 0)
    return { error: invalid };
  const mixed = NEWER_PROPERTIES.filter((key) => routing[key] !== void 0);
  if (routing.routes !== void 0 && mixed.length > 0)
    return { error: `routes cannot be used together with ${mixed.join(", ")}` };
  const transformed = (0, import_routing_utils.getTransformedRoutes)(routing);
  if (transformed.error)
    return { error: transformed.error.message.replace(/\s+/g, " ").trim() };
  return { routes: transformed.routes ?? [] };
}
export {
  routesOfVercelJson
};
