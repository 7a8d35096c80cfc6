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
import { newPriority, type Ris3Document } from '@polos/store';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { idParam, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { documentOf, editStrategy, priorityIndex } from './ris3-access';

const id = z.string().min(1).max(100);
const priorityParam = idParam.extend({ priorityId: id });
const indicatorParam = priorityParam.extend({ indicatorId: id });
const valueParam = indicatorParam.extend({ year: z.coerce.number().int().min(1900).max(2100) });
const valueBody = z.object({ value: z.number().finite() }).strict().meta({ id: 'Ris3IndicatorValueInput' });

/** The strategy with priority k replaced by `change(priority)`. */
function withPriority(s: Ris3Strategy, k: number, priority: Ris3Priority) {
  const priorities = s.priorities.map((p, j) => (j === k ? priority : p));
  return { ...documentOf(s), priorities };
}

/** The strategy with priority `priorityId` (404 if unknown) replaced by `change(priority)`, which is the answer. */
function inPriority(
  s: Ris3Strategy,
  priorityId: string,
  change: (p: Ris3Priority) => Ris3Priority,
): Change<Ris3Priority> {
  const k = priorityIndex(s, priorityId);
  const answer = change(s.priorities[k]!);
  return { next: withPriority(s, k, answer), answer };
}

/** The strategy with one indicator of one priority replaced (404 for either unknown). */
function changeIndicator(
  s: Ris3Strategy,
  params: z.infer<typeof indicatorParam>,
  change: (i: Ris3Indicator) => Ris3Indicator,
): Change<Ris3Indicator> {
  const k = priorityIndex(s, params.priorityId);
  const p = s.priorities[k]!;
  const found = p.indicators.find((i) => i.id === params.indicatorId);
  if (!found) throw notFound('indicator', params.indicatorId);
  const answer = change(found);
  const indicators = p.indicators.map((i) => (i.id === found.id ? answer : i));
  return { next: withPriority(s, k, { ...p, indicators }), answer };
}

type Change<T> = { next: Ris3Document; answer: T };

/**
 * The writes of this file, each one edit of the strategy (editStrategy: 404, 403, lock):
 * `edit(method, path, spec, change)` answers the changed part, `removal(path, summary, params,
 * change)` answers 204.
 */
function strategyEdits(app: OpenAPIHono<AppEnv>) {
  const routes = resourceRoutes(app, 'ris3');
  return {
    edit<P extends typeof idParam, B extends z.ZodType, R extends z.ZodType>(
      method: 'post' | 'patch' | 'put',
      path: string,
      spec: { summary: string; params: P; body: B; ok: ReturnType<typeof json<R>> },
      change: (s: Ris3Strategy, params: z.infer<P>, body: z.infer<B>) => Change<z.infer<R>>,
    ) {
      routes.write(method, path, {
        ...spec,
        errors: [400, 403, 404],
        write: (user, { params, body }, c) =>
          editStrategy(c, user, params.id, (s) => change(s, params, body)),
      });
    },
    removal<P extends typeof idParam>(
      path: string,
      summary: string,
      params: P,
      change: (s: Ris3Strategy, params: z.infer<P>) => Ris3Document,
    ) {
      routes.remove(path, {
        summary,
        params,
        remove: (user, p, c) =>
          editStrategy(c, user, p.id, (s) => ({ next: change(s, p), answer: undefined })),
      });
    },
  };
}

export function registerRis3PriorityRoutes(app: OpenAPIHono<AppEnv>): void {
  const { edit, removal } = strategyEdits(app);

  edit(
    'post',
    '/api/ris3/{id}/priorities',
    {
      summary: 'Add a priority (title, industry codes, EU priority domain, indicators)',
      params: idParam,
      body: ris3PriorityInputSchema,
      ok: json(ris3PrioritySchema, 'The priority'),
    },
    (s, _, body) => {
      const answer = newPriority(body);
      return { next: { ...documentOf(s), priorities: [...s.priorities, answer] }, answer };
    },
  );

  edit(
    'patch',
    '/api/ris3/{id}/priorities/{priorityId}',
    {
      summary: 'Change a priority; only the fields sent change',
      params: priorityParam,
      body: ris3PriorityPatchSchema,
      ok: json(ris3PrioritySchema, 'The priority'),
    },
    (s, params, body) => inPriority(s, params.priorityId, (p) => ({ ...p, ...body })),
  );

  removal('/api/ris3/{id}/priorities/{priorityId}', 'Remove a priority', priorityParam, (s, params) => {
    const k = priorityIndex(s, params.priorityId);
    return { ...documentOf(s), priorities: s.priorities.filter((_, j) => j !== k) };
  });

  edit(
    'post',
    '/api/ris3/{id}/priorities/{priorityId}/indicators',
    {
      summary: 'Add an indicator to a priority (baseline, target, values by year)',
      params: priorityParam,
      body: ris3IndicatorInputSchema,
      ok: json(ris3IndicatorSchema, 'The indicator'),
    },
    (s, params, body) => {
      const answer: Ris3Indicator = { id: randomUUID(), ...body };
      const { next } = inPriority(s, params.priorityId, (p) => ({
        ...p,
        indicators: [...p.indicators, answer],
      }));
      return { next, answer };
    },
  );

  removal(
    '/api/ris3/{id}/priorities/{priorityId}/indicators/{indicatorId}',
    'Remove an indicator',
    indicatorParam,
    (s, params) => {
      const k = priorityIndex(s, params.priorityId);
      const p = s.priorities[k]!;
      if (!p.indicators.some((i) => i.id === params.indicatorId))
        throw notFound('indicator', params.indicatorId);
      return withPriority(s, k, {
        ...p,
        indicators: p.indicators.filter((i) => i.id !== params.indicatorId),
      });
    },
  );

  const valuePath = '/api/ris3/{id}/priorities/{priorityId}/indicators/{indicatorId}/values/{year}';
  edit(
    'put',
    valuePath,
    {
      summary: "Set an indicator's observed value for a year (replaces that year's)",
      params: valueParam,
      body: valueBody,
      ok: json(ris3IndicatorSchema, 'The indicator'),
    },
    (s, params, body) =>
      changeIndicator(s, params, (i) => ({
        ...i,
        values: [
          ...i.values.filter((v) => v.year !== params.year),
          { year: params.year, value: body.value },
        ].sort((a, b) => a.year - b.year),
      })),
  );

  removal(
    valuePath,
    "Remove an indicator's value for a year",
    valueParam,
    (s, params) =>
      changeIndicator(s, params, (i) => {
        if (!i.values.some((v) => v.year === params.year))
          throw notFound('value of year', String(params.year));
        return { ...i, values: i.values.filter((v) => v.year !== params.year) };
      }).next,
  );
}
