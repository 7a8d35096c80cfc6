/**
 * Moving map markers apart so none covers another (Costa Rica's circle over Nicaragua's):
 * a fixed number of ticks of d3-force's collision force, with a pull back to each marker's
 * true place, from a seeded random source — the same input always gives the same layout.
 * Markers that need not move stay exactly where they are.
 */
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface Placed {
  /** True place. */
  x: number;
  y: number;
  /** Radius the marker needs free around its centre (its hit area, not only what is drawn). */
  r: number;
}

/** Ticks of the collision pass: enough for a few dozen markers, bounded. */
const TICKS = 300;

/** A linear congruential generator (Numerical Recipes constants) for d3's jiggle, so runs repeat. */
function seeded(seed = 1): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Whether any two markers overlap (closer than the sum of their radii, less `slack`). */
export function overlapping(marks: readonly Placed[], slack = 0.01): boolean {
  for (let i = 0; i < marks.length; i++)
    for (let j = i + 1; j < marks.length; j++) {
      const a = marks[i]!;
      const b = marks[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - slack) return true;
    }
  return false;
}

/**
 * Centres for `marks` (same order) where no two overlap, each as near its true place as the
 * collision allows. `gap` is the free space kept between neighbours.
 */
export function dodge(marks: readonly Placed[], gap = 1): Array<{ x: number; y: number }> {
  if (!overlapping(marks)) return marks.map(({ x, y }) => ({ x, y }));
  // Node i is pulled back to marks[i]'s true place (the nodes' own x, y move while ticking).
  const nodes: Array<SimulationNodeDatum & Placed> = marks.map((m) => ({ ...m }));
  const simulation = forceSimulation(nodes)
    .randomSource(seeded())
    .force('x', forceX<Placed>((_, i) => marks[i]!.x).strength(0.06))
    .force('y', forceY<Placed>((_, i) => marks[i]!.y).strength(0.06))
    .force(
      'collide',
      forceCollide<Placed>((d) => d.r + gap)
        .strength(1)
        .iterations(4),
    )
    .stop();
  for (let k = 0; k < TICKS; k++) simulation.tick();
  // The last ticks may leave a hair of overlap; a few direct separations finish the job.
  for (let round = 0; round < 50 && overlapping(nodes); round++) separate(nodes, gap);
  return nodes.map((n) => ({ x: n.x!, y: n.y! }));
}

/** One pass pushing every overlapping pair apart along the line between them. */
function separate(nodes: Array<SimulationNodeDatum & Placed>, gap: number): void {
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const dx = b.x! - a.x! || 1e-6 * (j - i);
      const dy = b.y! - a.y!;
      const d = Math.hypot(dx, dy);
      const need = a.r + b.r + gap;
      if (d >= need) continue;
      const push = (need - d) / 2 / d;
      a.x = a.x! - dx * push;
      a.y = a.y! - dy * push;
      b.x = b.x! + dx * push;
      b.y = b.y! + dy * push;
    }
}
