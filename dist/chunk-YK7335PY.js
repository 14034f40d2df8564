import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  scrubSecrets
} from "./chunk-5TBTIP7P.js";

// lib/http/errors.js
var HttpError = class extends Error {
  where;
  kind;
  attempts;
  status;
  body;
  name = "HttpError";
  /** What happened, without the method and URL (`connection failed (ECONNREFUSED) after 4 attempts`). */
  detail;
  /** The API's error code (see {@link HttpErrorInfo.code}). */
  code;
  /** When a repeat is allowed, ms since the epoch (see {@link HttpErrorInfo.retryAt}). */
  retryAt;
  constructor(where, detail, kind, attempts, status, body, info = {}) {
    const clean = scrubSecrets(detail);
    super(`${where}: ${clean}`);
    this.where = where;
    this.kind = kind;
    this.attempts = attempts;
    this.status = status;
    this.body = body;
    this.detail = clean;
    this.code = info.code;
    this.retryAt = info.retryAt;
  }
  /** A 404 answer: what the request named (an id, a domain) does not exist, or is not visible with this token. */
  get notFound() {
    return this.kind === "status" && this.status === 404;
  }
  /** A 4xx answer other than 408 and 429: the request itself was refused and repeating it will not help. */
  get refused() {
    return this.kind === "status" && this.status !== void 0 && this.status >= 400 && this.status < 500 && !TRANSIENT_STATUS.has(this.status);
  }
};
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([408, 425, 429]);
function isTransientStatus(status) {
  return TRANSIENT_STATUS.has(status) || status >= 500 && status <= 599 && status !== 501 && status !== 505;
}
function isTransient(error) {
  if (!(error instanceof HttpError))
    return false;
  switch (error.kind) {
    case "timeout":
    case "network":
    case "rate_limited":
      return true;
    case "status":
      return error.status !== void 0 && isTransientStatus(error.status);
    default:
      return false;
  }
}
function redactUrl(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "<invalid url>";
  }
}

export {
  HttpError,
  isTransient,
  redactUrl
};
