/**
 * The member's side of a survey, without an account (issue 13 point 2; decision 085):
 * `GET /api/surveys/{code}` (the organisation's name and the services to rate) and
 * `POST /api/surveys/{code}` (one answer per code; a used code is 409). The code is the only
 * authority: no session is read on these paths (authenticate.ts), and the answer is stored
 * without it. Both are bounded per client address (SurveyThrottle, in the database: decision 109).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { answerProblems, ratingsOf, surveyAnswerSchema, willingnessLevels } from '@polos/core/services';
import type { Context } from 'hono';
import { clientAddress } from '../../auth/client-address';
import { sha256 } from '../../auth/authenticate';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { jsonBody } from '../../openapi/request-parts';
import { errorsOf, json } from '../../openapi/responses';
import { socketAddress } from '../accounts/auth.routes';
import { answerReceivedSchema, codeParam, surveyFormSchema } from './services-schemas';

const unknownCode = () => new ApiError(404, 'not_found', 'no survey with this code');

/** The code's survey if it still takes an answer: 404 unknown, 409 used or closed, 429 over the bound. */
async function openSurvey(c: Context<AppEnv>, code: string) {
  const { store, auth, surveyThrottle } = c.get('deps');
  const wait = await surveyThrottle.take(
    clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), auth.trustedProxies),
  );
  if (wait) {
    c.header('Retry-After', String(wait));
    throw new ApiError(
      429,
      'too_many_requests',
      `too many survey requests from this address; try again in ${wait} s`,
    );
  }
  const found = await store.services.surveyByCode(sha256(code));
  if (!found) throw unknownCode();
  if (found.state === 'used') throw new ApiError(409, 'code_used', 'this code has already given its answer');
  if (found.state === 'closed') throw new ApiError(409, 'survey_closed', 'this survey is closed');
  return found;
}

export function registerSurveyAnswerRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/surveys/{code}',
      tags: ['services'],
      summary: 'The survey a member’s code opens: the organisation and the services to rate (no account)',
      request: { params: codeParam },
      responses: { 200: json(surveyFormSchema, 'The services to rate'), ...errorsOf(400, 404, 409, 429) },
    }),
    async (c) => {
      const { survey, organisationName } = await openSurvey(c, c.req.valid('param').code);
      return c.json(
        {
          organisation: { name: organisationName },
          year: survey.year,
          services: survey.services,
          scale: { min: 1 as const, max: 5 as const },
          willingnessToPay: [...willingnessLevels],
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/surveys/{code}',
      tags: ['services'],
      summary:
        'A member’s answer: per service a value 1–5 and a willingness to pay, or "notUsed" (once per code)',
      request: { params: codeParam, body: jsonBody(surveyAnswerSchema) },
      responses: { 201: json(answerReceivedSchema, 'Received'), ...errorsOf(400, 404, 409, 429) },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const answer = c.req.valid('json');
      const { survey } = await openSurvey(c, code);
      const problems = answerProblems(
        answer,
        survey.services.map((s) => s.key),
      );
      if (problems.length)
        throw new ApiError(400, 'invalid_answer', 'rate each service of the survey once', problems);
      const result = await c.get('deps').store.services.answer(sha256(code), ratingsOf(answer));
      if (result === 'unknown') throw unknownCode();
      if (result !== 'received')
        throw new ApiError(
          409,
          result === 'used' ? 'code_used' : 'survey_closed',
          `this code can no longer answer (${result})`,
        );
      return c.json({ received: true as const }, 201);
    },
  );
}
