/** Counts of the filtered clusters per country and region (`GET /api/clusters/counts`), for the explore map. */
import type { SectorGroup } from '@polos/core';
import { getJson } from '../api-client';

export interface ClusterCounts {
  total: number;
  /** ISO 3166-1 alpha-2 → number of clusters. */
  countries: Record<string, number>;
  /** Region code (e.g. NUTS-2 `ES21`) → number of clusters, where a cluster carries one. */
  regions: Record<string, number>;
}

export function getClusterCounts(
  filters: { q?: string; sector_group?: SectorGroup; region?: string },
  signal?: AbortSignal,
): Promise<ClusterCounts> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return getJson<ClusterCounts>(`/api/clusters/counts${query ? `?${query}` : ''}`, signal);
}
