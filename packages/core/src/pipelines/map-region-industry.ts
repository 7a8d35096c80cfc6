/**
 * `mapRegionIndustry(matrix, options)`: every mapping measure of a region × industry matrix
 * (docs/methods/mapping.md), the one entry point `polos map`, the map studio and the bench
 * call. The phases, in order:
 *
 *   1. validate  the options (mapRegionIndustryOptionsSchema; an error names the field)
 *   2. normalise the measures asked for and what they need, the conventions in words, the
 *                missing cells counted (map-options.ts)
 *   3. compute   3.1 LQ/RCA, presence, diversity, ubiquity · 3.2 proximity · 3.3 relatedness
 *                density (+ isolated industries) · 3.4 ECI/PCI · 3.5 complexity outlook ·
 *                3.6 backbone of the proximity network · 3.7 region indices · 3.8 cluster
 *                measures and the traded clusters' relatedness (map-phases.ts, map-clusters.ts)
 *   4. assemble  the result (mapRegionIndustryResultSchema) with its warnings and provenance
 *
 * Pure: no I/O. The kernels (WebAssembly or JavaScript) stay in core/src/mapping; a caller
 * may lend a density function on other threads (hooks.density).
 */
import { diversificationOpportunities } from '../mapping/diversification-opportunities';
import { mappingWarnings, type MappingWarning } from '../mapping/mapping-warnings';
import type { RegionIndustryMatrix } from '../mapping/region-industry-matrix';
import { regionIndices } from '../mapping/specialisation';
import { clusterMeasures } from './map-clusters';
import {
  mapRegionIndustryOptionsSchema,
  normaliseMapping,
  type MapRegionIndustryOptions,
} from './map-options';
import {
  countMissing,
  industrySpace,
  phaseTimer,
  totalsOf,
  type IndustrySpaceMeasures,
  type MapRegionIndustryHooks,
} from './map-phases';
import type { MapRegionIndustryResult } from './map-result';

/** Options that fail their schema: `issues` name each field and what is wrong. */
export class MappingOptionsError extends Error {
  constructor(readonly issues: Array<{ field: string; message: string }>) {
    super(`mapRegionIndustry options: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'MappingOptionsError';
  }
}

/**
 * @example await mapRegionIndustry(matrix, { measures: ['density', 'complexity'], densityDiagonal: 'include' })
 * @throws MappingOptionsError naming the field of an invalid option.
 */
export async function mapRegionIndustry(
  matrix: RegionIndustryMatrix,
  options: MapRegionIndustryOptions = {},
  hooks: MapRegionIndustryHooks = {},
): Promise<MapRegionIndustryResult> {
  // 1. Validate.
  const parsed = mapRegionIndustryOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new MappingOptionsError(
      parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(options)', message: i.message })),
    );
  // 2. Normalise.
  const plan = normaliseMapping(parsed.data);
  const { measures } = plan;
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const warnings: MappingWarning[] = [];
  const missingCells = countMissing(matrix.values);
  if (missingCells) warnings.push(mappingWarnings.missingCells(missingCells));
  // 3. Compute.
  const { phase, phasesMs } = phaseTimer(hooks);
  const space: Partial<IndustrySpaceMeasures> = measures.has('lq')
    ? await industrySpace(matrix, plan, hooks, phase, warnings)
    : {};
  const totals = measures.has('totals') ? totalsOf(matrix) : undefined;
  const [indices, clusters] =
    measures.has('regionIndices') || measures.has('clusters')
      ? await phase('indices_clusters', () => [
          measures.has('regionIndices') ? regionIndices(matrix) : undefined,
          measures.has('clusters')
            ? clusterMeasures(matrix, parsed.data.clusters!, measures.has('clusterRelatedness'), warnings)
            : undefined,
        ])
      : [];
  // 4. Assemble.
  const { options: o } = plan;
  const complexity = space.complexity && {
    eci: space.complexity.eci,
    pci: space.complexity.pci,
    rawEci: space.complexity.rawEci,
    rawPci: space.complexity.rawPci,
    rawEciStd: space.complexity.rawEciStd,
    eigenvalue: space.complexity.eigenvalue,
  };
  return {
    regions: matrix.regions,
    industries: matrix.industries,
    values: matrix.values,
    ...(totals && { totals }),
    ...(space.lq && {
      lq: space.lq,
      presence: space.presence,
      diversity: space.diversity,
      ubiquity: space.ubiquity,
    }),
    ...(space.proximity && { proximity: space.proximity }),
    ...(space.density && { density: space.density }),
    ...(complexity && { complexity }),
    ...(space.outlook && { outlook: space.outlook }),
    ...(space.backbone && { backbone: space.backbone }),
    ...(indices && { regionIndices: indices }),
    ...(clusters && { clusters }),
    warnings,
    provenance: {
      options: {
        measures: [...measures],
        presenceThreshold: o.presenceThreshold,
        densityDiagonal: o.densityDiagonal,
        pciScale: o.pciScale,
        backbone: measures.has('backbone') ? o.backbone : null,
        clusterDefinitions: o.clusters ? o.clusters.definitions.length : null,
        year: o.year,
      },
      input: { regions: R, industries: P, cells: R * P, missingCells },
      methods: plan.conventions,
      phasesMs,
    },
  };
}

/**
 * A region's diversification opportunities from a result with presence, density and PCI:
 * the absent industries ranked by z(density) + z(PCI) (mapping/diversification-opportunities.ts).
 */
export function regionOpportunities(
  result: Pick<MapRegionIndustryResult, 'industries' | 'presence' | 'density'> & {
    complexity?: { pci: Float64Array };
  },
  region: number,
  options: { limit?: number } = {},
) {
  if (!result.presence || !result.density || !result.complexity)
    throw new Error('regionOpportunities: the result needs the measures density and complexity');
  return diversificationOpportunities(
    result.presence,
    result.density,
    result.complexity.pci,
    region,
    result.industries.length,
    options,
  );
}
