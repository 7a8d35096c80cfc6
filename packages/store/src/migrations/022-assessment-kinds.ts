/**
 * Whose scores an assessment holds and how much of its date is known (issue 15; decision 100):
 * `kind` (published_study, expert, self_assessment, survey) and `date_precision` (year, day).
 *
 * Existing rows: an assessment came from the IDB study when the seed wrote it — no user
 * (`created_by is null`) and the study's assessor, "Pietrobelli & Rabellotti (IDB, 2004)" —
 * and is then `published_study`, dated to the `year` (the seed's January 1 stood for the
 * year of publication). Every other row was written by a user through the API or the web
 * (admins, analysts or the cluster's managers, without saying whose scores they were) and
 * becomes `self_assessment` with `day` precision: it never silently counts as a study's or
 * an expert's score; an analyst who entered expert scores may re-record them as `expert`.
 */
import { sql, type Kysely } from 'kysely';

/** The study's assessor as the seed writes it (packages/store/src/seed/seed-demo-data.ts). */
export const IDB_STUDY_ASSESSOR = 'Pietrobelli & Rabellotti (IDB, 2004)';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `alter table assessments
         add column kind text not null default 'self_assessment',
         add column date_precision text not null default 'day'`,
    )
    .execute(db);
  await sql`update assessments set kind = 'published_study', date_precision = 'year'
    where created_by is null and assessor = ${IDB_STUDY_ASSESSOR}`.execute(db);
  for (const statement of [
    // New rows always say their kind (the store writes it); the default served existing rows only.
    `alter table assessments alter column kind drop default`,
    `alter table assessments
       add constraint assessments_kind_check
         check (kind in ('published_study', 'expert', 'self_assessment', 'survey')),
       add constraint assessments_date_precision_check
         check (date_precision in ('year', 'day')
           and (date_precision = 'day' or (extract(month from assessed_on) = 1 and extract(day from assessed_on) = 1)))`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `alter table assessments
         drop constraint if exists assessments_date_precision_check,
         drop constraint if exists assessments_kind_check,
         drop column if exists date_precision,
         drop column if exists kind`,
    )
    .execute(db);
}
