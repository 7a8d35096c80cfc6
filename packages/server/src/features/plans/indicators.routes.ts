/**
 * An organisation's indicators and dashboard (issue 13 point 3; decision 084):
 * `GET|POST /api/organisations/{id}/indicators`, `PUT …/indicators/{indicatorId}/values/{period}`,
 * `GET /api/organisations/{id}/dashboard` (core `dashboard`: status of each indicator by the
 * rule of docs/methods/plans-and-indicators.md, trends, plan progress by Lombardy dimension).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  indicatorInputSchema,
  indicatorSchema,
  indicatorValueInputSchema,
  periodSchema,
  yearSchema,
} from '@polos/core';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from '../organisations/organisation-access';
import { dashboardSchema } from './dashboard-schema';
import { plansOf, plansReadableBy } from './plan-access';
import { planRoutes } from './plan-routes-kit';

const valueParam = z.object({
  id: z.string().min(1).max(100),
  indicatorId: z.string().min(1).max(100),
  period: periodSchema,
});
const dashboardQuery = z.object({ year: z.coerce.number().pipe(yearSchema).optional() });

const INDICATORS = {
  list: "The organisation's indicators with their targets and actuals by period, in the order added",
  add: 'Add an indicator: dimension, unit, direction, baseline and targets by year',
};

export function registerIndicatorRoutes(app: OpenAPIHono<AppEnv>): void {
  const plans = planRoutes(app);
  const { routes } = plans;
  const base = '/api/organisations/{id}';

  plans.collection('indicators', indicatorSchema, {
    summaries: INDICATORS,
    body: indicatorInputSchema,
    read: (store, id) => store.indicators(id),
    write: (store, id, body, actor) => store.createIndicator(id, body, actor),
  });

  routes.write('put', `${base}/indicators/{indicatorId}/values/{period}`, {
    summary: "Set an indicator's target and/or actual for a year; a field not sent is kept, null clears it",
    params: valueParam,
    body: indicatorValueInputSchema,
    ok: json(indicatorSchema, 'The indicator with its values'),
    errors: [400, 403, 404],
    async write(user, { params: { id, indicatorId, period }, body }, c) {
      await organisationActedForBy(c, user, id);
      const ref = { organisationId: id, indicatorId, period };
      const indicator = await c.get('deps').store.plans.putIndicatorValue(ref, body, actorOf(user));
      if (!indicator) throw notFound('indicator', indicatorId);
      return indicator;
    },
  });

  routes.get(`${base}/dashboard`, {
    summary: 'The dashboard: per dimension, indicators with status and trend, and action-plan progress',
    description:
      'Status at the latest actual: progress = (actual − baseline) / (target − baseline), the target pro-rated ' +
      'between the baseline and the targets by year; on track ≥ 0.9, at risk ≥ 0.6, off track below. ' +
      'Actions are those of the action plan of `year` (default: the latest).',
    signedIn: true,
    query: dashboardQuery,
    ok: json(dashboardSchema, 'The dashboard'),
    async answer({ params: { id }, query }, c) {
      await plansReadableBy(c, id);
      return (await plansOf(c.get('deps').store.plans, id, query.year)).dashboard;
    },
  });
}
