/**
 * Proximity between industries (Hidalgo, Klinger, Barabási & Hausmann 2007, "The product
 * space conditions the development of nations", Science 317):
 *
 *   φ(i,j) = Σ_r M(r,i) M(r,j) / max(k_i, k_j)
 *
 * the minimum of the two conditional probabilities of co-presence — as py-ecomplexity's
 * `calc_discrete_proximity` (symmetric) and EconGeo's `relatedness(co.occurrence)` with
 * the "max" normalisation. The diagonal is φ(i,i) = 1 for a present industry (as
 * py-ecomplexity) unless `diagonal: 'zero'` (as Datawheel's economic-complexity, for
 * relatedness density that excludes the industry itself). Industries present nowhere have
 * φ = 0 with everything.
 *
 * Computed by the WebAssembly kernel (wasm/kernels.ts) where available: each industry's
 * regions as a bitset, a co-occurrence is the population count of two bitsets' AND, so the
 * cost is industries² × regions / 64 word operations. Otherwise co-occurrences are counted
 * from each region's list of present industries (cost Σ_r k_r²). Both give the same
 * numbers to the last bit (counts are exact integers; tested).
 */
import { proximityKernel } from './wasm/kernels';

export interface ProximityOptions {
  /** `one` (py-ecomplexity) or `zero` (Hidalgo et al. density). __Default:__ `one`. */
  diagonal?: 'one' | 'zero';
}

export function proximity(
  m: Uint8Array,
  regions: number,
  industries: number,
  ubiquity: Float64Array,
  options: ProximityOptions = {},
): Float64Array {
  const P = industries;
  const fast = proximityKernel(m, regions, P, ubiquity);
  if (fast) {
    if ((options.diagonal ?? 'one') === 'one')
      for (let i = 0; i < P; i++) if (ubiquity[i]! > 0) fast[i * P + i] = 1;
    return fast;
  }
  return proximityJs(m, regions, P, ubiquity, options);
}

/** The JavaScript version (engines without WebAssembly). */
export function proximityJs(
  ...[m, regions, P, ubiquity, options = {}]: Parameters<typeof proximity>
): Float64Array {
  const counts = new Float64Array(P * P);
  const present = new Int32Array(P);
  for (let r = 0; r < regions; r++) {
    const base = r * P;
    let n = 0;
    for (let i = 0; i < P; i++) if (m[base + i]) present[n++] = i;
    for (let a = 0; a < n; a++) {
      const row = present[a]! * P;
      for (let b = a + 1; b < n; b++) counts[row + present[b]!] = counts[row + present[b]!]! + 1;
    }
  }
  const phi = new Float64Array(P * P);
  for (let i = 0; i < P; i++) {
    const ki = ubiquity[i]!;
    for (let j = i + 1; j < P; j++) {
      const c = counts[i * P + j]!;
      if (c === 0) continue;
      const v = c / Math.max(ki, ubiquity[j]!);
      phi[i * P + j] = v;
      phi[j * P + i] = v;
    }
    if ((options.diagonal ?? 'one') === 'one' && ki > 0) phi[i * P + i] = 1;
  }
  return phi;
}
