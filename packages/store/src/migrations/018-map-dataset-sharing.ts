/**
 * An uploaded map dataset can be shared with everyone (issue 14, point 7): `shared` makes
 * it listed and readable without an account, as the bundled datasets are; private (false)
 * by default, as before.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table map_datasets add column shared boolean not null default false').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table map_datasets drop column if exists shared').execute(db);
}
