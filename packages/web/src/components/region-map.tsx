/**
 * A region map: the shapes drawn with a projection named as an option (maps/projection.ts),
 * each shaded by the caller, and a legend below the frame that only the downloaded SVG/PNG
 * shows (the page shows the caller's HTML legend, readable on a phone). The component computes nothing about the data: `shade` says how each
 * shape looks (Observable Plot's marks are the model: data and options in, marks out).
 */
import { geoPath } from 'd3-geo';
import { useMemo, type ReactNode } from 'react';
import { regionProjection, type ProjectionOption, type Shape } from '../maps/projection';

/** How one shape is drawn; `null` leaves it out. */
export interface RegionShade {
  key: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  title: string;
  /** `data-*` attributes for tests and scripts, e.g. `{ 'data-state': 'Kansas' }`. */
  data?: Record<`data-${string}`, string | undefined>;
}

export function RegionMap<S extends Shape>({
  shapes,
  projection,
  width,
  height,
  legendHeight = 70,
  label,
  testId,
  shade,
  legend,
  downloadLegend,
}: {
  shapes: readonly S[];
  projection: ProjectionOption;
  width: number;
  height: number;
  /** Room under the map for the legend, in pixels. */
  legendHeight?: number;
  label: string;
  testId?: string;
  shade: (shape: S, index: number) => RegionShade | null;
  /** Drawn over the map (e.g. links between countries). */
  legend?: ReactNode;
  /**
   * A legend drawn under the map in the downloaded SVG/PNG only (`legendHeight` tall); on
   * the page the caller shows an HTML legend, readable at any width.
   */
  downloadLegend?: ReactNode;
}) {
  const path = useMemo(
    () => geoPath(regionProjection(projection, width, height)),
    [projection, width, height],
  );
  return (
    <svg
      viewBox={`0 0 ${width} ${height + (downloadLegend ? 0 : legendHeight)}`}
      data-download-viewbox={downloadLegend ? `0 0 ${width} ${height + legendHeight}` : undefined}
      role="img"
      aria-label={label}
      style={{ fontFamily: 'system-ui, sans-serif' }}
      data-testid={testId}
    >
      <rect width={width} height={height + legendHeight} fill="#fff" />
      {shapes.map((f, k) => {
        const d = path(f);
        const look = d ? shade(f, k) : null;
        if (!d || !look) return null;
        return (
          <path
            key={look.key}
            d={d}
            fill={look.fill}
            stroke={look.stroke}
            strokeWidth={look.strokeWidth}
            {...look.data}
          >
            <title>{look.title}</title>
          </path>
        );
      })}
      {legend}
      {downloadLegend ? (
        <g className="download-only" display="none">
          {downloadLegend}
        </g>
      ) : null}
    </svg>
  );
}
