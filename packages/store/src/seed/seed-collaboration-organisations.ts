/**
 * Seeds the 104 organisations of the EU–LAC report (data/eu-lac-collaboration/
 * cluster_organisations.csv) with their sector codes (organisation_sectors.csv), parsed by
 * core's row parsers (decision 076):
 * - an organisation already seeded from data/eu-lac-clusters (the 17 Basque associations)
 *   with the same name in Spain is completed, not duplicated: it keeps its id and its
 *   cluster, gains the profile fields, and records the dataset id (for the agreements);
 * - the others are inserted under their dataset id, published and public;
 * - the three rows without a country get the country of their seat (below).
 */
import { join } from 'node:path';
import {
  type CollaborationOrganisation,
  type OrganisationInput,
  type OrganisationSectors,
  parseOrganisationRows,
  parseOrganisationSectorRows,
  type RowsResult,
} from '@polos/core';
import { readCsvFile } from '../files/read-csv';
import type { SqlStore } from '../sql-store';
import type { Actor } from '../store';

const seedActor: Actor = { userId: null, label: 'seed' };
const SOURCE =
  'Paton, Bercovich & Barroeta (2018), Clusters and Cluster Policy: EU–LAC (data/eu-lac-collaboration)';

/** The seat of the organisations the report names without a country (added by polos). */
export const seatCountries: Readonly<Record<string, string>> = {
  'silicon-saxony': 'DE', // Saxony, a German Land
  'tci-network': 'ES', // TCI Network's secretariat, Barcelona
  idb: 'US', // Inter-American Development Bank, Washington DC
};

/** The parsed rows, or an error naming the file and the first three bad rows and fields. */
export function rowsOrThrow<T>(file: string, r: RowsResult<T>): T[] {
  if (r.ok) return r.items;
  const first = r.errors
    .slice(0, 3)
    .map((e) => `row ${e.row} ${e.field}: ${e.message}`)
    .join('; ');
  throw new Error(`${file}: ${first}`);
}

function wiodMap(folder: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { values: v } of readCsvFile(join(folder, 'wiod_sectors.csv')).records)
    for (const d of (v.nace_r2_divisions ?? '').split(';')) if (d) map.set(d, v.wiod_code!);
  return map;
}

/** The profile fields the dataset gives (no members by kind, languages or markets). */
function profileOf(o: CollaborationOrganisation, s: OrganisationSectors | undefined) {
  return {
    kind: o.kind,
    region: o.region,
    nuts2: o.nuts2,
    sectorDescription: o.sectorAsPrinted,
    sectorGroup: o.sectorGroup,
    naceDivisions: s?.naceDivisions ?? [],
    wiodSectors: s?.wiodSectors ?? [],
  };
}

export interface CollaborationSeedReport {
  inserted: number;
  merged: string[];
}

export async function seedCollaborationOrganisations(
  store: SqlStore,
  dataDir: string,
): Promise<CollaborationSeedReport> {
  const folder = join(dataDir, 'eu-lac-collaboration');
  const organisations = rowsOrThrow(
    'seed: cluster_organisations.csv',
    parseOrganisationRows(
      readCsvFile(join(folder, 'cluster_organisations.csv')).records.map((r) => r.values),
    ),
  );
  const sectors = rowsOrThrow(
    'seed: organisation_sectors.csv',
    parseOrganisationSectorRows(
      readCsvFile(join(folder, 'organisation_sectors.csv')).records.map((r) => r.values),
      wiodMap(join(dataDir, 'wiod-2016-niot')),
    ),
  );
  const sectorsOf = new Map(sectors.map((s) => [s.organisationId, s]));
  const existing = await store.listOrganisations(
    { country: 'ES', limit: 500, offset: 0 },
    { includePrivate: true },
  );
  const spanishByName = new Map(existing.items.map((o) => [o.name.trim().toLowerCase(), o]));

  const merged: string[] = [];
  const fresh: { organisation: OrganisationInput & { id: string }; datasetId: string }[] = [];
  for (const o of organisations) {
    const profile = profileOf(o, sectorsOf.get(o.id));
    const same = o.countries[0] === 'ES' ? spanishByName.get(o.name.trim().toLowerCase()) : undefined;
    if (same) {
      await store.updateOrganisation(
        same.id,
        { ...profile, founded: same.founded ?? o.founded, acronym: same.acronym ?? o.acronym },
        seedActor,
      );
      await store.organisationDirectory.setDatasetId(same.id, o.id, seedActor);
      merged.push(`${o.id}→${same.id}`);
      continue;
    }
    const country = o.countries[0] ?? seatCountries[o.id];
    if (!country) throw new Error(`seed: organisation ${o.id} has no country`);
    fresh.push({
      datasetId: o.id,
      organisation: {
        id: o.id,
        name: o.name,
        acronym: o.acronym,
        country,
        founded: o.founded,
        isPublic: true,
        publicationStatus: 'published',
        source: `${SOURCE}, row ${o.id}`,
        ...profile,
      },
    });
  }
  const inserted = await store.organisationDirectory.insertMany(fresh, seedActor);
  return { inserted, merged };
}
