/**
 * A region's smart-specialisation strategy (RIS3; EU-LAC report §4.2–4.3; issue 14 point 5;
 * decision 091): its priorities with the industry codes of the map dataset it is checked
 * against, and the indicators it is monitored by. Validated at the API boundary.
 *
 * `domain` is free text: the EU S3 Platform's Eye@RIS3 database codes priorities by domain,
 * but no sourced list of its categories is in the repository or was found (docs/methods/ris3.md).
 */
import { z } from 'zod';

export const ris3Phases = ['definition', 'implementation', 'monitoring'] as const;
export const ris3PhaseSchema = z.enum(ris3Phases);
export type Ris3Phase = z.infer<typeof ris3PhaseSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const yearSchema = z.number().int().min(1900).max(2100);
export const ris3PointSchema = z.object({ year: yearSchema, value: z.number().finite() }).strict();
export type Ris3Point = z.infer<typeof ris3PointSchema>;

const uniqueYears = (values: Ris3Point[], ctx: z.RefinementCtx) => {
  const seen = new Set<number>();
  values.forEach((v, k) => {
    if (seen.has(v.year))
      ctx.addIssue({ code: 'custom', path: ['values', k, 'year'], message: 'one value a year' });
    seen.add(v.year);
  });
};

export const ris3IndicatorInputSchema = z
  .object({
    name: text(200),
    unit: z.string().trim().max(40).default(''),
    baseline: ris3PointSchema,
    target: ris3PointSchema,
    /** Observed values by year; more come later with PUT …/values/{year}. */
    values: z.array(ris3PointSchema).max(100).default([]),
  })
  .strict()
  .superRefine((i, ctx) => {
    if (i.target.year <= i.baseline.year)
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'year'],
        message: 'the target comes after the baseline year',
      });
    uniqueYears(i.values, ctx);
  });
export type Ris3IndicatorInput = z.infer<typeof ris3IndicatorInputSchema>;
export const ris3IndicatorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    baseline: ris3PointSchema,
    target: ris3PointSchema,
    values: z.array(ris3PointSchema),
  })
  .meta({ id: 'Ris3Indicator' });
export type Ris3Indicator = z.infer<typeof ris3IndicatorSchema>;

const priorityFields = {
  title: text(200),
  description: z.string().trim().max(4000),
  /** Codes of the dataset's classification (NAICS 336112, NACE division C28, …). */
  industryCodes: z.array(text(20)).min(1).max(50),
  /** The EU priority domain, free text (see above). */
  domain: z.string().trim().max(200),
};
export const ris3PriorityInputSchema = z
  .object({
    ...priorityFields,
    description: priorityFields.description.default(''),
    domain: priorityFields.domain.default(''),
    indicators: z.array(ris3IndicatorInputSchema).max(20).default([]),
  })
  .strict();
export type Ris3PriorityInput = z.infer<typeof ris3PriorityInputSchema>;
export const ris3PriorityPatchSchema = z
  .object(priorityFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'send at least one field' });
export type Ris3PriorityPatch = z.infer<typeof ris3PriorityPatchSchema>;
export const ris3PrioritySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    industryCodes: z.array(z.string()),
    domain: z.string(),
    indicators: z.array(ris3IndicatorSchema),
  })
  .meta({ id: 'Ris3Priority' });
export type Ris3Priority = z.infer<typeof ris3PrioritySchema>;

const periodOk = (s: { startYear?: number; endYear?: number }) =>
  s.startYear === undefined ||
  s.endYear === undefined ||
  (s.endYear >= s.startYear && s.endYear - s.startYear <= 20);
const periodIssue = { message: 'endYear is from startYear to startYear + 20', path: ['endYear'] };
const strategyFields = {
  name: text(200),
  /** A map studio dataset id (GET /api/map/datasets). */
  dataset: text(100),
  /** The region's code in that dataset (state FIPS 26, NUTS 2 ES21, …). */
  region: text(20),
  startYear: yearSchema,
  endYear: yearSchema,
  phase: ris3PhaseSchema,
};
export const ris3StrategyInputSchema = z
  .object({
    ...strategyFields,
    phase: ris3PhaseSchema.default('definition'),
    priorities: z.array(ris3PriorityInputSchema).max(30).default([]),
  })
  .strict()
  .refine(periodOk, periodIssue);
export type Ris3StrategyInput = z.infer<typeof ris3StrategyInputSchema>;
export const ris3StrategyPatchSchema = z
  .object(strategyFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'send at least one field' });
export type Ris3StrategyPatch = z.infer<typeof ris3StrategyPatchSchema>;
export const ris3StrategySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    dataset: z.string(),
    region: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    phase: ris3PhaseSchema,
    priorities: z.array(ris3PrioritySchema),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Ris3Strategy' });
export type Ris3Strategy = z.infer<typeof ris3StrategySchema>;

/** Whether a strategy's period is valid (the patch is checked merged with the record). */
export const ris3PeriodValid = periodOk;
