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
