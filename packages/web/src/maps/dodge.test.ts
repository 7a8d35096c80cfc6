import { describe, expect, it } from 'vitest';
import { dodge, overlapping } from './dodge';

// Costa Rica's and Nicaragua's circles at their countries' centroids on the 960-wide world
// map are about 14 units apart; on a phone each marker needs a 32-unit hit radius.
const central = [
  { x: 263, y: 233, r: 32 }, // Nicaragua
  { x: 266, y: 246, r: 32 }, // Costa Rica
  { x: 276, y: 253, r: 32 }, // Panama
  { x: 240, y: 225, r: 20 }, // Guatemala
  { x: 500, y: 100, r: 10 }, // far away
];

describe('dodging map markers', () => {
  it('leaves no two markers overlapping', () => {
    expect(overlapping(central)).toBe(true);
    expect(overlapping(dodge(central).map((p, i) => ({ ...p, r: central[i]!.r })))).toBe(false);
  });
  it('gives the same layout on every run (no randomness)', () => {
    expect(dodge(central)).toEqual(dodge(central));
  });
  it('does not move markers that do not overlap, and keeps moved ones near their place', () => {
    const apart = [
      { x: 10, y: 10, r: 5 },
      { x: 30, y: 10, r: 5 },
    ];
    expect(dodge(apart)).toEqual([
      { x: 10, y: 10 },
      { x: 30, y: 10 },
    ]);
    const placed = dodge(central);
    expect(placed[4]).toEqual({ x: 500, y: 100 });
    for (const [i, p] of placed.entries())
      expect(Math.hypot(p.x - central[i]!.x, p.y - central[i]!.y)).toBeLessThan(120);
  });
});
