/**
 * Cooperation programmes and funding instruments (seeded from cooperation_programmes.csv):
 * `GET /api/programmes` (filters level, target, q) and `GET /api/programmes/{id}`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { paginationSchema, programmeLevelSchema, programmeSchema, programmeTargetSchema } from '@polos/core';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { getRoute, idParam, pageSchemaOf } from '../../openapi/resource-routes';

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
  getRoute(app, {
    path: '/api/programmes',
    tag: 'programmes',
    summary: 'List cooperation programmes and funding instruments',
    query: listQuerySchema,
    schema: pageSchema,
    described: 'A page of programmes, by name',
    answer: ({ query }, c) => c.get('deps').store.programmes.list(query),
  });

  getRoute(app, {
    path: '/api/programmes/{id}',
    tag: 'programmes',
    summary: 'Read a programme',
    params: idParam,
    schema: programmeSchema,
    described: 'The programme',
    async answer({ params: { id } }, c) {
      const programme = await c.get('deps').store.programmes.get(id);
      if (!programme) throw notFound('programme', id);
      return programme;
    },
  });
}
