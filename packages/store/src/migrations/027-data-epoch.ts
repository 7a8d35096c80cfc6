/**
 * The data version's epoch (decision 110): a random name of this database's history, so a
 * version number reached again after a restore (the restored copy counts on from the
 * backup's number while the old database had counted past it) never names other data. The
 * server's ETags carry it; `polos db restore` draws a new one.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw('alter table data_version add column epoch text not null default gen_random_uuid()::text')
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table data_version drop column if exists epoch').execute(db);
}
