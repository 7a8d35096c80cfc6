import { describe, expect, it } from 'vitest';
import { growth } from './growth';
import { regionIndustryMatrix } from './region-industry-matrix';
import { regionIndices } from './specialisation';

describe('growth(start, end, years): CAGR, job creation, shift-share', () => {
  const y0 = regionIndustryMatrix(['r1', 'r2'], ['a', 'b'], [100, 100, 100, 300]);
  const y1 = regionIndustryMatrix(['r1', 'r2'], ['a', 'b'], [121, 90, 110, 330]);
  const g = growth(y0, y1, 2);

  it('CAGR and change, checked by hand: r1 a 100 → 121 in 2 years is 10 % a year', () => {
    expect(g.cagr[0]).toBeCloseTo(0.1, 12);
    expect(g.change[1]).toBe(-10);
  });

  it('shift-share components add up to the change, with the textbook values', () => {
    // national: 600 → 651, g = 0.085; industry a: 200 → 231, g_a = 0.155
    expect(g.nationalShare[0]).toBeCloseTo(8.5, 12);
    expect(g.industryMix[0]).toBeCloseTo(7, 12); // 100 · (0.155 − 0.085)
    expect(g.competitive[0]).toBeCloseTo(5.5, 12); // 21 − 100 · 0.155
    for (let k = 0; k < 4; k++) {
      expect(g.nationalShare[k]! + g.industryMix[k]! + g.competitive[k]!).toBeCloseTo(g.change[k]!, 12);
    }
  });

  it('a cell missing in either year is left out (NaN) and out of the totals', () => {
    const z1 = regionIndustryMatrix(['r1', 'r2'], ['a', 'b'], [121, NaN, 110, 330]);
    const out = growth(y0, z1, 2);
    expect(out.change[1]).toBeNaN();
    expect(out.nationalShare[0]).toBeCloseTo(100 * (561 / 500 - 1), 12);
  });
});

describe('regionIndices(matrix): specialisation and variety', () => {
  // Industry codes: groups "31" (two industries) and "52" (one).
  const m = regionIndustryMatrix(['even', 'skewed'], ['3111', '3112', '5211'], [50, 50, 100, 0, 100, 100]);
  const idx = regionIndices(m);

  it('Krugman index against the other regions, and Hoover against the whole table', () => {
    // even: shares (.25, .25, .5); other = skewed (0, .5, .5) → |.25| + |−.25| + 0 = 0.5
    expect(idx.krugman[0]).toBeCloseTo(0.5, 12);
    // whole table shares (50, 150, 200)/400 = (.125, .375, .5) → ½(.125 + .125 + 0) = 0.125
    expect(idx.hoover[0]).toBeCloseTo(0.125, 12);
  });

  it('Herfindahl, and related/unrelated variety in bits (Frenken et al. 2007)', () => {
    expect(idx.herfindahl[0]).toBeCloseTo(0.25 ** 2 * 2 + 0.25, 12);
    // groups: 31 → .5, 52 → .5 → UV = 1 bit; within 31: (.5, .5) → 1 bit, weighted .5 → RV = 0.5
    expect(idx.unrelatedVariety[0]).toBeCloseTo(1, 12);
    expect(idx.relatedVariety[0]).toBeCloseTo(0.5, 12);
    // skewed: within 31 only one industry → RV 0
    expect(idx.relatedVariety[1]).toBeCloseTo(0, 12);
  });

  it('Gini of location quotients is 0 for a region with the same LQ everywhere', () => {
    const flat = regionIndustryMatrix(['a', 'b'], ['1', '2'], [10, 20, 10, 20]);
    expect(regionIndices(flat).gini[0]).toBeCloseTo(0, 12);
  });
});
