/**
 * The backbone of a proximity network, as the product space is drawn (Hidalgo, Klinger,
 * Barabási & Hausmann 2007, "The product space conditions the development of nations",
 * Science 317: 482–487, supplementary material): the maximum spanning tree of φ, so that
 * every industry hangs on its strongest chain of links, plus every link with φ ≥ a
 * threshold (0.55 in the paper). Links with φ = 0 are never drawn: industries never
 * present together stay apart (a forest, one tree per connected component).
 * Pure and dependency-free; the web app reaches it through the pipeline entry
 * `networkBackbone` (`@polos/core/network`, pipelines/network.ts).
 */

export interface BackboneOptions {
  /** Links with φ ≥ threshold are added to the tree. __Default:__ 0.55 (Hidalgo et al. 2007). */
  threshold?: number;
  /** At most this many links above the threshold, the strongest first (keeps a large space readable). __Default:__ unlimited. */
  maxExtra?: number;
}

export type Edge = [number, number, number];

/**
 * Edges `[i, j, φ]` (i < j) of the maximum spanning forest of the symmetric n × n matrix
 * `phi` plus the strongest links with φ ≥ threshold; each edge once, tree edges first.
 *
 * @example proximityBackbone([0, .9, .1, .9, 0, .5, .1, .5, 0], 3, { threshold: 0.95 }) // [[0,1,.9],[1,2,.5]]
 */
export function proximityBackbone(phi: ArrayLike<number>, n: number, options: BackboneOptions = {}): Edge[] {
  const forest = maximumSpanningForest(phi, n);
  return [...forest, ...strongLinks(phi, n, forest, options)];
}

/** Edges of the maximum spanning forest of φ (Prim, O(n²)); φ = 0 never links. */
export function maximumSpanningForest(phi: ArrayLike<number>, n: number): Edge[] {
  if (phi.length !== n * n) throw new Error(`proximityBackbone: ${phi.length} values for ${n} × ${n}`);
  const edges: Edge[] = [];
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(-1);
  const from = new Int32Array(n).fill(-1);
  for (let step = 0; step < n; step++) {
    // The vertex outside the tree with the strongest link to it; a new component starts at -1.
    let u = -1;
    for (let v = 0; v < n; v++) if (!inTree[v] && (u < 0 || best[v]! > best[u]!)) u = v;
    inTree[u] = 1;
    const f = from[u]!;
    if (f >= 0 && best[u]! > 0) edges.push(f < u ? [f, u, phi[f * n + u]!] : [u, f, phi[u * n + f]!]);
    for (let v = 0; v < n; v++) {
      const w = phi[u * n + v]!;
      if (!inTree[v] && w > best[v]!) {
        best[v] = w;
        from[v] = u;
      }
    }
  }
  return edges;
}

/** The links with φ ≥ threshold not in `forest`, strongest first, at most `maxExtra`. */
export function strongLinks(
  phi: ArrayLike<number>,
  n: number,
  forest: readonly Edge[],
  options: BackboneOptions = {},
): Edge[] {
  const threshold = options.threshold ?? 0.55;
  const inForest = new Set(forest.map(([a, b]) => a * n + b));
  const links: Edge[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const w = phi[i * n + j]!;
      if (w >= threshold && w > 0 && !inForest.has(i * n + j)) links.push([i, j, w]);
    }
  links.sort((a, b) => b[2] - a[2]);
  return links.slice(0, options.maxExtra ?? Infinity);
}
