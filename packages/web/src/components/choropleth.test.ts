import { describe, expect, it } from 'vitest';
import { classOf, quantileBreaks } from './choropleth';

describe('choropleth classes', () => {
  it('puts a value on a break in the class above it (LQ 1 is "specialised")', () => {
    const breaks = [0.5, 0.8, 1, 1.25];
    expect([0.2, 0.5, 0.99, 1, 1.3].map((v) => classOf(v, breaks))).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes quantile breaks of the positive values only, worked by hand', () => {
    // 1…13 with zeros and missing values: breaks at positions ⌊k/4 · 12⌋ = 3, 6, 9 → 4, 7, 10
    const values = [0, null, ...Array.from({ length: 13 }, (_, k) => 13 - k), 0];
    expect(quantileBreaks(values, 3)).toEqual([4, 7, 10]);
    expect(quantileBreaks([null, 0], 3)).toEqual([1, 2, 3]);
  });
});
