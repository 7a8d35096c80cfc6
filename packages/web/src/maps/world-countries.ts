/**
 * The shipped world boundaries (Natural Earth 1:110m, world-atlas TopoJSON) as GeoJSON
 * countries, with the ISO numeric → alpha-2 table (data/boundaries/country-codes.csv) that
 * names them as the API does.
 */
import type { Feature, Geometry } from 'geojson';
import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { getBoundary, getBoundaryText } from '../api-client';

export type Country = Feature<Geometry, { name: string }> & { id?: string | number };

export interface WorldCountries {
  countries: Country[];
  /** ISO numeric (zero-padded, as in the TopoJSON ids) → alpha-2. */
  alpha2: Map<string, string>;
}

/** ISO numeric → alpha-2, from the shipped table. */
function parseCodes(csv: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of csv.split('\n').slice(1)) {
    const [alpha2, , numeric] = line.split(',', 3);
    if (alpha2 && numeric) out.set(numeric, alpha2);
  }
  return out;
}

export async function loadWorldCountries(signal?: AbortSignal): Promise<WorldCountries> {
  const [topo, codes] = await Promise.all([
    getBoundary<Topology<{ countries: GeometryCollection<{ name: string }> }>>('world-110m', signal),
    getBoundaryText('country-codes', signal),
  ]);
  return {
    countries: feature(topo, topo.objects.countries).features as Country[],
    alpha2: parseCodes(codes),
  };
}

/** The alpha-2 code of a world-atlas country, if the table knows it. */
export function countryCode(world: WorldCountries, country: Country): string | undefined {
  return world.alpha2.get(String(country.id).padStart(3, '0'));
}

/** The world's countries for a map component; null while loading or if loading failed. */
export function useWorldCountries(): WorldCountries | null {
  const [world, setWorld] = useState<WorldCountries | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    loadWorldCountries(controller.signal).then(
      setWorld,
      () => undefined, // lists still work without their map
    );
    return () => controller.abort();
  }, []);
  return world;
}
