/** Durations for people: logs, errors, summaries. */

/**
 * Formats milliseconds the way `parseDuration` (src/inputs/parse.ts) reads them, rounded to what it shows:
 * `1500` → `1.5s`, `90000` → `1m30s`, `9810002` → `2h44m`.
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  if (ms < 3_600_000) {
    const seconds = Math.round(ms / 1000); // round the total, so 119.6 s is 2m, never 1m60s
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 ? `${minutes}m${seconds % 60}s` : `${minutes}m`;
  }
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
}
