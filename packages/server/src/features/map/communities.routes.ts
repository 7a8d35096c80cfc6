/**
 * `GET /api/map/datasets/{id}/communities?year=&lang=` (docs/api.md, Map studio):
 * data-driven cluster definitions for any dataset — the space's communities of related
 * industries (core relatedIndustryClusters) — with cluster LQ, strong clusters and stars
 * computed on them by the same rules as the benchmark clusters (core clusterEmployment
 * and clusterStrength: CMP and European Cluster Observatory). An alternative to benchmark
 * definitions where none exist (EU NACE divisions, Brazilian CNAE groups, uploads).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { clusterEmployment, clusterStrength } from '@polos/core';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { datasetSpace } from './dataset-spaces';
import { spaceLang } from './industry-space';

const finite = (v: number) => (Number.isFinite(v) ? v : null);

const communitiesSchema = z
  .object({
    year: z.number().int().nullable(),
    method: z.string().describe('How the clusters were found, in English.'),
    modularity: z.number(),
    clusters: z.array(
      z.object({
        id: z.string(),
        name: z.string().describe('Its three largest industries.'),
        industries: z.array(z.number().int()).describe('Indices into the space’s industries, largest first.'),
        total: z.number(),
      }),
    ),
    regions: z.array(z.object({ code: z.string(), name: z.string() })),
    value: z.array(z.number()).describe('Regions × clusters, row-major: the summed values (missing as 0).'),
    lq: z.array(z.number().nullable()).describe('Regions × clusters: cluster LQ.'),
    strong: z.array(z.number().int()).describe('Regions × clusters: 1 for a strong cluster (CMP rule).'),
    stars: z.array(z.number().int()).describe('Regions × clusters: European Cluster Observatory stars 0–3.'),
  })
  .meta({ id: 'IndustryCommunities' });

export function registerCommunitiesRoute(app: OpenAPIHono<AppEnv>): void {
  resourceRoutes(app, 'maps').get('/api/map/datasets/{id}/communities', {
    summary:
      'Data-driven clusters of a dataset (communities of related industries) with their LQ, strong clusters and stars',
    params: z.object({ id: z.string().max(80) }),
    query: z.object({
      year: z.coerce.number().int().optional().describe('__Default:__ the dataset’s last year.'),
      lang: z.enum(['en', 'es', 'pt']).optional(),
    }),
    ok: json(communitiesSchema, 'The clusters'),
    async answer({ params: { id }, query }, c) {
      const s = await datasetSpace(c, id, query.year);
      const lang = spaceLang(query.lang);
      const C = s.communityCount;
      const members = Array.from({ length: C }, () => [] as number[]);
      s.community.forEach((k, i) => members[k]!.push(i));
      for (const m of members) m.sort((a, b) => s.industryTotal[b]! - s.industryTotal[a]!);
      const ids = members.map((_, k) => `C${k + 1}`);
      const table = clusterEmployment(
        s.matrix,
        s.matrix.industries.map((industry, i) => ({
          industry,
          cluster: ids[s.community[i]!]!,
          type: 'traded' as const,
        })),
      );
      // clusterEmployment names clusters in order of first appearance: back to C1…Cn.
      const order = ids.map((cid) => table.clusters.indexOf(cid));
      const strength = clusterStrength(table);
      const R = s.matrix.regions.length;
      const pick = <T>(a: ArrayLike<number>, f: (v: number) => T) => {
        const out: T[] = [];
        for (let r = 0; r < R; r++) for (const k of order) out.push(f(a[r * C + k]!));
        return out;
      };
      const label = (i: number) =>
        s.classification?.label(s.matrix.industries[i]!, lang) ?? s.matrix.industries[i]!;
      c.header('Cache-Control', s.entry.uploaded ? 'private, max-age=60' : 'public, max-age=3600');
      return {
        year: s.year,
        method:
          'Louvain communities (Blondel et al. 2008) on the 5-nearest-neighbour graph of relatedness (proximity φ, Hidalgo et al. 2007), resolution 2, seed 1; cluster LQ, strong clusters (CMP) and stars (ECO) as for benchmark clusters.',
        modularity: s.modularity,
        clusters: members.map((m, k) => ({
          id: ids[k]!,
          name: m.slice(0, 3).map(label).join(' · '),
          industries: m,
          total: m.reduce((sum, i) => sum + s.industryTotal[i]!, 0),
        })),
        regions: s.matrix.regions.map((code, r) => ({ code, name: s.places[r]!.name[lang] })),
        value: pick(table.employment, (v) => v),
        lq: pick(strength.lq, finite),
        strong: pick(strength.strong, (v) => v),
        stars: pick(strength.stars, (v) => v),
      };
    },
  });
}
