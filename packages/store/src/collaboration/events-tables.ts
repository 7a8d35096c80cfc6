/** The matchmaking events' tables as Kysely sees them (migration 010; decision 078). */
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** date columns: text from both drivers once cast; written as YYYY-MM-DD. */
type DateColumn = ColumnType<Date | string, string, string>;

export interface EventsTable {
  id: Generated<string>;
  title: string;
  description: string;
  start_date: DateColumn;
  end_date: DateColumn;
  time_zone: string;
  sessions: unknown;
  meeting_place: 'table' | 'virtual_room';
  tables: unknown;
  registration_deadline: Timestamp;
  request_expiry_hours: number;
  status: 'draft' | 'open' | 'closed';
  organiser_id: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface EventRegistrationsTable {
  event_id: string;
  organisation_id: string;
  sessions: unknown;
  marketplace: unknown;
  registered_by: string | null;
  registered_at: CreatedAt;
}

export interface EventMeetingRequestsTable {
  id: Generated<string>;
  event_id: string;
  from_organisation_id: string;
  to_organisation_id: string;
  message: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired' | 'merged';
  created_at: CreatedAt;
  created_by: string | null;
  expires_at: Timestamp;
  answered_at: NullableTimestamp;
  answered_by: string | null;
  slot_id: string | null;
  table_name: string | null;
  starts_at: NullableTimestamp;
  ends_at: NullableTimestamp;
  outcome: string | null;
  outcome_note: string | null;
  outcome_by_organisation_id: string | null;
  outcome_at: NullableTimestamp;
}

export interface EventRemindersTable {
  id: GeneratedAlways<string>;
  event_id: string;
  request_id: string;
  organisation_id: string;
  kind: 'request_received' | 'request_expiring' | 'request_expired' | 'meeting_accepted';
  due_at: Timestamp;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
}

export interface EventsTables {
  events: EventsTable;
  event_registrations: EventRegistrationsTable;
  event_meeting_requests: EventMeetingRequestsTable;
  event_reminders: EventRemindersTable;
}
