/**
 * Migration 006 stores EEI, JAI, ICE, the degree and the count of unknown items with each
 * assessment: rows written before it get exactly what core's
 * `collectiveEfficiency(scores, { unknown: 'zero' })` gives (more rows than one batch of
 * 500, thresholds and unknown items included), and rows written after it by the store
 * carry them from their insert. Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectiveEfficiency, type Scores } from '@polos/core';
import type { Database } from '../src/database';
import { migrateDatabase } from '../src/migrations/migrate';
import { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const ROWS = 1234;
const STEPS = [0, 0.5, 1, 1.5, 2, 2.5, 3, null];

/** Deterministic, varied scores: every half step and unknown items; rows 0–2 sit on the thresholds. */
function scoresOf(i: number): Scores {
  const item = (k: number) => STEPS[(i * 7 + k * 13 + ((i * k) % 5)) % STEPS.length]!;
  const fixed = i === 0 ? 3 : i === 1 ? 1.25 : undefined; // ICE 12 (high), ICE 5 (low: ≤ 5)
  const v = (k: number) => fixed ?? item(k);
  const scores: Scores = {
    externalEconomies: {
      specialisedLabourMarket: v(0),
      availabilityOfInputs: v(1),
      easyAccessToInformation: v(2),
      marketAccess: v(3),
    },
    jointAction: {
      backwardVerticalLinkages: v(4),
      forwardVerticalLinkages: v(5),
      horizontalBilateralLinkages: v(6),
      horizontalMultilateralLinkages: v(7),
    },
    upgrading: { process: v(8), product: null, functional: 1, intersectoral: 0 },
  };
  if (i === 2) {
    // ICE exactly 9.5 (high: ≥ 9.5) with one unknown item counting 0.
    scores.externalEconomies = {
      specialisedLabourMarket: 3,
      availabilityOfInputs: 3,
      easyAccessToInformation: 3,
      marketAccess: null,
    };
    scores.jointAction = {
      backwardVerticalLinkages: 3,
      forwardVerticalLinkages: 3,
      horizontalBilateralLinkages: 2.5,
      horizontalMultilateralLinkages: 1.5,
    };
  }
  return scores;
}

describe.each(storeFactories)('Migration 006 on $name', (factory) => {
  let db: Kysely<Database>;
  let kind: 'pglite' | 'postgres';
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, kind, dispose } = await factory.openDatabase());
  }, 60_000);
  afterAll(async () => {
    await dispose?.();
  });

  it('an assessment stored before 006 gets the eei, jai, ice, degree and unknown items of core', async () => {
    expect(await migrateDatabase(db, '005-assessment-respondent-count')).toContain(
      '005-assessment-respondent-count',
    );
    await sql`insert into clusters (id, name, country, sector, sector_group) values
      ('c1', 'One', 'BR', 'footwear', 'traditional_manufacturing'),
      ('c2', 'Two', 'CL', 'wine', 'natural_resource_based')`.execute(db);
    const values = Array.from(
      { length: ROWS },
      (_, i) =>
        sql`(${i % 2 ? 'c2' : 'c1'}, ${`2020-01-${String((i % 28) + 1).padStart(2, '0')}`}::date, ${`assessor ${i}`},
          'expert', 'median', ${JSON.stringify(scoresOf(i))}::jsonb)`,
    );
    await sql`insert into assessments (cluster_id, assessed_on, assessor, method, aggregation, scores)
      values ${sql.join(values)}`.execute(db);

    expect(await migrateDatabase(db, '006-assessment-indices')).toEqual(['006-assessment-indices']);

    const { rows } = await sql<{
      assessor: string;
      eei: number;
      jai: number;
      ice: number;
      degree: string;
      unknown_items: number;
    }>`select assessor, eei, jai, ice, degree, unknown_items from assessments`.execute(db);
    expect(rows).toHaveLength(ROWS);
    const degrees = new Set<string>();
    for (const row of rows) {
      const ce = collectiveEfficiency(scoresOf(Number(row.assessor.slice('assessor '.length))), {
        unknown: 'zero',
      });
      expect({ ...row, assessor: undefined }).toEqual({
        assessor: undefined,
        eei: ce.eei,
        jai: ce.jai,
        ice: ce.ice,
        degree: ce.degree,
        unknown_items: ce.unknownItems,
      });
      degrees.add(row.degree);
    }
    expect([...degrees].sort()).toEqual(['high', 'low', 'medium']);
    const threshold = rows.find((r) => r.assessor === 'assessor 2')!;
    expect(threshold).toMatchObject({ ice: 9.5, degree: 'high', unknown_items: 1 });
    expect(rows.find((r) => r.assessor === 'assessor 1')).toMatchObject({ ice: 5, degree: 'low' });
  }, 120_000);

  it('after 006 the store writes the indices with the scores, and the columns may not be null', async () => {
    // The store of today writes the columns of later migrations too (022: kind, date precision).
    await migrateDatabase(db);
    const store = new SqlStore(db, kind);
    const created = await store.createAssessment(
      'c1',
      {
        assessedOn: '2030-01-01',
        assessor: 'after',
        method: 'expert',
        kind: 'expert',
        aggregation: 'median',
        scores: scoresOf(2),
        governance: [],
      },
      { userId: null, label: 'test' },
    );
    const row = await db
      .selectFrom('assessments')
      .select(['eei', 'jai', 'ice', 'degree', 'unknown_items'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ eei: 9, jai: 10, ice: 9.5, degree: 'high', unknown_items: 1 });
    await expect(
      sql`insert into assessments (cluster_id, assessed_on, assessor, method, aggregation, scores)
        values ('c1', '2030-01-02', 'raw', 'expert', 'median', '{}'::jsonb)`.execute(db),
    ).rejects.toThrow(/null/);
  });

  it('006 goes down to 005 (columns and index gone) and up again with the same indices', async () => {
    const indices = () =>
      sql<{ id: string; ice: number; degree: string }>`select id, ice, degree from assessments
        order by id`.execute(db);
    const before = await indices();
    await migrateDatabase(db, '005-assessment-respondent-count');
    const { rows: columns } = await sql<{ column_name: string }>`select column_name
      from information_schema.columns where table_name = 'assessments' and column_name in ('eei', 'degree')`.execute(
      db,
    );
    expect(columns).toEqual([]);
    expect(await migrateDatabase(db, '006-assessment-indices')).toEqual(['006-assessment-indices']);
    const after = await indices();
    expect(after.rows).toEqual(before.rows);
  }, 120_000);
});
