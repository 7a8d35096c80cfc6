/** The collaboration area's tables as Kysely sees them (migrations 007 on; issue 12). */
import type { ColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationAdminsTable {
  organisation_id: string;
  user_id: string;
  added_at: CreatedAt;
  added_by: string | null;
}

export interface CollaborationTables {
  organisation_admins: OrganisationAdminsTable;
}
