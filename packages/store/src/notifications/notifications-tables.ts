/** The notifications area's tables as Kysely sees them (migration 011; decision 081). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  params: unknown;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  in_app: boolean;
  email: boolean;
}

export interface NotificationTriggersTable {
  key: string;
  created_at: Timestamp;
}

export interface NotificationTables {
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  notification_triggers: NotificationTriggersTable;
}
