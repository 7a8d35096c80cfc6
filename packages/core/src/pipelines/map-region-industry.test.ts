import { describe, expect, it } from 'vitest';
import { clusterEmployment, clusterStrength, type ClusterDefinition } from '../mapping/cluster-measures';
import { complexityOutlook } from '../mapping/complexity-outlook';
import { diversificationOpportunities } from '../mapping/diversification-opportunities';
import { economicComplexity } from '../mapping/economic-complexity';
import { diversityAndUbiquity, locationQuotientWithPresence, presence } from '../mapping/location-quotient';
import { proximity } from '../mapping/proximity';
import { maximumSpanningForest, strongLinks } from '../mapping/proximity-backbone';
import { regionIndustryMatrix } from '../mapping/region-industry-matrix';
import { relatednessDensity } from '../mapping/relatedness-density';
import { regionIndices } from '../mapping/specialisation';
import { MappingOptionsError, mapRegionIndustry, regionOpportunities } from './map-region-industry';
import { mappingMeasures } from './map-options';
import { mapRegionIndustryResultSchema } from './map-result';

/** A seeded 40 regions × 30 industries matrix, about a third of the cells zero, two missing. */
function fixture() {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const R = 40;
  const P = 30;
  const regions = Array.from({ length: R }, (_, r) => `r${r}`);
  const industries = Array.from({ length: P }, (_, i) => `${11 + (i % 3)}${String(i).padStart(4, '0')}`);
  const values = Array.from({ length: R * P }, () =>
    random() < 0.33 ? 0 : Math.round(1000 * random() ** 3),
  );
  values[5] = NaN;
  values[77] = NaN;
  const definitions: ClusterDefinition[] = industries.map((industry, i) => ({
    industry,
    cluster: `c${i % 5}`,
    type: i % 5 === 4 ? 'local' : 'traded',
  }));
  return { matrix: regionIndustryMatrix(regions, industries, values), definitions, R, P };
}

/** Every measure but the two that need cluster definitions. */
const all = mappingMeasures.filter((m) => m !== 'clusters' && m !== 'clusterRelatedness');

describe('mapRegionIndustry', () => {
  it('options that fail the schema are refused, the error naming each field', async () => {
    const { matrix } = fixture();
    const fields = async (options: object) => {
      const error = await mapRegionIndustry(matrix, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MappingOptionsError);
      return (error as MappingOptionsError).issues.map((i) => i.field);
    };
    expect(await fields({ densityDiagonal: 'both' })).toEqual(['densityDiagonal']);
    expect(await fields({ measures: ['lq', 'eci'] })).toEqual(['measures.1']);
    expect(await fields({ backbone: { threshold: 2 } })).toEqual(['backbone.threshold']);
    expect(await fields({ presenceThreshold: -1, pciScale: 'z' })).toEqual(['presenceThreshold', 'pciScale']);
    expect(await fields({ density: 'include' })).toEqual(['(options)']);
    await expect(mapRegionIndustry(matrix, { measures: ['clusters'] })).rejects.toThrow(/clusters/);
  });

  it('a matrix with missing cells raises the missing-cells warning once, and counts them', async () => {
    const { matrix } = fixture();
    const result = await mapRegionIndustry(matrix, { measures: ['lq'] });
    expect(result.warnings.filter((w) => w.code === 'missing-cells')).toHaveLength(1);
    expect(result.warnings[0]!.message).toMatch(/^2 cell\(s\) are missing/);
    expect(result.provenance.input).toEqual({ regions: 40, industries: 30, cells: 1200, missingCells: 2 });
  });

  it('an industry related to no other raises isolated-industry (its density is NaN without the industry itself)', async () => {
    // x only in region a, where nothing else is: φ(x, ·) = 0 off the diagonal.
    const matrix = regionIndustryMatrix(['a', 'b', 'c'], ['x', 'y', 'z'], [10, 0, 0, 0, 5, 5, 0, 5, 5]);
    const excluded = await mapRegionIndustry(matrix, { measures: ['density'] });
    expect(excluded.warnings).toEqual([
      {
        code: 'isolated-industry',
        message: '1 industr(y/ies) have zero proximity to every other industry: their density is NaN',
        labels: ['x'],
        note: expect.objectContaining({ code: 'isolated-industry', values: { count: 1 } }),
      },
    ]);
    expect(Number.isNaN(excluded.density![0])).toBe(true);
    // With the industry itself (py-ecomplexity), x's density is its presence: not isolated.
    const included = await mapRegionIndustry(matrix, { measures: ['density'], densityDiagonal: 'include' });
    expect(included.warnings).toEqual([]);
    expect(included.density![0]).toBe(1);
  });

  it('the result parses with mapRegionIndustryResultSchema, every measure asked for', async () => {
    const { matrix, definitions } = fixture();
    const result = await mapRegionIndustry(matrix, {
      measures: [...all, 'clusterRelatedness'],
      clusters: { definitions },
      year: 2021,
    });
    expect(() => mapRegionIndustryResultSchema.parse(result)).not.toThrow();
    expect(result.provenance.options.measures).toEqual(expect.arrayContaining([...all, 'clusters']));
    expect(Object.keys(result.provenance.phasesMs)).toEqual([
      'lq',
      'proximity',
      'density',
      'eci_pci',
      'outlook',
      'backbone',
      'indices_clusters',
    ]);
    expect(result.provenance.options.year).toBe(2021);
  });

  it('computes only what is asked for and what it needs', async () => {
    const { matrix } = fixture();
    const result = await mapRegionIndustry(matrix, { measures: ['complexity'] });
    expect(result.complexity).toBeDefined();
    expect(result.lq).toBeDefined();
    expect(result.proximity).toBeUndefined();
    expect(result.density).toBeUndefined();
    expect(result.regionIndices).toBeUndefined();
  });

  it.each(['exclude', 'include'] as const)(
    'equals the direct computation polos map and the map studio made before (density %s)',
    async (densityDiagonal) => {
      const { matrix, definitions, R, P } = fixture();
      const result = await mapRegionIndustry(matrix, {
        measures: [...all, 'clusters', 'clusterRelatedness'],
        densityDiagonal,
        pciScale: 'own-scale',
        clusters: { definitions },
      });
      const { lq, presence: m, diversity, ubiquity } = locationQuotientWithPresence(matrix);
      const phi = proximity(m, R, P, ubiquity, { diagonal: densityDiagonal === 'exclude' ? 'zero' : 'one' });
      const density = relatednessDensity(m, phi, R, P);
      const ec = economicComplexity(m, R, P, diversity, ubiquity, matrix, { pci: 'own-scale' });
      const phiOne = densityDiagonal === 'include' ? phi : proximity(m, R, P, ubiquity, { diagonal: 'one' });
      const densityOne = densityDiagonal === 'include' ? density : relatednessDensity(m, phiOne, R, P);
      const outlook = complexityOutlook(m, phiOne, densityOne, R, P, ec);
      const forest = maximumSpanningForest(phi, P);
      const table = clusterEmployment(matrix, definitions);
      const strength = clusterStrength(table);
      expect(result.lq).toEqual(lq);
      expect(result.presence).toEqual(m);
      expect(result.proximity).toEqual(phi);
      expect(result.density).toEqual(density);
      expect(result.complexity!.eci).toEqual(ec.eci);
      expect(result.complexity!.pci).toEqual(ec.pci);
      expect(result.outlook).toEqual(outlook);
      expect(result.backbone!.edges).toEqual([
        ...forest,
        ...strongLinks(phi, P, forest, { threshold: 0.55, maxExtra: 2 * P }),
      ]);
      expect(result.regionIndices).toEqual(regionIndices(matrix));
      expect(result.clusters!.table).toEqual(table);
      expect(result.clusters!.strength).toEqual(strength);
      expect(result.warnings).toEqual([expect.objectContaining({ code: 'missing-cells' }), ...ec.warnings]);
      expect(regionOpportunities(result, 3, { limit: 5 })).toEqual(
        diversificationOpportunities(m, density, ec.pci, 3, P, { limit: 5 }),
      );
      // The traded clusters' relatedness, as GET /api/map/us-states/clusters computed it.
      const traded = table.clusters.map((_, c) => c).filter((c) => table.types[c] === 'traded');
      const T = traded.length;
      const C = table.clusters.length;
      const lqT = new Float64Array(R * T);
      for (let r = 0; r < R; r++)
        for (let k = 0; k < T; k++) lqT[r * T + k] = strength.lq[r * C + traded[k]!]!;
      const mT = presence(lqT);
      const du = diversityAndUbiquity(mT, R, T);
      const phiT = proximity(mT, R, T, du.ubiquity, { diagonal: 'zero' });
      const densityT = relatednessDensity(mT, phiT, R, T);
      const names = traded.map((c) => table.clusters[c]!);
      const ecT = economicComplexity(
        mT,
        R,
        T,
        du.diversity,
        du.ubiquity,
        regionIndustryMatrix(matrix.regions, names, lqT),
      );
      const rel = result.clusters!.relatedness!;
      expect(rel.clusters).toEqual(names);
      expect(rel.proximity).toEqual(phiT);
      expect(rel.density).toEqual(densityT);
      expect(rel.complexity).toEqual(ecT.pci);
      expect(rel.opportunities[0]).toEqual(
        diversificationOpportunities(mT, densityT, ecT.pci, 0, T, { limit: 10 }).map((o) => ({
          cluster: o.industry,
          density: o.density,
          complexity: o.pci,
          score: o.score,
        })),
      );
    },
  );

  it('uses the density a caller lends (other threads) and tells each phase as it starts and ends', async () => {
    const { matrix } = fixture();
    const events: string[] = [];
    let lent = 0;
    const result = await mapRegionIndustry(
      matrix,
      { measures: ['density'] },
      {
        density: (m, phi, r, p) => {
          lent++;
          return Promise.resolve(relatednessDensity(m, phi, r, p));
        },
        onPhase: (name, ms) => events.push(ms === undefined ? `${name}:start` : `${name}:end`),
        onDensity: () => events.push('density-known'),
      },
    );
    expect(lent).toBe(1);
    expect(result.density).toBeInstanceOf(Float64Array);
    expect(events).toEqual([
      'lq:start',
      'lq:end',
      'proximity:start',
      'proximity:end',
      'density:start',
      'density:end',
      'density-known',
    ]);
  });

  it('computes the density itself when the hook has no threaded kernel to lend (returns undefined)', async () => {
    const { matrix } = fixture();
    let asked = 0;
    const lentNothing = await mapRegionIndustry(
      matrix,
      { measures: ['density'] },
      {
        density: () => {
          asked++;
          return Promise.resolve(undefined);
        },
      },
    );
    const own = await mapRegionIndustry(matrix, { measures: ['density'] });
    expect(asked).toBe(1);
    expect(lentNothing.density).toEqual(own.density);
  });
});
