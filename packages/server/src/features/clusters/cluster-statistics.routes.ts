/**
 * `GET /api/clusters/{id}/statistics`: what the statistics say about a cluster (decision
 * 090) — read from the bundled dataset of its region system (DATASET_FOR_REGION_SYSTEM)
 * through datasetSpace; every case without figures is a status, never an error.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Cluster } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { DATASET_FOR_REGION_SYSTEM, datasetEntry, datasetSpace } from '../map/dataset-spaces';
import { spaceLang } from '../map/industry-space';
import {
  growthBetween,
  industryLevel,
  INDUSTRY_SYSTEM_FOR_REGION_SYSTEM,
  yearFigures,
} from './cluster-statistics';
import { clusterStatisticsSchema, type ClusterStatistics } from './cluster-statistics.schema';
import { visibleCluster } from './clusters.service';

type Status = ClusterStatistics['status'];

/** The cluster's statistical evidence in language `lang`. */
async function clusterStatistics(c: Context<AppEnv>, cluster: Cluster, lang: 'en' | 'es' | 'pt') {
  const { region, industry, note } = cluster.statisticalCodes;
  const base: ClusterStatistics = {
    clusterId: cluster.id,
    status: 'ok',
    message: '',
    region,
    industry,
    note,
    regionName: null,
    industryLabel: null,
    dataset: null,
    last: null,
    first: null,
    growth: null,
  };
  const answer = (status: Status, message: string, more: Partial<ClusterStatistics> = {}) => ({
    ...base,
    ...more,
    status,
    message,
  });
  if (!region || !industry) return answer('no-codes', 'the cluster has no region code or no industry code');
  const id = (DATASET_FOR_REGION_SYSTEM as Record<string, string>)[region.system];
  const entry = id ? await datasetEntry(c, id).catch(notFoundAsNull) : null;
  if (!entry) return answer('no-dataset', `no bundled dataset answers for ${region.system} regions`);
  const dataset = {
    id: entry.id,
    label: entry.label,
    source: entry.source,
    unit: entry.unit,
    years: entry.years,
  };
  const last = await datasetSpace(c, entry.id);
  const r = last.matrix.regions.indexOf(region.code);
  if (r < 0)
    return answer('region-not-found', `region ${region.code} is not in the dataset ${entry.id}`, { dataset });
  const regionName = last.places[r]?.name[lang] ?? null;
  const expected = INDUSTRY_SYSTEM_FOR_REGION_SYSTEM[region.system];
  const j = industry.system === expected ? last.matrix.industries.indexOf(industry.code) : -1;
  if (j < 0)
    return answer(
      'industry-not-found',
      `industry ${industry.system} ${industry.code} is not in the dataset ${entry.id}, which has ${industryLevel(last, expected)}`,
      { dataset, regionName },
    );
  const lastFigures = yearFigures(last, r, j);
  const firstYear = entry.years[0];
  let firstFigures = null;
  if (firstYear !== undefined && firstYear !== last.year) {
    const first = await datasetSpace(c, entry.id, firstYear);
    const r0 = first.matrix.regions.indexOf(region.code);
    const j0 = first.matrix.industries.indexOf(industry.code);
    if (r0 >= 0 && j0 >= 0) firstFigures = yearFigures(first, r0, j0);
  }
  return answer('ok', `figures of ${entry.label}`, {
    dataset,
    regionName,
    industryLabel: last.classification?.label(industry.code, lang) ?? null,
    last: lastFigures,
    first: firstFigures,
    growth: firstFigures ? growthBetween(firstFigures, lastFigures) : null,
  });
}

/** A dataset the caller may not see, or that is not bundled (yet): null. */
function notFoundAsNull(error: unknown): null {
  if (error instanceof ApiError && error.status === 404) return null;
  throw error;
}

export function registerClusterStatisticsRoute(app: OpenAPIHono<AppEnv>): void {
  resourceRoutes(app, 'clusters').get('/api/clusters/{id}/statistics', {
    summary: 'What the statistics say about a cluster (region and industry codes → bundled dataset)',
    description:
      "From the cluster's statistical codes: the bundled dataset of its region system, and for its last and first year the value, LQ, ranks among regions, strong cluster, stars and share; growth between them. Whoever may read the cluster. Cases without figures answer 200 with a `status`.",
    query: z.object({ lang: z.enum(['en', 'es', 'pt']).optional().describe('Language of names.') }),
    ok: json(clusterStatisticsSchema, "The cluster's statistical evidence"),
    async answer({ params: { id }, query: { lang } }, c) {
      const cluster = await visibleCluster(c, id);
      return clusterStatistics(c, cluster, spaceLang(lang));
    },
  });
}
