import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without types
import { compileKernels, tsSource } from '../../../../../scripts/build-wasm.mjs';
import { proximity, proximityJs } from '../proximity';
import { densityJs } from '../relatedness-density';
import { kernelsWasmBase64 } from './kernels-wasm';
import { densityKernel, wasmKernelsAvailable } from './kernels';

/** A seeded presence matrix with about `share` of its cells present. */
function randomPresence(R: number, P: number, share: number, seed: number): Uint8Array {
  let a = seed >>> 0;
  const m = new Uint8Array(R * P);
  for (let k = 0; k < m.length; k++) {
    a = (a * 1664525 + 1013904223) >>> 0;
    m[k] = a / 2 ** 32 < share ? 1 : 0;
  }
  return m;
}

describe('WebAssembly kernels', () => {
  it('the committed bytes are kernels.wat compiled (run node scripts/build-wasm.mjs after editing it)', async () => {
    const bytes = (await compileKernels()) as Buffer;
    expect(kernelsWasmBase64).toBe(bytes.toString('base64'));
    expect(typeof tsSource(bytes)).toBe('string');
  });

  it('run on this Node (SIMD available)', () => {
    expect(wasmKernelsAvailable()).toBe(true);
  });

  it.each([
    [37, 19, 0.3],
    [200, 45, 0.15],
    [130, 64, 0.5],
    [5, 1, 1],
  ])('proximity of %i regions × %i industries equals the JavaScript loop bit for bit', (R, P, share) => {
    const m = randomPresence(R, P, share, R * 17 + P);
    const ubiquity = new Float64Array(P);
    for (let k = 0; k < m.length; k++) ubiquity[k % P] = ubiquity[k % P]! + m[k]!;
    for (const diagonal of ['one', 'zero'] as const) {
      const fast = proximity(m, R, P, ubiquity, { diagonal });
      const slow = proximityJs(m, R, P, ubiquity, { diagonal });
      expect(Array.from(fast)).toEqual(Array.from(slow));
    }
    // one pair by hand: co-presence of industries 0 and 1 over max ubiquity
    let both = 0;
    for (let r = 0; r < R; r++) both += m[r * P]! & (P > 1 ? m[r * P + 1]! : 0);
    if (P > 1) expect(proximity(m, R, P, ubiquity)[1]).toBe(both / Math.max(ubiquity[0]!, ubiquity[1]!));
  });

  it.each([
    [37, 19, 0.3],
    [200, 45, 0.15],
    [64, 16, 0.5],
    [5, 1, 1],
  ])('density of %i regions × %i industries equals the JavaScript loop bit for bit', (R, P, share) => {
    const m = randomPresence(R, P, share, R * 31 + P);
    const ubiquity = new Float64Array(P);
    for (let k = 0; k < m.length; k++) ubiquity[k % P] = ubiquity[k % P]! + m[k]!;
    const phi = proximity(m, R, P, ubiquity, { diagonal: 'zero' });
    const den = new Float64Array(P);
    for (let i = 0; i < P; i++) for (let j = 0; j < P; j++) den[i] = den[i]! + phi[i * P + j]!;
    const fast = densityKernel(m, phi, den, R, P)!;
    const slow = densityJs(m, phi, den, R, P);
    expect(fast.length).toBe(R * P);
    let same = 0;
    for (let k = 0; k < fast.length; k++) if (Object.is(fast[k], slow[k])) same++;
    expect(same).toBe(R * P);
    // in two parts (as two threads share it), into one array: the same again
    const into = new Float64Array(R * P);
    const half = Math.floor(R / 2);
    densityKernel(m, phi, den, R, P, { first: 0, end: half, into });
    densityKernel(m, phi, den, R, P, { first: half, end: R, into });
    expect(Array.from(into)).toEqual(Array.from(slow));
    // and the numbers are the measure: region 0, industry 0 by hand
    let s = 0;
    for (let j = 0; j < P; j++) if (m[j]) s += phi[j * P]!;
    expect(fast[0]).toBe(s / den[0]!);
  });
});
