/**
 * `GET /api/map/datasets/{id}/regions/{code}/profile` (docs/api.md, Map studio): a region's
 * profile in one dataset and year (region-profile.ts), growth measured from `from`
 * (__Default:__ the dataset's first year). Public for the bundled datasets; uploads for
 * signed-in readers, as the other map routes.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { noteText } from '@polos/core/data-notes';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { datasetSpace, regionSystemOf } from './dataset-spaces';
import { datasetSchema } from './map-dataset.schema';
import { spaceLang } from './industry-space';
import { buildRegionProfile } from './region-profile';

const rank = z.object({ rank: z.number().int(), of: z.number().int() }).nullable();
const industryCell = z.object({
  industry: z.number().int().describe('Index into the dataset space’s industries.'),
  code: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  lq: z.number().nullable(),
  share: z.number().nullable().describe('Share of the region’s total.'),
  strong: z.boolean().describe('A strong cluster (CMP rule on the industry as its own cluster).'),
  stars: z.number().int().describe('European Cluster Observatory stars, 0–3.'),
  cagr: z.number().nullable().describe('Compound annual growth since `growth.from`.'),
  change: z.number().nullable().describe('Change since `growth.from` (value units).'),
});

const profileSchema = z
  .object({
    dataset: datasetSchema,
    year: z.number().int().nullable(),
    code: z.string(),
    name: z.string(),
    feature: z.string().nullable().describe('Boundary feature drawn for the region; null when it has none.'),
    note: z
      .string()
      .nullable()
      .describe('How the code found its shape (another NUTS version), if not by itself.'),
    size: z.object({
      total: z.number(),
      share: z.number().nullable().describe('Share of all regions’ total.'),
      rank: rank.describe('By total, 1 = largest.'),
      diversity: z.number().int().describe('Industries with LQ ≥ 1.'),
    }),
    growth: z
      .object({
        from: z.number().int(),
        to: z.number().int(),
        startTotal: z.number(),
        cagr: z.number().nullable(),
        change: z.number().nullable(),
        nationalShare: z.number().describe('Shift-share: growth at the all-regions rate (Dunn 1960).'),
        industryMix: z.number().describe('Shift-share: from the region’s mix of industries.'),
        competitive: z.number().describe('Shift-share: the regional competitive effect.'),
        comparable: z.number().int().describe('Industries with a value in both years (the rest left out).'),
      })
      .nullable()
      .describe('Null for a dataset of one year, or `from` ≥ `year`.'),
    specialisations: z.array(industryCell).describe('LQ ≥ 1, highest LQ first (at most `limit`).'),
    strongClusters: z.array(industryCell),
    stars: z
      .array(industryCell)
      .describe('Industries with at least one star, most stars first (at most `limit`).'),
    indices: z.object({
      krugman: z.number().nullable(),
      hoover: z.number().nullable(),
      herfindahl: z.number().nullable(),
      gini: z.number().nullable(),
      relatedVariety: z.number().nullable(),
      unrelatedVariety: z.number().nullable(),
    }),
    complexity: z.object({ eci: z.number().nullable(), rank: rank.describe('1 = most complex.') }),
    opportunities: z.array(
      industryCell.extend({ density: z.number(), complexity: z.number(), score: z.number() }),
    ),
    similar: z
      .array(z.object({ code: z.string(), name: z.string(), similarity: z.number() }))
      .describe('The five regions of most similar industry structure: cosine similarity of industry shares.'),
    registry: z
      .object({
        clusters: z.array(z.object({ id: z.string(), name: z.string() })),
        organisations: z.array(z.object({ id: z.string(), name: z.string() })),
      })
      .describe(
        'The registry’s clusters whose statistical region code is this region, and (NUTS regions) the organisations of the directory located there; what the reader may see, at most 50 each.',
      ),
    notes: z.array(z.string()),
  })
  .meta({ id: 'RegionProfile' });

/** The registry's clusters and organisations located in a region of a dataset. */
async function locatedThere(c: Context<AppEnv>, datasetId: string, code: string) {
  const system = regionSystemOf(datasetId);
  if (!system) return { clusters: [], organisations: [] };
  const { store } = c.get('deps');
  const includePrivate = permissions.readPrivate(c.get('user'));
  const page = { limit: 50, offset: 0 };
  const clusters = await store.listClusters(
    { ...page, statistical_region: code, statistical_system: system },
    { includePrivate },
  );
  const organisations =
    system === 'nuts2' ? await store.listOrganisations({ ...page, region: code }, { includePrivate }) : null;
  return {
    clusters: clusters.items.map((k) => ({ id: k.id, name: k.name })),
    organisations: (organisations?.items ?? []).map((o) => ({ id: o.id, name: o.name })),
  };
}

export function registerRegionProfileRoute(app: OpenAPIHono<AppEnv>): void {
  resourceRoutes(app, 'maps').get('/api/map/datasets/{id}/regions/{code}/profile', {
    summary:
      'A region’s profile: size, growth and its shift-share, specialisations, strong clusters, stars, indices, complexity, opportunities, similar regions',
    params: z.object({ id: z.string().max(80), code: z.string().max(40) }),
    query: z.object({
      year: z.coerce.number().int().optional().describe('__Default:__ the dataset’s last year.'),
      from: z.coerce.number().int().optional().describe('Growth from this year; __Default:__ the first.'),
      lang: z.enum(['en', 'es', 'pt']).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(15),
    }),
    ok: json(profileSchema, 'The profile'),
    async answer({ params: { id, code }, query }, c) {
      const s = await datasetSpace(c, id, query.year);
      const r = s.matrix.regions.indexOf(code);
      if (r < 0) throw notFound('region', code);
      const from = query.from ?? s.entry.years[0];
      if (from !== undefined && s.entry.years.length && !s.entry.years.includes(from))
        throw new ApiError(400, 'bad_request', `dataset ${id} has the years ${s.entry.years.join(', ')}`, [
          { path: 'from', message: `a year from ${s.entry.years.join(', ')}` },
        ]);
      const start =
        from !== undefined && s.year !== null && from < s.year ? await datasetSpace(c, id, from) : null;
      const lang = spaceLang(query.lang);
      c.header('Cache-Control', s.entry.uploaded ? 'private, max-age=60' : 'public, max-age=3600');
      return {
        dataset: s.entry,
        year: s.year,
        code,
        name: s.places[r]!.name[lang],
        feature: s.places[r]!.feature,
        note: s.places[r]!.note ?? null,
        ...buildRegionProfile(s, r, start, lang, query.limit),
        registry: await locatedThere(c, id, code),
        notes: s.notes.map((n) => noteText(n, lang)),
      };
    },
  });
}
