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
} from '@polos/core';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { organisationActedForBy } from '../organisations/organisation-access';
import { plansReadableBy } from './plan-access';

const org = z.string().min(1).max(100);
const planParam = z.object({ id: org, planId: z.string().min(1).max(100) });
const actionParam = planParam.extend({ actionId: z.string().min(1).max(100) });

export function registerPlanRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'plans');
  const base = '/api/organisations/{id}';

  routes.get(`${base}/strategic-plan`, {
    summary: "The organisation's strategic plan (who acts for it, staff)",
    signedIn: true,
    ok: json(strategicPlanSchema, 'The strategic plan'),
    async answer({ params: { id } }, c) {
      await plansReadableBy(c, id);
      const plan = await c.get('deps').store.plans.strategicPlan(id);
      if (!plan) throw notFound('strategic plan of organisation', id);
      return plan;
    },
  });

  routes.write('put', `${base}/strategic-plan`, {
    summary: "Create or replace the organisation's strategic plan (3 to 5 years)",
    body: strategicPlanInputSchema,
    ok: json(strategicPlanSchema, 'The strategic plan'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body }, c) {
      await organisationActedForBy(c, user, id);
      return c.get('deps').store.plans.putStrategicPlan(id, body, actorOf(user));
    },
  });

  routes.get(`${base}/action-plans`, {
    summary: "The organisation's annual action plans with their actions, latest year first",
    signedIn: true,
    ok: json(z.array(actionPlanSchema), 'The action plans'),
    async answer({ params: { id } }, c) {
      await plansReadableBy(c, id);
      return c.get('deps').store.plans.actionPlans(id);
    },
  });

  routes.write('post', `${base}/action-plans`, {
    summary: 'Add the action plan of a year, with its actions (409 when that year has one)',
    body: actionPlanInputSchema,
    ok: json(actionPlanSchema, 'The action plan'),
    errors: [400, 403, 404, 409],
    async write(user, { params: { id }, body }, c) {
      await organisationActedForBy(c, user, id);
      return c.get('deps').store.plans.createActionPlan(id, body, actorOf(user));
    },
  });

  routes.write('post', `${base}/action-plans/{planId}/actions`, {
    summary: 'Add an action to an action plan',
    params: planParam,
    body: actionInputSchema,
    ok: json(planActionSchema, 'The action'),
    errors: [400, 403, 404],
    async write(user, { params: { id, planId }, body }, c) {
      await organisationActedForBy(c, user, id);
      const action = await c.get('deps').store.plans.addAction(id, planId, body, actorOf(user));
      if (!action) throw notFound('action plan', planId);
      return action;
    },
  });

  routes.write('patch', `${base}/action-plans/{planId}/actions/{actionId}`, {
    summary: 'Update an action (status, spent, …); only the fields sent change',
    params: actionParam,
    body: actionPatchSchema,
    ok: json(planActionSchema, 'The action'),
    errors: [400, 403, 404],
    async write(user, { params: { id, planId, actionId }, body }, c) {
      await organisationActedForBy(c, user, id);
      const action = await c.get('deps').store.plans.updateAction(id, planId, actionId, body, actorOf(user));
      if (!action) throw notFound('action', actionId);
      return action;
    },
  });

  routes.remove(`${base}/action-plans/{planId}/actions/{actionId}`, {
    summary: 'Remove an action from an action plan',
    params: actionParam,
    async remove(user, { id, planId, actionId }, c) {
      await organisationActedForBy(c, user, id);
      if (!(await c.get('deps').store.plans.removeAction(id, planId, actionId, actorOf(user))))
        throw notFound('action', actionId);
    },
  });
}
