/**
 * The schema of the platform database as Kysely sees it: every table and column made by
 * the migrations 001–006 (007 on: each area's tables in its own file, e.g. collaboration/tables.ts) (`src/migrations/`), so queries built with Kysely's builder are
 * checked against it. A column's select type is what both drivers (pg, PGlite) return;
 * `Generated` columns may be left out of an insert; `GeneratedAlways` ones never written.
 * JSON columns are written through `json()` (repositories/sql-values.ts), never as raw
 * arrays (pg would send a JS array as a PostgreSQL array).
 */
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { CollaborationTables } from './collaboration/tables';
import type { PartneringTables } from './collaboration/partnering-tables';
import type { EventsTables } from './collaboration/events-tables';
import type { NotificationTables } from './notifications/notifications-tables';
import type { PlansTables } from './plans/plans-tables';
import type { Ris3Tables } from './ris3/ris3-tables';
import type { ServicesTables } from './services/services-tables';
import type { MailTables } from './mail/mail-tables';
import type { JobsTables } from './jobs/jobs-tables';
import type { ThrottleTables } from './throttle/throttle-tables';
import type { FundingTables } from './management/funding-tables';
import type { ExcellenceTables } from './excellence/excellence-tables';
import type {
  Assessment,
  AssessmentKind,
  DatePrecision,
  CollectiveEfficiencyDegree,
  Intermediary,
  KeyFigures,
  Organisation,
  Scores,
  StatisticalCodes,
  ValueChain,
} from '@polos/core';

/** timestamptz: a Date from both drivers; written as a Date or ISO text. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** timestamptz with `default now()`. */
type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ClustersTable {
  id: string;
  name: string;
  country: string;
  region: string | null;
  location: string | null;
  sector: string;
  sector_group: string;
  life_cycle_stage: string | null;
  description: string | null;
  is_public: Generated<boolean>;
  key_figures: Generated<KeyFigures[]>;
  source: string | null;
  /** Region and industry codes (migration 016), null when none is set. */
  statistical_codes: StatisticalCodes | null;
  /** to_tsvector('simple', polos_fold(name, location, sector)). */
  search: GeneratedAlways<string>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface OrganisationsTable {
  id: string;
  cluster_id: string | null;
  name: string;
  acronym: string | null;
  country: string;
  legal_form: string | null;
  founded: number | null;
  staff_fte: number | null;
  governance_bodies: Generated<Organisation['governanceBodies']>;
  structure_type: string | null;
  website: string | null;
  email: string | null;
  is_public: Generated<boolean>;
  source: string | null;
  /** Migration 008 (decision 076): the collaboration profile and publication. */
  kind: string | null;
  region: string | null;
  nuts2: string | null;
  sector_description: string | null;
  sector_group: string | null;
  nace_divisions: Generated<string[]>;
  wiod_sectors: Generated<string[]>;
  technologies: Generated<string[]>;
  value_chain_positions: Generated<string[]>;
  smart_specialisation_priorities: Generated<string[]>;
  target_markets: Generated<string[]>;
  languages: Generated<string[]>;
  labels: Generated<Organisation['labels']>;
  members: Generated<Organisation['members']>;
  looking_for_partners: Generated<boolean>;
  recognised_by_programme: string | null;
  visible_activity: boolean | null;
  publication_status: Generated<string>;
  newly_founded: Generated<boolean>;
  /** The organisation's id in data/eu-lac-collaboration/cluster_organisations.csv, if seeded from it. */
  dataset_id: string | null;
  search: GeneratedAlways<string>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface AssessmentsTable {
  id: Generated<string>;
  cluster_id: string;
  /** `date`: read it as text (`assessed_on::text`); pg turns a date into a local-midnight Date. */
  assessed_on: ColumnType<Date, string, string>;
  assessor: string;
  method: 'expert' | 'survey';
  aggregation: 'median' | 'mean';
  scores: Scores;
  respondents: Generated<Assessment['respondents']>;
  governance: Generated<Assessment['governance']>;
  source: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  /** Migration 005. */
  respondent_count: Generated<number>;
  /** Migration 006: core's assessmentIndices(scores), unknown items counting 0. */
  eei: number;
  jai: number;
  ice: number;
  degree: CollectiveEfficiencyDegree;
  unknown_items: number;
  /** Migration 022: whose scores (decision 100). */
  kind: AssessmentKind;
  /** Migration 022: `year` when only the year of assessed_on is known. */
  date_precision: Generated<DatePrecision>;
}

interface ClusterPartColumns {
  cluster_id: string;
  id: string;
  name: string;
  created_at: CreatedAt;
}

export interface MembersTable extends ClusterPartColumns {
  kind: string;
  size_class: string | null;
  sme: boolean | null;
  country: string | null;
  joined: number | null;
}

export interface IntermediariesTable extends ClusterPartColumns {
  kind: string;
  roles: Generated<Intermediary['roles']>;
  leads: Generated<boolean>;
}

export interface ValueChainsTable extends ClusterPartColumns {
  lead_firms: Generated<string[]>;
  end_market: string;
  scope: 'domestic' | 'global';
  governance: string;
  share_of_output: number | null;
  local_functions: Generated<ValueChain['localFunctions']>;
}

export interface MapDatasetsTable {
  id: Generated<string>;
  name: string;
  geography: string;
  unit: Generated<string>;
  source_file: string;
  rows: number;
  regions: string[];
  industries: string[];
  /** Little-endian float64 cells; written and read as hex text (see map-datasets.repository.ts). */
  cells: Uint8Array;
  /** Listed and readable without an account (migration 018). */
  shared: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: 'admin' | 'analyst' | 'cluster_manager' | 'coordinator' | 'viewer';
  /** Null while the account is invited (migration 023). */
  password_hash: string | null;
  language: Generated<'en' | 'es' | 'pt'>;
  deactivated_at: Date | string | null;
  created_at: CreatedAt;
}

export interface AccountLinksTable {
  token_hash: string;
  user_id: string;
  purpose: 'invitation' | 'password_reset' | 'email_change';
  new_email: string | null;
  expires_at: Date | string;
  used_at: Date | string | null;
  created_at: CreatedAt;
}

export interface UserGrantsTable {
  user_id: string;
  cluster_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
  /** Migration 004. */
  last_seen_at: CreatedAt;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  /** Migration 004. */
  expires_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  /** bigint: pg returns it as text. */
  id: ColumnType<string | number, never, never>;
  at: CreatedAt;
  user_id: string | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: unknown;
}

export interface SeedRunsTable {
  name: string;
  at: CreatedAt;
  detail: unknown;
}

export interface Database
  extends
    CollaborationTables,
    PartneringTables,
    EventsTables,
    NotificationTables,
    MailTables,
    JobsTables,
    FundingTables,
    PlansTables,
    Ris3Tables,
    ServicesTables,
    ExcellenceTables,
    ThrottleTables {
  clusters: ClustersTable;
  organisations: OrganisationsTable;
  assessments: AssessmentsTable;
  members: MembersTable;
  intermediaries: IntermediariesTable;
  value_chains: ValueChainsTable;
  map_datasets: MapDatasetsTable;
  users: UsersTable;
  account_links: AccountLinksTable;
  user_grants: UserGrantsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  seed_runs: SeedRunsTable;
}
