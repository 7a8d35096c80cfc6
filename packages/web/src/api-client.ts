/** Typed client of the polos API (types only from @polos/core; nothing of the core is bundled). */
import type { Cluster, Page, SectorGroup, User } from '@polos/core';

export interface ApiErrorBody {
  error: { status: number; code: string; message: string; fields?: { path: string; message: string }[] };
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
    /** Seconds to wait before trying again (the Retry-After header of a 429). */
    readonly retryAfter?: number,
  ) {
    super(body?.error.message ?? `HTTP ${status}`);
  }
}

async function failure(res: Response): Promise<ApiRequestError> {
  const body = (await res.json().catch(() => undefined)) as ApiErrorBody | undefined;
  const retryAfter = Number(res.headers.get('retry-after'));
  return new ApiRequestError(
    res.status,
    body,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    ...(signal ? { signal } : {}),
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

export interface ClusterFilters {
  q?: string;
  country?: string;
  sector_group?: SectorGroup;
  region?: string;
  degree?: 'high' | 'medium' | 'low';
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
  /** The language of the texts (`lang` asked for, if the server has it). */
  language: 'en' | 'es' | 'pt';
  recommendations: Array<{
    action: string;
    actionLabel: string;
    actionDescription: string;
    objectiveLabel: string;
    sectorPriority: { id: string; label: string } | null;
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

/** The advice's texts in `lang` (en, es, pt). */
export function getAdvice(id: string, lang: string, signal?: AbortSignal): Promise<AdviceView> {
  return getJson(`/api/clusters/${encodeURIComponent(id)}/advice?lang=${encodeURIComponent(lang)}`, signal);
}

/**
 * CSRF token of the signed-in session (from /api/auth/me or the login answer); the
 * session module keeps it current. Every cookie-authenticated write must send it.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A write (POST, PATCH, PUT, DELETE) with a JSON body; errors as ApiRequestError (fields per input). */
export async function sendJson<T>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw await failure(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export interface Me {
  user: User | null;
  csrfToken: string | null;
}

export function getMe(signal?: AbortSignal): Promise<Me> {
  return getJson('/api/auth/me', signal);
}

/** GET /api/portfolio: the analysis of the filtered, assessed clusters (docs/methods/diagnosis.md). */
export interface PortfolioGroupView {
  sectorGroup: string;
  n: number;
  averages: Record<string, number | null | undefined>;
  correlations: Record<string, { pearson: number | null; spearman: number | null; n: number }>;
  degrees: Record<'high' | 'medium' | 'low', number>;
}

export interface PortfolioView {
  unknown: 'zero' | 'skip';
  groups: PortfolioGroupView[];
  all: PortfolioGroupView;
  clusters: string[];
  points: Array<{
    clusterId: string;
    name: string;
    country: string;
    sectorGroup: string;
    eei: number | null;
    jai: number | null;
    ice: number | null;
    degree: 'high' | 'medium' | 'low' | null;
    upgrading: Record<string, number | null>;
  }>;
}

export function getPortfolio(
  filters: { country?: string; sector_group?: string; degree?: string },
  signal?: AbortSignal,
): Promise<PortfolioView> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return getJson(`/api/portfolio?${params}`, signal);
}

/** GET /api/map/us-states/clusters: benchmark clusters × states (row-major arrays). */
export interface StateClustersView {
  dataset: string;
  year: number;
  regions: string[];
  clusters: Array<{ name: string; type: 'traded' | 'local' }>;
  employment: Array<number | null>;
  lq: Array<number | null>;
  strong: number[];
  stars: number[];
  strength: Array<number | null>;
  relatedness: {
    clusters: string[];
    proximity: number[];
    complexity: Array<number | null>;
    density: Array<number | null>;
    present: number[];
    opportunities: Array<Array<{ cluster: number; density: number; complexity: number; score: number }>>;
  };
}

/** GET /api/map/datasets: one statistical dataset of the map studio. */
export interface MapDatasetView {
  id: string;
  kind: 'clusters' | 'industries';
  label: string;
  source: string;
  geography: 'world-countries' | 'us-states' | 'us-counties' | 'eu-nuts2';
  boundary: string;
  boundaryObject: string | null;
  unit: string;
  years: number[];
  uploaded: { by: string | null; at: string; file: string; rows: number } | null;
}

/** GET /api/map/datasets/{id}/space. */
export interface SpaceView {
  dataset: MapDatasetView;
  year: number | null;
  regions: Array<{
    code: string;
    name: string;
    feature: string | null;
    total: number;
    diversity: number;
    eci: number | null;
  }>;
  industries: Array<{
    code: string;
    label: string;
    group: string | null;
    total: number;
    ubiquity: number;
    pci: number | null;
  }>;
  groups: Array<{ id: string; label: string }>;
  edges: Array<[number, number, number]>;
  /** The first `tree` edges form the maximum spanning forest. */
  tree: number;
  notes: string[];
}

/** GET /api/map/datasets/{id}/industries/{code}: per region, in the order of the space. */
export interface IndustryView {
  code: string;
  label: string;
  pci: number | null;
  value: Array<number | null>;
  lq: Array<number | null>;
  present: number[];
  density: Array<number | null>;
}

/** GET /api/map/datasets/{id}/regions/{code}. */
export interface RegionView {
  code: string;
  name: string;
  eci: number | null;
  specialisations: Array<{ industry: number; value: number; lq: number }>;
  /** Every industry with LQ ≥ 1 (indices). */
  present: number[];
  opportunities: Array<{ industry: number; density: number; complexity: number; score: number }>;
}

export interface UploadResult {
  dataset: MapDatasetView;
  rows: number;
  regions: number;
  industries: number;
  matched: number;
  unmatched: string[];
  notes: string[];
}

/**
 * POST /api/map/datasets with the file as the body (XMLHttpRequest, for upload progress):
 * `onProgress(sent, total)` while the bytes go; the promise settles once the server has
 * checked and stored the file (or refused it: ApiRequestError with every problem).
 */
export function uploadDataset(
  query: Record<string, string>,
  file: Blob,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/map/datasets?${new URLSearchParams(query)}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) resolve(body as UploadResult);
      else reject(new ApiRequestError(xhr.status, body as ApiErrorBody | undefined));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
