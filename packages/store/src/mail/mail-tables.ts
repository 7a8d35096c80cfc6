/** The mail outbox and the server's signing keys as Kysely sees them (migration 011; decision 081). */
import type { ColumnType, GeneratedAlways } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MailOutboxTable {
  id: GeneratedAlways<string>;
  user_id: string | null;
  to_address: string;
  template: string;
  language: string;
  params: unknown;
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
}

export interface ServerKeysTable {
  name: string;
  value: string;
  created_at: Timestamp;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
  server_keys: ServerKeysTable;
}
