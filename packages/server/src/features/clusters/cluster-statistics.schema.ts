/** The answer of `GET /api/clusters/{id}/statistics` (decision 090). */
import { industryCodeSchema, regionCodeSchema } from '@polos/core';
import { z } from 'zod';

const rankSchema = z
  .object({
    rank: z.number().int().describe('1 = highest.'),
    of: z.number().int().describe('Regions with a value above 0 for the industry.'),
  })
  .meta({ id: 'StatisticsRank' });

const yearFiguresSchema = z
  .object({
    year: z.number().int().nullable(),
    value: z.number().describe("The region's value for the industry (the dataset's unit; missing = 0)."),
    lq: z.number().nullable().describe('Location quotient.'),
    share: z.number().nullable().describe("The industry's share of the region's total."),
    rankByLq: rankSchema
      .nullable()
      .describe('Rank of the region among the regions with the industry, by LQ.'),
    rankByValue: rankSchema.nullable().describe('Rank by value.'),
    strong: z
      .union([z.literal(0), z.literal(1)])
      .describe('Strong cluster (U.S. Cluster Mapping rule), 0 or 1.'),
    stars: z.number().int().min(0).max(3).describe('European Cluster Observatory stars, 0–3.'),
    starsEarned: z
      .array(z.enum(['size', 'specialisation', 'focus']))
      .describe('Which stars: size (top 10 % by value), specialisation (LQ ≥ 2), focus (top 10 % by share).'),
  })
  .meta({ id: 'StatisticsYear' });
export type YearFiguresOut = z.infer<typeof yearFiguresSchema>;

/** Each status and when it is given. */
const STATUSES = {
  ok: 'figures found',
  'no-codes': 'region or industry code not set',
  'no-dataset': 'no bundled dataset for the region system, e.g. INEGI',
  'region-not-found': 'the region code is not in the dataset',
  'industry-not-found': 'the code is not at the level of the dataset, said in `message`',
} as const;
const statuses = Object.keys(STATUSES) as Array<keyof typeof STATUSES>;

export const clusterStatisticsSchema = z
  .object({
    clusterId: z.string(),
    status: z.enum(statuses as [keyof typeof STATUSES, ...Array<keyof typeof STATUSES>]).describe(
      Object.entries(STATUSES)
        .map(([k, v]) => `\`${k}\`: ${v}`)
        .join('; '),
    ),
    message: z.string().describe('The status in an English sentence.'),
    region: regionCodeSchema.nullable(),
    industry: industryCodeSchema.nullable(),
    note: z.string().nullable().describe('Why these codes (the note stored with them).'),
    regionName: z.string().nullable().describe("The region's name in the language asked."),
    industryLabel: z.string().nullable().describe("The industry's label in the language asked."),
    dataset: z
      .object({
        id: z.string(),
        label: z.string(),
        source: z.string(),
        unit: z.string(),
        years: z.array(z.number().int()),
      })
      .nullable()
      .describe('The bundled dataset read (null when none answers for the region system).'),
    last: yearFiguresSchema.nullable().describe("Figures for the dataset's last year."),
    first: yearFiguresSchema
      .nullable()
      .describe("Figures for the dataset's first year (null with one year or without the region then)."),
    growth: z
      .object({
        fromYear: z.number().int().nullable(),
        toYear: z.number().int().nullable(),
        change: z.number().describe('Value in the last year minus value in the first.'),
        cagr: z.number().nullable().describe('Compound annual growth rate (null when the first value is 0).'),
      })
      .nullable(),
  })
  .meta({ id: 'ClusterStatistics' });
export type ClusterStatistics = z.infer<typeof clusterStatisticsSchema>;
