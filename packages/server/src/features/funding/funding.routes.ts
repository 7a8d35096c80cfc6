/**
 * An organisation's funding mix and sustainability (issue 13 point 1; decision 083):
 * `PUT|DELETE /api/organisations/{id}/funding/{year}`, `GET …/funding`, `PUT …/exit-path`,
 * `PUT …/sustainability/publication` and `GET …/sustainability`. Who acts for the
 * organisation writes; reads follow `fundingReadableBy`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { exitPathSchema, sustainability, yearFundingSchema } from '@polos/core/funding';
import type { Actor, Funding } from '@polos/store';
import type { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from '../organisations/organisation-access';
import { fundingReadableBy } from './funding-access';
import {
  fundingYearAnswerSchema,
  fundingYearParam,
  fundingYearsSchema,
  publicationSchema,
  sustainabilitySchema,
} from './funding-schemas';

const exitPathAnswerSchema = exitPathSchema.meta({ id: 'ExitPath' });

type Routes = ReturnType<typeof resourceRoutes>;

/** A PUT on `{id}` by who acts for the organisation: checked first, then `set` with `store.funding`. */
function putBy<B extends z.ZodType, R extends z.ZodType>(
  routes: Routes,
  path: string,
  summary: string,
  body: B,
  ok: ReturnType<typeof json<R>>,
  set: (funding: Funding, id: string, body: z.infer<B>, actor: Actor) => Promise<z.infer<R>>,
): void {
  routes.write('put', path, {
    summary,
    body,
    ok,
    errors: [400, 403, 404],
    async write(user, { params: { id }, body: input }, c) {
      await organisationActedForBy(c, user, id);
      return set(c.get('deps').store.funding, id, input, actorOf(user));
    },
  });
}

export function registerFundingRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'funding');

  routes.write('put', '/api/organisations/{id}/funding/{year}', {
    summary: 'Record (or replace) one year of the organisation’s funding, in its one currency',
    description:
      'Every year of an organisation is in one currency: a year in another currency is refused ' +
      '(400 on `currency`); convert before entering, or delete the other years first.',
    params: fundingYearParam,
    body: yearFundingSchema,
    ok: json(fundingYearAnswerSchema, 'The year as stored'),
    errors: [400, 403, 404],
    async write(user, { params: { id, year }, body }, c) {
      await organisationActedForBy(c, user, id);
      const result = await c.get('deps').store.funding.putYear(id, { year, ...body }, actorOf(user));
      if (!result.ok)
        throw new ApiError(400, 'mixed_currency', 'one currency for all of an organisation’s funding', [
          {
            path: 'currency',
            message: `the organisation's other years are in ${result.currency}: record ${year} in ${result.currency} (convert it first) or delete those years`,
          },
        ]);
      return result.funding;
    },
  });

  routes.remove('/api/organisations/{id}/funding/{year}', {
    summary: 'Delete one year of the organisation’s funding',
    params: fundingYearParam,
    async remove(user, { id, year }, c) {
      await organisationActedForBy(c, user, id);
      if (!(await c.get('deps').store.funding.deleteYear(id, year, actorOf(user))))
        throw notFound('funding year', `${id}/${year}`);
    },
  });

  routes.get('/api/organisations/{id}/funding', {
    summary: 'The organisation’s funding, by year',
    ok: json(fundingYearsSchema, 'Every year recorded, oldest first'),
    async answer({ params: { id } }, c) {
      await fundingReadableBy(c, id);
      return { years: await c.get('deps').store.funding.years(id) };
    },
  });

  putBy(
    routes,
    '/api/organisations/{id}/exit-path',
    'Set the planned exit path: the target public share (0–1) by year (replaces it all)',
    exitPathSchema,
    json(exitPathAnswerSchema, 'The exit path, by year'),
    async (funding, id, body, actor) => ({ targets: await funding.setExitPath(id, body.targets, actor) }),
  );

  putBy(
    routes,
    '/api/organisations/{id}/sustainability/publication',
    'Publish the organisation’s sustainability (or make it private again; private by default)',
    publicationSchema,
    json(publicationSchema, 'Whether it is published now'),
    async (funding, id, body, actor) => ({
      published: await funding.setPublished(id, body.published, actor),
    }),
  );

  routes.get('/api/organisations/{id}/sustainability', {
    summary:
      'The funding mix by year, public share and its trend, exit-path progress, alerts and ESCA’s figures',
    ok: json(sustainabilitySchema, 'The sustainability of the organisation’s funding'),
    async answer({ params: { id } }, c) {
      const { published } = await fundingReadableBy(c, id);
      const { store } = c.get('deps');
      const [years, exitPath] = await Promise.all([store.funding.years(id), store.funding.exitPath(id)]);
      return { ...sustainability(years, exitPath), published };
    },
  });
}
