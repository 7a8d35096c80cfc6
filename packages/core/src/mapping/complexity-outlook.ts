/**
 * Complexity outlook (COI) of a region and complexity outlook gain (COG) of a
 * (region, industry) pair — the Atlas of Economic Complexity's measures of how well a
 * region is placed to diversify into complex industries (Hausmann, Hidalgo et al. 2011/2014),
 * in the definition of Growth Lab's py-ecomplexity (`coicog.py`, a translation of the
 * Stata `ecomplexity` command):
 *
 *   COI(r)   = Σ_i ω(r,i) (1 − M(r,i)) PCI_i
 *   COG(r,i) = (1 − M(r,i)) Σ_j (1 − M(r,j)) φ(j,i) PCI_j / Σ_k φ(j,k)
 *
 * with the proximity φ and density ω that include the diagonal, and the raw (signed,
 * unstandardised) PCI; then COI is z-scored across regions and COG divided by the
 * standard deviation of the raw ECI. COG is 0 for industries the region already has.
 * Regions or industries left out of ECI/PCI get NaN.
 */
import type { EconomicComplexity } from './economic-complexity';

export function complexityOutlook(
  m: Uint8Array,
  phi: Float64Array,
  density: Float64Array,
  regions: number,
  industries: number,
  complexity: Pick<EconomicComplexity, 'rawPci' | 'rawEciStd'>,
): { coi: Float64Array; cog: Float64Array } {
  const P = industries;
  const pci = complexity.rawPci;
  // A(j,i) = φ(j,i) PCI_j / Σ_k φ(j,k): row j of φ scaled.
  const scaled = new Float64Array(P * P);
  for (let j = 0; j < P; j++) {
    let s = 0;
    for (let k = 0; k < P; k++) s += phi[j * P + k]!;
    const f = s > 0 && Number.isFinite(pci[j]!) ? pci[j]! / s : 0;
    for (let i = 0; i < P; i++) scaled[j * P + i] = phi[j * P + i]! * f;
  }
  const coi = new Float64Array(regions);
  const cog = new Float64Array(regions * P);
  for (let r = 0; r < regions; r++) {
    const base = r * P;
    let c = 0;
    for (let i = 0; i < P; i++) {
      if (!m[base + i] && Number.isFinite(pci[i]!)) c += density[base + i]! * pci[i]!;
    }
    coi[r] = c;
    for (let j = 0; j < P; j++) {
      if (m[base + j]) continue;
      const row = j * P;
      for (let i = 0; i < P; i++) cog[base + i] = cog[base + i]! + scaled[row + i]!;
    }
    for (let i = 0; i < P; i++) cog[base + i] = m[base + i] ? 0 : cog[base + i]! / complexity.rawEciStd;
  }
  let mean = 0;
  for (let r = 0; r < regions; r++) mean += coi[r]!;
  mean /= regions;
  let v = 0;
  for (let r = 0; r < regions; r++) v += (coi[r]! - mean) ** 2;
  const sd = Math.sqrt(v / regions);
  for (let r = 0; r < regions; r++) coi[r] = (coi[r]! - mean) / sd;
  return { coi, cog };
}
