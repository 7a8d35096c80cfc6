/**
 * Phase 3 of `mapRegionIndustry` (map-region-industry.ts): the measures, each step calling
 * the mapping functions of core/src/mapping (their kernels — WebAssembly or JavaScript —
 * stay there). Steps run in the order of the numbered list in map-region-industry.ts and
 * report their duration under the names `polos map` writes in run.json (`lq`, `proximity`,
 * `density`, `eci_pci`, `outlook`, `indices_clusters`).
 */
import { complexityOutlook } from '../mapping/complexity-outlook';
import { economicComplexity, type EconomicComplexity } from '../mapping/economic-complexity';
import { locationQuotientWithPresence } from '../mapping/location-quotient';
import { mappingWarnings, type MappingWarning } from '../mapping/mapping-warnings';
import { proximity } from '../mapping/proximity';
import { maximumSpanningForest, strongLinks } from '../mapping/proximity-backbone';
import type { RegionIndustryMatrix } from '../mapping/region-industry-matrix';
import { densityDenominator, relatednessDensity } from '../mapping/relatedness-density';
import type { NormalisedMapping } from './map-options';

/**
 * What a caller may lend the pipeline (no I/O happens in core: these are its own functions).
 * - `density`: relatedness density on other threads (packages/cli/src/parallel); it must give
 *   the same numbers as `relatednessDensity` (the CLI's test checks one thread = two). It
 *   lends only the threaded kernel: `undefined` (no kernel) and the pipeline computes it here.
 * - `onPhase`: told when a phase starts (`ms` undefined) and ends (its duration).
 * - `onDensity`: handed the density as soon as it is known (the CLI writes density.csv on
 *   its second thread while ECI/PCI are computed).
 */
export interface MapRegionIndustryHooks {
  density?: (
    m: Uint8Array,
    phi: Float64Array,
    regions: number,
    industries: number,
  ) => Float64Array | undefined | Promise<Float64Array | undefined>;
  onPhase?: (phase: string, ms?: number) => void;
  onDensity?: (density: Float64Array) => void;
}

/** Times each phase: `phase('lq', () => …)`, durations to a tenth of a millisecond. */
export function phaseTimer(hooks: MapRegionIndustryHooks) {
  const phasesMs: Record<string, number> = {};
  async function phase<T>(name: string, run: () => T | Promise<T>): Promise<T> {
    hooks.onPhase?.(name);
    const started = performance.now();
    const value = await run();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    phasesMs[name] = ms;
    hooks.onPhase?.(name, ms);
    return value;
  }
  return { phase, phasesMs };
}

/** Missing (NaN) cells: counted in normalisation, warned about once. */
export function countMissing(values: Float64Array): number {
  let missing = 0;
  for (let k = 0; k < values.length; k++) if (values[k] !== values[k]) missing++;
  return missing;
}

/** Sums per region and per industry, missing cells as 0 (the map studio's totals). */
export function totalsOf(matrix: RegionIndustryMatrix): { region: Float64Array; industry: Float64Array } {
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const region = new Float64Array(R);
  const industry = new Float64Array(P);
  for (let r = 0; r < R; r++)
    for (let i = 0; i < P; i++) {
      const v = matrix.values[r * P + i]! || 0;
      region[r] = region[r]! + v;
      industry[i] = industry[i]! + v;
    }
  return { region, industry };
}

export interface IndustrySpaceMeasures {
  lq: Float64Array;
  presence: Uint8Array;
  diversity: Float64Array;
  ubiquity: Float64Array;
  proximity?: Float64Array;
  density?: Float64Array;
  complexity?: EconomicComplexity;
  outlook?: { coi: Float64Array; cog: Float64Array };
  backbone?: { edges: Array<[number, number, number]>; tree: number };
}

/** Steps 3.1–3.6: LQ and presence, proximity, density, ECI/PCI, outlook, backbone. */
export async function industrySpace(
  matrix: RegionIndustryMatrix,
  plan: NormalisedMapping,
  hooks: MapRegionIndustryHooks,
  phase: ReturnType<typeof phaseTimer>['phase'],
  warnings: MappingWarning[],
): Promise<IndustrySpaceMeasures> {
  const { measures, options } = plan;
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  // 3.1 Location quotients (Balassa RCA), presence M, diversity and ubiquity.
  const lq = await phase('lq', () => locationQuotientWithPresence(matrix, options.presenceThreshold));
  const out: IndustrySpaceMeasures = {
    lq: lq.lq,
    presence: lq.presence,
    diversity: lq.diversity,
    ubiquity: lq.ubiquity,
  };
  const m = lq.presence;
  // 3.2 Proximity φ with the diagonal of the density convention.
  if (measures.has('proximity'))
    out.proximity = await phase('proximity', () =>
      proximity(m, R, P, lq.ubiquity, { diagonal: plan.proximityDiagonal }),
    );
  // 3.3 Relatedness density (on the caller's threads when lent), and the isolated industries.
  if (measures.has('density')) {
    const phi = out.proximity!;
    out.density = await phase(
      'density',
      async () => (await hooks.density?.(m, phi, R, P)) ?? relatednessDensity(m, phi, R, P),
    );
    hooks.onDensity?.(out.density);
    const denominator = densityDenominator(phi, P);
    const isolated = matrix.industries.filter((_, i) => denominator[i] === 0);
    if (isolated.length) warnings.push(mappingWarnings.isolatedIndustries(isolated));
  }
  // 3.4 ECI and PCI (Growth Lab conventions).
  if (measures.has('complexity')) {
    out.complexity = await phase('eci_pci', () =>
      economicComplexity(m, R, P, lq.diversity, lq.ubiquity, matrix, { pci: options.pciScale }),
    );
    warnings.push(...out.complexity.warnings);
  }
  // 3.5 Complexity outlook: the Atlas's COI/COG use φ and density with the diagonal included.
  if (measures.has('outlook')) {
    out.outlook = await phase('outlook', () => {
      const include = plan.proximityDiagonal === 'one';
      const phiOne = include ? out.proximity! : proximity(m, R, P, lq.ubiquity, { diagonal: 'one' });
      const densityOne = include ? out.density! : relatednessDensity(m, phiOne, R, P);
      return complexityOutlook(m, phiOne, densityOne, R, P, out.complexity!);
    });
  }
  // 3.6 The backbone of the proximity network: spanning forest plus strong links.
  if (measures.has('backbone')) {
    out.backbone = await phase('backbone', () => {
      const phi = out.proximity!;
      const forest = maximumSpanningForest(phi, P);
      const { threshold, maxExtraPerIndustry } = options.backbone;
      const extra = strongLinks(phi, P, forest, { threshold, maxExtra: maxExtraPerIndustry * P });
      return { edges: [...forest, ...extra], tree: forest.length };
    });
  }
  return out;
}
