import { describe, expect, it } from 'vitest';
import { industryCommunities, seededRandom } from './industry-communities';

describe('industryCommunities(phi) — Louvain on the relatedness network', () => {
  // Two blocks of three industries, strongly related within (0.9), weakly across (0.1).
  const P = 6;
  const phi = new Float64Array(P * P);
  for (let i = 0; i < P; i++) {
    for (let j = 0; j < P; j++)
      if (i !== j) phi[i * P + j] = Math.floor(i / 3) === Math.floor(j / 3) ? 0.9 : 0.1;
  }
  const names = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];

  it('finds the two blocks, reproducibly with a seeded generator', () => {
    const out = industryCommunities(phi, names, { threshold: 0.05, rng: seededRandom(1) });
    expect(out.count).toBe(2);
    expect(Array.from(out.community)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(out.modularity).toBeGreaterThan(0.3);
    const again = industryCommunities(phi, names, { threshold: 0.05, rng: seededRandom(1) });
    expect(Array.from(again.community)).toEqual(Array.from(out.community));
  });

  it('drops links below the threshold: isolated industries are communities of their own', () => {
    const sparse = Float64Array.from(phi, (v) => (v < 0.5 ? 0 : v));
    sparse[0 * P + 1] = sparse[1 * P + 0] = 0;
    sparse[0 * P + 2] = sparse[2 * P + 0] = 0;
    const out = industryCommunities(sparse, names, { rng: seededRandom(2) });
    expect(out.count).toBe(3);
    expect(out.community[0]).toBe(2); // a1 alone, the smallest community last
  });
});
