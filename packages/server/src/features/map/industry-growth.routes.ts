/**
 * `GET /api/map/datasets/{id}/industries/{code}/growth?from=&year=` (docs/api.md, Map
 * studio): one industry's growth in every region between two years of a dataset — CAGR,
 * the change (job creation for employment) and its shift-share (national share, industry
 * mix, regional competitive effect; Dunn 1960, core `growth`) — in the order of the end
 * year's regions, for the growth maps and tables of the studio.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { growth } from '@polos/core';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { datasetSpace } from './dataset-spaces';
import { aligned } from './region-profile';

const finite = (v: number) => (Number.isFinite(v) ? v : null);
const perRegion = (text: string) => z.array(z.number().nullable()).describe(text);

const industryGrowthSchema = z
  .object({
    code: z.string(),
    from: z.number().int(),
    year: z.number().int(),
    regions: z.array(z.string()).describe('Region codes, the order of the end year’s space.'),
    start: perRegion('Value in `from` (null: missing, or the region absent that year).'),
    end: perRegion('Value in `year`.'),
    cagr: perRegion('Compound annual growth rate (null when the start is 0 or a value is missing).'),
    change: perRegion('end − start.'),
    nationalShare: perRegion('Shift-share: start × the growth of all regions and industries.'),
    industryMix: perRegion('Shift-share: start × (the industry’s growth − all).'),
    competitive: perRegion('Shift-share: the rest of the change (regional competitive effect).'),
    industryGrowth: z
      .number()
      .nullable()
      .describe('The industry’s growth over the regions with both values, as a fraction.'),
  })
  .meta({ id: 'IndustryGrowth' });

export function registerIndustryGrowthRoute(app: OpenAPIHono<AppEnv>): void {
  resourceRoutes(app, 'maps').get('/api/map/datasets/{id}/industries/{code}/growth', {
    summary: 'One industry’s growth across regions between two years: CAGR, change, shift-share',
    params: z.object({ id: z.string().max(80), code: z.string().max(40) }),
    query: z.object({
      year: z.coerce.number().int().optional().describe('__Default:__ the dataset’s last year.'),
      from: z.coerce.number().int().optional().describe('__Default:__ the dataset’s first year.'),
    }),
    ok: json(industryGrowthSchema, 'The growth'),
    async answer({ params: { id, code }, query }, c) {
      const end = await datasetSpace(c, id, query.year);
      const years = end.entry.years;
      const from = query.from ?? years[0];
      if (from === undefined || end.year === null || from >= end.year)
        throw new ApiError(
          400,
          'bad_request',
          `growth needs two years of dataset ${id}, the first before the second`,
          [
            {
              path: 'from',
              message: `a year before ${end.year ?? 'the end year'} from ${years.join(', ') || 'none'}`,
            },
          ],
        );
      const start = await datasetSpace(c, id, from);
      const i = end.matrix.industries.indexOf(code);
      if (i < 0) throw notFound('industry', code);
      const P = end.matrix.industries.length;
      const before = aligned(start.matrix, end.matrix.regions, end.matrix.industries);
      const g = growth(before, end.matrix, end.year - from);
      const column = (a: ArrayLike<number>) => end.matrix.regions.map((_, r) => finite(a[r * P + i]!));
      let x0 = 0;
      let x1 = 0;
      end.matrix.regions.forEach((_, r) => {
        const k = r * P + i;
        if (Number.isFinite(g.change[k]!)) {
          x0 += before.values[k]!;
          x1 += end.matrix.values[k]!;
        }
      });
      c.header('Cache-Control', end.entry.uploaded ? 'private, max-age=60' : 'public, max-age=3600');
      return {
        code,
        from,
        year: end.year,
        regions: [...end.matrix.regions],
        start: column(before.values),
        end: column(end.matrix.values),
        cagr: column(g.cagr),
        change: column(g.change),
        nationalShare: column(g.nationalShare),
        industryMix: column(g.industryMix),
        competitive: end.matrix.regions.map((_, r) => {
          const k = r * P + i;
          return finite(g.change[k]! - g.nationalShare[k]! - g.industryMix[k]!);
        }),
        industryGrowth: x0 > 0 ? x1 / x0 - 1 : null,
      };
    },
  });
}
