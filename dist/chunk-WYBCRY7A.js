import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);

// lib/github/run-url.js
function workflowRunUrlFrom(env) {
  const repository = env.GITHUB_REPOSITORY?.trim();
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!repository || !runId)
    return void 0;
  const server = (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "");
  return `${server}/${repository}/actions/runs/${runId}`;
}

// lib/deploy/vercel/errors.js
function errorObject(body) {
  if (!body || typeof body !== "object")
    return void 0;
  const error = body.error;
  return error && typeof error === "object" ? error : void 0;
}
var vercelErrorFormat = {
  message(body) {
    const error = errorObject(body);
    if (typeof error?.message !== "string")
      return void 0;
    return typeof error.code === "string" ? `${error.message} (${error.code})` : error.message;
  },
  code(body) {
    const code = errorObject(body)?.code;
    return typeof code === "string" ? code : void 0;
  }
};

export {
  workflowRunUrlFrom,
  vercelErrorFormat
};
