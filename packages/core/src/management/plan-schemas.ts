/**
 * The records of a cluster organisation's strategic plan, annual action plans and indicators
 * (issue 13 point 3; decision 084), validated at the boundary. The six dimensions are the
 * Lombardy Region's performance dashboard (sustainability_facts.csv fact-007: 003 §4.1.1 L460,
 * "the 6 dimensions are: Cluster Development; Financial Sustainability; Research & Innovation;
 * Internationalization; Governance; Communication").
 */
import { z } from 'zod';
import { yearSchema } from '../domain/common';

export const planDimensions = [
  'cluster_development',
  'financial_sustainability',
  'research_innovation',
  'internationalisation',
  'governance',
  'communication',
] as const;
export const planDimensionSchema = z.enum(planDimensions);
export type PlanDimension = z.infer<typeof planDimensionSchema>;

export const actionStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const indicatorDirectionSchema = z.enum(['higher_is_better', 'lower_is_better']);
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const amount = z.number().finite().min(0).max(1e12);
const measure = z.number().finite().min(-1e12).max(1e12);

export const objectiveSchema = z.object({ dimension: planDimensionSchema, text: text(1000) }).strict();

/** A strategic plan of 3 to 5 years (inclusive), with its objectives. */
export const strategicPlanInputSchema = z
  .object({
    title: text(300),
    startYear: yearSchema,
    endYear: yearSchema,
    objectives: z.array(objectiveSchema).max(100).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const years = p.endYear - p.startYear + 1;
    if (years < 3 || years > 5)
      ctx.addIssue({
        code: 'custom',
        path: ['endYear'],
        message: `a strategic plan covers 3 to 5 years, not ${years}`,
      });
  });
export type StrategicPlanInput = z.infer<typeof strategicPlanInputSchema>;
export const strategicPlanSchema = z
  .object({
    organisationId: z.string(),
    title: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    objectives: z.array(objectiveSchema),
    updatedAt: z.string(),
  })
  .meta({ id: 'StrategicPlan' });
export type StrategicPlan = z.infer<typeof strategicPlanSchema>;

/** An action's fields; the input gives defaults, the patch takes any of them. */
const actionFields = {
  title: text(300),
  owner: text(200),
  dimension: planDimensionSchema,
  budget: amount,
  spent: amount,
  status: actionStatusSchema,
};
export const actionInputSchema = z
  .object({
    ...actionFields,
    budget: amount.default(0),
    spent: amount.default(0),
    status: actionStatusSchema.default('planned'),
  })
  .strict();
export type ActionInput = z.infer<typeof actionInputSchema>;
export const actionPatchSchema = z
  .object(actionFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'send at least one field' });
export type ActionPatch = z.infer<typeof actionPatchSchema>;
export const planActionSchema = z.object({ id: z.string(), ...actionFields }).meta({ id: 'PlanAction' });
export type PlanAction = z.infer<typeof planActionSchema>;

/** An annual action plan: one per organisation and year, with its actions. */
export const actionPlanInputSchema = z
  .object({
    year: yearSchema,
    title: text(300),
    currency: z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 currency code, e.g. "EUR"'),
    actions: z.array(actionInputSchema).max(200).default([]),
  })
  .strict();
export type ActionPlanInput = z.infer<typeof actionPlanInputSchema>;
export const actionPlanSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    year: z.number().int(),
    title: z.string(),
    currency: z.string(),
    actions: z.array(planActionSchema),
  })
  .meta({ id: 'ActionPlan' });
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** A period is a year, written as four digits in paths ("2025"). */
export const periodSchema = z.string().regex(/^\d{4}$/, 'a period is a year, e.g. "2025"');

export const indicatorValueInputSchema = z
  .object({ target: measure.nullable().optional(), actual: measure.nullable().optional() })
  .strict()
  .refine((v) => v.target !== undefined || v.actual !== undefined, {
    message: 'send target, actual or both',
  });
export type IndicatorValueInput = z.infer<typeof indicatorValueInputSchema>;
export const indicatorValueSchema = z
  .object({ period: z.string(), target: z.number().nullable(), actual: z.number().nullable() })
  .meta({ id: 'IndicatorValue' });
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorInputSchema = z
  .object({
    name: text(300),
    dimension: planDimensionSchema,
    unit: text(50),
    direction: indicatorDirectionSchema,
    baseline: measure,
    baselineYear: yearSchema,
    /** Targets by year, e.g. { "2026": 40 }; actuals come later with PUT …/values/{period}. */
    targets: z.record(periodSchema, measure).default({}),
  })
  .strict()
  .superRefine((i, ctx) => {
    for (const period of Object.keys(i.targets))
      if (Number(period) <= i.baselineYear)
        ctx.addIssue({
          code: 'custom',
          path: ['targets', period],
          message: 'a target comes after the baseline year',
        });
  });
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
export const indicatorSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    dimension: planDimensionSchema,
    unit: z.string(),
    direction: indicatorDirectionSchema,
    baseline: z.number(),
    baselineYear: z.number().int(),
    values: z.array(indicatorValueSchema),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;
