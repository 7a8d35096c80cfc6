import { describe, expect, it } from 'vitest';
import { averageRanks, mean, median, pearson, spearman } from './statistics';

describe('statistics', () => {
  it('mean and median return undefined for no values', () => {
    expect(mean([])).toBeUndefined();
    expect(median([])).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('pearson matches a value computed by hand: x = 1,2,3, y = 2,4,7 → 5/√(2·12.667) = 0.99340…', () => {
    // mean x 2, mean y 13/3; Σdxdy = 5, Σdx² = 2, Σdy² = 38/3 → 5/√(76/3) = 0.993399…
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(5 / Math.sqrt(76 / 3), 14);
  });

  it('pearson is undefined (not NaN) for n < 3 or a constant variable', () => {
    expect(pearson([1, 2], [1, 2])).toBeUndefined();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeUndefined();
  });

  it('averageRanks shares tied ranks; spearman handles ties', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    // x ranks 1,2,3,4; y ranks 1,2.5,2.5,4 → pearson of those = 0.948683…
    expect(spearman([1, 2, 3, 4], [1, 5, 5, 9])).toBeCloseTo(0.9486832980505138, 14);
    expect(spearman([1, 2, 3, 4], [9, 8, 7, 1])).toBeCloseTo(-1, 14);
  });
});
