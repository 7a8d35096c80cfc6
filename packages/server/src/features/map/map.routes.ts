/**
 * Map studio data (docs/api.md): the bundled statistical datasets, and the U.S. benchmark
 * clusters of the bundled County Business Patterns by state — employment, LQ, strong
 * clusters and stars (U.S. Cluster Mapping Project; European Cluster Observatory),
 * computed with the mapping core (docs/methods/mapping.md) and cached per year. Read-only
 * and public: the data are public and each year is computed once (≈ 1 s).
 */
import { join } from 'node:path';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { clusterOpportunitySchema, mapRegionIndustry } from '@polos/core/pipelines';
import { readClusterDefinitions, readStatisticalTable } from '@polos/store';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { errorResponses, json } from '../../openapi/responses';

const YEARS = [2017, 2018, 2019, 2020, 2021] as const;

const stateClustersSchema = z
  .object({
    dataset: z.string(),
    year: z.number().int(),
    regions: z.array(z.string()).describe('State names (as in us-atlas `properties.name`).'),
    clusters: z.array(z.object({ name: z.string(), type: z.enum(['traded', 'local']) })),
    employment: z.array(z.number().nullable()).describe('Regions × clusters, row-major.'),
    lq: z
      .array(z.number().nullable())
      .describe('Cluster LQ (traded/local denominators), regions × clusters.'),
    strong: z
      .array(z.number().int())
      .describe(
        '1 when the region is in the top 25 % of the cluster’s LQ with establishment counts as the CMP requires.',
      ),
    stars: z.array(z.number().int()).describe('European Cluster Observatory stars, 0–3.'),
    strength: z
      .array(z.number().nullable())
      .describe('Per region: share of traded employment in strong clusters.'),
    relatedness: z
      .object({
        clusters: z.array(z.string()).describe('The traded clusters (T).'),
        proximity: z
          .array(z.number())
          .describe('T × T: φ between clusters from their co-presence (cluster LQ ≥ 1) across states.'),
        complexity: z
          .array(z.number().nullable())
          .describe('Per traded cluster: its complexity (PCI of the state × cluster presence).'),
        density: z
          .array(z.number().nullable())
          .describe('Regions × T: relatedness density of each cluster in each state.'),
        present: z.array(z.number().int()).describe('Regions × T: 1 when the cluster LQ ≥ 1.'),
        opportunities: z
          .array(z.array(clusterOpportunitySchema))
          .describe(
            'Per region: the 10 traded clusters it lacks with the highest z(density) + z(complexity) (core diversificationOpportunities); `cluster` indexes `clusters`.',
          ),
      })
      .describe(
        'Relatedness of the traded clusters (Hidalgo et al. 2007 applied to clusters), for the network and the diversification opportunities.',
      ),
  })
  .meta({ id: 'StateClusters' });
export type StateClusters = z.infer<typeof stateClustersSchema>;

const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function registerMapRoutes(app: OpenAPIHono<AppEnv>): void {
  const cache = new Map<number, Promise<StateClusters>>();
  const compute = async (dataPath: string, year: number): Promise<StateClusters> => {
    const table = await readStatisticalTable(
      join(dataPath, 'us-cbp-county-naics', 'cbp_state_naics_2017_2021.csv.gz'),
      { region: 'state_name', industry: 'naics', value: 'emp', establishments: 'estab', year, level: 6 },
    );
    const definitions = readClusterDefinitions('us-benchmark', { dataPath });
    // The cluster measures and the traded clusters' relatedness (presence = cluster LQ ≥ 1;
    // proximity, density without the cluster itself, complexity) from the core's pipeline.
    const result = await mapRegionIndustry(table.matrix, {
      measures: ['clusters', 'clusterRelatedness'],
      clusters: { definitions, establishments: table.establishments, opportunities: 10 },
      year,
    });
    const { table: ct, strength: s, relatedness } = result.clusters!;
    const rel = relatedness!;
    return {
      dataset: 'us-states',
      year,
      regions: [...ct.regions],
      clusters: ct.clusters.map((name, c) => ({ name, type: ct.types[c]! })),
      employment: Array.from(ct.employment, finite),
      lq: Array.from(s.lq, finite),
      strong: Array.from(s.strong),
      stars: Array.from(s.stars),
      strength: Array.from(s.strength, finite),
      relatedness: {
        clusters: rel.clusters,
        proximity: Array.from(rel.proximity),
        complexity: Array.from(rel.complexity, finite),
        density: Array.from(rel.density, finite),
        present: Array.from(rel.present),
        opportunities: rel.opportunities,
      },
    };
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/us-states/clusters',
      tags: ['maps'],
      summary:
        'U.S. benchmark clusters by state for a year: employment, LQ, strong clusters, stars, strength',
      request: {
        query: z.object({
          year: z.coerce
            .number()
            .int()
            .refine((y) => (YEARS as readonly number[]).includes(y), {
              message: `a year from ${YEARS[0]} to ${YEARS.at(-1)}`,
            })
            .default(2021),
        }),
      },
      responses: { 200: json(stateClustersSchema, 'The clusters of every state'), 400: errorResponses[400] },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const dataPath = c.get('deps').config.dataPath;
      let result = cache.get(year);
      if (!result) {
        result = compute(dataPath, year);
        cache.set(year, result);
        result.catch(() => cache.delete(year));
      }
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json(await result, 200);
    },
  );
}
