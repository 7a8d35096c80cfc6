/**
 * `POST /api/clusters/import`: clusters from CSV or JSON, all or nothing — every row is
 * validated first and one bad row rejects the file with the issues by row and field.
 * With `?async=true` (or `Prefer: respond-async`) the file is queued as a background job
 * (decision 106) and the answer is 202 with the job to follow at `GET /api/jobs/{id}`.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { permissions } from '@polos/core/permissions';
import { parseClusterFile } from '@polos/store';
import { z } from 'zod';
import { requireUser } from '../../auth/require-user';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden } from '../../errors';
import { jobSchema, jobView } from '../jobs/job.schema';
import {
  CLUSTER_IMPORT_ATTEMPTS,
  CLUSTER_IMPORT_JOB,
  importFailure,
  storableText,
} from './cluster-import-job';
import { errorsOf, json, secured } from '../../openapi/responses';

const importResultSchema = z
  .object({ inserted: z.number().int(), updated: z.number().int(), ids: z.array(z.string()) })
  .meta({ id: 'ImportResult' });

export function registerClusterImportRoute(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/clusters/import',
      tags: ['clusters'],
      summary: 'Import clusters from CSV or JSON (all or nothing)',
      description:
        'Body: CSV text (`Content-Type: text/csv`) or JSON (an array of ClusterInput, or `{ "clusters": [...] }`). ' +
        'Every row is validated first; one bad row rejects the whole file with 400 and `issues` naming file, row, field and reason. ' +
        '`mode=upsert` updates clusters whose id exists. Admins and analysts. ' +
        '`async=true` or the header `Prefer: respond-async`: the file is queued as a background job and the answer is 202 `{ job }`; ' +
        'follow it at `GET /api/jobs/{id}` (its `result` is the ImportResult, or for a refused file the error body this route would have answered).',
      security: secured,
      request: {
        query: z.object({
          mode: z.enum(['insert', 'upsert']).default('insert'),
          file: z.string().max(200).default('upload').describe('File name used in the issues report.'),
          async: z
            .enum(['true', 'false'])
            .optional()
            .describe(
              '`true`: import in the background (202 with the job), as `Prefer: respond-async` does.',
            ),
        }),
        // Plain OpenAPI schemas (not zod) on purpose: the body is parsed by the import
        // parser, which reports issues by file and row rather than by JSON path.
        body: {
          required: true,
          content: {
            'text/csv': { schema: { type: 'string', description: 'CSV with a header row (docs/api.md).' } },
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'array', items: { $ref: '#/components/schemas/ClusterInput' } },
                  {
                    type: 'object',
                    properties: {
                      clusters: { type: 'array', items: { $ref: '#/components/schemas/ClusterInput' } },
                    },
                    required: ['clusters'],
                  },
                ],
              },
            },
          },
        },
      },
      responses: {
        201: json(importResultSchema, 'Imported'),
        202: json(z.object({ job: jobSchema }), 'Queued as a background job (async)'),
        ...errorsOf(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!permissions.importClusters(user)) throw forbidden('only admins and analysts import clusters');
      const query = c.req.valid('query');
      const { mode, file } = query;
      const contentType = c.req.header('content-type') ?? '';
      const format = contentType.includes('json') ? 'json' : contentType.includes('csv') ? 'csv' : undefined;
      if (!format) throw new ApiError(415, 'unsupported_media_type', 'send text/csv or application/json');
      const content = await c.req.text();
      const { store, jobs } = c.get('deps');
      if (query.async === 'true' || /\brespond-async\b/i.test(c.req.header('prefer') ?? '')) {
        // Off the request path: the worker parses, validates and writes (cluster-import-job.ts).
        const job = await store.jobs.enqueue({
          kind: CLUSTER_IMPORT_JOB,
          payload: { content: storableText(content), format, mode, file, actor: actorOf(user) },
          createdBy: user.id,
          maxAttempts: CLUSTER_IMPORT_ATTEMPTS,
        });
        jobs.wake();
        c.header('Preference-Applied', 'respond-async');
        c.header('Location', `/api/jobs/${job.id}`);
        return c.json({ job: jobView(job) }, 202);
      }
      try {
        const rows = parseClusterFile(content, { fileName: file, format });
        const result = await store.importClusters(rows, actorOf(user), { mode, source: file });
        return c.json({ ...result, ids: rows.map((r) => r.cluster.id) }, 201);
      } catch (error) {
        throw importFailure(error, file) ?? error;
      }
    },
  );
}
