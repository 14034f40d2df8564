import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TTC2ININ.js";

// builtin:node:module
var require_node_module = __commonJS({
  "builtin:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// lib/inputs/lazy-modules.js
var import_node_module = __toESM(require_node_module(), 1);
var load = (0, import_node_module.createRequire)(import.meta.url);
function lazyModule(specifier) {
  let loaded;
  return () => loaded ??= load(specifier);
}
var loadYaml = lazyModule("#yaml");
var loadZod = lazyModule("#zod");
var loadJsonPath = lazyModule("#jsonpath-plus");
var loadXmlParser = lazyModule("#fast-xml-parser");

export {
  loadYaml,
  loadZod,
  loadJsonPath,
  loadXmlParser
};
