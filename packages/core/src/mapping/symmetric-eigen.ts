/**
 * Eigenvectors for economic complexity, without a linear-algebra library.
 *
 * - `jacobiEigen`: all eigenpairs of a small dense symmetric matrix (cyclic Jacobi
 *   rotations; Golub & Van Loan, Matrix Computations, §8.5).
 * - `secondEigenvector`: the leading eigenpair of a symmetric positive semi-definite
 *   operator restricted to the orthogonal complement of a known eigenvector (deflation),
 *   by restarted Lanczos with full reorthogonalisation (Golub & Van Loan §10.1), stopping
 *   when the residual ‖Sy − θy‖ is below `tolerance`.
 */

/** Eigenvalues (descending) and eigenvectors (columns of `vectors`, row-major n×n) of a symmetric matrix. */
export function jacobiEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const A = Float64Array.from(a);
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p * n + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * n + q]! - A[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!;
          const vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => A[y * n + y]! - A[x * n + x]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = A[src * n + src]!;
    for (let k = 0; k < n; k++) vectors[k * n + dst] = V[k * n + src]!;
  });
  return { values, vectors };
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};
const axpy = (y: Float64Array, alpha: number, x: Float64Array) => {
  for (let i = 0; i < y.length; i++) y[i] = y[i]! + alpha * x[i]!;
};

export interface EigenResult {
  value: number;
  vector: Float64Array;
  residual: number;
  converged: boolean;
}

/**
 * The largest eigenvalue of a symmetric tridiagonal matrix (diagonal `alpha`, off-diagonal
 * `beta`, size n) by bisection on Sturm counts, and its unit eigenvector by inverse
 * iteration with a pivoted tridiagonal LU (Golub & Van Loan §8.4 and §8.2.2; LAPACK
 * dstebz/dgttrf). O(n) per bisection step, so Lanczos can check convergence often.
 */
export function tridiagonalTopEigen(
  alpha: Float64Array,
  beta: Float64Array,
  n: number,
): { value: number; vector: Float64Array } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = (i > 0 ? Math.abs(beta[i - 1]!) : 0) + (i < n - 1 ? Math.abs(beta[i]!) : 0);
    lo = Math.min(lo, alpha[i]! - r);
    hi = Math.max(hi, alpha[i]! + r);
  }
  const scale = Math.max(Math.abs(lo), Math.abs(hi), Number.MIN_VALUE);
  const tiny = Number.MIN_VALUE / Number.EPSILON;
  /** How many eigenvalues are below x (Sturm sequence of the LDLᵀ pivots). */
  const below = (x: number) => {
    let count = 0;
    let d = 1;
    for (let i = 0; i < n; i++) {
      d = alpha[i]! - x - (i > 0 ? beta[i - 1]! ** 2 / d : 0);
      if (d === 0) d = -tiny;
      if (d < 0) count++;
    }
    return count;
  };
  for (let it = 0; it < 200 && hi - lo > 2 * Number.EPSILON * scale; it++) {
    const mid = lo + (hi - lo) / 2;
    if (below(mid) === n) hi = mid;
    else lo = mid;
  }
  const value = lo + (hi - lo) / 2;
  // Inverse iteration: solve (T − θI) x = b with partial pivoting, three times.
  const dl = new Float64Array(n);
  const d = new Float64Array(n);
  const du = new Float64Array(n);
  const du2 = new Float64Array(n);
  const swap = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    d[i] = alpha[i]! - value;
    if (i < n - 1) dl[i] = du[i] = beta[i]!;
  }
  const eps = Number.EPSILON * scale;
  for (let i = 0; i < n - 1; i++) {
    if (Math.abs(d[i]!) >= Math.abs(dl[i]!)) {
      if (d[i] === 0) d[i] = eps;
      const f = dl[i]! / d[i]!;
      dl[i] = f;
      d[i + 1] = d[i + 1]! - f * du[i]!;
    } else {
      const f = d[i]! / dl[i]!;
      d[i] = dl[i]!;
      dl[i] = f;
      const t = du[i]!;
      du[i] = d[i + 1]!;
      d[i + 1] = t - f * d[i + 1]!;
      if (i < n - 2) {
        du2[i] = du[i + 1]!;
        du[i + 1] = -f * du[i + 1]!;
      }
      swap[i] = 1;
    }
  }
  if (d[n - 1] === 0) d[n - 1] = eps;
  const x = new Float64Array(n).fill(1);
  for (let it = 0; it < 3; it++) {
    for (let i = 0; i < n - 1; i++) {
      if (!swap[i]) x[i + 1] = x[i + 1]! - dl[i]! * x[i]!;
      else {
        const t = x[i]!;
        x[i] = x[i + 1]!;
        x[i + 1] = t - dl[i]! * x[i]!;
      }
    }
    x[n - 1] = x[n - 1]! / d[n - 1]!;
    if (n > 1) x[n - 2] = (x[n - 2]! - du[n - 2]! * x[n - 1]!) / d[n - 2]!;
    for (let i = n - 3; i >= 0; i--) x[i] = (x[i]! - du[i]! * x[i + 1]! - du2[i]! * x[i + 2]!) / d[i]!;
    const norm = Math.sqrt(dot(x, x));
    for (let i = 0; i < n; i++) x[i] = x[i]! / norm;
  }
  return { value, vector: x };
}

/**
 * The leading eigenpair of the symmetric PSD operator `apply` on the orthogonal
 * complement of the unit vector `deflate` (for ECI: the second eigenvector, the first
 * being known). Lanczos with full reorthogonalisation; every 5 steps the Ritz residual
 * |β_k s_k| of the tridiagonal's top eigenpair is checked, so the Krylov space grows only
 * as far as needed (at most `steps`, then an explicit restart from the Ritz vector). The
 * returned residual is computed explicitly, ‖S y − θ y‖.
 */
export function secondEigenvector(
  apply: (x: Float64Array, out: Float64Array) => void,
  n: number,
  deflate: Float64Array,
  options: { tolerance?: number; steps?: number; restarts?: number } = {},
): EigenResult {
  const tolerance = options.tolerance ?? 1e-13;
  const m = Math.min(options.steps ?? 200, n - 1);
  const project = (v: Float64Array) => axpy(v, -dot(v, deflate), deflate);
  // A deterministic start vector with no special structure.
  let start = new Float64Array(n);
  for (let i = 0; i < n; i++) start[i] = 1 + Math.sin(i * 12.9898 + 78.233) * 0.5;
  let best: EigenResult = { value: NaN, vector: start, residual: Infinity, converged: false };
  const w = new Float64Array(n);
  const alphas = new Float64Array(m);
  const betas = new Float64Array(m);
  for (let restart = 0; restart < (options.restarts ?? 30); restart++) {
    project(start);
    const norm0 = Math.sqrt(dot(start, start));
    if (norm0 === 0) break;
    const Q: Float64Array[] = [start.map((v) => v / norm0)];
    let size = 0;
    let ritz: { value: number; vector: Float64Array } | undefined;
    // S q_k = β_{k−1} q_{k−1} + α_k q_k + β_k q_{k+1}: α_k is the component of S q_k along q_k;
    // the components along earlier vectors are removed (full reorthogonalisation, twice).
    for (let k = 0; k < m; k++) {
      apply(Q[k]!, w);
      project(w);
      let alpha = 0;
      for (let pass = 0; pass < 2; pass++) {
        for (let j = 0; j <= k; j++) {
          const h = dot(w, Q[j]!);
          if (j === k) alpha += h;
          axpy(w, -h, Q[j]!);
        }
        project(w);
      }
      alphas[k] = alpha;
      const beta = Math.sqrt(dot(w, w));
      betas[k] = beta;
      size = k + 1;
      const last = k + 1 >= m || beta < 1e-14;
      if (last || (size >= 10 && size % 5 === 0)) {
        ritz = tridiagonalTopEigen(alphas, betas, size);
        const estimate = beta * Math.abs(ritz.vector[size - 1]!);
        if (last || estimate <= 0.1 * tolerance * Math.max(1, Math.abs(ritz.value))) break;
      }
      Q.push(w.map((v) => v / beta));
    }
    ritz ??= tridiagonalTopEigen(alphas, betas, size);
    const y = new Float64Array(n);
    for (let j = 0; j < size; j++) axpy(y, ritz.vector[j]!, Q[j]!);
    project(y);
    const ny = Math.sqrt(dot(y, y));
    for (let i = 0; i < n; i++) y[i] = y[i]! / ny;
    const theta = ritz.value;
    apply(y, w);
    project(w);
    axpy(w, -theta, y);
    const residual = Math.sqrt(dot(w, w));
    best = {
      value: theta,
      vector: y,
      residual,
      converged: residual <= tolerance * Math.max(1, Math.abs(theta)),
    };
    if (best.converged) return best;
    start = y;
  }
  return best;
}
