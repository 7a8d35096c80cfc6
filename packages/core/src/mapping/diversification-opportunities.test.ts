import { describe, expect, it } from 'vitest';
import { diversificationOpportunities } from './diversification-opportunities';

describe('diversificationOpportunities(m, density, pci, region)', () => {
  // One region, four industries; it has industry 0.
  const m = Uint8Array.from([1, 0, 0, 0]);
  const density = Float64Array.from([0.9, 0.8, 0.2, 0.8]);
  const pci = Float64Array.from([0, 1.5, 2, -1]);

  it('ranks only absent industries, close and complex first', () => {
    const out = diversificationOpportunities(m, density, pci, 0, 4);
    expect(out.map((o) => o.industry)).toEqual([1, 2, 3]);
    // z(density) over (0.8, 0.2, 0.8): mean 0.6, variance 0.08 → 0.2/√0.08 = 1/√2
    // z(pci) over (1.5, 2, −1): mean 5/6, variance (16 + 49 + 121)/36/3 = 31/18 → (2/3)/√(31/18)
    expect(out[0]!.score).toBeCloseTo(1 / Math.SQRT2 + 2 / 3 / Math.sqrt(31 / 18), 12);
  });

  it('skips industries without a PCI and honours the limit', () => {
    const out = diversificationOpportunities(m, density, Float64Array.from([0, NaN, 2, -1]), 0, 4, {
      limit: 1,
    });
    expect(out).toHaveLength(1);
    expect(out[0]!.industry).toBe(2);
  });
});
