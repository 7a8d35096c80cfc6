/**
 * Strong clusters and stars per industry in the map studio's spaces: the CMP and European
 * Cluster Observatory rules (docs/methods/mapping.md) applied to each industry as its own
 * cluster, checked on a table worked by hand:
 *
 *        A    B   total   LQ(A)  LQ(B)
 *   R1  90   10    100    1.8    0.2
 *   R2  10   90    100    0.2    1.8
 *   R3  50   50    100    1.0    1.0
 *   R4  50   50    100    1.0    1.0
 *
 * For A: P75(LQ) = 1.2 (linear interpolation of 0.2, 1, 1, 1.8), P25(value) = 40, so only R1
 * is strong; R1's stars: size (90 ≥ P90 = 78), focus (0.9 ≥ P90 share = 0.78), no
 * specialisation star (LQ 1.8 < 2) → 2 stars.
 */
import { regionIndustryMatrix } from '@polos/core';
import { describe, expect, it } from 'vitest';
import { industryStrength } from '../src/features/map/space-measures';

const matrix = (values: number[]) =>
  regionIndustryMatrix(['R1', 'R2', 'R3', 'R4'], ['A', 'B'], Float64Array.from(values));

describe('strong clusters and stars per industry', () => {
  it('marks only the region above the 75th percentile of LQ as strong, with its stars', () => {
    const { strong, stars } = industryStrength(matrix([90, 10, 10, 90, 50, 50, 50, 50]));
    expect(Array.from(strong)).toEqual([1, 0, 0, 1, 0, 0, 0, 0]);
    expect(Array.from(stars)).toEqual([2, 0, 0, 2, 0, 0, 0, 0]);
  });

  it('counts a missing cell as none of the industry: never strong, no stars', () => {
    const { strong, stars } = industryStrength(matrix([NaN, 10, 10, 90, 50, 50, 50, 50]));
    expect(strong[0]).toBe(0);
    expect(stars[0]).toBe(0);
  });
});
