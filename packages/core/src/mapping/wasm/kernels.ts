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
  class Memory {
    constructor(descriptor: { initial: number; maximum?: number; shared?: boolean });
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
  density(
    phi: number,
    rowBytes: number,
    tiles: number,
    offsets: number,
    cols: number,
    regions: number,
    out: number,
    den: number,
    valid: number,
    scratch: number,
  ): void;
  proximity(bits: number, words: number, P: number, u: number, phi: number): void;
}

let compiled: WebAssembly.Module | null | undefined;

function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      const bytes = Uint8Array.from(atob(kernelsWasmBase64), (c) => c.charCodeAt(0));
      compiled =
        typeof SharedArrayBuffer !== 'undefined' && WebAssembly.validate(bytes)
          ? new WebAssembly.Module(bytes)
          : null;
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
const MAX_PAGES = 65536; // 4 GiB, the most a 32-bit WebAssembly memory holds
const align = (n: number) => Math.ceil(n / 16) * 16;

/**
 * A shared WebAssembly memory with the kernels bound to it, and a bump allocator. Another
 * thread binds the same kernels to the same memory with `new KernelArena(arena.memory)`,
 * so both can work on one copy of the data.
 */
export class KernelArena {
  readonly memory: WebAssembly.Memory;
  readonly kernels: KernelExports;
  private top = 16;

  constructor(memory?: WebAssembly.Memory) {
    const module = kernelModule();
    if (!module) throw new Error('WebAssembly SIMD kernels are not available here');
    this.memory = memory ?? new WebAssembly.Memory({ initial: 1, maximum: MAX_PAGES, shared: true });
    this.kernels = new WebAssembly.Instance(module, { env: { memory: this.memory } })
      .exports as unknown as KernelExports;
  }

  /** An arena, or undefined where the kernels do not run. */
  static create(): KernelArena | undefined {
    return kernelModule() ? new KernelArena() : undefined;
  }

  /** Reserves `bytes` (16-byte aligned, zero on a fresh arena) and returns their offset. */
  alloc(bytes: number): number {
    const at = this.top;
    this.top = align(at + bytes);
    const need = Math.ceil(this.top / PAGE) - this.memory.buffer.byteLength / PAGE;
    if (need > 0) {
      if (this.memory.buffer.byteLength / PAGE + need > MAX_PAGES)
        throw new RangeError(
          `the mapping kernels need ${(this.top / 2 ** 30).toFixed(1)} GiB, more than 4 GiB`,
        );
      this.memory.grow(need);
    }
    return at;
  }

  f64(at: number, length: number): Float64Array {
    return new Float64Array(this.memory.buffer, at, length);
  }

  i32(at: number, length: number): Int32Array {
    return new Int32Array(this.memory.buffer, at, length);
  }
}

/** Where a density computation's data lie in an arena (plain numbers: it can be posted to a thread). */
export interface DensityPlan {
  regions: number;
  industries: number;
  phiAt: number;
  denAt: number;
  offsetsAt: number;
  colsAt: number;
  outAt: number;
  /** One 128-byte scratch area per thread (index 0: the caller, 1: a helper thread). */
  scratchAt: [number, number];
}

/**
 * Copies φ and the denominators into the arena, lists each region's present industries
 * (CSR, as byte offsets of φ's rows) and reserves the R × P result.
 */
export function planDensity(
  arena: KernelArena,
  m: Uint8Array,
  phi: Float64Array,
  denominator: Float64Array,
  regions: number,
  industries: number,
): DensityPlan {
  const R = regions;
  const P = industries;
  const rowBytes = P * 8;
  const spare = 16 * 8; // a tile reads up to 16 doubles past a row of φ or den
  let nnz = 0;
  for (let k = 0; k < R * P; k++) nnz += m[k]!;
  const plan: DensityPlan = {
    regions: R,
    industries: P,
    phiAt: arena.alloc(P * rowBytes + spare),
    denAt: arena.alloc(rowBytes + spare),
    offsetsAt: arena.alloc((R + 1) * 4),
    colsAt: arena.alloc(nnz * 4),
    outAt: arena.alloc(R * rowBytes),
    scratchAt: [arena.alloc(128), arena.alloc(128)],
  };
  arena.f64(plan.phiAt, P * P).set(phi);
  const den = arena.f64(plan.denAt, P + 16);
  den.fill(1);
  den.set(denominator);
  const offsets = arena.i32(plan.offsetsAt, R + 1);
  const cols = arena.i32(plan.colsAt, nnz);
  let n = 0;
  for (let r = 0; r < R; r++) {
    offsets[r] = n;
    const base = r * P;
    for (let i = 0; i < P; i++) if (m[base + i]) cols[n++] = i * rowBytes;
  }
  offsets[R] = n;
  return plan;
}

/** Runs the density kernel for regions [first, end) of a plan; `thread` picks the scratch area. */
export function runDensity(
  arena: KernelArena,
  plan: DensityPlan,
  first: number,
  end: number,
  thread: 0 | 1,
): void {
  const P = plan.industries;
  const rowBytes = P * 8;
  const tiles = Math.ceil(P / 16);
  arena.kernels.density(
    plan.phiAt,
    rowBytes,
    tiles,
    plan.offsetsAt + first * 4,
    plan.colsAt,
    end - first,
    plan.outAt + first * rowBytes,
    plan.denAt,
    P - (tiles - 1) * 16,
    plan.scratchAt[thread],
  );
}

/** The R × P result of a plan, as a view on the arena's (shared) memory. */
export function densityResult(arena: KernelArena, plan: DensityPlan): Float64Array {
  return arena.f64(plan.outAt, plan.regions * plan.industries);
}

/** A share of the regions for one thread: rows [first, end), written into `into` (R × P). */
export interface DensityPart {
  first?: number;
  end?: number;
  into?: Float64Array;
}

/**
 * Relatedness density with the SIMD kernel: for each region, Σ over its present
 * industries k of φ[k][·], divided by `denominator` — relatedness-density.ts documents
 * the measure. `m` is the R × P presence matrix, `phi` the P × P proximity. Without
 * `part.into` the result is a view on the kernel's memory (no copy). `undefined` when
 * WebAssembly SIMD is not available.
 */
export function densityKernel(
  m: Uint8Array,
  phi: Float64Array,
  denominator: Float64Array,
  regions: number,
  industries: number,
  part: DensityPart = {},
): Float64Array | undefined {
  const arena = KernelArena.create();
  if (!arena) return undefined;
  const plan = planDensity(arena, m, phi, denominator, regions, industries);
  const first = part.first ?? 0;
  const end = part.end ?? regions;
  runDensity(arena, plan, first, end, 0);
  const result = densityResult(arena, plan);
  if (!part.into && first === 0 && end === regions) return result;
  const P = industries;
  const into = part.into ?? new Float64Array(regions * P).fill(NaN);
  into.set(result.subarray(first * P, end * P), first * P);
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
  const arena = KernelArena.create();
  if (!arena) return undefined;
  const R = regions;
  const P = industries;
  const words = Math.max(1, Math.ceil(R / 64));
  const bitsAt = arena.alloc(P * words * 8);
  const uAt = arena.alloc(P * 8);
  const phiAt = arena.alloc(P * P * 8);
  // Region r of industry i is bit r of the industry's bitset (little-endian 64-bit words).
  const bits = arena.i32(bitsAt, P * words * 2);
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
  arena.f64(uAt, P).set(ubiquity);
  arena.kernels.proximity(bitsAt, words, P, uAt, phiAt);
  return arena.f64(phiAt, P * P);
}
