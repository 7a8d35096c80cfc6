/**
 * Where the features find the computed space of a map studio dataset (industry-space.ts):
 * the map routes, the region profile, a cluster's statistical evidence and the RIS3 checks
 * all read through `datasetSpace`, so each dataset and year is computed once per server
 * (one cache per app, kept with its dependencies, and on disk between runs).
 */
import type { Context } from 'hono';
import { permissions } from '@polos/core/permissions';
import type { AppDeps, AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { join } from 'node:path';
import { defaultDataPath } from '../../config';
import { BUNDLED, SpaceCache, uploadedEntry, type DatasetEntry, type IndustrySpace } from './industry-space';
import { SpaceDiskCache } from './space-disk-cache';

/**
 * The cache of an app: in memory, and on disk under `<dataDir>/cache/map-spaces` when the
 * configuration names a data directory (the server; tests over the sources keep it in memory).
 */
export function spaceCache(config: {
  dataPath?: string | undefined;
  dataDir?: string | undefined;
}): SpaceCache {
  const dataPath = config.dataPath ?? defaultDataPath();
  return new SpaceCache(
    dataPath,
    6,
    config.dataDir ? new SpaceDiskCache(join(config.dataDir, 'cache', 'map-spaces')) : undefined,
  );
}

/**
 * Computes (or reads from disk) the last year of every bundled industry dataset, one after
 * the other, so a first view answers at once; `stopped()` ends it between two datasets.
 */
export async function warmBundledSpaces(
  spaces: SpaceCache,
  store: AppDeps['store'],
  stopped: () => boolean,
): Promise<string[]> {
  const warmed: string[] = [];
  for (const entry of BUNDLED) {
    if (stopped()) break;
    if (entry.kind !== 'industries') continue;
    await spaces.get(entry, entry.years.at(-1) ?? null, store);
    warmed.push(entry.id);
  }
  return warmed;
}

/**
 * The bundled industry dataset that answers for a region code system (a registry cluster's
 * region code, a RIS3 region): U.S. state and county FIPS, EU NUTS 2, Brazilian IBGE.
 */
export const DATASET_FOR_REGION_SYSTEM = {
  'fips-state': 'us-states-naics',
  'fips-county': 'us-counties-naics',
  nuts2: 'eu-nuts2-nace',
  'ibge-municipality': 'br-rais-municipalities',
  'ibge-state': 'br-rais-states',
} as const satisfies Record<string, string>;

/** The region code system of a bundled dataset's regions (EU datasets: NUTS 2), if it has one. */
export function regionSystemOf(datasetId: string): string | undefined {
  if (datasetId.startsWith('eu-nuts2-nace')) return 'nuts2';
  return Object.entries(DATASET_FOR_REGION_SYSTEM).find(([, id]) => id === datasetId)?.[0];
}

/** The dataset entry, if the caller may see it (uploads: signed-in readers of private data, or shared). */
export async function datasetEntry(c: Context<AppEnv>, id: string): Promise<DatasetEntry> {
  const bundled = BUNDLED.find((d) => d.id === id);
  if (bundled) return bundled;
  const d = await c.get('deps').store.getMapDatasetInfo(id);
  // Uploads: signed-in readers of private data, or everyone when shared.
  if (d && (d.shared || permissions.readPrivate(c.get('user')))) return uploadedEntry(d);
  throw notFound('map dataset', id);
}

/** The computed space of an industry dataset for a year (__Default:__ its last); 400 for a year it lacks. */
export async function datasetSpace(c: Context<AppEnv>, id: string, year?: number): Promise<IndustrySpace> {
  const entry = await datasetEntry(c, id);
  if (entry.kind !== 'industries')
    throw new ApiError(400, 'bad_request', `dataset ${id} is of clusters: GET /api/map/${id}/clusters`);
  let y: number | null = null;
  if (entry.years.length) {
    y = year ?? entry.years.at(-1)!;
    if (!entry.years.includes(y))
      throw new ApiError(400, 'bad_request', `dataset ${id} has the years ${entry.years.join(', ')}`, [
        { path: 'year', message: `a year from ${entry.years.join(', ')}` },
      ]);
  }
  const deps = c.get('deps');
  return deps.spaces.get(entry, y, deps.store);
}

/** Drops a deleted upload's spaces. */
export function forgetDataset(c: Context<AppEnv>, id: string): void {
  c.get('deps').spaces.forget(id);
}
