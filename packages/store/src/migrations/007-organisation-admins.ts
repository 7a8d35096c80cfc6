/**
 * An organisation's administrators (issue 12): the users who edit its profile, its
 * partner-search posts, its event registrations and the outcomes of its agreements.
 * Several per organisation; removing a user or an organisation removes the rows.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create table organisation_admins (
         organisation_id text not null references organisations (id) on delete cascade,
         user_id uuid not null references users (id) on delete cascade,
         added_at timestamptz not null default now(),
         added_by uuid references users (id) on delete set null,
         primary key (organisation_id, user_id)
       )`,
    )
    .execute(db);
  await sql.raw('create index organisation_admins_user_idx on organisation_admins (user_id)').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists organisation_admins').execute(db);
}
