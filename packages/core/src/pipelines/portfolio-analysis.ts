/**
 * `portfolioAnalysis(clusters, options)`: the portfolio analysis of a set of assessed
 * clusters (docs/methods/diagnosis.md) — the one entry point for `polos portfolio`,
 * `/api/portfolio` and GET diagnosis's group averages. The phases:
 *
 *   1. validate  the options (portfolioAnalysisOptionsSchema) and each cluster (id, sector
 *                group, scores); a PortfolioOptionsError names the field
 *   2. compute   averages by sector group, upgrading by degree, correlations, degree counts
 *                (diagnosis/portfolio.ts)
 *   3. assemble  JSON without undefined or NaN (null instead) that parses with
 *                portfolioResultSchema (domain/portfolio-result.ts): the analysis, the ids
 *                analysed and one point per cluster for scatters
 *
 * `assessmentIndices(scores)` gives the indices stored with an assessment (EEI, JAI, ICE,
 * degree, unknown items; the study's convention by default) and the rows of `polos diagnose`.
 */
import { z } from 'zod';
import {
  assessmentKindSchema,
  datePrecisionSchema,
  scoresSchema,
  type Scores,
  type UpgradingType,
} from '../domain/assessment';
import { assessmentKinds, type AssessmentKind, type DatePrecision } from '../domain/vocabulary-lists';
import type { PlainJson } from '../domain/plain-json';
import { type PortfolioResult } from '../domain/portfolio-result';
import { sectorGroupSchema, type SectorGroup } from '../domain/vocabularies';
import { collectiveEfficiency, type CollectiveEfficiencyDegree } from '../diagnosis/collective-efficiency';
import { portfolio } from '../diagnosis/portfolio';

export const portfolioAnalysisOptionsSchema = z.object({
  unknown: z
    .enum(['zero', 'skip'])
    .default('zero')
    .describe("Unknown scores: `zero` (the IDB study's convention) or `skip`."),
  kinds: z
    .array(assessmentKindSchema)
    .min(1)
    .default([...assessmentKinds])
    .describe(
      "The kinds of assessment the caller chose the clusters' scores from, echoed in the result. __Default:__ every kind.",
    ),
});
export type PortfolioAnalysisOptions = z.input<typeof portfolioAnalysisOptionsSchema>;

const clusterSchema = z.object({
  clusterId: z.string().min(1),
  sectorGroup: sectorGroupSchema,
  scores: scoresSchema,
  name: z.string().optional(),
  country: z.string().optional(),
  assessment: z
    .object({ kind: assessmentKindSchema, assessedOn: z.string(), datePrecision: datePrecisionSchema })
    .optional(),
});

/**
 * A cluster and its latest scores; `name` and `country` label its point (else its id and
 * ''); `assessment` says whose scores and of when (the point's kind and date, else null).
 */
export interface PortfolioAnalysisCluster {
  clusterId: string;
  sectorGroup: SectorGroup;
  scores: Scores;
  name?: string;
  country?: string;
  assessment?: { kind: AssessmentKind; assessedOn: string; datePrecision: DatePrecision };
}

/** Options or clusters that fail their schema: `issues` name each field and what is wrong. */
export class PortfolioOptionsError extends Error {
  constructor(readonly issues: Array<{ field: string; message: string }>) {
    super(`portfolioAnalysis: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'PortfolioOptionsError';
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new PortfolioOptionsError(
      parsed.error.issues.map((i) => ({
        field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(options)',
        message: i.message,
      })),
    );
  return parsed.data;
}

/** JSON has no undefined: what cannot be computed becomes null (as the API publishes it). */
const plain = <T>(value: T): PlainJson<T> =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v))) as PlainJson<T>;

export interface AssessmentIndices {
  eei: number | null;
  jai: number | null;
  ice: number | null;
  degree: CollectiveEfficiencyDegree | null;
  /** Unknown items among the eight of EEI and JAI. */
  unknownItems: number;
}

/**
 * The indices of collective efficiency of one assessment's scores: with `unknown: 'zero'`
 * (the default, the study's convention and what the store keeps) every index is a number;
 * with `rescale` an index whose items are all unknown is null.
 * @example assessmentIndices(scores) // { eei: 6.5, jai: 6, ice: 6.25, degree: 'medium', unknownItems: 0 }
 */
export function assessmentIndices(
  scores: Pick<Scores, 'externalEconomies' | 'jointAction'>,
  options: { unknown?: 'zero' | 'rescale' } = {},
): AssessmentIndices {
  const ce = collectiveEfficiency(scores, { unknown: options.unknown ?? 'zero' });
  return {
    eei: ce.eei ?? null,
    jai: ce.jai ?? null,
    ice: ce.ice ?? null,
    degree: ce.degree ?? null,
    unknownItems: ce.unknownItems,
  };
}

/**
 * @example portfolioAnalysis(clusters, { unknown: 'skip' }).all.averages.ice
 * @throws PortfolioOptionsError naming the field of an invalid option or cluster.
 */
export function portfolioAnalysis(
  clusters: readonly PortfolioAnalysisCluster[],
  options: PortfolioAnalysisOptions = {},
): PortfolioResult {
  // 1. Validate (the caller's objects are analysed, not zod's copies: keys keep their order).
  const { unknown, kinds } = validate(portfolioAnalysisOptionsSchema, options, '');
  clusters.forEach((c, i) => validate(clusterSchema, c, `clusters.${i}`));
  // 2. Compute.
  const analysis = portfolio(clusters, { unknown });
  // 3. Assemble: one point per cluster with its indices under the study's convention (with
  // `skip`, a cluster with unknown items has none) and its upgrading scores.
  const points = clusters.map((c) => {
    const indices = assessmentIndices(c.scores);
    const complete = indices.unknownItems === 0 || unknown === 'zero';
    return {
      clusterId: c.clusterId,
      name: c.name ?? c.clusterId,
      country: c.country ?? '',
      sectorGroup: c.sectorGroup,
      eei: complete ? indices.eei : null,
      jai: complete ? indices.jai : null,
      ice: complete ? indices.ice : null,
      degree: indices.degree,
      upgrading: Object.fromEntries(
        Object.entries(c.scores.upgrading).map(([k, v]) => [k, v ?? (unknown === 'zero' ? 0 : null)]),
      ) as Record<UpgradingType, number | null>,
      kind: c.assessment?.kind ?? null,
      assessedOn: c.assessment?.assessedOn ?? null,
      datePrecision: c.assessment?.datePrecision ?? null,
    };
  });
  return plain({ ...analysis, kinds, clusters: clusters.map((c) => c.clusterId), points }) as PortfolioResult;
}
