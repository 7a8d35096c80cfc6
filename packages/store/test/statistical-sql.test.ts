/**
 * Contract of the aggregation in SQL (statistical-sql.ts, decision 107): the same small
 * microdata as a CSV file, a Parquet file and a PostgreSQL table give the same matrix as
 * the file readers (readStatisticalTable) with every filter, and the statement PostgreSQL
 * runs is literally the one DuckDB runs. The PostgreSQL half needs TEST_DATABASE_URL
 * (scripts/start-test-postgres.sh); with POLOS_REQUIRE_POSTGRES=1 it fails without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStatisticalTable } from '../src/files/statistical-table';
import type { StatisticalTable, StatisticalTableOptions } from '../src/files/statistical-table-types';
import {
  readStatisticalPostgres,
  readStatisticalSqlFile,
  redactSourceUrl,
} from '../src/files/statistical-sql-sources';
import { issuesOf, statisticalTestFolder } from './statistical-test-files';
import {
  createTestDatabase,
  csvToParquet,
  loadMicrodataTable,
  runStatements,
  type TestDatabase,
} from './microdata-sources';

// Establishments of a county × NAICS code × year: 2- and 6-digit codes, a sector range with
// its 2-digit parts (01001 has the 31-33 row, 01003 has not), a missing value, two rows of
// one cell (01001 × 311111 in 2021), a state column for `where`, and another year.
const MICRODATA = `county,naics,year,state,emp,estab
01001,00,2021,AL,900,40
01001,31-33,2021,AL,300,12
01001,31,2021,AL,100,5
01001,32,2021,AL,200,7
01001,311111,2021,AL,60,3
01001,311111,2021,AL,40,2
01001,325211,2021,AL,200,7
01003,31,2021,AL,50,2
01003,33,2021,AL,25,1
01003,311111,2021,AL,50,2
01003,325211,2021,AL,,1
02010,44,2021,AK,70,4
02010,311111,2021,AK,30,3
04013,311111,2021,AZ,500,20
04013,325211,2021,AZ,400,15
04013,48,2021,AZ,80,6
01001,311111,2020,AL,95,5
`;

const base = { region: 'county', industry: 'naics', value: 'emp', year: 2021 };
const CASES: Array<[string, StatisticalTableOptions]> = [
  ['a year', base],
  ['a year and establishments', { ...base, establishments: 'estab' }],
  ['NAICS level 6', { ...base, level: 6, establishments: 'estab' }],
  ['NAICS level 2 with the sector ranges', { ...base, level: 2 }],
  [
    'where, a column named twice',
    {
      ...base,
      level: 6,
      where: [
        ['state', 'AL'],
        ['state', 'AZ'],
      ],
    },
  ],
  ['region prefix 2 (county → state)', { ...base, level: 6, regionPrefix: 2 }],
  ['absent cells as zero', { ...base, level: 6, absentIsZero: true }],
  ['another year, its rows only', { ...base, year: '2020' }],
];

const folder = statisticalTestFolder('polos-statistical-sql-');
let csv = '';
let parquet = '';
const serverUrl = process.env.TEST_DATABASE_URL;
const requirePostgres = process.env.POLOS_REQUIRE_POSTGRES === '1';
let databaseUrl = '';
let database: TestDatabase | null = null;

beforeAll(async () => {
  csv = folder.write('microdata.csv', MICRODATA);
  parquet = folder.path('microdata.parquet');
  await csvToParquet(csv, parquet, ['county', 'naics']);
  database = await createTestDatabase('polos_sql');
  if (!database) return;
  databaseUrl = database.url;
  await loadMicrodataTable(
    databaseUrl,
    MICRODATA.trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')),
    'double precision',
  );
}, 60_000);

afterAll(async () => {
  await database?.drop();
});

const describePostgres = serverUrl || requirePostgres ? describe : describe.skip;

/** The matrix as plain values (NaN kept as null so toEqual compares it). */
function shape(t: StatisticalTable) {
  const plain = (a: Float64Array | undefined) =>
    a ? Array.from(a, (x) => (Number.isNaN(x) ? null : x)) : null;
  return {
    regions: t.matrix.regions,
    industries: t.matrix.industries,
    values: plain(t.matrix.values),
    establishments: plain(t.establishments?.values),
    rows: t.rows,
    years: t.years,
    notes: t.notes,
  };
}

describe.each(CASES)('the SQL aggregation with %s', (_name, options) => {
  it('gives the file readers’ matrix from the CSV and the Parquet file through DuckDB', async () => {
    const expected = shape(await readStatisticalTable(csv, options));
    expect(shape(await readStatisticalTable(parquet, options))).toEqual(expected);
    expect(shape(await readStatisticalSqlFile(parquet, options, { as: 'microdata' }))).toEqual(expected);
    expect(shape(await readStatisticalSqlFile(csv, options, { as: 'microdata' }))).toEqual(expected);
  });

  describePostgres('on PostgreSQL', () => {
    it('gives the same matrix from the table, with the same statement as DuckDB', async () => {
      const expected = shape(await readStatisticalTable(csv, options));
      const fromParquet = await readStatisticalSqlFile(parquet, options, { as: 'microdata' });
      const fromServer = await readStatisticalPostgres({ url: databaseUrl, table: 'microdata' }, options);
      expect(shape(fromServer)).toEqual(expected);
      expect(fromServer.sql.text).toBe(fromParquet.sql.text);
      expect(fromServer.sql.params).toEqual(fromParquet.sql.params);
      const fromQuery = await readStatisticalPostgres(
        { url: databaseUrl, query: "select * from microdata where state <> 'none';" },
        options,
      );
      expect(shape(fromQuery)).toEqual(expected);
    });
  });
});

describe('the SQL aggregation by hand', () => {
  it('sums the rows of a cell, keeps a missing row missing and rolls counties up to states', async () => {
    const t = await readStatisticalSqlFile(parquet, { ...base, level: 6, regionPrefix: 2 });
    expect(t.matrix.regions).toEqual(['01', '02', '04']);
    expect(t.matrix.industries).toEqual(['311111', '325211']);
    // 01: 60 + 40 + 50 (01003) and 200 + missing; 02: 30, no 325211 row; 04: 500, 400.
    expect(Array.from(t.matrix.values)).toEqual([150, NaN, 30, NaN, 500, 400]);
    expect(t.notes.map((n) => n.text)).toEqual([
      '1 row(s) share a region and industry with another row: they were summed',
    ]);
    expect(t.sql.text).toContain('substr(r, 1, 2)');
    // The Parquet file's years are numbers: compared as numbers (an index or partition serves).
    expect(t.sql.text).toContain('"year" = CAST($1 AS INTEGER)');
    expect(t.sql.params).toEqual(['2021']);
  });

  it('counts a sector range once: the range row where it exists, else its 2-digit rows', async () => {
    const t = await readStatisticalSqlFile(parquet, { ...base, level: 2 });
    expect(t.matrix.industries).toEqual(['31-33', '44-45', '48-49']);
    // 01001: its 31-33 row (300), not 31 + 32; 01003: 31 + 33 = 75.
    expect(Array.from(t.matrix.values).slice(0, 6)).toEqual([300, NaN, NaN, 75, NaN, NaN]);
  });

  it('refuses several years without --year, a missing column and a negative value', async () => {
    const years = await issuesOf(readStatisticalSqlFile(parquet, { ...base, year: undefined }));
    expect(years[0]!.message).toContain('several years (2020 to 2021)');
    const column = await issuesOf(readStatisticalSqlFile(parquet, { ...base, value: 'employment' }));
    expect(column[0]).toMatchObject({ field: 'employment' });
    const negative = folder.write('negative.csv', 'county,naics,emp\n01001,311111,-4\n01003,311111,D\n');
    const issues = await issuesOf(readStatisticalSqlFile(negative, { ...base, year: undefined }));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'emp', message: expect.stringContaining('1 row(s) hold a value') }),
    ]);
  });

  it('takes the values as parameters, never as text of the statement', async () => {
    const injected = readStatisticalSqlFile(csv, { ...base, where: [['state', "AL' OR '1'='1"]] });
    expect(await issuesOf(injected)).toEqual([
      expect.objectContaining({ message: 'no rows left after the year, level and where filters' }),
    ]);
  });
});

describePostgres('the SQL aggregation on PostgreSQL, errors', () => {
  it('reads suppression flags of a text column as missing, as the CSV reader does', async () => {
    await runStatements(
      databaseUrl,
      'create table flagged (county text, naics text, year text, emp text)',
      "insert into flagged values ('01001','311111','2021','12.5'), ('01003','311111','2021','D'), ('01003','325211','2021','(NA)')",
    );
    const flagged = folder.write(
      'flagged.csv',
      'county,naics,year,emp\n01001,311111,2021,12.5\n01003,311111,2021,D\n01003,325211,2021,(NA)\n',
    );
    const fromServer = await readStatisticalPostgres({ url: databaseUrl, table: 'flagged' }, base);
    const fromFile = await readStatisticalSqlFile(flagged, base, { as: 'flagged' });
    expect(shape(fromServer)).toEqual(shape(await readStatisticalTable(flagged, base)));
    expect(Array.from(fromServer.matrix.values)).toEqual([12.5, NaN, NaN, NaN]);
    expect(fromServer.sql.text).toBe(fromFile.sql.text);
  });

  it('joins a classification table in --query: industries summed into their coarser codes', async () => {
    await runStatements(
      databaseUrl,
      'create table naics_group (naics text primary key, cluster text)',
      "insert into naics_group values ('311111', 'food'), ('325211', 'chemicals')",
    );
    const t = await readStatisticalPostgres(
      {
        url: databaseUrl,
        query:
          'select m.county, g.cluster, m.year, m.emp from microdata as m join naics_group as g using (naics)',
      },
      { region: 'county', industry: 'cluster', value: 'emp', year: 2021 },
    );
    expect(t.matrix.industries).toEqual(['chemicals', 'food']);
    // 01001: 200 and 60 + 40; 01003: missing (one NULL row) and 50; 02010: none and 30; 04013: 400, 500.
    expect(Array.from(t.matrix.values)).toEqual([200, 100, NaN, 50, NaN, 30, 400, 500]);
  });

  it('names --table, --query and --source, never with the password', async () => {
    const table = await issuesOf(readStatisticalPostgres({ url: databaseUrl, table: 'no_such_table' }, base));
    expect(table[0]).toMatchObject({ field: '--table', message: expect.stringContaining('42P01') });
    const badName = await issuesOf(readStatisticalPostgres({ url: databaseUrl, table: 'x; drop' }, base));
    expect(badName[0]).toMatchObject({ field: '--table' });
    const query = await issuesOf(readStatisticalPostgres({ url: databaseUrl, query: 'selec 1' }, base));
    expect(query[0]).toMatchObject({ field: '--query' });
    const url = new URL(databaseUrl);
    url.username = 'nobody';
    url.password = 'secret-pw';
    const source = await issuesOf(readStatisticalPostgres({ url: url.toString(), table: 'microdata' }, base));
    expect(source[0]).toMatchObject({ field: '--source' });
    expect(JSON.stringify(source)).not.toContain('secret-pw');
    expect(redactSourceUrl('postgres://ana:secret@db:5432/stats?password=x&sslmode=require')).toBe(
      'postgres://ana@db:5432/stats?sslmode=require',
    );
  });
});
