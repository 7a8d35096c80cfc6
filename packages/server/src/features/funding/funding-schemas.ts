/** The shapes of the funding and sustainability routes (issue 13 point 1; decision 083). */
import { escaReference, fundingSources, fundingYearSchema, yearFundingSchema } from '@polos/core/funding';
import { z } from 'zod';
import { idParam } from '../../openapi/resource-routes';

export const fundingYearParam = idParam.extend({
  year: z.coerce.number().int().min(1900).max(2100).describe('The funding year (1900–2100).'),
});

export const fundingYearAnswerSchema = yearFundingSchema
  .extend({ year: fundingYearSchema })
  .meta({ id: 'FundingYear' });

export const fundingYearsSchema = z
  .object({ years: z.array(fundingYearAnswerSchema) })
  .meta({ id: 'FundingYears' });

export const publicationSchema = z
  .strictObject({ published: z.boolean() })
  .meta({ id: 'SustainabilityPublication' });

const share = z.number().nullable();

export const sustainabilitySchema = z
  .object({
    years: z.array(
      z.object({
        year: z.number().int(),
        currency: z.string(),
        total: z.number(),
        publicShare: share.describe('Public sources / total (0–1); null when the total is 0.'),
        shares: z.object(
          Object.fromEntries(fundingSources.map((s) => [s, share])) as Record<
            (typeof fundingSources)[number],
            typeof share
          >,
        ),
      }),
    ),
    trend: z.object({
      publicSharePerYear: share.describe('Least-squares slope of the public share per year.'),
      years: z.number().int(),
    }),
    exitPath: z.array(
      z.object({
        year: z.number().int(),
        target: z.number(),
        actual: share,
        onTrack: z.boolean().nullable().describe('actual ≤ target; null without an actual.'),
      }),
    ),
    alerts: z.array(
      z.object({
        source: z.enum(fundingSources),
        fromYear: z.number().int(),
        toYear: z.number().int(),
        years: z.number().int(),
        rule: z.string(),
      }),
    ),
    reference: z
      .array(
        z.object({
          factId: z.string(),
          period: z.string(),
          publicShare: z.number(),
          statement: z.string(),
          source: z.string(),
        }),
      )
      .describe(`ESCA's public shares (${escaReference.map((r) => r.factId).join(', ')}).`),
    published: z.boolean(),
  })
  .meta({ id: 'Sustainability' });
