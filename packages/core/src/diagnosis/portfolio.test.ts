import { describe, expect, it } from 'vitest';
import type { SectorGroup } from '../domain/vocabularies';
import reference from './fixtures/idb-portfolio-reference.json';
import { portfolio, type GroupAnalysis, type PortfolioCluster } from './portfolio';

const clusters = reference.clusters as unknown as PortfolioCluster[];
const expected = reference.expected as unknown as Record<string, Omit<GroupAnalysis, 'sectorGroup'>>;

function close(actual: number | undefined, wanted: number | null | undefined) {
  if (wanted == null) expect(actual).toBeUndefined();
  else expect(actual).toBeCloseTo(wanted, 12);
}

describe('portfolio(clusters) on the 40 clusters of the IDB study against an independent Python reference', () => {
  const result = portfolio(clusters);
  const groups = new Map<string, GroupAnalysis>(result.groups.map((g) => [g.sectorGroup, g]));
  groups.set('all', result.all);

  it('has the study’s four groups: 15 traditional, 11 natural-resource, 9 COPS, 5 software', () => {
    expect(result.groups.map((g) => [g.sectorGroup, g.n])).toEqual([
      ['traditional_manufacturing', 15],
      ['natural_resource_based', 11],
      ['complex_product_systems', 9],
      ['specialized_suppliers', 5],
    ]);
  });

  for (const group of Object.keys(expected)) {
    it(`${group}: every average, degree count, upgrading-by-degree cell and correlation agree to 1e-12`, () => {
      const got = groups.get(group as SectorGroup | 'all')!;
      const want = expected[group]!;
      expect(got.degrees).toEqual(want.degrees);
      for (const [key, value] of Object.entries(want.averages))
        close(got.averages[key], value as number | null);
      for (const [key, c] of Object.entries(want.correlations)) {
        expect(got.correlations[key]?.n).toBe(c.n);
        close(got.correlations[key]?.pearson, c.pearson as number | null);
        close(got.correlations[key]?.spearman, c.spearman as number | null);
      }
      for (const [degree, row] of Object.entries(want.upgradingByDegree)) {
        const gotRow = got.upgradingByDegree[degree as 'high'];
        expect(gotRow.n).toBe(row.n);
        for (const t of ['process', 'product', 'functional', 'intersectoral'] as const)
          close(gotRow[t], row[t] as number | null);
      }
    });
  }

  it('traditional manufacturing, checked by hand: average ICE = 96.25 / 15 = 6.4167; degrees 2 high, 10 medium, 3 low', () => {
    const tm = groups.get('traditional_manufacturing')!;
    // ICEs: 6.25 6.75 5.5 5.5 2 10 10 8 6.5 5.25 3 6.5 8 5 8 → sum 96.25
    expect(tm.averages.ice).toBeCloseTo(96.25 / 15, 12);
    expect(tm.degrees).toEqual({ high: 2, medium: 10, low: 3 });
  });

  it("with unknown: 'skip', Bucaramanga leaves the averages that need its unknown items", () => {
    const tm = portfolio(clusters, { unknown: 'skip' }).groups[0]!;
    // item c of external economies: 14 answers instead of 15
    const values = clusters
      .filter((c) => c.sectorGroup === 'traditional_manufacturing')
      .map((c) => c.scores.externalEconomies.easyAccessToInformation)
      .filter((v): v is number => v != null);
    expect(values).toHaveLength(14);
    expect(tm.averages['externalEconomies.easyAccessToInformation']).toBeCloseTo(
      values.reduce((a, b) => a + b) / 14,
      12,
    );
    expect(tm.correlations['ice~process']?.n).toBe(14);
  });
});
