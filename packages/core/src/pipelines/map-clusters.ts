/**
 * Step 3.7–3.8 of `mapRegionIndustry`: the cluster measures from cluster definitions —
 * employment, LQ, strong clusters and stars (U.S. CMP; European Cluster Observatory) — and
 * the relatedness of the traded clusters (Hidalgo et al. 2007 applied to clusters: presence
 * = cluster LQ ≥ 1; proximity and density without the cluster itself; complexity; each
 * region's diversification opportunities), with the same mapping functions as industries.
 */
import { clusterEmployment, clusterStrength } from '../mapping/cluster-measures';
import { diversificationOpportunities } from '../mapping/diversification-opportunities';
import { economicComplexity } from '../mapping/economic-complexity';
import { diversityAndUbiquity, presence } from '../mapping/location-quotient';
import { mappingWarnings, type MappingWarning } from '../mapping/mapping-warnings';
import { proximity } from '../mapping/proximity';
import { regionIndustryMatrix, type RegionIndustryMatrix } from '../mapping/region-industry-matrix';
import { relatednessDensity } from '../mapping/relatedness-density';
import type { MapRegionIndustryParsedOptions } from './map-options';
import type { MapRegionIndustryResult } from './map-result';

type Clusters = NonNullable<MapRegionIndustryResult['clusters']>;

export function clusterMeasures(
  matrix: RegionIndustryMatrix,
  options: NonNullable<MapRegionIndustryParsedOptions['clusters']>,
  relatedness: boolean,
  warnings: MappingWarning[],
): Clusters {
  const table = clusterEmployment(matrix, options.definitions, options.establishments);
  const strength = clusterStrength(table);
  if (table.unmappedIndustries.length)
    warnings.push(mappingWarnings.unmappedIndustries(table.unmappedIndustries));
  const clusters: Clusters = { table, strength };
  if (relatedness) clusters.relatedness = tradedRelatedness(table, strength, options.opportunities);
  return clusters;
}

function tradedRelatedness(
  ct: Clusters['table'],
  s: Clusters['strength'],
  limit: number,
): NonNullable<Clusters['relatedness']> {
  const traded = ct.clusters.map((_, c) => c).filter((c) => ct.types[c] === 'traded');
  const R = ct.regions.length;
  const C = ct.clusters.length;
  const T = traded.length;
  const lq = new Float64Array(R * T);
  for (let r = 0; r < R; r++) for (let k = 0; k < T; k++) lq[r * T + k] = s.lq[r * C + traded[k]!]!;
  const m = presence(lq);
  const { diversity, ubiquity } = diversityAndUbiquity(m, R, T);
  const phi = proximity(m, R, T, ubiquity, { diagonal: 'zero' });
  const density = relatednessDensity(m, phi, R, T);
  const names = traded.map((c) => ct.clusters[c]!);
  const ec = economicComplexity(
    m,
    R,
    T,
    diversity,
    ubiquity,
    regionIndustryMatrix([...ct.regions], names, lq),
  );
  return {
    clusters: names,
    lq,
    present: m,
    proximity: phi,
    density,
    complexity: ec.pci,
    opportunities: ct.regions.map((_, r) =>
      diversificationOpportunities(m, density, ec.pci, r, T, { limit }).map((o) => ({
        cluster: o.industry,
        density: o.density,
        complexity: o.pci,
        score: o.score,
      })),
    ),
  };
}
