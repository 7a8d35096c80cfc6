/**
 * Per-address request bounds in the database (decision 109): the times of an address's
 * recent requests to a bounded endpoint (the public survey pages, decision 085), so every
 * server instance on one database counts the same requests.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table address_requests (
     id bigserial primary key,
     scope text not null,
     address text not null,
     at_ms bigint not null
   )`,
  'create index address_requests_scope_address_at on address_requests (scope, address, at_ms)',
  'create index address_requests_scope_at on address_requests (scope, at_ms)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists address_requests').execute(db);
}
