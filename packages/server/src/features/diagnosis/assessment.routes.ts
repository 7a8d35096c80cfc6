/**
 * One assessment at a time: read it with its respondents' answers (signed-in users; the
 * lists only count them), or delete it (admins, analysts and the cluster's managers).
 * Also the body limit of assessment writes (docs/decisions/065).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { assessmentSchema, assessmentSummarySchema } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { visibleCluster } from '../clusters/clusters.service';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';

/** Largest body of an assessment write: 2,000 respondents with long names fit (tested). */
export const ASSESSMENT_BODY_BYTES = 2 * 1024 * 1024;

/** Route middleware for POST /api/clusters/{id}/assessments. */
export const assessmentBodyLimit = bodyLimit({
  maxSize: ASSESSMENT_BODY_BYTES,
  onError: () => {
    throw new ApiError(
      413,
      'too_large',
      'an assessment body may be at most 2 MB (at most 2000 respondents); aggregate a larger survey first',
    );
  },
});

const params = z.object({
  id: z.string().min(1).max(100),
  assessmentId: z.string().min(1).max(100).describe('The assessment id (from the history).'),
});

export function registerAssessmentRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clusters/{id}/assessments/{assessmentId}',
      tags: ['diagnosis'],
      summary: "One assessment; signed-in users also get its respondents' answers",
      description:
        'Lists (history, diagnosis, portfolio) carry `respondentCount` only. Here `respondents` is included for signed-in users; anonymous readers of a public cluster get the aggregated scores and the count.',
      request: { params },
      responses: {
        200: json(
          assessmentSummarySchema.extend({
            respondents: assessmentSchema.shape.respondents
              .optional()
              .describe('Each respondent and their scores (signed-in users only).'),
          }),
          'The assessment',
        ),
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id, assessmentId } = c.req.valid('param');
      await visibleCluster(c, id);
      const assessment = await c.get('deps').store.getAssessment(id, assessmentId);
      if (!assessment) throw notFound(`assessment of cluster "${id}"`, assessmentId);
      if (permissions.readRespondents(c.get('user'))) return c.json(assessment, 200);
      const { respondents: _answers, ...summary } = assessment;
      return c.json(summary, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/clusters/{id}/assessments/{assessmentId}',
      tags: ['diagnosis'],
      summary: 'Delete an assessment (admins, analysts and the managers of this cluster); audited',
      security: secured,
      request: { params },
      responses: {
        204: { description: 'Deleted' },
        ...errorsOf(401, 403, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id, assessmentId } = c.req.valid('param');
      if (!permissions.deleteAssessment(user, id))
        throw forbidden(`you may not delete assessments of cluster "${id}"`);
      if (!(await c.get('deps').store.deleteAssessment(id, assessmentId, actorOf(user))))
        throw notFound(`assessment of cluster "${id}"`, assessmentId);
      return c.body(null, 204);
    },
  );
}
