/**
 * Limits of the statistical readers: a table over a limit is refused where the reader
 * finds it — the line of the first code, row or byte too many — with an error naming the
 * limit and how to raise it, before the matrix is allocated and without reading on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatisticalCsvWriter } from './statistical-csv-writer';
import { StatisticalLimitError } from './statistical-limits';
import { writeParquetFromCsv } from './statistical-parquet';
import {
  readStatisticalTable,
  readStatisticalTableWithDuckDB,
  type StatisticalTableOptions,
} from './statistical-table';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'polos-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const columns = { region: 'region', industry: 'industry', value: 'value' };

/** One row per region on the diagonal: region r has only industry r (n distinct of each). */
function diagonal(n: number, tail = ''): string {
  const lines = ['region,industry,value'];
  for (let k = 0; k < n; k++) lines.push(`r${k},i${k},${k + 1}`);
  return `${lines.join('\n')}\n${tail}`;
}

function write(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function limitOf(promise: Promise<unknown>): Promise<StatisticalLimitError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StatisticalLimitError) return error;
    throw error;
  }
  throw new Error('expected a StatisticalLimitError');
}

const read = (path: string, limits: StatisticalTableOptions['limits']) =>
  readStatisticalTable(path, { ...columns, limits });

describe('readStatisticalTable (streaming CSV reader) limits', () => {
  it('refuses the region code one over maxRegions on its line, and does not read the bad rows after it', async () => {
    // Line 1 is the header; the 6th region is on line 7; line 22 (not a number) is never read.
    const path = write('regions.csv', diagonal(20, 'r99,i0,not-a-number\n'));
    const error = await limitOf(read(path, { maxRegions: 5 }));
    expect(error.limit).toBe('maxRegions');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ file: 'regions.csv', row: 7, field: 'region' });
    expect(error.issues[0]!.message).toContain('more than 5 distinct regions');
    expect(error.issues[0]!.message).toContain('POLOS_MAX_REGIONS');
    expect(error.issues[0]!.message).toContain('--max-regions');
  });

  it('refuses the industry code one over maxIndustries on its line', async () => {
    const error = await limitOf(read(write('industries.csv', diagonal(20)), { maxIndustries: 3 }));
    expect(error.limit).toBe('maxIndustries');
    expect(error.issues[0]).toMatchObject({ row: 5, field: 'industry' });
    expect(error.issues[0]!.message).toContain('POLOS_MAX_INDUSTRIES');
  });

  it('refuses as soon as regions × industries so far exceed maxCells (7 × 8 > 50 on line 9)', async () => {
    const error = await limitOf(read(write('cells.csv', diagonal(20)), { maxCells: 50 }));
    expect(error.limit).toBe('maxCells');
    expect(error.issues[0]!.row).toBe(9);
    expect(error.issues[0]!.message).toContain('7 regions × 8 industries so far make more than 50 cells');
    expect(error.issues[0]!.message).toContain('POLOS_MAX_CELLS');
  });

  it('refuses the row one over maxRows, blank lines not counted', async () => {
    const text = 'region,industry,value\n\na,x,1\nb,x,1\n\na,y,1\nb,y,2\na,z,3\n';
    const error = await limitOf(read(write('rows.csv', text), { maxRows: 4 }));
    expect(error.limit).toBe('maxRows');
    expect(error.issues[0]).toMatchObject({ row: 6, field: '(row)' });
    expect(error.issues[0]!.message).toContain('more than 4 rows');
    expect(error.issues[0]!.message).toContain('POLOS_MAX_ROWS');
    // At the limit, the same file is read.
    const table = await read(write('rows-ok.csv', text), { maxRows: 5 });
    expect(table.rows).toBe(5);
  });

  it('stops inflating a .csv.gz at maxBytes of text: a 10 MB gzip bomb with a 1 MB cap', async () => {
    const row = 'r1,i1,1\nr2,i2,1\n';
    const bomb = gzipSync(Buffer.from(`region,industry,value\n${row.repeat(10 * 1024 * 64)}`));
    expect(bomb.length).toBeLessThan(100_000);
    const error = await limitOf(read(write('bomb.csv.gz', bomb), { maxBytes: 1024 * 1024 }));
    expect(error.limit).toBe('maxBytes');
    expect(error.issues[0]!.field).toBe('(file)');
    expect(error.issues[0]!.message).toContain('more than 1 MB of text once decompressed');
    expect(error.issues[0]!.message).toContain('POLOS_MAX_DECOMPRESSED_MB');
    // Stopped before the end: fewer than 2 MB of the 10 MB of rows were scanned.
    expect(error.issues[0]!.row).toBeLessThan((2 * 1024 * 1024) / 8);
  });

  it('caps plain CSV text with maxBytes too', async () => {
    const error = await limitOf(read(write('plain.csv', diagonal(2000)), { maxBytes: 1024 }));
    expect(error.limit).toBe('maxBytes');
    expect(error.issues[0]!.message).toContain('more than 0.001 MB of text: the limit is 0.001 MB');
  });

  it('refuses the probe’s 0.5 MB file of 20,000 regions × 20,000 industries with the default limits, at line 7,073', async () => {
    // The industry of a row is counted before its region: 7,071 × 7,072 = 50,006,112 is the
    // first count over the default 50 million cells, on row 7,072 (line 7,073).
    const path = write('diagonal.csv', diagonal(20_000));
    const started = performance.now();
    const error = await limitOf(readStatisticalTable(path, columns));
    expect(error.limit).toBe('maxCells');
    expect(error.issues[0]!.row).toBe(7_073);
    expect(error.issues[0]!.message).toContain('7,071 regions × 7,072 industries so far');
    // Far from the 3.2 GB matrix the file names; a generous bound, not a speed test.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('readStatisticalTableWithDuckDB limits (Parquet)', () => {
  let parquet: string;
  beforeAll(async () => {
    const csv = join(dir, 'grid.csv');
    const f = new StatisticalCsvWriter(csv, 'region,industry,value');
    for (let r = 0; r < 30; r++) for (let i = 0; i < 4; i++) f.text(`r${r},i${i},${r + i + 1}\n`);
    f.close();
    parquet = join(dir, 'grid.parquet');
    await writeParquetFromCsv(csv, parquet);
  });

  it('refuses a Parquet file with more rows than maxRows from its metadata', async () => {
    const error = await limitOf(readStatisticalTable(parquet, { ...columns, limits: { maxRows: 100 } }));
    expect(error.limit).toBe('maxRows');
    expect(error.issues[0]!.message).toContain('120 rows, more than 100');
  });

  it('refuses distinct regions and cells over the limits before making the matrix', async () => {
    const regions = await limitOf(
      readStatisticalTableWithDuckDB(parquet, { ...columns, limits: { maxRegions: 29 } }),
    );
    expect(regions.limit).toBe('maxRegions');
    expect(regions.issues[0]).toMatchObject({ field: 'region' });
    expect(regions.issues[0]!.message).toContain('30 distinct regions');
    const cells = await limitOf(
      readStatisticalTableWithDuckDB(parquet, { ...columns, limits: { maxCells: 119 } }),
    );
    expect(cells.limit).toBe('maxCells');
    const table = await readStatisticalTableWithDuckDB(parquet, { ...columns, limits: { maxCells: 120 } });
    expect(table.matrix.values.length).toBe(120);
  });
});
