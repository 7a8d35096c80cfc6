/** Rows of the plans area as the core records (migration 013; decision 084). */
import type { ActionPlan, Indicator, IndicatorValue, PlanAction, StrategicPlan } from '@polos/core';
import { iso, parseJson, type Row } from '../repositories/sql-values';

export const toStrategicPlan = (r: Row): StrategicPlan => ({
  organisationId: r.organisation_id as string,
  title: r.title as string,
  startYear: Number(r.start_year),
  endYear: Number(r.end_year),
  objectives: parseJson(r.objectives) as StrategicPlan['objectives'],
  updatedAt: iso(r.updated_at),
});

export const toAction = (r: Row): PlanAction => ({
  id: r.id as string,
  title: r.title as string,
  owner: r.owner as string,
  dimension: r.dimension as PlanAction['dimension'],
  budget: Number(r.budget),
  spent: Number(r.spent),
  status: r.status as PlanAction['status'],
});

export const toActionPlan = (r: Row, actions: PlanAction[]): ActionPlan => ({
  id: r.id as string,
  organisationId: r.organisation_id as string,
  year: Number(r.year),
  title: r.title as string,
  currency: r.currency as string,
  actions,
});

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export const toValue = (r: Row): IndicatorValue => ({
  period: String(r.period),
  target: num(r.target),
  actual: num(r.actual),
});

export const toIndicator = (r: Row, values: IndicatorValue[]): Indicator => ({
  id: r.id as string,
  organisationId: r.organisation_id as string,
  name: r.name as string,
  dimension: r.dimension as Indicator['dimension'],
  unit: r.unit as string,
  direction: r.direction as Indicator['direction'],
  baseline: Number(r.baseline),
  baselineYear: Number(r.baseline_year),
  values,
});
