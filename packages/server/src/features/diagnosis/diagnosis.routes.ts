/**
 * Diagnosis and advice (DOMAIN.md §3–4): a cluster's dated assessments (expert or
 * survey), its latest diagnosis compared with its sector group, its history, the
 * recommended policy mix, and the portfolio analysis over any filtered set of clusters.
 * Assessments are written by admins, analysts and the cluster's own managers.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  adviceLanguageFromHeader,
  adviceLanguages,
  adviceResultSchema,
  assessmentScores,
  assessmentInputSchema,
  assessmentKindSchema,
  assessmentKindsQuerySchema,
  defaultAnalysisKinds,
  assessmentSchema,
  assessmentSummarySchema,
  clusterListQuerySchema,
  diagnosisResultSchema,
  portfolioAnalysis,
  portfolioResultSchema,
} from '@polos/core';
import { collectiveEfficiencyDegrees } from '@polos/core/vocabulary-lists';
import { z } from 'zod';
import { permissions } from '@polos/core/permissions';
import { actorOf, type AppEnv } from '../../context';
import { forbidden, notFound } from '../../errors';
import { assessmentBodyLimit } from './assessment.routes';
import { adviceOf, diagnosisOf, latestDiagnosis, plain } from './diagnosis.service';
import { visibleCluster } from '../clusters/clusters.service';
import { requireUser } from '../../auth/require-user';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';

const idParam = z.object({ id: z.string().min(1).max(100) });
const unknownQuery = z.object({
  unknown: z
    .enum(['zero', 'rescale'])
    .default('zero')
    .describe("Unknown items: `zero` (the IDB study's convention) or `rescale`. __Default:__ `zero`."),
});
/** `kinds` of the portfolio and the group averages (decision 100). */
const kindsQuery = z.object({
  kinds: assessmentKindsQuerySchema
    .optional()
    .describe(
      'Which kinds of assessment count, comma-separated (`published_study`, `expert`, `self_assessment`, `survey`): each cluster contributes its latest assessment of one of them. __Default:__ `published_study,expert`.',
    ),
});
// Results of the pure core, published with their schemas (core domain/*-result.ts).
const diagnosisResult = diagnosisResultSchema;
const adviceResult = adviceResultSchema;

export function registerDiagnosisRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clusters/{id}/assessments',
      tags: ['diagnosis'],
      summary: "A cluster's assessments, newest first, each with its diagnosis (the history)",
      description:
        "Each assessment with its aggregated scores and `respondentCount`; the respondents' answers are read one assessment at a time (GET /api/clusters/{id}/assessments/{assessmentId}).",
      request: { params: idParam, query: unknownQuery },
      responses: {
        200: json(
          z.array(z.object({ assessment: assessmentSummarySchema, diagnosis: diagnosisResult })),
          'The history',
        ),
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { unknown } = c.req.valid('query');
      const cluster = await visibleCluster(c, id);
      const history = await c.get('deps').store.listAssessments(id);
      return c.json(
        plain(history.map((a) => ({ assessment: a, diagnosis: diagnosisOf(cluster, a, unknown) }))),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/clusters/{id}/assessments',
      tags: ['diagnosis'],
      summary: 'Record a dated assessment (expert scores, or a survey of several respondents)',
      description:
        'Method `expert`: send `scores`. Method `survey`: send `respondents` (kept as given); the item scores are their median (or mean, `aggregation`). ' +
        'Returns the assessment with its diagnosis and advice (in the language of `lang`, else of Accept-Language, else English). Admins, analysts and the managers of this cluster. ' +
        'At most 2,000 respondents and a 2 MB body (413 beyond).',
      security: secured,
      middleware: [assessmentBodyLimit] as const,
      request: {
        params: idParam,
        query: z.object({
          lang: z.enum(adviceLanguages).optional().describe('Language of the advice texts: en, es or pt.'),
        }),
        body: { content: { 'application/json': { schema: assessmentInputSchema } }, required: true },
      },
      responses: {
        201: json(
          z.object({ assessment: assessmentSchema, diagnosis: diagnosisResult, advice: adviceResult }),
          'Recorded',
        ),
        ...errorsOf(400, 401, 403, 404, 413),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      if (!permissions.writeAssessment(user, id)) throw forbidden(`you may not assess cluster "${id}"`);
      const kind = input.kind ?? permissions.defaultAssessmentKind(user, input.method);
      if (!permissions.recordAssessmentKind(user, id, kind))
        throw forbidden(
          `kind: a cluster's manager records a "self_assessment" or a "survey", not "${kind}" (admins and analysts record the other kinds)`,
        );
      const cluster = await visibleCluster(c, id);
      const scores = assessmentScores(input);
      const assessment = await c
        .get('deps')
        .store.createAssessment(id, { ...input, scores, kind }, actorOf(user));
      const language =
        c.req.valid('query').lang ?? adviceLanguageFromHeader(c.req.header('accept-language')) ?? 'en';
      const { diagnosis, advice } = adviceOf(cluster, assessment, {
        unknown: 'zero',
        language,
        dataPath: c.get('deps').config.dataPath,
      });
      c.header('Content-Language', advice.language);
      return c.json(plain({ assessment, diagnosis, advice }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clusters/{id}/diagnosis',
      tags: ['diagnosis'],
      summary: "The cluster's latest diagnosis, the latest of each kind, and its sector group's averages",
      description:
        '`assessment` is the latest of any kind (its `kind` says whose scores); `latestByKind` the latest of each kind the cluster has. The group averages use the latest assessment of one of `kinds` of each cluster of the group (`groupKinds`). ' +
        'A cluster without an assessment answers 404, or `null` with 200 when `missing=null` (an empty state, not an error: the web asks so).',
      request: {
        params: idParam,
        query: unknownQuery.extend(kindsQuery.shape).extend({
          missing: z
            .enum(['404', 'null'])
            .default('404')
            .describe('No assessment yet: `404` (an error) or `null` (200). __Default:__ `404`.'),
        }),
      },
      responses: {
        200: json(
          z
            .object({
              assessment: assessmentSummarySchema,
              diagnosis: diagnosisResult,
              latestByKind: z
                .array(z.object({ assessment: assessmentSummarySchema, diagnosis: diagnosisResult }))
                .describe('The latest assessment of each kind the cluster has, in the order of the kinds.'),
              groupAverages: z.record(z.string(), z.number().nullable()),
              groupSize: z.number(),
              groupKinds: z.array(assessmentKindSchema).describe('The kinds the group averages use.'),
            })
            .nullable(),
          'The latest diagnosis; `null` when there is none and `missing=null`',
        ),
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { unknown, kinds, missing } = c.req.valid('query');
      const cluster = await visibleCluster(c, id);
      const latest = await latestDiagnosis(
        c.get('deps').store,
        cluster,
        c.get('user'),
        unknown,
        kinds ?? defaultAnalysisKinds,
        c.get('dataVersion'),
      );
      if (!latest && missing === 'null') return c.json(null, 200);
      if (!latest) throw notFound('assessment of cluster', id);
      return c.json(plain(latest), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clusters/{id}/advice',
      tags: ['diagnosis'],
      summary:
        'The recommended policy mix from the latest diagnosis, each action with its triggers and sources',
      description:
        'Texts (action labels and descriptions, objectives, rationales, trigger texts) in the language of `lang`, else of the Accept-Language header, else English; `language` in the answer says which. Sources stay as published.',
      request: {
        params: idParam,
        query: unknownQuery.extend({
          lang: z
            .enum(adviceLanguages)
            .optional()
            .describe(
              'Language of the texts: `en`, `es` or `pt`. __Default:__ from Accept-Language, else `en`.',
            ),
        }),
      },
      responses: {
        200: json(adviceResult, 'The advice, with `language`'),
        ...errorsOf(400, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { unknown, lang } = c.req.valid('query');
      const cluster = await visibleCluster(c, id);
      const [latest] = await c.get('deps').store.listAssessments(id);
      if (!latest) throw notFound('assessment of cluster', id);
      const language = lang ?? adviceLanguageFromHeader(c.req.header('accept-language')) ?? 'en';
      const { advice } = adviceOf(cluster, latest, {
        unknown,
        language,
        dataPath: c.get('deps').config.dataPath,
      });
      c.header('Content-Language', advice.language);
      c.header('Vary', 'Accept-Language', { append: true });
      return c.json(plain(advice), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/portfolio',
      tags: ['diagnosis'],
      summary:
        'Portfolio analysis over the clusters matching the filters (their latest assessment of the kinds chosen)',
      description:
        'Averages by sector group, upgrading by degree of collective efficiency, correlations (Pearson, Spearman, n), degree counts, and `points`: each cluster with its EEI, JAI, ICE, degree, upgrading scores and the kind and date of the assessment they come from (for scatters; unknown values follow `unknown`). ' +
        'Each cluster counts with its latest assessment of one of `kinds` (default `published_study,expert`: a self-assessment or a survey never silently replaces the study’s or an expert’s score); `kinds` in the answer says which were used.',
      request: {
        query: clusterListQuerySchema.omit({ limit: true, offset: true }).extend({
          ...kindsQuery.shape,
          unknown: z
            .enum(['zero', 'skip'])
            .default('zero')
            .describe('Unknown scores: `zero` (the study) or `skip`.'),
          degree: z
            .enum(collectiveEfficiencyDegrees)
            .optional()
            .describe('Only clusters whose latest assessment has this degree of collective efficiency.'),
        }),
      },
      responses: {
        200: json(portfolioResultSchema, 'The analysis'),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { unknown, kinds: chosen, ...filters } = c.req.valid('query');
      const kinds = chosen ?? [...defaultAnalysisKinds];
      // Every matching cluster with an assessment of those kinds, its latest such one's scores
      // and stored indices (the degree filter is SQL over the stored degree).
      const assessed = await c.get('deps').store.portfolioRows(filters, {
        includePrivate: permissions.readPrivate(c.get('user')),
        kinds,
      });
      // The analysis and one point per cluster for scatters (the pipeline's conventions).
      const result = portfolioAnalysis(
        assessed.map((x) => ({
          clusterId: x.id,
          name: x.name,
          country: x.country,
          sectorGroup: x.sectorGroup,
          scores: x.scores,
          assessment: { kind: x.kind, assessedOn: x.assessedOn, datePrecision: x.datePrecision },
        })),
        { unknown, kinds },
      );
      return c.json(result, 200);
    },
  );
}
