import { describe, expect, it } from 'vitest';
import { nearestNeighbourGraph, relatedIndustryClusters } from './related-industry-clusters';

describe('data-driven clusters on the k-nearest-neighbour relatedness graph', () => {
  // Two blocks of four industries: related within (0.6–0.9), weakly across (0.05–0.2).
  const P = 8;
  const phi = new Float64Array(P * P);
  for (let i = 0; i < P; i++)
    for (let j = 0; j < P; j++)
      if (i !== j)
        phi[i * P + j] =
          Math.floor(i / 4) === Math.floor(j / 4) ? 0.6 + 0.1 * ((i + j) % 4) : 0.05 + 0.05 * ((i + j) % 4);
  const names = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];

  it('keeps each industry’s k strongest links, symmetrised (a link when either end chose it)', () => {
    const g = nearestNeighbourGraph(phi, P, 2);
    for (let i = 0; i < P; i++) {
      expect(g[i * P + i]).toBe(0);
      for (let j = 0; j < P; j++) expect(g[i * P + j]).toBe(g[j * P + i]);
    }
    // a1's two strongest: a4 (0.9: (0+3)%4=3) and a3 (0.8); the cross-block links are dropped.
    expect(g[0 * P + 3]).toBeCloseTo(0.9, 12);
    expect(g[0 * P + 2]).toBeCloseTo(0.8, 12);
    for (let j = 4; j < P; j++) expect(g[0 * P + j]).toBe(0);
  });

  it('finds the two blocks, the same on every run, with no industry left alone', () => {
    const out = relatedIndustryClusters(phi, names, { neighbours: 2, resolution: 1 });
    expect(out.count).toBe(2);
    expect(new Set(Array.from(out.community).slice(0, 4)).size).toBe(1);
    expect(new Set(Array.from(out.community).slice(4)).size).toBe(1);
    expect(out.community[0]).not.toBe(out.community[4]);
    expect(
      Array.from(relatedIndustryClusters(phi, names, { neighbours: 2, resolution: 1 }).community),
    ).toEqual(Array.from(out.community));
  });

  it('an industry related to none stays a cluster of its own (never joined by a zero link)', () => {
    const lone = Float64Array.from(phi);
    for (let j = 0; j < P; j++) lone[7 * P + j] = lone[j * P + 7] = 0;
    const out = relatedIndustryClusters(lone, names, { neighbours: 2, resolution: 1 });
    expect(Array.from(out.community).filter((c) => c === out.community[7])).toHaveLength(1);
  });
});
