/**
 * Cooperation programmes and funding instruments (seeded from cooperation_programmes.csv):
 * `GET /api/programmes` (filters level, target, q) and `GET /api/programmes/{id}`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { paginationSchema, programmeLevelSchema, programmeSchema, programmeTargetSchema } from '@polos/core';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { pageSchemaOf, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';

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
  const routes = resourceRoutes(app, 'programmes');
  routes.get('/api/programmes', {
    summary: 'List cooperation programmes and funding instruments',
    query: listQuerySchema,
    ok: json(pageSchema, 'A page of programmes, by name'),
    answer: ({ query }, c) => c.get('deps').store.programmes.list(query),
  });

  routes.get('/api/programmes/{id}', {
    summary: 'Read a programme',
    ok: json(programmeSchema, 'The programme'),
    async answer({ params: { id } }, c) {
      const programme = await c.get('deps').store.programmes.get(id);
      if (!programme) throw notFound('programme', id);
      return programme;
    },
  });
}
