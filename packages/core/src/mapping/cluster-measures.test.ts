import { describe, expect, it } from 'vitest';
import { clusterEmployment, clusterStrength, type ClusterDefinition } from './cluster-measures';
import { percentile } from './percentile';
import { regionIndustryMatrix } from './region-industry-matrix';

describe('percentile(values, p) with linear interpolation (type 7)', () => {
  it('matches numpy.percentile', () => {
    // numpy.percentile([1, 2, 3, 4], 25) = 1.75; ([10, 20, 30], 90) = 28
    expect(percentile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(percentile([10, 20, 30], 0.9)).toBeCloseTo(28, 12);
    expect(percentile([], 0.5)).toBeUndefined();
  });
});

describe('clusterEmployment and clusterStrength (U.S. CMP, ECO stars) on a hand-checked example', () => {
  // Industries a1, a2 form traded cluster A; b1 traded cluster B; l1 local cluster L; z1 is unmapped.
  const defs: ClusterDefinition[] = [
    { industry: 'a1', cluster: 'A', type: 'traded' },
    { industry: 'a2', cluster: 'A', type: 'traded' },
    { industry: 'b1', cluster: 'B', type: 'traded' },
    { industry: 'l1', cluster: 'L', type: 'local' },
  ];
  const regions = ['r1', 'r2', 'r3', 'r4', 'r5'];
  const matrix = regionIndustryMatrix(
    regions,
    ['a1', 'a2', 'b1', 'l1', 'z1'],
    [
      // a1  a2   b1   l1  z1
      90,
      10,
      20,
      50,
      5, //  r1: A 100, B 20
      10,
      NaN,
      80,
      50,
      5, // r2: A 10 (a2 suppressed), B 80
      30,
      10,
      40,
      50,
      5, //  r3: A 40, B 40
      5,
      0,
      5,
      20,
      5, //     r4: A 5, B 5
      0,
      0,
      55,
      30,
      5, //    r5: A 0, B 55
    ],
  );
  const table = clusterEmployment(matrix, defs);
  const result = clusterStrength(table);
  const C = table.clusters.length;
  const at = (a: Float64Array | Uint8Array, r: number, c: string) => a[r * C + table.clusters.indexOf(c)]!;

  it('sums industries into clusters and reports unmapped industries', () => {
    expect(table.clusters).toEqual(['A', 'B', 'L']);
    expect(Array.from(table.employment)).toEqual([100, 20, 50, 10, 80, 50, 40, 40, 50, 5, 5, 20, 0, 55, 30]);
    expect(table.unmappedIndustries).toEqual(['z1']);
  });

  it('cluster LQ uses traded employment for traded clusters: r1, A = (100/120)/(155/355) = 1.9086', () => {
    // traded totals: r1 120, r2 90, r3 80, r4 10, r5 55 → 355; A total 155
    expect(at(result.lq, 0, 'A')).toBeCloseTo(100 / 120 / (155 / 355), 12);
    // local cluster L against local employment: r1 50/50 ÷ 200/200 = 1
    expect(at(result.lq, 0, 'L')).toBeCloseTo(1, 12);
  });

  it('strong = LQ ≥ P75 and ≥ 1 and employment > P25, among regions with employment', () => {
    // A: regions r1..r4 (r5 has 0). LQs: r1 1.9086, r2 0.2545, r3 1.1452, r4 1.1452 → P75 = 1.1452 + 0.25·0.7634 = 1.3360
    // employment 100, 10, 40, 5 → P25 = 8.75. Only r1 qualifies.
    expect([0, 1, 2, 3, 4].map((r) => at(result.strong, r, 'A'))).toEqual([1, 0, 0, 0, 0]);
    // B (total 200): LQs r1 0.2958, r2 1.5778, r3 0.8875, r4 0.8875, r5 1.7750; P75 = 1.5778;
    // employment P25 over (20, 80, 40, 5, 55) = 20 → r2 and r5
    expect([0, 1, 2, 3, 4].map((r) => at(result.strong, r, 'B'))).toEqual([0, 1, 0, 0, 1]);
  });

  it("a region's cluster strength is its strong traded employment over its traded employment", () => {
    expect(result.strength[0]).toBeCloseTo(100 / 120, 12);
    expect(result.strength[1]).toBeCloseTo(80 / 90, 12);
    expect(result.strength[2]).toBe(0);
  });

  it('stars: size (top 10 %), specialisation (LQ ≥ 2), focus (top 10 % share)', () => {
    // A: employment P90 over (100, 10, 40, 5) = 82 → r1 has the size star; no LQ ≥ 2.
    expect(at(result.starFlags.size, 0, 'A')).toBe(1);
    expect(at(result.starFlags.specialisation, 0, 'A')).toBe(0);
    expect(at(result.stars, 0, 'A')).toBe(
      at(result.starFlags.size, 0, 'A') + at(result.starFlags.focus, 0, 'A'),
    );
  });

  it('refuses an industry defined in two clusters', () => {
    expect(() =>
      clusterEmployment(matrix, [...defs, { industry: 'a1', cluster: 'B', type: 'traded' }]),
    ).toThrow('industry a1 is defined in two clusters');
  });
});
