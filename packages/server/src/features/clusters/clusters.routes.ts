/** Clusters: list with filters and pagination, read, create, update, delete, import. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  clusterInputSchema,
  clusterListQuerySchema,
  clusterPatchSchema,
  clusterSchema,
  slugify,
} from '@polos/core';
import { ConflictError, ImportValidationError, parseClusterFile } from '@polos/store';
import { z } from 'zod';
import { permissions } from '@polos/core/permissions';
import { actorOf, type AppEnv } from '../../context';
import { gazetteer } from '../map/geographies';
import { ApiError, forbidden, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { pageSchemaOf, resourceRoutes } from '../../openapi/resource-routes';

const pageSchema = pageSchemaOf(clusterSchema, 'ClusterPage');
const tag = 'clusters';
const importResultSchema = z
  .object({ inserted: z.number().int(), updated: z.number().int(), ids: z.array(z.string()) })
  .meta({ id: 'ImportResult' });

const clusterCountsSchema = z
  .object({
    total: z.number().int().describe('Number of clusters matching the filters.'),
    countries: z
      .record(z.string(), z.number().int())
      .describe('ISO 3166-1 alpha-2 code → number of clusters.'),
    regions: z
      .record(z.string(), z.number().int())
      .describe('Region code → number of clusters (where known).'),
    regionPlaces: z
      .record(z.string(), z.object({ name: z.string(), lon: z.number(), lat: z.number() }))
      .describe(
        'For the region codes that are NUTS 2021 level-2 regions: their name and centre (for map markers).',
      ),
  })
  .meta({ id: 'ClusterCounts' });

export function registerClusterRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/clusters', {
    summary: 'List clusters',
    description:
      'Filters: `q` (full text over name, location and sector; accent-insensitive, prefix), `country`, `sector_group`, `region` (exact region code, e.g. ES21), `degree` (of collective efficiency, latest assessment). Anonymous callers see public clusters only.',
    query: clusterListQuerySchema,
    ok: json(pageSchema, 'A page of clusters'),
    answer: ({ query }, c) =>
      c.get('deps').store.listClusters(query, { includePrivate: permissions.readPrivate(c.get('user')) }),
  });

  routes.get('/api/clusters/counts', {
    summary: 'Counts of the filtered clusters per country and per region (for maps)',
    description:
      'Same filters as `GET /api/clusters` (without pagination). `countries`: ISO alpha-2 → count; `regions`: region code → count, only for clusters that carry a region code.',
    query: clusterListQuerySchema.omit({ limit: true, offset: true }),
    ok: json(clusterCountsSchema, 'Counts of the filtered clusters'),
    async answer({ query: filters }, c) {
      const includePrivate = permissions.readPrivate(c.get('user'));
      const countries: Record<string, number> = {};
      const regions: Record<string, number> = {};
      const clusters = await c.get('deps').store.clusterSummaries(filters, { includePrivate });
      for (const cl of clusters) {
        countries[cl.country] = (countries[cl.country] ?? 0) + 1;
        if (cl.region) regions[cl.region] = (regions[cl.region] ?? 0) + 1;
      }
      const total = clusters.length;
      const nuts = await gazetteer(c.get('deps').config.dataPath, 'eu-nuts2');
      const regionPlaces: Record<string, { name: string; lon: number; lat: number }> = {};
      for (const code of Object.keys(regions)) {
        const m = nuts.match(code);
        if (m.feature && m.centroid)
          regionPlaces[code] = { name: m.name.en, lon: m.centroid[0], lat: m.centroid[1] };
      }
      return { total, countries, regions, regionPlaces };
    },
  });

  routes.get('/api/clusters/{id}', {
    summary: 'Read a cluster',
    ok: json(clusterSchema, 'The cluster'),
    async answer({ params: { id } }, c) {
      const cluster = await c.get('deps').store.getCluster(id);
      if (!cluster || (!cluster.isPublic && !permissions.readPrivate(c.get('user'))))
        throw notFound('cluster', id);
      return cluster;
    },
  });

  routes.write('post', '/api/clusters', {
    summary: 'Create a cluster',
    description: 'Admins and analysts. `id` is derived from `name` when absent.',
    body: clusterInputSchema,
    ok: json(clusterSchema, 'Created'),
    errors: [400, 403, 409],
    write(user, { body: input }, c) {
      if (!permissions.createCluster(user)) throw forbidden('only admins and analysts create clusters');
      const id = input.id ?? slugify(input.name);
      return c.get('deps').store.createCluster({ ...input, id }, actorOf(user));
    },
  });

  routes.write('patch', '/api/clusters/{id}', {
    summary: 'Update a cluster',
    description: 'Admins, analysts, and the cluster managers granted this cluster.',
    body: clusterPatchSchema,
    ok: json(clusterSchema, 'Updated'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body }, c) {
      if (!permissions.updateCluster(user, id)) throw forbidden(`you may not edit cluster "${id}"`);
      const cluster = await c.get('deps').store.updateCluster(id, body, actorOf(user));
      if (!cluster) throw notFound('cluster', id);
      return cluster;
    },
  });

  routes.remove('/api/clusters/{id}', {
    summary: 'Delete a cluster (admins)',
    async remove(user, { id }, c) {
      if (!permissions.deleteCluster(user)) throw forbidden('only admins delete clusters');
      if (!(await c.get('deps').store.deleteCluster(id, actorOf(user)))) throw notFound('cluster', id);
    },
  });

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
            error.issues.map((i) => ({ path: `row ${i.row}.${i.field}`, message: i.message })),
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
