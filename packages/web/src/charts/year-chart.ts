/**
 * A line chart of one quantity by year (Observable Plot), as the profile's key figures use
 * it: one tick per year, the quantity's own zero-based axis with ticks in the page's
 * language, a left margin that fits them, and a text alternative that reads the values.
 */
import * as Plot from '@observablehq/plot';
import { leftMargin, numberTicks, yearLabel, yearTicks, zeroBasedTicks } from './ticks';

export interface YearPoint {
  year: number;
  value: number;
}

export interface YearChartOptions {
  points: readonly YearPoint[];
  /** The page's language (ticks and the text alternative). */
  lang: string;
  /** What the chart shows, e.g. "Direct jobs by year": the start of its text alternative. */
  title: string;
  /** The y axis label (the quantity), or null. */
  label: string | null;
  color: string;
  width?: number;
  height?: number;
}

/** "Direct jobs by year: 2008, 13,844; 2009, 12,390" — the chart's values as text. */
export function yearChartDescription(title: string, points: readonly YearPoint[], lang: string): string {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return `${title}: ${sorted.map((p) => `${yearLabel(p.year)}, ${number.format(p.value)}`).join('; ')}`;
}

/** The axes the chart uses (exported for tests: what the reader sees on the axes). */
export function yearChartAxes(points: readonly YearPoint[], lang: string, width = 320) {
  const years = yearTicks(
    points.map((p) => p.year),
    Math.max(2, Math.floor(width / 40)),
  );
  const y = zeroBasedTicks(Math.max(0, ...points.map((p) => p.value)), 5);
  const format = numberTicks(lang);
  const yLabels = y.map((v, i) => format(v, i, y));
  return { years, y, yLabels, marginLeft: leftMargin(yLabels) };
}

export function yearChart(options: YearChartOptions): SVGSVGElement | HTMLElement {
  const { points, lang, title, label, color, width = 320, height = 200 } = options;
  const axes = yearChartAxes(points, lang, width);
  const first = Math.min(...points.map((p) => p.year));
  const last = Math.max(...points.map((p) => p.year));
  return Plot.plot({
    ariaLabel: yearChartDescription(title, points, lang),
    width,
    height,
    marginLeft: axes.marginLeft,
    marginRight: 16,
    x: {
      label: null,
      type: 'linear',
      domain: first === last ? [first - 0.5, last + 0.5] : [first, last],
      ticks: axes.years,
      tickFormat: yearLabel,
    },
    y: {
      label,
      domain: [0, axes.y[axes.y.length - 1] ?? 1],
      ticks: axes.y,
      tickFormat: numberTicks(lang),
      grid: true,
    },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(points, { x: 'year', y: 'value', stroke: color, marker: 'circle', sort: 'year' }),
    ],
  });
}
