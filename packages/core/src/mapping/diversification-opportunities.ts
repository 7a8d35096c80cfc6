/**
 * Diversification opportunities of a region (smart specialisation, RIS3; Hidalgo et al.
 * 2007; Balland et al. 2019, "Smart specialization policy in the European Union"): the
 * industries the region lacks (M = 0) that are close to what it has (high relatedness
 * density) and complex (high PCI). Score = z(density) + z(PCI), each standardised over the
 * region's absent industries with a known PCI; ties broken by density. Balland et al.
 * plot the same two axes; the sum is polos's one-number ranking of that chart.
 */
export interface Opportunity {
  industry: number;
  density: number;
  pci: number;
  score: number;
}

export function diversificationOpportunities(
  m: Uint8Array,
  density: Float64Array,
  pci: Float64Array,
  region: number,
  industries: number,
  options: { limit?: number } = {},
): Opportunity[] {
  const base = region * industries;
  const candidates: Opportunity[] = [];
  for (let i = 0; i < industries; i++) {
    const d = density[base + i]!;
    const p = pci[i]!;
    if (!m[base + i] && Number.isFinite(d) && Number.isFinite(p))
      candidates.push({ industry: i, density: d, pci: p, score: 0 });
  }
  const z = (values: number[]) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    return values.map((v) => (v - mean) / sd);
  };
  const zd = z(candidates.map((c) => c.density));
  const zp = z(candidates.map((c) => c.pci));
  candidates.forEach((c, k) => (c.score = zd[k]! + zp[k]!));
  candidates.sort((a, b) => b.score - a.score || b.density - a.density);
  return options.limit ? candidates.slice(0, options.limit) : candidates;
}
