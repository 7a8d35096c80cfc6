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
    r0: number,
    r1: number,
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

/**
 * Relatedness density with the SIMD kernel: for each region, Σ over its present
 * industries k of φ[k][·], divided by `denominator` — relatedness-density.ts documents
 * the measure. `m` is the R × P presence matrix, `phi` the P × P proximity. Regions are
 * computed in chunks so the module's memory stays near φ's size plus ~16 MB.
 * `undefined` when WebAssembly SIMD is not available.
 */
export function densityKernel(
  m: Uint8Array,
  phi: Float64Array,
  denominator: Float64Array,
  regions: number,
  industries: number,
): Float64Array | undefined {
  const module = kernelModule();
  if (!module) return undefined;
  const R = regions;
  const P = industries;
  const stride = align(P);
  const rowBytes = stride * 8;
  // Present cells per region (CSR), as byte offsets of the φ rows.
  let nnz = 0;
  for (let k = 0; k < m.length; k++) nnz += m[k]!;
  const chunkRows = Math.max(1, Math.min(R, Math.floor((16 << 20) / rowBytes)));
  const phiAt = 0;
  const denAt = phiAt + P * rowBytes;
  const offsetsAt = denAt + rowBytes;
  const colsAt = offsetsAt + align((R + 1) * 4);
  const outAt = colsAt + align(nnz * 4);
  const bytes = outAt + chunkRows * rowBytes;
  const kernels = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
  // The module exports its own 1-page memory; grow it to what this call needs.
  const own = kernels.memory;
  const need = Math.ceil(bytes / PAGE) - own.buffer.byteLength / PAGE;
  if (need > 0) own.grow(need);
  const buffer = own.buffer;
  const f64 = new Float64Array(buffer);
  const i32 = new Int32Array(buffer);
  for (let k = 0; k < P; k++) f64.set(phi.subarray(k * P, k * P + P), (phiAt + k * rowBytes) / 8);
  const den = f64.subarray(denAt / 8, denAt / 8 + stride);
  den.fill(1);
  den.set(denominator);
  const offsets = i32.subarray(offsetsAt / 4, offsetsAt / 4 + R + 1);
  const cols = i32.subarray(colsAt / 4, colsAt / 4 + nnz);
  let n = 0;
  for (let r = 0; r < R; r++) {
    offsets[r] = n;
    const base = r * P;
    for (let i = 0; i < P; i++) if (m[base + i]) cols[n++] = i * rowBytes;
  }
  offsets[R] = n;
  const density = new Float64Array(R * P);
  for (let r0 = 0; r0 < R; r0 += chunkRows) {
    const r1 = Math.min(R, r0 + chunkRows);
    kernels.density(phiAt, rowBytes, stride / 16, offsetsAt, colsAt, r0, r1, outAt, denAt);
    for (let r = r0; r < r1; r++) {
      const from = (outAt + (r - r0) * rowBytes) / 8;
      density.set(f64.subarray(from, from + P), r * P);
    }
  }
  return density;
}
