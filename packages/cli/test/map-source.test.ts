/**
 * `polos map --source postgres://… --table T | --query Q` (decision 107) as a user runs it
 * (the bundled CLI in a child process): the same synthetic microdata as a CSV file, a
 * Parquet file and a PostgreSQL table give byte-identical outputs with each filter; run.json
 * names the server without its password; bad flags exit 2 naming the flag. Needs
 * TEST_DATABASE_URL (scripts/start-test-postgres.sh); with POLOS_REQUIRE_POSTGRES=1 it
 * fails without one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  csvToParquet,
  loadMicrodataTable,
  type TestDatabase,
} from '../../store/test/microdata-sources';
import { bundleCli, type BundledCli } from './bundled-cli';

const serverUrl = process.env.TEST_DATABASE_URL;
const requirePostgres = process.env.POLOS_REQUIRE_POSTGRES === '1';
let database: TestDatabase | null = null;
let databaseUrl = '';
let work: string;
let cli: BundledCli;

// 24 counties of 3 states × 10 six-digit NAICS codes (and their 2-digit sectors) × 2 years,
// from a fixed formula; some cells missing (empty), some absent (no row), one cell twice.
function microdata(): string[][] {
  const rows: string[][] = [];
  const codes = [
    '311111',
    '311211',
    '325211',
    '325412',
    '336111',
    '336411',
    '541511',
    '541611',
    '622110',
    '722511',
  ];
  for (const year of [2020, 2021])
    for (let c = 0; c < 24; c++) {
      const county = `${['01', '06', '48'][c % 3]}${String(1 + 2 * c).padStart(3, '0')}`;
      const state = ['AL', 'CA', 'TX'][c % 3]!;
      codes.forEach((code, k) => {
        if ((c * 7 + k * 3) % 11 === 0) return; // absent
        const emp = (c * 37 + k * 53 + year) % 97 === 5 ? '' : String(((c + 3) * (k + 5) * 13 + year) % 900);
        rows.push([county, code, String(year), state, emp, String(1 + ((c + k) % 9))]);
        if (c === 4 && k === 2) rows.push([county, code, String(year), state, '17', '1']);
      });
      rows.push([county, '31-33', String(year), state, String(1000 + c), '30']);
    }
  return rows;
}

const CASES: Array<[string, string[]]> = [
  ['a year and NAICS level 6', ['--year', '2021', '--level', '6']],
  [
    'establishments and cluster definitions',
    ['--year', '2021', '--level', '6', '--establishments', 'estab', '--definitions', 'DEFS'],
  ],
  [
    'where on a column named twice',
    ['--year', '2020', '--level', '6', '--where', 'state=AL', '--where', 'state=TX'],
  ],
  [
    'region prefix and absent cells as zero',
    ['--year', '2021', '--level', '6', '--region-prefix', '2', '--absent', 'zero'],
  ],
];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polos-map-source-'));
  cli = await bundleCli('map-source');
  const header = 'county,naics,year,state,emp,estab';
  writeFileSync(
    join(work, 'microdata.csv'),
    `${header}\n${microdata()
      .map((r) => r.join(','))
      .join('\n')}\n`,
  );
  writeFileSync(
    join(work, 'defs.csv'),
    'industry,cluster,type\n311111,food,traded\n311211,food,traded\n325211,chemicals,traded\n325412,chemicals,traded\n336111,vehicles,traded\n336411,vehicles,traded\n541511,services,traded\n541611,services,traded\n622110,local health,local\n722511,local food,local\n',
  );
  await csvToParquet(join(work, 'microdata.csv'), join(work, 'microdata.parquet'), ['county', 'naics']);
  database = await createTestDatabase('polos_map');
  if (!database) return;
  databaseUrl = database.url;
  await loadMicrodataTable(databaseUrl, microdata());
}, 120_000);

afterAll(async () => {
  cli?.remove();
  rmSync(work, { recursive: true, force: true });
  await database?.drop();
});

const columns = ['--region', 'county', '--industry', 'naics', '--value', 'emp'];

/** Runs `polos map <input…> <columns> <flags> --out <dir>` and returns the folder (exit 0 asserted). */
function map(name: string, input: string[], flags: string[]): string {
  const out = join(work, name);
  const args = flags.map((f) => (f === 'DEFS' ? join(work, 'defs.csv') : f));
  const r = cli.run(['map', ...input, ...columns, ...args, '--out', out]);
  expect(r.stderr.replace(/^warning: .*\n/gm, '')).toBe('');
  expect(r.code).toBe(0);
  return out;
}

const outputsOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { outputs: string[] }).outputs;

const describePostgres = serverUrl || requirePostgres ? describe : describe.skip;

describePostgres('polos map --source postgres://…', () => {
  it.each(CASES)('writes the same files from CSV, Parquet, a table and a query: %s', (name, flags) => {
    const slug = name.replace(/\W+/g, '-');
    const csv = map(`${slug}-csv`, [join(work, 'microdata.csv')], flags);
    const parquet = map(`${slug}-parquet`, [join(work, 'microdata.parquet')], flags);
    const table = map(`${slug}-table`, ['--source', databaseUrl, '--table', 'microdata'], flags);
    const query = map(
      `${slug}-query`,
      ['--source', databaseUrl, '--query', 'select * from microdata'],
      flags,
    );
    const outputs = outputsOf(csv);
    expect(outputs).toContain('lq.csv');
    expect(outputs.includes('clusters.csv')).toBe(flags.includes('--definitions'));
    for (const dir of [parquet, table, query]) {
      expect(outputsOf(dir)).toEqual(outputs);
      for (const file of outputs)
        expect(readFileSync(join(dir, file), 'utf8'), `${dir}/${file}`).toBe(
          readFileSync(join(csv, file), 'utf8'),
        );
    }
  });

  it('records the server without its password, the table and the statement in run.json', () => {
    const url = new URL(databaseUrl);
    url.password = 'not-needed-secret';
    const out = map(
      'run-json',
      ['--source', url.toString(), '--table', 'microdata'],
      ['--year', '2021', '--level', '6'],
    );
    const text = readFileSync(join(out, 'run.json'), 'utf8');
    expect(text).not.toContain('not-needed-secret');
    const input = (JSON.parse(text) as { input: Record<string, unknown> }).input;
    expect(input.source).toBe(databaseUrl);
    expect(input.table).toBe('microdata');
    expect(input.file).toBeUndefined();
    expect((input.sql as { text: string; params: string[] }).params).toEqual(['2021']);
    expect((input.sql as { text: string }).text).toContain('FROM "microdata" AS source');
  }, 60_000);

  it('exits 2 naming the flag: bad URL, table name, unknown table, column, query; never the password', () => {
    const secret = new URL(databaseUrl);
    secret.password = 'hunter2-secret';
    const runs: Array<[string[], RegExp]> = [
      [['--source', 'mysql://a:hunter2-secret@h/db', '--table', 'microdata'], /--source: a PostgreSQL URL/],
      [['--source', databaseUrl], /--source needs one of --table/],
      [['--source', databaseUrl, '--table', 'microdata; drop table microdata'], /--table: a table name/],
      [['--source', databaseUrl, '--table', 'no_such_table'], /, --table: 42P01/],
      [['--source', databaseUrl, '--query', 'selec 1'], /, --query: 42601/],
      [['--table', 'microdata'], /--table needs --source/],
      [[join(work, 'microdata.csv'), '--source', databaseUrl, '--table', 'microdata'], /not both/],
      [[], /give a file/],
    ];
    for (const [input, message] of runs) {
      const r = cli.run(['map', ...input, ...columns, '--out', join(work, 'bad')]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
    const column = cli.run([
      'map',
      '--source',
      databaseUrl,
      '--table',
      'microdata',
      '--region',
      'fips',
      '--industry',
      'naics',
      '--value',
      'emp',
      '--out',
      join(work, 'bad'),
    ]);
    expect([column.code, column.stderr]).toEqual([
      2,
      expect.stringContaining('column "fips" (--region) is not in the header'),
    ]);
    const refused = cli.run([
      'map',
      '--source',
      secret.toString().replace(/\/\/[^:]+:/, '//nobody:'),
      '--table',
      'microdata',
      ...columns,
      '--out',
      join(work, 'bad'),
    ]);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining(', --source: ')]);
    expect(refused.stderr).not.toContain('hunter2-secret');
    // a problem of the whole source has no line and the flag is no column
    expect(refused.stderr).not.toMatch(/line 0|column --/);
  }, 180_000);
});
