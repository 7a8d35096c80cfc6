/** Counts of the filtered clusters per country and region (`GET /api/clusters/counts`), for the explore map. */
import type { SectorGroup } from '@polos/core';
import { getJson } from '../api-client';

export interface ClusterCounts {
  total: number;
  /** ISO 3166-1 alpha-2 → number of clusters. */
  countries: Record<string, number>;
  /** Region code (e.g. NUTS-2 `ES21`) → number of clusters, where a cluster carries one. */
  regions: Record<string, number>;
  /** Name and centre of the region codes that are NUTS-2 regions. */
  regionPlaces: Record<string, { name: string; lon: number; lat: number }>;
}

export function getClusterCounts(
  filters: { q?: string; sector_group?: SectorGroup; region?: string; degree?: string },
  signal?: AbortSignal,
): Promise<ClusterCounts> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return getJson<ClusterCounts>(`/api/clusters/counts${query ? `?${query}` : ''}`, signal);
}
