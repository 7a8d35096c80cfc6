/**
 * Contract of readStatisticalTable: long CSV / CSV.gz / Parquet → dense matrix, with
 * missing cells kept missing, NAICS levels without double counting, and errors naming
 * file, line and column. Expected values are read off the small files by hand, and for
 * the real CBP file by `zcat … | grep` (quoted in the test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { issuesOf, statisticalTestFolder } from '../../test/statistical-test-files';
import { StatisticalCsvWriter } from './statistical-csv-writer';
import { writeParquetFromCsv } from './statistical-parquet';
import { readStatisticalTable as readDefault, readStatisticalTableWithDuckDB } from './statistical-table';

const folder = statisticalTestFolder('polos-statistical-');
const write = folder.write;

const CBP_LIKE = `year,fips,naics,estab,emp
2021,01001,00,20,1000
2021,01001,31-33,5,300
2021,01001,311,3,100
2021,01001,311111,3,100
2021,01001,332111,2,D
2021,01001,44-45,4,200
2021,01001,441110,4,200
2021,02001,00,10,500
2021,02001,31,2,50
2021,02001,32,2,70
2021,02001,311111,2,50
2021,02001,441110,3,0
2020,01001,311111,3,90
`;

// The same contract for the streaming CSV reader (readStatisticalTable on CSV and CSV.gz) and DuckDB's.
describe.each([
  ['streaming CSV reader', readDefault],
  ['DuckDB reader', readStatisticalTableWithDuckDB],
])('readStatisticalTable (%s)', (_name, readStatisticalTable) => {
  it('keeps one NAICS level, drops totals and ranges, keeps suppressed and absent cells missing', async () => {
    const path = write('cbp.csv', CBP_LIKE);
    const t = await readStatisticalTable(path, {
      region: 'fips',
      industry: 'naics',
      value: 'emp',
      establishments: 'estab',
      year: 2021,
      level: 6,
    });
    expect(t.matrix.regions).toEqual(['01001', '02001']);
    expect(t.matrix.industries).toEqual(['311111', '332111', '441110']);
    // 01001: 311111 = 100, 332111 = D (suppressed → NaN), 441110 = 200.
    // 02001: 311111 = 50, 332111 absent (→ NaN, not 0), 441110 = 0 (a published zero stays 0).
    expect(Array.from(t.matrix.values)).toEqual([100, NaN, 200, 50, NaN, 0]);
    expect(Array.from(t.establishments!.values)).toEqual([3, 2, 4, 2, NaN, 3]);
    expect(t.rows).toBe(5);
  });

  it('at level 2 counts a sector range once: the range row when present, else its 2-digit rows', async () => {
    const path = write('cbp2.csv.gz', gzipSync(CBP_LIKE));
    const t = await readStatisticalTable(path, {
      region: 'fips',
      industry: 'naics',
      value: 'emp',
      year: '2021',
      level: 2,
    });
    expect(t.matrix.industries).toEqual(['31-33', '44-45']);
    // 01001: 31-33 = 300 (311 is level 3, dropped), 44-45 = 200; 02001: 31 + 32 = 50 + 70 = 120; 44-45 absent.
    expect(Array.from(t.matrix.values)).toEqual([300, 200, 120, NaN]);
  });

  it('asks for a year when the file has several, and names a missing column', async () => {
    const path = write('years.csv', CBP_LIKE);
    const years = await issuesOf(
      readStatisticalTable(path, { region: 'fips', industry: 'naics', value: 'emp' }),
    );
    expect(years[0]).toMatchObject({ file: 'years.csv', field: 'year' });
    expect(years[0]!.message).toContain('2020, 2021');
    const column = await issuesOf(
      readStatisticalTable(path, { region: 'county', industry: 'naics', value: 'emp', year: 2021 }),
    );
    expect(column).toEqual([expect.objectContaining({ file: 'years.csv', row: 1, field: 'county' })]);
  });

  it('names file, line and column of a value that is neither a number nor a suppression flag', async () => {
    const path = write('bad.csv', 'region,industry,value\nA,x,1\nB,x,12a\nB,y,-3\nC,,4\n');
    const issues = await issuesOf(
      readStatisticalTable(path, { region: 'region', industry: 'industry', value: 'value' }),
    );
    expect(issues.map((i) => [i.file, i.row, i.field])).toEqual([
      ['bad.csv', 3, 'value'],
      ['bad.csv', 4, 'value'],
      ['bad.csv', 5, 'industry'],
    ]);
    expect(issues[0]!.message).toContain('"12a"');
  });

  it('sums duplicate rows and notes them; a cell with one missing row is missing', async () => {
    const path = write('dup.csv', 'region,industry,value\nA,x,1\nA,x,2\nA,y,3\nA,y,\nB,x,5\nB,y,1\n');
    const t = await readStatisticalTable(path, { region: 'region', industry: 'industry', value: 'value' });
    expect(Array.from(t.matrix.values)).toEqual([3, NaN, 5, 1]);
    expect(t.notes[0]!.text).toContain('2 row(s)');
  });

  it('reads quoted fields (delimiters, doubled quotes, line breaks), CRLF, a BOM and spaces around values', async () => {
    const path = write(
      'quoted.csv',
      '\uFEFFregion,industry,value\r\n"Autauga County, AL",x, 12 \r\n"A ""quoted"" place",x,3\r\n"Two\nlines",y,4.5\r\n  B  ,y, 1e3 \r\n',
    );
    const t = await readStatisticalTable(path, { region: 'region', industry: 'industry', value: 'value' });
    expect(t.matrix.regions).toEqual(['A "quoted" place', 'Autauga County, AL', 'B', 'Two\nlines']);
    expect(t.matrix.industries).toEqual(['x', 'y']);
    expect(Array.from(t.matrix.values)).toEqual([3, NaN, 12, NaN, NaN, 1000, NaN, 4.5]);
  });

  it('reads the real CBP state file of all years and levels as DuckDB does (every cell)', async () => {
    const file = join(
      import.meta.dirname,
      '../../../../data/us-cbp-county-naics/cbp_state_naics_2017_2021.csv.gz',
    );
    for (const level of [2, 4]) {
      const options = {
        region: 'state_fips',
        industry: 'naics',
        value: 'emp',
        establishments: 'estab',
        year: 2019,
        level,
      };
      const mine = await readStatisticalTable(file, options);
      const duck = await readStatisticalTableWithDuckDB(file, options);
      expect(mine.matrix.regions).toEqual(duck.matrix.regions);
      expect(mine.matrix.industries).toEqual(duck.matrix.industries);
      expect(Array.from(mine.matrix.values)).toEqual(Array.from(duck.matrix.values));
      expect(Array.from(mine.establishments!.values)).toEqual(Array.from(duck.establishments!.values));
      expect([mine.rows, mine.notes]).toEqual([duck.rows, duck.notes]);
    }
  });

  it('reads Parquet written by writeParquetFromCsv the same as the CSV', async () => {
    const csv = folder.path('lq.csv');
    const w = new StatisticalCsvWriter(csv, 'region,industry,value');
    for (const [r, i, v] of [
      ['01001', '311111', 0.1],
      ['01001', '441110', 2],
      ['02001', '311111', NaN],
      ['02001', '441110', 1e-3],
    ] as const) {
      w.label(w.encode(`${r},${i},`));
      w.number(v);
      w.newline();
    }
    w.close();
    expect(readFileSync(csv, 'utf8')).toBe(
      'region,industry,value\n01001,311111,0.1\n01001,441110,2\n02001,311111,\n02001,441110,0.001\n',
    );
    await writeParquetFromCsv(csv, folder.path('lq.parquet'));
    for (const path of [csv, folder.path('lq.parquet')]) {
      const t = await readStatisticalTable(path, { region: 'region', industry: 'industry', value: 'value' });
      expect(t.matrix.regions).toEqual(['01001', '02001']);
      expect(Array.from(t.matrix.values)).toEqual([0.1, 2, NaN, 0.001]);
    }
  });

  it('reads the real CBP state file (2021, NAICS 6): Washington 336411 = 48,643 employees', async () => {
    // zcat cbp_state_naics_2017_2021.csv.gz | grep '^2021,53,.*,336411,' → 2021,53,Washington,336411,19,48643,4978069
    const file = join(
      import.meta.dirname,
      '../../../../data/us-cbp-county-naics/cbp_state_naics_2017_2021.csv.gz',
    );
    const t = await readStatisticalTable(file, {
      region: 'state_name',
      industry: 'naics',
      value: 'emp',
      year: 2021,
      level: 6,
    });
    const r = t.matrix.regions.indexOf('Washington');
    const i = t.matrix.industries.indexOf('336411');
    expect(t.matrix.regions).toHaveLength(50);
    expect(t.matrix.values[r * t.matrix.industries.length + i]).toBe(48643);
    expect(t.matrix.industries.every((code) => /^\d{6}$/.test(code))).toBe(true);
  });
});
