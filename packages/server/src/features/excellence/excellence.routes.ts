/**
 * Eligibility, the management-excellence self-assessment and collective shared value of an
 * organisation (issue 13 points 4, 5 and 7; decision 086): `GET|PUT
 * /api/organisations/{id}/eligibility-inputs`, `GET …/eligibility`, `GET|POST
 * …/self-assessments`, `GET …/self-assessments/latest`, `GET|PUT …/shared-value`, and the
 * public checklist at `GET /api/self-assessment/checklist`. Who acts for the organisation
 * writes (403 otherwise) and publishes them (`PUT …/excellence/publication`, private by
 * default); they and staff read; anyone else reads them once published, else gets 404.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  eligibilityInputsSchema,
  improvementThreshold,
  latestSelfAssessment,
  maturityLabels,
  scoreSelfAssessment,
  selfAssessmentAreaLabels,
  selfAssessmentAreas,
  selfAssessmentChecklist,
  selfAssessmentInputSchema,
  sharedValue,
  sharedValueInputSchema,
  type SelfAssessment,
} from '@polos/core/excellence';
import type { Actor, Excellence } from '@polos/store';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { notFound } from '../../errors';
import { resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from '../organisations/organisation-access';
import { eligibilityOf, excellenceReadableBy } from './excellence-access';
import {
  checklistSchema,
  eligibilitySchema,
  eligibilityYearQuery,
  excellencePublicationSchema as publicationSchema,
  latestSelfAssessmentSchema,
  selfAssessmentSchema,
  sharedValueSchema,
} from './excellence-schemas';

const under = (path: string) => `/api/organisations/{id}/${path}`;
const withScore = (a: SelfAssessment) => ({ ...a, score: scoreSelfAssessment(a.scores) });
const readableBy = excellenceReadableBy;

export function registerExcellenceRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'excellence');

  /** A write on `/api/organisations/{id}/<path>` by who acts for the organisation. */
  const write = <B extends z.ZodType, R extends z.ZodType>(
    method: 'put' | 'post',
    path: string,
    spec: { summary: string; body: B; ok: ReturnType<typeof json<R>> },
    run: (store: Excellence, id: string, body: z.infer<B>, actor: Actor) => Promise<z.infer<R>>,
  ) =>
    routes.write(method, under(path), {
      ...spec,
      errors: [400, 403, 404],
      async write(user, { params: { id }, body }, c) {
        await organisationActedForBy(c, user, id);
        return run(c.get('deps').store.excellence, id, body, actorOf(user));
      },
    });

  routes.get('/api/self-assessment/checklist', {
    summary:
      'The management-excellence checklist of polos: areas, items and the 0–4 scale, in three languages',
    ok: json(checklistSchema, 'The checklist'),
    answer: () =>
      Promise.resolve({
        areas: selfAssessmentAreas.map((key) => ({ key, label: selfAssessmentAreaLabels[key] })),
        items: [...selfAssessmentChecklist],
        maturity: [...maturityLabels],
        improvementThreshold,
      }),
  });

  const inputsAnswer = json(eligibilityInputsSchema, 'The eligibility inputs');
  routes.get(under('eligibility-inputs'), {
    summary: 'What the organisation entered for the eligibility checks (defaults when nothing yet)',
    ok: inputsAnswer,
    async answer({ params: { id } }, c) {
      await readableBy(c, id);
      const inputs = await c.get('deps').store.excellence.eligibilityInputs(id);
      return inputs ?? eligibilityInputsSchema.parse({});
    },
  });
  write(
    'put',
    'eligibility-inputs',
    {
      summary: 'Enter (replace) the figures for the eligibility checks',
      body: eligibilityInputsSchema,
      ok: inputsAnswer,
    },
    (store, id, body, actor) => store.putEligibilityInputs(id, body, actor),
  );

  routes.get(under('eligibility'), {
    summary: 'The Basque 2016 and ECCP eligibility criteria, each met, unmet or unknown with its evidence',
    query: eligibilityYearQuery,
    ok: json(eligibilitySchema, 'Both checks'),
    async answer({ params: { id }, query }, c) {
      const { org } = await readableBy(c, id);
      const year = query.year ?? new Date().getUTCFullYear();
      return (await eligibilityOf(c.get('deps').store, org, year)).answer;
    },
  });

  routes.get(under('self-assessments'), {
    summary: 'The organisation’s self-assessments with their scores, latest first',
    ok: json(z.array(selfAssessmentSchema), 'The self-assessments'),
    async answer({ params: { id } }, c) {
      await readableBy(c, id);
      return (await c.get('deps').store.excellence.selfAssessments(id)).map(withScore);
    },
  });
  write(
    'post',
    'self-assessments',
    {
      summary: 'Record a dated self-assessment: a 0–4 score for every item of the checklist',
      body: selfAssessmentInputSchema,
      ok: json(selfAssessmentSchema, 'The self-assessment with its scores'),
    },
    async (store, id, body, actor) => withScore(await store.addSelfAssessment(id, body, actor)),
  );
  routes.get(under('self-assessments/latest'), {
    summary: 'The latest self-assessment, compared with the one before (improvement areas, area scores)',
    ok: json(latestSelfAssessmentSchema, 'The latest self-assessment and its comparison'),
    async answer({ params: { id } }, c) {
      await readableBy(c, id);
      const latest = latestSelfAssessment(await c.get('deps').store.excellence.selfAssessments(id));
      if (!latest) throw notFound('self-assessment of organisation', id);
      return { assessment: { ...latest.assessment, score: latest.score }, comparison: latest.comparison };
    },
  });

  const publication = json(publicationSchema, 'Whether they are published');
  routes.get(under('excellence/publication'), {
    summary: 'Whether the organisation publishes its eligibility, self-assessments and shared value',
    ok: publication,
    answer: async ({ params: { id } }, c) => ({ published: (await readableBy(c, id)).published }),
  });
  write(
    'put',
    'excellence/publication',
    {
      summary: 'Publish the eligibility, self-assessments and shared value (or make them private again)',
      body: publicationSchema,
      ok: publication,
    },
    async (store, id, body, actor) => ({ published: await store.setPublished(id, body.published, actor) }),
  );

  routes.get(under('shared-value'), {
    summary:
      'The collective shared value: challenges, capabilities, impacts by kind with trends, intermediary roles',
    ok: json(sharedValueSchema, 'The shared value'),
    async answer({ params: { id } }, c) {
      await readableBy(c, id);
      const stored = await c.get('deps').store.excellence.sharedValue(id);
      return sharedValue(stored ?? sharedValueInputSchema.parse({}));
    },
  });
  write(
    'put',
    'shared-value',
    {
      summary: 'Enter (replace) the collective shared value',
      body: sharedValueInputSchema,
      ok: json(sharedValueSchema, 'The shared value'),
    },
    async (store, id, body, actor) => sharedValue(await store.putSharedValue(id, body, actor)),
  );
}
