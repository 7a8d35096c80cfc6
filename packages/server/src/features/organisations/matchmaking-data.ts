/**
 * The files matchmaking reads (decision 076), loaded once per data folder and kept for
 * the life of the process: the WIOD 2014 coefficient tables, the country names, and the
 * agreements of data/eu-lac-collaboration. Parsing and computing are core's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import {
  agreementOrganisationIds,
  type CollaborationLanguage,
  type CsvRow,
  ioCoefficientTables,
  type IoTables,
  parseAgreementRows,
  parseNiotRows,
} from '@polos/core';
import { parseCsv, rowsOrThrow } from '@polos/store';
import type { DirectoryEntry } from '@polos/store';

const gunzipAsync = promisify(gunzip);

export interface MatchmakingFiles {
  io: IoTables;
  countryName: (alpha2: string, lang: CollaborationLanguage) => string;
  /** The register's agreements as lists of dataset organisation ids (cluster_organisations.csv). */
  datasetAgreements: { id: string; organisationIds: string[] }[];
}

async function rows(path: string): Promise<CsvRow[]> {
  const bytes = await readFile(path);
  const text = path.endsWith('.gz') ? (await gunzipAsync(bytes)).toString('utf8') : bytes.toString('utf8');
  return parseCsv(text).records.map((r) => r.values);
}

async function load(dataPath: string): Promise<MatchmakingFiles> {
  const wiod = (f: string) => join(dataPath, 'wiod-2016-niot', f);
  const sectors = (await rows(wiod('wiod_sectors.csv'))).map((s) => s.wiod_code ?? '');
  const cells = rowsOrThrow('WIOD 2014 table', parseNiotRows(await rows(wiod('wiod2016_niot_2014.csv.gz'))));
  const io = ioCoefficientTables(cells, sectors, 2014);
  const names = new Map(
    (await rows(join(dataPath, 'boundaries', 'country-codes.csv'))).map((r) => [r.alpha2 ?? '', r]),
  );
  const agreements = rowsOrThrow(
    'cooperation_agreements.csv',
    parseAgreementRows(await rows(join(dataPath, 'eu-lac-collaboration', 'cooperation_agreements.csv'))),
  );
  return {
    io,
    countryName: (alpha2, lang) => names.get(alpha2)?.[`name_${lang}`] ?? alpha2,
    datasetAgreements: agreements.map((a) => ({ id: a.id, organisationIds: agreementOrganisationIds(a) })),
  };
}

const loaded = new Map<string, Promise<MatchmakingFiles>>();

/** The files of `dataPath`, read at the first call; a failed read is retried at the next. */
export function matchmakingFiles(dataPath: string): Promise<MatchmakingFiles> {
  let files = loaded.get(dataPath);
  if (!files) {
    files = load(dataPath);
    loaded.set(dataPath, files);
    files.catch(() => loaded.delete(dataPath));
  }
  return files;
}

/**
 * THE SEAM for existing links: the agreements matchmaking counts, as lists of organisation
 * ids of the store. For now they come from data/eu-lac-collaboration/cooperation_agreements.csv
 * (whose parties are dataset ids, mapped to the store's through `datasetId`; a party not in
 * the store is dropped). When the agreements table exists, read it here instead — nothing
 * else changes.
 */
export function existingLinks(
  files: MatchmakingFiles,
  entries: readonly DirectoryEntry[],
): { id: string; organisationIds: string[] }[] {
  const byDatasetId = new Map<string, string>();
  for (const e of entries) if (e.datasetId) byDatasetId.set(e.datasetId, e.id);
  return files.datasetAgreements.map((a) => ({
    id: a.id,
    organisationIds: a.organisationIds.flatMap((id) => {
      const own = byDatasetId.get(id);
      return own ? [own] : [];
    }),
  }));
}
