/**
 * An organisation's strategic plan and annual action plans (issue 13 point 3; decision 084):
 * `GET|PUT /api/organisations/{id}/strategic-plan`, `GET|POST …/action-plans`,
 * `POST …/action-plans/{planId}/actions`, `PATCH|DELETE …/action-plans/{planId}/actions/{actionId}`.
 * Who acts for the organisation writes (403 otherwise); they and staff read (404 otherwise).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  actionInputSchema,
  actionPatchSchema,
  actionPlanInputSchema,
  actionPlanSchema,
  planActionSchema,
  strategicPlanInputSchema,
  strategicPlanSchema,
  type PlanAction,
} from '@polos/core';
import type { Actor, Plans } from '@polos/store';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from '../organisations/organisation-access';
import { planRoutes } from './plan-routes-kit';

const planParam = z.object({ id: z.string().min(1).max(100), planId: z.string().min(1).max(100) });
const actionParam = planParam.extend({ actionId: z.string().min(1).max(100) });

/** An action write: its route's parts and what it does (undefined when not found). */
interface ActionWriteSpec<P extends typeof planParam, B extends z.ZodType> {
  summary: string;
  params: P;
  body: B;
  run(store: Plans, params: z.infer<P>, body: z.infer<B>, actor: Actor): Promise<PlanAction | undefined>;
}

const ACTION_PLANS = {
  list: "The organisation's annual action plans with their actions, latest year first",
  add: 'Add the action plan of a year, with its actions (409 when that year has one)',
};

export function registerPlanRoutes(app: OpenAPIHono<AppEnv>): void {
  const plans = planRoutes(app);
  const { routes, under } = plans;

  plans.read(
    'strategic-plan',
    "The organisation's strategic plan (who acts for it, staff); 404 when none",
    json(strategicPlanSchema, 'The strategic plan'),
    async (store, id) => {
      const plan = await store.strategicPlan(id);
      if (!plan) throw notFound('strategic plan of organisation', id);
      return plan;
    },
  );
  plans.write(
    'put',
    'strategic-plan',
    {
      summary: "Create or replace the organisation's strategic plan (3 to 5 years)",
      body: strategicPlanInputSchema,
      ok: json(strategicPlanSchema, 'The strategic plan'),
    },
    (store, id, body, actor) => store.putStrategicPlan(id, body, actor),
  );

  plans.collection('action-plans', actionPlanSchema, {
    summaries: ACTION_PLANS,
    body: actionPlanInputSchema,
    conflict: true,
    read: (store, id) => store.actionPlans(id),
    write: (store, id, body, actor) => store.createActionPlan(id, body, actor),
  });

  /** A write on one action plan's actions; `spec.run` answers undefined when the plan or action is not found. */
  const actionWrite = <P extends typeof planParam, B extends z.ZodType>(
    method: 'post' | 'patch',
    path: string,
    spec: ActionWriteSpec<P, B>,
  ) =>
    routes.write(method, under(path), {
      summary: spec.summary,
      params: spec.params,
      body: spec.body,
      ok: json(planActionSchema, 'The action'),
      errors: [400, 403, 404],
      async write(user, { params, body }, c) {
        await organisationActedForBy(c, user, params.id);
        const action = await spec.run(c.get('deps').store.plans, params, body, actorOf(user));
        if (!action) throw notFound('action of action plan', params.planId);
        return action;
      },
    });

  actionWrite('post', 'action-plans/{planId}/actions', {
    summary: 'Add an action to an action plan',
    params: planParam,
    body: actionInputSchema,
    run: (store, { id, planId }, body, actor) => store.addAction(id, planId, body, actor),
  });
  actionWrite('patch', 'action-plans/{planId}/actions/{actionId}', {
    summary: 'Update an action (status, spent, …); only the fields sent change',
    params: actionParam,
    body: actionPatchSchema,
    run: (store, { id, planId, actionId }, body, actor) =>
      store.updateAction({ organisationId: id, planId, actionId }, body, actor),
  });

  routes.remove(under('action-plans/{planId}/actions/{actionId}'), {
    summary: 'Remove an action from an action plan',
    params: actionParam,
    async remove(user, { id, planId, actionId }, c) {
      await organisationActedForBy(c, user, id);
      if (
        !(await c
          .get('deps')
          .store.plans.removeAction({ organisationId: id, planId, actionId }, actorOf(user)))
      )
        throw notFound('action', actionId);
    },
  });
}
