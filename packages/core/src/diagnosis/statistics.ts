/**
 * Small descriptive statistics used by the diagnosis. Missing-value policy: the inputs
 * are plain numbers (callers decide what to do with unknowns first); a statistic that
 * cannot be computed returns `undefined`, never NaN.
 */

/** Arithmetic mean; `undefined` for an empty list. */
export function mean(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Median (average of the two middle values for an even count); `undefined` for an empty list. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Pearson's product-moment correlation. `undefined` when n < 3 or either variable has
 * zero variance (the coefficient is not defined).
 * @example pearson([1, 2, 3], [2, 4, 7]) // ≈ 0.9934
 */
export function pearson(x: readonly number[], y: readonly number[]): number | undefined {
  const n = x.length;
  if (n !== y.length) throw new Error(`pearson: x has ${n} values and y has ${y.length}`);
  if (n < 3) return undefined;
  const mx = mean(x)!;
  const my = mean(y)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return undefined;
  return sxy / Math.sqrt(sxx * syy);
}

/** Ranks from 1, ties sharing the average of their ranks ("fractional ranking"). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation: Pearson's correlation of the average ranks (correct with
 * ties, unlike the 1 − 6Σd²/(n(n²−1)) shortcut). `undefined` as for `pearson`.
 */
export function spearman(x: readonly number[], y: readonly number[]): number | undefined {
  if (x.length !== y.length) throw new Error(`spearman: x has ${x.length} values and y has ${y.length}`);
  return pearson(averageRanks(x), averageRanks(y));
}
