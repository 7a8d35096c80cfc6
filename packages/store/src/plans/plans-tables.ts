/** The plans area's tables as Kysely sees them (migration 013; decision 084). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface StrategicPlansTable {
  organisation_id: string;
  title: string;
  start_year: number;
  end_year: number;
  objectives: unknown;
  updated_at: Timestamp;
}

export interface ActionPlansTable {
  id: Generated<string>;
  organisation_id: string;
  year: number;
  title: string;
  currency: string;
  created_at: Timestamp;
}

export interface PlanActionsTable {
  id: Generated<string>;
  seq: Generated<string>;
  action_plan_id: string;
  title: string;
  owner: string;
  dimension: string;
  budget: number;
  spent: number;
  status: string;
}

export interface IndicatorsTable {
  id: Generated<string>;
  seq: Generated<string>;
  organisation_id: string;
  name: string;
  dimension: string;
  unit: string;
  direction: string;
  baseline: number;
  baseline_year: number;
}

export interface IndicatorValuesTable {
  indicator_id: string;
  period: number;
  target: number | null;
  actual: number | null;
}

export interface PlansTables {
  strategic_plans: StrategicPlansTable;
  action_plans: ActionPlansTable;
  plan_actions: PlanActionsTable;
  indicators: IndicatorsTable;
  indicator_values: IndicatorValuesTable;
}
