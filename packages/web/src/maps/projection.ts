/**
 * The map projections of the web, written once: a region map names its projection as an
 * option and gets a d3-geo projection fitted to its frame. `world` is the Equal Earth
 * world map (explore map, world datasets), `us` the Albers USA fitted to the shapes
 * (U.S. states or counties), `us-fixed` the Albers USA at a fixed scale (benchmark
 * clusters by state), `europe` the azimuthal equal-area view of the NUTS-2 regions fitted
 * to the countries that have data.
 */
import { geoAlbersUsa, geoAzimuthalEqualArea, geoCentroid, geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Shape = Feature<Geometry, Record<string, unknown>> & { id?: string | number };

export type ProjectionOption =
  | { kind: 'world' }
  /** Equal Earth fitted to some shapes (e.g. the countries of the agreements' parties). */
  | { kind: 'world-fit'; shapes: Shape[] }
  | { kind: 'us'; shapes: Shape[] }
  | { kind: 'us-fixed'; scale: number }
  | { kind: 'europe'; shapes: Shape[]; withData: ReadonlySet<string | null> };

/** The projection `option` fitted to a frame of `width` × `height` pixels. */
export function regionProjection(option: ProjectionOption, width: number, height: number): GeoProjection {
  switch (option.kind) {
    case 'us':
      return geoAlbersUsa().fitSize([width, height], {
        type: 'FeatureCollection',
        features: option.shapes,
      } as FeatureCollection);
    case 'us-fixed':
      return geoAlbersUsa()
        .scale(option.scale)
        .translate([width / 2, height / 2]);
    case 'europe': {
      // Fit the countries that have data (mainland parts; outermost regions stay drawn
      // but off the frame's focus); all of mainland Europe when none is known yet.
      const { shapes, withData } = option;
      const countries = new Set(
        shapes.filter((f) => withData.has(String(f.properties.NUTS_ID))).map((f) => f.properties.CNTR_CODE),
      );
      const main = shapes.filter((f) => {
        const [lon, lat] = geoCentroid(f);
        return (
          lon > -25 && lon < 45 && lat > 34 && (!countries.size || countries.has(f.properties.CNTR_CODE))
        );
      });
      return geoAzimuthalEqualArea()
        .rotate([-10, -52])
        .fitSize([width, height], { type: 'FeatureCollection', features: main } as FeatureCollection);
    }
    case 'world':
      return geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
    case 'world-fit':
      return geoEqualEarth().fitSize([width, height], {
        type: 'FeatureCollection',
        features: option.shapes,
      } as FeatureCollection);
  }
}

/** The projection option of a dataset's geography (U.S., NUTS, Latin American units, else world). */
export function geographyProjection(
  geography: string,
  shapes: Shape[],
  withData: ReadonlySet<string | null>,
): ProjectionOption {
  if (geography === 'us-states' || geography === 'us-counties') return { kind: 'us', shapes };
  if (geography === 'eu-nuts2' || geography === 'eu-nuts2-2013') return { kind: 'europe', shapes, withData };
  // Latin American units: Equal Earth fitted to the shapes that have data (all when none yet).
  if (/^(br|mx|lac)-/.test(geography)) {
    const drawn = shapes.filter((f) => withData.has(String(f.id ?? f.properties.iso_3166_2)));
    return { kind: 'world-fit', shapes: drawn.length ? drawn : shapes };
  }
  return { kind: 'world' };
}
