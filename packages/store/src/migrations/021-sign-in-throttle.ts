/**
 * The sign-in throttle's state in the database (decision 098): per account its
 * consecutive failures, per address its recent failures — shared by every server instance.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table sign_in_accounts (
     account text primary key,
     failures integer not null check (failures > 0),
     last_failure_ms bigint not null
   )`,
  'create index sign_in_accounts_last_failure on sign_in_accounts (last_failure_ms)',
  `create table sign_in_failures (
     id bigserial primary key,
     address text not null,
     at_ms bigint not null
   )`,
  'create index sign_in_failures_address_at on sign_in_failures (address, at_ms)',
  'create index sign_in_failures_at on sign_in_failures (at_ms)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists sign_in_failures').execute(db);
  await sql.raw('drop table if exists sign_in_accounts').execute(db);
}
