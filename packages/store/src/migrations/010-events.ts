/**
 * Matchmaking events (issue 12 point 4; decision 078): the `coordinator` role, events,
 * registrations, meeting requests (an accepted request is the meeting, with its slot and
 * table once placed, and its outcome) and the reminders waiting for the notifications work.
 * One table per slot and one meeting per table and slot are unique here; a participant's
 * slots are kept apart by the scheduler under a lock on the event row.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table users drop constraint if exists users_role_check`,
  `alter table users add constraint users_role_check
     check (role in ('admin', 'analyst', 'cluster_manager', 'coordinator', 'viewer'))`,
  `create table events (
     id uuid primary key default gen_random_uuid(),
     title text not null,
     description text not null default '',
     start_date date not null,
     end_date date not null,
     time_zone text not null,
     sessions jsonb not null,
     meeting_place text not null check (meeting_place in ('table', 'virtual_room')),
     tables jsonb not null,
     registration_deadline timestamptz not null,
     request_expiry_hours integer not null check (request_expiry_hours between 1 and 720),
     status text not null check (status in ('draft', 'open', 'closed')),
     organiser_id uuid references users (id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index events_organiser_idx on events (organiser_id)`,
  `create table event_registrations (
     event_id uuid not null references events (id) on delete cascade,
     organisation_id text not null references organisations (id) on delete cascade,
     sessions jsonb,
     marketplace jsonb not null default '[]'::jsonb,
     registered_by uuid references users (id) on delete set null,
     registered_at timestamptz not null default now(),
     primary key (event_id, organisation_id)
   )`,
  `create table event_meeting_requests (
     id uuid primary key default gen_random_uuid(),
     event_id uuid not null,
     from_organisation_id text not null,
     to_organisation_id text not null,
     message text not null default '',
     status text not null check (status in ('pending', 'accepted', 'declined', 'expired', 'merged')),
     created_at timestamptz not null default now(),
     created_by uuid references users (id) on delete set null,
     expires_at timestamptz not null,
     answered_at timestamptz,
     answered_by uuid references users (id) on delete set null,
     slot_id text,
     table_name text,
     starts_at timestamptz,
     ends_at timestamptz,
     outcome text check (outcome in ('none', 'follow_up', 'letter_of_intent', 'mou', 'agreement')),
     outcome_note text,
     outcome_by_organisation_id text,
     outcome_at timestamptz,
     foreign key (event_id, from_organisation_id)
       references event_registrations (event_id, organisation_id) on delete cascade,
     foreign key (event_id, to_organisation_id)
       references event_registrations (event_id, organisation_id) on delete cascade,
     check (from_organisation_id <> to_organisation_id),
     check ((slot_id is null) = (table_name is null))
   )`,
  `create index event_requests_to_idx on event_meeting_requests (event_id, to_organisation_id)`,
  `create index event_requests_from_idx on event_meeting_requests (event_id, from_organisation_id)`,
  `create index event_requests_pending_idx on event_meeting_requests (expires_at) where status = 'pending'`,
  `create unique index event_requests_open_pair on event_meeting_requests
     (event_id, from_organisation_id, to_organisation_id) where status in ('pending', 'accepted')`,
  `create unique index event_meetings_table_slot on event_meeting_requests
     (event_id, slot_id, table_name) where slot_id is not null`,
  `create table event_reminders (
     id bigint generated always as identity primary key,
     event_id uuid not null references events (id) on delete cascade,
     request_id uuid not null references event_meeting_requests (id) on delete cascade,
     organisation_id text not null,
     kind text not null check (kind in ('request_received', 'request_expiring', 'request_expired', 'meeting_accepted')),
     due_at timestamptz not null,
     created_at timestamptz not null default now(),
     sent_at timestamptz,
     unique (request_id, kind)
   )`,
  `create index event_reminders_pending_idx on event_reminders (due_at) where sent_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

/** Down: coordinators become viewers (the role no longer exists), and the event tables go. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'drop table if exists event_reminders',
    'drop table if exists event_meeting_requests',
    'drop table if exists event_registrations',
    'drop table if exists events',
    `update users set role = 'viewer' where role = 'coordinator'`,
    'alter table users drop constraint if exists users_role_check',
    `alter table users add constraint users_role_check
       check (role in ('admin', 'analyst', 'cluster_manager', 'viewer'))`,
  ])
    await sql.raw(s).execute(db);
}
