/**
 * Analyses count every cluster, however many there are: with 1,200 more clusters whose
 * names sort before the seeded ones, the portfolio, a diagnosis's peer group, the
 * counts and the degree filter still see all 57 seeded clusters (they once read only
 * the first 500 by name and silently stopped there).
 */
import { importRowsOf } from '@polos/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFactories, testApp, type TestApp } from './test-app';

const EXTRA = 1200;

describe.each(storeFactories.map((f) => [f.name, f] as const))('1,200 more clusters on %s', (_n, factory) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(factory);
    const rows = Array.from({ length: EXTRA }, (_, i) => ({
      id: `aaa-filler-${i}`,
      name: `Aaa filler ${String(i).padStart(4, '0')}`,
      country: 'PE',
      sector: 'garment',
      sectorGroup: 'traditional_manufacturing' as const,
      isPublic: true,
      keyFigures: [],
    }));
    await t.store.importClusters(
      importRowsOf(rows),
      { userId: null, label: 'test' },
      { mode: 'insert', source: 'x' },
    );
  }, 120_000);
  afterAll(() => t.close());

  it('the portfolio still has the 40 assessed clusters', async () => {
    const body = (await (await t.app.request('/api/portfolio')).json()) as {
      all: { n: number };
      points: unknown[];
    };
    expect(body.all.n).toBe(40);
    expect(body.points).toHaveLength(40);
  });

  it("a diagnosis's peer group still has its 15 assessed clusters", async () => {
    const body = (await (await t.app.request('/api/clusters/tm_medellin_textile/diagnosis')).json()) as {
      groupSize: number;
    };
    expect(body.groupSize).toBe(15);
  });

  it('the counts and the degree filter count every cluster', async () => {
    const counts = (await (await t.app.request('/api/clusters/counts')).json()) as {
      total: number;
      countries: Record<string, number>;
    };
    expect(counts.total).toBe(57 + EXTRA);
    expect(counts.countries.PE).toBeGreaterThanOrEqual(EXTRA);
    const degrees = await Promise.all(
      ['high', 'medium', 'low'].map(
        async (d) =>
          ((await (await t.app.request(`/api/clusters?degree=${d}&limit=1`)).json()) as { total: number })
            .total,
      ),
    );
    expect(degrees).toEqual([6, 27, 7]);
  });
});
