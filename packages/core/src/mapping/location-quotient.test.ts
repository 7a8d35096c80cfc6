import { describe, expect, it } from 'vitest';
import {
  diversityAndUbiquity,
  locationQuotient,
  locationQuotientWithPresence,
  presence,
} from './location-quotient';
import { regionIndustryMatrix } from './region-industry-matrix';

describe('locationQuotient', () => {
  it('is Balassa’s ratio, by hand: (x/x_r)/(x_i/x)', () => {
    // 2 × 2: totals rows 2 and 4, columns 2 and 4, grand 6.
    const lq = locationQuotient(regionIndustryMatrix(['a', 'b'], ['x', 'y'], [1, 1, 1, 3]));
    expect(Array.from(lq)).toEqual([1 / 2 / (2 / 6), 1 / 2 / (4 / 6), 1 / 4 / (2 / 6), 3 / 4 / (4 / 6)]);
  });

  it('with a denominator universe, totals count only those columns and the others are NaN', () => {
    const lq = locationQuotient(regionIndustryMatrix(['a', 'b'], ['x', 'y', 'z'], [1, 1, 9, 1, 3, 9]), {
      columns: [0, 1],
    });
    expect(Array.from(lq)).toEqual([
      1 / 2 / (2 / 6),
      1 / 2 / (4 / 6),
      NaN,
      1 / 4 / (2 / 6),
      3 / 4 / (4 / 6),
      NaN,
    ]);
  });
});

describe('locationQuotientWithPresence', () => {
  it('gives exactly what locationQuotient, presence and diversityAndUbiquity give, missing cells included', () => {
    const R = 40;
    const P = 17;
    const values = Array.from({ length: R * P }, (_, k) =>
      k % 13 === 0 ? NaN : k % 7 === 0 ? 0 : ((k * 7919) % 101) + 0.5,
    );
    const matrix = regionIndustryMatrix(
      Array.from({ length: R }, (_, r) => `r${r}`),
      Array.from({ length: P }, (_, i) => `i${i}`),
      values,
    );
    const fused = locationQuotientWithPresence(matrix);
    const lq = locationQuotient(matrix);
    const m = presence(lq);
    const du = diversityAndUbiquity(m, R, P);
    expect(Array.from(fused.lq)).toEqual(Array.from(lq));
    expect(Array.from(fused.presence)).toEqual(Array.from(m));
    expect(Array.from(fused.diversity)).toEqual(Array.from(du.diversity));
    expect(Array.from(fused.ubiquity)).toEqual(Array.from(du.ubiquity));
    expect(m.reduce((s, v) => s + v, 0)).toBeGreaterThan(100);
  });
});
