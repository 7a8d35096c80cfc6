/**
 * Economic Complexity Index (ECI) of regions and Product Complexity Index (PCI) of
 * industries (Hidalgo & Hausmann 2009; Hausmann, Hidalgo et al. 2011, The Atlas of
 * Economic Complexity), with the conventions of Harvard Growth Lab's py-ecomplexity:
 *
 * 1. regions with diversity 0 and industries with ubiquity 0 are dropped (and reported
 *    as warnings; their ECI/PCI is NaN) — py-ecomplexity instead returns NaN everywhere;
 * 2. PCI ∝ the eigenvector of the second-largest eigenvalue of the product-side matrix
 *    M̃(i,j) = Σ_r M(r,i) M(r,j) / (k_r k_i); ECI ∝ the mean PCI of a region's present
 *    industries (k_c = M k_p / k_r);
 * 3. the sign makes ECI correlate positively with diversity;
 * 4. ECI is z-scored with the population standard deviation; PCI is scaled with ECI's
 *    mean and standard deviation (`pci: 'eci-scale'`, the default), or z-scored on its
 *    own (`pci: 'own-scale'`).
 *
 * M̃ = D_p⁻¹ Mᵀ D_c⁻¹ M is similar to the symmetric S = D_p^{-½} Mᵀ D_c⁻¹ M D_p^{-½}, whose
 * top eigenvector (eigenvalue 1) is √k_p; the second is found by Lanczos on the
 * complement of √k_p, with matrix–vector products through the sparse M — never forming
 * the industries × industries matrix.
 */
import { mappingWarnings, type MappingWarning } from './mapping-warnings';
import { secondEigenvector } from './symmetric-eigen';

export interface EconomicComplexityOptions {
  pci?: 'eci-scale' | 'own-scale';
}

export interface EconomicComplexity {
  eci: Float64Array;
  pci: Float64Array;
  /** Before standardisation (signed eigenvector and k_c), as used by COI/COG. */
  rawEci: Float64Array;
  rawPci: Float64Array;
  /** Population standard deviation of the raw ECI (scales the COG). */
  rawEciStd: number;
  eigenvalue: number;
  warnings: MappingWarning[];
}

function meanStd(x: Float64Array, mask?: Uint8Array): { mean: number; std: number } {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (!mask || mask[i]) {
      s += x[i]!;
      n++;
    }
  }
  const mean = s / n;
  let v = 0;
  for (let i = 0; i < x.length; i++) if (!mask || mask[i]) v += (x[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(v / n) };
}

export function economicComplexity(
  m: Uint8Array,
  regions: number,
  industries: number,
  diversity: Float64Array,
  ubiquity: Float64Array,
  labels: { regions: readonly string[]; industries: readonly string[] },
  options: EconomicComplexityOptions = {},
): EconomicComplexity {
  const R = regions;
  const P = industries;
  const warnings: MappingWarning[] = [];
  const validRegion = new Uint8Array(R);
  const validIndustry = new Uint8Array(P);
  for (let r = 0; r < R; r++) validRegion[r] = diversity[r]! > 0 ? 1 : 0;
  for (let i = 0; i < P; i++) validIndustry[i] = ubiquity[i]! > 0 ? 1 : 0;
  const zeroRegions = labels.regions.filter((_, r) => !validRegion[r]);
  const zeroIndustries = labels.industries.filter((_, i) => !validIndustry[i]);
  if (zeroRegions.length) warnings.push(mappingWarnings.zeroRegions(zeroRegions));
  if (zeroIndustries.length) warnings.push(mappingWarnings.zeroIndustries(zeroIndustries));

  // Each region's present industries, for sparse products.
  const offsets = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) offsets[r + 1] = offsets[r]! + diversity[r]!;
  const cols = new Int32Array(offsets[R]!);
  for (let r = 0, k = 0; r < R; r++) {
    const base = r * P;
    for (let i = 0; i < P; i++) if (m[base + i]) cols[k++] = i;
  }
  const invSqrtK = new Float64Array(P);
  for (let i = 0; i < P; i++) invSqrtK[i] = ubiquity[i]! > 0 ? 1 / Math.sqrt(ubiquity[i]!) : 0;

  const y = new Float64Array(P);
  const apply = (x: Float64Array, out: Float64Array) => {
    for (let i = 0; i < P; i++) y[i] = x[i]! * invSqrtK[i]!;
    out.fill(0);
    for (let r = 0; r < R; r++) {
      const a = offsets[r]!;
      const b = offsets[r + 1]!;
      if (a === b) continue;
      let s = 0;
      for (let k = a; k < b; k++) s += y[cols[k]!]!;
      s /= b - a;
      for (let k = a; k < b; k++) out[cols[k]!] = out[cols[k]!]! + s;
    }
    for (let i = 0; i < P; i++) out[i] = out[i]! * invSqrtK[i]!;
  };
  const top = new Float64Array(P);
  let norm = 0;
  for (let i = 0; i < P; i++) norm += ubiquity[i]!;
  for (let i = 0; i < P; i++) top[i] = Math.sqrt(ubiquity[i]! / norm);

  const eig = secondEigenvector(apply, P, top);
  if (!eig.converged) warnings.push(mappingWarnings.noConvergence(eig.residual));
  const kp = new Float64Array(P);
  for (let i = 0; i < P; i++) kp[i] = validIndustry[i] ? eig.vector[i]! * invSqrtK[i]! : NaN;
  const kc = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const a = offsets[r]!;
    const b = offsets[r + 1]!;
    if (a === b) {
      kc[r] = NaN;
      continue;
    }
    let s = 0;
    for (let k = a; k < b; k++) s += kp[cols[k]!]!;
    kc[r] = s / (b - a);
  }
  // Sign: ECI correlates positively with diversity.
  const d = meanStd(diversity, validRegion);
  const e = meanStd(kc, validRegion);
  let cov = 0;
  for (let r = 0; r < R; r++) if (validRegion[r]) cov += (diversity[r]! - d.mean) * (kc[r]! - e.mean);
  const sign = cov < 0 ? -1 : 1;
  const rawEci = kc.map((v) => sign * v);
  const rawPci = kp.map((v) => sign * v);
  const es = meanStd(rawEci, validRegion);
  const ps = options.pci === 'own-scale' ? meanStd(rawPci, validIndustry) : es;
  return {
    eci: rawEci.map((v) => (v - es.mean) / es.std),
    pci: rawPci.map((v) => (v - ps.mean) / ps.std),
    rawEci,
    rawPci,
    rawEciStd: es.std,
    eigenvalue: eig.value,
    warnings,
  };
}
