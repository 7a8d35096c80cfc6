/**
 * Indicator status and the plan dashboard (issue 13 point 3; decision 084; method in
 * docs/methods/plans-and-indicators.md). Pure functions, no I/O.
 *
 * The rule (polos's, stated here and in the method page; no public source fixes the
 * thresholds — ESCA's gold label scores each indicator against its own threshold, and the
 * Lombardy dashboard (sustainability_facts.csv fact-007, fact-008) names the dimensions, not
 * the bands):
 *   - the indicator is judged at its latest period with an actual value A;
 *   - the target T for that period is the one entered for it, or else pro-rated: linear
 *     between the surrounding points of the path (baseline year → baseline, then each year
 *     with a target); after the last target year, the last target;
 *   - progress = (A − B) / (T − B), B the baseline: the share of the improvement planned by
 *     that period that was achieved (the sign of T − B carries the direction);
 *     when T = B (hold the level), progress is 1 if A is not worse than B, else 0;
 *   - on track when progress ≥ 0.9, at risk when ≥ 0.6, off track below.
 */
import type { ActionPlan, Indicator, IndicatorDirection, PlanDimension, StrategicPlan } from './plan-schemas';
import { planDimensions } from './plan-schemas';

export const ON_TRACK_FROM = 0.9;
export const AT_RISK_FROM = 0.6;

export type IndicatorStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'no_target';
export type Trend = 'improving' | 'steady' | 'worsening';

export interface IndicatorAssessment {
  status: IndicatorStatus;
  period: string | null;
  actual: number | null;
  /** The target for `period`, entered or pro-rated. */
  target: number | null;
  targetProRated: boolean;
  progress: number | null;
  /** From the previous actual to the latest, read with the indicator's direction. */
  trend: Trend | null;
}

type Point = { year: number; value: number };

/** The target for `year` on the path baseline → targets (entered or pro-rated), or null without targets. */
export function targetFor(
  indicator: Pick<Indicator, 'baseline' | 'baselineYear' | 'values'>,
  year: number,
): { target: number; proRated: boolean } | null {
  const targets: Point[] = indicator.values
    .filter((v) => v.target !== null)
    .map((v) => ({ year: Number(v.period), value: v.target as number }))
    .sort((a, b) => a.year - b.year);
  if (targets.length === 0) return null;
  const exact = targets.find((t) => t.year === year);
  if (exact) return { target: exact.value, proRated: false };
  const path: Point[] = [{ year: indicator.baselineYear, value: indicator.baseline }, ...targets];
  const next = path.findIndex((p) => p.year > year);
  if (next === -1) return { target: path[path.length - 1]!.value, proRated: true };
  if (next === 0) return { target: indicator.baseline, proRated: true };
  const from = path[next - 1]!;
  const to = path[next]!;
  const share = (year - from.year) / (to.year - from.year);
  return { target: from.value + share * (to.value - from.value), proRated: true };
}

const better = (direction: IndicatorDirection, a: number, b: number): number =>
  direction === 'higher_is_better' ? a - b : b - a;

/** Progress towards `target` from `baseline` (see the rule above). */
export function progressOf(
  direction: IndicatorDirection,
  baseline: number,
  target: number,
  actual: number,
): number {
  if (target === baseline) return better(direction, actual, baseline) >= 0 ? 1 : 0;
  return (actual - baseline) / (target - baseline);
}

export function statusOf(progress: number): 'on_track' | 'at_risk' | 'off_track' {
  if (progress >= ON_TRACK_FROM) return 'on_track';
  if (progress >= AT_RISK_FROM) return 'at_risk';
  return 'off_track';
}

const round = (n: number, digits = 4): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The status, progress and trend of one indicator at its latest actual. */
export function indicatorStatus(
  indicator: Pick<Indicator, 'direction' | 'baseline' | 'baselineYear' | 'values'>,
): IndicatorAssessment {
  const actuals = indicator.values
    .filter((v) => v.actual !== null)
    .sort((a, b) => Number(a.period) - Number(b.period));
  const latest = actuals[actuals.length - 1];
  const previous = actuals[actuals.length - 2];
  let trend: Trend | null = null;
  if (latest && previous) {
    const change = better(indicator.direction, latest.actual as number, previous.actual as number);
    trend = change > 0 ? 'improving' : change < 0 ? 'worsening' : 'steady';
  }
  if (!latest)
    return {
      status: 'no_data',
      period: null,
      actual: null,
      target: null,
      targetProRated: false,
      progress: null,
      trend,
    };
  const actual = latest.actual as number;
  const target = targetFor(indicator, Number(latest.period));
  if (!target)
    return {
      status: 'no_target',
      period: latest.period,
      actual,
      target: null,
      targetProRated: false,
      progress: null,
      trend,
    };
  const progress = progressOf(indicator.direction, indicator.baseline, target.target, actual);
  return {
    status: statusOf(progress),
    period: latest.period,
    actual,
    target: round(target.target),
    targetProRated: target.proRated,
    progress: round(progress),
    trend,
  };
}

export interface ActionProgress {
  total: number;
  done: number;
  cancelled: number;
  /** done / (total − cancelled); null when nothing is planned. */
  shareDone: number | null;
  /** The budget of the actions not cancelled. */
  budget: number;
  /** Spent on every action, cancelled ones included. */
  spent: number;
  /** spent / budget; null when the budget is 0. */
  shareSpent: number | null;
}

export function actionProgress(actions: ActionPlan['actions']): ActionProgress {
  const live = actions.filter((a) => a.status !== 'cancelled');
  const done = actions.filter((a) => a.status === 'done').length;
  const budget = live.reduce((s, a) => s + a.budget, 0);
  const spent = actions.reduce((s, a) => s + a.spent, 0);
  return {
    total: actions.length,
    done,
    cancelled: actions.length - live.length,
    shareDone: live.length === 0 ? null : round(done / live.length),
    budget,
    spent,
    shareSpent: budget === 0 ? null : round(spent / budget),
  };
}

export type StatusCounts = Record<IndicatorStatus, number>;

const countStatuses = (statuses: IndicatorStatus[]): StatusCounts => {
  const counts: StatusCounts = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0, no_target: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
};

export interface DashboardIndicator extends IndicatorAssessment {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
}

export interface DashboardDimension {
  dimension: PlanDimension;
  objectives: number;
  indicators: DashboardIndicator[];
  statusCounts: StatusCounts;
  actions: ActionProgress;
}

export interface Dashboard {
  organisationId: string;
  strategicPlan: Pick<StrategicPlan, 'title' | 'startYear' | 'endYear'> | null;
  /** The action plan year the actions are counted for (null without action plans). */
  year: number | null;
  currency: string | null;
  dimensions: DashboardDimension[];
  overall: { statusCounts: StatusCounts; actions: ActionProgress };
}

/**
 * Per Lombardy dimension: the indicators with their status and trend, and the progress of the
 * action plan of `year` (default: the latest year with an action plan).
 */
export function dashboard(input: {
  organisationId: string;
  strategicPlan: StrategicPlan | null;
  actionPlans: ActionPlan[];
  indicators: Indicator[];
  year?: number;
}): Dashboard {
  const year =
    input.year ?? (input.actionPlans.length ? Math.max(...input.actionPlans.map((p) => p.year)) : null);
  const plan = input.actionPlans.find((p) => p.year === year);
  const actions = plan?.actions ?? [];
  const assessed: DashboardIndicator[] = input.indicators.map((i) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    ...indicatorStatus(i),
  }));
  const dimensions = planDimensions.map((dimension) => {
    const indicators = assessed.filter((_, k) => input.indicators[k]!.dimension === dimension);
    return {
      dimension,
      objectives: (input.strategicPlan?.objectives ?? []).filter((o) => o.dimension === dimension).length,
      indicators,
      statusCounts: countStatuses(indicators.map((i) => i.status)),
      actions: actionProgress(actions.filter((a) => a.dimension === dimension)),
    };
  });
  const sp = input.strategicPlan;
  return {
    organisationId: input.organisationId,
    strategicPlan: sp ? { title: sp.title, startYear: sp.startYear, endYear: sp.endYear } : null,
    year,
    currency: plan?.currency ?? null,
    dimensions,
    overall: { statusCounts: countStatuses(assessed.map((i) => i.status)), actions: actionProgress(actions) },
  };
}
