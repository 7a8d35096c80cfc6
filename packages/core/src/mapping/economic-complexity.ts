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

/** Σ_{k∈[a,b)} v[index[k]], in four independent sums (the additions overlap in the CPU). */
function gatherSum(v: Float64Array, index: Int32Array, a: number, b: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = a;
  for (; k + 3 < b; k += 4) {
    s0 += v[index[k]!]!;
    s1 += v[index[k + 1]!]!;
    s2 += v[index[k + 2]!]!;
    s3 += v[index[k + 3]!]!;
  }
  for (; k < b; k++) s0 += v[index[k]!]!;
  return s0 + s1 + (s2 + s3);
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

  // The same cells by industry (CSC), so both halves of S x are gathers (no scattered writes).
  const colOffsets = new Int32Array(P + 1);
  for (let i = 0; i < P; i++) colOffsets[i + 1] = colOffsets[i]! + ubiquity[i]!;
  const rowsOf = new Int32Array(colOffsets[P]!);
  const fill = colOffsets.slice(0, P);
  for (let r = 0; r < R; r++) {
    for (let k = offsets[r]!; k < offsets[r + 1]!; k++) {
      const i = cols[k]!;
      rowsOf[fill[i]!] = r;
      fill[i] = fill[i]! + 1;
    }
  }
  // S x = K^-1/2 Mᵀ D^-1 M K^-1/2 x (symmetric, same eigenvalues as the product-side matrix).
  const y = new Float64Array(P);
  const regionSum = new Float64Array(R);
  const apply = (x: Float64Array, out: Float64Array) => {
    for (let i = 0; i < P; i++) y[i] = x[i]! * invSqrtK[i]!;
    for (let r = 0; r < R; r++) {
      const a = offsets[r]!;
      const b = offsets[r + 1]!;
      regionSum[r] = b > a ? gatherSum(y, cols, a, b) / (b - a) : 0;
    }
    for (let i = 0; i < P; i++) {
      out[i] = gatherSum(regionSum, rowsOf, colOffsets[i]!, colOffsets[i + 1]!) * invSqrtK[i]!;
    }
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
