/**
 * POST /api/map/datasets: an analyst's statistical table for the map studio (the work is
 * in map/upload-service.ts; docs/api.md).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { forbidden } from '../../errors';
import { GEOGRAPHIES } from './geographies';
import { uploadDataset } from './upload-service';
import { requireUser } from '../../auth/require-user';
import { datasetSchema } from './map-dataset.schema';
import { errorsOf, json, secured } from '../../openapi/responses';

const uploadResultSchema = z
  .object({
    dataset: datasetSchema,
    rows: z.number().int(),
    regions: z.number().int(),
    industries: z.number().int(),
    matched: z.number().int().describe('Regions found on the chosen boundaries.'),
    unmatched: z
      .array(z.string())
      .describe('Region codes with no shape (at most 20 listed); kept in the measures.'),
    notes: z
      .array(z.string())
      .describe('What the reader did (values read as missing, rows summed), in English.'),
  })
  .meta({ id: 'MapUploadResult' });

export function registerMapUploadRoute(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/map/datasets',
      tags: ['maps'],
      summary: 'Upload a statistical table (CSV or CSV.gz, all or nothing)',
      description:
        'Body: the file as sent (`text/csv`, `application/gzip` or `application/octet-stream`; gzip is recognised by its first bytes), at most 100 MB (`POLOS_MAX_UPLOAD_MB`). ' +
        'Long format: one row per region × industry [× year], columns named by `region`, `industry`, `value` (and `year_column` with `year`). ' +
        'Missing or suppressed values (empty, D, S, N, X, NA, -, …) stay missing. Every problem is reported with file, line and column; nothing is stored unless the whole file is good. ' +
        'A table over the limits (`POLOS_MAX_REGIONS`, `POLOS_MAX_INDUSTRIES`, `POLOS_MAX_CELLS`, `POLOS_MAX_ROWS`, `POLOS_MAX_DECOMPRESSED_MB`; docs/configuration.md) is refused with 413 where the reader finds it. ' +
        'The file is read on a worker thread: the server keeps answering meanwhile. Admins and analysts.',
      security: secured,
      request: {
        query: z.object({
          name: z.string().trim().min(1).max(120).describe('Name shown in the studio.'),
          geography: z.enum(GEOGRAPHIES).describe('Boundaries the region codes name.'),
          region: z.string().min(1).max(100).describe('Column of region codes.'),
          industry: z.string().min(1).max(100).describe('Column of industry or product codes.'),
          value: z.string().min(1).max(100).describe('Column of values (employment, exports, …).'),
          year: z.string().max(10).optional().describe('Keep only this year (needs the year column).'),
          year_column: z.string().max(100).optional().describe('__Default:__ year.'),
          level: z.coerce
            .number()
            .int()
            .optional()
            .describe('Keep NAICS codes of exactly this many digits (2–6).'),
          unit: z.string().max(40).default(''),
          shared: z
            .enum(['true', 'false'])
            .default('false')
            .describe('true: listed and readable by everyone, signed in or not (as the bundled datasets).'),
          file: z.string().max(200).default('upload.csv').describe('File name used in the problems report.'),
        }),
        body: {
          required: true,
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/gzip': { schema: { type: 'string', format: 'binary' } },
            'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
          },
        },
      },
      responses: {
        201: json(uploadResultSchema, 'Stored'),
        ...errorsOf(400, 401, 403, 413),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!permissions.importStatistics(user)) throw forbidden('only admins and analysts upload datasets');
      return c.json(await uploadDataset(c, user, c.req.valid('query')), 201);
    },
  );
}
