/**
 * The regions most similar to one by industry structure: the cosine similarity of their
 * vectors of industry shares, s_ri = x_ri / Σ_i x_ri (missing cells as 0),
 *   cos(r, q) = Σ_i s_ri s_qi / (‖s_r‖ ‖s_q‖),
 * 1 for identical structures, 0 for regions with no industry in common. The measure the
 * U.S. Cluster Mapping Project's "similar regions" and the Atlas of Economic Complexity's
 * export-similarity views rest on (Delgado, Porter & Stern 2016 compare regions by
 * cluster composition; cosine similarity of shares is the stated method here). Shares
 * make the measure independent of size: a small region can be most like a large one.
 */
import type { RegionIndustryMatrix } from './region-industry-matrix';

export interface SimilarRegion {
  region: number;
  similarity: number;
}

/** The `limit` regions most similar to region `r` (itself excluded), most similar first. */
export function similarRegions(matrix: RegionIndustryMatrix, r: number, limit = 5): SimilarRegion[] {
  const P = matrix.industries.length;
  const x = matrix.values;
  const cell = (q: number, i: number) => {
    const v = x[q * P + i]!;
    return Number.isFinite(v) ? v : 0;
  };
  const norm = (q: number) => {
    let s = 0;
    for (let i = 0; i < P; i++) s += cell(q, i) ** 2;
    return Math.sqrt(s);
  };
  // Cosine similarity is the same on shares and on values (the row total cancels).
  const nr = norm(r);
  const found: SimilarRegion[] = [];
  if (nr === 0) return found;
  for (let q = 0; q < matrix.regions.length; q++) {
    if (q === r) continue;
    const nq = norm(q);
    if (nq === 0) continue;
    let dot = 0;
    for (let i = 0; i < P; i++) dot += cell(r, i) * cell(q, i);
    found.push({ region: q, similarity: dot / (nr * nq) });
  }
  return found.sort((a, b) => b.similarity - a.similarity || a.region - b.region).slice(0, limit);
}
