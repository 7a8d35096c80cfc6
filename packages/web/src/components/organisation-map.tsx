/**
 * Where the directory's organisations are: a map of the countries of Europe and Latin
 * America (Natural Earth boundaries shipped with polos) with one circle per country,
 * sized by how many organisations the current search and filters (except the country)
 * select there. A circle is a toggle button for the country filter; the table stays the
 * full, accessible alternative. Counts come from one page of up to 500 organisations (the
 * caption says so when there are more). Loaded lazily (d3-geo, topojson-client).
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrganisations, type OrganisationFilters } from '../api/organisations';
import { useWorldCountries } from '../maps/world-countries';
import { countryMarkSpecs, CountryShapes } from './explore-map';
import { MarkLayer, useUnitsPerPixel } from './map-marks';

const WIDTH = 900;
const HEIGHT = 520;
const CAP = 500;
/** Corners of the frame: the Americas south of the Rio Grande to the Urals and the North Cape. */
const FRAME = {
  type: 'MultiPoint' as const,
  coordinates: [
    [-118, -56],
    [42, -56],
    [-118, 71],
    [42, 71],
  ],
};

export default function OrganisationMap({
  query,
  country,
  onCountry,
}: {
  /** The list's filters without the country. */
  query: Omit<OrganisationFilters, 'country'>;
  country: string;
  onCountry(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  const world = useWorldCountries();
  const [counted, setCounted] = useState<{ counts: Map<string, number>; total: number } | null>(null);
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );
  const key = JSON.stringify(query);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const unitsPerPixel = useUnitsPerPixel(svg, WIDTH);

  useEffect(() => {
    const controller = new AbortController();
    listOrganisations({ ...(JSON.parse(key) as OrganisationFilters), limit: CAP }, controller.signal).then(
      (page) => {
        const counts = new Map<string, number>();
        for (const o of page.items) counts.set(o.country, (counts.get(o.country) ?? 0) + 1);
        setCounted({ counts, total: page.total });
      },
      () => undefined, // the table still works without the map
    );
    return () => controller.abort();
  }, [key]);

  const path = useMemo(() => geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], FRAME)), []);
  if (!world || !counted) return <div className="explore-map" aria-busy="true" />;
  const max = Math.max(1, ...counted.counts.values());
  const marks = world.countries.flatMap((f) => {
    const code = world.alpha2.get(String(f.id).padStart(3, '0'));
    const n = code ? counted.counts.get(code) : undefined;
    if (!code || !n) return [];
    const [x, y] = path.centroid(f);
    return Number.isFinite(x) ? [{ code, n, x, y, name: regionNames.of(code) ?? code }] : [];
  });

  return (
    <figure className="explore-map organisation-map">
      <svg
        ref={setSvg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('directory.mapLabel')}
        data-testid="organisation-map"
      >
        <rect width={WIDTH} height={HEIGHT} fill="#eef4f7" />
        <CountryShapes world={world} path={path} highlighted={counted.counts} selected={country} />
        <MarkLayer
          marks={countryMarkSpecs(
            marks,
            (m) => t('directory.countryMark', { country: m.name, count: m.n }),
            country,
            onCountry,
          )}
          max={max}
          unitsPerPixel={unitsPerPixel}
        />
      </svg>
      <figcaption className="muted">
        {t('directory.mapCaption')}
        {counted.total > CAP ? ` ${t('directory.mapCapped', { count: CAP })}` : ''}
      </figcaption>
    </figure>
  );
}
