/**
 * Axis ticks for every chart (decision 099): numbers in the page's language ("12.000" and
 * "0,5" in Spanish and Portuguese, "12,000" and "0.5" in English), one tick per year on a
 * time axis of years, and a left margin wide enough for the longest tick label. Pure
 * functions: the charts pass them to Observable Plot (`tickFormat`, `ticks`, `marginLeft`).
 */

/**
 * A tick formatter in `lang` for Plot's `tickFormat`: every tick of one axis gets the same
 * number of decimals — the fewest that show each tick exactly (0.0 0.5 1.0, or 0 5 10) —
 * and the language's grouping and decimal signs.
 *
 * @example numberTicks('es')(12000, 0, [0, 6000, 12000]) // → '12.000'
 * @example [0, 0.5, 1].map(numberTicks('pt')) // → ['0,0', '0,5', '1,0']
 */
export function numberTicks(
  lang: string,
): (value: number, index?: number, ticks?: ArrayLike<unknown>) => string {
  const formats = new Map<number, Intl.NumberFormat>();
  const format = (digits: number) => {
    let f = formats.get(digits);
    if (!f) {
      // Grouping always (es would otherwise print 4-digit numbers ungrouped next to 5-digit ones).
      f = new Intl.NumberFormat(lang, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: 'always',
      });
      formats.set(digits, f);
    }
    return f;
  };
  return (value, _index, ticks) => {
    const numbers = ticks ? Array.from(ticks).filter((t): t is number => typeof t === 'number') : [value];
    return format(fractionDigits(numbers.length ? numbers : [value])).format(value);
  };
}

/** The fewest decimals (at most 6) that write every one of `values` exactly. */
export function fractionDigits(values: readonly number[]): number {
  for (let digits = 0; digits < 6; digits++) {
    const scale = 10 ** digits;
    if (
      values.every(
        (v) => Math.abs(Math.round(v * scale) - v * scale) < 1e-6 * Math.max(1, Math.abs(v * scale)),
      )
    )
      return digits;
  }
  return 6;
}

/**
 * The ticks of an axis of years: each whole year from the first to the last once (never
 * "2021 2021 2021 2022"), thinned to every 2nd, 5th, 10th… year so that at most `most` remain.
 *
 * @example yearTicks([2012, 2008, 2015]) // → [2008, 2009, …, 2015]
 * @example yearTicks([1995, 2002, 2017], 5) // → [1995, 2000, 2005, 2010, 2015]
 */
export function yearTicks(years: readonly number[], most = 10): number[] {
  const whole = years.filter(Number.isFinite).map(Math.round);
  if (!whole.length) return [];
  const first = Math.min(...whole);
  const last = Math.max(...whole);
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) {
    const start = Math.ceil(first / step) * step;
    const ticks: number[] = [];
    for (let y = step === 1 ? first : start; y <= last; y += step) ticks.push(y);
    if (ticks.length <= Math.max(1, most)) return ticks.length ? ticks : [first];
  }
  return [first, last];
}

/** A year as an axis label: no grouping sign in any language ("2021", not "2.021"). */
export const yearLabel = (year: number | Date): string =>
  String(year instanceof Date ? year.getUTCFullYear() : Math.round(year));

/** 1 January of `year` (UTC): where a time axis puts the tick of that year. */
export const yearStart = (year: number): Date => new Date(Date.UTC(year, 0, 1));

/** Average width of a digit or letter of the axis font (Plot: 10 px sans-serif), in pixels. */
const CHARACTER_WIDTH = 6.2;

/**
 * The left margin (px) that fits the longest of `labels` beside a tick (6 px) with some air:
 * at least Plot's own 40 px.
 *
 * @example leftMargin(['0', '6,000', '12,000']) // → 56
 */
export function leftMargin(labels: readonly string[]): number {
  const longest = labels.reduce((n, label) => Math.max(n, label.length), 0);
  return Math.max(40, Math.ceil(longest * CHARACTER_WIDTH) + 19);
}

/**
 * Ticks of a linear axis from 0 to at least `max`, about `count` of them, with d3's steps
 * (1, 2 or 5 × 10ⁿ): the last tick is the top of the axis, so the labels, and the margin
 * they need, are known before the chart is drawn.
 *
 * @example zeroBasedTicks(13844) // → [0, 2000, 4000, 6000, 8000, 10000, 12000, 14000]
 */
export function zeroBasedTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step =
    power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
  const ticks = [0];
  while (ticks[ticks.length - 1]! < max && ticks.length < 100)
    ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks;
}

/**
 * Ticks of an axis of counts (clusters, agreements): whole numbers only, so that a small
 * count never reads "0 0 1 1 2" under Plot's own half steps.
 *
 * @example countTicks(3) // → [0, 1, 2, 3]
 */
export function countTicks(max: number, count = 5): number[] {
  const ticks = zeroBasedTicks(Math.max(1, max), count);
  return ticks.every(Number.isInteger) ? ticks : zeroBasedTicks(Math.max(1, Math.ceil(max)), Math.ceil(max));
}
