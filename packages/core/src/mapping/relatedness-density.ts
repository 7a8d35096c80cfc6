import { densityKernel } from './wasm/kernels';

// For callers that share the work between threads (packages/cli/src/parallel).
export { KernelArena, densityResult, planDensity, runDensity, type DensityPlan } from './wasm/kernels';

/**
 * Relatedness density (Hidalgo et al. 2007; Balland 2017, EconGeo `relatedness.density`):
 *
 *   ω(r,i) = Σ_j M(r,j) φ(i,j) / Σ_j φ(i,j)
 *
 * the share of the industries related to i that region r already has. Whether j = i
 * counts depends on the proximity's diagonal: `zero` excludes the industry itself
 * (Hidalgo et al., Datawheel; polos's default for `polos map`), `one` includes it
 * (py-ecomplexity). An industry with no proximity to anything gets NaN.
 * Distance = 1 − ω.
 *
 * Computed by the WebAssembly SIMD kernel (wasm/kernels.ts) where the engine has it, else
 * by the JavaScript loop below; both add φ's rows in the same order, so they give the same
 * numbers to the last bit (tested).
 */
export function relatednessDensity(
  m: Uint8Array,
  phi: Float64Array,
  regions: number,
  industries: number,
): Float64Array {
  const denominator = densityDenominator(phi, industries);
  return (
    densityKernel(m, phi, denominator, regions, industries) ??
    densityJs(m, phi, denominator, regions, industries)
  );
}

/** Σ_j φ(i,j) for each industry i: the density's denominator. */
export function densityDenominator(phi: Float64Array, industries: number): Float64Array {
  const P = industries;
  const denominator = new Float64Array(P);
  for (let i = 0; i < P; i++) {
    let s = 0;
    const row = i * P;
    for (let j = 0; j < P; j++) s += phi[row + j]!;
    denominator[i] = s;
  }
  return denominator;
}

/** The JavaScript version of the density kernel (engines without WebAssembly SIMD). */
export function densityJs(
  m: Uint8Array,
  phi: Float64Array,
  denominator: Float64Array,
  regions: number,
  P: number,
): Float64Array {
  const density = new Float64Array(regions * P);
  // φ is symmetric: add row j of φ for every industry j present in r. Regions are taken in
  // blocks of BLOCK so that a row of φ, once loaded, serves every region of the block that
  // has j (memory traffic on φ ÷ BLOCK); the inner sum is on row views, 4-way unrolled.
  const BLOCK = 16;
  for (let r0 = 0; r0 < regions; r0 += BLOCK) {
    const r1 = Math.min(regions, r0 + BLOCK);
    for (let j = 0; j < P; j++) {
      let row: Float64Array | undefined;
      for (let r = r0; r < r1; r++) {
        const base = r * P;
        if (!m[base + j]) continue;
        row ??= phi.subarray(j * P, j * P + P);
        const out = density.subarray(base, base + P);
        let i = 0;
        for (; i + 3 < P; i += 4) {
          out[i] = out[i]! + row[i]!;
          out[i + 1] = out[i + 1]! + row[i + 1]!;
          out[i + 2] = out[i + 2]! + row[i + 2]!;
          out[i + 3] = out[i + 3]! + row[i + 3]!;
        }
        for (; i < P; i++) out[i] = out[i]! + row[i]!;
      }
    }
    for (let r = r0; r < r1; r++) {
      const out = density.subarray(r * P, r * P + P);
      for (let i = 0; i < P; i++) out[i] = out[i]! / denominator[i]!;
    }
  }
  return density;
}
