/**
 * Rows of one region and industry met twice, for readers that refuse them instead of
 * summing (`duplicates: 'refuse'`, the map studio's uploads): the line of each pair's first
 * row, keyed by the reader's region and code ids (below 2^18 industries, well over the limits).
 */
export class RepeatedRows {
  private readonly first = new Map<number, number>();

  /** The line of an earlier row of region `r` and code `c`, or undefined (this row is then recorded). */
  earlier(r: number, c: number, line: number): number | undefined {
    const key = r * 262_144 + c;
    const before = this.first.get(key);
    if (before === undefined) this.first.set(key, line);
    return before;
  }
}
