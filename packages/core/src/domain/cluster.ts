/**
 * Cluster: a geographic concentration of interconnected firms and institutions in a
 * field — a territory plus an activity (DOMAIN.md §1; Porter 1998).
 */
import { z } from 'zod';
import { countryCodeSchema, currencyCodeSchema, slugSchema, yearSchema } from './common';
import { statisticalCodesSchema } from './statistical-codes';
import { lifeCycleStageSchema, sectorGroupSchema } from './vocabularies';

/**
 * Key figures of a cluster for one year. Money amounts carry their currency and the
 * year is explicit, so figures of different years and currencies are never mixed.
 * Every figure is optional: `null`/absent means not known, never zero.
 */
export const keyFiguresSchema = z
  .object({
    year: yearSchema.describe('Year the figures refer to.'),
    firms: z.number().int().min(0).nullish().describe('Number of firms.'),
    directJobs: z.number().int().min(0).nullish().describe('Direct jobs.'),
    indirectJobs: z.number().int().min(0).nullish().describe('Indirect jobs.'),
    turnover: z.number().min(0).nullish().describe('Turnover, in `currency` units × `unit`.'),
    production: z.number().min(0).nullish().describe('Value of production.'),
    exports: z.number().min(0).nullish().describe('Value of exports.'),
    currency: currencyCodeSchema.nullish().describe('ISO 4217 currency of the money figures.'),
    unit: z
      .enum(['one', 'thousand', 'million'])
      .default('million')
      .describe('Scale of the money figures. __Default:__ `million`.'),
    source: z.string().max(500).nullish().describe('Where the figures come from.'),
  })
  .refine((f) => f.currency != null || (f.turnover == null && f.production == null && f.exports == null), {
    message: 'money figures need a currency',
    path: ['currency'],
  })
  .meta({ id: 'KeyFigures' });
export type KeyFigures = z.infer<typeof keyFiguresSchema>;

const clusterFields = {
  id: slugSchema.describe('Stable identifier (slug).'),
  name: z.string().trim().min(2).max(200).describe('Name of the cluster.'),
  country: countryCodeSchema,
  region: z.string().max(40).nullish().describe('Region code (NUTS for Europe, a national code elsewhere).'),
  location: z.string().max(200).nullish().describe('Place name(s).'),
  sector: z.string().trim().min(2).max(200).describe('Activity, e.g. "footwear", "wine".'),
  sectorGroup: sectorGroupSchema,
  lifeCycleStage: lifeCycleStageSchema.nullish(),
  description: z.string().max(5000).nullish(),
  isPublic: z.boolean().describe('Visible to anonymous users.'),
  keyFigures: z.array(keyFiguresSchema).describe('Key figures, one entry per year.'),
  source: z.string().max(500).nullish().describe('Provenance of the record.'),
  statisticalCodes: statisticalCodesSchema
    .nullish()
    .describe(
      'Region and industry codes that link the cluster to the statistics (GET /api/clusters/{id}/statistics); null clears them.',
    ),
};

/** Two entries for one year are refused (every schema that takes a list of key figures). */
function refineYearsOnce(keyFigures: readonly KeyFigures[] | undefined, ctx: z.RefinementCtx): void {
  const years = new Set<number>();
  keyFigures?.forEach((f, i) => {
    if (years.has(f.year)) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyFigures', i, 'year'],
        message: `year ${f.year} appears twice`,
      });
    }
    years.add(f.year);
  });
}

/** A cluster as stored and returned by the API. */
export const clusterSchema = z
  .object({
    ...clusterFields,
    statisticalCodes: statisticalCodesSchema.describe(
      'Region and industry codes that link the cluster to the statistics (all null when not set).',
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Cluster' });
export type Cluster = z.infer<typeof clusterSchema>;

/**
 * What a client sends to create a cluster; `id` is derived from `name` when absent.
 * Only creation has defaults (`isPublic` true, no key figures).
 */
export const clusterInputSchema = z
  .object({
    ...clusterFields,
    id: clusterFields.id.optional(),
    isPublic: clusterFields.isPublic
      .default(true)
      .describe('Visible to anonymous users. __Default:__ `true`.'),
    keyFigures: clusterFields.keyFigures.default([]),
  })
  .superRefine((c, ctx) => refineYearsOnce(c.keyFigures, ctx))
  .meta({ id: 'ClusterInput' });
export type ClusterInput = z.input<typeof clusterInputSchema>;
export type ClusterInputParsed = z.output<typeof clusterInputSchema>;

/**
 * A partial update of a cluster (`PATCH`): every field optional, `id` immutable. It has
 * **no defaults**: a field not sent is not touched (a default here once made every
 * PATCH publish the cluster and erase its key figures). `keyFigures`, when sent,
 * replaces the whole list.
 */
export const clusterPatchSchema = z
  .object(clusterFields)
  .omit({ id: true })
  .partial()
  .superRefine((c, ctx) => refineYearsOnce(c.keyFigures, ctx))
  .meta({ id: 'ClusterPatch' });
export type ClusterPatch = z.infer<typeof clusterPatchSchema>;
