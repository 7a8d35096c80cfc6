/**
 * The WebAssembly (128-bit SIMD) kernels of the mapping core, compiled once and
 * instantiated per call with the memory the call needs. Pure: no file or network access
 * (the bytes are in kernels-wasm.ts). `undefined` where the engine lacks SIMD; callers
 * then use their JavaScript loops, which give the same numbers.
 */
import { kernelsWasmBase64 } from './kernels-wasm';

// The core compiles without DOM or Node types; the little of WebAssembly it uses, declared
// here (a global of every JavaScript engine polos runs on).
// eslint-disable-next-line @typescript-eslint/no-namespace -- an ambient declaration of a global
declare namespace WebAssembly {
  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: object);
    readonly exports: object;
  }
  function validate(bytes: Uint8Array): boolean;
}
declare function atob(data: string): string;

interface KernelExports {
  memory: WebAssembly.Memory;
  density(
    phi: number,
    rowBytes: number,
    tiles: number,
    offsets: number,
    cols: number,
    regions: number,
    out: number,
    den: number,
  ): void;
  proximity(bits: number, words: number, P: number, u: number, phi: number): void;
}

let compiled: WebAssembly.Module | null | undefined;

function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      const bytes = Uint8Array.from(atob(kernelsWasmBase64), (c) => c.charCodeAt(0));
      compiled = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Whether the SIMD kernels run here (Node ≥ 16, current browsers). */
export function wasmKernelsAvailable(): boolean {
  return kernelModule() !== null;
}

const PAGE = 65536;
const align = (n: number) => Math.ceil(n / 16) * 16;

/** A share of the regions for one thread: rows [first, end), written into `into` (R × P). */
export interface DensityPart {
  first?: number;
  end?: number;
  into?: Float64Array;
}

/**
 * Relatedness density with the SIMD kernel: for each region, Σ over its present
 * industries k of φ[k][·], divided by `denominator` — relatedness-density.ts documents
 * the measure. `m` is the R × P presence matrix, `phi` the P × P proximity. The module's
 * memory holds φ, the present cells and the result (R × P); without `part.into` the
 * result is returned as a view on that memory (no copy). `undefined` when WebAssembly
 * SIMD is not available.
 */
export function densityKernel(
  m: Uint8Array,
  phi: Float64Array,
  denominator: Float64Array,
  regions: number,
  industries: number,
  part: DensityPart = {},
): Float64Array | undefined {
  const module = kernelModule();
  if (!module) return undefined;
  const P = industries;
  // Only the regions [first, end) are computed (the others are left as they are in `into`).
  const first = part.first ?? 0;
  const end = part.end ?? regions;
  const R = end - first;
  const rowBytes = P * 8;
  const spare = 16 * 8; // the last tile reads and writes up to 16 doubles past a row
  let nnz = 0;
  for (let k = first * P; k < end * P; k++) nnz += m[k]!;
  const phiAt = 0;
  const denAt = align(phiAt + P * rowBytes + spare);
  const offsetsAt = align(denAt + rowBytes + spare);
  const colsAt = align(offsetsAt + (R + 1) * 4);
  const outAt = align(colsAt + nnz * 4);
  const bytes = outAt + R * rowBytes + spare;
  const kernels = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
  // The module exports its own 1-page memory; grow it to what this call needs.
  const own = kernels.memory;
  const need = Math.ceil(bytes / PAGE) - own.buffer.byteLength / PAGE;
  if (need > 0) own.grow(need);
  const buffer = own.buffer;
  new Float64Array(buffer, phiAt, P * P).set(phi);
  const den = new Float64Array(buffer, denAt, P + 16);
  den.fill(1);
  den.set(denominator);
  // Present cells per region (CSR), as byte offsets of the φ rows.
  const offsets = new Int32Array(buffer, offsetsAt, R + 1);
  const cols = new Int32Array(buffer, colsAt, nnz);
  let n = 0;
  for (let r = 0; r < R; r++) {
    offsets[r] = n;
    const base = (first + r) * P;
    for (let i = 0; i < P; i++) if (m[base + i]) cols[n++] = i * rowBytes;
  }
  offsets[R] = n;
  kernels.density(phiAt, rowBytes, Math.ceil(P / 16), offsetsAt, colsAt, R, outAt, denAt);
  const result = new Float64Array(buffer, outAt, R * P);
  if (!part.into && first === 0 && end === regions) return result;
  const into = part.into ?? new Float64Array(regions * P).fill(NaN);
  into.set(result, first * P);
  return into;
}

/**
 * Proximity with the bitset kernel: φ(i,j) = C(i,j) / max(u_i, u_j) for i ≠ j, where
 * C(i,j) counts the regions where both industries are present — a population count of the
 * AND of the industries' region bitsets (proximity.ts documents the measure). The
 * diagonal is left 0 (the caller sets it). Counts are exact integers, so the values are
 * those of the JavaScript loop to the last bit. `undefined` without WebAssembly.
 */
export function proximityKernel(
  m: Uint8Array,
  regions: number,
  industries: number,
  ubiquity: Float64Array,
): Float64Array | undefined {
  const module = kernelModule();
  if (!module) return undefined;
  const R = regions;
  const P = industries;
  const words = Math.max(1, Math.ceil(R / 64));
  const bitsAt = 0;
  const uAt = align(bitsAt + P * words * 8);
  const phiAt = align(uAt + P * 8);
  const bytes = phiAt + P * P * 8;
  const kernels = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
  const need = Math.ceil(bytes / PAGE) - kernels.memory.buffer.byteLength / PAGE;
  if (need > 0) kernels.memory.grow(need);
  const buffer = kernels.memory.buffer;
  // Region r of industry i is bit r of the industry's bitset (little-endian 64-bit words).
  const bits = new Int32Array(buffer, bitsAt, P * words * 2);
  for (let r = 0; r < R; r++) {
    const base = r * P;
    const word = r >> 5;
    const bit = 1 << (r & 31);
    for (let i = 0; i < P; i++) {
      if (!m[base + i]) continue;
      const at = i * words * 2 + word;
      bits[at] = bits[at]! | bit;
    }
  }
  new Float64Array(buffer, uAt, P).set(ubiquity);
  kernels.proximity(bitsAt, words, P, uAt, phiAt);
  return new Float64Array(buffer, phiAt, P * P);
}
