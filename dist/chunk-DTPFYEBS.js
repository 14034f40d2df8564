import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-TTC2ININ.js";

// builtin:node:timers/promises
var require_promises = __commonJS({
  "builtin:node:timers/promises"(exports, module) {
    module.exports = __require("node:timers/promises");
  }
});

export {
  require_promises
};
