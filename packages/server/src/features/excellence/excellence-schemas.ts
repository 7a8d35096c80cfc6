/** The answers of the eligibility, self-assessment and shared-value routes (decision 086). */
import {
  impactKinds,
  intermediaryRoleKeys,
  selfAssessmentAreas,
  sharedValueInputSchema,
} from '@polos/core/excellence';
import { z } from 'zod';

const label = z.object({ en: z.string(), es: z.string(), pt: z.string() });

const verdictSchema = z.object({
  met: z.boolean().nullable().describe('true: all met; false: one unmet; null: none unmet, one unknown.'),
  criteria: z.array(
    z.object({
      key: z.string(),
      met: z.boolean().nullable().describe('null: unknown (nothing entered decides it).'),
      evidence: z.string().describe('The figures that decided it (English).'),
      evidenceLabel: label.describe('The same in English, Spanish and Portuguese.'),
      source: z.string().describe('The fact id or citation of the rule.'),
    }),
  ),
});

export const eligibilitySchema = z
  .object({
    year: z.number().int().describe('The year the plans must cover.'),
    basque: verdictSchema.describe(
      'Basque programme, Order of 13 April 2016 (fact-025 to fact-029, fact-031).',
    ),
    eccp: verdictSchema.describe('ECCP listing: ≥ 0.5 FTE, ≥ 15 committed members, ≥ 2 member types.'),
  })
  .meta({ id: 'Eligibility' });

export const eligibilityYearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe('The year the strategic and action plans must cover; the current year by default.'),
});

const percent = { points: z.number(), max: z.number(), percent: z.number() };

export const selfAssessmentScoreSchema = z
  .object({
    areas: z.array(z.object({ area: z.enum(selfAssessmentAreas), ...percent })),
    overall: z.object(percent),
    improvementAreas: z.array(z.string()).describe('Keys of the items scored ≤ 1.'),
  })
  .meta({ id: 'SelfAssessmentScore' });

export const selfAssessmentSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    assessedOn: z.string(),
    scores: z.record(z.string(), z.number().int()),
    note: z.string().nullable(),
    createdAt: z.string(),
    score: selfAssessmentScoreSchema,
  })
  .meta({ id: 'SelfAssessment' });

export const latestSelfAssessmentSchema = z
  .object({
    assessment: selfAssessmentSchema,
    comparison: z
      .object({
        previousId: z.string(),
        previousAssessedOn: z.string(),
        resolved: z.array(z.string()),
        persisting: z.array(z.string()),
        new: z.array(z.string()),
        areaChanges: z.array(
          z.object({
            area: z.enum(selfAssessmentAreas),
            from: z.number(),
            to: z.number(),
            change: z.number(),
          }),
        ),
        overallChange: z.number(),
      })
      .nullable()
      .describe('Against the assessment before it; null for the first.'),
  })
  .meta({ id: 'LatestSelfAssessment' });

export const checklistSchema = z
  .object({
    areas: z.array(z.object({ key: z.enum(selfAssessmentAreas), label })),
    items: z.array(z.object({ key: z.string(), area: z.enum(selfAssessmentAreas), text: label })),
    maturity: z.array(label).describe('The labels of scores 0 to 4.'),
    improvementThreshold: z.number().int().describe('Items scored at or below it are improvement areas.'),
  })
  .meta({ id: 'SelfAssessmentChecklist' });

const seriesSchema = z.object({
  indicator: z.string(),
  unit: z.string(),
  values: z.array(z.object({ year: z.number().int(), value: z.number(), evidence: z.string() })),
  change: z.number().nullable().describe('Last value − first value; null with one year.'),
  slopePerYear: z.number().nullable().describe('Least-squares slope per year; null with one year.'),
  direction: z.enum(['up', 'down', 'flat']).nullable(),
});

export const sharedValueSchema = sharedValueInputSchema
  .extend({
    impactsByKind: z.object(
      Object.fromEntries(impactKinds.map((k) => [k, z.array(seriesSchema)])) as Record<
        (typeof impactKinds)[number],
        z.ZodArray<typeof seriesSchema>
      >,
    ),
    rolesStated: z
      .number()
      .int()
      .describe(`How many of the ${intermediaryRoleKeys.length} roles are stated.`),
    sources: z.array(z.string()),
  })
  .meta({ id: 'SharedValue' });

export const excellencePublicationSchema = z
  .strictObject({ published: z.boolean() })
  .meta({ id: 'ExcellencePublication' });
