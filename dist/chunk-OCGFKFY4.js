import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);

// lib/http/retry-after.js
function retryAfterMs(headers, now) {
  const value = headers.get("retry-after")?.trim();
  if (value) {
    if (/^\d+(\.\d+)?$/.test(value))
      return Math.round(Number(value) * 1e3);
    const date = Date.parse(value);
    if (!Number.isNaN(date))
      return Math.max(0, date - now);
  }
  if (headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0)
      return Math.max(0, reset * 1e3 - now);
  }
  return void 0;
}
function backoffMs(retry, baseMs, maxMs, random) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

export {
  retryAfterMs,
  backoffMs
};
