import { describe, expect, it } from 'vitest';
import { regionIndustryMatrix } from './region-industry-matrix';
import { similarRegions } from './region-similarity';

describe('similar regions by industry structure (cosine similarity of shares)', () => {
  // A and C have the same structure at different sizes; B shares one industry with A;
  // D has nothing in common with A.
  const m = regionIndustryMatrix(
    ['A', 'B', 'C', 'D'],
    ['x', 'y', 'z'],
    Float64Array.from([3, 4, 0, 0, 4, 3, 30, 40, 0, 0, 0, NaN]),
  );

  it('ranks a region of the same structure first whatever its size, then by shared shares', () => {
    const found = similarRegions(m, 0, 5);
    expect(found.map((f) => m.regions[f.region])).toEqual(['C', 'B']);
    expect(found[0]!.similarity).toBeCloseTo(1, 12);
    // (3·0 + 4·4 + 0·3) / (5 · 5) = 16/25, worked by hand.
    expect(found[1]!.similarity).toBeCloseTo(0.64, 12);
  });

  it('leaves out a region with no value (missing cells count as 0) and keeps the limit', () => {
    expect(similarRegions(m, 0, 1)).toHaveLength(1);
    expect(similarRegions(m, 3, 5)).toEqual([]);
  });
});
