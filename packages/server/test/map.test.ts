/**
 * Map studio API: the U.S. benchmark clusters by state from the bundled CBP data. Expected
 * values: employment in Washington's aircraft manufacturing (CBP 2021, NAICS 336411:
 * 48,643, as `zcat … | grep '^2021,53,.*,336411,'` shows) is part of its Aerospace cluster;
 * aerospace is strong in Kansas and Washington, automotive in Michigan (the CMP's maps).
 */
import { createStore, type SqlStore } from '@polos/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import type { StateClusters } from '../src/features/map/map.routes';

let store: SqlStore;
beforeAll(async () => {
  store = await createStore({ dataDir: 'memory://' });
  await store.migrate();
});
afterAll(() => store.close());

describe('GET /api/map/us-states/clusters', () => {
  it('gives every state × benchmark cluster, with the strong clusters the CMP is known for', async () => {
    const app = createApp({ store, config: { webDist: '/nonexistent' } });
    const datasets = (await (await app.request('/api/map/datasets')).json()) as Array<{
      id: string;
      years: number[];
    }>;
    expect(datasets[0]).toMatchObject({ id: 'us-states', years: [2017, 2018, 2019, 2020, 2021] });
    const res = await app.request('/api/map/us-states/clusters?year=2021');
    expect(res.status).toBe(200);
    const body = (await res.json()) as StateClusters;
    expect(body.regions).toHaveLength(50);
    expect(body.clusters.filter((c) => c.type === 'traded')).toHaveLength(51);
    const C = body.clusters.length;
    const cell = (state: string, cluster: string) => {
      const r = body.regions.indexOf(state);
      const c = body.clusters.findIndex((x) => x.name === cluster);
      return {
        employment: body.employment[r * C + c],
        lq: body.lq[r * C + c],
        strong: body.strong[r * C + c],
      };
    };
    expect(cell('Kansas', 'Aerospace Vehicles and Defense').strong).toBe(1);
    expect(cell('Washington', 'Aerospace Vehicles and Defense').strong).toBe(1);
    expect(cell('Michigan', 'Automotive').strong).toBe(1);
    expect(cell('Kansas', 'Aerospace Vehicles and Defense').lq).toBeGreaterThan(5);
    expect(cell('Washington', 'Aerospace Vehicles and Defense').employment).toBeGreaterThanOrEqual(48_643);
    expect(body.strength.every((s) => s === null || (s >= 0 && s <= 1))).toBe(true);
  });

  it('relates the traded clusters: φ from co-presence across states, density by hand for one state', async () => {
    const app = createApp({ store, config: { webDist: '/nonexistent' } });
    const body = (await (await app.request('/api/map/us-states/clusters?year=2021')).json()) as StateClusters;
    const { clusters, proximity, density, present, complexity } = body.relatedness;
    const T = clusters.length;
    const R = body.regions.length;
    expect(T).toBe(51);
    const at = (i: number, j: number) => proximity[i * T + j]!;
    for (let i = 0; i < T; i++) {
      expect(at(i, i)).toBe(0);
      for (let j = 0; j < T; j++) expect(at(i, j)).toBe(at(j, i));
    }
    // φ(a, b) = states where both are present / max(ubiquity a, ubiquity b)
    const a = clusters.indexOf('Aerospace Vehicles and Defense');
    const b = clusters.indexOf('Information Technology and Analytical Instruments');
    let both = 0;
    let ua = 0;
    let ub = 0;
    for (let r = 0; r < R; r++) {
      both += present[r * T + a]! & present[r * T + b]!;
      ua += present[r * T + a]!;
      ub += present[r * T + b]!;
    }
    expect(at(a, b)).toBeCloseTo(both / Math.max(ua, ub), 12);
    // density of aerospace in Kansas = Σ_j present(j) φ(j, a) / Σ_j φ(j, a)
    const kansas = body.regions.indexOf('Kansas');
    let num = 0;
    let den = 0;
    for (let j = 0; j < T; j++) {
      num += present[kansas * T + j]! * at(j, a);
      den += at(j, a);
    }
    expect(density[kansas * T + a]).toBeCloseTo(num / den, 12);
    expect(complexity.filter((v) => v !== null && Number.isFinite(v)).length).toBeGreaterThan(40);
    // Kansas's opportunities: clusters it lacks (LQ < 1), best score first
    const opportunities = body.relatedness.opportunities[kansas]!;
    expect(opportunities).toHaveLength(10);
    for (const o of opportunities) expect(present[kansas * T + o.cluster]).toBe(0);
    for (let k = 1; k < opportunities.length; k++)
      expect(opportunities[k - 1]!.score).toBeGreaterThanOrEqual(opportunities[k]!.score);
  });

  it('refuses a year the data do not have, naming the field', async () => {
    const app = createApp({ store, config: { webDist: '/nonexistent' } });
    const res = await app.request('/api/map/us-states/clusters?year=2016');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((f) => f.path)).toContain('query.year');
  });
});
