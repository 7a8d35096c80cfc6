/**
 * Location quotient (Balassa's revealed comparative advantage, RCA):
 *
 *   LQ(r,i) = (x(r,i) / x(r,·)) / (x(·,i) / x(·,·))
 *
 * Balassa (1965), "Trade liberalisation and revealed comparative advantage"; the same
 * formula as py-ecomplexity's `rca` and EconGeo's `location.quotient`. Missing (NaN)
 * cells count in no total and get LQ NaN. A region or industry whose total is 0 gets
 * LQ NaN for its cells (0/0).
 *
 * The U.S. Cluster Mapping Project uses traded (or local) employment as the denominator
 * for traded (or local) clusters: pass `columns` to compute totals over a subset of
 * industries (the LQ of the other industries is then NaN).
 */
import type { RegionIndustryMatrix } from './region-industry-matrix';

export interface LocationQuotientOptions {
  /** Industries (column indexes) that form the denominator universe. __Default:__ all. */
  columns?: readonly number[];
}

/**
 * @example locationQuotient(regionIndustryMatrix(['a', 'b'], ['x', 'y'], [1, 1, 1, 3])) // [1.333…, 0.8, 0.666…, 1.2]
 */
export function locationQuotient(
  matrix: RegionIndustryMatrix,
  options: LocationQuotientOptions = {},
): Float64Array {
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const x = matrix.values;
  const use = new Uint8Array(P);
  if (options.columns) for (const i of options.columns) use[i] = 1;
  else use.fill(1);
  const { rowTotal, colShare } = totals(x, R, P, options.columns ? use : undefined);
  const lq = new Float64Array(R * P);
  for (let r = 0; r < R; r++) {
    const base = r * P;
    const rt = rowTotal[r]!;
    for (let i = 0; i < P; i++) {
      const v = x[base + i]!;
      lq[base + i] = use[i] && v === v ? v / rt / colShare[i]! : NaN;
    }
  }
  return lq;
}

/** Row totals and each column's share of the grand total, over the columns `use` marks (all when absent). */
function totals(x: Float64Array, R: number, P: number, use: Uint8Array | undefined) {
  const rowTotal = new Float64Array(R);
  const colTotal = new Float64Array(P);
  let total = 0;
  for (let r = 0; r < R; r++) {
    const base = r * P;
    let s = 0;
    if (use) {
      for (let i = 0; i < P; i++) {
        const v = x[base + i]!;
        // NaN (missing) fails the test; so do the columns outside the universe.
        if (v === v && use[i]) {
          s += v;
          colTotal[i] = colTotal[i]! + v;
        }
      }
    } else {
      for (let i = 0; i < P; i++) {
        const v = x[base + i]! || 0; // NaN (missing) counts as 0; values are never negative
        s += v;
        colTotal[i] = colTotal[i]! + v;
      }
    }
    rowTotal[r] = s;
    total += s;
  }
  const colShare = new Float64Array(P);
  for (let i = 0; i < P; i++) colShare[i] = colTotal[i]! / total;
  return { rowTotal, colShare };
}

/**
 * `locationQuotient`, `presence` and `diversityAndUbiquity` in one pass over the matrix
 * (total denominator): the same numbers, for the mapping pipeline.
 */
export function locationQuotientWithPresence(matrix: RegionIndustryMatrix, threshold = 1) {
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const x = matrix.values;
  const { rowTotal, colShare } = totals(x, R, P, undefined);
  const lq = new Float64Array(R * P);
  const m = new Uint8Array(R * P);
  const diversity = new Float64Array(R);
  const ubiquity = new Float64Array(P);
  for (let r = 0; r < R; r++) {
    const base = r * P;
    const rt = rowTotal[r]!;
    let d = 0;
    for (let i = 0; i < P; i++) {
      const q = x[base + i]! / rt / colShare[i]!; // NaN stays NaN
      lq[base + i] = q;
      // Without a branch (presence is unpredictable): 1 when present, else 0.
      const b = +(q >= threshold);
      m[base + i] = b;
      d += b;
      ubiquity[i] = ubiquity[i]! + b;
    }
    diversity[r] = d;
  }
  return { lq, presence: m, diversity, ubiquity };
}

/**
 * Presence M(r,i) = 1 if LQ ≥ threshold (default 1), else 0; NaN LQ → 0
 * (Hidalgo et al. 2007; py-ecomplexity `mcp`).
 */
export function presence(lq: Float64Array, threshold = 1): Uint8Array {
  const m = new Uint8Array(lq.length);
  for (let k = 0; k < lq.length; k++) m[k] = lq[k]! >= threshold ? 1 : 0;
  return m;
}

/** Diversity k_r = Σ_i M(r,i) and ubiquity k_i = Σ_r M(r,i) (Hidalgo & Hausmann 2009). */
export function diversityAndUbiquity(m: Uint8Array, regions: number, industries: number) {
  const diversity = new Float64Array(regions);
  const ubiquity = new Float64Array(industries);
  for (let r = 0; r < regions; r++) {
    const base = r * industries;
    let d = 0;
    for (let i = 0; i < industries; i++) {
      if (m[base + i]) {
        d++;
        ubiquity[i] = ubiquity[i]! + 1;
      }
    }
    diversity[r] = d;
  }
  return { diversity, ubiquity };
}
