/**
 * Map studio, industry view (docs/api.md): the datasets (bundled, and uploaded by
 * analysts), the space of one dataset and year (regions with ECI, industries with PCI,
 * the backbone of the proximity network), one industry across regions (value, LQ,
 * presence, density — the choropleth) and one region (specialisations, diversification
 * opportunities). Uploads (map-upload.routes.ts): a long CSV (or CSV.gz) checked by the
 * statistical reader and stored whole, or refused whole with every problem named (file,
 * line, column).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { noteText } from '@polos/core/data-notes';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { forbidden, notFound } from '../../errors';
import { BUNDLED, regionProfile, spaceLang, uploadedEntry } from './industry-space';
import { datasetSpace, forgetDataset } from './dataset-spaces';
import { datasetSchema } from './map-dataset.schema';
import { registerMapUploadRoute } from './map-upload.routes';
import { errorsOf, json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';

const finite = (v: number) => (Number.isFinite(v) ? v : null);

const spaceSchema = z
  .object({
    dataset: datasetSchema,
    year: z.number().int().nullable(),
    regions: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        feature: z.string().nullable().describe('Id of the boundary feature; null when not on the map.'),
        total: z.number(),
        diversity: z.number().int(),
        eci: z.number().nullable(),
      }),
    ),
    industries: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        group: z.string().nullable(),
        total: z.number(),
        ubiquity: z.number().int(),
        pci: z.number().nullable(),
      }),
    ),
    groups: z.array(z.object({ id: z.string(), label: z.string() })),
    edges: z
      .array(z.tuple([z.number().int(), z.number().int(), z.number()]))
      .describe(
        'Backbone of the proximity network: maximum spanning tree of φ + links with φ ≥ 0.55 (at most 2 per industry); [i, j, φ] index `industries`.',
      ),
    tree: z.number().int().describe('The first `tree` edges form the maximum spanning forest.'),
    notes: z
      .array(z.string())
      .describe(
        'Notes on the data and the computation (values read as missing, regions or industries left out), in the language asked (`lang`, English by default).',
      ),
  })
  .meta({ id: 'IndustrySpace' });

const industryViewSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    pci: z.number().nullable(),
    value: z
      .array(z.number().nullable())
      .describe('Per region (order of the space’s `regions`); null = missing.'),
    lq: z.array(z.number().nullable()),
    present: z.array(z.number().int()).describe('1 when LQ ≥ 1.'),
    density: z.array(z.number().nullable()).describe('Relatedness density of the industry in each region.'),
    strong: z
      .array(z.number().int())
      .describe('1 when the industry is a strong cluster of the region (CMP rule).'),
    stars: z.array(z.number().int()).describe('European Cluster Observatory stars, 0–3.'),
    strongRule: z
      .object({ lq: z.number().nullable(), value: z.number().nullable() })
      .describe(
        'The strong rule’s thresholds for this industry: the 75th percentile of LQ and the 25th of the value over the regions with the industry (LQ must also be ≥ 1).',
      ),
  })
  .meta({ id: 'IndustryAcrossRegions' });

const regionViewSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    eci: z.number().nullable(),
    specialisations: z
      .array(z.object({ industry: z.number().int(), value: z.number(), lq: z.number() }))
      .describe(
        'Industries with LQ ≥ 1, highest LQ first (at most `limit`); `industry` indexes the space’s `industries`.',
      ),
    present: z.array(z.number().int()).describe('Every industry with LQ ≥ 1 (indices into `industries`).'),
    opportunities: z
      .array(
        z.object({
          industry: z.number().int(),
          density: z.number(),
          complexity: z.number(),
          score: z.number(),
        }),
      )
      .describe(
        'Industries the region lacks, ranked by z(density) + z(PCI) (core diversificationOpportunities).',
      ),
  })
  .meta({ id: 'RegionOpportunities' });

const yearQuery = z.coerce
  .number()
  .int()
  .optional()
  .describe('A year the dataset has; __Default:__ its last.');
const langQuery = z.enum(['en', 'es', 'pt']).optional().describe('Language of names (regions, products).');
const datasetParam = z.object({ id: z.string().max(80) });

export function registerMapSpaceRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'maps');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets',
      tags: ['maps'],
      summary:
        'Statistical datasets of the map studio (bundled; uploads for signed-in users, shared ones for everyone)',
      responses: { 200: json(z.array(datasetSchema), 'The datasets') },
    }),
    async (c) => {
      const all = await c.get('deps').store.listMapDatasets();
      const reader = permissions.readPrivate(c.get('user'));
      const uploads = all.filter((d) => reader || d.shared).map(uploadedEntry);
      return c.json([...BUNDLED, ...uploads], 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets/{id}/space',
      tags: ['maps'],
      summary: 'Regions (ECI), industries (PCI) and the proximity backbone of a dataset and year',
      request: { params: datasetParam, query: z.object({ year: yearQuery, lang: langQuery }) },
      responses: {
        200: json(spaceSchema, 'The space'),
        ...errorsOf(400, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { year, lang: l } = c.req.valid('query');
      const lang = spaceLang(l);
      const s = await datasetSpace(c, id, year);
      const cls = s.classification;
      c.header('Cache-Control', s.entry.uploaded ? 'private, max-age=60' : 'public, max-age=3600');
      return c.json(
        {
          dataset: s.entry,
          year: s.year,
          regions: s.matrix.regions.map((code, r) => ({
            code,
            name: s.places[r]!.name[lang],
            feature: s.places[r]!.feature,
            total: s.regionTotal[r]!,
            diversity: s.diversity[r]!,
            eci: finite(s.eci[r]!),
          })),
          industries: s.matrix.industries.map((code, i) => ({
            code,
            label: cls?.label(code, lang) ?? code,
            group: cls?.group(code) ?? null,
            total: s.industryTotal[i]!,
            ubiquity: s.ubiquity[i]!,
            pci: finite(s.pci[i]!),
          })),
          groups: (cls?.groups ?? []).map((g) => ({ id: g.id, label: g.label[lang] })),
          edges: s.edges.map(
            ([i, j, phi]) => [i, j, Math.round(phi * 1e4) / 1e4] as [number, number, number],
          ),
          tree: s.tree,
          notes: s.notes.map((n) => noteText(n, lang)),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets/{id}/industries/{code}',
      tags: ['maps'],
      summary:
        'One industry across the regions: value, LQ, presence and relatedness density (for the choropleth)',
      request: {
        params: datasetParam.extend({ code: z.string().max(40) }),
        query: z.object({ year: yearQuery, lang: langQuery }),
      },
      responses: {
        200: json(industryViewSchema, 'The industry'),
        ...errorsOf(400, 404),
      },
    }),
    async (c) => {
      const { id, code } = c.req.valid('param');
      const { year, lang } = c.req.valid('query');
      const s = await datasetSpace(c, id, year);
      const i = s.matrix.industries.indexOf(code);
      if (i < 0) throw notFound('industry', code);
      const P = s.matrix.industries.length;
      const column = <T>(a: ArrayLike<number>, f: (v: number) => T) =>
        s.matrix.regions.map((_, r) => f(a[r * P + i]!));
      return c.json(
        {
          code,
          label: s.classification?.label(code, spaceLang(lang)) ?? code,
          pci: finite(s.pci[i]!),
          value: column(s.matrix.values, finite),
          lq: column(s.lq, finite),
          present: column(s.present, (v) => v),
          density: column(s.density, finite),
          strong: column(s.strong, (v) => v),
          stars: column(s.stars, (v) => v),
          strongRule: { lq: finite(s.strongRule[i * 2]!), value: finite(s.strongRule[i * 2 + 1]!) },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets/{id}/regions/{code}',
      tags: ['maps'],
      summary: 'One region: its specialisations and its diversification opportunities (density × complexity)',
      request: {
        params: datasetParam.extend({ code: z.string().max(40) }),
        query: z.object({
          year: yearQuery,
          lang: langQuery,
          limit: z.coerce.number().int().min(1).max(200).default(20),
        }),
      },
      responses: {
        200: json(regionViewSchema, 'The region'),
        ...errorsOf(400, 404),
      },
    }),
    async (c) => {
      const { id, code } = c.req.valid('param');
      const { year, lang, limit } = c.req.valid('query');
      const s = await datasetSpace(c, id, year);
      const r = s.matrix.regions.indexOf(code);
      if (r < 0) throw notFound('region', code);
      const profile = regionProfile(s, r, limit);
      return c.json(
        { code, name: s.places[r]!.name[spaceLang(lang)], eci: finite(s.eci[r]!), ...profile },
        200,
      );
    },
  );

  registerMapUploadRoute(app);

  routes.write('patch', '/api/map/datasets/{id}', {
    summary:
      'Share an uploaded dataset with everyone, or make it private again (admins, or the analyst who uploaded it)',
    params: datasetParam,
    body: z.object({ shared: z.boolean() }).strict(),
    ok: json(datasetSchema, 'The dataset'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body }, c) {
      const d = await c.get('deps').store.getMapDatasetInfo(id);
      if (!d) throw notFound('map dataset', id);
      if (!permissions.deleteStatistics(user, d.createdBy))
        throw forbidden('only admins and the analyst who uploaded it share a dataset');
      const info = await c.get('deps').store.setMapDatasetShared(id, body.shared, actorOf(user));
      if (!info) throw notFound('map dataset', id);
      return uploadedEntry(info);
    },
  });

  routes.remove('/api/map/datasets/{id}', {
    summary: 'Delete an uploaded dataset (admins, or the analyst who uploaded it)',
    params: datasetParam,
    async remove(user, { id }, c) {
      const d = await c.get('deps').store.getMapDatasetInfo(id);
      if (!d) throw notFound('map dataset', id);
      if (!permissions.deleteStatistics(user, d.createdBy))
        throw forbidden('only admins and the analyst who uploaded it delete a dataset');
      await c.get('deps').store.deleteMapDataset(id, actorOf(user));
      forgetDataset(c, id);
    },
  });
}
