/**
 * The portfolio analysis as the API publishes it (`Portfolio` in /api/openapi.json): the
 * core's `portfolio()` result in JSON (`null` where a statistic cannot be computed),
 * plus the ids of the clusters analysed and one point per cluster for scatters
 * (docs/methods/diagnosis.md). A compile-time check keeps it equal to the core's type.
 */
import { z } from 'zod';
import type { Portfolio } from '../diagnosis/portfolio';
import { assessmentKindSchema, datePrecisionSchema, upgradingTypes } from './assessment';
import { collectiveEfficiencyDegreeSchema } from './diagnosis-result';
import type { Assert, Equal, PlainJson } from './plain-json';
import { sectorGroupSchema } from './vocabularies';

const upgradingNumbers = z.object(
  Object.fromEntries(upgradingTypes.map((t) => [t, z.number().nullable()])) as Record<
    (typeof upgradingTypes)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);
const byDegree = <T extends z.ZodType>(value: T) => z.object({ high: value, medium: value, low: value });

export const correlationSchema = z
  .object({ pearson: z.number().nullable(), spearman: z.number().nullable(), n: z.number().int() })
  .meta({ id: 'Correlation' });

export const groupAnalysisSchema = z
  .object({
    sectorGroup: z.union([sectorGroupSchema, z.literal('all')]),
    n: z.number().int(),
    averages: z
      .record(z.string(), z.number().nullable())
      .describe(
        'Average of each item (`externalEconomies.marketAccess`, `upgrading.functional`, …) and index (`eei`, `jai`, `ice`).',
      ),
    upgradingByDegree: byDegree(upgradingNumbers.extend({ n: z.number().int() })).describe(
      'Average of each upgrading type among the clusters of each degree.',
    ),
    correlations: z.record(z.string(), correlationSchema).describe('`ice~process`, `eei~functional`, …'),
    degrees: byDegree(z.number().int()),
  })
  .meta({ id: 'GroupAnalysis' });

export const portfolioPointSchema = z
  .object({
    clusterId: z.string(),
    name: z.string(),
    country: z.string(),
    sectorGroup: sectorGroupSchema,
    eei: z.number().nullable(),
    jai: z.number().nullable(),
    ice: z.number().nullable(),
    degree: collectiveEfficiencyDegreeSchema.nullable(),
    upgrading: upgradingNumbers.describe('Upgrading scores (unknown: 0 under `unknown=zero`, else null).'),
    kind: assessmentKindSchema.nullable().describe('Whose scores the point shows (null when not given).'),
    assessedOn: z
      .string()
      .nullable()
      .describe('Date of the assessment the point shows (null when not given).'),
    datePrecision: datePrecisionSchema
      .nullable()
      .describe('`year` when only the year of `assessedOn` is known.'),
  })
  .meta({ id: 'PortfolioPoint' });

const portfolioCoreSchema = z.object({
  unknown: z.enum(['zero', 'skip']),
  groups: z.array(groupAnalysisSchema),
  all: groupAnalysisSchema,
});

export const portfolioResultSchema = portfolioCoreSchema
  .extend({
    kinds: z
      .array(assessmentKindSchema)
      .describe("The kinds of assessment analysed: each cluster's latest assessment of one of these kinds."),
    clusters: z.array(z.string()).describe('The ids of the clusters analysed.'),
    points: z.array(portfolioPointSchema).describe('One point per cluster, for scatters.'),
  })
  .meta({ id: 'Portfolio', description: 'Portfolio analysis of the assessed clusters the filters select.' });
export type PortfolioResult = z.infer<typeof portfolioResultSchema>;

type _PortfolioAgrees = Assert<Equal<z.infer<typeof portfolioCoreSchema>, PlainJson<Portfolio>>>;
