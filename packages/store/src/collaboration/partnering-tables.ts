/**
 * Partner searches, agreements, programmes and calls as Kysely sees them (migration 009).
 * `date` columns are read as text (`::text`) by the repositories, so no driver turns them
 * into a local-time Date.
 */
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, unknown, unknown>;

export interface PartnerSearchPostsTable {
  id: string;
  organisation_id: string;
  direction: string;
  kind: string;
  title: string;
  description: string;
  sectors: Json<string[]>;
  countries_sought: Json<string[]>;
  language: string;
  published_on: DateColumn;
  expires_on: DateColumn;
  status: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface PartnerSearchFollowsTable {
  post_id: string;
  user_id: string;
  created_at: CreatedAt;
}

export interface PartnerSearchInterestsTable {
  id: Generated<string>;
  post_id: string;
  sender_id: string | null;
  sender_name: string;
  organisation_id: string | null;
  message: string;
  created_at: CreatedAt;
}

export interface PartnerSearchCommentsTable {
  id: Generated<string>;
  post_id: string;
  author_id: string | null;
  author_name: string;
  text: string;
  created_at: CreatedAt;
}

export interface AgreementsTable {
  id: string;
  scope: string;
  sector_relation: string | null;
  instrument: string;
  objectives: string | null;
  areas: Json<string[]>;
  sponsors: Json<Array<{ organisationId: string | null; asPrinted: string }>>;
  start_year: number | null;
  end_year: number | null;
  year_as_printed: string | null;
  signed_on: DateColumn | null;
  ends_on: DateColumn | null;
  status: string | null;
  status_as_reported: string | null;
  source: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface AgreementPartiesTable {
  agreement_id: string;
  position: number;
  organisation_id: string | null;
  description: string | null;
}

export interface AgreementOutcomesTable {
  id: Generated<string>;
  agreement_id: string;
  date: DateColumn | null;
  year: number | null;
  kind: string | null;
  description: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ProgrammesTable {
  id: string;
  name: string;
  acronym: string | null;
  funder: string | null;
  period: string | null;
  targets: Json<string[]>;
  what: string | null;
  countries_regions: string | null;
  level: string;
  source: string | null;
  notes: string | null;
}

export interface ProgrammeCallsTable {
  id: string;
  programme_id: string;
  title: string;
  opens_on: DateColumn | null;
  deadline: ColumnType<Date, Date | string, Date | string>;
  eligible_countries: Json<string[]>;
  url: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface ProgrammeCallFollowsTable {
  call_id: string;
  user_id: string;
  organisation_id: string | null;
  created_at: CreatedAt;
}

export interface PartneringTables {
  partner_search_posts: PartnerSearchPostsTable;
  partner_search_follows: PartnerSearchFollowsTable;
  partner_search_interests: PartnerSearchInterestsTable;
  partner_search_comments: PartnerSearchCommentsTable;
  agreements: AgreementsTable;
  agreement_parties: AgreementPartiesTable;
  agreement_outcomes: AgreementOutcomesTable;
  programmes: ProgrammesTable;
  programme_calls: ProgrammeCallsTable;
  programme_call_follows: ProgrammeCallFollowsTable;
}
