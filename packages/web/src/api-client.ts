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

export function getCluster(id: string, signal?: AbortSignal): Promise<Cluster> {
  return getJson(`/api/clusters/${encodeURIComponent(id)}`, signal);
}

/** Shapes of the diagnosis and advice results (docs/methods/diagnosis.md, advice.md). */
export interface DiagnosisView {
  assessment: { assessedOn: string; assessor: string; method: string; source?: string | null };
  diagnosis: {
    collectiveEfficiency: {
      eei: number | null;
      jai: number | null;
      ice: number | null;
      degree: 'high' | 'medium' | 'low' | null;
      unknownItems: number;
    };
    items: Record<string, number | null>;
    weakestItems: string[];
    upgrading: { scores: Record<string, number | null>; gaps: string[] };
    governance: { chains: Array<{ governance: string; scope: string; description: string | null }> };
  };
  groupAverages: Record<string, number | null>;
  groupSize: number;
}

export interface AdviceView {
  rulesVersion: string;
  recommendations: Array<{
    action: string;
    actionLabel: string;
    objectiveLabel: string;
    priority: 'high' | 'medium' | 'low';
    rationale: string[];
    triggers: Array<{ text: string }>;
    sources: Array<{ title: string; authors: string[]; year: number; section: string }>;
  }>;
}

/** `undefined` when the cluster has no assessment yet (404). */
export async function getDiagnosis(id: string, signal?: AbortSignal): Promise<DiagnosisView | undefined> {
  try {
    return await getJson(`/api/clusters/${encodeURIComponent(id)}/diagnosis`, signal);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return undefined;
    throw error;
  }
}

export function getAdvice(id: string, signal?: AbortSignal): Promise<AdviceView> {
  return getJson(`/api/clusters/${encodeURIComponent(id)}/advice`, signal);
}
