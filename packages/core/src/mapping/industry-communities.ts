/**
 * Data-driven cluster definitions: communities of industries on the relatedness network
 * (proximity φ), found with the Louvain method (Blondel et al. 2008) as implemented by
 * graphology-communities-louvain. Only edges with φ ≥ `threshold` are kept (the product
 * space is dense; Hidalgo et al. 2007 keep the strongest links), weighted by φ. Louvain is
 * randomised: pass `rng` (a seeded generator) for reproducible results; isolated
 * industries form communities of their own. Delgado, Porter & Stern (2016) define the
 * U.S. benchmark clusters with related methods on co-location, input–output and skill
 * links; this is the co-location part, for regions without benchmark definitions.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';

export interface IndustryCommunities {
  /** Community index of each industry (0-based, largest community first). */
  community: Int32Array;
  count: number;
  modularity: number;
}

export function industryCommunities(
  phi: Float64Array,
  industries: readonly string[],
  options: { threshold?: number; resolution?: number; rng?: () => number } = {},
): IndustryCommunities {
  const P = industries.length;
  const threshold = options.threshold ?? 0.5;
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < P; i++) graph.addNode(String(i));
  for (let i = 0; i < P; i++) {
    for (let j = i + 1; j < P; j++) {
      const w = phi[i * P + j]!;
      if (w >= threshold && w > 0) graph.addUndirectedEdge(String(i), String(j), { weight: w });
    }
  }
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    ...(options.rng ? { rng: options.rng } : {}),
  });
  // Renumber: largest community first, ties by first industry.
  const raw = Array.from({ length: P }, (_, i) => detailed.communities[String(i)]!);
  const sizes = new Map<number, { size: number; first: number }>();
  raw.forEach((c, i) => {
    const s = sizes.get(c);
    if (s) s.size++;
    else sizes.set(c, { size: 1, first: i });
  });
  const order = [...sizes.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first)
    .map(([c]) => c);
  const index = new Map(order.map((c, k) => [c, k]));
  return {
    community: Int32Array.from(raw, (c) => index.get(c)!),
    count: order.length,
    modularity: detailed.modularity,
  };
}

export { seededRandom } from '../random';
