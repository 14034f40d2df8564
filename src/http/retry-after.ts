/**
 * How long a server asked us to wait, in milliseconds from `now`, or `undefined` when it did not say.
 *
 * Reads `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3), and GitHub's rate-limit
 * headers (`x-ratelimit-remaining: 0` with `x-ratelimit-reset` in epoch seconds; see
 * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api). Negative waits become 0.
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (value) {
    if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * a uniform random wait in `[0, min(maxMs, baseMs × 2^(retry-1))]`, in milliseconds.
 * `retry` counts from 1 (the wait before the first retry).
 */
export function backoffMs(retry: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
