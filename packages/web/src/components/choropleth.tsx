/**
 * What the map studio's choropleths share: classing values by breaks (fixed for location
 * quotients, quantiles for counts and densities), the "no data" grey, and the legend drawn
 * inside the map's SVG (so it goes with the SVG/PNG download).
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

/**
 * The legend: one swatch per class labelled "< b0", "b0 – b1", …, "≥ bn", then a "no data"
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
  const labels = [
    `< ${format(breaks[0]!)}`,
    ...breaks.slice(0, -1).map((b, k) => `${format(b)} – ${format(breaks[k + 1]!)}`),
    `≥ ${format(breaks.at(-1)!)}`,
  ];
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
