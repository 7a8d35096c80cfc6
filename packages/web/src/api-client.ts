/** Typed client of the polos API (types only from @polos/core; nothing of the core is bundled). */
import type { Cluster, Page, SectorGroup } from '@polos/core';

export interface ApiErrorBody {
  error: { status: number; code: string; message: string; fields?: { path: string; message: string }[] };
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(body?.error.message ?? `HTTP ${status}`);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    ...(signal ? { signal } : {}),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as ApiErrorBody | undefined;
    throw new ApiRequestError(res.status, body);
  }
  return (await res.json()) as T;
}

export interface ClusterFilters {
  q?: string;
  country?: string;
  sector_group?: SectorGroup;
  limit: number;
  offset: number;
}

export function listClusters(filters: ClusterFilters, signal?: AbortSignal): Promise<Page<Cluster>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return getJson(`/api/clusters?${params}`, signal);
}
