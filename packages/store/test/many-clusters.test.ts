/**
 * The degree filter, the counts and the portfolio rows are SQL over every cluster,
 * however many there are: 1,200 clusters, most with two assessments whose degrees differ
 * (only the latest counts), some without any, some private. Inserted in bulk (one
 * transaction, multi-row inserts). Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentKinds, collectiveEfficiency, type Scores } from '@polos/core';
import { uniformScores } from '@polos/core/uniform-scores';
import type { Database } from '../src/database';
import { storedIndices } from '../src/repositories/assessments.repository';
import { json } from '../src/repositories/sql-values';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const N = 1200;
const DEGREES = ['low', 'medium', 'high'] as const;

/** Every item scored `v` but functional upgrading unknown: ICE = 4v (0.5 → 2 low, 1.5 → 6 medium, 2.5 → 10 high). */
const uniform = (v: number): Scores => {
  const scores = uniformScores(v);
  return { ...scores, upgrading: { ...scores.upgrading, functional: null } };
};

const assessed = (i: number) => i % 10 !== 9;
const isPublic = (i: number) => i % 7 !== 0;
const country = (i: number) => (i % 2 ? 'PE' : 'CO');
/** The latest assessment's scores; the older one has another degree. */
const latestScores = (i: number) => uniform([0.5, 1.5, 2.5][i % 3]!);
const olderScores = (i: number) => uniform([2.5, 0.5, 1.5][i % 3]!);
const latestDegree = (i: number) => DEGREES[i % 3]!;

async function insertInBulk(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('clusters')
      .values(
        Array.from({ length: N }, (_, i) => ({
          id: `many-${i}`,
          name: `Many ${String(i).padStart(4, '0')}`,
          country: country(i),
          sector: 'garment',
          sector_group: 'traditional_manufacturing',
          is_public: isPublic(i),
        })),
      )
      .execute();
    const rows = Array.from({ length: N }, (_, i) => i)
      .filter(assessed)
      .flatMap((i) => {
        const base = {
          cluster_id: `many-${i}`,
          assessor: 'bulk',
          method: 'expert' as const,
          kind: 'expert' as const,
          aggregation: 'median' as const,
        };
        // Every fifth cluster: both on the same day, the later-created one is the latest.
        const olderOn = i % 5 === 0 ? '2024-06-01' : '2023-06-01';
        return [
          {
            ...base,
            assessed_on: olderOn,
            created_at: '2024-06-01T08:00:00Z',
            scores: json(olderScores(i)),
            ...storedIndices(olderScores(i)),
          },
          {
            ...base,
            assessed_on: '2024-06-01',
            created_at: '2024-06-01T09:00:00Z',
            scores: json(latestScores(i)),
            ...storedIndices(latestScores(i)),
          },
        ];
      });
    await trx.insertInto('assessments').values(rows).execute();
  });
}

const expected = (keep: (i: number) => boolean) => Array.from({ length: N }, (_, i) => i).filter(keep).length;

describe.each(storeFactories)('1,200 clusters on $name', (factory) => {
  let store: SqlStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    let db: Kysely<Database>;
    ({ store, db, dispose } = await factory.open());
    await insertInBulk(db);
  }, 120_000);
  afterAll(async () => {
    await dispose?.();
  });

  it("listClusters and clusterSummaries filter by the latest assessment's degree over every cluster", async () => {
    for (const degree of DEGREES) {
      const all = expected((i) => assessed(i) && latestDegree(i) === degree);
      const visible = expected((i) => assessed(i) && isPublic(i) && latestDegree(i) === degree);
      expect(all).toBeGreaterThan(300);
      const page = await store.listClusters({ degree, limit: 1, offset: 0 }, { includePrivate: true });
      expect(page.total).toBe(all);
      const pastTheEnd = await store.listClusters({ degree, limit: 10, offset: N }, { includePrivate: true });
      expect(pastTheEnd).toMatchObject({ items: [], total: all });
      expect((await store.clusterSummaries({ degree }, { includePrivate: true })).length).toBe(all);
      expect((await store.clusterSummaries({ degree }, { includePrivate: false })).length).toBe(visible);
      const inPeru = await store.clusterSummaries({ degree, country: 'PE' }, { includePrivate: true });
      expect(inPeru.length).toBe(
        expected((i) => assessed(i) && country(i) === 'PE' && latestDegree(i) === degree),
      );
    }
  });

  it('portfolioRows has every assessed cluster, in list order, with its latest indices', async () => {
    const rows = await store.portfolioRows({}, { includePrivate: true, kinds: assessmentKinds });
    expect(rows).toHaveLength(expected(assessed));
    expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort());
    for (const row of rows) {
      const i = Number(row.id.slice('many-'.length));
      const ce = collectiveEfficiency(latestScores(i), { unknown: 'zero' });
      expect(row).toMatchObject({
        eei: ce.eei,
        jai: ce.jai,
        ice: ce.ice,
        degree: ce.degree,
        unknownItems: ce.unknownItems,
        scores: latestScores(i),
      });
    }
    expect((await store.portfolioRows({}, { includePrivate: false, kinds: assessmentKinds })).length).toBe(
      expected((i) => assessed(i) && isPublic(i)),
    );
    for (const degree of DEGREES) {
      const filtered = await store.portfolioRows(
        { degree },
        { includePrivate: true, kinds: assessmentKinds },
      );
      expect(filtered.length).toBe(expected((i) => assessed(i) && latestDegree(i) === degree));
      expect(new Set(filtered.map((r) => r.degree))).toEqual(new Set([degree]));
    }
  });
});
