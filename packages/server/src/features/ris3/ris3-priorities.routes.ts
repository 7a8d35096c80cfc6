/**
 * A RIS3 strategy's priorities and their indicators (issue 14 point 5; decision 091):
 * `POST /api/ris3/{id}/priorities`, `PATCH|DELETE …/priorities/{priorityId}`,
 * `POST …/priorities/{priorityId}/indicators`, `DELETE …/indicators/{indicatorId}`,
 * `PUT|DELETE …/indicators/{indicatorId}/values/{year}`. The strategy's creator or an admin
 * writes (403 otherwise); each write is one edit of the strategy under its lock.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  ris3IndicatorInputSchema,
  ris3IndicatorSchema,
  ris3PriorityInputSchema,
  ris3PriorityPatchSchema,
  ris3PrioritySchema,
  type Ris3Indicator,
  type Ris3Priority,
  type Ris3Strategy,
} from '@polos/core/ris3';
import { newPriority } from '@polos/store';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { documentOf, editStrategy, priorityIndex } from './ris3-access';

const id = z.string().min(1).max(100);
const priorityParam = z.object({ id, priorityId: id });
const indicatorParam = priorityParam.extend({ indicatorId: id });
const valueParam = indicatorParam.extend({ year: z.coerce.number().int().min(1900).max(2100) });
const valueBody = z.object({ value: z.number().finite() }).strict().meta({ id: 'Ris3IndicatorValueInput' });

/** The strategy with priority k replaced by `change(priority)`. */
function withPriority(s: Ris3Strategy, k: number, priority: Ris3Priority) {
  const priorities = s.priorities.map((p, j) => (j === k ? priority : p));
  return { ...documentOf(s), priorities };
}

/** The strategy with one indicator of one priority replaced (404 for either unknown). */
function changeIndicator(
  s: Ris3Strategy,
  params: z.infer<typeof indicatorParam>,
  change: (i: Ris3Indicator) => Ris3Indicator,
) {
  const k = priorityIndex(s, params.priorityId);
  const p = s.priorities[k]!;
  const found = p.indicators.find((i) => i.id === params.indicatorId);
  if (!found) throw notFound('indicator', params.indicatorId);
  const answer = change(found);
  const indicators = p.indicators.map((i) => (i.id === found.id ? answer : i));
  return { next: withPriority(s, k, { ...p, indicators }), answer };
}

export function registerRis3PriorityRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'ris3');

  routes.write('post', '/api/ris3/{id}/priorities', {
    summary: 'Add a priority (title, industry codes, EU priority domain, indicators)',
    body: ris3PriorityInputSchema,
    ok: json(ris3PrioritySchema, 'The priority'),
    errors: [400, 403, 404],
    write: (user, { params, body }, c) =>
      editStrategy(c, user, params.id, (s) => {
        const answer = newPriority(body);
        return { next: { ...documentOf(s), priorities: [...s.priorities, answer] }, answer };
      }),
  });

  routes.write('patch', '/api/ris3/{id}/priorities/{priorityId}', {
    summary: 'Change a priority; only the fields sent change',
    params: priorityParam,
    body: ris3PriorityPatchSchema,
    ok: json(ris3PrioritySchema, 'The priority'),
    errors: [400, 403, 404],
    write: (user, { params, body }, c) =>
      editStrategy(c, user, params.id, (s) => {
        const k = priorityIndex(s, params.priorityId);
        const answer = { ...s.priorities[k]!, ...body };
        return { next: withPriority(s, k, answer), answer };
      }),
  });

  routes.remove('/api/ris3/{id}/priorities/{priorityId}', {
    summary: 'Remove a priority',
    params: priorityParam,
    remove: (user, params, c) =>
      editStrategy(c, user, params.id, (s) => {
        const k = priorityIndex(s, params.priorityId);
        return {
          next: { ...documentOf(s), priorities: s.priorities.filter((_, j) => j !== k) },
          answer: undefined,
        };
      }),
  });

  routes.write('post', '/api/ris3/{id}/priorities/{priorityId}/indicators', {
    summary: 'Add an indicator to a priority (baseline, target, values by year)',
    params: priorityParam,
    body: ris3IndicatorInputSchema,
    ok: json(ris3IndicatorSchema, 'The indicator'),
    errors: [400, 403, 404],
    write: (user, { params, body }, c) =>
      editStrategy(c, user, params.id, (s) => {
        const k = priorityIndex(s, params.priorityId);
        const p = s.priorities[k]!;
        const answer: Ris3Indicator = { id: randomUUID(), ...body };
        return { next: withPriority(s, k, { ...p, indicators: [...p.indicators, answer] }), answer };
      }),
  });

  routes.remove('/api/ris3/{id}/priorities/{priorityId}/indicators/{indicatorId}', {
    summary: 'Remove an indicator',
    params: indicatorParam,
    remove: (user, params, c) =>
      editStrategy(c, user, params.id, (s) => {
        const k = priorityIndex(s, params.priorityId);
        const p = s.priorities[k]!;
        if (!p.indicators.some((i) => i.id === params.indicatorId))
          throw notFound('indicator', params.indicatorId);
        const indicators = p.indicators.filter((i) => i.id !== params.indicatorId);
        return { next: withPriority(s, k, { ...p, indicators }), answer: undefined };
      }),
  });

  routes.write('put', '/api/ris3/{id}/priorities/{priorityId}/indicators/{indicatorId}/values/{year}', {
    summary: "Set an indicator's observed value for a year (replaces that year's)",
    params: valueParam,
    body: valueBody,
    ok: json(ris3IndicatorSchema, 'The indicator'),
    errors: [400, 403, 404],
    write: (user, { params, body }, c) =>
      editStrategy(c, user, params.id, (s) =>
        changeIndicator(s, params, (i) => ({
          ...i,
          values: [
            ...i.values.filter((v) => v.year !== params.year),
            { year: params.year, value: body.value },
          ].sort((a, b) => a.year - b.year),
        })),
      ),
  });

  routes.remove('/api/ris3/{id}/priorities/{priorityId}/indicators/{indicatorId}/values/{year}', {
    summary: "Remove an indicator's value for a year",
    params: valueParam,
    remove: (user, params, c) =>
      editStrategy(c, user, params.id, (s) =>
        changeIndicator(s, params, (i) => {
          if (!i.values.some((v) => v.year === params.year))
            throw notFound('value of year', String(params.year));
          return { ...i, values: i.values.filter((v) => v.year !== params.year) };
        }),
      ).then(() => undefined),
  });
}
