/**
 * The count circles of the explore and organisation maps, made for fingers as well as mice:
 * each circle is a toggle button whose hit area is at least 26 screen pixels across
 * whatever the map's width (WCAG 2.5.8 asks for 24), drawn as an invisible circle around the
 * visible one; circles that would cover each other (Costa Rica, Nicaragua) are moved apart
 * by a deterministic collision pass (maps/dodge.ts), with a thin line back to the true place.
 */
import { useEffect, useState } from 'react';
import { dodge } from '../maps/dodge';

/** Screen pixels a marker's hit area spans at least (24 asked, 2 to spare for rounding). */
export const HIT_PIXELS = 26;

export interface CountMarkSpec {
  key: string;
  x: number;
  y: number;
  n: number;
  label: string;
  selected: boolean;
  color: string;
  data: Record<`data-${string}`, string>;
  onChoose(selected: boolean): void;
}

/** Drawn radius for a count: area ∝ count, scaled to the largest. */
export const markRadius = (n: number, max: number) => 5 + 17 * Math.sqrt(n / max);

/**
 * SVG units per screen pixel of `svg` (1 until it is laid out), following its width as the
 * window changes. Pass the element from a state ref (`ref={setSvg}`): it appears after loading.
 */
export function useUnitsPerPixel(svg: SVGSVGElement | null, viewBoxWidth: number): number {
  const [k, setK] = useState(1);
  useEffect(() => {
    if (!svg) return;
    const measure = () => {
      const w = svg.getBoundingClientRect().width;
      if (w > 0) setK(viewBoxWidth / w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svg, viewBoxWidth]);
  return k;
}

/** All markers of a map, placed apart; `unitsPerPixel` from useUnitsPerPixel. */
export function MarkLayer({
  marks,
  max,
  unitsPerPixel: k,
}: {
  marks: readonly CountMarkSpec[];
  max: number;
  unitsPerPixel: number;
}) {
  const hit = (HIT_PIXELS / 2) * k;
  const radii = marks.map((m) => markRadius(m.n, max));
  const placed = dodge(
    marks.map((m, i) => ({ x: m.x, y: m.y, r: Math.max(radii[i]!, hit) })),
    2 * k,
  );
  return (
    <>
      <g aria-hidden="true" className="mark-leaders">
        {marks.map((m, i) => {
          const p = placed[i]!;
          return Math.hypot(p.x - m.x, p.y - m.y) > 1 ? (
            <g key={m.key}>
              <line x1={m.x} y1={m.y} x2={p.x} y2={p.y} stroke="#334155" strokeWidth={Math.max(1, k)} />
              <circle cx={m.x} cy={m.y} r={Math.max(1.5, 1.5 * k)} fill="#334155" />
            </g>
          ) : null;
        })}
      </g>
      {marks.map((m, i) => (
        <CountMark
          key={m.key}
          spec={m}
          at={placed[i]!}
          radius={radii[i]!}
          hitRadius={hit}
          unitsPerPixel={k}
        />
      ))}
    </>
  );
}

/** A circle with its count: a toggle button (mouse, touch, Enter or Space). */
function CountMark({
  spec,
  at,
  radius: r,
  hitRadius,
  unitsPerPixel: k,
}: {
  spec: CountMarkSpec;
  at: { x: number; y: number };
  radius: number;
  hitRadius: number;
  unitsPerPixel: number;
}) {
  const { label, selected, color, onChoose } = spec;
  const fill = selected ? '#b45309' : color;
  // At least 12 screen pixels; a halo in the circle's colour keeps it readable past the circle.
  const fontSize = Math.max(10, r * 0.9, 12 * k);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      className="mark"
      {...spec.data}
      onClick={() => onChoose(selected)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onChoose(selected);
        }
      }}
    >
      <title>{label}</title>
      <circle className="hit" cx={at.x} cy={at.y} r={Math.max(r, hitRadius)} fill="#000" fillOpacity={0} />
      <circle cx={at.x} cy={at.y} r={r} fill={fill} fillOpacity={0.88} stroke="#fff" />
      <text
        x={at.x}
        y={at.y}
        dy="0.35em"
        textAnchor="middle"
        fontSize={fontSize}
        fill="#fff"
        fontWeight="700"
        stroke={fill}
        strokeWidth={fontSize > r * 1.2 ? fontSize * 0.25 : 0}
        paintOrder="stroke"
      >
        {spec.n}
      </text>
    </g>
  );
}
