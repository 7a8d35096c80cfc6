/**
 * Phase 4 of `mapRegionIndustry`: the shape of its result, as a zod schema. Arrays of
 * numbers are typed arrays (row-major, regions × industries unless said); a measure not
 * asked for is absent. `warnings` lists every mapping warning of the run (mapping-warnings.ts)
 * and `provenance` the options used, the input's size and the method of each measure.
 */
import type { DataNote } from '../mapping/data-notes';
import { z } from 'zod';

// Typed arrays on any buffer (the CLI's density lives in a SharedArrayBuffer).
const f64 = z.custom<Float64Array>((v) => v instanceof Float64Array, { message: 'a Float64Array' });
const u8 = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'a Uint8Array' });
const labels = z.array(z.string());

/** A cluster a region lacks, by relatedness density and complexity (diversificationOpportunities). */
export const clusterOpportunitySchema = z.object({
  cluster: z.number().int(),
  density: z.number(),
  complexity: z.number(),
  score: z.number(),
});

export const mappingWarningSchema = z.object({
  code: z.enum([
    'zero-region',
    'zero-industry',
    'missing-cells',
    'no-eigenvector-convergence',
    'isolated-industry',
  ]),
  message: z.string(),
  labels: labels.optional(),
  note: z
    .custom<DataNote>((v) => typeof v === 'object' && v !== null && 'code' in v && 'text' in v)
    .describe('The warning as a note with its code and values, to show in other languages (data-notes.ts).'),
});

const complexitySchema = z.object({
  eci: f64.describe('Per region, z-scored.'),
  pci: f64.describe('Per industry.'),
  rawEci: f64,
  rawPci: f64,
  rawEciStd: z.number(),
  eigenvalue: z.number(),
});

const clustersSchema = z.object({
  table: z.object({
    regions: labels.readonly(),
    clusters: labels,
    types: z.array(z.enum(['traded', 'local'])),
    employment: f64.describe('Regions × clusters.'),
    establishments: f64.optional(),
    unmappedIndustries: labels,
  }),
  strength: z.object({
    lq: f64,
    strong: u8,
    strength: f64.describe('Per region: share of traded employment in strong clusters.'),
    stars: u8,
    starFlags: z.object({ size: u8, specialisation: u8, focus: u8 }),
  }),
  relatedness: z
    .object({
      clusters: labels.describe('The traded clusters (T).'),
      lq: f64.describe('Regions × T cluster LQ.'),
      present: u8,
      proximity: f64.describe('T × T, diagonal 0.'),
      density: f64,
      complexity: f64.describe('Per traded cluster: PCI of the region × cluster presence.'),
      opportunities: z.array(z.array(clusterOpportunitySchema)),
    })
    .optional(),
});

export const mapRegionIndustryResultSchema = z.object({
  regions: labels.readonly(),
  industries: labels.readonly(),
  values: f64.describe('The input values (NaN = missing).'),
  totals: z.object({ region: f64, industry: f64 }).optional().describe('Sums with missing cells as 0.'),
  lq: f64.optional(),
  presence: u8.optional(),
  diversity: f64.optional(),
  ubiquity: f64.optional(),
  proximity: f64.optional().describe('Industries × industries, the diagonal of the density convention.'),
  density: f64.optional(),
  complexity: complexitySchema.optional(),
  outlook: z.object({ coi: f64, cog: f64 }).optional(),
  backbone: z
    .object({
      edges: z.array(z.tuple([z.number().int(), z.number().int(), z.number()])),
      tree: z.number().int().describe('The first `tree` edges are the maximum spanning forest.'),
    })
    .optional(),
  regionIndices: z
    .object({
      total: f64,
      krugman: f64,
      hoover: f64,
      herfindahl: f64,
      gini: f64,
      unrelatedVariety: f64,
      relatedVariety: f64,
    })
    .optional(),
  clusters: clustersSchema.optional(),
  warnings: z.array(mappingWarningSchema),
  provenance: z.object({
    options: z.object({
      measures: z.array(z.string()).describe('Every measure computed (asked for and their dependencies).'),
      presenceThreshold: z.number(),
      densityDiagonal: z.enum(['exclude', 'include']),
      pciScale: z.enum(['eci-scale', 'own-scale']),
      backbone: z.object({ threshold: z.number(), maxExtraPerIndustry: z.number() }).nullable(),
      clusterDefinitions: z.number().int().nullable().describe('How many industry → cluster lines.'),
      year: z.number().int().nullable(),
    }),
    input: z.object({
      regions: z.number().int(),
      industries: z.number().int(),
      cells: z.number().int(),
      missingCells: z.number().int(),
    }),
    methods: z.object({
      locationQuotient: z.string(),
      presence: z.string(),
      proximity: z.string(),
      density: z.string(),
      eciPci: z.string(),
      outlook: z.string().nullable(),
      clusters: z.string().nullable(),
      regionIndices: z.string(),
    }),
    phasesMs: z.record(z.string(), z.number()).describe('Duration of each computing phase.'),
  }),
});
export type MapRegionIndustryResult = z.infer<typeof mapRegionIndustryResultSchema>;
