import { describe, expect, it } from 'vitest';
import {
  compareSelfAssessments,
  latestSelfAssessment,
  scoreSelfAssessment,
  selfAssessmentAreas,
  selfAssessmentChecklist,
  selfAssessmentInputSchema,
  selfAssessmentItemKeys,
  type SelfAssessment,
} from './self-assessment';

const all = (score: number) => Object.fromEntries(selfAssessmentItemKeys.map((k) => [k, score]));
const assessment = (id: string, assessedOn: string, scores: Record<string, number>): SelfAssessment => ({
  id,
  organisationId: 'org',
  assessedOn,
  scores,
  note: null,
  createdAt: `${assessedOn}T10:00:00.000Z`,
});

describe('the checklist', () => {
  it('has 4 to 6 items in each of ESCA’s six areas, unique keys, texts in three languages', () => {
    for (const area of selfAssessmentAreas) {
      const n = selfAssessmentChecklist.filter((i) => i.area === area).length;
      expect(n, area).toBeGreaterThanOrEqual(4);
      expect(n, area).toBeLessThanOrEqual(6);
    }
    expect(new Set(selfAssessmentItemKeys).size).toBe(selfAssessmentItemKeys.length);
    for (const i of selfAssessmentChecklist)
      for (const l of ['en', 'es', 'pt'] as const) expect(i.text[l].length).toBeGreaterThan(10);
  });
});

describe('scoring', () => {
  it('all items at 2: every area and overall 50 %; no improvement area', () => {
    const s = scoreSelfAssessment(all(2));
    expect(s.areas.every((a) => a.percent === 50)).toBe(true);
    expect(s.overall).toEqual({ points: 60, max: 120, percent: 50 });
    expect(s.improvementAreas).toEqual([]);
  });

  it('structure 4,4,3,1,0 = 12/20 = 60 %; the items at 1 and 0 are improvement areas (≤ 1)', () => {
    const scores = {
      ...all(2),
      legal_entity: 4,
      dedicated_team: 4,
      member_register: 3,
      triple_helix: 1,
      means: 0,
    };
    const s = scoreSelfAssessment(scores);
    expect(s.areas[0]).toEqual({ area: 'structure', points: 12, max: 20, percent: 60 });
    expect(s.overall.points).toBe(62);
    expect(s.overall.percent).toBe(51.7);
    expect(s.improvementAreas).toEqual(['triple_helix', 'means']);
  });

  it('needs a score for every item, and scores from 0 to 4', () => {
    const missing = { ...all(2) };
    delete missing.legal_entity;
    const r = selfAssessmentInputSchema.safeParse({ assessedOn: '2026-01-15', scores: missing });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['scores', 'legal_entity']);
    expect(
      selfAssessmentInputSchema.safeParse({ assessedOn: '2026-01-15', scores: { ...all(2), means: 5 } })
        .success,
    ).toBe(false);
    expect(
      selfAssessmentInputSchema.safeParse({ assessedOn: '2026-01-15', scores: { ...all(2), nope: 1 } })
        .success,
    ).toBe(false);
  });
});

describe('comparison with the previous assessment', () => {
  const before = assessment('a', '2025-01-10', { ...all(2), fees: 1, board: 0, means: 1 });
  const after = assessment('b', '2026-01-12', { ...all(2), fees: 3, board: 1, projects: 0 });

  it('improvement areas resolved, persisting and new; area changes in percentage points', () => {
    const c = compareSelfAssessments(after, before);
    expect(c.resolved).toEqual(['means', 'fees']);
    expect(c.persisting).toEqual(['board']);
    expect(c.new).toEqual(['projects']);
    // structure: 9/20 = 45 % → 10/20 = 50 %; financing: 9/20 → 9/20 (fees +2, projects −2)
    expect(c.areaChanges.find((a) => a.area === 'structure')).toEqual({
      area: 'structure',
      from: 45,
      to: 50,
      change: 5,
    });
    expect(c.areaChanges.find((a) => a.area === 'financing')).toMatchObject({ from: 45, to: 45, change: 0 });
    expect(c.areaChanges.find((a) => a.area === 'management_governance')).toMatchObject({
      from: 40,
      to: 45,
      change: 5,
    });
    // overall 56/120 = 46.7 % → 58/120 = 48.3 %: +1.6 points
    expect(c.overallChange).toBe(1.6);
  });

  it('the latest is the latest day, whatever the order recorded; the first has no comparison', () => {
    const l = latestSelfAssessment([after, before])!;
    expect(l.assessment.id).toBe('b');
    expect(l.comparison?.previousId).toBe('a');
    expect(latestSelfAssessment([before])!.comparison).toBeNull();
    expect(latestSelfAssessment([])).toBeUndefined();
  });
});
