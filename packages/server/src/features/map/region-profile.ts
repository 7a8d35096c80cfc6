/**
 * A region's profile in one dataset (docs/methods/mapping.md, "Region profile"; the way the
 * U.S. Cluster Mapping region dashboard and the Atlas country profile read): size and its
 * rank, growth since a first year with the shift-share of the change, top specialisations,
 * strong clusters and stars (each industry as its own cluster), specialisation and
 * diversity indices, economic complexity and its rank, diversification opportunities and
 * the five most similar regions (cosine similarity of industry shares). Every formula is
 * the core's: growth, regionIndices, similarRegions, regionOpportunities, clusterStrength.
 */
import {
  growth,
  regionIndices,
  regionIndustryMatrix,
  similarRegions,
  type RegionIndustryMatrix,
} from '@polos/core';
import { regionProfile, type IndustrySpace } from './industry-space';
import type { Lang } from './geographies';

const finite = (v: number) => (Number.isFinite(v) ? v : null);

/** `m` re-indexed on `regions` × `industries` (absent rows or columns missing). */
export function aligned(
  m: RegionIndustryMatrix,
  regions: readonly string[],
  industries: readonly string[],
): RegionIndustryMatrix {
  const P = m.industries.length;
  const rowOf = new Map(m.regions.map((code, r) => [code, r]));
  const colOf = new Map(m.industries.map((code, i) => [code, i]));
  const values = new Float64Array(regions.length * industries.length).fill(NaN);
  regions.forEach((code, r) => {
    const from = rowOf.get(code);
    if (from === undefined) return;
    industries.forEach((ind, i) => {
      const at = colOf.get(ind);
      if (at !== undefined) values[r * industries.length + i] = m.values[from * P + at]!;
    });
  });
  return regionIndustryMatrix(regions, industries, values);
}

/** 1-based rank of `value` among `all` (highest first), over the finite values; null when not finite. */
export function rankOf(all: ArrayLike<number>, value: number): { rank: number; of: number } | null {
  if (!Number.isFinite(value)) return null;
  let higher = 0;
  let of = 0;
  for (let k = 0; k < all.length; k++) {
    const v = all[k]!;
    if (!Number.isFinite(v)) continue;
    of++;
    if (v > value) higher++;
  }
  return { rank: higher + 1, of };
}

export function buildRegionProfile(
  s: IndustrySpace,
  r: number,
  start: IndustrySpace | null,
  lang: Lang,
  limit: number,
) {
  const P = s.matrix.industries.length;
  const R = s.matrix.regions.length;
  const total = s.regionTotal[r]!;
  let grand = 0;
  for (let q = 0; q < R; q++) grand += s.regionTotal[q]!;
  const cls = s.classification;
  const indices = regionIndices(s.matrix, { group: (code) => cls?.group(code) ?? code.slice(0, 2) });

  // Growth from the first year: the same regions and industries in both tables.
  let change: ReturnType<typeof growthOf> | null = null;
  if (start && start.year !== null && s.year !== null && start.year < s.year) {
    change = growthOf(start, s, r);
  }
  const cell = (i: number) => {
    const k = r * P + i;
    return {
      industry: i,
      code: s.matrix.industries[i]!,
      label: cls?.label(s.matrix.industries[i]!, lang) ?? s.matrix.industries[i]!,
      value: finite(s.matrix.values[k]!),
      lq: finite(s.lq[k]!),
      share: total > 0 ? finite(s.matrix.values[k]! / total) : null,
      strong: s.strong[k] === 1,
      stars: s.stars[k]!,
      cagr: change ? finite(change.g.cagr[k]!) : null,
      change: change ? finite(change.g.change[k]!) : null,
    };
  };
  const byLq = (a: { lq: number | null }, b: { lq: number | null }) => (b.lq ?? 0) - (a.lq ?? 0);
  const all = Array.from({ length: P }, (_, i) => i);
  const { opportunities, specialisations } = regionProfile(s, r, limit);
  return {
    size: {
      total,
      share: grand > 0 ? total / grand : null,
      rank: rankOf(s.regionTotal, total),
      diversity: s.diversity[r]!,
    },
    growth: change
      ? {
          from: start!.year!,
          to: s.year!,
          startTotal: change.startTotal,
          cagr: finite(change.cagr),
          change: finite(change.endTotal - change.startTotal),
          nationalShare: change.ns,
          industryMix: change.im,
          competitive: change.ce,
          comparable: change.comparable,
        }
      : null,
    specialisations: specialisations.map((sp) => cell(sp.industry)),
    strongClusters: all
      .filter((i) => s.strong[r * P + i])
      .map(cell)
      .sort(byLq),
    stars: all
      .filter((i) => s.stars[r * P + i]! > 0)
      .map(cell)
      .sort((a, b) => b.stars - a.stars || byLq(a, b))
      .slice(0, limit),
    indices: {
      krugman: finite(indices.krugman[r]!),
      hoover: finite(indices.hoover[r]!),
      herfindahl: finite(indices.herfindahl[r]!),
      gini: finite(indices.gini[r]!),
      relatedVariety: finite(indices.relatedVariety[r]!),
      unrelatedVariety: finite(indices.unrelatedVariety[r]!),
    },
    complexity: { eci: finite(s.eci[r]!), rank: rankOf(s.eci, s.eci[r]!) },
    opportunities: opportunities.map((o) => ({
      ...cell(o.industry),
      density: o.density,
      complexity: o.complexity,
      score: o.score,
    })),
    similar: similarRegions(s.matrix, r, 5).map((x) => ({
      code: s.matrix.regions[x.region]!,
      name: s.places[x.region]!.name[lang],
      similarity: x.similarity,
    })),
  };
}

/**
 * The region's growth between two spaces: the core's growth on the cells present in both
 * years (a region or industry absent from one year is left out and counted), and the
 * region's sums of the shift-share components over its industries.
 */
function growthOf(start: IndustrySpace, end: IndustrySpace, r: number) {
  const regions = end.matrix.regions;
  const industries = end.matrix.industries;
  const years = end.year! - start.year!;
  const g = growth(aligned(start.matrix, regions, industries), end.matrix, years);
  const P = industries.length;
  let ns = 0;
  let im = 0;
  let ce = 0;
  let startTotal = 0;
  let endTotal = 0;
  let comparable = 0;
  for (let i = 0; i < P; i++) {
    const k = r * P + i;
    if (!Number.isFinite(g.change[k]!)) continue;
    comparable++;
    ns += g.nationalShare[k]!;
    im += g.industryMix[k]!;
    // The competitive effect as the rest of the change (x₀ = 0 included): NS + IM + CE = Δ.
    ce += g.change[k]! - g.nationalShare[k]! - g.industryMix[k]!;
    endTotal += end.matrix.values[k]!;
    startTotal += end.matrix.values[k]! - g.change[k]!;
  }
  const cagr = startTotal > 0 ? (endTotal / startTotal) ** (1 / years) - 1 : NaN;
  return { g, ns, im, ce, startTotal, endTotal, cagr, comparable };
}
