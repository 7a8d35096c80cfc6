/**
 * Analyses count every cluster, however many there are: with 1,200 more clusters whose
 * names sort before the seeded ones, each with an assessment (inserted in bulk), the
 * portfolio, a diagnosis's peer group, the counts and the degree filter see all 57 seeded
 * clusters and all 1,200 more (they once read only the first 500 by name and silently
 * stopped there; the degree is now stored with each assessment and filtered in SQL).
 */
import { collectiveEfficiency, type Scores } from '@polos/core';
import { uniformScores } from '@polos/core/uniform-scores';
import { importRowsOf } from '@polos/store';
import { storedIndices } from '../../store/src/repositories/assessments.repository';
import { json } from '../../store/src/repositories/sql-values';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFactories, testApp, type TestApp } from './test-app';

const EXTRA = 1200;
/** Every item of filler i scored 0.5, 1.5 or 2.5: degree low, medium, high (400 each). */
const fillerScores = (i: number): Scores => {
  const v = [0.5, 1.5, 2.5][i % 3]!;
  const scores = uniformScores(v);
  return { ...scores, upgrading: { ...scores.upgrading, product: null } };
};

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
    await t.db
      .insertInto('assessments')
      .values(
        rows.map((r, i) => ({
          cluster_id: r.id,
          assessed_on: '2024-01-01',
          assessor: 'bulk',
          method: 'expert' as const,
          kind: 'expert' as const,
          aggregation: 'median' as const,
          scores: json(fillerScores(i)),
          ...storedIndices(fillerScores(i)),
        })),
      )
      .execute();
  }, 120_000);
  afterAll(() => t.close());

  it('the portfolio has the 40 seeded and the 1,200 more assessed clusters, and its degree filter counts them all', async () => {
    const body = (await (await t.app.request('/api/portfolio')).json()) as {
      all: { n: number };
      points: Array<{ clusterId: string; eei: number; ice: number; degree: string }>;
      degrees: Record<string, number>;
    };
    expect(body.all.n).toBe(40 + EXTRA);
    expect(body.points).toHaveLength(40 + EXTRA);
    const filler = body.points.find((p) => p.clusterId === 'aaa-filler-5')!;
    const ce = collectiveEfficiency(fillerScores(5), { unknown: 'zero' });
    expect(filler).toMatchObject({ eei: ce.eei, ice: ce.ice, degree: ce.degree });
    const high = (await (await t.app.request('/api/portfolio?degree=high')).json()) as {
      all: { n: number };
      points: Array<{ degree: string }>;
    };
    expect(high.all.n).toBe(6 + EXTRA / 3);
    expect(high.points.every((p) => p.degree === 'high')).toBe(true);
  });

  it("a diagnosis's peer group has its 15 seeded and the 1,200 more assessed clusters", async () => {
    const body = (await (await t.app.request('/api/clusters/tm_medellin_textile/diagnosis')).json()) as {
      groupSize: number;
    };
    expect(body.groupSize).toBe(15 + EXTRA);
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
    expect(degrees).toEqual([6 + EXTRA / 3, 27 + EXTRA / 3, 7 + EXTRA / 3]);
  });
});
