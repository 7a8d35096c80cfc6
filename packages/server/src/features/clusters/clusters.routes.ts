/** Clusters: list with filters and pagination, read, create, update, delete, import. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  clusterInputSchema,
  clusterListQuerySchema,
  clusterPatchSchema,
  clusterSchema,
  slugify,
} from '@polos/core';
import { z } from 'zod';
import { permissions } from '@polos/core/permissions';
import { actorOf, type AppEnv } from '../../context';
import { gazetteer } from '../map/geographies';
import { forbidden, notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { pageSchemaOf, resourceRoutes } from '../../openapi/resource-routes';
import { registerClusterImportRoute } from './cluster-import.routes';
import { registerClusterStatisticsRoute } from './cluster-statistics.routes';

const pageSchema = pageSchemaOf(clusterSchema, 'ClusterPage');
const tag = 'clusters';
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

  registerClusterImportRoute(app);
  registerClusterStatisticsRoute(app);
}
