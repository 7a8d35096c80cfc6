/**
 * Region lookups for the EU and Latin American boundaries (docs/methods/mapping.md, Map
 * studio): NUTS 2013 level 2 (with NUTS 2010 codes matched to their successors when both
 * name the same shape), Brazilian municipalities and states (IBGE), Mexican municipalities
 * and states (INEGI), and the first-level units of 33 LAC states (ISO 3166-2). TopoJSON from data/boundaries (provenance there).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { polygonCentroid, type Gazetteer, type RegionMatch } from './geographies';

type Props = Record<string, string | number | null>;
type Shape = Feature<Geometry, Props> & { id?: string | number };

const same = (name: string) => ({ en: name, es: name, pt: name });

/** The shapes of one object of a TopoJSON file under data/boundaries. */
export async function topoShapes(dataPath: string, file: string, object: string): Promise<Shape[]> {
  const topo = JSON.parse(await readFile(join(dataPath, 'boundaries', file), 'utf8')) as Topology;
  const o = topo.objects[object] as GeometryCollection<Props> | undefined;
  if (!o) throw new Error(`${file} has no object ${object}`);
  return (feature(topo, o) as { features: Shape[] }).features;
}

/** Ray casting on the polygons of a (Multi)Polygon in degrees (fine at regional scale). */
export function contains(geometry: Geometry, [x, y]: [number, number]): boolean {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let inside = false;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
        const [xk, yk] = ring[k] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yk > y !== yj > y && x < ((xj - xk) * (y - yk)) / (yj - yk) + xk) inside = !inside;
      }
  return inside;
}

/** Planar area in square degrees (shoelace over the outer rings), to compare two versions of a shape. */
export function area(geometry: Geometry): number {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let total = 0;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let a = 0;
    for (let k = 0, j = ring.length - 1; k < ring.length; j = k++)
      a += ring[j]![0]! * ring[k]![1]! - ring[k]![0]! * ring[j]![1]!;
    total += Math.abs(a) / 2;
  }
  return total;
}

const centroidOf = (s: Shape) =>
  polygonCentroid(s.geometry as { type: string; coordinates: unknown }) ?? undefined;

/**
 * NUTS 2010 codes renamed in NUTS 2013 (FR91 → FRA1, SI01 → SI03, …): a 2010 region with no
 * 2013 code of its own is matched to the 2013 region that contains its centroid, when that
 * region's centroid lies in the 2010 shape too, its area is within 25 % of the 2010 shape's (the 1:60M generalisation of islands differs by up to 21 % between versions: FR92) and
 * its code is new in 2013 (the same area under a new code). Split or merged regions
 * (UKI1 → UKI3 + UKI4: 38 % of the area) fail the test and stay unmatched.
 */
export function nutsSuccessors(old: Shape[], current: Shape[]): Map<string, string> {
  const oldIds = new Set(old.map((s) => String(s.properties.NUTS_ID)));
  const currentIds = new Set(current.map((s) => String(s.properties.NUTS_ID)));
  const renamed = new Map<string, string>();
  for (const s of old) {
    const code = String(s.properties.NUTS_ID);
    const c = centroidOf(s);
    if (currentIds.has(code) || !c) continue;
    const successor = current.find((t) => contains(t.geometry, c));
    if (!successor) continue;
    const next = String(successor.properties.NUTS_ID);
    const back = centroidOf(successor);
    const ratio = area(successor.geometry) / area(s.geometry);
    if (!oldIds.has(next) && back && contains(s.geometry, back) && Math.abs(ratio - 1) <= 0.25)
      renamed.set(code, next);
  }
  return renamed;
}

/** NUTS 2013 level 2, NUTS 2010 codes matched to their renamed successors. */
export async function nuts2013Gazetteer(dataPath: string): Promise<Gazetteer> {
  const current = await topoShapes(dataPath, 'nuts2013/nuts2013_60M_4326_lvl2.topo.json', 'nuts2');
  const old = await topoShapes(dataPath, 'nuts2010/nuts2010_60M_4326_lvl2.topo.json', 'nuts2');
  const byCode = new Map<string, RegionMatch>();
  for (const s of current) {
    const centroid = centroidOf(s);
    byCode.set(String(s.properties.NUTS_ID), {
      feature: String(s.properties.NUTS_ID),
      name: same(String(s.properties.NAME_LATN)),
      ...(centroid ? { centroid } : {}),
    });
  }
  const renamed = nutsSuccessors(old, current);
  return {
    match(code) {
      const c = code.trim().toUpperCase();
      const hit = byCode.get(c);
      if (hit) return hit;
      const next = renamed.get(c);
      const successor = next ? byCode.get(next) : undefined;
      if (successor) return { ...successor, note: `NUTS 2010 code ${c}, drawn as ${next} (NUTS 2013)` };
      return { feature: null, name: same(code) };
    },
  };
}

/**
 * A lookup by feature id with a name property (IBGE and INEGI units), codes padded to
 * `digits` (a CSV may drop the leading zero of "01001").
 */
export async function idGazetteer(
  dataPath: string,
  file: string,
  object: string,
  digits: number,
  name: (p: Props) => string,
): Promise<Gazetteer> {
  const byCode = new Map<string, RegionMatch>();
  for (const s of await topoShapes(dataPath, file, object))
    byCode.set(String(s.id), { feature: String(s.id), name: same(name(s.properties)) });
  return {
    match(code) {
      const c = code.trim();
      return byCode.get(/^\d+$/.test(c) ? c.padStart(digits, '0') : c) ?? { feature: null, name: same(code) };
    },
  };
}

/** The first-level units of 33 LAC states, found by ISO 3166-2 code (MX-JAL, BR-RS); the feature id is that code. */
export async function lacAdmin1Gazetteer(dataPath: string): Promise<Gazetteer> {
  const byCode = new Map<string, RegionMatch>();
  for (const s of await topoShapes(dataPath, 'lac_admin1/lac_admin1_ne10m.topo.json', 'admin1')) {
    const p = s.properties;
    byCode.set(String(p.iso_3166_2).toUpperCase(), {
      feature: String(p.iso_3166_2),
      name: same(`${p.name}, ${p.country}`),
    });
  }
  return { match: (code) => byCode.get(code.trim().toUpperCase()) ?? { feature: null, name: same(code) } };
}
