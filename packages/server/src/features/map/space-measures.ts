/**
 * The measures of the map studio's industry view for one region × industry matrix: the
 * heavy part of a space, run on a worker thread by the studio (space-threads.ts) so the
 * server keeps answering. Imports only the core (no database, no configuration).
 */
import { clusterStrength, percentile, relatedIndustryClusters, type RegionIndustryMatrix } from '@polos/core';
import type { DataNote } from '@polos/core/data-notes';
import { mapRegionIndustry } from '@polos/core/pipelines';

export interface SpaceMeasures {
  regionTotal: Float64Array;
  industryTotal: Float64Array;
  lq: Float64Array;
  present: Uint8Array;
  diversity: Float64Array;
  ubiquity: Float64Array;
  density: Float64Array;
  eci: Float64Array;
  pci: Float64Array;
  /**
   * Regions × industries: 1 when the industry is a strong cluster of the region (U.S.
   * Cluster Mapping Project rule applied to each industry as its own cluster: LQ ≥ P75 of
   * the regions with the industry, LQ ≥ 1, value > P25), core clusterStrength.
   */
  strong: Uint8Array;
  /** Regions × industries: European Cluster Observatory stars 0–3 (size, specialisation, focus). */
  stars: Uint8Array;
  /** Per industry: [P75 of the LQ, P25 of the value] over the regions with the industry (the strong rule's thresholds). */
  strongRule: Float64Array;
  /**
   * Data-driven clusters (core relatedIndustryClusters: Louvain on the 5-nearest-neighbour
   * relatedness graph, resolution 2, seed 1): each industry's cluster, largest first.
   */
  community: Int32Array;
  communityCount: number;
  modularity: number;
  edges: Array<[number, number, number]>;
  /** The first `tree` edges are the maximum spanning forest; the rest are the strong links. */
  tree: number;
  notes: DataNote[];
}

/**
 * Every measure of the space of a matrix (pure): the core's mapRegionIndustry pipeline with
 * the studio's conventions (density without the industry itself, Hidalgo et al. 2007; the
 * backbone keeps the spanning forest plus at most 2 strong links per industry, φ ≥ 0.55,
 * so 1,000+ nodes stay readable). `notes` are the pipeline's warnings, in words.
 */
export async function spaceMeasures(matrix: RegionIndustryMatrix): Promise<SpaceMeasures> {
  const result = await mapRegionIndustry(matrix, {
    measures: ['totals', 'lq', 'proximity', 'density', 'complexity', 'backbone'],
    densityDiagonal: 'exclude',
    backbone: { threshold: 0.55, maxExtraPerIndustry: 2 },
  });
  const { strong, stars, strongRule } = industryStrength(matrix);
  const clusters = relatedIndustryClusters(result.proximity!, matrix.industries);
  return {
    strong,
    stars,
    strongRule,
    community: clusters.community,
    communityCount: clusters.count,
    modularity: clusters.modularity,
    regionTotal: result.totals!.region,
    industryTotal: result.totals!.industry,
    lq: result.lq!,
    present: result.presence!,
    diversity: result.diversity!,
    ubiquity: result.ubiquity!,
    density: result.density!,
    eci: result.complexity!.eci,
    pci: result.complexity!.pci,
    edges: result.backbone!.edges,
    tree: result.backbone!.tree,
    notes: result.warnings.map((w) => w.note),
  };
}

/**
 * Strong clusters and stars with each industry as its own (traded) cluster: the core's
 * clusterStrength on the matrix, missing cells counted as 0 (as the CMP sums published cells).
 */
export function industryStrength(matrix: RegionIndustryMatrix): {
  strong: Uint8Array;
  stars: Uint8Array;
  strongRule: Float64Array;
} {
  const employment = Float64Array.from(matrix.values, (v) => (Number.isFinite(v) ? v : 0));
  const { strong, stars, lq } = clusterStrength({
    regions: matrix.regions,
    clusters: [...matrix.industries],
    types: matrix.industries.map(() => 'traded' as const),
    employment,
    establishments: undefined,
    unmappedIndustries: [],
  });
  // The rule's thresholds per industry, as clusterStrength computes them, for the page to state.
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const strongRule = new Float64Array(P * 2).fill(NaN);
  for (let i = 0; i < P; i++) {
    const active = [...Array(R).keys()].filter((r) => employment[r * P + i]! > 0);
    strongRule[i * 2] =
      percentile(
        active.map((r) => lq[r * P + i]!),
        0.75,
      ) ?? NaN;
    strongRule[i * 2 + 1] =
      percentile(
        active.map((r) => employment[r * P + i]!),
        0.25,
      ) ?? NaN;
  }
  return { strong, stars, strongRule };
}
