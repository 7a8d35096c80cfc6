/**
 * The policy advice as the API publishes it (`Advice` in /api/openapi.json): the schema
 * of the core's `localiseAdvice(advise(…))` result in JSON (docs/methods/advice.md). A
 * compile-time check below keeps it equal to the core's `LocalisedAdvice` type.
 */
import { z } from 'zod';
import { conditionOps } from '../advice/advice-rules';
import { adviceLanguages, type LocalisedAdvice } from '../advice/localise';
import type { Assert, Equal, PlainJson } from './plain-json';

const factValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const sourceCitationSchema = z
  .object({
    document: z.string(),
    title: z.string(),
    authors: z.array(z.string()),
    year: z.number(),
    section: z.string(),
    url: z.string().nullable().describe("The publication's page, to open the source."),
  })
  .meta({ id: 'SourceCitation' });

export const adviceTriggerSchema = z
  .object({
    rule: z.string(),
    fact: z.string(),
    op: z.enum(conditionOps),
    value: factValueSchema,
    observed: factValueSchema.nullable().describe('The fact of the diagnosis that met the condition.'),
    text: z.string().describe('The condition in words, in the language of the advice.'),
  })
  .meta({ id: 'AdviceTrigger' });

export const recommendationSchema = z
  .object({
    action: z.string(),
    actionLabel: z.string(),
    actionDescription: z.string(),
    objective: z.string(),
    objectiveLabel: z.string(),
    priority: z.enum(['high', 'medium', 'low']),
    rules: z.array(z.string()).describe('The rules that fired for this action.'),
    rationale: z.array(z.string()),
    triggers: z.array(adviceTriggerSchema),
    sectorPriority: z
      .object({ id: z.string(), label: z.string(), source: sourceCitationSchema })
      .nullable()
      .describe("The sector group's priority this action serves (it went up one level), if any."),
    sources: z.array(sourceCitationSchema),
  })
  .meta({ id: 'Recommendation' });

export const adviceResultSchema = z
  .object({
    clusterId: z.string(),
    rulesVersion: z.string(),
    recommendations: z.array(recommendationSchema).describe('The policy mix, by priority.'),
    alsoConsidered: z.array(recommendationSchema).describe('Actions beyond the selectivity limit.'),
    selectivity: z.object({ maxRecommendations: z.number().int(), source: sourceCitationSchema }),
    language: z.enum(adviceLanguages).describe('The language of the texts.'),
  })
  .meta({
    id: 'Advice',
    description: 'The recommended policy mix from a diagnosis (docs/methods/advice.md).',
  });
export type AdviceResult = z.infer<typeof adviceResultSchema>;

type _AdviceAgrees = Assert<Equal<AdviceResult, PlainJson<LocalisedAdvice>>>;
