/**
 * The data of the map studio's industry view: the dataset's space, its boundaries (as
 * shapes), the chosen industry and region (defaults: the largest industry and the largest
 * region) and their details. API: GET /api/map/datasets/{id}/space | industries/{code} |
 * regions/{code} | industries/{code}/growth, GET /api/boundaries/{boundary}.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { IndustryView, MapDatasetView, RegionView, Schemas, SpaceView } from '../api-client';
import type { Shape } from '../maps/projection';
import { useFetched } from '../use-fetched';

/**
 * The code asked for (a link or an address), matched without regard to case (`region=CHL`
 * is Chile's `chl`, never another region), else the largest item — the view's default.
 */
export function pickCode(
  items: ReadonlyArray<{ code: string; total: number }>,
  wanted: string | null,
): string | null {
  const lower = wanted?.toLowerCase();
  const asked = lower ? items.find((i) => i.code.toLowerCase() === lower) : undefined;
  if (asked) return asked.code;
  return items.length ? items.reduce((a, b) => (b.total > a.total ? b : a)).code : null;
}

export function useIndustrySpace(
  dataset: MapDatasetView,
  query: { year: number | null; industry: string | null; region: string | null },
  lang: string,
) {
  const year = query.year ?? dataset.years.at(-1) ?? null;
  const yq = year !== null ? `year=${year}&` : '';
  const base = `/api/map/datasets/${encodeURIComponent(dataset.id)}`;

  const space = useFetched<SpaceView>(`${base}/space?${yq}lang=${lang}`);
  const boundary = useFetched<Topology | FeatureCollection>(`/api/boundaries/${dataset.boundary}`);
  const s = space.data;
  const industryCode = s ? pickCode(s.industries, query.industry) : null;
  const regionCode = s ? pickCode(s.regions, query.region) : null;
  const industry = useFetched<IndustryView>(
    s && industryCode ? `${base}/industries/${encodeURIComponent(industryCode)}?${yq}lang=${lang}` : null,
  );
  // Growth from the dataset's first year, for datasets of several years.
  const growth = useFetched<Schemas['IndustryGrowth']>(
    s && industryCode && year !== null && dataset.years.length > 1 && year > dataset.years[0]!
      ? `${base}/industries/${encodeURIComponent(industryCode)}/growth?year=${year}`
      : null,
  );
  const region = useFetched<RegionView>(
    s && regionCode ? `${base}/regions/${encodeURIComponent(regionCode)}?${yq}lang=${lang}&limit=20` : null,
  );

  const shapes = useMemo((): Shape[] | null => {
    const b = boundary.data;
    if (!b) return null;
    if (b.type === 'Topology') {
      const obj = b.objects[dataset.boundaryObject ?? ''] as GeometryCollection | undefined;
      if (!obj) return null;
      return (feature(b, obj) as FeatureCollection<Geometry, Record<string, unknown>>).features as Shape[];
    }
    return (b as FeatureCollection<Geometry, Record<string, unknown>>).features as Shape[];
  }, [boundary.data, dataset.boundaryObject]);

  return { year, space, boundary, shapes, industryCode, regionCode, industry, region, growth };
}
