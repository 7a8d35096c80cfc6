/**
 * Assessment of a cluster: collective-efficiency items, upgrading and value-chain
 * governance, dated and signed by an assessor (IDB study, Annex 1 and Tables 4–16;
 * DOMAIN.md §3). Items are scored 0 absent, 1 low, 2 medium, 3 high; halves allowed;
 * `null` means unknown.
 */
import { z } from 'zod';
import { maybeScoreSchema, slugSchema } from './common';
import { governanceTypeSchema, gvcGovernanceTypeSchema } from './vocabularies';
import { assessmentKinds, datePrecisions, type AssessmentKind } from './vocabulary-lists';

/** External-economies items (a)–(d) of the IDB study. */
export const externalEconomyItems = [
  'specialisedLabourMarket',
  'availabilityOfInputs',
  'easyAccessToInformation',
  'marketAccess',
] as const;
/** Joint-action items (a)–(d) of the IDB study. */
export const jointActionItems = [
  'backwardVerticalLinkages',
  'forwardVerticalLinkages',
  'horizontalBilateralLinkages',
  'horizontalMultilateralLinkages',
] as const;
/** Upgrading types (Humphrey & Schmitz 2002; IDB study). */
export const upgradingTypes = ['process', 'product', 'functional', 'intersectoral'] as const;

export type ExternalEconomyItem = (typeof externalEconomyItems)[number];
export type JointActionItem = (typeof jointActionItems)[number];
export type UpgradingType = (typeof upgradingTypes)[number];

const itemsOf = <K extends string>(keys: readonly K[]) =>
  z.object(
    Object.fromEntries(keys.map((k) => [k, maybeScoreSchema.default(null)])) as Record<
      K,
      z.ZodDefault<typeof maybeScoreSchema>
    >,
  );

export const externalEconomiesSchema = itemsOf(externalEconomyItems).meta({ id: 'ExternalEconomies' });
export const jointActionSchema = itemsOf(jointActionItems).meta({ id: 'JointAction' });
export const upgradingSchema = itemsOf(upgradingTypes).meta({ id: 'Upgrading' });

/** One respondent's scores (survey mode). */
export const scoresSchema = z
  .object({
    externalEconomies: externalEconomiesSchema,
    jointAction: jointActionSchema,
    upgrading: upgradingSchema,
  })
  .meta({ id: 'Scores' });
export type Scores = z.infer<typeof scoresSchema>;

/**
 * Governance of a chain the cluster serves, as coded by the IDB study: 0 absent,
 * 1 domestic chain, 2 global chain, 3 domestic and global chains.
 */
export const governanceObservationSchema = z
  .object({
    governanceType: governanceTypeSchema,
    code: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    shareOfOutput: z.number().min(0).max(1).nullish(),
    description: z.string().max(1000).nullish(),
    gvcGovernance: gvcGovernanceTypeSchema
      .nullish()
      .describe(
        'The five-type (Gereffi, Humphrey & Sturgeon 2005) governance when the assessor states it; otherwise the default map applies (quasi-hierarchy → captive, network → relational).',
      ),
  })
  .meta({ id: 'GovernanceObservation' });
export type GovernanceObservation = z.infer<typeof governanceObservationSchema>;

/**
 * Most respondents one survey assessment may hold. A cluster's survey covers its firms
 * (tens to hundreds in the IDB study); the bound keeps one write from growing every
 * read of the cluster (issue 10, point 5; docs/decisions/065).
 */
export const MAX_RESPONDENTS = 2000;

/** One respondent's answers, as given. */
export const respondentSchema = z
  .object({ respondent: z.string().min(1).max(200), scores: scoresSchema })
  .meta({ id: 'Respondent' });
export type Respondent = z.infer<typeof respondentSchema>;

export const assessmentKindSchema = z.enum(assessmentKinds).meta({ id: 'AssessmentKind' });

/**
 * `kinds=published_study,expert` in a query string: one or more kinds, comma-separated;
 * an unknown kind is an error naming it and the kinds there are.
 * @example assessmentKindsQuerySchema.parse('expert,survey') // ['expert', 'survey']
 */
export const assessmentKindsQuerySchema = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    const given = [...new Set(text.split(',').map((k) => k.trim()))].filter(Boolean);
    const unknown = given.filter((k) => !(assessmentKinds as readonly string[]).includes(k));
    if (given.length === 0 || unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `${unknown.length ? `unknown kind ${unknown.map((k) => `"${k}"`).join(', ')}; ` : ''}use one or more of ${assessmentKinds.join(', ')}, separated by commas`,
      });
      return z.NEVER;
    }
    return given as AssessmentKind[];
  });
export const datePrecisionSchema = z.enum(datePrecisions).meta({ id: 'DatePrecision' });

export const assessmentInputSchema = z
  .object({
    assessedOn: z.iso
      .date()
      .describe('Date of the assessment (YYYY-MM-DD); January 1 when only the year is known.'),
    datePrecision: datePrecisionSchema
      .default('day')
      .describe(
        '`year` when only the year of `assessedOn` is known (then `assessedOn` is YYYY-01-01). __Default:__ `day`.',
      ),
    kind: assessmentKindSchema
      .optional()
      .describe(
        "Whose scores: `published_study`, `expert`, `self_assessment` or `survey`. __Default:__ `self_assessment` for the cluster's own managers (who may record only `self_assessment` or `survey`); for admins and analysts `survey` when the method is `survey`, else `expert`.",
      ),
    assessor: z.string().trim().min(1).max(200).describe('Who assessed (person or body).'),
    method: z.enum(['expert', 'survey']).default('expert'),
    aggregation: z
      .enum(['median', 'mean'])
      .default('median')
      .describe('How respondents are aggregated per item in survey mode. __Default:__ `median`.'),
    scores: scoresSchema.optional().describe('Expert scores (method `expert`).'),
    respondents: z
      .array(respondentSchema)
      .max(
        MAX_RESPONDENTS,
        `at most ${MAX_RESPONDENTS} respondents per assessment; aggregate a larger survey first and record it as expert scores, or split it by date`,
      )
      .optional()
      .describe(`Answers of each respondent (method \`survey\`), kept as given; at most ${MAX_RESPONDENTS}.`),
    governance: z.array(governanceObservationSchema).default([]),
    source: z.string().max(500).nullish(),
    notes: z.string().max(5000).nullish(),
  })
  .superRefine((a, ctx) => {
    if (a.datePrecision === 'year' && !a.assessedOn.endsWith('-01-01')) {
      ctx.addIssue({
        code: 'custom',
        path: ['assessedOn'],
        message: 'a date known only to the year is given as January 1 of that year (YYYY-01-01)',
      });
    }
    if (a.method === 'expert' && !a.scores) {
      ctx.addIssue({ code: 'custom', path: ['scores'], message: 'an expert assessment needs scores' });
    }
    if (a.method === 'survey' && (!a.respondents || a.respondents.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['respondents'],
        message: 'a survey needs at least one respondent',
      });
    }
  })
  .meta({ id: 'AssessmentInput' });
export type AssessmentInput = z.input<typeof assessmentInputSchema>;
export type AssessmentInputParsed = z.output<typeof assessmentInputSchema>;

/**
 * An assessment as lists show it: the aggregated scores and how many respondents
 * answered, without their answers (GET /api/clusters/{id}/assessments, diagnosis,
 * portfolio). The answers are read one assessment at a time (`Assessment`).
 */
export const assessmentSummarySchema = z
  .object({
    id: z.string(),
    clusterId: slugSchema,
    assessedOn: z.string(),
    datePrecision: datePrecisionSchema.describe(
      '`year`: only the year of `assessedOn` is known; show it alone.',
    ),
    kind: assessmentKindSchema,
    assessor: z.string(),
    method: z.enum(['expert', 'survey']),
    aggregation: z.enum(['median', 'mean']),
    scores: scoresSchema.describe('Item scores (aggregated, in survey mode).'),
    respondentCount: z.number().int().min(0).describe('How many respondents answered (0 for expert scores).'),
    governance: z.array(governanceObservationSchema),
    source: z.string().nullish(),
    notes: z.string().nullish(),
    createdBy: z.string().nullish(),
    createdAt: z.string(),
  })
  .meta({ id: 'AssessmentSummary' });
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

/** One assessment with its respondents' answers (survey mode; empty for expert scores). */
export const assessmentSchema = assessmentSummarySchema
  .extend({ respondents: z.array(respondentSchema) })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof assessmentSchema>;
