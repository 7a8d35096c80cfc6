/**
 * The statistical evidence on a cluster (issue 14 point 4; decision 090): from the
 * cluster's region and industry codes, the figures of one year of the bundled dataset for
 * its region system — value, LQ, ranks among regions, CMP strong cluster, ECO stars with
 * which stars, share of the region's total — and the growth between two years. Pure: it
 * reads computed spaces (features/map/industry-space.ts) and does no I/O.
 */
import { clusterStrength, type IndustrySystem, type RegionSystem } from '@polos/core';
import type { IndustrySpace } from '../map/industry-space';

/** The industry classification of the dataset answering for each region system. */
export const INDUSTRY_SYSTEM_FOR_REGION_SYSTEM: Record<RegionSystem, IndustrySystem> = {
  nuts2: 'nace',
  'ibge-municipality': 'cnae',
  'ibge-state': 'cnae',
  'inegi-municipality': 'naics',
  'inegi-state': 'naics',
  'fips-state': 'naics',
  'fips-county': 'naics',
};

export interface Rank {
  /** 1 = highest. */
  rank: number;
  /** Regions with a value above 0 for the industry. */
  of: number;
}

export interface YearFigures {
  year: number | null;
  value: number;
  lq: number | null;
  share: number | null;
  rankByLq: Rank | null;
  rankByValue: Rank | null;
  strong: 0 | 1;
  stars: number;
  starsEarned: Array<'size' | 'specialisation' | 'focus'>;
}

/** The rank of `x` among `xs` (1 + how many are strictly higher). */
const rankOf = (x: number, xs: number[]): Rank => ({
  rank: 1 + xs.filter((v) => v > x).length,
  of: xs.length,
});

/**
 * Size, specialisation and focus stars of one industry in every region, by the core's
 * clusterStrength on two columns — the industry and the rest of each region — which gives
 * the same LQ, percentiles and shares as the whole table (ECO rules, cluster-measures.ts).
 */
function starFlags(space: IndustrySpace, j: number) {
  const { regions, industries, values } = space.matrix;
  const I = industries.length;
  const employment = new Float64Array(regions.length * 2);
  regions.forEach((_, r) => {
    let total = 0;
    for (let k = 0; k < I; k++) {
      const v = values[r * I + k]!;
      if (Number.isFinite(v)) total += v;
    }
    const e = values[r * I + j]!;
    const own = Number.isFinite(e) ? e : 0;
    employment[r * 2] = own;
    employment[r * 2 + 1] = total - own;
  });
  const { starFlags: f } = clusterStrength({
    regions,
    clusters: ['industry', 'rest'],
    types: ['traded', 'traded'],
    employment,
    establishments: undefined,
    unmappedIndustries: [],
  });
  return (r: number) => (['size', 'specialisation', 'focus'] as const).filter((name) => f[name][r * 2] === 1);
}

/**
 * The figures of region `r` and industry `j` in a space.
 * @example yearFigures(space, 3, 10) // → { year: 2021, value: 1200, lq: 2.4, rankByLq: { rank: 2, of: 40 }, … }
 */
export function yearFigures(space: IndustrySpace, r: number, j: number): YearFigures {
  const { regions, industries, values } = space.matrix;
  const I = industries.length;
  const k = r * I + j;
  const raw = values[k]!;
  const value = Number.isFinite(raw) ? raw : 0;
  const active: number[] = [];
  for (let q = 0; q < regions.length; q++) {
    const v = values[q * I + j]!;
    if (Number.isFinite(v) && v > 0) active.push(q);
  }
  const lq = Number.isFinite(space.lq[k]!) ? space.lq[k]! : null;
  const total = space.regionTotal[r]!;
  const earned = value > 0 ? starFlags(space, j)(r) : [];
  return {
    year: space.year,
    value,
    lq,
    share: total > 0 ? value / total : null,
    rankByLq:
      value > 0 && lq !== null
        ? rankOf(
            lq,
            active.map((q) => space.lq[q * I + j]!),
          )
        : null,
    rankByValue:
      value > 0
        ? rankOf(
            value,
            active.map((q) => values[q * I + j]!),
          )
        : null,
    strong: space.strong[k] === 1 ? 1 : 0,
    stars: space.stars[k]!,
    starsEarned: earned,
  };
}

/** Compound annual growth and change between two years' figures (null without a base). */
export function growthBetween(first: YearFigures, last: YearFigures) {
  const years = (last.year ?? 0) - (first.year ?? 0);
  return {
    fromYear: first.year,
    toYear: last.year,
    change: last.value - first.value,
    cagr: first.value > 0 && years > 0 ? (last.value / first.value) ** (1 / years) - 1 : null,
  };
}

/** How the dataset's industry codes look, for the message when a cluster's code is not among them. */
export function industryLevel(space: IndustrySpace, system: IndustrySystem): string {
  const codes = space.matrix.industries;
  const lengths = [...new Set(codes.map((c) => c.length))].sort();
  const examples = codes.slice(0, 3).join(', ');
  if (system === 'nace')
    return `NACE Rev. 2 ${lengths[0] === 1 ? 'sections' : 'divisions'} (e.g. ${examples})`;
  if (system === 'cnae') return `CNAE 2.0 groups (e.g. ${examples})`;
  return `${lengths.join(' or ')}-digit NAICS codes (e.g. ${examples})`;
}
