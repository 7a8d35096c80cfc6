/**
 * The `where` row filters of the streaming CSV reader (statistical-csv-reader.ts), done as
 * it does years: each filtered column's field is interned from its bytes (ByteInterner),
 * and a keep flag is decided once per distinct value, so a row costs one hash per column.
 */
import { ByteInterner } from './statistical-csv-columns';

/** Bytes of one field: [start, end) after trimming spaces/tabs/CR; `escaped` when it held "". */
export interface Field {
  start: number;
  end: number;
  quoted: boolean;
  escaped: boolean;
}

interface FilteredColumn {
  index: number;
  values: ReadonlySet<string>;
  interner: ByteInterner;
  keep: number[]; // per distinct value id: 1 kept, 0 dropped
}

/**
 * The filters `where` names, on the columns of `header` (every column present: the caller
 * checked with requireColumns). A column named twice keeps either value.
 *
 * @example const filter = new RowFilter([['geo_level', '2'], ['nace_level', 'division']], header)
 */
export class RowFilter {
  private readonly columns: FilteredColumn[];
  /** The last field index a row needs for the filters (-1 without filters). */
  readonly lastIndex: number;

  constructor(where: ReadonlyArray<readonly [string, string]>, header: readonly string[]) {
    const byColumn = new Map<string, Set<string>>();
    for (const [column, value] of where) {
      const values = byColumn.get(column) ?? new Set<string>();
      values.add(value);
      byColumn.set(column, values);
    }
    this.columns = [...byColumn].map(([column, values]) => ({
      index: header.indexOf(column),
      values,
      interner: new ByteInterner(),
      keep: [],
    }));
    this.lastIndex = Math.max(-1, ...this.columns.map((c) => c.index));
  }

  /** Whether the row whose fields are `fields` (bytes of `bytes`) passes every filter. */
  keeps(
    bytes: Uint8Array,
    fields: readonly Field[],
    decode: (bytes: Uint8Array, f: Field) => string,
  ): boolean {
    for (const column of this.columns) {
      const f = fields[column.index]!;
      const { interner, keep } = column;
      const id = interner.id(bytes, f.start, f.end, f.escaped ? decode(bytes, f) : undefined);
      if (id === keep.length) keep.push(column.values.has(interner.names[id]!.trim()) ? 1 : 0);
      if (!keep[id]) return false;
    }
    return true;
  }
}
