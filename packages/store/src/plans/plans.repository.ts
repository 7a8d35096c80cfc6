/**
 * A cluster organisation's strategic plan, annual action plans with their actions, and
 * indicators with targets and actuals by period (issue 13 point 3; migration 013; decision
 * 084). Each write is one transaction with its audit row; everything is scoped to the
 * organisation in the path, so an id of another organisation's record finds nothing.
 */
import type {
  ActionInput,
  ActionPatch,
  ActionPlan,
  ActionPlanInput,
  Indicator,
  IndicatorInput,
  IndicatorValueInput,
  PlanAction,
  StrategicPlan,
  StrategicPlanInput,
} from '@polos/core';
import { ConflictError, type Actor } from '../store';
import { isUuid, json } from '../repositories/sql-values';
import { uniqueOr, type Executor, type UnitOfWork } from '../repositories/unit-of-work';
import { toAction, toActionPlan, toIndicator, toStrategicPlan, toValue } from './plans-rows';

/** An action of an organisation's action plan, as the path names it. */
export interface ActionRef {
  organisationId: string;
  planId: string;
  actionId: string;
}

/** One period of an organisation's indicator, as the path names it. */
export interface ValueRef {
  organisationId: string;
  indicatorId: string;
  /** A year, four digits. */
  period: string;
}

/** The store's part for plans and indicators (`store.plans`). */
export interface Plans {
  strategicPlan(organisationId: string): Promise<StrategicPlan | undefined>;
  /** Creates or replaces the organisation's strategic plan. */
  putStrategicPlan(organisationId: string, input: StrategicPlanInput, actor: Actor): Promise<StrategicPlan>;
  /** Latest year first. */
  actionPlans(organisationId: string): Promise<ActionPlan[]>;
  /** ConflictError when the organisation has an action plan for that year. */
  createActionPlan(organisationId: string, input: ActionPlanInput, actor: Actor): Promise<ActionPlan>;
  /** Undefined when the plan is not the organisation's. */
  addAction(
    organisationId: string,
    planId: string,
    input: ActionInput,
    actor: Actor,
  ): Promise<PlanAction | undefined>;
  /** Changes only the fields sent; undefined when the action is not in the organisation's plan. */
  updateAction(ref: ActionRef, patch: ActionPatch, actor: Actor): Promise<PlanAction | undefined>;
  removeAction(ref: ActionRef, actor: Actor): Promise<boolean>;
  indicators(organisationId: string): Promise<Indicator[]>;
  createIndicator(organisationId: string, input: IndicatorInput, actor: Actor): Promise<Indicator>;
  /**
   * Sets the target and/or actual of one period; a field not sent keeps its value, null
   * clears it. Undefined when the indicator is not the organisation's.
   */
  putIndicatorValue(ref: ValueRef, input: IndicatorValueInput, actor: Actor): Promise<Indicator | undefined>;
}

export class PlansRepository implements Plans {
  constructor(private readonly uow: UnitOfWork) {}

  private get db() {
    return this.uow.db;
  }

  async strategicPlan(organisationId: string): Promise<StrategicPlan | undefined> {
    const row = await this.db
      .selectFrom('strategic_plans')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return row ? toStrategicPlan(row) : undefined;
  }

  putStrategicPlan(organisationId: string, input: StrategicPlanInput, actor: Actor): Promise<StrategicPlan> {
    return this.uow.tx(async (trx) => {
      const values = {
        title: input.title,
        start_year: input.startYear,
        end_year: input.endYear,
        objectives: json(input.objectives),
        updated_at: new Date(),
      };
      const row = await trx
        .insertInto('strategic_plans')
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.uow.audit(trx, actor, 'update', 'strategic_plan', organisationId, input);
      return toStrategicPlan(row);
    });
  }

  private async actionsOf(trx: Executor, planIds: string[]): Promise<Map<string, PlanAction[]>> {
    const byPlan = new Map<string, PlanAction[]>(planIds.map((id) => [id, []]));
    if (planIds.length === 0) return byPlan;
    const rows = await trx
      .selectFrom('plan_actions')
      .selectAll()
      .where('action_plan_id', 'in', planIds)
      .orderBy('seq')
      .execute();
    for (const r of rows) byPlan.get(r.action_plan_id)?.push(toAction(r));
    return byPlan;
  }

  async actionPlans(organisationId: string): Promise<ActionPlan[]> {
    const plans = await this.db
      .selectFrom('action_plans')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .orderBy('year', 'desc')
      .execute();
    const actions = await this.actionsOf(
      this.db,
      plans.map((p) => p.id),
    );
    return plans.map((p) => toActionPlan(p, actions.get(p.id) ?? []));
  }

  createActionPlan(organisationId: string, input: ActionPlanInput, actor: Actor): Promise<ActionPlan> {
    return this.uow.tx(async (trx) => {
      const plan = await uniqueOr(
        () => new ConflictError(`an action plan for ${input.year} exists`, 'action_plan', String(input.year)),
        () =>
          trx
            .insertInto('action_plans')
            .values({
              organisation_id: organisationId,
              year: input.year,
              title: input.title,
              currency: input.currency,
            })
            .returningAll()
            .executeTakeFirstOrThrow(),
      );
      const actions: PlanAction[] = [];
      for (const a of input.actions) actions.push(await this.insertAction(trx, plan.id, a));
      await this.uow.audit(trx, actor, 'create', 'action_plan', plan.id, { organisationId, ...input });
      return toActionPlan(plan, actions);
    });
  }

  private async insertAction(trx: Executor, planId: string, a: ActionInput): Promise<PlanAction> {
    const row = await trx
      .insertInto('plan_actions')
      .values({ action_plan_id: planId, ...a })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAction(row);
  }

  private async ownsPlan(trx: Executor, organisationId: string, planId: string): Promise<boolean> {
    if (!isUuid(planId)) return false;
    const row = await trx
      .selectFrom('action_plans')
      .select('id')
      .where('id', '=', planId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return row !== undefined;
  }

  addAction(organisationId: string, planId: string, input: ActionInput, actor: Actor) {
    return this.uow.tx(async (trx) => {
      if (!(await this.ownsPlan(trx, organisationId, planId))) return undefined;
      const action = await this.insertAction(trx, planId, input);
      await this.uow.audit(trx, actor, 'create', 'plan_action', action.id, {
        organisationId,
        planId,
        ...input,
      });
      return action;
    });
  }

  updateAction(ref: ActionRef, patch: ActionPatch, actor: Actor) {
    const { organisationId, planId, actionId } = ref;
    return this.uow.tx(async (trx) => {
      if (!isUuid(actionId) || !(await this.ownsPlan(trx, organisationId, planId))) return undefined;
      const row = await trx
        .updateTable('plan_actions')
        .set(patch)
        .where('id', '=', actionId)
        .where('action_plan_id', '=', planId)
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      await this.uow.audit(trx, actor, 'update', 'plan_action', actionId, {
        organisationId,
        planId,
        ...patch,
      });
      return toAction(row);
    });
  }

  removeAction(ref: ActionRef, actor: Actor): Promise<boolean> {
    const { organisationId, planId, actionId } = ref;
    return this.uow.tx(async (trx) => {
      if (!isUuid(actionId) || !(await this.ownsPlan(trx, organisationId, planId))) return false;
      const gone = await trx
        .deleteFrom('plan_actions')
        .where('id', '=', actionId)
        .where('action_plan_id', '=', planId)
        .executeTakeFirst();
      if (gone.numDeletedRows === 0n) return false;
      await this.uow.audit(trx, actor, 'delete', 'plan_action', actionId, { organisationId, planId });
      return true;
    });
  }

  private async indicatorsWhere(trx: Executor, organisationId: string, id?: string): Promise<Indicator[]> {
    let query = trx.selectFrom('indicators').selectAll().where('organisation_id', '=', organisationId);
    if (id !== undefined) query = query.where('id', '=', id);
    const rows = await query.orderBy('seq').execute();
    if (rows.length === 0) return [];
    const values = await trx
      .selectFrom('indicator_values')
      .selectAll()
      .where(
        'indicator_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('period')
      .execute();
    return rows.map((r) => toIndicator(r, values.filter((v) => v.indicator_id === r.id).map(toValue)));
  }

  indicators(organisationId: string): Promise<Indicator[]> {
    return this.indicatorsWhere(this.db, organisationId);
  }

  createIndicator(organisationId: string, input: IndicatorInput, actor: Actor): Promise<Indicator> {
    return this.uow.tx(async (trx) => {
      const { targets, baselineYear, ...rest } = input;
      const row = await trx
        .insertInto('indicators')
        .values({ organisation_id: organisationId, baseline_year: baselineYear, ...rest })
        .returning('id')
        .executeTakeFirstOrThrow();
      const periods = Object.entries(targets);
      if (periods.length > 0)
        await trx
          .insertInto('indicator_values')
          .values(
            periods.map(([period, target]) => ({ indicator_id: row.id, period: Number(period), target })),
          )
          .execute();
      await this.uow.audit(trx, actor, 'create', 'indicator', row.id, { organisationId, ...input });
      return (await this.indicatorsWhere(trx, organisationId, row.id))[0]!;
    });
  }

  putIndicatorValue(ref: ValueRef, input: IndicatorValueInput, actor: Actor): Promise<Indicator | undefined> {
    const { organisationId, indicatorId, period } = ref;
    return this.uow.tx(async (trx) => {
      if (!isUuid(indicatorId)) return undefined;
      const [indicator] = await this.indicatorsWhere(trx, organisationId, indicatorId);
      if (!indicator) return undefined;
      const set = {
        ...(input.target !== undefined ? { target: input.target } : {}),
        ...(input.actual !== undefined ? { actual: input.actual } : {}),
      };
      await trx
        .insertInto('indicator_values')
        .values({ indicator_id: indicatorId, period: Number(period), ...set })
        .onConflict((oc) => oc.columns(['indicator_id', 'period']).doUpdateSet(set))
        .execute();
      await this.uow.audit(trx, actor, 'update', 'indicator_value', indicatorId, {
        organisationId,
        period,
        ...input,
      });
      return (await this.indicatorsWhere(trx, organisationId, indicatorId))[0];
    });
  }
}
