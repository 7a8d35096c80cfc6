/**
 * Map studio API: the U.S. benchmark clusters by state from the bundled CBP data. Expected
 * values: employment in Washington's aircraft manufacturing (CBP 2021, NAICS 336411:
 * 48,643, as `zcat … | grep '^2021,53,.*,336411,'` shows) is part of its Aerospace cluster;
 * aerospace is strong in Kansas and Washington, automotive in Michigan (the CMP's maps).
 */
import { createStore, type SqlStore } from '@polos/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import type { StateClusters } from '../src/routes/map.routes';

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

  it('refuses a year the data do not have, naming the field', async () => {
    const app = createApp({ store, config: { webDist: '/nonexistent' } });
    const res = await app.request('/api/map/us-states/clusters?year=2016');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((f) => f.path)).toContain('query.year');
  });
});
