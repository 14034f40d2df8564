import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);

// lib/runtime/errors.js
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};
function errorMessage(error) {
  if (error instanceof Error)
    return error.message;
  return String(error);
}
var ReportedFailure = class extends Error {
  name = "ReportedFailure";
};

export {
  ConfigurationError,
  errorMessage,
  ReportedFailure
};
