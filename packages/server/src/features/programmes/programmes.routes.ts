/**
 * Cooperation programmes and funding instruments (seeded from cooperation_programmes.csv):
 * `GET /api/programmes` (filters level, target, q) and `GET /api/programmes/{id}`.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { paginationSchema, programmeLevelSchema, programmeSchema, programmeTargetSchema } from '@polos/core';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { errorResponses, json } from '../../openapi/responses';
import { idParam, pageSchemaOf } from '../../openapi/resource-routes';

const pageSchema = pageSchemaOf(programmeSchema, 'ProgrammePage');
const listQuerySchema = paginationSchema.extend({
  level: programmeLevelSchema.optional(),
  target: programmeTargetSchema.optional(),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Full-text search over name, acronym, funder and what it funds.'),
});

export function registerProgrammeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes',
      tags: ['programmes'],
      summary: 'List cooperation programmes and funding instruments',
      request: { query: listQuerySchema },
      responses: { 200: json(pageSchema, 'A page of programmes, by name'), 400: errorResponses[400] },
    }),
    async (c) => c.json(await c.get('deps').store.programmes.list(c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}',
      tags: ['programmes'],
      summary: 'Read a programme',
      request: { params: idParam },
      responses: { 200: json(programmeSchema, 'The programme'), 404: errorResponses[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const programme = await c.get('deps').store.programmes.get(id);
      if (!programme) throw notFound('programme', id);
      return c.json(programme, 200);
    },
  );
}
