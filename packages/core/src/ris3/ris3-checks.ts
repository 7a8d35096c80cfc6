/**
 * The RIS3 checks of a region's priorities against its industry space (issue 14 point 5;
 * decision 091; method in docs/methods/ris3.md). Pure functions, no I/O.
 *
 * For each industry code of a priority: specialised (LQ ≥ 1); related to existing strengths
 * (relatedness density, Hidalgo et al. 2007, "The product space conditions the development
 * of nations", Science 317; its percentile among ALL the dataset's industries in the region
 * with a density); complex (PCI above the median PCI of the dataset's industries); strong
 * cluster and stars as the space gives them. The verdict places the industry — and the
 * priority, by the mean density and mean PCI of its codes in the dataset — in the quadrants
 * of Balland, Boschma, Crespo & Rigby (2019), "Smart specialization policy in the European
 * Union: relatedness, knowledge complexity and regional diversification", Regional Studies
 * 53(9): 1252–1268, split at the medians as the paper does:
 *   high relatedness + high complexity → ideal;
 *   high relatedness + low complexity  → low risk, low reward;
 *   low relatedness + high complexity  → high risk, high reward;
 *   low relatedness + low complexity   → least desirable.
 * "High" is strictly above the median (the region's median density; the dataset's median PCI).
 */
import { regionOpportunities } from '../pipelines/map-region-industry';
import { percentile } from '../mapping/percentile';

/** What the checks read of a computed industry space (regions × industries, row-major). */
export interface Ris3Space {
  regions: readonly string[];
  industries: readonly string[];
  lq: Float64Array;
  present: Uint8Array;
  density: Float64Array;
  pci: Float64Array;
  strong: Uint8Array;
  stars: Uint8Array;
}

export type Quadrant = 'ideal' | 'low_risk_low_reward' | 'high_risk_high_reward' | 'least_desirable';

export interface Thresholds {
  /** The region's median relatedness density over the industries with a density. */
  densityMedian: number;
  /** The median PCI of the dataset's industries with a PCI. */
  pciMedian: number;
}

export type CodeCheck =
  | {
      code: string;
      status: 'not-in-dataset';
      /** How the dataset's codes look, to say what was expected. */
      level: string;
    }
  | {
      code: string;
      status: 'checked';
      lq: number;
      specialised: boolean;
      density: number | null;
      /** Share (0–100) of the region's industries with a lower density, ties counted half. */
      densityPercentile: number | null;
      related: boolean;
      pci: number | null;
      complex: boolean;
      strong: boolean;
      stars: number;
      quadrant: Quadrant | null;
    };

export interface PriorityCheck {
  codes: CodeCheck[];
  /** Mean density and PCI of the codes found (null when none has both). */
  density: number | null;
  pci: number | null;
  verdict: Quadrant | null;
}

const finite = (values: Iterable<number>): number[] => [...values].filter(Number.isFinite);

export function quadrant(related: boolean, complex: boolean): Quadrant {
  if (related) return complex ? 'ideal' : 'low_risk_low_reward';
  return complex ? 'high_risk_high_reward' : 'least_desirable';
}

/** The median split of Balland et al. (2019) for region `r`. */
export function thresholds(space: Ris3Space, r: number): Thresholds {
  const P = space.industries.length;
  return {
    densityMedian: percentile(finite(space.density.subarray(r * P, r * P + P)), 0.5) ?? NaN,
    pciMedian: percentile(finite(space.pci), 0.5) ?? NaN,
  };
}

/** The thresholds as shown (4 decimals); the checks compare with the exact medians. */
export function shownThresholds(space: Ris3Space, r: number): Thresholds {
  const t = thresholds(space, r);
  return { densityMedian: round(t.densityMedian), pciMedian: round(t.pciMedian) };
}

/** How the dataset's codes look: their lengths and an example ("6 characters, e.g. 336112"). */
export function codeLevel(industries: readonly string[]): string {
  const lengths = [...new Set(industries.map((c) => c.length))].sort((a, b) => a - b);
  return `codes of ${lengths.join(' or ')} characters, e.g. ${industries[0] ?? '—'}`;
}

function midRank(values: number[], v: number): number {
  let below = 0;
  let equal = 0;
  for (const x of values)
    if (x < v) below++;
    else if (x === v) equal++;
  return (100 * (below + equal / 2)) / values.length;
}

const round = (n: number, digits = 4): number => Math.round(n * 10 ** digits) / 10 ** digits;
const orNull = (n: number): number | null => (Number.isFinite(n) ? round(n) : null);

/** The checks of one priority's codes in region `r`. */
export function checkPriority(space: Ris3Space, r: number, codes: readonly string[]): PriorityCheck {
  const P = space.industries.length;
  const t = thresholds(space, r);
  const regionDensities = finite(space.density.subarray(r * P, r * P + P));
  const index = new Map(space.industries.map((c, i) => [c, i]));
  const checks: CodeCheck[] = codes.map((code) => {
    const i = index.get(code);
    if (i === undefined) return { code, status: 'not-in-dataset', level: codeLevel(space.industries) };
    const k = r * P + i;
    const d = space.density[k]!;
    const p = space.pci[i]!;
    const related = Number.isFinite(d) && d > t.densityMedian;
    const complex = Number.isFinite(p) && p > t.pciMedian;
    return {
      code,
      status: 'checked',
      lq: round(space.lq[k]!),
      specialised: space.lq[k]! >= 1,
      density: orNull(d),
      densityPercentile: Number.isFinite(d) ? round(midRank(regionDensities, d), 1) : null,
      related,
      pci: orNull(p),
      complex,
      strong: space.strong[k] === 1,
      stars: space.stars[k]!,
      quadrant: Number.isFinite(d) && Number.isFinite(p) ? quadrant(related, complex) : null,
    };
  });
  const placed = checks.filter((c) => c.status === 'checked' && c.density !== null && c.pci !== null);
  if (placed.length === 0) return { codes: checks, density: null, pci: null, verdict: null };
  const indices = placed.map((c) => index.get(c.code)!);
  const density = indices.reduce((s, i) => s + space.density[r * P + i]!, 0) / indices.length;
  const pci = indices.reduce((s, i) => s + space.pci[i]!, 0) / indices.length;
  return {
    codes: checks,
    density: round(density),
    pci: round(pci),
    verdict: quadrant(density > t.densityMedian, pci > t.pciMedian),
  };
}

export interface Candidates {
  /** The region's strong clusters, highest LQ first. */
  strong: Array<{ code: string; lq: number; stars: number }>;
  /** Its top diversification opportunities (core regionOpportunities: z(density) + z(PCI)). */
  opportunities: Array<{ code: string; density: number; pci: number; score: number }>;
}

/** Candidate priorities for region `r`: strong clusters and diversification opportunities. */
export function candidates(space: Ris3Space, r: number, limit = 10): Candidates {
  const P = space.industries.length;
  const strong: Candidates['strong'] = [];
  for (let i = 0; i < P; i++)
    if (space.strong[r * P + i] === 1)
      strong.push({
        code: space.industries[i]!,
        lq: round(space.lq[r * P + i]!),
        stars: space.stars[r * P + i]!,
      });
  strong.sort((a, b) => b.lq - a.lq || a.code.localeCompare(b.code));
  const opportunities = regionOpportunities(
    {
      industries: [...space.industries],
      presence: space.present,
      density: space.density,
      complexity: { pci: space.pci },
    },
    r,
    { limit },
  ).map((o) => ({
    code: space.industries[o.industry]!,
    density: round(o.density),
    pci: round(o.pci),
    score: round(o.score),
  }));
  return { strong: strong.slice(0, limit), opportunities };
}
