/**
 * An organisation's member surveys (issue 13 point 2; decision 085): `POST
 * /api/organisations/{id}/surveys` (N single-use codes, shown once), `GET …/surveys` (with
 * counts), `GET …/surveys/{surveyId}/results` (aggregated only, withheld below 3 answers) and
 * `POST …/surveys/{surveyId}/close`. Who acts for the organisation writes; reads follow
 * funding's rule. No route answers an individual answer.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { aggregateSurvey, serviceKey } from '@polos/core/services';
import { z } from 'zod';
import { randomToken, sha256 } from '../../auth/authenticate';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { fundingReadableBy } from '../funding/funding-access';
import { organisationActedForBy } from '../organisations/organisation-access';
import {
  createdSurveySchema,
  newSurveySchema,
  surveyParam,
  surveyResultsSchema,
  surveySchema,
} from './services-schemas';

/** 16 bytes = 128 random bits, 22 base64url characters. */
const CODE_BYTES = 16;

export function registerSurveyRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'services');

  routes.get('/api/organisations/{id}/surveys', {
    summary: 'The organisation’s member surveys, latest first, with codes issued and answers received',
    ok: json(z.array(surveySchema), 'The surveys'),
    async answer({ params: { id } }, c) {
      await fundingReadableBy(c, id);
      return c.get('deps').store.services.surveys(id);
    },
  });

  routes.write('post', '/api/organisations/{id}/surveys', {
    summary: 'Start a member survey of the year’s services: one single-use answer code per member asked',
    description:
      'The codes are in this answer only (polos keeps their hashes). Give each member one code; ' +
      'a member answers at `/survey/<code>` without an account.',
    body: newSurveySchema,
    ok: json(createdSurveySchema, 'The survey and its codes (shown once)'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body }, c) {
      await organisationActedForBy(c, user, id);
      const { store } = c.get('deps');
      const portfolio = await store.services.portfolio(id, body.year);
      if (!portfolio?.services.length)
        throw new ApiError(400, 'no_services', 'nothing to ask about', [
          {
            path: 'year',
            message: `record the services of ${body.year} first (PUT …/services/${body.year})`,
          },
        ]);
      const services = portfolio.services.map((s) => ({ key: serviceKey(s), name: s.name ?? null }));
      const codes = Array.from({ length: body.members }, () => randomToken(CODE_BYTES));
      const survey = await store.services.createSurvey(
        id,
        { year: body.year, services, codeHashes: codes.map(sha256) },
        actorOf(user),
      );
      return { id: survey.id, year: survey.year, services, codes, answerPath: '/survey/<code>' as const };
    },
  });

  routes.get('/api/organisations/{id}/surveys/{surveyId}/results', {
    summary:
      'A survey’s results, aggregated per service (count, mean, distribution); withheld below 3 answers',
    params: surveyParam,
    ok: json(surveyResultsSchema, 'The aggregate; never an individual answer'),
    async answer({ params: { id, surveyId } }, c) {
      await fundingReadableBy(c, id);
      const { services } = c.get('deps').store;
      const survey = await services.survey(id, surveyId);
      if (!survey) throw notFound('survey', surveyId);
      const ratings = await services.ratings(survey.id);
      return {
        survey,
        ...aggregateSurvey(
          survey.services.map((s) => s.key),
          survey.answers,
          ratings,
        ),
      };
    },
  });

  routes.write('post', '/api/organisations/{id}/surveys/{surveyId}/close', {
    summary: 'Close a survey: its unused codes answer no more',
    params: surveyParam,
    ok: json(surveySchema, 'The survey, closed'),
    status: 200,
    errors: [403, 404],
    async write(user, { params: { id, surveyId } }, c) {
      await organisationActedForBy(c, user, id);
      const survey = await c.get('deps').store.services.closeSurvey(id, surveyId, actorOf(user));
      if (!survey) throw notFound('survey', surveyId);
      return survey;
    },
  });
}
