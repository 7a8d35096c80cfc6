import { describe, expect, it } from 'vitest';
import { jacobiEigen, secondEigenvector, tridiagonalTopEigen } from './symmetric-eigen';

describe('tridiagonalTopEigen', () => {
  it('finds the top eigenpair of the (−1, 2, −1) matrix: λ = 2 + 2cos(π/(n+1)), v_i ∝ sin(iπn/(n+1))', () => {
    // Golub & Van Loan: eigenvalues 2 − 2cos(kπ/(n+1)); the largest is k = n.
    for (const n of [1, 2, 7, 60]) {
      const alpha = new Float64Array(n).fill(2);
      const beta = new Float64Array(n).fill(-1);
      const { value, vector } = tridiagonalTopEigen(alpha, beta, n);
      expect(value).toBeCloseTo(2 - 2 * Math.cos((n * Math.PI) / (n + 1)), 13);
      const expected = Array.from({ length: n }, (_, i) => Math.sin(((i + 1) * n * Math.PI) / (n + 1)));
      const norm = Math.hypot(...expected);
      const sign = Math.sign(vector[0]!) * Math.sign(expected[0]!);
      for (let i = 0; i < n; i++) expect(sign * vector[i]!).toBeCloseTo(expected[i]! / norm, 10);
    }
  });

  it('agrees with Jacobi on an irregular tridiagonal matrix', () => {
    const n = 25;
    const alpha = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 1.7) + 0.3 * i);
    const beta = Float64Array.from({ length: n }, (_, i) => 0.5 + Math.cos(i * 0.9) ** 2);
    const dense = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      dense[i * n + i] = alpha[i]!;
      if (i < n - 1) dense[i * n + i + 1] = dense[(i + 1) * n + i] = beta[i]!;
    }
    const j = jacobiEigen(dense, n);
    const t = tridiagonalTopEigen(alpha, beta, n);
    expect(t.value).toBeCloseTo(j.values[0]!, 12);
    const sign = Math.sign(t.vector[0]! * j.vectors[0]!);
    for (let i = 0; i < n; i++) expect(sign * t.vector[i]!).toBeCloseTo(j.vectors[i * n]!, 10);
  });
});

describe('secondEigenvector', () => {
  it('finds the second eigenpair of a diagonal operator given the first, with a small residual', () => {
    const n = 300;
    const d = Float64Array.from({ length: n }, (_, i) => 1 / (1 + i));
    const first = new Float64Array(n);
    first[0] = 1;
    const r = secondEigenvector(
      (x, out) => {
        for (let i = 0; i < n; i++) out[i] = d[i]! * x[i]!;
      },
      n,
      first,
    );
    expect(r.converged).toBe(true);
    expect(r.value).toBeCloseTo(0.5, 13);
    expect(Math.abs(r.vector[1]!)).toBeCloseTo(1, 12);
    expect(r.residual).toBeLessThan(1e-13);
  });
});
