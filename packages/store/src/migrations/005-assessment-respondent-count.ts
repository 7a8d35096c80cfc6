/**
 * How many respondents answered each assessment, kept beside the answers so that lists
 * (a cluster's history, the diagnosis, the portfolio) read the count without reading
 * the answers (docs/decisions/065). Existing rows are counted once here; new rows set
 * it in the same insert as their answers.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `alter table assessments
         add column respondent_count integer not null default 0 check (respondent_count >= 0)`,
    )
    .execute(db);
  await sql.raw(`update assessments set respondent_count = jsonb_array_length(respondents)`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table assessments drop column if exists respondent_count').execute(db);
}
