/**
 * Notifications and the mail outbox (issue 12 point 7; decision 081): each user's
 * language, their notifications (read or not) and per-kind preferences, the keys that make
 * the time-based notifications (a meeting soon, a call closing) go out once, the outbox of
 * e-mails written in the same transaction as the write that causes them, and the server's
 * signing keys (unsubscribe links).
 */
import { sql, type Kysely } from 'kysely';

const KINDS = `('interest', 'comment', 'meeting_request', 'request_answered', 'meeting_reminder', 'call_closing')`;

const statements = [
  `alter table users add column language text not null default 'en' check (language in ('en', 'es', 'pt'))`,
  `create table notifications (
     id uuid primary key default gen_random_uuid(),
     user_id uuid not null references users (id) on delete cascade,
     kind text not null check (kind in ${KINDS}),
     params jsonb not null,
     created_at timestamptz not null default now(),
     read_at timestamptz
   )`,
  `create index notifications_user_idx on notifications (user_id, created_at desc)`,
  `create index notifications_unread_idx on notifications (user_id) where read_at is null`,
  `create table notification_preferences (
     user_id uuid not null references users (id) on delete cascade,
     kind text not null check (kind in ${KINDS}),
     in_app boolean not null,
     email boolean not null,
     primary key (user_id, kind)
   )`,
  `create table notification_triggers (
     key text primary key,
     created_at timestamptz not null default now()
   )`,
  `create table mail_outbox (
     id bigint generated always as identity primary key,
     user_id uuid references users (id) on delete cascade,
     to_address text not null,
     template text not null,
     language text not null check (language in ('en', 'es', 'pt')),
     params jsonb not null,
     status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
     attempts integer not null default 0,
     next_attempt_at timestamptz not null default now(),
     last_error text,
     created_at timestamptz not null default now(),
     sent_at timestamptz
   )`,
  `create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'pending'`,
  `create table server_keys (
     name text primary key,
     value text not null,
     created_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'drop table if exists server_keys',
    'drop table if exists mail_outbox',
    'drop table if exists notification_triggers',
    'drop table if exists notification_preferences',
    'drop table if exists notifications',
    'alter table users drop column if exists language',
  ])
    await sql.raw(s).execute(db);
}
