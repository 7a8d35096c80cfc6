import { describe, expect, it } from 'vitest';
import { readDataCsv } from '../../../test/read-data-csv';
import { tinyTable } from './io-fixture';
import { ioCoefficientTables, parseNiotRows } from './io-coefficients';

describe('technical coefficients a(i,j) = z(i,j) / x(j)', () => {
  it('match the hand-computed values of a three-sector table', () => {
    const io = ioCoefficientTables(tinyTable, ['S1', 'S2', 'S3'], 2014);
    const t = io.tables.get('XXX')!;
    const a = (i: number, j: number) => t.a[i * 3 + j];
    expect(a(0, 1)).toBeCloseTo(0.2, 12);
    expect(a(1, 0)).toBeCloseTo(0.12, 12);
    expect(a(2, 2)).toBeCloseTo(0.4, 12);
    expect(a(0, 0)).toBe(0);
    expect(t.p99).toBeCloseTo(0.4, 12);
  });

  it('leave a column without output undefined rather than infinite', () => {
    const io = ioCoefficientTables(
      tinyTable.filter((c) => !(c.rowCode === 'GO' && c.columnCode === 'S3')),
      ['S1', 'S2', 'S3'],
      2014,
    );
    expect(io.tables.get('XXX')!.a[2 * 3 + 2]).toBeNaN();
  });

  it('average Brazil and Mexico into the LAC proxy table, element by element', () => {
    const other = tinyTable.map((c) =>
      c.rowCode === 'S1' && c.origin === 'Domestic' ? { ...c, valueMusd: 70 } : c,
    );
    const io = ioCoefficientTables(
      [...tinyTable.map((c) => ({ ...c, country: 'BRA' })), ...other.map((c) => ({ ...c, country: 'MEX' }))],
      ['S1', 'S2', 'S3'],
      2014,
    );
    // BRA a(S1,S2) = 40 / 200 = 0.2; MEX a(S1,S2) = (70 + 10) / 200 = 0.4; mean 0.3.
    expect(io.tables.get('LAC')!.a[1]).toBeCloseTo(0.3, 12);
    expect(io.tables.get('LAC')!.from).toEqual(['BRA', 'MEX']);
    expect(io.tables.get('ALL')!.a[1]).toBeCloseTo(0.3, 12);
  });

  it('reproduce the WIOD 2014 control for Germany’s motor vehicles: inputs 297,980 of output 445,471', () => {
    // data/wiod-2016-niot/PROVENANCE.md, control 1: DEU column C29, Domestic + Imports = 297,980;
    // GO = 445,471. So Σ_i a(i, C29) = 297,980 / 445,471 = 0.668909…
    const rows = readDataCsv('wiod-2016-niot/wiod2016_niot_2014.csv.gz', (line) => line.startsWith('DEU,'));
    const cells = parseNiotRows(rows);
    if (!cells.ok) throw new Error(JSON.stringify(cells.errors.slice(0, 3)));
    const sectors = readDataCsv('wiod-2016-niot/wiod_sectors.csv').map((s) => s.wiod_code!);
    const io = ioCoefficientTables(cells.items, sectors, 2014);
    const j = io.sectorIndex.get('C29')!;
    const t = io.tables.get('DEU')!;
    let sum = 0;
    for (let i = 0; i < sectors.length; i++) sum += t.a[i * sectors.length + j]!;
    expect(sum).toBeCloseTo(297_980 / 445_471, 9);
    expect(sum).toBeCloseTo(0.6689, 4);
  });

  it('reports the row and column of a bad cell', () => {
    const r = parseNiotRows([
      { country: 'DEU', origin: 'Domestic', row_code: 'A01', column_code: 'A01', value_musd: '3 229' },
      { country: 'DEU', origin: 'Exports', row_code: 'A01', column_code: 'A01', value_musd: '1' },
    ]);
    expect(r.ok ? [] : r.errors).toEqual([
      { row: 2, field: 'value_musd', message: '"3 229" is not a number' },
      { row: 3, field: 'origin', message: 'use Domestic, Imports or Total' },
    ]);
  });
});
