import { describe, expect, it } from 'vitest';
import { proximityBackbone } from './proximity-backbone';

/** Symmetric matrix from upper-triangle entries. */
function sym(n: number, entries: Array<[number, number, number]>): number[] {
  const m = new Array<number>(n * n).fill(0);
  for (const [i, j, w] of entries) m[i * n + j] = m[j * n + i] = w;
  return m;
}

/** Kruskal on every pair, the textbook reference for the maximum spanning forest. */
function kruskal(phi: number[], n: number): Set<string> {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (phi[i * n + j]! > 0) pairs.push([i, j, phi[i * n + j]!]);
  pairs.sort((a, b) => b[2] - a[2]);
  const out = new Set<string>();
  for (const [i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a !== b) {
      parent[a] = b;
      out.add(`${i}-${j}`);
    }
  }
  return out;
}

describe('proximityBackbone (Hidalgo et al. 2007)', () => {
  it('keeps the maximum spanning tree worked by hand', () => {
    // 0–1 0.9, 1–2 0.5, 0–2 0.4, 2–3 0.3, 1–3 0.2: tree = 0–1, 1–2, 2–3 (weight 1.7).
    const phi = sym(4, [
      [0, 1, 0.9],
      [1, 2, 0.5],
      [0, 2, 0.4],
      [2, 3, 0.3],
      [1, 3, 0.2],
    ]);
    expect(proximityBackbone(phi, 4, { threshold: 1 })).toEqual([
      [0, 1, 0.9],
      [1, 2, 0.5],
      [2, 3, 0.3],
    ]);
  });

  it('adds the links at or above the threshold once, strongest first, up to maxExtra', () => {
    const phi = sym(4, [
      [0, 1, 0.9],
      [1, 2, 0.6],
      [0, 2, 0.58],
      [2, 3, 0.56],
      [1, 3, 0.55],
      [0, 3, 0.1],
    ]);
    const all = proximityBackbone(phi, 4);
    expect(all.slice(0, 3)).toEqual([
      [0, 1, 0.9],
      [1, 2, 0.6],
      [2, 3, 0.56],
    ]);
    expect(all.slice(3)).toEqual([
      [0, 2, 0.58],
      [1, 3, 0.55],
    ]);
    expect(proximityBackbone(phi, 4, { maxExtra: 1 })).toHaveLength(4);
  });

  it('leaves unrelated industries apart (a forest, no φ = 0 links)', () => {
    const phi = sym(5, [
      [0, 1, 0.7],
      [2, 3, 0.4],
      [3, 4, 0.2],
    ]);
    expect(proximityBackbone(phi, 5)).toEqual([
      [0, 1, 0.7],
      [2, 3, 0.4],
      [3, 4, 0.2],
    ]);
  });

  it('has the weight of Kruskal’s forest on random matrices', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + trial;
      const entries: Array<[number, number, number]> = [];
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) if (random() < 0.6) entries.push([i, j, random()]);
      const phi = sym(n, entries);
      const tree = proximityBackbone(phi, n, { threshold: 2 });
      const reference = kruskal(phi, n);
      const weight = (keys: Iterable<string>) =>
        [...keys].reduce((s, k) => s + phi[Number(k.split('-')[0]) * n + Number(k.split('-')[1])]!, 0);
      expect(tree).toHaveLength(reference.size);
      expect(weight(tree.map(([i, j]) => `${i}-${j}`))).toBeCloseTo(weight(reference), 12);
    }
  });
});
