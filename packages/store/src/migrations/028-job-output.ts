/**
 * A job's output file (decision 111): a PDF report printed in the background is kept with its
 * job — bytes, file name and media type — until the job is deleted (decision 106's
 * retention), read only through `GET /api/jobs/{id}/output` by who may read the job.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw('alter table jobs add column output bytea, add column output_name text, add column output_type text')
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      'alter table jobs drop column if exists output, drop column if exists output_name, drop column if exists output_type',
    )
    .execute(db);
}
