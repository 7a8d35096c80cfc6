/**
 * An organisation's service portfolio by year (issue 13 point 2; decision 085):
 * `PUT /api/organisations/{id}/services/{year}` (replaces the year) and
 * `GET …/services/{year}` (the analysis, with the year's latest survey merged). Who acts for
 * the organisation writes; reads follow funding's rule (`fundingReadableBy`, decision 083).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { portfolioSchema } from '@polos/core/services';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { fundingReadableBy } from '../funding/funding-access';
import { organisationActedForBy } from '../organisations/organisation-access';
import { serviceAnalysis } from './service-analysis';
import { portfolioAnswerSchema, serviceAnalysisSchema, serviceYearParam } from './services-schemas';

export function registerServiceRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'services');

  routes.write('put', '/api/organisations/{id}/services/{year}', {
    summary: 'Record (or replace) the year’s service portfolio, in the organisation’s one currency',
    description:
      'Each service is a reference service (`reference`: a key of Table 6) or an own service ' +
      '(`name`), with revenue, cost, members served and optionally the manager’s valuation (1–5). ' +
      'Every year of an organisation is in one currency: another currency is refused (400 on `currency`).',
    params: serviceYearParam,
    body: portfolioSchema,
    ok: json(portfolioAnswerSchema, 'The year’s portfolio as stored'),
    errors: [400, 403, 404],
    async write(user, { params: { id, year }, body }, c) {
      await organisationActedForBy(c, user, id);
      const result = await c.get('deps').store.services.putPortfolio(id, { year, ...body }, actorOf(user));
      if (!result.ok)
        throw new ApiError(400, 'mixed_currency', 'one currency for all of an organisation’s services', [
          {
            path: 'currency',
            message: `the organisation's other years are in ${result.currency}: record ${year} in ${result.currency} (convert it first)`,
          },
        ]);
      return result.portfolio;
    },
  });

  routes.get('/api/organisations/{id}/services/{year}', {
    summary:
      'The year’s services analysed: net, cost recovery, which pay their way, which are valued but unpaid, which common services are missing',
    params: serviceYearParam,
    ok: json(serviceAnalysisSchema, 'The analysis, with the reference table’s facts and the members’ survey'),
    async answer({ params: { id, year } }, c) {
      const { published } = await fundingReadableBy(c, id);
      const analysis = await serviceAnalysis(c.get('deps').store.services, id, year);
      if (!analysis) throw notFound('service portfolio', `${id}/${year}`);
      return {
        ...analysis,
        published,
      };
    },
  });
}
