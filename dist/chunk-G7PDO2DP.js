import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-TTC2ININ.js";

// builtin:node:path
var require_node_path = __commonJS({
  "builtin:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_node_path
};
