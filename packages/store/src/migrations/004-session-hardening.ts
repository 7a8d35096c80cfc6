/**
 * Sessions and API tokens that end (decision 063, docs/security.md):
 * - sessions.last_seen_at: for the idle timeout (a session unused for longer ends);
 * - api_tokens.expires_at: every token expires (tokens made before this migration get
 *   90 days from now, not from their creation, so none stops working at once);
 * - api_tokens.last_used_at, revoked_at: shown in the token list; a revoked token stays
 *   listed (and audited) but never authenticates again.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table sessions add column last_seen_at timestamptz not null default now()`,
  `create index sessions_expires_idx on sessions (expires_at)`,
  `alter table api_tokens add column expires_at timestamptz`,
  `update api_tokens set expires_at = now() + interval '90 days'`,
  `alter table api_tokens alter column expires_at set not null`,
  `alter table api_tokens add column last_used_at timestamptz`,
  `alter table api_tokens add column revoked_at timestamptz`,
  `create index api_tokens_user_idx on api_tokens (user_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop index if exists api_tokens_user_idx',
    'alter table api_tokens drop column if exists revoked_at',
    'alter table api_tokens drop column if exists last_used_at',
    'alter table api_tokens drop column if exists expires_at',
    'drop index if exists sessions_expires_idx',
    'alter table sessions drop column if exists last_seen_at',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
