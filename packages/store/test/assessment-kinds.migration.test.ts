/**
 * Migration 022 (decision 100) records whose scores each assessment holds and how much of
 * its date is known. Rows written before it: the seed's IDB study rows (no user, the study's
 * assessor) become `published_study` dated to the year; every other row `self_assessment`
 * dated to the day. The checks refuse an unknown kind and a year-only date that is not
 * January 1; down keeps the rows and drops the columns, up again restores them.
 * Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { uniformScores } from '@polos/core/uniform-scores';
import { IDB_STUDY_ASSESSOR } from '../src/migrations/022-assessment-kinds';
import { migrateDatabase } from '../src/migrations/migrate';
import { storedIndices } from '../src/repositories/assessments.repository';
import { migratedDatabase, storeFactories } from './test-stores';

const kindColumns = sql<{ column_name: string }>`select column_name from information_schema.columns
  where table_schema = current_schema() and table_name = 'assessments'
    and column_name in ('kind', 'date_precision') order by column_name`;

describe.each(storeFactories)('Migration 022 on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('classifies the rows written before it by the stated rule, checks kinds and year-only dates, and goes down and up', async () => {
    const { db } = opened;
    await migrateDatabase(db, '021-sign-in-throttle');
    expect((await kindColumns.execute(db)).rows).toEqual([]);
    await sql`insert into clusters (id, name, country, sector, sector_group) values
      ('k1', 'One', 'BR', 'footwear', 'traditional_manufacturing')`.execute(db);
    const scores = uniformScores(2);
    const ix = storedIndices(scores);
    const row = (assessor: string, on: string) =>
      sql`('k1', ${on}::date, ${assessor}, 'expert', 'median', ${JSON.stringify(scores)}::jsonb,
        ${ix.eei}, ${ix.jai}, ${ix.ice}, ${ix.degree}, ${ix.unknown_items})`;
    await sql`insert into assessments (cluster_id, assessed_on, assessor, method, aggregation, scores,
        eei, jai, ice, degree, unknown_items)
      values ${sql.join([row(IDB_STUDY_ASSESSOR, '2004-01-01'), row('Ana, cluster manager', '2025-03-14')])}`.execute(
      db,
    );

    expect(await migrateDatabase(db)).toContain('022-assessment-kinds');
    const kinds = await sql<{ assessor: string; kind: string; date_precision: string }>`select assessor, kind,
      date_precision from assessments where cluster_id = 'k1' order by assessed_on`.execute(db);
    expect(kinds.rows).toEqual([
      { assessor: IDB_STUDY_ASSESSOR, kind: 'published_study', date_precision: 'year' },
      { assessor: 'Ana, cluster manager', kind: 'self_assessment', date_precision: 'day' },
    ]);

    const insert = (kind: string, on: string, precision: string) =>
      sql`insert into assessments (cluster_id, assessed_on, assessor, method, aggregation, scores,
          eei, jai, ice, degree, unknown_items, kind, date_precision)
        values ('k1', ${on}::date, 'x', 'expert', 'median', ${JSON.stringify(scores)}::jsonb,
          ${ix.eei}, ${ix.jai}, ${ix.ice}, ${ix.degree}, ${ix.unknown_items}, ${kind}, ${precision})`.execute(
        db,
      );
    await expect(insert('guess', '2024-05-02', 'day')).rejects.toThrow(/assessments_kind_check/);
    await expect(insert('expert', '2024-05-02', 'year')).rejects.toThrow(/assessments_date_precision_check/);
    await expect(insert('expert', '2024-01-01', 'year')).resolves.toBeDefined();

    await migrateDatabase(db, '021-sign-in-throttle');
    expect((await kindColumns.execute(db)).rows).toEqual([]);
    const kept = await sql<{
      n: number;
    }>`select count(*)::int as n from assessments where cluster_id = 'k1'`.execute(db);
    expect(kept.rows[0]!.n).toBe(3);
    await migrateDatabase(db);
    expect((await kindColumns.execute(db)).rows.map((r) => r.column_name)).toEqual([
      'date_precision',
      'kind',
    ]);
  }, 120_000);
});
