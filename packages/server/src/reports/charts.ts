/**
 * The reports' charts as inline SVG, drawn by small pure functions (no script, no library):
 * the funding mix by year as stacked bars with the public share as a line, the indicators by
 * status and dimension, and a cluster's diagnosis scores against its group's averages. Every
 * label passes through `html`, so it is escaped.
 */
import { html, type SafeHtml } from './html';

/** Colours of the series, in order; readable in print and for common colour-vision deficiencies. */
export const seriesColours = ['#1b4f72', '#2e86c1', '#85c1e9', '#b9770e', '#f5b041', '#239b56', '#909497'];
const INK = '#1c2833';
const GRID = '#d5d8dc';

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

const legend = (
  items: Array<{ label: string; colour: string; line?: boolean }>,
  y: number,
  width: number,
) => {
  const per = Math.max(110, Math.floor(width / Math.max(1, Math.min(items.length, 4))));
  return items.map((item, i) => {
    const x = (i % 4) * per;
    const row = y + Math.floor(i / 4) * 16;
    const mark = item.line
      ? html`<line
          x1="${x}"
          y1="${row - 4}"
          x2="${x + 12}"
          y2="${row - 4}"
          stroke="${item.colour}"
          stroke-width="2.5"
        />`
      : html`<rect x="${x}" y="${row - 10}" width="12" height="10" fill="${item.colour}" />`;
    return html`${mark}<text x="${x + 16}" y="${row}" font-size="10" fill="${INK}">${item.label}</text>`;
  });
};

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
  const width = 680;
  const left = 70;
  const right = 46;
  const top = 12;
  const plotHeight = 220;
  const plotWidth = width - left - right;
  const totals = bars.map((b) => b.values.reduce((s, v) => s + v, 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top_ = ticks[ticks.length - 1]!;
  const y = (v: number) => top + plotHeight - (v / top_) * plotHeight;
  const band = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(2, band * 0.7);
  const cx = (i: number) => left + band * i + band / 2;
  const shareY = (s: number) => top + plotHeight - s * plotHeight;
  const labelEvery = Math.ceil(bars.length / 16);
  const grid = ticks.map(
    (v) =>
      html`<line x1="${left}" x2="${left + plotWidth}" y1="${y(v)}" y2="${y(v)}" stroke="${GRID}" /><text
          x="${left - 4}"
          y="${y(v) + 3}"
          font-size="9"
          text-anchor="end"
          fill="${INK}"
          >${options.amount(v)}</text
        >`,
  );
  const shareTicks = [0, 0.25, 0.5, 0.75, 1].map(
    (s) =>
      html`<text x="${left + plotWidth + 4}" y="${shareY(s) + 3}" font-size="9" fill="${INK}"
        >${options.percent(s)}</text
      >`,
  );
  const stacks = bars.map((bar, i) => {
    let base = 0;
    const rects = bar.values.map((v, k) => {
      const r = html`<rect
        x="${cx(i) - barWidth / 2}"
        y="${y(base + v)}"
        width="${barWidth}"
        height="${Math.max(0, y(base) - y(base + v))}"
        fill="${seriesColours[k % seriesColours.length]!}"
      />`;
      base += v;
      return r;
    });
    const label =
      i % labelEvery === 0
        ? html`<text
            x="${cx(i)}"
            y="${top + plotHeight + 12}"
            font-size="9"
            text-anchor="middle"
            fill="${INK}"
            >${bar.year}</text
          >`
        : '';
    return html`${rects}${label}`;
  });
  const points = bars
    .map((b, i) =>
      b.publicShare === null ? null : `${cx(i).toFixed(1)},${shareY(b.publicShare).toFixed(1)}`,
    )
    .filter((p): p is string => p !== null);
  const line = points.length
    ? html`<polyline
          points="${points.join(' ')}"
          fill="none"
          stroke="#c0392b"
          stroke-width="2.5"
        />${points.map((p) => {
          const [px, py] = p.split(',');
          return html`<circle cx="${px}" cy="${py}" r="2.5" fill="#c0392b" />`;
        })}`
    : '';
  const keys = [
    ...options.series.map((label, k) => ({ label, colour: seriesColours[k % seriesColours.length]! })),
    { label: options.shareLabel, colour: '#c0392b', line: true },
  ];
  const legendTop = top + plotHeight + 34;
  const height = legendTop + Math.ceil(keys.length / 4) * 16 + 4;
  return html`<figure class="chart">
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-label="${options.title}"
    >
      ${grid}${shareTicks}${stacks}${line}
      <line x1="${left}" x2="${left + plotWidth}" y1="${y(0)}" y2="${y(0)}" stroke="${INK}" />
      <g transform="translate(${left},0)">${legend(keys, legendTop, plotWidth)}</g>
    </svg>
    <figcaption>${options.title}</figcaption>
  </figure>`;
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
  const width = 680;
  const left = 170;
  const rowHeight = 22;
  const plotWidth = width - left - 30;
  const max = Math.max(1, ...rows.map((r) => r.counts.reduce((s, v) => s + v, 0)));
  const ticks = niceTicks(max, Math.min(5, max));
  const scale = plotWidth / ticks[ticks.length - 1]!;
  const plotHeight = rows.length * rowHeight;
  const bars = rows.map((row, i) => {
    let base = 0;
    const y = 4 + i * rowHeight;
    const rects = row.counts.map((v, k) => {
      const r = v
        ? html`<rect
              x="${left + base * scale}"
              y="${y}"
              width="${v * scale}"
              height="${rowHeight - 6}"
              fill="${options.colours[k]!}"
            /><text
              x="${left + (base + v / 2) * scale}"
              y="${y + rowHeight / 2}"
              font-size="9"
              text-anchor="middle"
              fill="#fff"
              >${v}</text
            >`
        : '';
      base += v;
      return r;
    });
    return html`<text x="${left - 6}" y="${y + rowHeight / 2}" font-size="10" text-anchor="end" fill="${INK}"
        >${row.label}</text
      >${rects}`;
  });
  const axis = ticks.map(
    (v) =>
      html`<text
        x="${left + v * scale}"
        y="${plotHeight + 16}"
        font-size="9"
        text-anchor="middle"
        fill="${INK}"
        >${v}</text
      >`,
  );
  const keys = options.series.map((label, k) => ({ label, colour: options.colours[k]! }));
  const legendTop = plotHeight + 38;
  const height = legendTop + Math.ceil(keys.length / 4) * 16 + 4;
  return html`<figure class="chart">
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-label="${options.title}"
    >
      ${bars}${axis}
      <g transform="translate(${left},0)">${legend(keys, legendTop, plotWidth)}</g>
    </svg>
    <figcaption>${options.title}</figcaption>
  </figure>`;
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
  const width = 680;
  const left = 230;
  const rowHeight = 20;
  const plotWidth = width - left - 40;
  const x = (v: number) => left + (v / options.max) * plotWidth;
  const plotHeight = rows.length * rowHeight;
  const bars = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    const bar =
      row.score === null
        ? html`<text x="${left + 4}" y="${y + 12}" font-size="9" fill="${INK}">${options.unknown}</text>`
        : html`<rect
            x="${left}"
            y="${y}"
            width="${x(row.score) - left}"
            height="${rowHeight - 6}"
            fill="${seriesColours[1]!}"
          />`;
    const mark =
      row.reference === null
        ? ''
        : html`<line
            x1="${x(row.reference)}"
            x2="${x(row.reference)}"
            y1="${y - 2}"
            y2="${y + rowHeight - 4}"
            stroke="#c0392b"
            stroke-width="3"
          />`;
    return html`<text x="${left - 6}" y="${y + 11}" font-size="10" text-anchor="end" fill="${INK}"
        >${row.label}</text
      >${bar}${mark}`;
  });
  const axis = Array.from(
    { length: options.max + 1 },
    (_, v) =>
      html`<line x1="${x(v)}" x2="${x(v)}" y1="0" y2="${plotHeight + 2}" stroke="${GRID}" /><text
          x="${x(v)}"
          y="${plotHeight + 14}"
          font-size="9"
          text-anchor="middle"
          fill="${INK}"
          >${v}</text
        >`,
  );
  const keys = [
    { label: options.scoreLabel, colour: seriesColours[1]! },
    { label: options.referenceLabel, colour: '#c0392b', line: true },
  ];
  const height = plotHeight + 40;
  return html`<figure class="chart">
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="${width}"
      height="${height}"
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-label="${options.title}"
    >
      ${axis}${bars}
      <g transform="translate(${left},0)">${legend(keys, plotHeight + 34, plotWidth)}</g>
    </svg>
    <figcaption>${options.title}</figcaption>
  </figure>`;
}
