import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-TTC2ININ.js";

// builtin:node:child_process
var require_node_child_process = __commonJS({
  "builtin:node:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

export {
  require_node_child_process
};
