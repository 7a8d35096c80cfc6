/** A `clusters` row as a `Cluster`, and the columns a cluster patch may set. */
import {
  NO_STATISTICAL_CODES,
  type Cluster,
  type ClusterPatch,
  type KeyFigures,
  type StatisticalCodes,
} from '@polos/core';
import type { Selectable } from 'kysely';
import type { ClustersTable } from '../database';
import { iso, parseJson, type PatchColumns } from './sql-values';

export function toCluster(r: Omit<Selectable<ClustersTable>, 'search'>): Cluster {
  return {
    id: r.id,
    name: r.name,
    country: r.country,
    region: r.region ?? null,
    location: r.location ?? null,
    sector: r.sector,
    sectorGroup: r.sector_group as Cluster['sectorGroup'],
    lifeCycleStage: (r.life_cycle_stage as Cluster['lifeCycleStage']) ?? null,
    description: r.description ?? null,
    isPublic: r.is_public,
    keyFigures: (r.key_figures as KeyFigures[] | null) ?? [],
    source: r.source ?? null,
    statisticalCodes: (parseJson(r.statistical_codes) as StatisticalCodes | null) ?? NO_STATISTICAL_CODES,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** Every column of a cluster but its search vector. */
export const CLUSTER_COLUMNS = [
  'id',
  'name',
  'country',
  'region',
  'location',
  'sector',
  'sector_group',
  'life_cycle_stage',
  'description',
  'is_public',
  'key_figures',
  'source',
  'statistical_codes',
  'created_at',
  'updated_at',
] as const;

export const clusterPatchColumns: PatchColumns<ClusterPatch> = [
  ['name', 'name'],
  ['country', 'country'],
  ['region', 'region'],
  ['location', 'location'],
  ['sector', 'sector'],
  ['sectorGroup', 'sector_group'],
  ['lifeCycleStage', 'life_cycle_stage'],
  ['description', 'description'],
  ['isPublic', 'is_public'],
  ['keyFigures', 'key_figures'],
  ['source', 'source'],
  ['statisticalCodes', 'statistical_codes'],
];
