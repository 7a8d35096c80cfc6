/**
 * Loads the matchmaking inputs shipped in data/ for the two matchmaking benches: the
 * EU–LAC organisations, their sector codes and agreements (data/eu-lac-collaboration) and
 * the WIOD 2014 coefficient tables (data/wiod-2016-niot). The file reading lives here; the
 * parsing and every computation are the pure functions of packages/core.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import {
  type CollaborationLanguage,
  type CsvRow,
  type HeldOutPair,
  ioCoefficientTables,
  type IoTables,
  matchAgreements,
  type MatchAgreement,
  type MatchProfile,
  matchProfilesFromSeed,
  parseAgreementRows,
  parseNiotRows,
  parseOrganisationRows,
  parseOrganisationSectorRows,
  type RowsResult,
} from '@polos/core';

const data = (...p: string[]) => resolve('data', ...p);

export function readRows(path: string): CsvRow[] {
  const text = path.endsWith('.gz')
    ? gunzipSync(readFileSync(path)).toString('utf8')
    : readFileSync(path, 'utf8');
  return parse(text, { bom: true, columns: true, skip_empty_lines: true }) as CsvRow[];
}

function ok<T>(what: string, r: RowsResult<T>): T[] {
  if (!r.ok)
    throw new Error(
      `${what}: ${r.errors
        .slice(0, 5)
        .map((e) => `row ${e.row} ${e.field}: ${e.message}`)
        .join('; ')}`,
    );
  return r.items;
}

export interface MatchmakingData {
  profiles: MatchProfile[];
  agreements: MatchAgreement[];
  io: IoTables;
  /** Agreements whose party A and party B are both registered organisations. */
  pairs: HeldOutPair[];
  countryName: (alpha2: string, lang: CollaborationLanguage) => string;
}

export function loadMatchmakingData(): MatchmakingData {
  const wiodSectors = readRows(data('wiod-2016-niot', 'wiod_sectors.csv'));
  const divisionToWiod = new Map<string, string>();
  for (const s of wiodSectors)
    for (const d of (s.nace_r2_divisions ?? '').split(';')) divisionToWiod.set(d, s.wiod_code!);
  const orgs = ok(
    'organisations',
    parseOrganisationRows(readRows(data('eu-lac-collaboration', 'cluster_organisations.csv'))),
  );
  const sectors = ok(
    'organisation sectors',
    parseOrganisationSectorRows(
      readRows(data('eu-lac-collaboration', 'organisation_sectors.csv')),
      divisionToWiod,
    ),
  );
  const ids = new Set(orgs.map((o) => o.id));
  const agreementRows = readRows(data('eu-lac-collaboration', 'cooperation_agreements.csv'));
  const agreements = ok('agreements', parseAgreementRows(agreementRows, ids));
  const cells = ok('WIOD', parseNiotRows(readRows(data('wiod-2016-niot', 'wiod2016_niot_2014.csv.gz'))));
  const io = ioCoefficientTables(
    cells,
    wiodSectors.map((s) => s.wiod_code!),
    2014,
  );
  const pairs = agreementRows
    .filter((r) => ids.has(r.party_a_id ?? '') && ids.has(r.party_b_id ?? ''))
    .map((r) => ({ agreementId: r.id!, a: r.party_a_id!, b: r.party_b_id! }));
  const names = new Map(readRows(data('boundaries', 'country-codes.csv')).map((r) => [r.alpha2!, r]));
  return {
    profiles: matchProfilesFromSeed(orgs, sectors),
    agreements: matchAgreements(agreements),
    io,
    pairs,
    countryName: (alpha2, lang) => names.get(alpha2)?.[`name_${lang}`] ?? alpha2,
  };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A seeded generator of numbers in [0, 1) (core's mulberry32): the benches' synthetic data. */
export { seededRandom as mulberry32 } from '@polos/core/random';
