import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  ReportedFailure
} from "./chunk-4KYU7GAX.js";

// lib/deploy/types.js
var ProviderError = class extends ReportedFailure {
  name = "ProviderError";
};

export {
  ProviderError
};
