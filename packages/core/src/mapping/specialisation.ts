/**
 * Specialisation and diversity of each region's industry mix (s_ri = x_ri / x_r·, missing
 * cells left out):
 *
 * - Krugman dissimilarity (Krugman 1991, Geography and Trade): K_r = Σ_i |s_ri − s̄_ri|,
 *   s̄ being the shares of all other regions together (0 = same mix, 2 = no overlap).
 * - Hoover coefficient of specialisation (Hoover 1936): H_r = ½ Σ_i |s_ri − S_i|, S being
 *   the shares of the whole table.
 * - Herfindahl index: HHI_r = Σ_i s_ri².
 * - Gini coefficient of the region's location quotients across industries (0 = none
 *   specialised, → 1 = concentrated in few), mean-difference form.
 * - Unrelated variety (Frenken, Van Oort & Verburg 2007): entropy, in bits, of the shares
 *   of industry groups (by default the first two characters of the industry code, e.g. a
 *   NAICS sector): UV = Σ_g P_g log₂(1/P_g).
 * - Related variety: the weighted entropy within groups: RV = Σ_g P_g H_g, with
 *   H_g = Σ_{i∈g} (p_i/P_g) log₂(P_g/p_i).
 */
import type { RegionIndustryMatrix } from './region-industry-matrix';

export interface RegionIndices {
  total: Float64Array;
  krugman: Float64Array;
  hoover: Float64Array;
  herfindahl: Float64Array;
  gini: Float64Array;
  unrelatedVariety: Float64Array;
  relatedVariety: Float64Array;
}

/** `values` is sorted in place (a typed-array sort: numeric, ascending). */
function gini(values: Float64Array): number {
  const n = values.length;
  if (!n) return NaN;
  const s = values.sort();
  let sum = 0;
  let weighted = 0;
  for (let k = 0; k < n; k++) {
    sum += s[k]!;
    weighted += (k + 1) * s[k]!;
  }
  return sum === 0 ? 0 : (2 * weighted) / (n * sum) - (n + 1) / n;
}

export function regionIndices(
  matrix: RegionIndustryMatrix,
  options: { group?: (industry: string) => string } = {},
): RegionIndices {
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const x = matrix.values;
  const groupOf = options.group ?? ((i: string) => i.slice(0, 2));
  const groupIds = new Map<string, number>();
  const industryGroup = matrix.industries.map((i) => {
    const g = groupOf(i);
    if (!groupIds.has(g)) groupIds.set(g, groupIds.size);
    return groupIds.get(g)!;
  });
  const G = groupIds.size;
  const colTotal = new Float64Array(P);
  const rowTotal = new Float64Array(R);
  let grand = 0;
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < P; i++) {
      const v = x[r * P + i]!;
      if (v !== v) continue;
      rowTotal[r] = rowTotal[r]! + v;
      colTotal[i] = colTotal[i]! + v;
      grand += v;
    }
  }
  const out: RegionIndices = {
    total: rowTotal,
    krugman: new Float64Array(R),
    hoover: new Float64Array(R),
    herfindahl: new Float64Array(R),
    gini: new Float64Array(R),
    unrelatedVariety: new Float64Array(R),
    relatedVariety: new Float64Array(R),
  };
  const groupShare = new Float64Array(G);
  const lqs = new Float64Array(P);
  for (let r = 0; r < R; r++) {
    const t = rowTotal[r]!;
    if (!(t > 0)) {
      for (const key of [
        'krugman',
        'hoover',
        'herfindahl',
        'gini',
        'unrelatedVariety',
        'relatedVariety',
      ] as const)
        out[key][r] = NaN;
      continue;
    }
    const rest = grand - t;
    let k = 0;
    let h = 0;
    let hhi = 0;
    let nLq = 0;
    groupShare.fill(0);
    for (let i = 0; i < P; i++) {
      const v = x[r * P + i]!;
      const s = v === v ? v / t : 0;
      const other = rest > 0 ? (colTotal[i]! - (v === v ? v : 0)) / rest : 0;
      k += Math.abs(s - other);
      h += Math.abs(s - colTotal[i]! / grand);
      hhi += s * s;
      if (v === v && colTotal[i]! > 0) lqs[nLq++] = s / (colTotal[i]! / grand);
      groupShare[industryGroup[i]!] = groupShare[industryGroup[i]!]! + s;
    }
    let uv = 0;
    for (let g = 0; g < G; g++) if (groupShare[g]! > 0) uv += groupShare[g]! * Math.log2(1 / groupShare[g]!);
    let rv = 0;
    for (let i = 0; i < P; i++) {
      const v = x[r * P + i]!;
      if (!(v > 0)) continue;
      const p = v / t;
      const Pg = groupShare[industryGroup[i]!]!;
      // P_g · (p/P_g) · log2(P_g/p) = p · log2(P_g/p)
      rv += p * Math.log2(Pg / p);
    }
    out.krugman[r] = k;
    out.hoover[r] = h / 2;
    out.herfindahl[r] = hhi;
    out.gini[r] = gini(lqs.subarray(0, nLq));
    out.unrelatedVariety[r] = uv;
    out.relatedVariety[r] = rv;
  }
  return out;
}
