/**
 * The boundaries a statistical dataset can be drawn on, and how its region codes find
 * their shapes (docs/methods/mapping.md, Map studio): world countries (ISO 3166 alpha-2,
 * alpha-3 or numeric → world-atlas id), U.S. states (name or 2-digit FIPS → us-atlas id),
 * U.S. counties (5-digit FIPS → us-atlas id) and NUTS 2021 level-2 regions (NUTS id). Read once from
 * data/boundaries (provenance there).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '@polos/store';
import { idGazetteer, lacAdmin1Gazetteer, nuts2013Gazetteer } from './topo-gazetteers';

const BR = 'br_municipios/br_municipios_ibge.topo.json';
const MX = 'mx_municipios/mx_municipios_inegi.topo.json';
const csvRows = (text: string) => parseCsv(text).records.map((r) => r.values);

export const GEOGRAPHIES = [
  'world-countries',
  'us-states',
  'us-counties',
  'eu-nuts2',
  'eu-nuts2-2013',
  'br-municipalities',
  'br-states',
  'mx-municipalities',
  'mx-states',
  'lac-admin1',
] as const;
export type Geography = (typeof GEOGRAPHIES)[number];
export type Lang = 'en' | 'es' | 'pt';

/** Boundary file (GET /api/boundaries/{name}) and TopoJSON object holding the shapes. */
export const BOUNDARIES: Record<Geography, { boundary: string; object: string | null; example: string }> = {
  'world-countries': { boundary: 'world-110m', object: 'countries', example: 'ARG, AR or 032' },
  'us-states': { boundary: 'us-states', object: 'states', example: 'Texas or 48' },
  'us-counties': { boundary: 'us-counties', object: 'counties', example: '48201' },
  'eu-nuts2': { boundary: 'eu-nuts2', object: null, example: 'ES21' },
  'eu-nuts2-2013': {
    boundary: 'eu-nuts2-2013',
    object: 'nuts2',
    example: 'ES21 (NUTS 2013; 2010 codes matched)',
  },
  'br-municipalities': { boundary: 'br-municipalities', object: 'municipios', example: '4313409 (IBGE)' },
  'br-states': { boundary: 'br-municipalities', object: 'uf', example: '43 (IBGE)' },
  'mx-municipalities': { boundary: 'mx-municipalities', object: 'municipios', example: '14039 (INEGI)' },
  'mx-states': { boundary: 'mx-municipalities', object: 'estados', example: '14 (INEGI)' },
  'lac-admin1': { boundary: 'lac-admin1', object: 'admin1', example: 'MX-JAL (ISO 3166-2)' },
};

export interface RegionMatch {
  /** Id of the boundary feature, or null when the code names no shape. */
  feature: string | null;
  name: Record<Lang, string>;
  /** [longitude, latitude] of the shape's centre (NUTS regions), for map markers. */
  centroid?: [number, number];
  /** How the code found its shape when not by itself (another NUTS version). */
  note?: string;
}

type Ring = Array<[number, number]>;
/** Area-weighted centroid of the largest polygon (planar in degrees: fine for a region). */
export function polygonCentroid(geometry: {
  type: string;
  coordinates: unknown;
}): [number, number] | undefined {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  let best: { area: number; x: number; y: number } | undefined;
  for (const polygon of polygons) {
    const ring = polygon[0]!;
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let k = 0; k < ring.length - 1; k++) {
      const [x0, y0] = ring[k]!;
      const [x1, y1] = ring[k + 1]!;
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (a !== 0 && (!best || Math.abs(a) > best.area))
      best = { area: Math.abs(a), x: cx / (3 * a), y: cy / (3 * a) };
  }
  return best ? [best.x, best.y] : undefined;
}

export interface Gazetteer {
  match(code: string): RegionMatch;
}

const same = (name: string): Record<Lang, string> => ({ en: name, es: name, pt: name });
const cache = new Map<string, Promise<Gazetteer>>();

/** The region lookup of a geography (read once per data folder). */
export function gazetteer(dataPath: string, geography: Geography): Promise<Gazetteer> {
  const key = `${dataPath}|${geography}`;
  let g = cache.get(key);
  if (!g) {
    g = build(dataPath, geography);
    cache.set(key, g);
    g.catch(() => cache.delete(key));
  }
  return g;
}

async function build(dataPath: string, geography: Geography): Promise<Gazetteer> {
  const dir = join(dataPath, 'boundaries');
  const byKey = new Map<string, RegionMatch>();
  const unmatched = (code: string): RegionMatch => ({ feature: null, name: same(code) });
  switch (geography) {
    case 'world-countries': {
      const rows = csvRows(await readFile(join(dir, 'country-codes.csv'), 'utf8'));
      for (const r of rows) {
        const m = { feature: r.numeric!, name: { en: r.name_en!, es: r.name_es!, pt: r.name_pt! } };
        byKey.set(r.alpha2!.toUpperCase(), m);
        byKey.set(r.alpha3!.toUpperCase(), m);
        byKey.set(r.numeric!, m);
      }
      return {
        match: (code) => {
          const c = code.trim().toUpperCase();
          return byKey.get(/^\d{1,3}$/.test(c) ? c.padStart(3, '0') : c) ?? unmatched(code);
        },
      };
    }
    case 'us-states': {
      const topo = JSON.parse(await readFile(join(dir, 'us-atlas', 'states-10m.json'), 'utf8')) as {
        objects: { states: { geometries: Array<{ id: string; properties: { name: string } }> } };
      };
      for (const s of topo.objects.states.geometries) {
        const m = { feature: s.id, name: same(s.properties.name) };
        byKey.set(s.id, m);
        byKey.set(s.properties.name.toUpperCase(), m);
      }
      return {
        match: (code) => {
          const c = code.trim().toUpperCase();
          return byKey.get(/^\d{1,2}$/.test(c) ? c.padStart(2, '0') : c) ?? unmatched(code);
        },
      };
    }
    case 'us-counties': {
      // Every county of us-atlas (3,231 shapes), named "County, State".
      type Geometries = Array<{ id: string; properties: { name: string } }>;
      const topo = JSON.parse(await readFile(join(dir, 'us-atlas', 'counties-10m.json'), 'utf8')) as {
        objects: { counties: { geometries: Geometries }; states: { geometries: Geometries } };
      };
      const stateName = new Map(topo.objects.states.geometries.map((s) => [s.id, s.properties.name]));
      for (const g of topo.objects.counties.geometries) {
        const state = stateName.get(g.id.slice(0, 2));
        byKey.set(g.id, {
          feature: g.id,
          name: same(state ? `${g.properties.name}, ${state}` : g.properties.name),
        });
      }
      return {
        match: (code) => {
          const c = code.trim();
          return byKey.get(/^\d{4,5}$/.test(c) ? c.padStart(5, '0') : c) ?? unmatched(code);
        },
      };
    }
    case 'eu-nuts2-2013':
      return nuts2013Gazetteer(dataPath);
    case 'br-municipalities':
      return idGazetteer(dataPath, BR, 'municipios', 7, (p) => `${p.name} (${p.uf})`);
    case 'br-states':
      return idGazetteer(dataPath, BR, 'uf', 2, (p) => String(p.name));
    case 'mx-municipalities':
      return idGazetteer(dataPath, MX, 'municipios', 5, (p) => String(p.name));
    case 'mx-states':
      return idGazetteer(dataPath, MX, 'estados', 2, (p) => String(p.name));
    case 'lac-admin1':
      return lacAdmin1Gazetteer(dataPath);
    case 'eu-nuts2': {
      const geo = JSON.parse(
        await readFile(join(dir, 'eu-nuts-2021', 'NUTS_RG_60M_2021_4326_LEVL_2.geojson'), 'utf8'),
      ) as {
        features: Array<{
          properties: { NUTS_ID: string; NUTS_NAME: string };
          geometry: { type: string; coordinates: unknown };
        }>;
      };
      for (const f of geo.features) {
        const centroid = polygonCentroid(f.geometry);
        byKey.set(f.properties.NUTS_ID, {
          feature: f.properties.NUTS_ID,
          name: same(f.properties.NUTS_NAME),
          ...(centroid ? { centroid } : {}),
        });
      }
      return { match: (code) => byKey.get(code.trim().toUpperCase()) ?? unmatched(code) };
    }
  }
}
