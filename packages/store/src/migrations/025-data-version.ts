/**
 * The data version (issue 16; decision 108): one row whose number every audited write bumps
 * in its own transaction (UnitOfWork.audit), so the server's cache of anonymous public reads
 * and their ETags know, on every instance sharing the database, whether an answer is current.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table data_version (
     id smallint primary key default 1 check (id = 1),
     version bigint not null default 1
   )`,
  'insert into data_version (id, version) values (1, 1)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists data_version').execute(db);
}
