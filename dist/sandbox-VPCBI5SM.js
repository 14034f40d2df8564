import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  sandboxCommand,
  startSandbox
} from "./chunk-KBIIVOJZ.js";
import "./chunk-DTPFYEBS.js";
import "./chunk-UQCJ7XO3.js";
import "./chunk-RIBDMVJD.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-TGSPGS3T.js";
import "./chunk-V24XHRWZ.js";
import "./chunk-QNM66WSQ.js";
import "./chunk-4KYU7GAX.js";
import "./chunk-5LQ3PGOO.js";
import "./chunk-G7PDO2DP.js";
import "./chunk-TTC2ININ.js";
export {
  sandboxCommand,
  startSandbox
};
