/**
 * `adviseCluster(options)`: a cluster's diagnosis and its localised policy advice from one
 * assessment (docs/methods/diagnosis.md, docs/methods/advice.md) — the one entry point of the
 * advice chain for the server (POST assessment, GET advice) and `polos advise`. The phases:
 *
 *   1. validate  the options (adviseClusterOptionsSchema; an error names the field)
 *   2. diagnose  collective efficiency, weakest items, governance, upgrading (diagnoseCluster)
 *   3. advise    the diagnosis as facts → the rules that fire → the policy mix (advice/advise.ts)
 *   4. localise  the texts in the language asked for (advice/localise.ts)
 *   5. assemble  JSON without undefined or NaN (null instead): `diagnosis` parses with
 *                diagnosisResultSchema, `advice` with adviceResultSchema
 *
 * Before an assessment is stored, `assessmentScores` gives its item scores (a survey's
 * respondents aggregated). Pure: the knowledge base is read by packages/server/src/knowledge.ts.
 */
import { z } from 'zod';
import { advise } from '../advice/advise';
import { policyKnowledgeSchema } from '../advice/knowledge-schema';
import { adviceLanguages, localiseAdvice } from '../advice/localise';
import { aggregateRespondents, type Aggregation } from '../diagnosis/aggregate-respondents';
import { diagnose } from '../diagnosis/diagnose';
import { adviceResultSchema } from '../domain/advice-result';
import {
  governanceObservationSchema,
  scoresSchema,
  type GovernanceObservation,
  type Scores,
} from '../domain/assessment';
import { diagnosisResultSchema } from '../domain/diagnosis-result';
import type { PlainJson } from '../domain/plain-json';
import { lifeCycleStageSchema, sectorGroupSchema } from '../domain/vocabularies';

const clusterSchema = z.object({
  id: z.string().min(1),
  sectorGroup: sectorGroupSchema,
  lifeCycleStage: lifeCycleStageSchema.nullish(),
});
const assessmentSchema = z.object({
  scores: scoresSchema,
  governance: z.array(governanceObservationSchema).optional(),
});
const unknownSchema = z
  .enum(['zero', 'rescale'])
  .default('zero')
  .describe("Unknown items: `zero` (the IDB study's convention) or `rescale`.");

export const diagnoseClusterOptionsSchema = z.object({
  cluster: clusterSchema,
  assessment: assessmentSchema,
  unknown: unknownSchema,
});
/** The assessment as stored (scores complete: `null` = unknown), which the schema checks. */
interface AssessmentScores {
  assessment: { scores: Scores; governance?: readonly GovernanceObservation[] | undefined };
}
export type DiagnoseClusterOptions = Omit<z.input<typeof diagnoseClusterOptionsSchema>, 'assessment'> &
  AssessmentScores;

export const adviseClusterOptionsSchema = diagnoseClusterOptionsSchema.extend({
  knowledge: policyKnowledgeSchema,
  language: z.enum(adviceLanguages).default('en').describe('Language of the advice texts.'),
  maxRecommendations: z.number().int().min(1).optional().describe("Overrides the rules' selectivity limit."),
});
export type AdviseClusterOptions = Omit<z.input<typeof adviseClusterOptionsSchema>, 'assessment'> &
  AssessmentScores;

export const adviseClusterResultSchema = z.object({
  diagnosis: diagnosisResultSchema,
  advice: adviceResultSchema,
});
export type AdviseClusterResult = z.infer<typeof adviseClusterResultSchema>;

/** Options that fail their schema: `issues` name each field and what is wrong. */
export class AdviceOptionsError extends Error {
  constructor(readonly issues: Array<{ field: string; message: string }>) {
    super(`adviseCluster options: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'AdviceOptionsError';
  }
}

/** JSON has no undefined: what cannot be computed becomes null (as the API publishes it). */
const plain = <T>(value: T): PlainJson<T> =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v))) as PlainJson<T>;

function validate<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const parsed = schema.safeParse(options);
  if (!parsed.success)
    throw new AdviceOptionsError(
      parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(options)', message: i.message })),
    );
  return parsed.data;
}

function diagnosisOf(options: DiagnoseClusterOptions, unknown: 'zero' | 'rescale') {
  // The caller's objects, not zod's copies: the diagnosis keeps their keys and order.
  return diagnose(
    {
      clusterId: options.cluster.id,
      sectorGroup: options.cluster.sectorGroup,
      lifeCycleStage: options.cluster.lifeCycleStage ?? null,
      scores: options.assessment.scores,
      governance: options.assessment.governance,
    },
    { unknown },
  );
}

/**
 * Phases 1–2 and 5 alone: the diagnosis of one assessment (the history and the latest
 * diagnosis need no advice).
 * @throws AdviceOptionsError naming the field of an invalid option.
 */
export function diagnoseCluster(options: DiagnoseClusterOptions): AdviseClusterResult['diagnosis'] {
  const { unknown } = validate(diagnoseClusterOptionsSchema, options);
  return plain(diagnosisOf(options, unknown));
}

/**
 * @example adviseCluster({ cluster: { id, sectorGroup }, assessment: { scores, governance }, knowledge, language: 'es' })
 * @throws AdviceOptionsError naming the field of an invalid option.
 */
export function adviseCluster(options: AdviseClusterOptions): AdviseClusterResult {
  // 1. Validate.
  const o = validate(adviseClusterOptionsSchema, options);
  // 2. Diagnose.
  const diagnosis = diagnosisOf(options, o.unknown);
  // 3. Facts → rules → the policy mix.
  const { rules, menu, translations } = o.knowledge;
  const advice = advise(diagnosis, rules, menu, {
    ...(o.maxRecommendations !== undefined && { maxRecommendations: o.maxRecommendations }),
  });
  // 4. Localise.
  const localised = localiseAdvice(advice, o.language, translations);
  // 5. Assemble.
  return { diagnosis: plain(diagnosis), advice: plain(localised) };
}

/** An assessment's item scores: expert scores as given, a survey's respondents aggregated per item. */
export function assessmentScores(input: {
  method: 'expert' | 'survey';
  scores?: Scores | undefined;
  respondents?: ReadonlyArray<{ scores: Scores }> | undefined;
  aggregation?: Aggregation | undefined;
}): Scores {
  if (input.method === 'survey') {
    if (!input.respondents?.length)
      throw new AdviceOptionsError([
        { field: 'respondents', message: 'a survey needs at least one respondent' },
      ]);
    return aggregateRespondents(
      input.respondents.map((r) => r.scores),
      input.aggregation,
    ).scores;
  }
  if (!input.scores)
    throw new AdviceOptionsError([{ field: 'scores', message: 'expert scores are required' }]);
  return input.scores;
}
