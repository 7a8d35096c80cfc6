/**
 * The growable columns of the streaming CSV reader (statistical-csv-reader.ts): distinct
 * codes interned from their bytes, the typed columns of the kept rows, and their pivot
 * into the dense matrix.
 */

/**
 * Distinct byte strings → dense ids, without making a string per row: open addressing on
 * an FNV-1a hash; each new key's bytes are copied into an arena and decoded once.
 */
export class ByteInterner {
  private slots = new Int32Array(1024).fill(-1);
  private hashes: number[] = [];
  private starts: number[] = [];
  private lengths: number[] = [];
  private arena = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  readonly names: string[] = [];

  id(bytes: Uint8Array, start: number, end: number, decoded?: string): number {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
    h >>>= 0;
    const mask = this.slots.length - 1;
    let slot = h & mask;
    const length = end - start;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h && this.lengths[id] === length) {
        const at = this.starts[id]!;
        let k = 0;
        while (k < length && this.arena[at + k] === bytes[start + k]) k++;
        if (k === length) return id;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.names.length;
    if (this.used + length > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + length));
      this.arena.copy(bigger, 0, 0, this.used);
      this.arena = bigger;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.hashes.push(h);
    this.starts.push(this.used);
    this.lengths.push(length);
    this.used += length;
    this.names.push(decoded ?? Buffer.from(bytes.buffer, bytes.byteOffset + start, length).toString('utf8'));
    this.slots[slot] = id;
    if (this.names.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

/** Growable typed columns of the kept rows. */
export class RowColumns {
  length = 0;
  region = new Int32Array(1 << 16);
  code = new Int32Array(1 << 16);
  value = new Float64Array(1 << 16);
  est: Float64Array | undefined;
  constructor(withEstablishments: boolean) {
    if (withEstablishments) this.est = new Float64Array(1 << 16);
  }
  push(region: number, code: number, value: number, est: number): void {
    if (this.length === this.region.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.region = grow(this.region);
      this.code = grow(this.code);
      this.value = grow(this.value);
      if (this.est) this.est = grow(this.est);
    }
    const k = this.length++;
    this.region[k] = region;
    this.code[k] = code;
    this.value[k] = value;
    if (this.est) this.est[k] = est;
  }
}

/**
 * The kept rows summed into the dense matrix (regions and industries sorted): a cell with
 * no row stays NaN (0 with `absentIsZero`), a cell with any missing row is missing; at
 * level 2 a region that has the range row (31-33) does not also count its 31, 32, 33 rows.
 * `target[c]`: the industry code `c` counts in; `codeKeep[c]`: 0 when the level filter
 * dropped it. With `regionPrefix` each region code counts in its first N characters; the
 * range rule and the count of `duplicates` (rows of the same original region and industry
 * as an earlier row) stay per original region, so the roll-up's sums are not duplicates.
 */
export function pivotRows(
  rows: RowColumns,
  input: {
    regionNames: string[];
    codeNames: string[];
    target: string[];
    codeKeep: number[];
    level: number | undefined;
    regionPrefix?: number | undefined;
    absentIsZero?: boolean | undefined;
  },
) {
  const { regionNames, codeNames, target, codeKeep, level, regionPrefix } = input;
  // Original (trimmed) region codes, and the region each counts in.
  const origins = [...new Set(regionNames)].sort();
  const outName = (code: string) => (regionPrefix ? code.slice(0, regionPrefix) : code);
  const regionList = [...new Set(origins.map(outName))].sort();
  const industryList = [...new Set(target.filter((_, c) => codeKeep[c]))].sort();
  const originIndex = new Map(origins.map((r, k) => [r, k]));
  const regionIndex = new Map(regionList.map((r, k) => [r, k]));
  const industryIndex = new Map(industryList.map((i, k) => [i, k]));
  const originOf = Int32Array.from(regionNames, (r) => originIndex.get(r)!);
  const rowOf = Int32Array.from(origins, (r) => regionIndex.get(outName(r))!);
  const colOf = Int32Array.from(target, (i) => industryIndex.get(i) ?? -1);
  const R = regionList.length;
  const P = industryList.length;

  // Level 2: a region with the range row (31-33) does not also count its 31, 32, 33 rows.
  let hasRange: Uint8Array | undefined;
  if (level === 2) {
    hasRange = new Uint8Array(origins.length * P);
    for (let k = 0; k < rows.length; k++) {
      const c = rows.code[k]!;
      if (codeNames[c] === target[c] && target[c]!.includes('-'))
        hasRange[originOf[rows.region[k]!]! * P + colOf[c]!] = 1;
    }
  }
  const absent = input.absentIsZero ? 0 : NaN;
  const values = new Float64Array(R * P).fill(absent);
  const est = rows.est ? new Float64Array(R * P).fill(absent) : undefined;
  const state = new Uint8Array(R * P); // 0 absent, 1 summed, 2 missing
  const estMissing = est ? new Uint8Array(R * P) : undefined;
  const seen = regionPrefix ? new Uint8Array(origins.length * P) : undefined; // original cells
  let kept = 0;
  let cells = 0;
  let repeated = 0;
  for (let k = 0; k < rows.length; k++) {
    const c = rows.code[k]!;
    const origin = originOf[rows.region[k]!]! * P + colOf[c]!;
    if (hasRange && hasRange[origin] && codeNames[c] !== target[c]) continue;
    const cell = rowOf[originOf[rows.region[k]!]!]! * P + colOf[c]!;
    kept++;
    if (seen) {
      if (seen[origin]) repeated++;
      seen[origin] = 1;
    }
    const v = rows.value[k]!;
    const s = state[cell]!;
    if (s === 0) {
      cells++;
      values[cell] = v;
      state[cell] = v === v ? 1 : 2;
    } else if (s === 1) {
      if (v === v) values[cell] = values[cell]! + v;
      else {
        values[cell] = NaN;
        state[cell] = 2;
      }
    }
    if (est && estMissing && !estMissing[cell]) {
      const e = rows.est![k]!;
      if (e !== e) {
        est[cell] = NaN;
        estMissing[cell] = 1;
      } else est[cell] = s === 0 ? e : est[cell]! + e;
    }
  }
  const duplicates = seen ? repeated : kept - cells;
  return { regionList, industryList, values, est, kept, duplicates };
}
