/**
 * Growth between two years of the same region × industry table.
 *
 * - Compound annual growth rate: CAGR = (x₁ / x₀)^(1/years) − 1 (undefined → NaN when
 *   x₀ ≤ 0 or a value is missing).
 * - Job creation: x₁ − x₀.
 * - Shift-share (Dunn 1960; Esteban-Marquillas 1972 notation), for region r and industry i
 *   with national growth g = X₁/X₀ − 1 and industry growth gᵢ = X₁ᵢ/X₀ᵢ − 1 and local
 *   growth g_ri = x₁/x₀ − 1:
 *     national share  NS = x₀ · g
 *     industry mix    IM = x₀ · (gᵢ − g)
 *     competitive     CE = x₀ · (g_ri − gᵢ)
 *   NS + IM + CE = x₁ − x₀ exactly. Cells missing in either year are left out of every
 *   total (NaN in the result).
 */
import type { RegionIndustryMatrix } from './region-industry-matrix';

export interface Growth {
  cagr: Float64Array;
  change: Float64Array;
  nationalShare: Float64Array;
  industryMix: Float64Array;
  competitive: Float64Array;
}

/** @throws Error when the two tables do not have the same regions and industries in the same order. */
export function growth(start: RegionIndustryMatrix, end: RegionIndustryMatrix, years: number): Growth {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((v, k) => v === b[k]);
  if (!same(start.regions, end.regions) || !same(start.industries, end.industries)) {
    throw new Error('growth: the two tables must have the same regions and industries, in the same order');
  }
  if (!(years > 0)) throw new Error(`growth: years must be positive, not ${years}`);
  const R = start.regions.length;
  const P = start.industries.length;
  const n = R * P;
  const x0 = start.values;
  const x1 = end.values;
  const both = (k: number) => x0[k]! === x0[k]! && x1[k]! === x1[k]!;
  const i0 = new Float64Array(P);
  const i1 = new Float64Array(P);
  let t0 = 0;
  let t1 = 0;
  for (let k = 0; k < n; k++) {
    if (!both(k)) continue;
    const i = k % P;
    i0[i] = i0[i]! + x0[k]!;
    i1[i] = i1[i]! + x1[k]!;
    t0 += x0[k]!;
    t1 += x1[k]!;
  }
  const g = t1 / t0 - 1;
  const out: Growth = {
    cagr: new Float64Array(n),
    change: new Float64Array(n),
    nationalShare: new Float64Array(n),
    industryMix: new Float64Array(n),
    competitive: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    if (!both(k)) {
      out.cagr[k] = out.change[k] = out.nationalShare[k] = out.industryMix[k] = out.competitive[k] = NaN;
      continue;
    }
    const i = k % P;
    const a = x0[k]!;
    const b = x1[k]!;
    const gi = i1[i]! / i0[i]! - 1;
    out.cagr[k] = a > 0 ? (b / a) ** (1 / years) - 1 : NaN;
    out.change[k] = b - a;
    out.nationalShare[k] = a * g;
    out.industryMix[k] = a * (gi - g);
    out.competitive[k] = a > 0 ? b - a - a * gi : NaN;
  }
  return out;
}
