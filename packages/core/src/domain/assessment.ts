/**
 * Assessment of a cluster: collective-efficiency items, upgrading and value-chain
 * governance, dated and signed by an assessor (IDB study, Annex 1 and Tables 4–16;
 * DOMAIN.md §3). Items are scored 0 absent, 1 low, 2 medium, 3 high; halves allowed;
 * `null` means unknown.
 */
import { z } from 'zod';
import { maybeScoreSchema, slugSchema } from './common';
import { governanceTypeSchema, gvcGovernanceTypeSchema } from './vocabularies';

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

export const assessmentInputSchema = z
  .object({
    assessedOn: z.iso.date().describe('Date of the assessment (YYYY-MM-DD).'),
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
