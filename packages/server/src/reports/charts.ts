/**
 * The reports' charts as inline SVG, drawn by small pure functions (no script, no library):
 * the funding mix by year as stacked bars with the public share as a line, the indicators by
 * status and dimension, and a cluster's diagnosis scores against its group's averages. Every
 * label passes through `html`, so it is escaped.
 */
import { html, type HtmlValue, type SafeHtml } from './html';

/** Colours of the series, in order; readable in print and for common colour-vision deficiencies. */
export const seriesColours = ['#1b4f72', '#2e86c1', '#85c1e9', '#b9770e', '#f5b041', '#239b56', '#909497'];
const INK = '#1c2833';
const GRID = '#d5d8dc';
const LINE = '#c0392b';
const WIDTH = 680;

/** Up to about five round steps from 0 to at least `max` (1, 2 or 5 × 10ⁿ). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9 && ticks.length <= count + 1; v += step) ticks.push(v);
  return ticks;
}

/** A text at (x, y): small, in ink, anchored `start`, `middle` or `end`. */
const text = (x: number, y: number, value: HtmlValue, anchor = 'middle', size = 9, fill = INK) =>
  // prettier-ignore
  html`<text x="${x}" y="${y}" font-size="${size}" text-anchor="${anchor}" fill="${fill}">${value}</text>`;

const rect = (x: number, y: number, width: number, height: number, fill: string) =>
  // prettier-ignore
  html`<rect x="${x}" y="${y}" width="${width}" height="${Math.max(0, height)}" fill="${fill}"/>`;

const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1) =>
  // prettier-ignore
  html`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}"/>`;

interface LegendKey {
  label: string;
  colour: string;
  /** Drawn as a line (a series drawn as a line), else a square. */
  line?: boolean;
}

/** Four keys a row, from (0, top). */
function legend(keys: readonly LegendKey[], top: number, width: number): SafeHtml[] {
  const per = Math.max(110, Math.floor(width / Math.max(1, Math.min(keys.length, 4))));
  return keys.map((key, i) => {
    const x = (i % 4) * per;
    const y = top + Math.floor(i / 4) * 16;
    const mark = key.line
      ? line(x, y - 4, x + 12, y - 4, key.colour, 2.5)
      : rect(x, y - 10, 12, 10, key.colour);
    return html`${mark}${text(x + 16, y, key.label, 'start', 10)}`;
  });
}

/** The figure: the plot, its legend under it (from `legendTop`, shifted right by `left`), the caption. */
function figure(spec: {
  title: string;
  plot: HtmlValue;
  keys: readonly LegendKey[];
  legendTop: number;
  left: number;
}): SafeHtml {
  const height = spec.legendTop + Math.ceil(spec.keys.length / 4) * 16 + 4;
  // prettier-ignore
  return html`<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${spec.title}">${spec.plot}<g transform="translate(${spec.left},0)">${legend(spec.keys, spec.legendTop, WIDTH - spec.left)}</g></svg><figcaption>${spec.title}</figcaption></figure>`;
}

export interface FundingBar {
  year: number;
  /** The amount of each series, in the order of `series`. */
  values: number[];
  /** Public share 0–1; null when the total is 0. */
  publicShare: number | null;
}

/** Stacked bars of the amounts by year, and the public share as a line on a 0–100 % right axis. */
export function fundingMixChart(
  bars: readonly FundingBar[],
  options: {
    series: readonly string[];
    shareLabel: string;
    title: string;
    amount: (v: number) => string;
    percent: (v: number) => string;
  },
): SafeHtml {
  const [left, right, top, plotHeight] = [70, 46, 12, 220];
  const plotWidth = WIDTH - left - right;
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.values.reduce((s, v) => s + v, 0))));
  const y = (v: number) => top + plotHeight - (v / ticks[ticks.length - 1]!) * plotHeight;
  const shareY = (s: number) => top + plotHeight - s * plotHeight;
  const band = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(2, band * 0.7);
  const cx = (i: number) => left + band * i + band / 2;
  const labelEvery = Math.ceil(bars.length / 16);
  const grid = ticks.map(
    (v) =>
      html`${line(left, y(v), left + plotWidth, y(v), GRID)}${text(left - 4, y(v) + 3, options.amount(v), 'end')}`,
  );
  const shareTicks = [0, 0.25, 0.5, 0.75, 1].map((s) =>
    text(left + plotWidth + 4, shareY(s) + 3, options.percent(s), 'start'),
  );
  const stacks = bars.map((bar, i) => {
    let base = 0;
    const rects = bar.values.map((v, k) => {
      const r = rect(
        cx(i) - barWidth / 2,
        y(base + v),
        barWidth,
        y(base) - y(base + v),
        seriesColours[k % 7]!,
      );
      base += v;
      return r;
    });
    return html`${rects}${i % labelEvery === 0 ? text(cx(i), top + plotHeight + 12, bar.year) : ''}`;
  });
  const points = bars.flatMap((b, i) => (b.publicShare === null ? [] : [[cx(i), shareY(b.publicShare)]]));
  const shareLine = points.length
    ? // prettier-ignore
      html`<polyline points="${points.map(([x, y]) => `${x!.toFixed(1)},${y!.toFixed(1)}`).join(' ')}" fill="none" stroke="${LINE}" stroke-width="2.5"/>${points.map(([x, y]) => html`<circle cx="${x!}" cy="${y!}" r="2.5" fill="${LINE}"/>`)}`
    : '';
  return figure({
    title: options.title,
    plot: html`${grid}${shareTicks}${stacks}${shareLine}${line(left, y(0), left + plotWidth, y(0), INK)}`,
    keys: [
      ...options.series.map((label, k) => ({ label, colour: seriesColours[k % 7]! })),
      { label: options.shareLabel, colour: LINE, line: true },
    ],
    legendTop: top + plotHeight + 34,
    left,
  });
}

export interface StackedRow {
  label: string;
  /** Counts in the order of the chart's `series`. */
  counts: number[];
}

/** One horizontal stacked bar of counts per row (e.g. indicators by status in each dimension). */
export function stackedCountChart(
  rows: readonly StackedRow[],
  options: { series: readonly string[]; colours: readonly string[]; title: string },
): SafeHtml {
  const [left, rowHeight] = [170, 22];
  const max = Math.max(1, ...rows.map((r) => r.counts.reduce((s, v) => s + v, 0)));
  const ticks = niceTicks(max, Math.min(5, max));
  const scale = (WIDTH - left - 30) / ticks[ticks.length - 1]!;
  const plotHeight = rows.length * rowHeight;
  const bars = rows.map((row, i) => {
    let base = 0;
    const y = 4 + i * rowHeight;
    const rects = row.counts.map((v, k) => {
      const x = left + base * scale;
      base += v;
      return v
        ? html`${rect(x, y, v * scale, rowHeight - 6, options.colours[k]!)}${text(x + (v * scale) / 2, y + rowHeight / 2, v, 'middle', 9, '#fff')}`
        : '';
    });
    return html`${text(left - 6, y + rowHeight / 2, row.label, 'end', 10)}${rects}`;
  });
  return figure({
    title: options.title,
    plot: html`${bars}${ticks.map((v) => text(left + v * scale, plotHeight + 16, v))}`,
    keys: options.series.map((label, k) => ({ label, colour: options.colours[k]! })),
    legendTop: plotHeight + 38,
    left,
  });
}

export interface ScoreRow {
  label: string;
  score: number | null;
  /** The comparison (a group's average), drawn as a mark; null when unknown. */
  reference: number | null;
}

/** Horizontal bars of scores on 0–`max`, each with its reference as a vertical mark. */
export function scoreChart(
  rows: readonly ScoreRow[],
  options: { max: number; title: string; scoreLabel: string; referenceLabel: string; unknown: string },
): SafeHtml {
  const [left, rowHeight] = [230, 20];
  const x = (v: number) => left + (v / options.max) * (WIDTH - left - 40);
  const plotHeight = rows.length * rowHeight;
  const bars = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    const bar =
      row.score === null
        ? text(left + 4, y + 12, options.unknown, 'start')
        : rect(left, y, x(row.score) - left, rowHeight - 6, seriesColours[1]!);
    const mark =
      row.reference === null
        ? ''
        : line(x(row.reference), y - 2, x(row.reference), y + rowHeight - 4, LINE, 3);
    return html`${text(left - 6, y + 11, row.label, 'end', 10)}${bar}${mark}`;
  });
  const axis = Array.from(
    { length: options.max + 1 },
    (_, v) => html`${line(x(v), 0, x(v), plotHeight + 2, GRID)}${text(x(v), plotHeight + 14, v)}`,
  );
  return figure({
    title: options.title,
    plot: html`${axis}${bars}`,
    keys: [
      { label: options.scoreLabel, colour: seriesColours[1]! },
      { label: options.referenceLabel, colour: LINE, line: true },
    ],
    legendTop: plotHeight + 34,
    left,
  });
}
