/**
 * `POST /api/clusters/import`: clusters from CSV or JSON, all or nothing — every row is
 * validated first and one bad row rejects the file with the issues by row and field.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { permissions } from '@polos/core/permissions';
import { ConflictError, ImportValidationError, parseClusterFile } from '@polos/store';
import { z } from 'zod';
import { requireUser } from '../../auth/require-user';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden } from '../../errors';
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
        '`mode=upsert` updates clusters whose id exists. Admins and analysts.',
      security: secured,
      request: {
        query: z.object({
          mode: z.enum(['insert', 'upsert']).default('insert'),
          file: z.string().max(200).default('upload').describe('File name used in the issues report.'),
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
        ...errorsOf(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!permissions.importClusters(user)) throw forbidden('only admins and analysts import clusters');
      const { mode, file } = c.req.valid('query');
      const contentType = c.req.header('content-type') ?? '';
      const format = contentType.includes('json') ? 'json' : contentType.includes('csv') ? 'csv' : undefined;
      if (!format) throw new ApiError(415, 'unsupported_media_type', 'send text/csv or application/json');
      const content = await c.req.text();
      try {
        const rows = parseClusterFile(content, { fileName: file, format });
        const result = await c.get('deps').store.importClusters(rows, actorOf(user), { mode, source: file });
        return c.json({ ...result, ids: rows.map((r) => r.cluster.id) }, 201);
      } catch (error) {
        if (error instanceof ImportValidationError) {
          throw new ApiError(
            400,
            'invalid_import',
            `${error.issues.length} problem(s) in ${file}; nothing was imported`,
            error.issues.map((i) => ({
              path: `row ${i.row}.${i.field}`,
              message: i.message,
              ...(i.rule ? { rule: i.rule } : {}),
            })),
            { issues: error.issues },
          );
        }
        if (error instanceof ConflictError) {
          throw new ApiError(
            409,
            'conflict',
            `${error.message}; nothing was imported (use mode=upsert to update)`,
          );
        }
        throw error;
      }
    },
  );
}
