/**
 * Percentile with linear interpolation between closest ranks (Hyndman & Fan 1996 type 7;
 * numpy's and R's default; the U.S. Cluster Mapping Project's convention). `undefined`
 * for no values.
 * @example percentile([1, 2, 3, 4], 0.25) // 1.75
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}
