/**
 * Cluster-level measures from industry data and a cluster definition (industry → cluster):
 *
 * - **cluster employment** E(r,c) = Σ_{i ∈ c} x(r,i) (missing cells count as 0 here and
 *   are reported: the definitions' aggregation follows the CMP, which sums published cells);
 * - **cluster LQ** (U.S. Cluster Mapping Project, Delgado, Porter & Stern 2016): traded
 *   clusters against traded employment, local clusters against local employment:
 *   LQ(r,c) = (E(r,c) / E(r,T)) / (E(·,c) / E(·,T)) with T the cluster's type;
 * - **strong cluster** (CMP): among regions with E(r,c) > 0, LQ ≥ P75(LQ) and LQ ≥ 1 and
 *   E(r,c) > P25(E) and, when establishments are given, establishments > P25(est);
 *   percentiles with linear interpolation;
 * - **cluster strength of a region** (CMP): employment in its strong traded clusters /
 *   its traded-cluster employment;
 * - **stars** (European Cluster Observatory, 2007–2016): one each for size (employment in
 *   the top 10 % of regions for the cluster), specialisation (LQ ≥ 2) and focus (the
 *   cluster's share of the region's cluster employment in the top 10 % of regions).
 */
import { percentile } from './percentile';
import type { RegionIndustryMatrix } from './region-industry-matrix';

export interface ClusterDefinition {
  industry: string;
  cluster: string;
  type: 'traded' | 'local';
}

export interface ClusterTable {
  regions: readonly string[];
  clusters: string[];
  types: Array<'traded' | 'local'>;
  /** R × C, row-major. */
  employment: Float64Array;
  establishments: Float64Array | undefined;
  /** Industries of the data that no cluster claims. */
  unmappedIndustries: string[];
}

/** Sums industries into clusters. @throws Error when one industry is defined in two clusters. */
export function clusterEmployment(
  matrix: RegionIndustryMatrix,
  definitions: readonly ClusterDefinition[],
  establishments?: RegionIndustryMatrix,
): ClusterTable {
  const clusterIndex = new Map<string, number>();
  const clusters: string[] = [];
  const types: Array<'traded' | 'local'> = [];
  const ofIndustry = new Map<string, number>();
  for (const d of definitions) {
    let c = clusterIndex.get(d.cluster);
    if (c === undefined) {
      c = clusters.length;
      clusterIndex.set(d.cluster, c);
      clusters.push(d.cluster);
      types.push(d.type);
    }
    const previous = ofIndustry.get(d.industry);
    if (previous !== undefined && previous !== c) {
      throw new Error(
        `industry ${d.industry} is defined in two clusters: "${clusters[previous]}" and "${d.cluster}"`,
      );
    }
    ofIndustry.set(d.industry, c);
  }
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const C = clusters.length;
  const map = matrix.industries.map((i) => ofIndustry.get(i) ?? -1);
  const employment = new Float64Array(R * C);
  const est = establishments ? new Float64Array(R * C) : undefined;
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < P; i++) {
      const c = map[i]!;
      if (c < 0) continue;
      const v = matrix.values[r * P + i]!;
      if (v === v) employment[r * C + c] = employment[r * C + c]! + v;
      if (est && establishments) {
        const e = establishments.values[r * P + i]!;
        if (e === e) est[r * C + c] = est[r * C + c]! + e;
      }
    }
  }
  return {
    regions: matrix.regions,
    clusters,
    types,
    employment,
    establishments: est,
    unmappedIndustries: matrix.industries.filter((_, i) => map[i]! < 0),
  };
}

export interface ClusterStrength {
  lq: Float64Array;
  strong: Uint8Array;
  /** Per region: employment in strong traded clusters / traded-cluster employment (NaN with no traded employment). */
  strength: Float64Array;
  stars: Uint8Array;
  starFlags: { size: Uint8Array; specialisation: Uint8Array; focus: Uint8Array };
}

export function clusterStrength(table: ClusterTable): ClusterStrength {
  const R = table.regions.length;
  const C = table.clusters.length;
  const E = table.employment;
  const typeTotal = { traded: 0, local: 0 };
  const regionType = { traded: new Float64Array(R), local: new Float64Array(R) };
  const clusterTotal = new Float64Array(C);
  const regionTotal = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const e = E[r * C + c]!;
      const t = table.types[c]!;
      regionType[t][r] = regionType[t][r]! + e;
      typeTotal[t] += e;
      clusterTotal[c] = clusterTotal[c]! + e;
      regionTotal[r] = regionTotal[r]! + e;
    }
  }
  const lq = new Float64Array(R * C);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const t = table.types[c]!;
      lq[r * C + c] = E[r * C + c]! / regionType[t][r]! / (clusterTotal[c]! / typeTotal[t]);
    }
  }
  const strong = new Uint8Array(R * C);
  const size = new Uint8Array(R * C);
  const specialisation = new Uint8Array(R * C);
  const focus = new Uint8Array(R * C);
  for (let c = 0; c < C; c++) {
    const active: number[] = [];
    for (let r = 0; r < R; r++) if (E[r * C + c]! > 0) active.push(r);
    const lqs = active.map((r) => lq[r * C + c]!);
    const emps = active.map((r) => E[r * C + c]!);
    const shares = active.map((r) => E[r * C + c]! / regionTotal[r]!);
    const p75lq = percentile(lqs, 0.75)!;
    const p25emp = percentile(emps, 0.25)!;
    const p25est = table.establishments
      ? percentile(
          active.map((r) => table.establishments![r * C + c]!),
          0.25,
        )!
      : undefined;
    const p90emp = percentile(emps, 0.9)!;
    const p90share = percentile(shares, 0.9)!;
    for (const r of active) {
      const k = r * C + c;
      const l = lq[k]!;
      const e = E[k]!;
      const estOk = p25est === undefined || table.establishments![k]! > p25est;
      strong[k] = l >= p75lq && l >= 1 && e > p25emp && estOk ? 1 : 0;
      size[k] = e >= p90emp ? 1 : 0;
      specialisation[k] = l >= 2 ? 1 : 0;
      focus[k] = e / regionTotal[r]! >= p90share ? 1 : 0;
    }
  }
  const strength = new Float64Array(R);
  const stars = new Uint8Array(R * C);
  for (let r = 0; r < R; r++) {
    let s = 0;
    for (let c = 0; c < C; c++) {
      const k = r * C + c;
      if (strong[k] && table.types[c] === 'traded') s += E[k]!;
      stars[k] = size[k]! + specialisation[k]! + focus[k]!;
    }
    strength[r] = regionType.traded[r]! > 0 ? s / regionType.traded[r]! : NaN;
  }
  return { lq, strong, strength, stars, starFlags: { size, specialisation, focus } };
}
