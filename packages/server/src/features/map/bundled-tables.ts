/**
 * How each bundled industry dataset of the map studio is read from data/ (docs/api.md, Map
 * studio; provenance in each folder): which files, which columns and rows, and what is left
 * out and why (said in the space's notes, never silently). Runs on the space worker: imports
 * only the core and the statistical reader.
 */
import { join } from 'node:path';
import { dataNote, listed, type DataNote } from '@polos/core/data-notes';
import { regionIndustryMatrix, type RegionIndustryMatrix } from '@polos/core/matrix';
import { readStatisticalTable, type StatisticalTableOptions } from '@polos/store/statistical-table';

/** Growth Lab practice for country rankings: leave out countries exporting under US$ 1 bn. */
export const MIN_COUNTRY_EXPORTS = 1e9;

export interface BundledTable {
  /** Files under data/ the table is read from (their size and time key the disk cache). */
  files: string[];
  read(dataPath: string, year: number): Promise<{ matrix: RegionIndustryMatrix; notes: DataNote[] }>;
}

const CBP_STATES = 'us-cbp-county-naics/cbp_state_naics_2017_2021.csv.gz';
const CBP_COUNTIES = 'us-cbp-county-naics/cbp_county_naics_2017_2021.csv.gz';
const EXPORTS = 'world-exports-hs4/ots_country_hs4_exports_2017.csv.gz';
const SBS = 'eu-sbs-nuts2-nace/sbs_nuts2_nace2_2008_2015.csv.gz';
const RAIS = 'br-rais-establishments/rais_establishments_municipality_cnae_group_2010_2015.csv.gz';

const plain = (file: string, options: StatisticalTableOptions): BundledTable => ({
  files: [file],
  async read(dataPath, year) {
    const { matrix } = await readStatisticalTable(join(dataPath, file), { ...options, year });
    return { matrix, notes: [] };
  },
});

/**
 * NUTS codes the Eurostat file carries twice for one territory (PROVENANCE.md of
 * eu-sbs-nuts2-nace, "Finland 2010 double counts"): both the NUTS 2006 codes and their
 * NUTS 2010 successors FI1B, FI1C, FI1D have data, so the 2006 codes are left out.
 */
export const SBS_DOUBLE_COUNTED: Readonly<Record<number, readonly string[]>> = {
  2010: ['FI13', 'FI18', 'FI1A'],
};

/** Eurostat's extra-regio codes (CZZ, ESZZ …): activity not attributed to a territory. */
const isExtraRegio = (code: string) => /Z$/.test(code);

/** The EU table of one measure: NUTS 2 regions × NACE Rev. 2 divisions (never sections). */
const sbs = (value: 'persons_employed' | 'local_units' | 'wages_meur'): BundledTable => ({
  files: [SBS],
  async read(dataPath, year) {
    const { matrix, notes: read } = await readStatisticalTable(join(dataPath, SBS), {
      region: 'geo',
      industry: 'nace_r2',
      value,
      year,
      // One published value is negative, a source error (PROVENANCE.md: NO06 × B06 wages 2014).
      negativeIsMissing: true,
      where: [
        ['geo_level', '2'],
        ['nace_level', 'division'],
      ],
    });
    const twice = new Set(SBS_DOUBLE_COUNTED[year] ?? []);
    const extra = matrix.regions.filter(isExtraRegio);
    const dropped = matrix.regions.filter((r) => twice.has(r));
    const kept = keepRegions(matrix, (_, code) => !isExtraRegio(code) && !twice.has(code));
    const notes = [...read];
    if (extra.length) notes.push(dataNote('extra-regio', listed(extra, extra.length)));
    if (dropped.length)
      notes.push(dataNote('nuts-2006-doubles', { year, ...listed(dropped, dropped.length) }));
    return { matrix: kept, notes };
  },
});

/** The Brazilian RAIS table: establishments by municipality, or by state (the first two IBGE digits). */
const rais = (regionPrefix?: number): BundledTable => ({
  files: [RAIS],
  async read(dataPath, year) {
    const { matrix } = await readStatisticalTable(join(dataPath, RAIS), {
      region: 'municipality_ibge',
      industry: 'cnae_group',
      value: 'establishments',
      year,
      // RAIS omits zero cells: a municipality without a row for a group has none.
      absentIsZero: true,
      ...(regionPrefix ? { regionPrefix } : {}),
    });
    return { matrix, notes: [] };
  },
});

export const BUNDLED_TABLES: Readonly<Record<string, BundledTable>> = {
  'us-states-naics': plain(CBP_STATES, { region: 'state_fips', industry: 'naics', value: 'emp', level: 6 }),
  'us-counties-naics': plain(CBP_COUNTIES, { region: 'fips', industry: 'naics', value: 'emp', level: 4 }),
  'world-exports-hs4': {
    files: [EXPORTS],
    async read(dataPath) {
      const { matrix } = await readStatisticalTable(join(dataPath, EXPORTS), {
        region: 'reporter_iso',
        industry: 'product_code',
        value: 'export_value_usd',
      });
      return { matrix: keepRegions(matrix, (total) => total >= MIN_COUNTRY_EXPORTS), notes: [] };
    },
  },
  'eu-nuts2-nace': sbs('persons_employed'),
  'eu-nuts2-nace-units': sbs('local_units'),
  'eu-nuts2-nace-wages': sbs('wages_meur'),
  'br-rais-municipalities': rais(),
  'br-rais-states': rais(2),
};

/** The matrix of a bundled industry dataset and year, with what was left out. */
export function loadBundled(dataPath: string, id: string, year: number) {
  const table = BUNDLED_TABLES[id];
  if (!table) throw new Error(`no bundled industry dataset ${id}`);
  return table.read(dataPath, year);
}

/** The rows whose total (missing cells as 0) and code pass `keep`. */
export function keepRegions(
  m: RegionIndustryMatrix,
  keep: (total: number, code: string) => boolean,
): RegionIndustryMatrix {
  const P = m.industries.length;
  const rows: number[] = [];
  m.regions.forEach((code, r) => {
    let s = 0;
    for (let i = 0; i < P; i++) s += m.values[r * P + i]! || 0;
    if (keep(s, code)) rows.push(r);
  });
  const values = new Float64Array(rows.length * P);
  rows.forEach((r, k) => values.set(m.values.subarray(r * P, (r + 1) * P), k * P));
  return regionIndustryMatrix(
    rows.map((r) => m.regions[r]!),
    m.industries,
    values,
  );
}
