/**
 * The rows of the aggregation statement (statistical-sql.ts, one per region × industry)
 * gathered into the table the file readers return (StatisticalTable): labels sorted as the
 * CSV reader sorts them (JavaScript's default order, not the database's collation), a cell
 * with any missing row missing, absent cells missing or 0 (`absentIsZero`), the limits
 * checked while the rows arrive, bad values and several years refused.
 */
import type { ImportIssue } from '../store';
import { assembleTable, SUPPRESSED_VALUES } from './statistical-conventions';
import { count, fail, limitError, statisticalLimits, type StatisticalLimits } from './statistical-limits';
import type { StatisticalTable, StatisticalTableOptions } from './statistical-table-types';

/** A number from either driver: DuckDB gives BIGINT as bigint, pg gives int8 as text. */
const asNumber = (x: unknown): number => (x === null || x === undefined ? NaN : Number(x));

/**
 * Gathers the aggregated rows of one read. `source` names the table or file in messages.
 *
 * @example const m = new SqlAggregateMatrix('microdata', options); for (const row of rows) m.add(row); m.table()
 */
export class SqlAggregateMatrix {
  private readonly limits: StatisticalLimits;
  private readonly regionIds = new Map<string, number>();
  private readonly industryIds = new Map<string, number>();
  private cellRegion = new Int32Array(1024);
  private cellIndustry = new Int32Array(1024);
  private cellValue = new Float64Array(1024);
  private cellEstablishments = new Float64Array(1024);
  private cells = 0;
  private rows = 0;
  private originalCells = 0;
  private firstYear: string | undefined;
  private lastYear: string | undefined;
  private badValue = 0;
  private badEstablishments = 0;
  private emptyCode = 0;

  constructor(
    private readonly source: string,
    private readonly options: StatisticalTableOptions,
    private readonly timings: Record<string, number> = {},
  ) {
    this.limits = statisticalLimits(options.limits);
  }

  /** One row, its columns in the order of AGGREGATE_COLUMNS. */
  add(row: readonly unknown[]): void {
    const [region, industry, nRows, nValue, value, nEst, est, nCells, y0, y1, badV, badE, empty] = row;
    this.badValue += asNumber(badV);
    this.badEstablishments += asNumber(badE);
    this.emptyCode += asNumber(empty);
    const n = asNumber(nRows);
    this.rows += n;
    this.originalCells += asNumber(nCells);
    if (y0 !== null && y0 !== undefined) {
      const a = String(y0);
      const b = String(y1);
      if (this.firstYear === undefined || a < this.firstYear) this.firstYear = a;
      if (this.lastYear === undefined || b > this.lastYear) this.lastYear = b;
    }
    if (region === null || industry === null) return; // counted in emptyCode
    const at = { file: this.source, row: 0, field: '(table)' };
    if (this.rows > this.limits.maxRows)
      throw limitError('maxRows', this.limits.maxRows, at, `more than ${count(this.limits.maxRows)} rows`);
    const r = this.id(this.regionIds, String(region), 'maxRegions', this.options.region);
    const i = this.id(this.industryIds, String(industry), 'maxIndustries', this.options.industry);
    if (this.cells === this.cellRegion.length) this.grow();
    const k = this.cells++;
    this.cellRegion[k] = r;
    this.cellIndustry[k] = i;
    this.cellValue[k] = asNumber(nValue) < n ? NaN : asNumber(value);
    this.cellEstablishments[k] = asNumber(nEst) < n ? NaN : asNumber(est);
  }

  /** The table, after every row (or the error the rows call for). */
  table(): StatisticalTable {
    const { options, source } = this;
    const t = performance.now();
    const issues: ImportIssue[] = [];
    const flags = SUPPRESSED_VALUES.filter(Boolean).join(' ');
    const bad = (field: string, n: number, what: string) =>
      n > 0 && issues.push({ file: source, row: 0, field, message: `${count(n)} row(s) ${what}` });
    const notNumber = `hold a value that is not a non-negative number (missing values: NULL, empty or ${flags})`;
    bad(options.value, this.badValue, notNumber);
    if (options.establishments) bad(options.establishments, this.badEstablishments, notNumber);
    bad(`${options.region}, ${options.industry}`, this.emptyCode, 'have an empty region or industry code');
    if (issues.length) fail(issues);
    const yearColumn = options.yearColumn ?? 'year';
    if (options.year === undefined && this.firstYear !== this.lastYear)
      fail([
        {
          file: source,
          row: 0,
          field: yearColumn,
          message: `the table has several years (${this.firstYear} to ${this.lastYear}): choose one with --year`,
        },
      ]);
    if (this.cells === 0)
      fail([
        {
          file: source,
          row: 0,
          field: options.industry,
          message: 'no rows left after the year, level and where filters',
        },
      ]);
    const regions = [...this.regionIds.keys()].sort();
    const industries = [...this.industryIds.keys()].sort();
    const R = regions.length;
    const P = industries.length;
    if (R * P > this.limits.maxCells)
      throw limitError(
        'maxCells',
        this.limits.maxCells,
        { file: source, row: 0, field: '(table)' },
        `${count(R)} regions × ${count(P)} industries make more than ${count(this.limits.maxCells)} cells`,
      );
    const regionIndex = orderOf(this.regionIds, regions);
    const industryIndex = orderOf(this.industryIds, industries);
    const absent = options.absentIsZero ? 0 : NaN;
    const values = new Float64Array(R * P).fill(absent);
    const establishments = options.establishments ? new Float64Array(R * P).fill(absent) : undefined;
    for (let k = 0; k < this.cells; k++) {
      const cell = regionIndex[this.cellRegion[k]!]! * P + industryIndex[this.cellIndustry[k]!]!;
      values[cell] = this.cellValue[k]!;
      if (establishments) establishments[cell] = this.cellEstablishments[k]!;
    }
    this.timings.matrix = performance.now() - t;
    return assembleTable({
      regions,
      industries,
      values,
      establishments,
      rows: this.rows,
      years: options.year === undefined && this.firstYear !== undefined ? [this.firstYear] : [],
      // Without a prefix every group is one original cell; with one, n_cells counted them.
      duplicates: this.rows - (options.regionPrefix !== undefined ? this.originalCells : this.cells),
      timings: this.timings,
    });
  }

  private id(ids: Map<string, number>, label: string, limit: 'maxRegions' | 'maxIndustries', field: string) {
    let id = ids.get(label);
    if (id === undefined) {
      id = ids.size;
      if (id >= this.limits[limit])
        throw limitError(
          limit,
          this.limits[limit],
          { file: this.source, row: 0, field },
          `more than ${count(this.limits[limit])} distinct ${limit === 'maxRegions' ? 'regions' : 'industries'}`,
        );
      ids.set(label, id);
    }
    return id;
  }

  private grow(): void {
    const size = this.cellRegion.length * 2;
    const widen = <T extends Int32Array | Float64Array>(a: T, b: T): T => (b.set(a), b);
    this.cellRegion = widen(this.cellRegion, new Int32Array(size));
    this.cellIndustry = widen(this.cellIndustry, new Int32Array(size));
    this.cellValue = widen(this.cellValue, new Float64Array(size));
    this.cellEstablishments = widen(this.cellEstablishments, new Float64Array(size));
  }
}

/** For each id (order of first sight), its place in the sorted labels. */
function orderOf(ids: ReadonlyMap<string, number>, sorted: readonly string[]): Int32Array {
  const index = new Int32Array(sorted.length);
  sorted.forEach((label, place) => {
    index[ids.get(label)!] = place;
  });
  return index;
}
