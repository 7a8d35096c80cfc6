/**
 * Contract of the row filters (`where`), the region roll-up (`regionPrefix`) and absent
 * cells as zero (`absentIsZero`) of readStatisticalTable, on the streaming CSV reader and
 * on DuckDB's (CSV and Parquet). Expected values are read off the small files by hand.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { issuesOf, statisticalTestFolder } from '../../test/statistical-test-files';
import { writeParquetFromCsv } from './statistical-parquet';
import { readStatisticalTable as readDefault, readStatisticalTableWithDuckDB } from './statistical-table';

const folder = statisticalTestFolder('polos-statistical-filters-');
const write = folder.write;

// Eurostat SBS shape: a country, its NUTS-1 and NUTS-2 regions, sections and divisions in one file.
const SBS_LIKE = `year,geo,geo_level,nace_r2,nace_level,persons_employed
2014,ES,0,C,section,1000
2014,ES,0,C25,division,600
2014,ES,0,C28,division,400
2014,ES2,1,C25,division,12a
2014,ES21,2,C,section,300
2014,ES21,2,C25,division,200
2014,ES21,2,C28,division,100
2014,ES30,2,C,section,
2014,ES30,2,C25,division,50
2014,ES30,2,C28,division,
2013,ES21,2,C25,division,190
`;

// RAIS shape: municipalities (7-digit IBGE) × CNAE groups; a zero cell has no row.
const RAIS_LIKE = `year,municipality_ibge,cnae_group,establishments
2015,4313409,153,100
2015,4314902,153,10
2015,4314902,471,50
2015,3550308,471,500
2015,3550308,153,
2014,4313409,153,90
`;

const sbs = { region: 'geo', industry: 'nace_r2', value: 'persons_employed', year: 2014 };
const rais = { region: 'municipality_ibge', industry: 'cnae_group', value: 'establishments', year: 2015 };
const NUTS2_DIVISIONS = [
  ['geo_level', '2'],
  ['nace_level', 'division'],
] as const;

describe.each([
  ['streaming CSV reader', readDefault],
  ['DuckDB reader', readStatisticalTableWithDuckDB],
])('readStatisticalTable with filters and roll-up (%s)', (_name, readStatisticalTable) => {
  it('where keeps only the rows whose columns hold the values, and does not check the others', async () => {
    const t = await readStatisticalTable(write('sbs.csv.gz', gzipSync(SBS_LIKE)), {
      ...sbs,
      where: NUTS2_DIVISIONS,
    });
    // ES2 (NUTS-1) holds "12a": filtered out before its value is read, as another year's row is.
    expect(t.matrix.regions).toEqual(['ES21', 'ES30']);
    expect(t.matrix.industries).toEqual(['C25', 'C28']);
    expect(Array.from(t.matrix.values)).toEqual([200, 100, 50, NaN]);
    expect([t.rows, t.notes]).toEqual([4, []]);
  });

  it('where nace_level=division never counts a section and its divisions twice', async () => {
    const path = write('sbs.csv', SBS_LIKE);
    const both = await readStatisticalTable(path, { ...sbs, where: [['geo', 'ES21']] });
    expect(both.matrix.industries).toEqual(['C', 'C25', 'C28']); // without the level filter: 600 for 300
    const t = await readStatisticalTable(path, { ...sbs, where: [...NUTS2_DIVISIONS, ['geo', 'ES21']] });
    expect(t.matrix.industries).toEqual(['C25', 'C28']);
    expect(t.matrix.values.reduce((a, b) => a + b, 0)).toBe(300); // ES21's section C
  });

  it('a column named twice in where keeps either value', async () => {
    const t = await readStatisticalTable(write('sbs.csv', SBS_LIKE), {
      ...sbs,
      where: [
        ['geo_level', '0'],
        ['geo_level', '2'],
        ['nace_level', 'division'],
      ],
    });
    expect(t.matrix.regions).toEqual(['ES', 'ES21', 'ES30']);
    expect(Array.from(t.matrix.values)).toEqual([600, 400, 200, 100, 50, NaN]);
  });

  it('a where column missing from the header is an error naming it', async () => {
    const issues = await issuesOf(
      readStatisticalTable(write('sbs.csv', SBS_LIKE), { ...sbs, where: [['nuts_level', '2']] }),
    );
    expect(issues).toEqual([expect.objectContaining({ file: 'sbs.csv', row: 1, field: 'nuts_level' })]);
    expect(issues[0]!.message).toContain('--where');
  });

  it('no row left after the where filters is an error', async () => {
    const issues = await issuesOf(
      readStatisticalTable(write('sbs.csv', SBS_LIKE), { ...sbs, where: [['geo_level', '3']] }),
    );
    expect(issues[0]!.message).toContain('where filters');
  });

  it('regionPrefix sums the municipalities of a state, keeps a missing row missing, and notes no duplicates', async () => {
    const t = await readStatisticalTable(write('rais.csv', RAIS_LIKE), { ...rais, regionPrefix: 2 });
    expect(t.matrix.regions).toEqual(['35', '43']);
    expect(t.matrix.industries).toEqual(['153', '471']);
    // 35: 153 has an empty row (missing), 471 = 500; 43: 153 = 100 + 10, 471 = 50.
    expect(Array.from(t.matrix.values)).toEqual([NaN, 500, 110, 50]);
    expect([t.rows, t.notes]).toEqual([5, []]);
  });

  it('regionPrefix still notes two rows of the same municipality and group', async () => {
    const t = await readStatisticalTable(write('rais-dup.csv', `${RAIS_LIKE}2015,4313409,153,1\n`), {
      ...rais,
      regionPrefix: 2,
    });
    expect(Array.from(t.matrix.values)).toEqual([NaN, 500, 111, 50]);
    expect(t.notes.map((n) => n.text)).toEqual([
      '1 row(s) share a region and industry with another row: they were summed',
    ]);
  });

  it('absentIsZero makes a cell with no row 0; an empty value stays missing', async () => {
    const path = write('rais.csv', RAIS_LIKE);
    const missing = await readStatisticalTable(path, rais);
    const zero = await readStatisticalTable(path, { ...rais, absentIsZero: true });
    expect(zero.matrix.regions).toEqual(['3550308', '4313409', '4314902']);
    // 4313409 × 471 has no row: missing by default, 0 with absentIsZero; 3550308 × 153 is empty.
    expect(Array.from(missing.matrix.values)).toEqual([NaN, 500, 100, NaN, 10, 50]);
    expect(Array.from(zero.matrix.values)).toEqual([NaN, 500, 100, 0, 10, 50]);
  });

  it('regionPrefix applies the level-2 range rule per original region', async () => {
    // County 01001 has the range row 31-33; 01003 only its 31 and 32 rows: the state has both.
    const csv =
      'year,fips,naics,emp\n2021,01001,31-33,300\n2021,01001,31,100\n2021,01003,31,50\n2021,01003,32,70\n';
    const t = await readStatisticalTable(write('ranges.csv', csv), {
      region: 'fips',
      industry: 'naics',
      value: 'emp',
      year: 2021,
      level: 2,
      regionPrefix: 2,
    });
    expect([t.matrix.regions, t.matrix.industries, Array.from(t.matrix.values)]).toEqual([
      ['01'],
      ['31-33'],
      [420],
    ]);
  });

  it('refuses a region prefix that is not a whole number ≥ 1', async () => {
    const issues = await issuesOf(
      readStatisticalTable(write('rais.csv', RAIS_LIKE), { ...rais, regionPrefix: 0 }),
    );
    expect(issues).toEqual([expect.objectContaining({ field: '--region-prefix' })]);
  });
});

it('the DuckDB reader filters and rolls up Parquet (numeric where column) as the CSV', async () => {
  const csv = write('sbs-parquet.csv', SBS_LIKE.replace('12a', '12'));
  const parquet = folder.path('sbs.parquet');
  await writeParquetFromCsv(csv, parquet);
  for (const path of [csv, parquet]) {
    const t = await readDefault(path, {
      ...sbs,
      where: NUTS2_DIVISIONS,
      regionPrefix: 2,
      absentIsZero: true,
    });
    expect([t.matrix.regions, t.matrix.industries]).toEqual([['ES'], ['C25', 'C28']]);
    // ES21 + ES30: C25 = 200 + 50; C28 = 100 + an empty row (missing).
    expect(Array.from(t.matrix.values)).toEqual([250, NaN]);
  }
});
