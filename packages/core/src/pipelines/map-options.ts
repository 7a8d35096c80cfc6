/**
 * Phases 1 and 2 of `mapRegionIndustry` (map-region-industry.ts): the options, validated by
 * a zod schema, and their normalisation into the conventions every caller shares — the
 * presence threshold, the density diagonal, the PCI scale, the backbone of the proximity
 * network, the cluster definitions. The conventions are written here once; `polos map`,
 * the map studio and the bench take them from the pipeline's provenance.
 */
import { z } from 'zod';
import type { RegionIndustryMatrix } from '../mapping/region-industry-matrix';

/** The measures a run can ask for; each brings the ones it needs (`needs` below). */
export const mappingMeasures = [
  'lq',
  'totals',
  'proximity',
  'density',
  'complexity',
  'outlook',
  'backbone',
  'regionIndices',
  'clusters',
  'clusterRelatedness',
] as const;
export type MappingMeasure = (typeof mappingMeasures)[number];

const clusterDefinitionSchema = z.object({
  industry: z.string().min(1),
  cluster: z.string().min(1),
  type: z.enum(['traded', 'local']),
});

const matrixSchema = z.custom<RegionIndustryMatrix>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as RegionIndustryMatrix).regions) &&
    Array.isArray((v as RegionIndustryMatrix).industries) &&
    (v as RegionIndustryMatrix).values instanceof Float64Array,
  { message: 'a region × industry matrix (regionIndustryMatrix) of the same regions and industries' },
);

export const mapRegionIndustryOptionsSchema = z
  .object({
    measures: z
      .array(z.enum(mappingMeasures))
      .min(1)
      .default(['lq', 'proximity', 'density', 'complexity', 'regionIndices'])
      .describe('The measures to compute; each adds the ones it depends on.'),
    presenceThreshold: z
      .number()
      .positive()
      .default(1)
      .describe('M(r,i) = 1 when LQ ≥ this (Balassa RCA ≥ 1).'),
    densityDiagonal: z
      .enum(['exclude', 'include'])
      .default('exclude')
      .describe(
        'Relatedness density without (Hidalgo et al. 2007) or with (py-ecomplexity) the industry itself.',
      ),
    pciScale: z
      .enum(['eci-scale', 'own-scale'])
      .default('eci-scale')
      .describe('PCI scaled with the raw ECI (Growth Lab) or z-scored on its own.'),
    backbone: z
      .object({
        threshold: z.number().min(0).max(1).default(0.55),
        maxExtraPerIndustry: z.number().int().min(0).default(2),
      })
      .default({ threshold: 0.55, maxExtraPerIndustry: 2 })
      .describe('The drawn network: maximum spanning forest plus strong links (φ ≥ threshold).'),
    clusters: z
      .object({
        definitions: z.array(clusterDefinitionSchema).min(1),
        establishments: matrixSchema.optional(),
        opportunities: z.number().int().min(1).default(10),
      })
      .optional()
      .describe('Cluster definitions (industry → cluster) for the cluster measures.'),
    year: z.number().int().nullable().default(null).describe('The year of the data (provenance only).'),
  })
  .strict();
export type MapRegionIndustryOptions = z.input<typeof mapRegionIndustryOptionsSchema>;
export type MapRegionIndustryParsedOptions = z.output<typeof mapRegionIndustryOptionsSchema>;

const needs: Record<MappingMeasure, MappingMeasure[]> = {
  lq: [],
  totals: [],
  proximity: ['lq'],
  density: ['proximity'],
  complexity: ['lq'],
  outlook: ['density', 'complexity'],
  backbone: ['proximity'],
  regionIndices: [],
  clusters: [],
  clusterRelatedness: ['clusters'],
};

/** The conventions of a run, in words (run.json `conventions`, the result's provenance). */
export interface MappingConventions {
  locationQuotient: string;
  presence: string;
  proximity: string;
  density: string;
  eciPci: string;
  outlook: string | null;
  clusters: string | null;
  regionIndices: string;
}

export interface NormalisedMapping {
  options: MapRegionIndustryParsedOptions;
  /** Every measure to compute (asked for, and what they depend on). */
  measures: ReadonlySet<MappingMeasure>;
  /** φ's diagonal for density: `zero` excludes the industry itself. */
  proximityDiagonal: 'zero' | 'one';
  conventions: MappingConventions;
}

/** Phase 2: the measures closed over their dependencies, and the conventions in words. */
export function normaliseMapping(options: MapRegionIndustryParsedOptions): NormalisedMapping {
  const measures = new Set<MappingMeasure>();
  const add = (m: MappingMeasure) => {
    if (measures.has(m)) return;
    measures.add(m);
    needs[m].forEach(add);
  };
  options.measures.forEach(add);
  if (measures.has('clusters') && !options.clusters)
    throw new Error(
      'mapRegionIndustry: clusters: the cluster definitions are required for the cluster measures',
    );
  const include = options.densityDiagonal === 'include';
  return {
    options,
    measures,
    proximityDiagonal: include ? 'one' : 'zero',
    conventions: {
      locationQuotient: 'Balassa RCA, total denominator; missing cells count in no total and have LQ NaN',
      presence:
        options.presenceThreshold === 1
          ? 'M = 1 when LQ >= 1'
          : `M = 1 when LQ >= ${options.presenceThreshold}`,
      proximity: 'Hidalgo et al. 2007: phi(i,j) = sum_r M(r,i) M(r,j) / max(k_i, k_j)',
      density: include
        ? 'py-ecomplexity: the industry itself included (phi diagonal 1)'
        : 'Hidalgo et al. 2007 / Datawheel: the industry itself excluded (phi diagonal 0)',
      eciPci:
        options.pciScale === 'eci-scale'
          ? 'Growth Lab py-ecomplexity: 2nd eigenvector of the product matrix, sign so ECI correlates with diversity, ECI z-scored (population SD), PCI scaled with the mean and SD of the raw ECI'
          : 'as Growth Lab, but PCI z-scored on its own',
      outlook: measures.has('outlook')
        ? 'Atlas/py-ecomplexity: COI = sum over absent industries of density x PCI (z-scored); COG(r,i) = sum over absent j of phi(i,j) / sum_k phi(j,k) x PCI_j / SD(raw ECI)'
        : null,
      clusters: measures.has('clusters')
        ? 'U.S. CMP (Delgado, Porter & Stern 2016): cluster LQ against traded or local employment; strong = LQ >= P75 and >= 1, employment > P25 (and establishments > P25); stars: European Cluster Observatory (size top 10 %, LQ >= 2, focus top 10 %)'
        : null,
      regionIndices:
        'Krugman, Hoover, Herfindahl, Gini over industries; related/unrelated variety (Frenken et al. 2007) with 2-digit groups',
    },
  };
}
