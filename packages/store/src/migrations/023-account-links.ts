/**
 * Accounts by e-mail (issue 15; decision 104): an invited account has no password until
 * its invitation link sets one; an admin can deactivate an account; single-use, expiring
 * links (invitation, password reset, e-mail change) are kept as SHA-256 hashes of their
 * secret, never the secret.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  'alter table users alter column password_hash drop not null',
  'alter table users add column deactivated_at timestamptz',
  `create table account_links (
     token_hash text primary key,
     user_id uuid not null references users (id) on delete cascade,
     purpose text not null check (purpose in ('invitation', 'password_reset', 'email_change')),
     new_email text check (new_email = lower(new_email)),
     expires_at timestamptz not null,
     used_at timestamptz,
     created_at timestamptz not null default now(),
     check ((purpose = 'email_change') = (new_email is not null))
   )`,
  'create index account_links_user_idx on account_links (user_id, purpose, created_at desc)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists account_links').execute(db);
  await sql.raw('alter table users drop column if exists deactivated_at').execute(db);
  // Invited accounts never chose a password: they cannot exist without one.
  await sql.raw('delete from users where password_hash is null').execute(db);
  await sql.raw('alter table users alter column password_hash set not null').execute(db);
}
