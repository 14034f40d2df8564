/**
 * The `p`-th percentile (0–100) of `values` by the nearest-rank method, or `undefined` for no values.
 * Nearest rank: the smallest value such that at least p % of the values are ≤ it.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
