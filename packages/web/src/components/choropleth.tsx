/**
 * What the map studio's choropleths share: classing values by breaks (fixed for location
 * quotients, quantiles for counts and densities), the "no data" grey, and the legend twice:
 * on the page as HTML under the map (wraps, readable on a phone), and drawn inside the map's
 * SVG for the SVG/PNG download only (RegionMap's `downloadLegend`).
 */
import type { ReactNode } from 'react';

export const NO_DATA = '#d9d9d9';

/** Class of a value: the number of breaks at or below it (0 … breaks.length). */
export function classOf(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}

/** `count` breaks at the quantiles k / (count + 1) of the positive values (count + 1 classes). */
export function quantileBreaks(values: ReadonlyArray<number | null>, count: number): number[] {
  const v = values.filter((x): x is number => x !== null && x > 0).sort((a, b) => a - b);
  const ks = Array.from({ length: count }, (_, k) => k + 1);
  if (!v.length) return ks;
  return ks.map((k) => v[Math.floor((k / (count + 1)) * (v.length - 1))]!);
}

/** A label per class: "< b0", "b0 – b1", …, "≥ bn". */
export function classLabels(breaks: readonly number[], format: (v: number) => string): string[] {
  return [
    `< ${format(breaks[0]!)}`,
    ...breaks.slice(0, -1).map((b, k) => `${format(b)} – ${format(breaks[k + 1]!)}`),
    `≥ ${format(breaks.at(-1)!)}`,
  ];
}

/** A legend swatch on the page (a tiny SVG: no inline style needed under the CSP). */
function Swatch({
  fill,
  stroke = '#999',
  strokeWidth = 1,
}: {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="16" height="16" fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
    </svg>
  );
}

/**
 * The legend on the page, under the map: swatches and labels in a list that wraps, in the
 * page's font (readable at any width, unlike text inside a scaled-down SVG).
 */
export function ChoroplethKey({
  breaks,
  colors,
  format,
  noData,
  outline,
  label,
}: {
  breaks: readonly number[];
  colors: readonly string[];
  format: (v: number) => string;
  noData: string;
  /** An extra entry for the black outline (e.g. strong clusters). */
  outline?: string;
  /** What the legend explains, for screen readers. */
  label: string;
}) {
  const labels = classLabels(breaks, format);
  return (
    <ul className="map-key" aria-label={label} data-testid="map-key">
      {colors.map((color, k) => (
        <li key={color}>
          <Swatch fill={color} />
          {labels[k]}
        </li>
      ))}
      <li>
        <Swatch fill={NO_DATA} />
        {noData}
      </li>
      {outline ? (
        <li>
          <Swatch fill="#fff" stroke="#111" strokeWidth={2.5} />
          {outline}
        </li>
      ) : null}
    </ul>
  );
}

/**
 * The legend drawn in the SVG (for downloads): one swatch per class labelled "< b0", "b0 – b1", …, "≥ bn", then a "no data"
 * swatch and anything else (`extra`, e.g. the strong-cluster outline) on a second line.
 */
export function ChoroplethLegend({
  x,
  y,
  breaks,
  colors,
  format,
  noData,
  step,
  extra,
}: {
  x: number;
  y: number;
  breaks: readonly number[];
  colors: readonly string[];
  format: (v: number) => string;
  noData: string;
  /** Horizontal distance between swatches. */
  step: number;
  extra?: ReactNode;
}) {
  const labels = classLabels(breaks, format);
  return (
    <g transform={`translate(${x}, ${y})`} fontSize="12">
      {colors.map((color, k) => (
        <g key={color} transform={`translate(${k * step}, 0)`}>
          <rect width="16" height="16" fill={color} stroke="#999" />
          <text x="21" y="13">
            {labels[k]}
          </text>
        </g>
      ))}
      <g transform="translate(0, 26)">
        <rect width="16" height="16" fill={NO_DATA} stroke="#999" />
        <text x="21" y="13">
          {noData}
        </text>
        {extra}
      </g>
    </g>
  );
}
