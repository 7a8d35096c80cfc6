/**
 * The diagnosis of one assessment as the API publishes it (`Diagnosis` in
 * /api/openapi.json): the schema of the core's `diagnose()` result in JSON, where a value
 * that cannot be computed is `null` (docs/methods/diagnosis.md). A compile-time check
 * below keeps it equal to the core's `Diagnosis` type.
 */
import { z } from 'zod';
import type { Diagnosis } from '../diagnosis/diagnose';
import { externalEconomyItems, jointActionItems, upgradingTypes } from './assessment';
import type { Assert, Equal, PlainJson } from './plain-json';
import {
  governanceTypeSchema,
  gvcGovernanceTypeSchema,
  lifeCycleStageSchema,
  sectorGroupSchema,
} from './vocabularies';
import { collectiveEfficiencyDegrees } from './vocabulary-lists';

const nullableNumbersOf = <K extends string>(keys: readonly K[]) =>
  z.object(
    Object.fromEntries(keys.map((k) => [k, z.number().nullable()])) as Record<K, z.ZodNullable<z.ZodNumber>>,
  );

// No component id: @asteasolutions/zod-to-openapi would publish the component itself as
// nullable once a `.nullable()` of it is used (as LifeCycleStage is).
export const collectiveEfficiencyDegreeSchema = z
  .enum(collectiveEfficiencyDegrees)
  .describe('High if ICE ≥ 9.5, low if ICE ≤ 5, medium otherwise.');

const collectiveEfficiencyItemSchema = z.enum([...externalEconomyItems, ...jointActionItems]);
const upgradingTypeSchema = z.enum(upgradingTypes);

export const collectiveEfficiencyResultSchema = z
  .object({
    eei: z
      .number()
      .nullable()
      .describe('External economies index, 0–12 (null: every item unknown under `rescale`).'),
    jai: z.number().nullable().describe('Joint action index, 0–12.'),
    ice: z.number().nullable().describe('Index of collective efficiency: 0.5·EEI + 0.5·JAI.'),
    degree: collectiveEfficiencyDegreeSchema.nullable(),
    unknownItems: z.number().int().describe('Unknown items among the eight.'),
    unknownPolicy: z.enum(['zero', 'rescale']),
  })
  .meta({ id: 'CollectiveEfficiency' });

export const governanceSummarySchema = z
  .object({
    chains: z.array(
      z.object({
        governance: governanceTypeSchema,
        gvcGovernance: gvcGovernanceTypeSchema,
        gvcBasis: z.enum(['stated', 'default']),
        scope: z.enum(['domestic', 'global']),
        shareOfOutput: z.number().nullable(),
        description: z.string().nullable(),
      }),
    ),
    unknown: z.array(governanceTypeSchema).describe('Governance types with no information.'),
    dominant: governanceTypeSchema.nullable(),
    dominantBasis: z.enum(['share', 'only_type', 'undetermined']),
    shareByType: z.partialRecord(governanceTypeSchema, z.number()),
    servesQuasiHierarchicalGlobalChain: z.boolean(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'GovernanceSummary' });

export const upgradingSummarySchema = z
  .object({
    scores: nullableNumbersOf(upgradingTypes),
    gaps: z.array(upgradingTypeSchema).describe('Types scored ≤ 1, weakest first.'),
    unknown: z.array(upgradingTypeSchema),
  })
  .meta({ id: 'UpgradingSummary' });

export const diagnosisResultSchema = z
  .object({
    clusterId: z.string(),
    sectorGroup: sectorGroupSchema,
    lifeCycleStage: lifeCycleStageSchema.nullable(),
    collectiveEfficiency: collectiveEfficiencyResultSchema,
    items: nullableNumbersOf([...externalEconomyItems, ...jointActionItems]).describe(
      'The eight collective-efficiency item scores (null = unknown).',
    ),
    weakestItems: z
      .array(collectiveEfficiencyItemSchema)
      .describe('The known items with the lowest score (ties all listed).'),
    weakestScore: z.number().nullable(),
    governance: governanceSummarySchema,
    upgrading: upgradingSummarySchema,
  })
  .meta({
    id: 'Diagnosis',
    description: "A cluster's diagnosis from one assessment (docs/methods/diagnosis.md).",
  });
export type DiagnosisResult = z.infer<typeof diagnosisResultSchema>;

type _DiagnosisAgrees = Assert<Equal<DiagnosisResult, PlainJson<Diagnosis>>>;
