/**
 * The explore map above the cluster list: a world map (Natural Earth boundaries shipped
 * with polos, no tile server) with one circle per country, sized by how many clusters the
 * current text and sector-group filters select there. A circle is a button: it sets the
 * list's country filter (again: clears it). The list stays the full, accessible
 * alternative. Clusters that carry a NUTS-2 region code (the Basque clusters: ES21) are
 * drawn at their region's centre instead, in another colour; such a circle sets the
 * region filter. Loaded lazily (d3-geo, topojson-client).
 */
import { geoPath, type GeoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getClusterCounts, type ClusterCounts, type CountsFilters } from '../api/explore';
import { regionProjection } from '../maps/projection';
import { useWorldCountries, type Country } from '../maps/world-countries';
import { MarkLayer, useUnitsPerPixel, type CountMarkSpec } from './map-marks';

const WIDTH = 960;
const HEIGHT = 470;

export interface ExploreMapProps {
  q: string;
  group: string;
  degree: string;
  country: string;
  region: string;
  onCountry(code: string): void;
  onRegion(code: string): void;
}

/** NUTS country codes that differ from ISO 3166 alpha-2. */
const NUTS_COUNTRY: Record<string, string> = { EL: 'GR', UK: 'GB' };

export default function ExploreMap({
  q,
  group,
  degree,
  country,
  region,
  onCountry,
  onRegion,
}: ExploreMapProps) {
  const { t, i18n } = useTranslation();
  const world = useWorldCountries();
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const unitsPerPixel = useUnitsPerPixel(svg, WIDTH);
  const [counted, setCounted] = useState<ClusterCounts | null>(null);
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );

  useEffect(() => {
    const controller = new AbortController();
    // Counts per country from the server: the map needs no page of the list.
    getClusterCounts(
      {
        q,
        sector_group: (group || undefined) as CountsFilters['sector_group'],
        degree: degree as CountsFilters['degree'],
      },
      controller.signal,
    ).then(setCounted, () => undefined);
    return () => controller.abort();
  }, [q, group, degree]);

  const projection = useMemo(() => regionProjection({ kind: 'world' }, WIDTH, HEIGHT), []);
  const path = useMemo(() => geoPath(projection), [projection]);
  // Clusters drawn at their NUTS-2 region are not counted again in their country's circle.
  const { counts, regionMarks } = useMemo(() => {
    const byCountry = new Map(Object.entries(counted?.countries ?? {}));
    const marks: Array<{ code: string; n: number; x: number; y: number; name: string }> = [];
    for (const [code, place] of Object.entries(counted?.regionPlaces ?? {})) {
      const n = counted?.regions[code] ?? 0;
      const xy = projection([place.lon, place.lat]);
      if (!n || !xy) continue;
      marks.push({ code, n, x: xy[0], y: xy[1], name: place.name });
      const c = NUTS_COUNTRY[code.slice(0, 2)] ?? code.slice(0, 2);
      byCountry.set(c, (byCountry.get(c) ?? 0) - n);
    }
    return { counts: byCountry, regionMarks: marks };
  }, [counted, projection]);

  if (!world || !counted) return <div className="explore-map" aria-busy="true" />;
  const max = Math.max(1, ...counts.values(), ...regionMarks.map((m) => m.n));
  const marks = world.countries.flatMap((f) => {
    const code = world.alpha2.get(String(f.id).padStart(3, '0'));
    const n = code ? counts.get(code) : undefined;
    if (!code || !n || n <= 0) return [];
    const [x, y] = path.centroid(f);
    return Number.isFinite(x) ? [{ code, n, x, y, name: regionNames.of(code) ?? code }] : [];
  });
  const mapped = new Set([
    ...marks.map((m) => m.code),
    ...regionMarks.map((m) => NUTS_COUNTRY[m.code.slice(0, 2)] ?? m.code.slice(0, 2)),
  ]);
  const specs: CountMarkSpec[] = [
    ...countryMarkSpecs(
      marks,
      (m) => t('explore.countryMark', { country: m.name, count: m.n }),
      country,
      onCountry,
    ),
    ...regionMarks.map((m) => ({
      key: `region-${m.code}`,
      x: m.x,
      y: m.y,
      n: m.n,
      label: t('explore.regionMark', { region: `${m.name} (${m.code})`, count: m.n }),
      selected: m.code === region,
      color: '#6d28d9',
      data: { 'data-region': m.code },
      onChoose: (selected: boolean) => onRegion(selected ? '' : m.code),
    })),
  ];

  return (
    <figure className="explore-map">
      <svg ref={setSvg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('explore.mapLabel')}>
        <path d={path({ type: 'Sphere' }) ?? undefined} fill="#eef4f7" />
        <CountryShapes world={world} path={path} highlighted={mapped} selected={country} />
        <MarkLayer marks={specs} max={max} unitsPerPixel={unitsPerPixel} />
      </svg>
      <figcaption className="muted">{t('explore.caption')}</figcaption>
    </figure>
  );
}

/** The countries' shapes: grey, light blue when `highlighted`, amber when `selected`. */
export function CountryShapes({
  world,
  path,
  highlighted,
  selected,
}: {
  world: { countries: Country[]; alpha2: Map<string, string> };
  path: GeoPath;
  highlighted: { has(code: string): boolean };
  selected: string;
}) {
  return (
    <>
      {world.countries.map((f, k) => {
        const code = world.alpha2.get(String(f.id).padStart(3, '0'));
        return (
          <path
            key={k}
            d={path(f) ?? undefined}
            fill={code && highlighted.has(code) ? (code === selected ? '#f6c667' : '#b9d3de') : '#e2e2e2'}
            stroke="#fff"
            strokeWidth={0.5}
            aria-hidden="true"
          />
        );
      })}
    </>
  );
}

/** A country's circle per mark: choosing one selects the country, choosing it again clears. */
export function countryMarkSpecs<M extends { code: string; name: string; x: number; y: number; n: number }>(
  marks: readonly M[],
  label: (mark: M) => string,
  selected: string,
  onCountry: (code: string) => void,
): CountMarkSpec[] {
  return marks.map((m) => ({
    key: m.code,
    x: m.x,
    y: m.y,
    n: m.n,
    label: label(m),
    selected: m.code === selected,
    color: '#155e75',
    data: { 'data-country': m.code },
    onChoose: (chosen: boolean) => onCountry(chosen ? '' : m.code),
  }));
}
