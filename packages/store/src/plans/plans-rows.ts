/** Rows of the plans area as the core records (migration 013; decision 084). */
import type { ActionPlan, Indicator, IndicatorValue, PlanAction, StrategicPlan } from '@polos/core';
import type { Selectable } from 'kysely';
import { iso, parseJson } from '../repositories/sql-values';
import type {
  ActionPlansTable,
  IndicatorsTable,
  IndicatorValuesTable,
  PlanActionsTable,
  StrategicPlansTable,
} from './plans-tables';

export function toStrategicPlan(r: Selectable<StrategicPlansTable>): StrategicPlan {
  const { organisation_id, start_year, end_year, updated_at, objectives, title } = r;
  return {
    organisationId: organisation_id,
    title,
    startYear: start_year,
    endYear: end_year,
    objectives: parseJson(objectives) as StrategicPlan['objectives'],
    updatedAt: iso(updated_at),
  };
}

export function toAction(r: Selectable<PlanActionsTable>): PlanAction {
  const { id, title, owner, budget, spent } = r;
  const dimension = r.dimension as PlanAction['dimension'];
  return {
    id,
    title,
    owner,
    dimension,
    budget: Number(budget),
    spent: Number(spent),
    status: r.status as PlanAction['status'],
  };
}

export function toActionPlan(r: Selectable<ActionPlansTable>, actions: PlanAction[]): ActionPlan {
  const { id, year, title, currency } = r;
  return { id, organisationId: r.organisation_id, year, title, currency, actions };
}

const num = (v: number | null): number | null => (v === null ? null : Number(v));

export function toValue(r: Selectable<IndicatorValuesTable>): IndicatorValue {
  return { period: String(r.period), target: num(r.target), actual: num(r.actual) };
}

export function toIndicator(r: Selectable<IndicatorsTable>, values: IndicatorValue[]): Indicator {
  const { id, name, unit } = r;
  return {
    id,
    organisationId: r.organisation_id,
    name,
    dimension: r.dimension as Indicator['dimension'],
    unit,
    direction: r.direction as Indicator['direction'],
    baseline: Number(r.baseline),
    baselineYear: r.baseline_year,
    values,
  };
}
