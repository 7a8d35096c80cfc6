/**
 * A region × industry (or country × product) table of values, dense and row-major in a
 * Float64Array: `values[r * industries.length + i]`. A missing or suppressed cell is NaN,
 * never 0 — every measure states what it does with NaN. The core takes this matrix; it
 * never sees files or SQL (DESIGN.md).
 */
export interface RegionIndustryMatrix {
  regions: readonly string[];
  industries: readonly string[];
  /** Row-major, length regions × industries; NaN = missing. */
  values: Float64Array;
}

/**
 * @example regionIndustryMatrix(['a', 'b'], ['x', 'y'], [1, 2, 3, NaN])
 */
export function regionIndustryMatrix(
  regions: readonly string[],
  industries: readonly string[],
  values: Float64Array | readonly number[],
): RegionIndustryMatrix {
  const data = values instanceof Float64Array ? values : Float64Array.from(values);
  if (data.length !== regions.length * industries.length) {
    throw new Error(
      `regionIndustryMatrix: ${data.length} values for ${regions.length} regions × ${industries.length} industries (expected ${regions.length * industries.length})`,
    );
  }
  for (let k = 0; k < data.length; k++) {
    const v = data[k]!;
    if (v < 0) {
      throw new Error(
        `regionIndustryMatrix: negative value ${v} at region "${regions[Math.floor(k / industries.length)]}", industry "${industries[k % industries.length]}"`,
      );
    }
  }
  return { regions, industries, values: data };
}
