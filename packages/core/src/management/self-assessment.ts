/**
 * The management-excellence self-assessment (issue 13 point 4; decision 086;
 * docs/methods/self-assessment.md): every item of polos' checklist scored 0–4; the score of
 * each area and overall as a percentage of the maximum; improvement areas (items scored
 * ≤ 1); and the change from the previous assessment (improvement areas resolved, persisting,
 * new; area scores up or down). Pure functions: no I/O.
 */
import { z } from 'zod';
import {
  selfAssessmentAreas,
  selfAssessmentChecklist,
  selfAssessmentItemKeys,
  type SelfAssessmentArea,
} from './self-assessment-checklist';

export * from './self-assessment-checklist';

/** The top of the maturity scale. */
export const maxMaturity = 4;
/** An item scored at or below this is an improvement area. */
export const improvementThreshold = 1;

const maturitySchema = z.number().int().min(0).max(maxMaturity);

/** A dated assessment: a score (0–4) for every item of the checklist, by its key. */
export const selfAssessmentInputSchema = z
  .object({
    assessedOn: z.iso.date().describe('The day of the assessment (YYYY-MM-DD).'),
    scores: z.strictObject(Object.fromEntries(selfAssessmentItemKeys.map((k) => [k, maturitySchema]))),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .strict()
  .meta({ id: 'SelfAssessmentInput' });
export type SelfAssessmentInput = z.infer<typeof selfAssessmentInputSchema>;

export interface SelfAssessment extends SelfAssessmentInput {
  id: string;
  organisationId: string;
  createdAt: string;
}

export interface AreaScore {
  area: SelfAssessmentArea;
  points: number;
  max: number;
  /** points / max × 100, rounded to one decimal. */
  percent: number;
}

export interface SelfAssessmentScore {
  areas: AreaScore[];
  overall: { points: number; max: number; percent: number };
  /** The keys of the items scored ≤ 1, in checklist order. */
  improvementAreas: string[];
}

const percent = (points: number, max: number) => Math.round((points / max) * 1000) / 10;

/** Scores per area and overall, and the improvement areas (items scored ≤ 1). */
export function scoreSelfAssessment(scores: Readonly<Record<string, number>>): SelfAssessmentScore {
  const areas = selfAssessmentAreas.map((area) => {
    const items = selfAssessmentChecklist.filter((i) => i.area === area);
    const points = items.reduce((s, i) => s + (scores[i.key] ?? 0), 0);
    const max = items.length * maxMaturity;
    return { area, points, max, percent: percent(points, max) };
  });
  const points = areas.reduce((s, a) => s + a.points, 0);
  const max = areas.reduce((s, a) => s + a.max, 0);
  return {
    areas,
    overall: { points, max, percent: percent(points, max) },
    improvementAreas: selfAssessmentItemKeys.filter((k) => (scores[k] ?? 0) <= improvementThreshold),
  };
}

export interface SelfAssessmentComparison {
  previousId: string;
  previousAssessedOn: string;
  /** Improvement areas of the previous assessment no longer ≤ 1. */
  resolved: string[];
  /** Improvement areas in both. */
  persisting: string[];
  /** Improvement areas of this assessment that were not before. */
  new: string[];
  /** Percentage points up (+) or down (−), per area and overall. */
  areaChanges: Array<{ area: SelfAssessmentArea; from: number; to: number; change: number }>;
  overallChange: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** How `current` differs from `previous`. */
export function compareSelfAssessments(
  current: SelfAssessment,
  previous: SelfAssessment,
): SelfAssessmentComparison {
  const now = scoreSelfAssessment(current.scores);
  const before = scoreSelfAssessment(previous.scores);
  const was = new Set(before.improvementAreas);
  const is = new Set(now.improvementAreas);
  return {
    previousId: previous.id,
    previousAssessedOn: previous.assessedOn,
    resolved: before.improvementAreas.filter((k) => !is.has(k)),
    persisting: now.improvementAreas.filter((k) => was.has(k)),
    new: now.improvementAreas.filter((k) => !was.has(k)),
    areaChanges: now.areas.map((a, i) => ({
      area: a.area,
      from: before.areas[i]!.percent,
      to: a.percent,
      change: round1(a.percent - before.areas[i]!.percent),
    })),
    overallChange: round1(now.overall.percent - before.overall.percent),
  };
}

/** Latest first: by day, then by when it was recorded. */
export const byLatest = (a: SelfAssessment, b: SelfAssessment): number =>
  b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt);

/** The latest assessment with its score and its comparison with the one before (null if none). */
export function latestSelfAssessment(assessments: readonly SelfAssessment[]) {
  const [latest, previous] = [...assessments].sort(byLatest);
  if (!latest) return undefined;
  return {
    assessment: latest,
    score: scoreSelfAssessment(latest.scores),
    comparison: previous ? compareSelfAssessments(latest, previous) : null,
  };
}
