import { describe, expect, it } from 'vitest';
import {
  actionPlanInputSchema,
  indicatorInputSchema,
  planDimensions,
  strategicPlanInputSchema,
  type Indicator,
} from './plan-schemas';
import { actionProgress, dashboard, indicatorStatus, targetFor } from './plans';

const members = (values: Indicator['values']): Indicator => ({
  id: 'i1',
  organisationId: 'o1',
  name: 'Member companies',
  dimension: 'cluster_development',
  unit: 'companies',
  direction: 'higher_is_better',
  baseline: 100,
  baselineYear: 2024,
  values,
});

describe('indicatorStatus', () => {
  it('pro-rates the target between the baseline year and the next target (100 in 2024 → 140 in 2028: 110 in 2025)', () => {
    const i = members([{ period: '2028', target: 140, actual: null }]);
    expect(targetFor(i, 2025)).toEqual({ target: 110, proRated: true });
    expect(targetFor(i, 2030)).toEqual({ target: 140, proRated: true });
    expect(targetFor(i, 2028)).toEqual({ target: 140, proRated: false });
  });

  it('is on track at 0.9 of the pro-rated target: actual 109 against 110 → progress 9/10', () => {
    const s = indicatorStatus(
      members([
        { period: '2025', target: null, actual: 109 },
        { period: '2028', target: 140, actual: null },
      ]),
    );
    expect(s).toMatchObject({
      status: 'on_track',
      period: '2025',
      target: 110,
      targetProRated: true,
      progress: 0.9,
    });
  });

  it('is at risk from 0.6 and off track below: 106 → 0.6, 105 → 0.5', () => {
    const path = { period: '2028', target: 140, actual: null };
    expect(indicatorStatus(members([{ period: '2025', target: null, actual: 106 }, path])).status).toBe(
      'at_risk',
    );
    expect(indicatorStatus(members([{ period: '2025', target: null, actual: 105 }, path]))).toMatchObject({
      status: 'off_track',
      progress: 0.5,
    });
  });

  it('reads a lower-is-better indicator the same way: public share 60 % → 40 % target, 45 % reached = 0.75, at risk', () => {
    const share: Indicator = {
      ...members([
        { period: '2026', target: 40, actual: 55 },
        { period: '2027', target: 40, actual: 45 },
      ]),
      direction: 'lower_is_better',
      baseline: 60,
      unit: '%',
    };
    expect(indicatorStatus(share)).toMatchObject({ status: 'at_risk', progress: 0.75, trend: 'improving' });
  });

  it('holds the level when the target equals the baseline: not worse is on track, worse is off track', () => {
    const hold = (actual: number) =>
      indicatorStatus(members([{ period: '2025', target: 100, actual }])).status;
    expect(hold(100)).toBe('on_track');
    expect(hold(99)).toBe('off_track');
  });

  it('says no_data without actuals and no_target without targets; the trend follows the direction', () => {
    expect(indicatorStatus(members([{ period: '2026', target: 120, actual: null }])).status).toBe('no_data');
    const s = indicatorStatus(
      members([
        { period: '2025', target: null, actual: 104 },
        { period: '2026', target: null, actual: 101 },
      ]),
    );
    expect(s).toMatchObject({ status: 'no_target', trend: 'worsening' });
  });
});

describe('actionProgress', () => {
  it('counts done among actions not cancelled and spent against their budget', () => {
    const a = (status: 'done' | 'planned' | 'cancelled', budget: number, spent: number) => ({
      id: status,
      title: 't',
      owner: 'o',
      dimension: 'governance' as const,
      budget,
      spent,
      status,
    });
    expect(
      actionProgress([a('done', 10000, 9000), a('planned', 30000, 3000), a('cancelled', 5000, 500)]),
    ).toEqual({
      total: 3,
      done: 1,
      cancelled: 1,
      shareDone: 0.5,
      budget: 40000,
      spent: 12500,
      shareSpent: 0.3125,
    });
    expect(actionProgress([])).toMatchObject({ shareDone: null, shareSpent: null });
  });
});

describe('dashboard', () => {
  it('groups indicators and the latest action plan by the six Lombardy dimensions', () => {
    const d = dashboard({
      organisationId: 'o1',
      strategicPlan: {
        organisationId: 'o1',
        title: 'Plan 2025–2027',
        startYear: 2025,
        endYear: 2027,
        updatedAt: 'x',
        objectives: [{ dimension: 'cluster_development', text: 'Grow to 140 members' }],
      },
      actionPlans: [
        { id: 'p1', organisationId: 'o1', year: 2024, title: 'old', currency: 'EUR', actions: [] },
        {
          id: 'p2',
          organisationId: 'o1',
          year: 2025,
          title: '2025',
          currency: 'EUR',
          actions: [
            {
              id: 'a1',
              title: 'Recruit',
              owner: 'Ana',
              dimension: 'cluster_development',
              budget: 20000,
              spent: 5000,
              status: 'done',
            },
          ],
        },
      ],
      indicators: [
        members([
          { period: '2025', target: null, actual: 109 },
          { period: '2028', target: 140, actual: null },
        ]),
      ],
    });
    expect(d.dimensions.map((x) => x.dimension)).toEqual([...planDimensions]);
    expect(planDimensions).toHaveLength(6);
    expect(d.year).toBe(2025);
    const dev = d.dimensions[0]!;
    expect(dev).toMatchObject({
      objectives: 1,
      statusCounts: { on_track: 1 },
      actions: { done: 1, shareDone: 1, shareSpent: 0.25 },
    });
    expect(d.overall.statusCounts.on_track).toBe(1);
  });
});

describe('plan schemas', () => {
  it('a strategic plan covers 3 to 5 years', () => {
    const r = strategicPlanInputSchema.safeParse({ title: 'P', startYear: 2025, endYear: 2026 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['endYear']);
    expect(strategicPlanInputSchema.parse({ title: 'P', startYear: 2025, endYear: 2029 }).objectives).toEqual(
      [],
    );
  });

  it('targets come after the baseline year; action plans name their currency', () => {
    const r = indicatorInputSchema.safeParse({
      name: 'n',
      dimension: 'governance',
      unit: '%',
      direction: 'higher_is_better',
      baseline: 1,
      baselineYear: 2025,
      targets: { '2025': 3 },
    });
    expect(r.error?.issues[0]?.path).toEqual(['targets', '2025']);
    expect(actionPlanInputSchema.safeParse({ year: 2025, title: 't', currency: 'euro' }).success).toBe(false);
  });
});
