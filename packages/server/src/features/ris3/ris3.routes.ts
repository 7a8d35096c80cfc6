/**
 * RIS3 strategies (issue 14 point 5; decision 091): `GET|POST /api/ris3`,
 * `GET|PATCH|DELETE /api/ris3/{id}`. Everyone reads; admins and analysts record; the creator
 * or an admin edits (ris3-access.ts). GET of one strategy answers with each priority's checks
 * against the region's statistics, the candidates and the indicators' monitoring (ris3-view.ts).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { permissions } from '@polos/core/permissions';
import {
  ris3PeriodValid,
  ris3StrategyInputSchema,
  ris3StrategyPatchSchema,
  ris3StrategySchema,
} from '@polos/core/ris3';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden } from '../../errors';
import { resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { checkDataset, documentOf, editStrategy, strategyOr404 } from './ris3-access';
import { ris3View, ris3ViewSchema } from './ris3-view';

const listSchema = z.object({ items: z.array(ris3StrategySchema) }).meta({ id: 'Ris3StrategyList' });
const viewQuery = z.object({
  year: z.coerce.number().int().optional().describe('A year the dataset has; __Default:__ its last.'),
  lang: z.enum(['en', 'es', 'pt']).optional().describe('Language of industry labels.'),
});

export function registerRis3StrategyRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'ris3');

  routes.get('/api/ris3', {
    summary: 'Every RIS3 strategy recorded (public)',
    ok: json(listSchema, 'The strategies, oldest first'),
    answer: async (_, c) => ({ items: await c.get('deps').store.ris3.list() }),
  });

  routes.write('post', '/api/ris3', {
    summary: "Record a region's RIS3 strategy (admins and analysts)",
    description:
      'The dataset is a map studio industry dataset (GET /api/map/datasets); the region its code there; the priorities name industry codes of its classification.',
    body: ris3StrategyInputSchema,
    ok: json(ris3StrategySchema, 'The strategy'),
    errors: [400, 403],
    async write(user, { body }, c) {
      if (!permissions.createRis3(user)) throw forbidden('only admins and analysts record RIS3 strategies');
      await checkDataset(c, body.dataset);
      return c.get('deps').store.ris3.create(body, actorOf(user));
    },
  });

  routes.get('/api/ris3/{id}', {
    summary:
      'A RIS3 strategy with each priority checked against the region’s statistics, candidates and monitoring',
    description:
      'Checks per industry code: LQ ≥ 1, relatedness density and its percentile in the region, PCI above the median, strong cluster, stars; each priority placed in the quadrants of Balland et al. (2019). An industry code the dataset lacks is `not-in-dataset`. docs/methods/ris3.md.',
    query: viewQuery,
    ok: json(ris3ViewSchema, 'The strategy and its checks'),
    answer: async ({ params, query }, c) => ris3View(c, await strategyOr404(c, params.id), query),
  });

  routes.write('patch', '/api/ris3/{id}', {
    summary: 'Change a strategy’s name, dataset, region, period or phase; only the fields sent change',
    body: ris3StrategyPatchSchema,
    ok: json(ris3StrategySchema, 'The strategy'),
    errors: [400, 403, 404],
    async write(user, { params, body }, c) {
      if (body.dataset !== undefined) await checkDataset(c, body.dataset);
      await editStrategy(c, user, params.id, (current) => {
        const next = { ...documentOf(current), ...body };
        if (!ris3PeriodValid(next))
          throw new ApiError(400, 'bad_request', 'endYear is from startYear to startYear + 20', [
            { path: 'endYear', message: 'from startYear to startYear + 20' },
          ]);
        return { next, answer: undefined };
      });
      return strategyOr404(c, params.id);
    },
  });

  routes.remove('/api/ris3/{id}', {
    summary: 'Delete a strategy (its creator or an admin)',
    async remove(user, { id }, c) {
      const s = await strategyOr404(c, id);
      if (!permissions.editRis3(user, s.createdBy))
        throw forbidden('only the analyst who recorded this strategy, or an admin, deletes it');
      await c.get('deps').store.ris3.remove(id, actorOf(user));
    },
  });
}
