/**
 * Map boundaries shipped in data/boundaries (no tile server: the platform works
 * offline). Read-only, public, cached by the browser for a day; only the names below.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { errorResponses } from '../../openapi/responses';

/** name → file under data/boundaries and its media type. */
export const boundaryFiles = {
  'world-110m': ['world-atlas/countries-110m.json', 'application/json'],
  'world-50m': ['world-atlas/countries-50m.json', 'application/json'],
  'us-states': ['us-atlas/states-10m.json', 'application/json'],
  'us-counties': ['us-atlas/counties-10m.json', 'application/json'],
  'eu-nuts0': ['eu-nuts-2021/NUTS_RG_60M_2021_4326_LEVL_0.geojson', 'application/geo+json'],
  'eu-nuts2': ['eu-nuts-2021/NUTS_RG_60M_2021_4326_LEVL_2.geojson', 'application/geo+json'],
  'eu-nuts2-2013': ['nuts2013/nuts2013_60M_4326_lvl2.topo.json', 'application/json'],
  'eu-nuts0-2013': ['nuts2013/nuts2013_60M_4326_lvl0.topo.json', 'application/json'],
  'br-municipalities': ['br_municipios/br_municipios_ibge.topo.json', 'application/json'],
  'mx-municipalities': ['mx_municipios/mx_municipios_inegi.topo.json', 'application/json'],
  'lac-admin1': ['lac_admin1/lac_admin1_ne10m.topo.json', 'application/json'],
  'country-codes': ['country-codes.csv', 'text/csv; charset=utf-8'],
} as const;
export type BoundaryName = keyof typeof boundaryFiles;
const names = Object.keys(boundaryFiles) as [BoundaryName, ...BoundaryName[]];

export function registerBoundaryRoutes(app: OpenAPIHono<AppEnv>): void {
  const cache = new Map<BoundaryName, Buffer>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/boundaries/{name}',
      tags: ['maps'],
      summary: 'Boundaries for maps (TopoJSON/GeoJSON) and the ISO country-code table',
      description:
        'world-110m / world-50m: world-atlas TopoJSON (id = ISO numeric); us-states / us-counties: us-atlas TopoJSON (id = FIPS); eu-nuts0 / eu-nuts2: GISCO NUTS 2021 GeoJSON; eu-nuts2-2013 / eu-nuts0-2013: GISCO NUTS 2013 TopoJSON (objects nuts2 / nuts0, id = NUTS_ID); br-municipalities: IBGE municipalities (object municipios, 7-digit id) and states (uf, 2-digit); mx-municipalities: INEGI municipalities (municipios, 5-digit cvegeo) and states (estados); lac-admin1: first-level units of 33 LAC states (Natural Earth; object admin1, properties iso_3166_2, ibge_code, inegi_code); country-codes: CSV alpha2, alpha3, numeric, names in en/es/pt. Provenance in data/boundaries/PROVENANCE.md.',
      request: { params: z.object({ name: z.enum(names) }) },
      responses: {
        200: { description: 'The file' },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const name = c.req.valid('param').name;
      const [file, type] = boundaryFiles[name];
      let body = cache.get(name);
      if (!body) {
        // The server always sets dataPath (config.ts); tests over the sources fall back to data/.
        const dataPath = c.get('deps').config.dataPath;
        body = await readFile(join(dataPath, 'boundaries', file));
        cache.set(name, body);
      }
      return c.body(new Uint8Array(body), 200, {
        'Content-Type': type,
        'Cache-Control': 'public, max-age=86400',
      });
    },
  );
}
