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
 * Leading eigenpair of the symmetric operator `apply` on the complement of the unit
 * vector `deflate`.
 */
export function secondEigenvector(
  apply: (x: Float64Array, out: Float64Array) => void,
  n: number,
  deflate: Float64Array,
  options: { tolerance?: number; steps?: number; restarts?: number } = {},
): EigenResult {
  const tolerance = options.tolerance ?? 1e-13;
  const m = Math.min(options.steps ?? 80, n - 1);
  const project = (v: Float64Array) => axpy(v, -dot(v, deflate), deflate);
  // A deterministic start vector with no special structure.
  let start = new Float64Array(n);
  for (let i = 0; i < n; i++) start[i] = 1 + Math.sin(i * 12.9898 + 78.233) * 0.5;
  let best: EigenResult = { value: NaN, vector: start, residual: Infinity, converged: false };
  const w = new Float64Array(n);
  for (let restart = 0; restart < (options.restarts ?? 30); restart++) {
    project(start);
    const norm0 = Math.sqrt(dot(start, start));
    if (norm0 === 0) break;
    const Q: Float64Array[] = [start.map((v) => v / norm0)];
    const T = new Float64Array(m * m);
    let k = 0;
    // S q_k = β_{k−1} q_{k−1} + α_k q_k + β_k q_{k+1}: α_k is the component of S q_k along q_k;
    // the components along earlier vectors are removed (full reorthogonalisation, twice).
    for (; k < m; k++) {
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
      T[k * m + k] = alpha;
      const beta = Math.sqrt(dot(w, w));
      if (k + 1 >= m || beta < 1e-14) {
        k++;
        break;
      }
      T[(k + 1) * m + k] = beta;
      T[k * m + k + 1] = beta;
      Q.push(w.map((v) => v / beta));
    }
    const size = k;
    const small = new Float64Array(size * size);
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) small[i * size + j] = T[i * m + j]!;
    const { values, vectors } = jacobiEigen(small, size);
    const y = new Float64Array(n);
    for (let j = 0; j < size; j++) axpy(y, vectors[j * size]!, Q[j]!);
    project(y);
    const ny = Math.sqrt(dot(y, y));
    for (let i = 0; i < n; i++) y[i] = y[i]! / ny;
    const theta = values[0]!;
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
