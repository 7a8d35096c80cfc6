/** Counts of the filtered clusters per country and region (`GET /api/clusters/counts`), for the explore map. */
import { answerOf, api, type Schemas } from '../api-client';
import type { paths } from './schema.generated';

/** Per country (ISO alpha-2) and region code (e.g. NUTS-2 `ES21`), with the NUTS-2 regions' names and centres. */
export type ClusterCounts = Schemas['ClusterCounts'];

export type CountsFilters = NonNullable<paths['/api/clusters/counts']['get']['parameters']['query']>;

export function getClusterCounts(filters: CountsFilters, signal?: AbortSignal): Promise<ClusterCounts> {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  return answerOf(api.GET('/api/clusters/counts', { params: { query }, signal }));
}
