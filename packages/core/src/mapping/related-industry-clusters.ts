/**
 * Data-driven cluster definitions for any region × industry table (issue 14, point 6):
 * communities of industries on a k-nearest-neighbour graph of relatedness. Each industry
 * keeps its `neighbours` most related industries by proximity φ (Hidalgo et al. 2007), the
 * graph being symmetrised (a link when either end chose it) — the usual sparse similarity
 * graph for clustering (von Luxburg 2007, "A tutorial on spectral clustering", Statistics
 * and Computing 17: §2.2) — so no industry is left alone the way a global φ threshold
 * leaves many; then Louvain (industryCommunities) at `resolution` (> 1: more, smaller
 * communities), seeded so the same table gives the same clusters. Defaults (5 neighbours,
 * resolution 2) give 9 to 24 clusters on the bundled datasets, none of one industry.
 * Delgado, Porter & Stern (2016) build the U.S. benchmark clusters from co-location,
 * input–output and skill links; this is the co-location part, for regions without
 * benchmark definitions.
 */
import { industryCommunities, type IndustryCommunities } from './industry-communities';
import { seededRandom } from '../random';

export interface RelatedClusterOptions {
  /** __Default:__ 5. */
  neighbours?: number;
  /** Louvain resolution; __Default:__ 2. */
  resolution?: number;
  /** __Default:__ 1. */
  seed?: number;
}

/** The symmetric k-nearest-neighbour graph of φ (P × P, zero where no link). */
export function nearestNeighbourGraph(phi: Float64Array, P: number, neighbours: number): Float64Array {
  const graph = new Float64Array(P * P);
  const others = Array.from({ length: P }, (_, j) => j);
  for (let i = 0; i < P; i++) {
    const best = others
      .filter((j) => j !== i && phi[i * P + j]! > 0)
      .sort((a, b) => phi[i * P + b]! - phi[i * P + a]! || a - b)
      .slice(0, neighbours);
    for (const j of best) graph[i * P + j] = graph[j * P + i] = phi[i * P + j]!;
  }
  return graph;
}

export function relatedIndustryClusters(
  phi: Float64Array,
  industries: readonly string[],
  options: RelatedClusterOptions = {},
): IndustryCommunities {
  const P = industries.length;
  const graph = nearestNeighbourGraph(phi, P, options.neighbours ?? 5);
  return industryCommunities(graph, industries, {
    threshold: Number.MIN_VALUE,
    resolution: options.resolution ?? 2,
    rng: seededRandom(options.seed ?? 1),
  });
}
