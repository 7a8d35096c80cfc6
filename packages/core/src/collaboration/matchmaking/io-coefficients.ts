/**
 * Technical coefficients of a national input–output table (Leontief 1936; WIOD 2016
 * national tables, Timmer et al. 2015): a(i,j) = z(i,j) / x(j), the inputs of product i
 * (domestic plus imported) bought by industry j per unit of j's output at basic prices.
 * Built from the rows of data/wiod-2016-niot/wiod2016_niot_2014.csv.gz (Domestic and
 * Imports intermediate-use rows, and the `GO` total row). Pure: the caller reads the file.
 */
import { type CsvRow, type RowError, RowReader, type RowsResult } from '../csv-rows';

/** One cell of a WIOD national IO table (a row of wiod2016_niot_2014.csv.gz). */
export interface NiotCell {
  country: string;
  origin: 'Domestic' | 'Imports' | 'Total';
  rowCode: string;
  columnCode: string;
  valueMusd: number;
}

const origins: ReadonlySet<string> = new Set(['Domestic', 'Imports', 'Total']);

/**
 * Parse the CSV rows (columns country, origin, row_code, column_code, value_musd). Checked
 * by hand rather than by a zod schema: the file has 288,960 rows.
 */
export function parseNiotRows(rows: readonly CsvRow[]): RowsResult<NiotCell> {
  const items: NiotCell[] = [];
  const errors: RowError[] = [];
  rows.forEach((row, i) => {
    const r = new RowReader(row, i + 2);
    const country = r.text('country');
    const origin = r.text('origin');
    const rowCode = r.text('row_code');
    const columnCode = r.text('column_code');
    const v = r.text('value_musd');
    const value = v === null ? Number.NaN : Number(v);
    if (country !== null && !/^[A-Z]{3}$/.test(country)) r.fail('country', 'use an ISO 3166-1 alpha-3 code');
    if (country === null) r.fail('country', 'empty');
    if (origin === null || !origins.has(origin)) r.fail('origin', 'use Domestic, Imports or Total');
    if (rowCode === null) r.fail('row_code', 'empty');
    if (columnCode === null) r.fail('column_code', 'empty');
    if (!Number.isFinite(value)) r.fail('value_musd', `"${v ?? ''}" is not a number`);
    if (r.errors.length > 0) errors.push(...r.errors);
    else {
      items.push({
        country: country!,
        origin: origin as NiotCell['origin'],
        rowCode: rowCode!,
        columnCode: columnCode!,
        valueMusd: value,
      });
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items };
}

/** One country's coefficients, row-major: `a[i * n + j]`; NaN where x(j) is 0 (no output). */
export interface IoTable {
  /** ISO3 of the table, or a proxy key (`LAC`, `ALL`). */
  key: string;
  /** Country codes whose tables were averaged (one for a national table). */
  from: string[];
  a: Float64Array;
  /** The 99th percentile of the table's positive coefficients (the normaliser). */
  p99: number;
}

export interface IoTables {
  /** Sector codes in table order (WIOD's 56). */
  sectors: string[];
  sectorIndex: ReadonlyMap<string, number>;
  tables: ReadonlyMap<string, IoTable>;
  year: number;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function positiveP99(a: Float64Array): number {
  const values: number[] = [];
  for (const v of a) if (Number.isFinite(v) && v > 0) values.push(v);
  values.sort((x, y) => x - y);
  return quantile(values, 0.99);
}

/** Element-wise mean of tables over the defined (non-NaN) values. */
export function meanTable(key: string, tables: readonly IoTable[], n: number): IoTable {
  const a = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) {
    let sum = 0;
    let count = 0;
    for (const t of tables) {
      const v = t.a[k] as number;
      if (Number.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    a[k] = count > 0 ? sum / count : Number.NaN;
  }
  return { key, from: tables.flatMap((t) => t.from), a, p99: positiveP99(a) };
}

/**
 * Coefficient tables per country for the given sectors, plus two proxies for countries
 * without a WIOD table: `LAC` = mean of Brazil and Mexico (the two Latin American
 * economies in WIOD), `ALL` = mean of every country's table.
 */
export function ioCoefficientTables(
  cells: Iterable<NiotCell>,
  sectors: readonly string[],
  year: number,
): IoTables {
  const n = sectors.length;
  const sectorIndex = new Map(sectors.map((s, i) => [s, i]));
  const z = new Map<string, Float64Array>();
  const x = new Map<string, Float64Array>();
  const get = (m: Map<string, Float64Array>, c: string, size: number) => {
    let v = m.get(c);
    if (!v) m.set(c, (v = new Float64Array(size)));
    return v;
  };
  for (const cell of cells) {
    const j = sectorIndex.get(cell.columnCode);
    if (j === undefined) continue;
    if (cell.origin === 'Total') {
      if (cell.rowCode === 'GO') get(x, cell.country, n)[j] = cell.valueMusd;
      continue;
    }
    const i = sectorIndex.get(cell.rowCode);
    if (i === undefined) continue;
    get(z, cell.country, n * n)[i * n + j]! += cell.valueMusd;
  }
  const tables = new Map<string, IoTable>();
  for (const [country, zc] of [...z].sort(([p], [q]) => p.localeCompare(q))) {
    const xc = x.get(country) ?? new Float64Array(n);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const out = xc[j] as number;
        a[i * n + j] = out > 0 ? (zc[i * n + j] as number) / out : Number.NaN;
      }
    }
    tables.set(country, { key: country, from: [country], a, p99: positiveP99(a) });
  }
  const national = [...tables.values()];
  const lac = national.filter((t) => t.key === 'BRA' || t.key === 'MEX');
  if (lac.length > 0) tables.set('LAC', meanTable('LAC', lac, n));
  if (national.length > 0) tables.set('ALL', meanTable('ALL', national, n));
  return { sectors: [...sectors], sectorIndex, tables, year };
}
