/**
 * The indices of collective efficiency stored with each assessment (decision 072): EEI,
 * JAI, ICE, the degree and the count of unknown items, as core's
 * `assessmentIndices(scores)` (the portfolio pipeline's entry; unknown items count 0) gives them (the study's convention,
 * the one the API's degree filter and portfolio use), so the degree filter, the counts
 * and the portfolio are SQL over every row. Existing rows are computed here, 500 at a
 * time; new rows set them in the same insert as their scores. The index serves "the
 * latest assessment of a cluster" (assessed_on desc, created_at desc, id).
 */
import { sql, type Kysely } from 'kysely';
import { assessmentIndices, type Scores } from '@polos/core';

const BATCH = 500;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `alter table assessments
         add column eei double precision,
         add column jai double precision,
         add column ice double precision,
         add column degree text,
         add column unknown_items integer`,
    )
    .execute(db);
  const { rows: count } = await sql<{ n: number }>`select count(*)::int as n from assessments`.execute(db);
  const batches = Math.ceil((count[0]?.n ?? 0) / BATCH);
  let after = '00000000-0000-0000-0000-000000000000';
  for (let batch = 0; batch < batches; batch++) {
    const { rows } = await sql<{ id: string; scores: Scores }>`select id::text as id, scores from assessments
      where id > ${after}::uuid order by id limit ${BATCH}`.execute(db);
    if (!rows.length) break;
    const values = rows.map(({ id, scores }) => {
      const ce = assessmentIndices(scores);
      return sql`(${id}::uuid, ${ce.eei}::float8, ${ce.jai}::float8, ${ce.ice}::float8, ${ce.degree}::text, ${ce.unknownItems}::int)`;
    });
    await sql`update assessments a set eei = v.eei, jai = v.jai, ice = v.ice, degree = v.degree,
        unknown_items = v.unknown_items
      from (values ${sql.join(values)}) as v (id, eei, jai, ice, degree, unknown_items)
      where a.id = v.id`.execute(db);
    after = rows[rows.length - 1]!.id;
  }
  for (const statement of [
    `alter table assessments
       alter column eei set not null,
       alter column jai set not null,
       alter column ice set not null,
       alter column degree set not null,
       alter column unknown_items set not null,
       add constraint assessments_degree_check check (degree in ('high', 'medium', 'low'))`,
    `drop index if exists assessments_cluster_idx`,
    `create index assessments_latest_idx on assessments (cluster_id, assessed_on desc, created_at desc, id)`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop index if exists assessments_latest_idx',
    'create index if not exists assessments_cluster_idx on assessments (cluster_id, assessed_on desc, created_at desc)',
    `alter table assessments drop constraint if exists assessments_degree_check,
       drop column if exists unknown_items, drop column if exists degree, drop column if exists ice,
       drop column if exists jai, drop column if exists eei`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
