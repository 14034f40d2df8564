import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  sandboxCommand,
  startSandbox
} from "./chunk-FBB7Y7FH.js";
import "./chunk-SIBLVMDM.js";
import "./chunk-J5QJJ5Q3.js";
import "./chunk-7SZDJFME.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-4RWF3PEB.js";
import "./chunk-6OSMCISV.js";
import "./chunk-4KYU7GAX.js";
import "./chunk-XXZBBZZL.js";
import "./chunk-UWARJ5PC.js";
export {
  sandboxCommand,
  startSandbox
};
