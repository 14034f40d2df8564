import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  AS_BUILT_PROJECT_SETTINGS,
  staticDeploymentSettings
} from "./chunk-NWHY6NZH.js";
import "./chunk-QNM66WSQ.js";
import "./chunk-4KYU7GAX.js";
import "./chunk-G7PDO2DP.js";
import "./chunk-TTC2ININ.js";
export {
  AS_BUILT_PROJECT_SETTINGS,
  staticDeploymentSettings
};
