import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);

// lib/notify/delivery.js
function describeFailure(failure) {
  return `${failure.code} (${failure.call}${failure.detail ? `; ${failure.detail}` : ""})`;
}
var SEND_DEFAULTS = {
  timeoutMs: 1e4,
  maxRetryAfterMs: 3e4,
  notSentRetryDelaysMs: [500, 1500]
};
var NOT_SENT_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function networkErrorCode(error) {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = current.code;
    if (typeof code === "string" && code !== "")
      return code;
    current = current.cause;
  }
  return void 0;
}
function neverSent(error) {
  const code = networkErrorCode(error);
  return code !== void 0 && NOT_SENT_CODES.has(code);
}
function isTimeout(error) {
  return error instanceof Error && error.name === "TimeoutError";
}
function noAnswerFailure(error, call, timeoutMs) {
  if (isTimeout(error)) {
    return { code: "timeout", call, detail: `no answer within ${timeoutMs} ms; it may have been posted` };
  }
  const code = networkErrorCode(error);
  const sent = code !== void 0 && NOT_SENT_CODES.has(code);
  return {
    code: "network_error",
    call,
    // The code or the error's class, never its message: a URL there could be a webhook's secret one.
    detail: `${code ?? (error instanceof Error ? error.name : typeof error)}${sent ? "" : "; it may have been posted"}`
  };
}
function witnessFetch(base = globalThis.fetch) {
  let last;
  let requests = 0;
  return {
    fetch: async (url, init) => {
      requests++;
      last = void 0;
      const response = await base(url, init);
      last = { status: response.status, headers: response.headers };
      return response;
    },
    get last() {
      return last;
    },
    get requests() {
      return requests;
    }
  };
}

export {
  describeFailure,
  SEND_DEFAULTS,
  neverSent,
  noAnswerFailure,
  witnessFetch
};
